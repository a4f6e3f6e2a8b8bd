// Merge-base discovery and changed lines on real git histories: shallow clones through file://,
// the runner's event file, GitHub's merge ref, a fork, a force-pushed head, the fetch cap and the
// compare API against a local stand-in.
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changedLines } from '../../src/new-code/changes.js';
import { readChangeEvent } from '../../src/new-code/event.js';
import { findMergeBase } from '../../src/new-code/merge-base.js';
import { discoverChange } from '../../src/new-code/view.js';
import type { ChangeSet } from '../../src/new-code/diff.js';
import { Repo, lines, pullRequestEvent, sh, shallowCheckout } from './git-fixture.js';
import { buildScenario, EXPECTED_CHANGES, sharedScenario } from './scenario.js';

// Real git processes on a machine shared with other jobs: generous limits, no timing assertions.
vi.setConfig({ testTimeout: 180_000 });

function linesOf(changes: ChangeSet | null): Record<string, number[]> {
  return Object.fromEntries([...(changes?.files ?? new Map()).values()].map((f) => [f.path, f.lines]));
}

describe('merge-base on a shallow pull-request checkout', () => {
  it('fetches in steps until the merge-base is found, and diffs the head exactly', async () => {
    const s = sharedScenario();
    const ws = shallowCheckout(s, 'refs/pull/7/head');
    expect(sh(ws, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const event = readChangeEvent('pull_request', pullRequestEvent(s.root, s.baseTip, s.head))!;
    const found = await findMergeBase(ws, event);
    // The base side is 61 commits deep: 50 is not enough, 200 is.
    expect(found).toMatchObject({ mergeBase: s.forkPoint, source: 'git', depth: 200 });
    expect(found.attempts).toEqual(['git merge-base: not found locally', 'git fetch --depth=50 origin', 'git fetch --depth=200 origin']);
    const diff = await changedLines(ws, found);
    expect(linesOf(diff.changes)).toEqual(EXPECTED_CHANGES);
    expect(diff.changes!.changedLines).toBe(8);
    expect(diff.changes!.files.get('src/new.js')).toMatchObject({ status: 'renamed', from: 'src/old.js' });
    expect(diff.changes!.files.get('src/added.js')).toMatchObject({ status: 'added' });
    // Whitespace-only edits and the deleted file contribute nothing.
    expect(diff.changes!.files.has('src/ws.js')).toBe(false);
    expect(diff.changes!.files.has('src/gone.js')).toBe(false);
  });

  it("numbers lines as in GitHub's merge commit when that is what was checked out", async () => {
    const s = sharedScenario();
    const ws = shallowCheckout(s, 'refs/pull/7/merge');
    const found = await findMergeBase(ws, { base: s.baseTip, head: s.head });
    expect(found.mergeBase).toBe(s.forkPoint);
    const diff = await changedLines(ws, found);
    expect(diff.from).toBe(s.baseTip);
    expect(diff.to).toBe(s.merge);
    // The base's own 60 commits (docs/log.txt) are not the pull request's.
    expect(linesOf(diff.changes)).toEqual(EXPECTED_CHANGES);
  });

  it('finds a fork’s head, which lives only under refs/pull/N/head of the base repository', async () => {
    const s = sharedScenario();
    // The fork: its own clone, a commit that only reaches the base repository as the pull ref.
    const fork = new Repo(path.join(s.root, 'fork'));
    sh(s.root, 'clone', '-q', s.origin, fork.dir);
    fork.git('checkout', '-q', '-b', 'fork-feature', s.forkPoint);
    const forkHead = fork.commit('fork change', { 'src/app.js': lines(20).replace('line 2\n', 'TODO old\n').replace('line 19\n', 'fork 19\n') });
    fork.git('push', '-q', 'origin', `${forkHead}:refs/pull/8/head`);
    const ws = shallowCheckout(s, 'refs/pull/8/head', 'fork-ws');
    const eventFile = pullRequestEvent(s.root, s.baseTip, forkHead, { number: 8, headRepo: 'someone/app-fork' });
    const event = readChangeEvent('pull_request_target', eventFile)!;
    expect(event).toMatchObject({ baseRepository: 'octo/app', headRepository: 'someone/app-fork', pullRequest: 8 });
    const found = await findMergeBase(ws, event);
    expect(found).toMatchObject({ mergeBase: s.forkPoint, source: 'git', depth: 200 });
    expect(linesOf((await changedLines(ws, found)).changes)).toEqual({ 'src/app.js': [19] });
  });

  it('follows a force-pushed head: the rebased head’s merge-base is the new base tip', async () => {
    const s = buildScenario(10);
    // Rebase the feature onto the base tip and force-push it; the old head is gone from every ref.
    s.work.git('checkout', '-q', 'feature');
    s.work.git('rebase', '-q', 'main');
    const rebased = s.work.head();
    s.work.git('push', '-q', '--force', 'origin', 'feature', `+${rebased}:refs/pull/7/head`);
    s.work.git('push', '-q', 'origin', '--delete', 'refs/pull/7/merge');
    expect(sh(s.origin, 'branch', '--contains', s.head).trim()).toBe('');
    const ws = shallowCheckout(s, 'refs/pull/7/head', 'rebased-ws');
    const found = await findMergeBase(ws, { base: s.baseTip, head: rebased });
    expect(found).toMatchObject({ mergeBase: s.baseTip, source: 'git' });
    expect(linesOf((await changedLines(ws, found)).changes)).toEqual(EXPECTED_CHANGES);
  });

  it('says so when no merge-base is within the cap, and when histories share nothing', async () => {
    const s = sharedScenario();
    const ws = shallowCheckout(s, 'refs/pull/7/head');
    const found = await findMergeBase(ws, { base: s.baseTip, head: s.head }, { maxDepth: 20, depthSteps: [10] });
    expect(found).toMatchObject({ mergeBase: null, source: 'none' });
    expect(found.reason).toBe('no merge-base within 20 commits of the base and the head; no github-token for the compare API');
    expect(found.attempts).toEqual(['git merge-base: not found locally', 'git fetch --depth=10 origin', 'git fetch --depth=20 origin']);

    s.work.git('checkout', '-q', '--orphan', 'unrelated');
    const orphan = s.work.commit('orphan', { 'x.txt': 'x\n' });
    s.work.git('push', '-q', 'origin', 'unrelated');
    s.work.git('checkout', '-q', '-f', 'main');
    const none = await findMergeBase(ws, { base: orphan, head: s.head });
    expect(none.reason).toMatch(/^the base and head have no common ancestor/);
  });

  it('is none, with the reason, outside a git repository', async () => {
    const s = sharedScenario();
    const plain = path.join(s.root, 'plain');
    sh(s.root, 'init', '-q', '--bare', plain); // a bare repo has no work tree: rev-parse --show-toplevel fails
    const found = await findMergeBase(plain, { base: s.baseTip, head: s.head });
    expect(found.source).toBe('none');
    expect(found.reason).toMatch(/is not a git repository/);
  });
});

describe('the compare API fallback', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  async function fakeCompare(answer: (pathname: string) => { status: number; body: unknown }): Promise<{ url: string; requests: string[]; auth: string[] }> {
    const requests: string[] = [];
    const auth: string[] = [];
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      auth.push(String(req.headers.authorization));
      const a = answer(new URL(req.url ?? '/', 'http://x').pathname);
      res.writeHead(a.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(a.body));
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, auth };
  }

  it('takes the merge-base from the API when the history is beyond the cap, then diffs locally', async () => {
    const s = sharedScenario();
    const ws = shallowCheckout(s, 'refs/pull/7/head');
    const api = await fakeCompare(() => ({ status: 200, body: { merge_base_commit: { sha: s.forkPoint }, files: [] } }));
    const found = await findMergeBase(ws, { base: s.baseTip, head: s.head }, { maxDepth: 5, api: { token: 't0ken', apiUrl: api.url, repository: 'octo/app' } });
    expect(found).toMatchObject({ mergeBase: s.forkPoint, source: 'api' });
    expect(api.requests[0]).toBe(`/repos/octo/app/compare/${s.baseTip}...${s.head}?per_page=100&page=1`);
    expect(api.auth[0]).toBe('token t0ken');
    // The merge-base commit alone is fetched, and git diffs with whitespace ignored.
    const diff = await changedLines(ws, found);
    expect(linesOf(diff.changes)).toEqual(EXPECTED_CHANGES);
  });

  it("uses the compare's patches when git cannot fetch at all", async () => {
    const s = sharedScenario();
    const ws = shallowCheckout(s, 'refs/pull/7/head');
    sh(ws, 'remote', 'set-url', 'origin', `file://${path.join(s.root, 'missing.git')}`);
    const patch = '@@ -4,3 +4,4 @@ ctx\n line 4\n-line 5\n+changed 5\n+extra\n line 6';
    const api = await fakeCompare(() => ({
      status: 200,
      body: {
        merge_base_commit: { sha: s.forkPoint },
        files: [
          { filename: 'src/app.js', status: 'modified', patch },
          { filename: 'src/gone.js', status: 'removed', patch: '@@ -1,5 +0,0 @@\n-line 1' },
          { filename: 'big.bin', status: 'added' },
        ],
      },
    }));
    const found = await findMergeBase(ws, { base: s.baseTip, head: s.head }, { maxDepth: 5, api: { token: 't', apiUrl: api.url, repository: 'octo/app' } });
    expect(found.source).toBe('api');
    const diff = await changedLines(ws, found);
    expect(diff.note).toMatch(/compare API/);
    expect(linesOf(diff.changes)).toEqual({ 'src/app.js': [5, 6], 'big.bin': [] });
    expect(diff.changes!.files.get('big.bin')!.wholeFile).toBe(true);
  });

  it('is none with both reasons when the API refuses, and rejects an answer that is not a compare', async () => {
    const s = sharedScenario();
    const ws = shallowCheckout(s, 'refs/pull/7/head');
    const refused = await fakeCompare(() => ({ status: 403, body: { message: 'Resource not accessible by integration' } }));
    const a = await findMergeBase(ws, { base: s.baseTip, head: s.head }, { maxDepth: 5, api: { token: 't', apiUrl: refused.url, repository: 'octo/app' } });
    expect(a.source).toBe('none');
    expect(a.reason).toMatch(/^no merge-base within 5 commits .*; the compare API failed too \(403 Resource not accessible/);
    await new Promise<void>((r) => server!.close(() => r()));
    const bogus = await fakeCompare(() => ({ status: 200, body: { merge_base_commit: { sha: '$(rm -rf /)' } } }));
    const b = await findMergeBase(ws, { base: s.baseTip, head: s.head }, { maxDepth: 5, api: { token: 't', apiUrl: bogus.url, repository: 'octo/app' } });
    expect(b.source).toBe('none');
    expect(b.reason).toMatch(/the compare answer is not usable: merge_base_commit\.sha/);
  });
});

describe('discoverChange', () => {
  it('reads the event on pull requests, and does nothing on a push or with off', async () => {
    const s = sharedScenario();
    const ws = shallowCheckout(s, 'refs/pull/7/head');
    const eventPath = pullRequestEvent(s.root, s.baseTip, s.head);
    const d = await discoverChange(ws, { mode: 'auto', eventName: 'pull_request', eventPath, gate: {} });
    expect(d!.found.mergeBase).toBe(s.forkPoint);
    expect(linesOf(d!.changes)).toEqual(EXPECTED_CHANGES);
    expect(await discoverChange(ws, { mode: 'auto', eventName: 'push', eventPath, gate: {} })).toBeNull();
    expect(await discoverChange(ws, { mode: 'off', eventName: 'pull_request', eventPath, gate: {} })).toBeNull();
  });

  it('compares with a ref (new-code: main, --base main), fetching it when the checkout lacks it', async () => {
    const s = sharedScenario();
    const ws = shallowCheckout(s, 'refs/pull/7/head');
    const d = await discoverChange(ws, { mode: 'main', gate: {} });
    expect(d!.found).toMatchObject({ base: s.baseTip, head: s.head, mergeBase: s.forkPoint, source: 'git' });
    expect(linesOf(d!.changes)).toEqual(EXPECTED_CHANGES);
    const missing = await discoverChange(ws, { mode: 'no-such-branch', gate: {} });
    expect(missing!.problem).toMatch(/the ref "no-such-branch" is not in the repository and could not be fetched/);
  });

  it('explains an event file it cannot use', async () => {
    const s = sharedScenario();
    const ws = shallowCheckout(s, 'refs/pull/7/head');
    const bad = path.join(s.root, 'bad-event.json');
    writeFileSync(bad, JSON.stringify({ pull_request: { number: 7, base: { sha: 'main' }, head: { sha: s.head } } }));
    const d = await discoverChange(ws, { mode: 'auto', eventName: 'pull_request', eventPath: bad, gate: {} });
    expect(d!.problem).toBe('the pull_request event file is not usable: pull_request.base.sha: expected a full commit SHA');
  });
});

describe('mergeBaseForEvent (for baselines and other features)', () => {
  it('reads the event and finds the merge-base; null on a push; none with the reason on a bad file', async () => {
    const { mergeBaseForEvent } = await import('../../src/new-code/merge-base.js');
    const s = sharedScenario();
    const ws = shallowCheckout(s, 'refs/pull/7/head');
    const eventPath = pullRequestEvent(s.root, s.baseTip, s.head);
    expect(await mergeBaseForEvent(ws, 'pull_request', eventPath)).toMatchObject({ mergeBase: s.forkPoint, source: 'git', depth: 200 });
    expect(await mergeBaseForEvent(ws, 'push', eventPath)).toBeNull();
    expect(await mergeBaseForEvent(ws, 'merge_group', eventPath)).toMatchObject({ source: 'none', reason: expect.stringMatching(/^the merge_group event file is not usable/) });
  });
});
