import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, keyPrefix, readBaselineFile, runBaseline, saveKey, toBaselineFile, writeBaselineFile, type CacheAdapter } from '../../src/github/baseline.js';
import type { RunContext } from '../../src/github/context.js';
import { renderBaseline, sparkline } from '../../src/report/delta.js';
import type { Report } from '../../src/types.js';
import { checkResult } from '../fixtures.js';
import { tempDir } from '../helpers.js';

const ctx = (over: Partial<RunContext> = {}): RunContext => ({
  eventName: 'push',
  branch: 'main',
  defaultBranch: 'main',
  owner: 'acme',
  repo: 'app',
  runId: '42',
  runAttempt: '1',
  workflow: 'CI',
  job: 'readiness',
  sha: 'abc1234def',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  ...over,
});

const report = (score: number, checks = [checkResult('build', 'pass', 100), checkResult('test', 'fail', 0)]): Report =>
  ({ score, grade: 'B', checks, config: { errors: [] } }) as unknown as Report;

/** An in-memory cache: entries by key, newest last, restore by prefix as @actions/cache does. */
function memoryCache(opts: { available?: boolean; failRestore?: boolean; failSave?: boolean } = {}) {
  const entries: { key: string; file: ReturnType<typeof readBaselineFile> }[] = [];
  const adapter: CacheAdapter = {
    available: () => opts.available ?? true,
    async restore(dir, prefix) {
      if (opts.failRestore) throw new Error('cache service unreachable');
      const hit = [...entries].reverse().find((e) => e.key.startsWith(prefix));
      if (hit?.file) writeBaselineFile(dir, hit.file);
      return hit?.key;
    },
    async save(dir, key) {
      if (opts.failSave) throw new Error('reserve failed: 429');
      if (entries.some((e) => e.key === key)) throw new Error('cache keys are immutable');
      entries.push({ key, file: readBaselineFile(dir) });
    },
  };
  return { adapter, entries };
}

describe('baseline', () => {
  it('uses unique keys per run and restores by a branch prefix', () => {
    expect(saveKey(ctx(), 'main')).toBe('readiness-CI-readiness-main-42-1');
    expect(keyPrefix(ctx({ workflow: 'My CI', job: 'score card' }), 'feature/x')).toBe('readiness-My_CI-score_card-feature/x-');
  });

  it('on the default branch: saves the report and the last 20 scores, then compares the next run with it', async () => {
    const { adapter, entries } = memoryCache();
    const dir = tempDir();
    const first = await runBaseline(report(70), ctx(), adapter, dir, new Date('2026-11-01T00:00:00Z'));
    expect(first.info).toMatchObject({ status: 'none', branch: 'main', saved: 'readiness-CI-readiness-main-42-1' });
    for (let i = 0; i < 25; i++) await runBaseline(report(71 + i * 0.5), ctx({ runId: String(100 + i) }), adapter, dir, new Date());
    expect(entries).toHaveLength(26);
    expect(entries.at(-1)!.file!.history).toHaveLength(20);

    const now = await runBaseline(report(90, [checkResult('build', 'fail', 0), checkResult('test', 'pass', 100), checkResult('lint', 'pass', 100)]), ctx({ runId: '999' }), adapter, dir, new Date());
    expect(now.info).toMatchObject({ status: 'compared', branch: 'main', delta: 90 - 83 });
    expect(now.info.changes).toEqual([
      { id: 'build', title: 'build', before: 'pass', after: 'fail' },
      { id: 'lint', title: 'lint', before: null, after: 'pass' },
      { id: 'test', title: 'test', before: 'fail', after: 'pass' },
    ]);
    expect(now.info.trend).toHaveLength(21);
  });

  it('on a pull request: restores from the base branch and does not save', async () => {
    const { adapter, entries } = memoryCache();
    const dir = tempDir();
    await runBaseline(report(80), ctx(), adapter, dir, new Date());
    const pr = await runBaseline(report(75), ctx({ eventName: 'pull_request', branch: 'feature', baseBranch: 'main', pullRequest: 7, runId: '50' }), adapter, tempDir(), new Date());
    expect(pr.info).toMatchObject({ status: 'compared', branch: 'main', delta: -5 });
    expect(pr.info.saved).toBeUndefined();
    expect(entries).toHaveLength(1);
  });

  it('says the baseline is unavailable when the cache service is not there', async () => {
    const r = await runBaseline(report(80), ctx(), memoryCache({ available: false }).adapter, tempDir(), new Date());
    expect(r.info).toEqual({ status: 'unavailable', reason: expect.stringContaining('cache service is not available') });
    expect(r.warnings).toEqual([]);
  });

  it('turns cache failures into warnings', async () => {
    const restore = await runBaseline(report(80), ctx(), memoryCache({ failRestore: true }).adapter, tempDir(), new Date());
    expect(restore.info).toMatchObject({ status: 'error' });
    expect(restore.warnings[0]).toBe('baseline: could not restore from the cache: cache service unreachable');
    const save = await runBaseline(report(80), ctx(), memoryCache({ failSave: true }).adapter, tempDir(), new Date());
    expect(save.warnings).toEqual(['baseline: could not save to the cache: reserve failed: 429']);
  });

  it('compares pure data and renders the delta, changes and trend', () => {
    const base = toBaselineFile(report(80), ctx(), undefined, new Date('2026-11-20T00:00:00Z'));
    const info = compare(report(72.5, [checkResult('build', 'error', 0), checkResult('test', 'fail', 0)]), base, 'main');
    const md = renderBaseline(info);
    expect(md).toContain('**−7.5** against `main`');
    expect(md).toContain('| build `build` | ✅ pass | ⚠️ error |');
    expect(sparkline([0, 50, 100, null])).toBe('▁▅█·');
    const dir = tempDir();
    writeBaselineFile(dir, base);
    expect(existsSync(path.join(dir, 'readiness-baseline.json'))).toBe(true);
    expect(readBaselineFile(dir)).toEqual(base);
  });
});
