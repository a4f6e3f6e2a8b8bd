// Real git histories for the new-code tests: a working repository where commits are made, a bare
// "origin" it pushes to, and shallow clones of it through file:// as actions/checkout makes them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers.js';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function sh(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export class Repo {
  constructor(readonly dir: string) {}

  static init(dir: string, branch = 'main'): Repo {
    mkdirSync(dir, { recursive: true });
    sh(dir, 'init', '-q', '-b', branch);
    return new Repo(dir);
  }

  git(...args: string[]): string {
    return sh(this.dir, ...args);
  }

  /** Writes (content) or deletes (null) files, commits them all, returns the SHA. */
  commit(message: string, files: Record<string, string | null>): string {
    for (const [rel, content] of Object.entries(files)) {
      const file = path.join(this.dir, rel);
      if (content === null) rmSync(file, { force: true });
      else {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
    }
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }
}

/** Lines "line 1" … "line n". */
export function lines(n: number, word = 'line'): string {
  return Array.from({ length: n }, (_, i) => `${word} ${i + 1}`).join('\n') + '\n';
}

export interface Setup {
  root: string;
  work: Repo;
  origin: string;
}

/** A working repository and an empty bare origin it can push to (in `root`, else a test-scoped temp dir). */
export function setup(root = tempDir('readiness-newcode-')): Setup {
  const work = Repo.init(path.join(root, 'work'));
  const origin = path.join(root, 'origin.git');
  sh(root, 'init', '-q', '--bare', origin);
  work.git('remote', 'add', 'origin', origin);
  return { root, work, origin };
}

/** actions/checkout's default: one commit of `ref` (a branch, refs/pull/N/head or /merge) fetched through file://. */
let checkouts = 0;

export function shallowCheckout(s: Setup, ref: string, name = `ws-${++checkouts}`): string {
  const dir = path.join(s.root, name);
  mkdirSync(dir);
  sh(dir, 'init', '-q');
  sh(dir, 'remote', 'add', 'origin', `file://${s.origin}`);
  sh(dir, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', `+${ref}:refs/remotes/origin/checkout`);
  sh(dir, 'checkout', '-q', '--detach', 'refs/remotes/origin/checkout');
  return dir;
}

/** An event file as the runner writes it for a pull request. */
export function pullRequestEvent(dir: string, base: string, head: string, opts: { number?: number; baseRepo?: string; headRepo?: string } = {}): string {
  const file = path.join(dir, 'event.json');
  const number = opts.number ?? 7;
  writeFileSync(
    file,
    JSON.stringify({
      action: 'synchronize',
      number,
      pull_request: {
        number,
        base: { ref: 'main', sha: base, repo: { full_name: opts.baseRepo ?? 'octo/app' } },
        head: { ref: 'feature', sha: head, repo: { full_name: opts.headRepo ?? 'octo/app' } },
      },
      repository: { full_name: opts.baseRepo ?? 'octo/app', default_branch: 'main' },
    }),
  );
  return file;
}

/** `n` commits on the checked-out branch, each rewriting one file, in one git process (fast-import). */
export function manyCommits(repo: Repo, n: number, file: string, prefix: string): string {
  const branch = repo.git('symbolic-ref', 'HEAD');
  const parent = repo.head();
  let stream = '';
  for (let i = 1; i <= n; i++) {
    const msg = `${prefix} ${i}`;
    const content = `${prefix} ${i}\n`;
    stream += `commit ${branch}\ncommitter Test <test@example.com> ${1_700_000_000 + i} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`;
    if (i === 1) stream += `from ${parent}\n`;
    stream += `M 100644 inline ${file}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, env: ENV, input: stream });
  repo.git('reset', '-q', '--hard', branch);
  return repo.head();
}
