// Runs git in the workspace without a shell: arguments are passed as written, never interpolated.
import { spawn } from 'node:child_process';

export interface GitResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when stdout passed the cap: stdout holds its first `maxOutput` bytes and git was stopped. */
  truncated: boolean;
}

export interface GitOptions {
  /** Kills git after this many milliseconds (a fetch over a slow network). */
  timeoutMs?: number;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  /** The most bytes of stdout kept (default MAX_GIT_OUTPUT); past it git is stopped and the result says so. */
  maxOutput?: number;
}

/** The largest diff read; a bigger one is cut and said to be so. */
export const MAX_GIT_OUTPUT = 256 * 1024 * 1024;

export function git(cwd: string, args: string[], options: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve) => {
    if (options.signal?.aborted) return resolve({ code: null, stdout: '', stderr: 'cancelled', truncated: false });
    // Never prompt for credentials; no pager, no colour, no user diff drivers.
    const env = { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };
    // A process group of its own, so a fetch's helpers (git-remote-https, ssh) die with it.
    const child = spawn('git', ['-c', 'core.quotePath=false', '-c', 'color.ui=false', ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const kill = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const cap = options.maxOutput ?? MAX_GIT_OUTPUT;
    let size = 0;
    let truncated = false;
    child.stdout.on('data', (b: Buffer) => {
      if (truncated) return;
      if (size + b.length > cap) {
        // Keep what fits and stop git: the rest would only be thrown away.
        out.push(b.subarray(0, cap - size));
        size = cap;
        truncated = true;
        kill();
        return;
      }
      size += b.length;
      out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = options.timeoutMs ? setTimeout(kill, options.timeoutMs) : undefined;
    let settled = false;
    const done = (code: number | null, extra = '') => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') + extra, truncated });
    };
    // Cancelled: the group is killed and the caller goes on at once, whatever still holds a pipe.
    const onAbort = () => {
      kill();
      done(null, 'cancelled');
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (e) => done(null, e.message));
    child.on('close', (code, signal) => done(code, signal ? `killed by ${signal}` : ''));
  });
}

/** The first line of git's complaint, for a reason shown to the reader. */
export function gitProblem(r: GitResult): string {
  const line = r.stderr.split('\n').map((l) => l.replace(/^(fatal|error): /, '').trim()).find(Boolean);
  return line ?? `git exited with ${r.code}`;
}

/**
 * Why a `new-code` value is not a ref to fetch, or undefined. It is passed to `git fetch` as a
 * refspec: `main:refs/heads/x` would create a branch, `+main:refs/tags/v9` force-write a tag, and
 * `-…` would be an option.
 */
export function refProblem(ref: string): string | undefined {
  if (ref.startsWith('-') || ref.startsWith('+') || /[:*\s\0]/.test(ref)) return `the ref ${JSON.stringify(ref)} is not a ref (no leading "-" or "+", no ":", "*" or spaces)`;
  return undefined;
}
