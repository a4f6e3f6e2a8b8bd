// `run` alone: the command's exit code is the measurement.
import { runCommand, type CommandResult } from '../run/process.js';
import type { CheckOutcome, Evidence } from '../types.js';
import type { CheckContext, CheckKind } from './types.js';
import { missingProgram, networkOutage, packageManagerRefusal } from './command-diagnosis.js';
import { lastLine } from '../readers/tool-output.js';
import { firstErrorLine } from '../readers/build-failures.js';

export interface RunOptions {
  /** Keep the whole stdout, up to this many bytes, for a reader. */
  stdoutLimit?: number;
}

/** Runs the check's `run` command with its limits. */
export function runCheckCommand(ctx: CheckContext, options: RunOptions = {}): Promise<CommandResult> {
  return runCommand({
    command: ctx.check.run ?? '',
    cwd: ctx.cwd,
    env: { ...ctx.env, ...ctx.check.env },
    timeoutMs: ctx.check.timeoutMs,
    killGraceMs: ctx.killGraceMs,
    signal: ctx.signal,
    ...(options.stdoutLimit !== undefined ? { stdoutLimit: options.stdoutLimit } : {}),
  });
}

export function commandEvidence(ctx: CheckContext, result: CommandResult, sources: string[] = []): Evidence {
  return {
    command: ctx.check.run,
    workingDirectory: ctx.check.workingDirectory,
    exitCode: result.exitCode,
    signal: result.signal,
    durationMs: result.durationMs,
    outputTail: result.output,
    outputTruncated: result.outputTruncated,
    sources,
  };
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/**
 * Why a command did not produce a measurement, or undefined when it ran to its end.
 * Exit codes 126/127 are the shell saying the program is not executable or not installed.
 */
export function commandProblem(ctx: CheckContext, result: CommandResult): string | undefined {
  if (result.spawnError) return result.spawnError;
  if (result.cancelled) return 'cancelled while running';
  if (result.timedOut) return `timed out after ${seconds(ctx.check.timeoutMs)}; the process tree was killed`;
  if (result.exitCode === 126) return `command not executable (exit 126)${lastWords(result.output)}`;
  // A package manager that will not run measured nothing: one error with its message, on every check it stopped.
  const refusal = result.exitCode === 0 ? undefined : packageManagerRefusal(result.output);
  if (refusal) return `the package manager refused to run (exit ${result.exitCode}): ${refusal}`;
  // pnpm and yarn exit 1, not 127, when a script's program is missing; the line names it.
  const missing = result.exitCode === 0 ? undefined : missingProgram(result.output, result.exitCode);
  if (missing) return `command not found: ${missing} (exit ${result.exitCode})`;
  if (result.exitCode === 127) return `command not found (exit 127)${lastWords(result.output)}`;
  return undefined;
}

function lastWords(output: string): string {
  const line = lastLine(output, 160);
  return line ? `: ${line}` : '';
}

export const commandCheck: CheckKind = {
  kind: 'run',
  async execute(ctx): Promise<CheckOutcome> {
    const result = await runCheckCommand(ctx);
    const evidence = commandEvidence(ctx, result);
    const problem = commandProblem(ctx, result);
    if (problem) return { status: 'error', score: 0, summary: problem, metrics: {}, findings: [], evidence };
    const metrics = { exitCode: result.exitCode };
    const note = ctx.check.raw.note ? `; ${ctx.check.raw.note}` : '';
    if (result.exitCode === 0) return { status: 'pass', score: 100, summary: `exit 0${note}`, metrics, findings: [], evidence };
    // A registry or network that could not be reached measured nothing about the project.
    const outage = result.signal ? undefined : networkOutage(result.output);
    if (outage) return { status: 'error', score: 0, summary: `could not reach the network (exit ${result.exitCode}): ${outage}`, metrics, findings: [], evidence };
    // The one line a reader sees first carries the line that says why (`Cannot find package '@vercel/ncc'`).
    const why = result.signal ? undefined : firstErrorLine(result.output);
    const summary = `${result.signal ? `killed by ${result.signal}` : `exit ${result.exitCode}, expected 0`}${why ? `: ${why}` : ''}${note}`;
    return { status: 'fail', score: 0, summary, metrics, findings: [], evidence };
  },
};
