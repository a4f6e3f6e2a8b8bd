// Hostile comments on the pull request: a comment holding our hidden marker, written by someone
// else, is never taken for ours (never edited, never a reason to minimise ours).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { upsertComment } from '../../src/github/pull-request-comment.js';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { tempDir } from '../helpers.js';
import { gitRepo, runAction } from '../e2e/runner.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const MARKER = '<!-- readiness-scorecard: CI / readiness -->';

function prEnv(api: string): Record<string, string> {
  const event = path.join(tempDir(), 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7 }, repository: { default_branch: 'main' } }));
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/app', GITHUB_API_URL: api, GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'readiness' };
}

describe('hostile comments', () => {
  it('a newer comment holding the marker by another user, with comment-mode always (GITHUB_TOKEN) → ours is updated, theirs is neither edited nor a reason to minimise ours (built action)', async () => {
    const attack = `${MARKER}\n## ✅ All good`;
    gh = await startFakeGitHub([
      { id: 10, body: `${MARKER}\nour last run`, user: { login: 'github-actions[bot]' } },
      { id: 11, body: attack, user: { login: 'mallory' } },
    ]);
    const repo = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: ok, run: "true" }\n' });
    const run = await runAction(repo, { comment: 'true', 'comment-mode': 'always', 'github-token': 'ghs_token', mode: 'report' }, { env: prEnv(gh.url) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/comment updated/);
    expect(gh.comments.find((c) => c.id === 11)!.body).toBe(attack);
    expect(gh.comments.find((c) => c.id === 10)!.body).toContain('## ✅ Readiness 100');
    expect(gh.minimized).toEqual([]);
    expect(gh.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual(['/repos/acme/app/issues/comments/10']);
  });

  it('only another user\'s marker comment on the pull request (GITHUB_TOKEN) → a comment of our own is created, theirs untouched', async () => {
    gh = await startFakeGitHub([{ id: 11, body: `${MARKER}\nfake`, user: { login: 'mallory' } }]);
    const r = await upsertComment({ token: 'ghs_token', apiUrl: gh.url, owner: 'acme', repo: 'app', pullRequest: 7 }, MARKER, 'ours', { mode: 'always' });
    expect(r.action).toBe('created');
    expect(gh.comments.find((c) => c.id === 11)!.body).toBe(`${MARKER}\nfake`);
    expect(gh.minimized).toEqual([]);
  });

  it('a personal access token (GET /user answers "ci-user") and marker comments by github-actions[bot] and ci-user → only ci-user\'s is ours', async () => {
    gh = await startFakeGitHub([
      { id: 10, body: `${MARKER}\nours`, user: { login: 'ci-user' } },
      { id: 11, body: `${MARKER}\nnot ours`, user: { login: 'github-actions[bot]' } },
    ]);
    gh.user = 'ci-user';
    const r = await upsertComment({ token: 'ghp_token', apiUrl: gh.url, owner: 'acme', repo: 'app', pullRequest: 7 }, MARKER, 'now', { mode: 'always' });
    expect(r).toMatchObject({ action: 'updated', id: 10 });
    expect(gh.comments.find((c) => c.id === 11)!.body).toBe(`${MARKER}\nnot ours`);
    expect(gh.minimized).toEqual([]);
  });
});
