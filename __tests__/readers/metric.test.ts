import { describe, expect, it } from 'vitest';
import { readMetric, toNumber } from '../../src/readers/metric.js';

describe('metric reader', () => {
  it('takes the first group of a pattern', () => {
    expect(readMetric('bundle: 1,234.5 KiB\n', { pattern: 'bundle: ([\\d,.]+)' })).toBe(1234.5);
    // Without a group, the whole match is the number.
    expect(readMetric('took 42 ms', { pattern: '\\d+' })).toBe(42);
  });

  it('follows a JSON path with dots and indexes', () => {
    const json = JSON.stringify({ results: [{ stats: { p95: 12.5 } }], total: '7' });
    expect(readMetric(json, { json: 'results[0].stats.p95' })).toBe(12.5);
    expect(readMetric(json, { json: 'results.0.stats.p95' })).toBe(12.5);
    expect(readMetric(json, { json: 'total' })).toBe(7);
  });

  it('says why there is no number', () => {
    expect(() => readMetric('nothing here', { pattern: 'size (\\d+)' })).toThrow('pattern "size (\\\\d+)" did not match the output');
    expect(() => readMetric('size abc', { pattern: 'size (\\w+)' })).toThrow('pattern "size (\\\\w+)" matched "abc", which is not a number');
    expect(() => readMetric('{"a": {}}', { json: 'a.b' })).toThrow('JSON path "a.b" not found (stopped at "b")');
    expect(() => readMetric('{"a": "x"}', { json: 'a' })).toThrow('JSON path "a" is "x", not a number');
    expect(() => readMetric('not json', { json: 'a' })).toThrow(/malformed metric JSON/);
  });

  it('reads numbers with separators and signs only', () => {
    expect(toNumber('1_000')).toBe(1000);
    expect(toNumber('-3.5e2')).toBe(-350);
    expect(toNumber('12px')).toBeUndefined();
  });
});
