// mode: publish against a local stand-in for the GitHub API: posts only when the artifact's event
// file, the workflow_run event and the pull request's head all name the same commit.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PublishRefused, readPublishedReport } from '../../src/github/publish.js';
import { publishStep } from '../../src/github/steps.js';
import type { Report } from '../../src/types.js';
import { checkResult } from '../fixtures.js';
import { tempDir } from '../helpers.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await gh?.close();
  gh = undefined;
});

const HEAD = '1'.repeat(40);
const OTHER = '2'.repeat(40);

const report = (): Report =>
  ({
    schemaVersion: 2,
    tool: { name: 'readiness-scorecard', version: '0.1.0' },
    score: 64,
    grade: 'D',
    threshold: 70,
    passed: false,
    blockers: [],
    gateReason: 'score 64 is below the threshold 70',
    categories: [{ id: 'tests', title: 'Tests', weight: 20, score: 64, points: 64, maxPoints: 100 }],
    omittedCategories: [],
    improvements: [],
    // Consistent with its own checks: publish scores them again and refuses a report that differs.
    checks: [checkResult('unit', 'fail', 28, { category: 'tests' }), checkResult('lint', 'pass', 100, { category: 'tests' })],
    config: { path: null, source: 'detected', errors: [] },
    warnings: [],
    cancelled: false,
    startedAt: '2026-11-28T00:00:00.000Z',
    durationMs: 12,
  }) as unknown as Report;

/** The artifact the untrusted run uploaded, and the workflow_run event of the publishing run. */
function setup(url: string, opts: { claimedHead?: string; claimedPr?: number; runHead?: string; runPrs?: number[]; event?: string; report?: unknown } = {}) {
  const dir = tempDir();
  const reportPath = path.join(dir, 'readiness-report.json');
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(reportPath, JSON.stringify(opts.report ?? report()));
  writeFileSync(eventPath, JSON.stringify({ pull_request: { number: opts.claimedPr ?? 7, head: { sha: opts.claimedHead ?? HEAD } } }));
  const trusted = path.join(dir, 'workflow_run.json');
  writeFileSync(
    trusted,
    JSON.stringify({ workflow_run: { head_sha: opts.runHead ?? HEAD, event: opts.event ?? 'pull_request', name: 'CI', html_url: 'https://github.com/acme/app/actions/runs/99', pull_requests: (opts.runPrs ?? []).map((number) => ({ number })) } }),
  );
  vi.stubEnv('GITHUB_EVENT_NAME', 'workflow_run');
  vi.stubEnv('GITHUB_EVENT_PATH', trusted);
  vi.stubEnv('GITHUB_REPOSITORY', 'acme/app');
  vi.stubEnv('GITHUB_API_URL', url);
  vi.stubEnv('GITHUB_RUN_ID', '100');
  return { reportPath, eventPath };
}

const writes = (g: FakeGitHub) => g.requests.filter((r) => r.method !== 'GET');

describe('mode: publish', () => {
  it('posts the sticky comment and a check run for the pull request whose head the run was on', async () => {
    gh = await startFakeGitHub();
    gh.pulls[7] = { head: { sha: HEAD } };
    const files = setup(gh.url);
    const r = await publishStep({ ...files, token: 'ghs_x', commentMode: 'always' });
    expect(r.notes[0]).toBe(`publishing the report of CI for pull request #7 at ${HEAD.slice(0, 12)}`);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toContain('<!-- readiness-scorecard: CI / publish -->');
    expect(gh.comments[0]!.body).toContain('Readiness 64 / 100');
    expect(gh.comments[0]!.body).toContain(`Scored at head \`${HEAD.slice(0, 12)}\``);
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.checkRuns[0]).toMatchObject({ name: 'Readiness Scorecard', head_sha: HEAD, status: 'completed', conclusion: 'failure', output: { title: 'Readiness 64.0/100 (D): failed' } });
    expect(gh.requests.every((q) => q.auth === 'token ghs_x')).toBe(true);
  });

  it('refuses an event file whose head SHA is not the run’s, and posts nothing', async () => {
    gh = await startFakeGitHub();
    gh.pulls[7] = { head: { sha: HEAD } };
    const files = setup(gh.url, { claimedHead: OTHER });
    const err = await publishStep({ ...files, token: 'ghs_x', commentMode: 'always' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PublishRefused);
    expect((err as Error).message).toContain(`the event file says head ${OTHER.slice(0, 12)}, but the run that uploaded it ran on ${HEAD.slice(0, 12)}`);
    expect(writes(gh)).toEqual([]);
  });

  it('refuses a pull request number whose head is another commit (a report aimed at someone else’s PR)', async () => {
    gh = await startFakeGitHub();
    gh.pulls[7] = { head: { sha: HEAD } };
    gh.pulls[8] = { head: { sha: OTHER } };
    const files = setup(gh.url, { claimedPr: 8 });
    const err = await publishStep({ ...files, token: 'ghs_x', commentMode: 'always' }).catch((e: unknown) => e);
    expect((err as Error).message).toContain(`pull request #8 has head ${OTHER.slice(0, 12)}, not ${HEAD.slice(0, 12)}`);
    expect(writes(gh)).toEqual([]);
    expect(gh.comments).toEqual([]);
  });

  it('refuses a number GitHub does not link to the run, and a run that was not a pull request', async () => {
    gh = await startFakeGitHub();
    gh.pulls[8] = { head: { sha: HEAD } };
    const linked = setup(gh.url, { claimedPr: 8, runPrs: [7] });
    await expect(publishStep({ ...linked, token: 'ghs_x', commentMode: 'always' })).rejects.toThrow('the event file names pull request #8, but the run belongs to #7');
    const push = setup(gh.url, { event: 'push' });
    await expect(publishStep({ ...push, token: 'ghs_x', commentMode: 'always' })).rejects.toThrow('was a push event, not a pull request');
    expect(writes(gh)).toEqual([]);
  });

  it('refuses outside a workflow_run event, without a token, and a report that is not one', async () => {
    gh = await startFakeGitHub();
    gh.pulls[7] = { head: { sha: HEAD } };
    const files = setup(gh.url);
    await expect(publishStep({ ...files, token: undefined, commentMode: 'always' })).rejects.toThrow('needs github-token');
    const bad = setup(gh.url, { report: { ...report(), checks: [{ id: 'x', status: 'pwned' }] } });
    await expect(publishStep({ ...bad, token: 'ghs_x', commentMode: 'always' })).rejects.toThrow(/readiness-report\.json: not a Readiness report \(schemaVersion 2\): checks\[0\]/);
    vi.stubEnv('GITHUB_EVENT_NAME', 'pull_request_target');
    await expect(publishStep({ ...files, token: 'ghs_x', commentMode: 'always' })).rejects.toThrow('runs from a workflow_run workflow; this is a pull_request_target event');
    expect(writes(gh)).toEqual([]);
  });

  it('comment-mode off posts only the check run; the validated report keeps its fields', async () => {
    gh = await startFakeGitHub();
    gh.pulls[7] = { head: { sha: HEAD } };
    const files = setup(gh.url);
    await publishStep({ ...files, token: 'ghs_x', commentMode: 'off' });
    expect(gh.comments).toEqual([]);
    expect(gh.checkRuns).toHaveLength(1);
    expect(readPublishedReport(files.reportPath)).toEqual(report());
  });
});
