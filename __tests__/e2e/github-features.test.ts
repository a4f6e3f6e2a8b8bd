// The bundled action's GitHub features as a workflow uses them: PR comment against a local
// stand-in for the API, the baseline without a cache service, badge, and merging matrix shards.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { tempDir, writeFiles } from '../helpers.js';
import { gitRepo, readReport, runAction } from './runner.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const CONFIG = 'checks:\n  - { id: build, category: build, run: "true" }\n  - { id: unit, category: tests, run: "false" }\n';

function prEnv(api: string): Record<string, string> {
  const event = path.join(tempDir(), 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7 }, repository: { default_branch: 'main' } }));
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: api,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '42',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'readiness',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_BASE_REF: 'main',
  };
}

describe('GitHub features of the bundled action', () => {
  it('keeps one up-to-date pull-request comment and never prints the token', async () => {
    gh = await startFakeGitHub([{ id: 1, body: 'first!', user: { login: 'alice' } }]);
    const repo = gitRepo({ '.github/readiness.yml': CONFIG });
    const token = 'ghs_SecretTokenValue0123456789';
    const inputs = { comment: 'true', 'github-token': token, mode: 'report' };
    const first = await runAction(repo, inputs, { env: prEnv(gh.url) });
    const second = await runAction(repo, inputs, { env: prEnv(gh.url) });
    expect(first.code).toBe(0);
    expect(gh.comments).toHaveLength(2);
    const body = gh.comments[1]!.body;
    // The event has no base and head SHAs: the comment opens by saying there is no new-code view.
    expect(body).toMatch(/^<!-- readiness-scorecard: CI \/ readiness -->\n<!-- readiness-state: \{"score":33.3,"passed":false,"newFindings":""\} -->\n## This pull request\n\nNo new-code view: the pull\\_request event file is not usable[^\n]*\n\n## ❌ Readiness 33.3 \/ 100/);
    expect(body).toContain('[Full scorecard, evidence and output](https://github.example/acme/app/actions/runs/42)');
    expect(second.stdout).toMatch(/comment updated/);
    for (const run of [first, second]) {
      expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(token);
      expect(run.stdout).toContain(`::add-mask::${token}`);
    }
  });

  it('warns on a 403 (a fork\'s read-only token) and keeps the gate as it was', async () => {
    gh = await startFakeGitHub();
    gh.failWith = 403;
    const repo = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: ok, run: "true" }\n' });
    const run = await runAction(repo, { comment: 'true', 'github-token': 'ghs_x' }, { env: prEnv(gh.url) });
    expect(run.code).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(run.stdout).toMatch(/::warning::could not write the pull-request comment \(403\)/);
  });

  it('says the baseline is unavailable without a cache service, and writes the badge', async () => {
    const repo = gitRepo({ '.github/readiness.yml': CONFIG });
    const run = await runAction(repo, { baseline: 'true', 'badge-path': 'badge.json', mode: 'report' });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('### Change against the baseline');
    expect(run.summary).toMatch(/_the Actions cache service is not available here/);
    expect((readReport(run) as unknown as Report).baseline).toMatchObject({ status: 'unavailable' });
    expect(JSON.parse(readFileSync(path.join(repo, 'badge.json'), 'utf8'))).toEqual({ schemaVersion: 1, label: 'readiness', message: '33 F', color: 'red' });
  });

  it('merges the reports of matrix shards into one gated scorecard', async () => {
    const linux = await runAction(gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: build-linux, category: build, run: "true" }\n' }), { mode: 'report' });
    const mac = await runAction(gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: build-mac, category: build, run: "false" }\n' }), { mode: 'report' });
    const final = tempDir();
    writeFiles(final, { 'reports/linux/readiness-report.json': readFileSync(linux.reportPath, 'utf8'), 'reports/mac/readiness-report.json': readFileSync(mac.reportPath, 'utf8') });
    const merged = await runAction(final, { merge: 'reports/*/readiness-report.json' });
    expect(merged.code).toBe(1);
    expect(merged.outputs).toMatchObject({ score: '50.0', passed: 'false', 'failed-checks': '["build-mac"]' });
    expect(merged.summary).toContain('merged from 2 reports');

    writeFiles(final, { 'reports/again/readiness-report.json': readFileSync(mac.reportPath, 'utf8') });
    const dup = await runAction(final, { merge: 'reports/*/readiness-report.json' });
    expect(dup.code).toBe(1);
    expect(dup.summary).toContain('check &quot;build-mac&quot; is in two reports'.replace(/&quot;/g, '"'));
    const worst = await runAction(final, { merge: 'reports/*/readiness-report.json', 'merge-duplicates': 'worst', threshold: '40' });
    expect(worst.outputs).toMatchObject({ score: '50.0', passed: 'true' });
  });

  it('comment-mode changes: the second, unchanged run writes nothing', async () => {
    gh = await startFakeGitHub();
    const repo = gitRepo({ '.github/readiness.yml': CONFIG });
    const inputs = { 'comment-mode': 'changes', 'github-token': 'ghs_x', mode: 'report' };
    await runAction(repo, inputs, { env: prEnv(gh.url) });
    // Asking who the token is (GraphQL's viewer) writes nothing.
    const written = () => gh!.requests.filter((r) => r.method !== 'GET' && !JSON.stringify(r.body ?? '').includes('viewer')).length;
    const writes = written();
    const second = await runAction(repo, inputs, { env: prEnv(gh.url) });
    expect(second.stdout).toContain('comment left as it was (comment-mode: changes');
    expect(written()).toBe(writes);
    expect(gh.comments).toHaveLength(1);
    const off = await runAction(repo, { comment: 'true', 'comment-mode': 'off', 'github-token': 'ghs_x', mode: 'report' }, { env: prEnv(gh.url) });
    expect(off.code).toBe(0);
    expect(written()).toBe(writes);
  });

  it('gates on max-drop against a baseline-path report, and shows the ratchet in the summary', async () => {
    const repo = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: a, run: "true" }\n  - { id: b, run: "true" }\n' });
    const before = await runAction(repo, {});
    const baseline = path.join(tempDir(), 'before.json');
    writeFileSync(baseline, readFileSync(before.reportPath));
    writeFileSync(path.join(repo, '.github/readiness.yml'), 'threshold: 40\nchecks:\n  - { id: a, run: "true" }\n  - { id: b, run: "false" }\n');
    const held = await runAction(repo, { 'baseline-path': baseline, 'max-drop': '50' });
    expect(held.code).toBe(0);
    const fell = await runAction(repo, { 'baseline-path': baseline, 'max-drop': '10' });
    expect(fell.code).toBe(1);
    expect(fell.outputs.passed).toBe('false');
    expect(fell.summary).toContain("**Ratchet** (max-drop 10): ❌ the score fell 50 points below the baseline's 100");
    expect(fell.summary).toContain('<details open><summary>Score trend, last 2 runs (threshold 40)</summary>');
    const report = readReport(fell) as unknown as Report;
    expect(report.ratchet).toMatchObject({ maxDrop: 10, status: 'failed' });
    expect(report.baseline).toMatchObject({ status: 'compared', source: 'file', delta: -50 });
  });

  it('mode: publish posts a fork run’s report with a check run, and refuses a mismatched head', async () => {
    gh = await startFakeGitHub();
    const head = 'a'.repeat(40);
    gh.pulls[7] = { head: { sha: head } };
    const fork = await runAction(gitRepo({ '.github/readiness.yml': CONFIG }), { mode: 'report' });
    const artifact = tempDir();
    writeFiles(artifact, {
      'readiness/readiness-report.json': readFileSync(fork.reportPath, 'utf8'),
      'readiness/event.json': JSON.stringify({ pull_request: { number: 7, head: { sha: head } } }),
    });
    const trusted = (sha: string) => {
      const file = path.join(tempDir(), 'workflow_run.json');
      writeFileSync(file, JSON.stringify({ workflow_run: { head_sha: sha, event: 'pull_request', name: 'CI', pull_requests: [] } }));
      return { ...prEnv(gh!.url), GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: file };
    };
    const inputs = { mode: 'publish', 'report-path': 'readiness/readiness-report.json', 'github-token': 'ghs_x' };
    const ok = await runAction(artifact, inputs, { env: trusted(head) });
    expect(ok.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.checkRuns).toMatchObject([{ head_sha: head, conclusion: 'failure' }]);
    expect(ok.summary).toContain('Readiness 33.3 / 100');
    const refused = await runAction(artifact, inputs, { env: trusted('b'.repeat(40)) });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('::error::Readiness publish refused: the event file says head aaaaaaaaaaaa, but the run that uploaded it ran on bbbbbbbbbbbb');
    expect(gh.checkRuns).toHaveLength(1);
  });
});
