// The streamed SARIF reader gives what readSarif gives, however the log is cut into chunks.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSarif, SarifNotFollowed, SarifStream } from '../../src/readers/sarif.js';

const FIXTURES = '/work/shared/fixtures/reports/sarif';

function streamed(text: string, size: number) {
  const s = new SarifStream();
  for (let i = 0; i < text.length; i += size) s.write(text.slice(i, i + size));
  return s.end();
}

const log = (runs: unknown[]) => JSON.stringify({ version: '2.1.0', runs });

describe('SarifStream', () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.sarif')))('%s → the same as readSarif, in chunks of any size', (file) => {
    const text = readFileSync(path.join(FIXTURES, file), 'utf8');
    const whole = readSarif(text);
    for (const size of [text.length, 65536, 4099, 97]) expect(streamed(text, size)).toEqual(whole);
  });

  it('reads rules that come after the results, and runs that are not objects', () => {
    const run = { results: [{ ruleId: 'r1', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { index: 0 }, region: { startLine: 3 } } }] }, 7, 'x'], tool: { driver: { rules: [{ id: 'r1', defaultConfiguration: { level: 'error' } }] } }, artifacts: [{ location: { uri: 'src/a.js' } }] };
    const text = log([1, run, { results: [] }]);
    expect(streamed(text, 5)).toEqual(readSarif(text));
    expect(streamed(text, 5)).toMatchObject({ error: 1, findings: [{ file: 'src/a.js', line: 3, severity: 'error', rule: 'r1' }] });
  });

  it('counts results as they come when the tool is first, naming files from artifacts that follow', () => {
    const results = Array.from({ length: 30 }, (_, i) => ({ ruleId: 'r1', message: { text: `m${i}` }, locations: [{ physicalLocation: { artifactLocation: { index: i % 2 }, region: { startLine: i + 1 } } }] }));
    const text = log([{ tool: { driver: { rules: [{ id: 'r1', defaultConfiguration: { level: 'note' } }] } }, results, artifacts: [{ location: { uri: 'a.js' } }, { location: { uri: 'file:///w/b%20c.js' } }] }]);
    for (const size of [7, 64, text.length]) expect(streamed(text, size)).toEqual(readSarif(text));
    expect(streamed(text, 7).findings[1]).toEqual({ file: '/w/b c.js', line: 2, severity: 'note', rule: 'r1', message: 'm1' });
  });

  it('keeps strings with brackets, quotes and escapes intact', () => {
    const text = log([{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a]"}{', level: 'warning', message: { text: 'a \\" ] } [ {' } }, { ruleId: '\\u0041', level: 'note', message: { text: '\\\\' } }] }]);
    expect(streamed(text, 3)).toEqual(readSarif(text));
  });

  it('leaves malformed JSON to readSarif, which names the line', () => {
    for (const text of ['{\n  "runs": [\n    {,}\n  ]\n}', '{"runs": [{"results": [{"a": 1},]}]}', '{"runs": [{"results": [', '{"runs": [}']) {
      expect(() => streamed(text, 4)).toThrow(SarifNotFollowed);
    }
  });

  it('refuses what readSarif refuses', () => {
    expect(() => streamed('{"x": 1}', 3)).toThrow('not a SARIF log: expected an object with "runs"');
    expect(() => streamed('{"runs": [], "version": "1.0.0"}', 3)).toThrow('unsupported SARIF version "1.0.0"; expected "2.1.0"');
  });
});
