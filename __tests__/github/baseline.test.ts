import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitPrefix, compare, readBaselineFile, runBaseline, saveKey, toBaselineFile, writeBaselineFile, type BaselineTarget, type CacheAdapter } from '../../src/github/baseline.js';
import type { RunContext } from '../../src/github/context.js';
import { baselineTarget, firstParentHistory, gitMergeBase } from '../../src/github/git-history.js';
import { renderBaseline, sparkline } from '../../src/report/delta.js';
import type { Report } from '../../src/types.js';
import { buildTestRecord } from '../../src/checks/test-record.js';
import { parseBaselineSource } from '../../src/github/baseline-source.js';
import { checkResult } from '../fixtures.js';
import { tempDir, writeFiles } from '../helpers.js';

const sha = (n: number) => n.toString(16).padStart(40, 'a');

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
  sha: sha(1),
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  ...over,
});

const report = (score: number, checks = [checkResult('build', 'pass', 100), checkResult('test', 'fail', 0)]): Report =>
  ({ score, grade: 'B', threshold: 70, checks, config: { errors: [] }, startedAt: '2026-11-28T00:00:00.000Z' }) as unknown as Report;

/** An in-memory cache: entries by key, newest last, restore by prefixes in order as @actions/cache does. */
function memoryCache(opts: { available?: boolean; failRestore?: boolean; failSave?: boolean; keyTaken?: boolean } = {}) {
  const entries: { key: string; file: ReturnType<typeof readBaselineFile> }[] = [];
  const lookups: string[][] = [];
  const adapter: CacheAdapter = {
    available: () => opts.available ?? true,
    async restore(dir, prefixes) {
      lookups.push(prefixes);
      if (opts.failRestore) throw new Error('cache service unreachable');
      for (const prefix of prefixes) {
        const hit = [...entries].reverse().find((e) => e.key.startsWith(prefix));
        if (hit?.file) {
          writeBaselineFile(dir, hit.file);
          return hit.key;
        }
      }
      return undefined;
    },
    async save(dir, key) {
      if (opts.failSave) throw new Error('reserve failed: 429');
      if (entries.some((e) => e.key === key)) throw new Error('cache keys are immutable');
      // As the service answers when another job reserved the key first: nothing taken, no failure.
      if (opts.keyTaken) return false;
      entries.push({ key, file: readBaselineFile(dir) });
      return true;
    },
  };
  return { adapter, entries, lookups };
}

const target = (candidates: string[], from?: string): BaselineTarget => ({ candidates, branch: 'main', ...(from ? { from } : {}) });

describe('baseline keyed by commit', () => {
  it('saves under a key naming the commit, unique per run', () => {
    expect(saveKey(ctx())).toBe(`readiness-CI-readiness-${sha(1)}-42-1`);
    expect(commitPrefix(ctx({ workflow: 'My CI', job: 'score card' }), sha(2))).toBe(`readiness-My_CI-score_card-${sha(2)}-`);
  });

  it('on the default branch: saves each push under its commit, the next push compares with its parent, history kept to 30', async () => {
    const { adapter, entries } = memoryCache();
    const dir = tempDir();
    const first = await runBaseline(report(70), ctx(), adapter, dir, new Date('2026-11-01T00:00:00Z'), target([]));
    expect(first.info).toMatchObject({ status: 'none', saved: `readiness-CI-readiness-${sha(1)}-42-1` });
    for (let i = 2; i < 40; i++) {
      await runBaseline(report(60 + i * 0.5), ctx({ sha: sha(i), runId: String(100 + i) }), adapter, dir, new Date(), target([sha(i - 1)], sha(i - 1)));
    }
    expect(entries).toHaveLength(39);
    expect(entries.at(-1)!.file!.history).toHaveLength(30);
    expect(entries.at(-1)!.file!.history.at(-1)).toMatchObject({ score: 79.5, sha: sha(39), threshold: 70 });

    const now = await runBaseline(
      report(90, [checkResult('build', 'fail', 0), checkResult('test', 'pass', 100), checkResult('lint', 'pass', 100)]),
      ctx({ sha: sha(40), runId: '999' }),
      adapter,
      dir,
      new Date(),
      target([sha(39)], sha(39)),
    );
    expect(now.info).toMatchObject({ status: 'compared', branch: 'main', delta: 10.5, behind: 0, source: 'cache' });
    expect(now.info.changes).toEqual([
      { id: 'build', title: 'build', before: 'pass', after: 'fail' },
      { id: 'lint', title: 'lint', before: null, after: 'pass' },
      { id: 'test', title: 'test', before: 'fail', after: 'pass' },
    ]);
    expect(now.info.trend).toHaveLength(30);
    expect(now.info.trend!.at(-1)).toBe(90);
  });

  it('on a pull request: the merge-base’s report when there is one, and nothing is saved', async () => {
    const { adapter, entries } = memoryCache();
    await runBaseline(report(80), ctx({ sha: sha(5) }), adapter, tempDir(), new Date(), target([]));
    await runBaseline(report(99), ctx({ sha: sha(6), runId: '43' }), adapter, tempDir(), new Date(), target([]));
    const pr = ctx({ eventName: 'pull_request', branch: 'feature', baseBranch: 'main', pullRequest: 7, runId: '50', sha: sha(100), headSha: sha(101) });
    const r = await runBaseline(report(75), pr, adapter, tempDir(), new Date(), target([sha(5), sha(4), sha(3)], sha(5)));
    // The merge-base sha(5), not the newer sha(6) of the base branch.
    expect(r.info).toMatchObject({ status: 'compared', delta: -5, behind: 0, mergeBase: sha(5), previous: { sha: sha(5) } });
    expect(r.info.saved).toBeUndefined();
    expect(entries).toHaveLength(2);
    expect(renderBaseline(r.info)).toContain('(the merge-base)');
  });

  it('on a pull request: falls back to the newest ancestor with a report and says how far behind it is', async () => {
    const { adapter, lookups } = memoryCache();
    await runBaseline(report(82), ctx({ sha: sha(2) }), adapter, tempDir(), new Date('2026-11-20T00:00:00Z'), target([]));
    const pr = ctx({ eventName: 'pull_request', branch: 'feature', baseBranch: 'main', pullRequest: 7, runId: '50' });
    const r = await runBaseline(report(80), pr, adapter, tempDir(), new Date(), target([sha(5), sha(4), sha(3), sha(2), sha(1)], sha(5)));
    expect(r.info).toMatchObject({ status: 'compared', behind: 3, mergeBase: sha(5), previous: { sha: sha(2), score: 82 } });
    expect(lookups.at(-1)).toEqual([sha(5), sha(4), sha(3), sha(2), sha(1)].map((s) => commitPrefix(pr, s)));
    const md = renderBaseline(r.info);
    expect(md).toContain('**3 commits behind** the merge-base `aaaaaaa`');
    expect(md).toContain('`aaaaaaa` on `main`, 2026-11-20');
  });

  it('no baseline at all: says which commits were tried, and the gate does not depend on it', async () => {
    const { adapter } = memoryCache();
    const pr = ctx({ eventName: 'pull_request', branch: 'feature', baseBranch: 'main', pullRequest: 7 });
    const r = await runBaseline(report(80), pr, adapter, tempDir(), new Date(), target([sha(5), sha(4)], sha(5)));
    expect(r.info).toMatchObject({ status: 'none', reason: 'no report saved for the merge-base aaaaaaa or its last 1 first-parent ancestors' });
    expect(renderBaseline(r.info)).toContain('The gate does not depend on the baseline.');
  });

  it('never restores another branch’s entry: lookups are by the commits given only', async () => {
    const { adapter } = memoryCache();
    // A push to a feature branch does not save; even a saved entry of an unrelated commit is never tried.
    await runBaseline(report(10), ctx({ sha: sha(77) }), adapter, tempDir(), new Date(), target([]));
    const r = await runBaseline(report(80), ctx({ eventName: 'pull_request', baseBranch: 'main', pullRequest: 1 }), adapter, tempDir(), new Date(), target([sha(5)], sha(5)));
    expect(r.info.status).toBe('none');
  });

  it('says the baseline is unavailable when the cache service is not there', async () => {
    const r = await runBaseline(report(80), ctx(), memoryCache({ available: false }).adapter, tempDir(), new Date(), target([sha(1)]));
    expect(r.info).toEqual({ status: 'unavailable', reason: expect.stringContaining('cache service is not available') });
    expect(r.warnings).toEqual([]);
  });

  it('turns cache failures into warnings', async () => {
    const restore = await runBaseline(report(80), ctx(), memoryCache({ failRestore: true }).adapter, tempDir(), new Date(), target([sha(9)]));
    expect(restore.info).toMatchObject({ status: 'error' });
    expect(restore.warnings[0]).toBe('baseline: could not restore from the cache: cache service unreachable');
    const save = await runBaseline(report(80), ctx(), memoryCache({ failSave: true }).adapter, tempDir(), new Date(), target([]));
    expect(save.warnings).toEqual(['baseline: could not save to the cache: reserve failed: 429']);
  });

  it('never says a baseline was saved when the cache took nothing (another job holds the key)', async () => {
    const { adapter, entries } = memoryCache({ keyTaken: true });
    const r = await runBaseline(report(80), ctx(), adapter, tempDir(), new Date(), target([]));
    expect(entries).toEqual([]);
    expect(r.info).not.toHaveProperty('saved');
    expect(r.warnings).toEqual([]);
    expect(r.notSaved).toBe(`baseline not saved: the cache already holds ${saveKey(ctx())}, or another job is saving it`);
  });

  it('compares pure data and renders the delta, changes and trend', () => {
    const base = toBaselineFile(report(80), ctx(), undefined, new Date('2026-11-20T00:00:00Z'));
    const info = compare(report(72.5, [checkResult('build', 'error', 0), checkResult('test', 'fail', 0)]), base, 'main');
    const md = renderBaseline(info);
    expect(md).toContain('**−7.5** against `aaaaaaa` on `main`, 2026-11-20');
    expect(md).toContain('| build `build` | ✅ pass | ⚠️ error |');
    expect(sparkline([0, 50, 100, null])).toBe('▁▅█·');
    const dir = tempDir();
    writeBaselineFile(dir, base);
    expect(existsSync(path.join(dir, 'readiness-baseline.json'))).toBe(true);
    expect(readBaselineFile(dir)).toEqual(base);
  });

  it('keeps a tests check’s tests by id in the saved baseline (the cache), and compares them on the next run', () => {
    const record = (failing: string[]) =>
      buildTestRecord(
        ['a', 'b', 'c'].map((name) => ({ suite: 's', classname: '', name, outcome: failing.includes(name) ? ('failed' as const) : ('passed' as const) })),
        3,
        [],
        (p) => p,
      ).record;
    const base = toBaselineFile(report(80, [checkResult('unit', 'fail', 66, { kind: 'tests', tests: record(['a']) })]), ctx(), undefined, new Date());
    const dir = tempDir();
    writeBaselineFile(dir, base);
    const restored = readBaselineFile(dir)!;
    expect(parseBaselineSource(JSON.stringify(restored), 'saved.json').checks[0]!.tests).toEqual(record(['a']));
    const info = compare(report(33, [checkResult('unit', 'fail', 33, { kind: 'tests', tests: record(['a', 'b']) })]), restored, 'main');
    expect(info.tests!.map((t) => [t.id, t.newlyFailing.count, t.stillFailing.count])).toEqual([['unit', 1, 1]]);
  });

  it('keeps metric checks’ values in the history, for their own trend', () => {
    const bench = checkResult('bench', 'pass', 100, { kind: 'metric', metrics: { value: 41.5, unit: 'ms' } });
    const base = toBaselineFile(report(80, [bench]), ctx(), undefined, new Date());
    expect(base.history[0]!.metrics).toEqual({ bench: 41.5 });
  });
});

describe('which commits a baseline may come from (git)', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();
  function repo() {
    const dir = tempDir();
    git(dir, 'init', '-q', '-b', 'main');
    const commit = (name: string) => {
      writeFiles(dir, { [name]: name });
      git(dir, 'add', name);
      git(dir, 'commit', '-qm', name);
      return git(dir, 'rev-parse', 'HEAD');
    };
    const m1 = commit('m1');
    const m2 = commit('m2');
    git(dir, 'checkout', '-qb', 'feature');
    const f1 = commit('f1');
    git(dir, 'checkout', '-q', 'main');
    const m3 = commit('m3');
    // A merged side branch: its commits are not first-parent history of main.
    git(dir, 'checkout', '-qb', 'side', m2);
    const s1 = commit('s1');
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'merge', '-q', '--no-ff', '-m', 'merge side', 'side');
    const m4 = git(dir, 'rev-parse', 'HEAD');
    return { dir, m1, m2, m3, m4, f1, s1 };
  }

  it('a pull request: the merge-base of the event’s base and head, then its first-parent ancestors', () => {
    const r = repo();
    expect(gitMergeBase(r.dir, r.m3, r.f1)).toBe(r.m2);
    const t = baselineTarget(ctx({ eventName: 'pull_request', baseBranch: 'main', pullRequest: 3, baseSha: r.m3, headSha: r.f1 }), r.dir);
    expect(t).toEqual({ candidates: [r.m2, r.m1], from: r.m2, branch: 'main' });
  });

  it('a merge-base given by new-code discovery wins over git', () => {
    const r = repo();
    const t = baselineTarget(ctx({ eventName: 'pull_request', baseBranch: 'main', pullRequest: 3, baseSha: r.m3, headSha: r.f1 }), r.dir, r.m3);
    expect(t.candidates).toEqual([r.m3, r.m2, r.m1]);
  });

  it('a push: the parent and its first-parent ancestors, never a merged side branch', () => {
    const r = repo();
    expect(firstParentHistory(r.dir, r.m4, 10)).toEqual([r.m4, r.m3, r.m2, r.m1]);
    const t = baselineTarget(ctx({ sha: r.m4 }), r.dir);
    expect(t.candidates).toEqual([r.m3, r.m2, r.m1]);
    expect(t.candidates).not.toContain(r.s1);
    expect(baselineTarget(ctx({ sha: r.m4 }), r.dir, undefined, 2).candidates).toEqual([r.m3, r.m2]);
  });

  it('a shallow clone: says so, and uses only commits of the base branch', () => {
    const dir = tempDir();
    git(dir, 'init', '-q');
    const pr = baselineTarget(ctx({ eventName: 'pull_request', baseBranch: 'main', pullRequest: 3, baseSha: sha(3), headSha: sha(4) }), dir);
    expect(pr).toMatchObject({ candidates: [sha(3)], branch: 'main' });
    expect(pr.note).toContain('fetch-depth: 0');
    expect(baselineTarget(ctx({ sha: sha(9), before: sha(8) }), dir)).toMatchObject({ candidates: [sha(8)] });
    expect(baselineTarget(ctx({ sha: sha(9) }), dir)).toMatchObject({ candidates: [] });
  });
});
