// Hostile commands: capped output, killed trees, closed stdin, many checks, cancellation; and
// afterwards no process of any check is left alive.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { networkOutage } from '../../src/checks/command-diagnosis.js';
import { runEngine } from '../../src/engine.js';
import { gitRepo, readReport, ROOT, runAction } from '../e2e/runner.js';
import { isAlive, tempDir, workspaceWithConfig } from '../helpers.js';
import type { Report } from '../../src/types.js';

/** Every command this file starts carries this variable, so only its own processes are counted. */
const RUN_TAG = `READINESS_TEST_RUN=${process.pid}-${Date.now()}`;
const [tagName, tagValue] = RUN_TAG.split('=') as [string, string];
const tagged = { ...process.env, [tagName]: tagValue };

/** Live processes started by this file's checks (any other run on the machine is not counted). */
function survivors(): number[] {
  const out: number[] = [];
  const needle = Buffer.from(`${RUN_TAG}\0`);
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid || !isAlive(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/environ`).includes(needle)) out.push(pid);
    } catch {
      // Gone, or not ours.
    }
  }
  return out;
}

const fast = { killGraceMs: 500, env: tagged };

describe('hostile commands', () => {
  it('300 MB of output → the captured tail stays at 64 KiB and memory stays flat', async () => {
    const ws = workspaceWithConfig('checks:\n  - { id: flood, run: "head -c 300000000 /dev/zero | tr \'\\\\0\' x; echo; echo END" }\n');
    const before = process.memoryUsage().rss;
    const report = await runEngine({ workspace: ws, ...fast });
    const c = report.checks[0]!;
    expect(c.status).toBe('pass');
    expect(Buffer.byteLength(c.evidence.outputTail!)).toBeLessThanOrEqual(64 * 1024);
    expect(c.evidence.outputTruncated).toBe(true);
    expect(c.evidence.outputTail!.endsWith('END\n')).toBe(true);
    expect((process.memoryUsage().rss - before) / 1e6).toBeLessThan(100);
  }, 60_000);

  it('a command that forks a daemon (setsid) → the daemon is killed when the check ends', async () => {
    const ws = workspaceWithConfig('checks:\n  - { id: d, run: "setsid sleep 60 > /dev/null 2>&1 & echo $! > daemon.pid" }\n');
    await runEngine({ workspace: ws, ...fast });
    const pid = Number(readFileSync(path.join(ws, 'daemon.pid'), 'utf8'));
    expect(isAlive(pid)).toBe(false);
  });

  it('a command that ignores SIGTERM → killed with SIGKILL at its time limit', async () => {
    const ws = workspaceWithConfig("checks:\n  - { id: stubborn, timeout: 0.5, run: \"trap '' TERM; sleep 60\" }\n");
    const report = await runEngine({ workspace: ws, ...fast });
    expect(report.checks[0]).toMatchObject({ status: 'error', summary: expect.stringMatching(/^timed out after 0\.5 s/), evidence: { signal: 'SIGKILL' } });
    expect(report.checks[0]!.evidence.durationMs).toBeLessThan(5_000);
  });

  it('a command that reads stdin → gets end of input at once, never waits', async () => {
    const ws = workspaceWithConfig('checks:\n  - { id: reader, timeout: 5, run: "read -r line || echo end-of-input; cat" }\n');
    const report = await runEngine({ workspace: ws, ...fast });
    expect(report.checks[0]).toMatchObject({ status: 'pass', evidence: { outputTail: 'end-of-input\n' } });
    expect(report.checks[0]!.evidence.durationMs).toBeLessThan(2_000);
  });

  it('a failing command printing a line of "Connection"×6,000 without spaces (cubic for a look-behind) → diagnosed at once: a plain failure, and an outage line after it still named', async () => {
    const flood = "printf 'Connection%.0s' $(seq 6000); echo";
    const ws = workspaceWithConfig(`checks:
  - { id: plain, run: "${flood}; exit 1" }
  - { id: outage, run: "${flood}; echo 'fatal: unable to access x: Could not resolve host: github.com'; exit 128" }
`);
    const report = await runEngine({ workspace: ws, ...fast });
    expect(report.checks.find((c) => c.id === 'plain')).toMatchObject({ status: 'fail', summary: 'exit 1, expected 0' });
    expect(report.checks.find((c) => c.id === 'outage')).toMatchObject({ status: 'error', summary: 'could not reach the network (exit 128): fatal: unable to access x: Could not resolve host: github.com' });
    // Past the captured tail: a 200 KB line whose cause comes last is read whole and clipped.
    const long = `Connect to repo.maven.apache.org:443 ${'Connection'.repeat(20_000)} failed: Connection refused`;
    const cause = networkOutage(`${'x'.repeat(200_000)}\n${long}\n`)!;
    expect(cause.length).toBeLessThanOrEqual(200);
    expect(cause).toMatch(/^Connect to repo\.maven\.apache\.org:443 Connection.*\.\.\. Connection refused$/);
    expect(networkOutage(`${'Connection'.repeat(20_000)}\n`)).toBeUndefined();
  }, 60_000);

  it('200 checks with concurrency 2 → every one runs, never more than two at once', async () => {
    const checks = Array.from({ length: 200 }, (_, i) => `  - { id: c${i}, run: "echo $(date +%s%N) start >> ../log; echo $(date +%s%N) end >> ../log" }`).join('\n');
    const ws = workspaceWithConfig(`concurrency: 2\nchecks:\n${checks}\n`);
    const report = await runEngine({ workspace: path.join(ws, '.github'), config: path.join(ws, '.github', 'readiness.yml'), ...fast });
    expect(report.checks.filter((c) => c.status === 'pass')).toHaveLength(200);
    let running = 0;
    let peak = 0;
    const events = readFileSync(path.join(ws, 'log'), 'utf8').trim().split('\n').map((l) => l.split(' ') as [string, string]);
    for (const [, kind] of events.sort((a, b) => Number(BigInt(a[0]) - BigInt(b[0])))) {
      running += kind === 'start' ? 1 : -1;
      peak = Math.max(peak, running);
    }
    expect(peak).toBeLessThanOrEqual(2);
  }, 120_000);

  it("a check that deletes the action's own dist/ first → what the run uses after it still works: `requires`, the new-code view, the baseline file, the SARIF log", async () => {
    // The action runs from a copy of dist/ that its first check deletes, as a check rebuilding
    // dist/ in this very repository would; everything evaluated later must come from memory.
    const dist = path.join(tempDir(), 'dist');
    cpSync(path.join(ROOT, 'dist'), dist, { recursive: true });
    const ws = gitRepo({ 'a.txt': 'one\n', '.github/readiness.yml': 'checks:\n  - { id: ok, run: "true" }\n' });
    const first = await runAction(ws, {});
    const baseline = path.join(tempDir(), 'baseline.json');
    writeFileSync(baseline, readFileSync(first.reportPath));
    writeFileSync(path.join(ws, 'a.txt'), 'two\n');
    writeFileSync(
      path.join(ws, '.github/readiness.yml'),
      `concurrency: 1\nchecks:\n  - { id: wipe, run: "rm -rf '${dist}'" }\n  - { id: tool, run: "true", requires: [git], needs: [wipe] }\n`,
    );
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e', 'commit', '-qam', 'change'], { cwd: ws });
    const sarif = path.join(tempDir(), 'readiness.sarif');
    const run = await runAction(ws, { 'baseline-path': baseline, 'sarif-path': sarif, 'new-code': 'HEAD~1' }, { entry: path.join(dist, 'index.js') });
    expect(existsSync(dist)).toBe(false);
    expect(run.code, run.stdout).toBe(0);
    const report = readReport(run) as unknown as Report;
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['wipe', 'pass'],
      ['tool', 'pass'],
    ]);
    expect(report.newCode).toMatchObject({ source: 'git', changedLines: 4 });
    expect(report.baseline).toMatchObject({ status: 'compared', source: 'file' });
    expect(JSON.parse(readFileSync(sarif, 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(run.summary).toContain('Readiness 100');
  }, 60_000);

  it('SIGTERM to the action mid-run → children killed, partial report and summary written', async () => {
    const repo = gitRepo({ '.github/readiness.yml': 'concurrency: 1\nchecks:\n  - { id: done, run: "true" }\n  - { id: long, run: "sleep 60 & echo $! > bg.tmp; mv bg.tmp bg.pid; sleep 60" }\n  - { id: later, run: "true" }\n' });
    const run = await runAction(repo, {}, { env: { [tagName]: tagValue }, signals: [{ signal: 'SIGTERM', afterFile: path.join(repo, 'bg.pid') }] });
    const report = readReport(run) as unknown as Report;
    expect(report.cancelled).toBe(true);
    expect(report.checks.map((c) => c.status)).toEqual(['pass', 'error', 'skipped']);
    expect(run.summary).toContain('The run was cancelled; this scorecard is partial.');
    expect(isAlive(Number(readFileSync(path.join(repo, 'bg.pid'), 'utf8')))).toBe(false);
  });

  it('SIGINT then SIGTERM to the action while a check ignores both → every check process SIGKILLed, partial report and summary still written', async () => {
    const repo = gitRepo({
      '.github/readiness.yml': `checks:
  - { id: stubborn, run: "trap '' TERM INT; sleep 60 & echo $! > bg.tmp; mv bg.tmp bg.pid; wait" }
  - { id: other, run: "sleep 60" }
`,
    });
    const run = await runAction(repo, {}, {
      env: { [tagName]: tagValue },
      signals: [
        { signal: 'SIGINT', afterFile: path.join(repo, 'bg.pid') },
        { signal: 'SIGTERM', afterOutput: 'received SIGINT' },
      ],
    });
    expect(run.stdout).toContain('received SIGTERM again');
    expect(run.code).toBe(1);
    const report = readReport(run) as unknown as Report;
    expect(report.cancelled).toBe(true);
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['stubborn', 'error'],
      ['other', 'error'],
    ]);
    expect(run.summary).toContain('The run was cancelled; this scorecard is partial.');
    expect(isAlive(Number(readFileSync(path.join(repo, 'bg.pid'), 'utf8')))).toBe(false);
  });

  it('SIGTERM while the action is still loading (before the run starts) → a partial report and summary, not a silent death', async () => {
    const repo = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: long, run: "sleep 60" }\n' });
    // The entry prints this line once its handlers are in place, before it loads the rest.
    const run = await runAction(repo, {}, { env: { [tagName]: tagValue }, signals: [{ signal: 'SIGTERM', afterOutput: '::debug::readiness: starting' }] });
    expect(run.code).toBe(1);
    const report = readReport(run) as unknown as Report;
    expect(report.cancelled).toBe(true);
    expect(run.summary).toContain('The run was cancelled; this scorecard is partial.');
  });
});

describe('cancelled after the checks', () => {
  it('SIGTERM while the new-code git fetch hangs (a git that never answers) → the fetch is killed, partial report and summary written, exit 1, cancelled: true', async () => {
    const repo = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: ok, run: "true" }\n' });
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const marks = tempDir();
    const bin = tempDir();
    // git itself, except that a fetch says it started and then hangs.
    writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\nfor a in "$@"; do\n  if [ "$a" = fetch ]; then echo $$ > "${marks}/fetch.tmp"; mv "${marks}/fetch.tmp" "${marks}/fetch.pid"; exec sleep 600; fi\ndone\nexec "${execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()}" "$@"\n`,
    );
    chmodSync(path.join(bin, 'git'), 0o755);
    const event = path.join(marks, 'event.json');
    // A base commit the shallow history lacks: the merge-base must be fetched.
    writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, base: { ref: 'main', sha: 'a'.repeat(40) }, head: { ref: 'feature', sha: head } }, repository: { full_name: 'acme/app' } }));
    const env = { [tagName]: tagValue, PATH: `${bin}:${process.env.PATH}`, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/app' };
    const run = await runAction(repo, {}, { env, signals: [{ signal: 'SIGTERM', afterFile: path.join(marks, 'fetch.pid') }] });
    expect(run.code).toBe(1);
    const report = readReport(run) as unknown as Report;
    expect(report).toMatchObject({ cancelled: true, passed: false });
    expect(report.gateReason).toContain('the run was cancelled');
    expect(report.checks.map((c) => c.status)).toEqual(['pass']);
    expect(run.summary).toContain('The run was cancelled; this scorecard is partial.');
    // SIGKILLed before the action exited; on a loaded machine the process may take a moment to be
    // scheduled and die, so wait for its death, never for a fixed time.
    expect(await diedWithin(Number(readFileSync(path.join(marks, 'fetch.pid'), 'utf8')), 20_000)).toBe(true);
  });

  it('SIGTERM while the baseline is restored from a cache service that never answers → the restore is abandoned, partial report and summary written, exit 1, cancelled: true', async () => {
    const repo = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: ok, run: "true" }\n' });
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e', 'commit', '-q', '--allow-empty', '-m', 'second'], { cwd: repo });
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const marks = tempDir();
    const asked = path.join(marks, 'asked');
    // Takes the request, says so, and never answers.
    const server = createServer((req) => writeFileSync(asked, req.url ?? ''));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const env = {
        [tagName]: tagValue,
        ACTIONS_CACHE_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        ACTIONS_RUNTIME_TOKEN: 'runtime-token',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/feature',
        GITHUB_SHA: head,
        GITHUB_REPOSITORY: 'acme/app',
      };
      const run = await runAction(repo, { baseline: 'true' }, { env, signals: [{ signal: 'SIGTERM', afterFile: asked }] });
      expect(readFileSync(asked, 'utf8')).toContain('_apis/artifactcache/cache');
      expect(run.code).toBe(1);
      const report = readReport(run) as unknown as Report;
      expect(report).toMatchObject({ cancelled: true, passed: false, baseline: { status: 'error', reason: 'the run was cancelled while the baseline was being restored from the cache' } });
      expect(run.summary).toContain('The run was cancelled; this scorecard is partial.');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('hostile cache service', () => {
  it('an unreachable cache service → baseline "error" naming the failure, never "no report saved"', async () => {
    const repo = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: ok, run: "true" }\n' });
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e', 'commit', '-q', '--allow-empty', '-m', 'second'], { cwd: repo });
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    // A port that was free a moment ago and is closed now: every request is refused.
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((r) => server.close(() => r()));
    const env = { [tagName]: tagValue, ACTIONS_CACHE_URL: `http://127.0.0.1:${port}/`, ACTIONS_RUNTIME_TOKEN: 'runtime-token', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/feature', GITHUB_SHA: head, GITHUB_REPOSITORY: 'acme/app' };
    const run = await runAction(repo, { baseline: 'true' }, { env });
    const report = readReport(run) as unknown as Report;
    expect(report.baseline).toMatchObject({ status: 'error' });
    expect(report.baseline?.reason).toMatch(/^could not restore the baseline: the cache service failed: .*ECONNREFUSED/);
    expect(report.baseline?.reason).not.toContain('no report saved');
  });
});

afterAll(async () => {
  // Every check above has ended: none of their processes may still run (a SIGKILLed process takes a
  // moment to become a zombie, so wait for that, not for a fixed time).
  expect(await settledSurvivors()).toEqual([]);
});

/** Whether the process is gone within `ms` (polled; returns at once when it is). */
async function diedWithin(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited >= ms) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/** Survivors once any process that is dying has died; gives up (and reports them) after 20 s. */
async function settledSurvivors(): Promise<number[]> {
  for (let i = 0; i < 200 && survivors().length > 0; i++) await new Promise((r) => setTimeout(r, 100));
  return survivors();
}

describe('no survivors', () => {
  it('after hostile commands → no process of any check survives its run', async () => {
    const ws = workspaceWithConfig('checks:\n  - { id: a, run: "sleep 60 & setsid sleep 60 & (sleep 60 &) ; echo started" }\n  - { id: b, timeout: 0.3, run: "sleep 60 & sleep 60" }\n');
    await runEngine({ workspace: ws, ...fast });
    expect(await settledSurvivors()).toEqual([]);
  });
});
