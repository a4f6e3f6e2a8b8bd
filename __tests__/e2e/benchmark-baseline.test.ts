// A benchmark gated against the Actions cache's history, through the bundled action: pushes to the
// default branch save their samples in the cache (a local stand-in for the service), and a pull
// request's benchmark check compares with them before the score is compared with the baseline.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BenchmarkRow, Report } from '../../src/types.js';
import { tempDir } from '../helpers.js';
import { startCacheService, type CacheService } from './cache-service.js';
import { gitRepo, readReport, runAction } from './runner.js';

let cache: CacheService | undefined;
afterEach(async () => {
  await cache?.close();
  cache = undefined;
});

// A benchmark whose samples are drawn, from a seed, around 1 ms × factor: 3% noise per sample and
// 1% per run (a runner's drift between jobs). Timing-free, so the verdicts are the statistics'.
const BENCH = `import { readFileSync } from 'node:fs';
const { factor, seed } = JSON.parse(readFileSync('bench.json', 'utf8'));
let s = seed >>> 0;
const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) + 0.5) / 2 ** 32;
const gauss = () => Math.sqrt(-2 * Math.log(rand())) * Math.cos(2 * Math.PI * rand());
const run = 1 + 0.01 * gauss();
for (let i = 0; i < 10; i++) console.log('BenchmarkParse-8  1000  ' + (1e6 * factor * run * (1 + 0.03 * gauss())).toFixed(0) + ' ns/op');
`;
const CONFIG = 'checks:\n  - id: parse-speed\n    category: quality\n    run: node bench.mjs\n    benchmark: { gate: regressed }\n';

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e', ...args], { cwd: repo, encoding: 'utf8' }).trim();
}

function commit(repo: string, factor: number, seed: number): string {
  writeFileSync(path.join(repo, 'bench.json'), JSON.stringify({ factor, seed }));
  git(repo, 'commit', '-q', '-am', `bench ${factor} ${seed}`);
  return git(repo, 'rev-parse', 'HEAD');
}

function event(payload: unknown): string {
  const file = path.join(tempDir(), 'event.json');
  writeFileSync(file, JSON.stringify({ repository: { default_branch: 'main' }, ...(payload as object) }));
  return file;
}

const row = (r: Report) => (r.checks[0]!.metrics.benchmarks as BenchmarkRow[])[0]!;

describe('benchmark check against the Actions cache baseline', () => {
  it('a pull request 20% slower than the pushes in the cache is regressed and fails the gate; one that only shares the noise is unchanged', async () => {
    cache = await startCacheService();
    const repo = gitRepo({ '.github/readiness.yml': CONFIG, 'bench.mjs': BENCH, 'bench.json': '{"factor":1,"seed":1}' });
    // One RUNNER_TEMP for every run: a cache entry is tied to the path it was saved from.
    const runnerTemp = tempDir('readiness-runner-');
    const common = { ACTIONS_CACHE_URL: cache.url, ACTIONS_RUNTIME_TOKEN: 'runtime-token', GITHUB_REPOSITORY: 'acme/app', GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'readiness', RUNNER_TEMP: runnerTemp };
    const push = (sha: string, runId: number) =>
      runAction(repo, { baseline: 'true' }, { env: { ...common, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event({}), GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_SHA: sha, GITHUB_RUN_ID: String(runId) } });

    // Three pushes to main, each saving its ten samples with the history it restored.
    const pushes = [];
    for (let i = 0; i < 3; i++) {
      const sha = i === 0 ? git(repo, 'rev-parse', 'HEAD') : commit(repo, 1, i + 1);
      const run = await push(sha, 100 + i);
      expect(run.code, run.stdout).toBe(0);
      pushes.push(readReport(run) as unknown as Report);
    }
    expect(cache.keys()).toHaveLength(3);
    expect(pushes[0]!.baseline).toMatchObject({ status: 'none' });
    expect(row(pushes[0]!)).toMatchObject({ verdict: 'inconclusive', reason: 'no baseline' });
    // The second push already compares its benchmark with the first one's samples.
    expect(row(pushes[1]!).baseline).toMatchObject({ n: 10, runs: 1 });
    expect(pushes[2]!.baseline).toMatchObject({ status: 'compared', source: 'cache', behind: 0 });
    const main = git(repo, 'rev-parse', 'HEAD');

    const pullRequest = async (branch: string, factor: number, seed: number, runId: number) => {
      git(repo, 'checkout', '-q', '-b', branch, main);
      const head = commit(repo, factor, seed);
      const env = {
        ...common,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event({ pull_request: { number: runId, head: { sha: head }, base: { sha: main } } }),
        GITHUB_REF: `refs/pull/${runId}/merge`,
        GITHUB_HEAD_REF: branch,
        GITHUB_BASE_REF: 'main',
        GITHUB_SHA: head,
        GITHUB_RUN_ID: String(runId),
      };
      const run = await runAction(repo, { baseline: 'true', 'max-drop': '50' }, { env });
      return { run, report: readReport(run) as unknown as Report };
    };

    const slow = await pullRequest('slower', 1.2, 11, 201);
    expect(row(slow.report)).toMatchObject({ verdict: 'regressed', baseline: { n: 30, runs: 3 } });
    expect(row(slow.report).low!).toBeGreaterThan(0.05);
    // The three pushes agree, so the slow run's median is also beyond the spread between runs.
    expect(row(slow.report).reason).toContain('and beyond the spread between runs (p = ');
    expect(row(slow.report).runPValue!).toBeLessThan(0.01);
    expect(slow.run.code).toBe(1);
    expect(slow.report.passed).toBe(false);
    expect(slow.run.outputs['benchmarks-regressed']).toBe('1');
    expect(slow.run.summary).toMatch(/\| `BenchmarkParse-8` \| \d+\.\d µs \(30; CV \d\.\d%\) \| 1\.\d+ ms \(10\) \| \+\d+\.\d% \[\+\d+\.\d%, \+\d+\.\d%\] \| 🔴 regressed/);
    // The gated benchmark's chart: the three pushes' medians, then this run's.
    expect(row(slow.report).baseline!.history!.map((h) => h.sha)).toEqual(pushes.map((p) => p.baseline!.history!.at(-1)!.sha));
    expect(slow.run.summary).toContain('<details open><summary>Trend of BenchmarkParse-8, last 4 runs (regressed)</summary>');
    expect(slow.run.summary).toMatch(/```mermaid\n[\s\S]*title "BenchmarkParse-8 median, last 4 runs"\n {4}x-axis "Runs, oldest first" 1 --> 4\n {4}y-axis "ms"\n {4}line \[[\d., ]+\]\n {4}line \[[\d., ]+\]\n```/);
    // The rest of the baseline's uses are as before: the score against the merge-base's, the trend, the ratchet.
    expect(slow.report.baseline).toMatchObject({ status: 'compared', source: 'cache', mergeBase: main, behind: 0, previous: { sha: main } });
    expect(slow.report.baseline!.history).toHaveLength(4);
    expect(slow.report.baseline!.delta).toBe(-100);
    expect(slow.report.ratchet).toMatchObject({ status: 'failed' });

    const noisy = await pullRequest('noise', 1, 12, 202);
    expect(row(noisy.report)).toMatchObject({ verdict: 'unchanged', baseline: { n: 30, runs: 3 } });
    expect(noisy.run.code, noisy.run.stdout).toBe(0);
    expect(noisy.run.outputs['benchmarks-regressed']).toBe('0');
    expect(noisy.report.baseline).toMatchObject({ status: 'compared', delta: 0 });
    expect(noisy.report.ratchet).toMatchObject({ status: 'passed' });
    // A pull request saves nothing: only the three pushes are in the cache.
    expect(cache.keys()).toHaveLength(3);
  }, 180_000);
});
