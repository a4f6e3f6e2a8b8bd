import { afterEach, describe, expect, it } from 'vitest';
import { commentMarker, describeCommentError, upsertComment } from '../../src/github/pull-request-comment.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const target = (url: string) => ({ token: 'ghs_testtoken', apiUrl: url, owner: 'acme', repo: 'app', pullRequest: 7 });
const marker = commentMarker('CI', 'readiness');

describe('sticky pull-request comment against a local GitHub API', () => {
  it('creates the comment once, then updates it in place', async () => {
    gh = await startFakeGitHub([{ id: 1, body: 'LGTM', user: { login: 'alice' } }]);
    const first = await upsertComment(target(gh.url), marker, 'score 70');
    expect(first.action).toBe('created');
    const second = await upsertComment(target(gh.url), marker, 'score 81');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(gh.comments).toHaveLength(2);
    expect(gh.comments[1]!.body).toBe(`${marker}\nscore 81`);
    expect(gh.requests.every((r) => r.auth === 'token ghs_testtoken')).toBe(true);
  });

  it('finds its comment past the first 100 (pagination)', async () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ id: i + 1, body: `comment ${i}`, user: { login: 'bob' } }));
    many[230] = { id: 231, body: `${marker}\nold`, user: { login: 'github-actions[bot]' } };
    gh = await startFakeGitHub(many);
    const r = await upsertComment(target(gh.url), marker, 'new');
    expect(r).toMatchObject({ action: 'updated', id: 231 });
    expect(gh.requests.filter((x) => x.method === 'GET' && x.path.includes('/comments'))).toHaveLength(3);
    expect(gh.comments).toHaveLength(250);
  });

  it('keeps one comment per workflow and job', async () => {
    gh = await startFakeGitHub();
    await upsertComment(target(gh.url), commentMarker('CI', 'a'), 'a');
    await upsertComment(target(gh.url), commentMarker('CI', 'b'), 'b');
    await upsertComment(target(gh.url), commentMarker('CI', 'a'), 'a2');
    expect(gh.comments.map((c) => c.body)).toEqual([`${commentMarker('CI', 'a')}\na2`, `${commentMarker('CI', 'b')}\nb`]);
  });

  it('turns 403 and 500 into a clear warning that never shows the token', async () => {
    gh = await startFakeGitHub();
    for (const status of [403, 500]) {
      gh.failWith = status;
      const err = await upsertComment(target(gh.url), marker, 'x').catch((e: unknown) => e);
      const message = describeCommentError(err);
      expect(message).toContain(String(status));
      expect(message).not.toContain('ghs_testtoken');
    }
    await gh.close();
    const unreachable = describeCommentError(await upsertComment(target(gh.url), marker, 'x').catch((e: unknown) => e));
    gh = undefined;
    expect(unreachable).toMatch(/^could not write the pull-request comment: the GitHub API could not be reached \([A-Z_]+\); the scorecard is in the job summary\.$/);
    gh = await startFakeGitHub();
    gh.failWith = 403;
    expect(describeCommentError(await upsertComment(target(gh.url), marker, 'x').catch((e: unknown) => e))).toMatch(/forks get a read-only token; otherwise give the job "permissions: pull-requests: write"/);
  });
});

describe('comment-mode and outdated copies', () => {
  const state = (score: number, passed = true, newFindings = '') => ({ score, passed, newFindings, head: 'a'.repeat(40) });

  it('changes: posts the first time, then nothing on an unchanged run, then edits when the score changes', async () => {
    gh = await startFakeGitHub();
    const first = await upsertComment(target(gh.url), marker, 'score 80', { mode: 'changes', state: state(80) });
    expect(first.action).toBe('created');
    expect(gh.comments[0]!.body).toContain('<!-- readiness-state: {"score":80,"passed":true,"newFindings":"","head":"');
    // Asking who the token is (GraphQL's viewer) writes nothing.
    const writes = () => gh!.requests.filter((r) => r.method !== 'GET' && !JSON.stringify(r.body ?? '').includes('viewer')).length;
    const before = writes();
    const same = await upsertComment(target(gh.url), marker, 'score 80, a later head', { mode: 'changes', state: { ...state(80), head: 'b'.repeat(40) } });
    expect(same.action).toBe('unchanged');
    expect(writes()).toBe(before);
    expect(gh.comments[0]!.body).toContain('score 80\n'.slice(0, 8));
    expect((await upsertComment(target(gh.url), marker, 'new finding', { mode: 'changes', state: state(80, true, '1:abc') })).action).toBe('updated');
    expect((await upsertComment(target(gh.url), marker, 'gate', { mode: 'changes', state: state(80, false, '1:abc') })).action).toBe('updated');
    expect((await upsertComment(target(gh.url), marker, 'score', { mode: 'changes', state: state(79, false, '1:abc') })).action).toBe('updated');
    expect(gh.comments).toHaveLength(1);
  });

  it('always: edits even when nothing changed', async () => {
    gh = await startFakeGitHub();
    await upsertComment(target(gh.url), marker, 'x', { mode: 'always', state: state(80) });
    expect((await upsertComment(target(gh.url), marker, 'x', { mode: 'always', state: state(80) })).action).toBe('updated');
  });

  it('minimizes older copies as OUTDATED through GraphQL and unmarks them, keeping the newest', async () => {
    gh = await startFakeGitHub([
      { id: 10, body: `${marker}\nold run`, user: { login: 'github-actions[bot]' } },
      { id: 11, body: 'human', user: { login: 'alice' } },
      { id: 12, body: `${marker}\nnewer run`, user: { login: 'github-actions[bot]' } },
    ]);
    const r = await upsertComment(target(gh.url), marker, 'now', { mode: 'always', state: state(1) });
    expect(r).toMatchObject({ action: 'updated', id: 12, minimized: 1 });
    expect(gh.minimized).toEqual([{ id: 'IC_10', classifier: 'OUTDATED' }]);
    expect(gh.comments.find((c) => c.id === 10)!.body).not.toContain(marker);
    // Not minimized again on the next run.
    await upsertComment(target(gh.url), marker, 'again', { mode: 'always', state: state(1) });
    expect(gh.minimized).toHaveLength(1);
  });
});
