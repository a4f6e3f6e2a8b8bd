// Runs one shell command in its own process group with a time limit, a capped output tail and
// whole-tree cleanup. The only module that spawns check commands: @actions/exec (used for short git
// and tool calls) cannot start a process group, so it could not kill a check's whole tree on a timeout.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { TailBuffer, cleanOutput } from './output.js';
import { MARKER_VARIABLE, signalTree, treeMembers, type Tree } from './process-tree.js';

export const DEFAULT_TAIL_BYTES = 64 * 1024;
export const DEFAULT_KILL_GRACE_MS = 5_000;

export interface CommandOptions {
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Time between SIGTERM and SIGKILL. */
  killGraceMs?: number;
  signal?: AbortSignal;
  tailBytes?: number;
  /** Keep stdout whole (for readers) up to this many bytes. */
  stdoutLimit?: number;
}

export interface CommandResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  durationMs: number;
  timedOut: boolean;
  cancelled: boolean;
  /** Why the command could not start, when it could not. */
  spawnError?: string;
  /** Last bytes of stdout and stderr together, cleaned for display. */
  output: string;
  outputBytes: number;
  outputTruncated: boolean;
  stdout?: Buffer;
  stdoutOverflow?: boolean;
  /** Processes still alive after the command ended, killed by the cleanup. */
  leftovers: number;
}

interface Shell {
  file: string;
  args: (command: string) => string[];
}

let cachedShell: Shell | undefined;

/** bash like GitHub's `run:` steps (`-eo pipefail`), else POSIX sh. */
export function findShell(): Shell {
  if (cachedShell) return cachedShell;
  const bash = ['/bin/bash', '/usr/bin/bash', '/usr/local/bin/bash', '/opt/homebrew/bin/bash'].find((p) => existsSync(p));
  cachedShell = bash
    ? { file: bash, args: (c) => ['--noprofile', '--norc', '-eo', 'pipefail', '-c', c] }
    : { file: '/bin/sh', args: (c) => ['-e', '-c', c] };
  return cachedShell;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Process trees of the commands running now, for the last-resort kill on a second signal. */
const running = new Set<Tree>();

/**
 * SIGKILLs every running check's tree at once: a second SIGTERM or SIGINT leaves no more grace. (The
 * first one aborted the run, so no command starts after this.) Returns how many trees were signalled.
 */
export function killAllCommands(): number {
  for (const tree of running) signalTree(tree, 'SIGKILL');
  return running.size;
}

export function runCommand(options: CommandOptions): Promise<CommandResult> {
  const started = performance.now();
  const tailBytes = options.tailBytes ?? DEFAULT_TAIL_BYTES;
  const grace = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  const tail = new TailBuffer(tailBytes);
  const elapsed = () => Math.round(performance.now() - started);

  const failed = (reason: string): CommandResult => ({
    exitCode: null,
    signal: null,
    durationMs: elapsed(),
    timedOut: false,
    cancelled: false,
    spawnError: reason,
    output: '',
    outputBytes: 0,
    outputTruncated: false,
    leftovers: 0,
  });

  if (!existsSync(options.cwd) || !statSync(options.cwd).isDirectory()) {
    return Promise.resolve(failed(`working directory ${options.cwd} does not exist`));
  }
  if (options.signal?.aborted) {
    return Promise.resolve({ ...failed('cancelled before it started'), spawnError: undefined, cancelled: true });
  }

  const marker = randomBytes(9).toString('base64url');
  const shell = findShell();
  const stdoutChunks: Buffer[] = [];
  let stdoutBytes = 0;
  let stdoutOverflow = false;

  return new Promise<CommandResult>((resolve) => {
    let child;
    try {
      // Without a reader on stdout, the shell sends stderr down the same pipe so the two keep
      // their real order; same line, so line numbers in the shell's errors stay right.
      const script = options.stdoutLimit === undefined ? `exec 2>&1; ${options.command}` : options.command;
      child = spawn(shell.file, shell.args(script), {
        cwd: options.cwd,
        env: { ...options.env, [MARKER_VARIABLE]: marker },
        // stdin is /dev/null: a command that reads input gets end of file at once.
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own session and process group, so the whole tree can be signalled at once.
        detached: true,
      });
    } catch (err) {
      resolve(failed(`could not start ${shell.file}: ${(err as Error).message}`));
      return;
    }
    const pgid = child.pid;
    const tree: Tree | undefined = pgid === undefined ? undefined : { pgid, marker };
    if (tree) running.add(tree);
    let timedOut = false;
    let cancelled = false;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let spawnError: string | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    let settled = false;

    child.stdout.on('data', (chunk: Buffer) => {
      tail.push(chunk);
      if (options.stdoutLimit !== undefined && !stdoutOverflow) {
        if (stdoutBytes + chunk.length > options.stdoutLimit) stdoutOverflow = true;
        else {
          stdoutChunks.push(chunk);
          stdoutBytes += chunk.length;
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => tail.push(chunk));

    const terminate = () => {
      if (!tree) return;
      signalTree(tree, 'SIGTERM');
      killTimer ??= setTimeout(() => signalTree(tree, 'SIGKILL'), grace);
    };

    const timer = setTimeout(() => {
      timedOut = true;
      terminate();
    }, options.timeoutMs);
    const onAbort = () => {
      cancelled = true;
      terminate();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const streamsClosed = Promise.all([
      new Promise<void>((r) => child.stdout.once('close', () => r())),
      new Promise<void>((r) => child.stderr.once('close', () => r())),
    ]);

    const finish = async (leftovers: number) => {
      if (settled) return;
      settled = true;
      if (tree) running.delete(tree);
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      // Writers are gone; give the pipes a moment to drain, then stop waiting.
      let drainTimer: NodeJS.Timeout | undefined;
      await Promise.race([streamsClosed, new Promise<void>((r) => (drainTimer = setTimeout(r, 1_000)))]);
      clearTimeout(drainTimer);
      child.stdout.destroy();
      child.stderr.destroy();
      const text = tail.text();
      resolve({
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? null,
        durationMs: elapsed(),
        timedOut,
        cancelled,
        ...(spawnError ? { spawnError } : {}),
        output: cleanOutput(text),
        outputBytes: tail.totalBytes,
        outputTruncated: tail.truncated,
        ...(options.stdoutLimit !== undefined ? { stdout: Buffer.concat(stdoutChunks, stdoutBytes), stdoutOverflow } : {}),
        leftovers,
      });
    };

    child.once('error', (err) => {
      spawnError = `could not start the command: ${err.message}`;
      if (pgid === undefined) void finish(0);
    });

    child.once('exit', (code, signal) => {
      exit = { code, signal };
      void (async () => {
        // The command is over; anything it left behind in its group or marked with its token goes too.
        let leftovers = 0;
        if (tree) {
          leftovers = signalTree(tree, 'SIGTERM');
          if (leftovers > 0) {
            const deadline = performance.now() + Math.min(grace, 2_000);
            while (treeMembers(tree).length > 0 && performance.now() < deadline) await sleep(25);
            if (signalTree(tree, 'SIGKILL') > 0) {
              // Delivered at once, but on a loaded machine a process takes a moment to end: the
              // check is over when its processes are, not when they were signalled.
              const killed = performance.now() + 2_000;
              while (treeMembers(tree).length > 0 && performance.now() < killed) await sleep(25);
            }
          }
        }
        await finish(leftovers);
      })();
    });
  });
}
