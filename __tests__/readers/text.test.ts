import { describe, expect, it } from 'vitest';
import { decodeReport, ReportDecoder, sniffEncoding } from '../../src/readers/text.js';

const utf16le = (s: string, bom = true) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

describe('report text decoding', () => {
  it.each([
    ['UTF-8', Buffer.from('{"a":"é"}')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":"é"}')])],
    ['UTF-16LE with BOM', utf16le('{"a":"é"}')],
    ['UTF-16LE without BOM', utf16le('{"a":"é"}', false)],
    ['UTF-16BE with BOM', utf16be('{"a":"é"}')],
  ])('%s', (_name, bytes) => {
    expect(decodeReport(bytes)).toBe('{"a":"é"}');
  });

  it('decodes across chunk boundaries, even a first chunk of one byte', () => {
    const bytes = utf16le('<testsuite name="ü"/>');
    const d = new ReportDecoder();
    let out = '';
    for (let i = 0; i < bytes.length; i++) out += d.write(bytes.subarray(i, i + 1));
    expect(out + d.end()).toBe('<testsuite name="ü"/>');
  });

  it('replaces invalid UTF-8 rather than failing', () => {
    expect(decodeReport(Buffer.from([0x61, 0xff, 0x62]))).toBe('a\uFFFDb');
    expect(sniffEncoding(Buffer.from('ab')).encoding).toBe('utf-8');
  });
});
