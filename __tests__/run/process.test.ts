import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand, type CommandOptions } from '../../src/run/process.js';
import { isAlive, tempDir } from '../helpers.js';

function run(command: string, extra: Partial<CommandOptions> = {}) {
  return runCommand({ command, cwd: extra.cwd ?? tempDir(), env: process.env, timeoutMs: 10_000, killGraceMs: 500, ...extra });
}

async function waitForPid(file: string): Promise<number> {
  for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 10));
  return Number(readFileSync(file, 'utf8').trim());
}

describe('runCommand', () => {
  it('captures stdout and stderr together, with the exit code and duration', async () => {
    const r = await run('echo out; echo err >&2; echo again; exit 3');
    expect(r.exitCode).toBe(3);
    expect(r.output).toBe('out\nerr\nagain\n');
    expect(r.durationMs).toBeGreaterThanOrEqual(0);
    expect(r.timedOut).toBe(false);
    expect(r.outputTruncated).toBe(false);
  });

  it('runs in the working directory with the env merged', async () => {
    const cwd = tempDir();
    const r = await run('pwd; echo "$GREETING"', { cwd, env: { ...process.env, GREETING: 'hello' } });
    expect(r.output).toBe(`${cwd}\nhello\n`);
  });

  it('closes stdin: a command that reads input gets end of file at once', async () => {
    const r = await run('cat; read line || echo "eof"');
    expect(r.exitCode).toBe(0);
    expect(r.output).toBe('eof\n');
  });

  it('keeps only the last 64 KiB of a long output', async () => {
    const r = await run('seq 1 200000; echo LAST');
    expect(r.outputTruncated).toBe(true);
    expect(r.outputBytes).toBeGreaterThan(1_000_000);
    expect(Buffer.byteLength(r.output)).toBeLessThanOrEqual(64 * 1024);
    expect(r.output.endsWith('200000\nLAST\n')).toBe(true);
  });

  it('keeps the whole stdout for a reader when asked, and says when it overflowed', async () => {
    const r = await run('echo "{\\"a\\": 1}"; echo noise >&2', { stdoutLimit: 1024 });
    expect(r.stdout?.toString()).toBe('{"a": 1}\n');
    expect(r.stdoutOverflow).toBe(false);
    const big = await run('seq 1 1000', { stdoutLimit: 100 });
    expect(big.stdoutOverflow).toBe(true);
  });

  it('kills the whole process tree at the time limit', async () => {
    const dir = tempDir();
    const r = await run('sleep 30 & echo $! > child.pid; sleep 30', { cwd: dir, timeoutMs: 300 });
    expect(r.timedOut).toBe(true);
    expect(r.durationMs).toBeLessThan(5_000);
    const child = await waitForPid(path.join(dir, 'child.pid'));
    expect(isAlive(child)).toBe(false);
  });

  it('kills a command that ignores SIGTERM with SIGKILL after the grace period', async () => {
    const r = await run("trap '' TERM; sleep 30", { timeoutMs: 200, killGraceMs: 300 });
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe('SIGKILL');
    expect(r.durationMs).toBeLessThan(5_000);
  });

  it('kills processes a command leaves behind when it ends', async () => {
    const dir = tempDir();
    const r = await run('sleep 30 & echo $! > child.pid; echo started', { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(r.leftovers).toBeGreaterThanOrEqual(1);
    expect(isAlive(await waitForPid(path.join(dir, 'child.pid')))).toBe(false);
  });

  it.runIf(process.platform === 'linux')('kills a daemon that left the process group with setsid', async () => {
    const dir = tempDir();
    const r = await run('setsid sleep 30 > /dev/null 2>&1 & echo $! > daemon.pid', { cwd: dir });
    expect(r.exitCode).toBe(0);
    const daemon = await waitForPid(path.join(dir, 'daemon.pid'));
    expect(isAlive(daemon)).toBe(false);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const r = await run('sleep 30', { signal: controller.signal });
    expect(r.cancelled).toBe(true);
    expect(r.durationMs).toBeLessThan(5_000);
  });

  it('says why when it cannot start', async () => {
    const r = await run('true', { cwd: '/nonexistent/readiness' });
    expect(r.spawnError).toBe('working directory /nonexistent/readiness does not exist');
    expect(r.exitCode).toBeNull();
  });

  it('removes terminal escapes from the output', async () => {
    const r = await run("printf '\\033[31mred\\033[0m\\nprogress 10%%\\rprogress 100%%\\n'");
    expect(r.output).toBe('red\nprogress 100%\n');
  });
});
