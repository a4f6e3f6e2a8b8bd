// One pull request, built for real: a base branch that moved on 60 commits after the fork point,
// and a head that edits, inserts, renames, deletes, adds and re-indents, pushed to a bare origin
// with the refs GitHub makes (refs/pull/7/head and refs/pull/7/merge).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { lines, manyCommits, setup, type Setup } from './git-fixture.js';

export interface Scenario extends Setup {
  /** The fork point. */
  forkPoint: string;
  baseTip: string;
  head: string;
  merge: string;
}

export const APP_BASE = lines(20).replace('line 2\n', 'TODO old\n');

/** src/app.js at the head: line 5 changed, two lines inserted after line 10 (new 11 and 12). */
export const APP_HEAD = APP_BASE.replace('line 5\n', 'changed 5\n').replace('line 10\n', 'line 10\nTODO new\ninserted 12\n');

/** What the head changes, by new line numbers. */
export const EXPECTED_CHANGES = {
  'src/app.js': [5, 11, 12],
  'src/new.js': [7],
  'src/added.js': [1, 2, 3, 4],
};

export function buildScenario(baseCommits = 60, root?: string): Scenario {
  const s = setup(root);
  const { work } = s;
  const forkPoint = work.commit('initial', {
    'src/app.js': APP_BASE,
    'src/ws.js': lines(10),
    'src/old.js': lines(30, 'old'),
    'src/gone.js': lines(5),
    'docs/log.txt': 'log\n',
  });
  work.git('branch', 'feature');
  if (baseCommits > 0) manyCommits(work, baseCommits, 'docs/log.txt', 'log');
  const baseTip = work.head();
  work.git('checkout', '-q', 'feature');
  work.commit('edit app', { 'src/app.js': APP_HEAD });
  // Whitespace only: re-indented and trailing blanks.
  work.commit('reformat', { 'src/ws.js': lines(10).replace('line 3\n', '    line 3\n').replace('line 4\n', 'line 4   \n') });
  work.git('mv', 'src/old.js', 'src/new.js');
  work.commit('rename, delete, add', {
    'src/new.js': lines(30, 'old').replace('old 7\n', 'renamed and changed 7\n'),
    'src/gone.js': null,
    'src/added.js': 'a\nb\nc\nd\n',
  });
  const head = work.head();
  // GitHub's merge ref: the head merged into the base tip.
  work.git('checkout', '-q', '-b', 'merge-preview', 'main');
  work.git('merge', '-q', '--no-ff', '--no-edit', 'feature');
  const merge = work.head();
  work.git('checkout', '-q', 'main');
  work.git('push', '-q', 'origin', 'main', 'feature', `${head}:refs/pull/7/head`, `${merge}:refs/pull/7/merge`);
  return { ...s, forkPoint, baseTip, head, merge };
}

let shared: Scenario | undefined;

/**
 * One 60-commit scenario for every test of a file that only reads it (checkouts are made beside
 * it), removed after the file's tests.
 */
export function sharedScenario(): Scenario {
  if (!shared) {
    const root = mkdtempSync(path.join(os.tmpdir(), 'readiness-newcode-shared-'));
    shared = buildScenario(60, root);
    afterAll(() => rmSync(root, { recursive: true, force: true }));
  }
  return shared;
}
