import { describe, expect, it } from 'vitest';
import { benchmarkBaseline, benchmarkSamples, historyEntry, MAX_HISTORY_SAMPLES } from '../../src/github/baseline.js';
import { parseBaselineSource } from '../../src/github/baseline-source.js';
import type { HistoryEntry, Report } from '../../src/types.js';

const check = (id: string, status: string, samples: unknown) => ({ id, kind: 'benchmark', status, metrics: { benchmarks: [{ key: 'parse', samples }] } });

describe('benchmark samples in the baseline history', () => {
  it('keeps the samples of benchmark checks that measured, the newest 100 per benchmark', () => {
    const many = Array.from({ length: 150 }, (_, i) => i);
    const report = { checks: [check('a', 'pass', [1, 2, 3]), check('b', 'error', [1]), check('c', 'fail', many), { id: 'm', kind: 'metric', status: 'pass', metrics: { value: 3 } }] } as unknown as Report;
    const samples = benchmarkSamples(report);
    expect(Object.keys(samples)).toEqual(['a', 'c']);
    expect(samples.c!.parse!.length).toBe(MAX_HISTORY_SAMPLES);
    expect(samples.c!.parse![0]).toBe(50);
    expect(historyEntry({ ...report, score: 90, threshold: 70 }, 'abc', 'd')).toMatchObject({ benchmarks: { a: { parse: [1, 2, 3] } }, metrics: { m: 3 } });
  });

  it('pools the last `window` runs that measured the check', () => {
    const h = (n: number, s?: number[]): HistoryEntry => ({ score: 1, sha: String(n), date: '', ...(s ? { benchmarks: { b: { parse: s } } } : {}) });
    const history = [h(1, [1]), h(2, [2, 2]), h(3), h(4, [4, 4, 4])];
    expect(benchmarkBaseline({ history }, 'b', 2).get('parse')).toEqual({ samples: [2, 2, 4, 4, 4], runs: 2, history: [{ sha: '2', median: 2 }, { sha: '4', median: 4 }] });
    expect(benchmarkBaseline({ history }, 'b', 20).get('parse')!.runs).toBe(3);
    expect(benchmarkBaseline({ history }, 'other', 20).size).toBe(0);
  });

  it('a report file used as the baseline brings its samples; a malformed history entry is refused', () => {
    const report = { schemaVersion: 2, tool: { name: 'readiness-scorecard' }, score: 100, grade: 'A', threshold: 70, startedAt: '2026-12-01T10:00:00.000Z', checks: [{ ...check('b', 'pass', [0.1, 0.2]), title: 'b' }] };
    expect(parseBaselineSource(JSON.stringify(report), 'r.json').history[0]!.benchmarks).toEqual({ b: { parse: [0.1, 0.2] } });
    const bad = { ...report, baseline: { history: [{ score: 1, sha: '', date: '', benchmarks: { b: { parse: ['x'] } } }] } };
    expect(() => parseBaselineSource(JSON.stringify(bad), 'r.json')).toThrow(/r\.json: not a Readiness report.*baseline\.history\.0\.benchmarks\.b\.parse\.0/);
  });
});
