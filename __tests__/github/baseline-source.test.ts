import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, toBaselineFile } from '../../src/github/baseline.js';
import { BaselineSourceError, parseBaselineSource, readBaselineSource } from '../../src/github/baseline-source.js';
import type { Report } from '../../src/types.js';
import { checkResult } from '../fixtures.js';
import { tempDir } from '../helpers.js';

const report = (score: number, extra: Partial<Report> = {}): Report =>
  ({
    schemaVersion: 1,
    tool: { name: 'readiness-scorecard', version: '0.1.0' },
    score,
    grade: 'B',
    threshold: 70,
    passed: true,
    checks: [checkResult('build', 'pass', 100), checkResult('test', 'fail', 0)],
    config: { errors: [] },
    startedAt: '2026-11-20T10:00:00.000Z',
    ...extra,
  }) as unknown as Report;

describe('baseline from a file', () => {
  it('reads a JSON report of an earlier run and compares with it', () => {
    const file = path.join(tempDir(), 'readiness-report.json');
    writeFileSync(file, JSON.stringify(report(81.5)));
    const base = readBaselineSource(file, 'readiness-report.json');
    expect(base).toMatchObject({ score: 81.5, date: '2026-11-20T10:00:00.000Z', checks: [{ id: 'build', status: 'pass' }, { id: 'test', status: 'fail' }] });
    const info = compare(report(79, { checks: [checkResult('build', 'fail', 0), checkResult('test', 'fail', 0)] }), base, { branch: 'readiness-report.json', source: 'file' });
    expect(info).toMatchObject({ status: 'compared', delta: -2.5, source: 'file', changes: [{ id: 'build', before: 'pass', after: 'fail' }] });
    expect(info.trend).toEqual([81.5, 79]);
  });

  it('carries the history a report kept with its baseline', () => {
    const history = Array.from({ length: 25 }, (_, i) => ({ score: 60 + i, sha: `${i}`.padStart(40, '0'), date: '2026-11-01', threshold: 70 }));
    const base = parseBaselineSource(JSON.stringify(report(84, { baseline: { status: 'compared', history } })), 'r.json');
    expect(base.history).toHaveLength(25);
    expect(base.sha).toBe(history.at(-1)!.sha);
    const info = compare(report(85), base, 'r.json');
    expect(info.trend).toHaveLength(26);
  });

  it('a report without history is one point, with its metric checks’ values', () => {
    const bench = checkResult('size', 'pass', 100, { kind: 'metric', metrics: { value: 3474, unit: 'B' } });
    const base = parseBaselineSource(JSON.stringify(report(85, { checks: [bench] })), 'r.json');
    expect(base.history).toEqual([{ score: 85, sha: '', date: '2026-11-20T10:00:00.000Z', threshold: 70, metrics: { size: 3474 } }]);
  });

  it('reads the file the cache keeps too', () => {
    const saved = toBaselineFile(report(70), { sha: 'b'.repeat(40), runId: '9' }, undefined, new Date('2026-11-01T00:00:00Z'));
    expect(parseBaselineSource(JSON.stringify(saved), 'saved.json')).toEqual(saved);
  });

  it('refuses what is not a report, naming the file and the field', () => {
    const err = (text: string) => {
      try {
        parseBaselineSource(text, 'artifact/r.json');
      } catch (e) {
        expect(e).toBeInstanceOf(BaselineSourceError);
        return (e as Error).message;
      }
      throw new Error('accepted');
    };
    expect(err('{nope')).toMatch(/^artifact\/r\.json: not JSON/);
    expect(err(JSON.stringify({ ...report(50), score: 150 }))).toMatch(/^artifact\/r\.json: not a Readiness report \(schemaVersion 1 or 2\): score: /);
    expect(err(JSON.stringify({ ...report(50), checks: [{ id: 'a', title: 'a', status: 'great' }] }))).toContain('checks.0.status');
    expect(err(JSON.stringify({ ...report(50), schemaVersion: 3 }))).toContain('schemaVersion');
    expect(err('[]')).toMatch(/not a Readiness report or saved baseline/);
    expect(() => readBaselineSource(path.join(tempDir(), 'missing.json'), 'missing.json')).toThrow('missing.json: cannot read the baseline file (ENOENT)');
  });
});
