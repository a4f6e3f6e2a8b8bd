// Hostile artifacts for the pull-request features (mode: publish, merge, baseline-path): files that
// are not what they claim to be, and reports whose fields try to speak for us. Run on the built
// action against a local stand-in for the GitHub API. Names read "<input> → <outcome>".
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBaselineSource } from '../../src/github/baseline-source.js';
import { readShard } from '../../src/github/merge.js';
import { readChangeEvent } from '../../src/new-code/event.js';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { tempDir, writeFiles } from '../helpers.js';
import { gitRepo, runAction } from '../e2e/runner.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const HEAD = 'a'.repeat(40);
const CONFIG = 'checks:\n  - { id: build, category: build, run: "true" }\n  - { id: unit, category: tests, run: "false" }\n';

/** The environment of a workflow_run workflow whose triggering run GitHub says ran on HEAD. */
function trustedEnv(api: string): Record<string, string> {
  const file = path.join(tempDir(), 'workflow_run.json');
  writeFileSync(file, JSON.stringify({ workflow_run: { head_sha: HEAD, event: 'pull_request', name: 'CI', pull_requests: [] } }));
  return { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'acme/app', GITHUB_API_URL: api, GITHUB_SERVER_URL: 'https://github.example', GITHUB_RUN_ID: '42', GITHUB_WORKFLOW: 'Publish', GITHUB_JOB: 'publish' };
}

/** A fork run's report, as the untrusted workflow uploads it. */
let forkReport: string | undefined;
async function realReport(): Promise<string> {
  forkReport ??= readFileSync((await runAction(gitRepo({ '.github/readiness.yml': CONFIG }), { mode: 'report' })).reportPath, 'utf8');
  return forkReport;
}

const PUBLISH = { mode: 'publish', 'report-path': 'readiness/readiness-report.json', 'event-path': 'readiness/event.json', 'github-token': 'ghs_x' };

async function publishArtifact(artifact: string) {
  gh = await startFakeGitHub();
  gh.pulls[7] = { head: { sha: HEAD } };
  return runAction(artifact, PUBLISH, { env: trustedEnv(gh.url) });
}

describe('publish reads only what it should', () => {
  it('an event file that is a named pipe (FIFO) → publish refused "not a regular file (a named pipe)" at once, nothing posted', async () => {
    const artifact = tempDir();
    writeFiles(artifact, { 'readiness/readiness-report.json': await realReport() });
    execFileSync('mkfifo', [path.join(artifact, 'readiness/event.json')]);
    const run = await publishArtifact(artifact);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::Readiness publish refused: event file ${path.join(artifact, 'readiness/event.json')}: not a regular file (a named pipe)`);
    expect(gh!.comments).toHaveLength(0);
    expect(gh!.checkRuns).toHaveLength(0);
  }, 60_000);

  it('a report symlinked to /dev/zero → publish refused "is a symlink; it is not followed", nothing read', async () => {
    const artifact = tempDir();
    writeFiles(artifact, { 'readiness/event.json': JSON.stringify({ pull_request: { number: 7, head: { sha: HEAD } } }) });
    symlinkSync('/dev/zero', path.join(artifact, 'readiness/readiness-report.json'));
    const run = await publishArtifact(artifact);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('readiness-report.json: is a symlink; it is not followed');
    expect(gh!.checkRuns).toHaveLength(0);
  }, 60_000);

  it('a report that is a copy of /etc/passwd → publish refused "not valid JSON", none of its bytes in the log or the summary', async () => {
    const artifact = tempDir();
    writeFiles(artifact, {
      'readiness/event.json': JSON.stringify({ pull_request: { number: 7, head: { sha: HEAD } } }),
      'readiness/readiness-report.json': 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n',
    });
    const run = await publishArtifact(artifact);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/readiness-report\.json: not valid JSON/);
    expect(run.stdout + run.summary).not.toMatch(/root:x|daemon/);
  }, 60_000);

  it('a FIFO, a symlink to /dev/zero and /etc/passwd as a merge shard, a baseline-path file and a pull_request event file → each refused with its reason, never blocking, never quoting', () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    const zero = path.join(dir, 'zero.json');
    symlinkSync('/dev/zero', zero);
    const passwd = path.join(dir, 'passwd.json');
    writeFileSync(passwd, 'root:x:0:0:root:/root:/bin/bash\n');
    const reasons = (read: (file: string) => unknown) =>
      [fifo, zero, passwd].map((f) => {
        try {
          read(f);
          return 'read';
        } catch (err) {
          return (err as Error).message;
        }
      });
    for (const [what, read] of [
      ['shard', (f: string) => readShard(f, 'shard.json')],
      ['baseline', (f: string) => readBaselineSource(f, 'baseline.json')],
      ['event', (f: string) => readChangeEvent('pull_request', f)],
    ] as const) {
      const [a, b, c] = reasons(read);
      expect(a, what).toMatch(/not a regular file \(a named pipe\)/);
      expect(b, what).toMatch(/is a symlink; it is not followed/);
      expect(c, what).toMatch(/not (valid )?JSON/);
      expect(c, what).not.toMatch(/root/);
    }
  });
});

describe('a baseline file from outside', () => {
  const saved = (checks: unknown[]) => JSON.stringify({ schemaVersion: 1, score: 90, grade: 'A', threshold: 70, sha: HEAD, runId: '1', date: '2026-01-01', checks, history: [] });

  it('a 50 MB baseline of 1,000,000 checks → refused naming the count before it is validated; the report stays small and mergeable', async () => {
    const repo = gitRepo({ '.github/readiness.yml': CONFIG });
    const file = path.join(tempDir(), 'big.json');
    writeFileSync(file, saved(Array.from({ length: 1_000_000 }, (_, i) => ({ id: `c${i}`, title: `c${i}`, status: 'pass' }))));
    const run = await runAction(repo, { mode: 'report', 'baseline-path': file });
    const report = JSON.parse(readFileSync(run.reportPath, 'utf8')) as Loose;
    expect(report.baseline).toMatchObject({ status: 'error' });
    expect(report.baseline.reason).toContain('1000000 checks, more than the 10000 a baseline may hold');
    expect(readFileSync(run.reportPath).length).toBeLessThan(1024 * 1024);
    expect(() => readShard(run.reportPath, 'shard.json')).not.toThrow();
  });

  it('a baseline whose check id is not a slug ("x](https://evil) <img>") → refused naming checks.0.id; the report keeps no such id and merge reads it', async () => {
    const repo = gitRepo({ '.github/readiness.yml': CONFIG });
    const file = path.join(tempDir(), 'ids.json');
    writeFileSync(file, saved([{ id: 'x](https://evil) <img>', title: 'x', status: 'pass' }]));
    const run = await runAction(repo, { mode: 'report', 'baseline-path': file });
    const text = readFileSync(run.reportPath, 'utf8');
    expect(JSON.parse(text).baseline.reason).toContain('checks.0.id: expected a slug');
    expect(text).not.toContain('https://evil');
    expect(() => readShard(run.reportPath, 'shard.json')).not.toThrow();
  });
});

/** A report as plain JSON, for tampering. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the point is to write anything into it
type Loose = Record<string, any>;

describe('publish trusts no field of the report', () => {
  it('markup in tool.version, waiver.until, evidence.signal and the baseline\'s date (image, link, @mention, "## ✅ All good") → refused naming each field; the summary says why as text, passed=false, nothing posted', async () => {
    const report = JSON.parse(await realReport()) as Loose;
    const markup = '![x](https://evil.example/x.png) [ok](https://evil.example) @octocat\n## ✅ All good';
    report.tool.version = markup;
    report.checks[1].waiver = { reason: 'later', until: markup, state: 'active', measuredStatus: 'fail' };
    report.checks[1].evidence.signal = markup;
    report.baseline = { status: 'compared', previous: { score: 1, grade: 'F', sha: '', date: markup, runId: '' } };
    const artifact = tempDir();
    writeFiles(artifact, { 'readiness/readiness-report.json': JSON.stringify(report), 'readiness/event.json': JSON.stringify({ pull_request: { number: 7, head: { sha: HEAD } } }) });
    const run = await publishArtifact(artifact);
    expect(run.code).toBe(1);
    for (const field of ['tool.version: expected a version', 'checks[1].evidence.signal: expected a signal name', 'checks[1].waiver.until: expected a date', 'baseline.previous.date: expected an ISO 8601 date or time']) expect(run.stdout).toContain(field);
    expect(run.outputs.passed).toBe('false');
    expect(run.summary.startsWith('## ❌ Readiness publish refused\n\nreport ')).toBe(true);
    expect(run.summary).toContain('expected a version');
    expect(run.summary).not.toMatch(/!\[|\]\(|@octocat|\n## ✅/);
    expect(gh!.comments).toHaveLength(0);
    expect(gh!.checkRuns).toHaveLength(0);
  }, 60_000);

  it('a report saying passed: true while its checks score 33.3, below its threshold → refused "its verdict does not follow from its checks", no success check run', async () => {
    const report = JSON.parse(await realReport()) as Loose;
    report.passed = true;
    report.gateReason = '';
    const artifact = tempDir();
    writeFiles(artifact, { 'readiness/readiness-report.json': JSON.stringify(report), 'readiness/event.json': JSON.stringify({ pull_request: { number: 7, head: { sha: HEAD } } }) });
    const run = await publishArtifact(artifact);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/its verdict does not follow from its checks: passed, but score 33\.3 is below the threshold/);
    expect(run.summary).toContain('Readiness publish refused');
    expect(gh!.checkRuns).toHaveLength(0);
  }, 60_000);
});

