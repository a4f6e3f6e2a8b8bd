// What every reader check shares: run the command if there is one (its exit code is evidence
// only), find the reports (or take the command's stdout), hand them to the kind's measurement, and
// turn anything that stops a measurement into `error` with the reason.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { CommandResult } from '../run/process.js';
import { ReportError, resolveReports, readReportText, streamReportFile, workspaceRelative, formatSize } from '../run/workspace.js';
import { decodeReport } from '../readers/text.js';
import { lastLine } from '../readers/tool-output.js';
import { buildFailures, describeFailure, firstErrorLine } from '../readers/build-failures.js';
import { ReaderError } from '../readers/types.js';
import type { CheckOutcome, Evidence, Finding } from '../types.js';
import { commandEvidence, commandProblem, runCheckCommand } from './command.js';
import { networkOutage } from './command-diagnosis.js';
import type { CheckContext } from './types.js';

export interface ReportInput {
  /** Workspace-relative path, or "stdout of run". */
  label: string;
  text(): Promise<string>;
  stream(sink: (chunk: string) => void): Promise<void>;
}

export type Measurement = Omit<CheckOutcome, 'evidence'>;

/** Runs `parse` on one input and labels any reader error with the input it came from. */
export async function parseInput<T>(input: ReportInput, parse: () => T | Promise<T>): Promise<T> {
  try {
    return await parse();
  } catch (err) {
    // File problems already name the file; parse problems get its name here.
    if (err instanceof ReaderError) throw new ReportError(`${input.label}: ${err.message}`);
    throw err;
  }
}

/** How a kind reads its inputs. */
export interface ReadOptions {
  /** Nothing printed, or an empty report file, is a report (flake8 prints nothing when clean). */
  allowEmpty?: boolean;
}

function stdoutInput(command: CommandResult, maxBytes: number, read: ReadOptions): ReportInput {
  const label = 'stdout of run';
  const text = async () => {
    if (command.stdoutOverflow) throw new ReportError(`${label}: over max-report-size (${formatSize(maxBytes)})`);
    const out = decodeReport(command.stdout ?? Buffer.alloc(0));
    if (out.trim() === '' && !read.allowEmpty) throw new ReportError(`${label}: the command printed nothing to read`);
    return out;
  };
  return { label, text, stream: async (sink) => sink(await text()) };
}

function fileInput(ctx: CheckContext, file: string, read: ReadOptions): ReportInput {
  const label = workspaceRelative(ctx.workspace, file, ctx.tempDir);
  return {
    label,
    text: () => readReportText(file, label, ctx.maxReportBytes, read.allowEmpty),
    stream: (sink) => streamReportFile(file, label, ctx.maxReportBytes, sink, read.allowEmpty),
  };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Finding paths as the workspace sees them: relative paths are relative to the check's working
 * directory; absolute ones inside the workspace become relative; others stay as the report wrote them.
 */
export function workspacePaths(findings: Finding[], ctx: CheckContext): Finding[] {
  return findings.map((f) => {
    if (!f.file) return f;
    const file = workspacePath(f.file, ctx);
    return file === undefined ? f : { ...f, file };
  });
}

/** One path as workspacePaths makes it; undefined when it stays as the report wrote it. */
export function workspacePath(written: string, ctx: Pick<CheckContext, 'cwd' | 'workspace'>): string | undefined {
  const file = written.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(file)) return undefined;
  const abs = path.isAbsolute(file) ? file : path.resolve(ctx.cwd, file);
  const rel = path.relative(ctx.workspace, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return toPosix(rel);
}

export function toReportList(reports: string | string[] | undefined): string[] | undefined {
  if (reports === undefined) return undefined;
  return Array.isArray(reports) ? reports : [reports];
}

function isWrittenSince(file: string, since: number): boolean {
  try {
    return statSync(file).mtimeMs >= since;
  } catch {
    return true; // Reading it will say what is wrong with it.
  }
}

/** What a failed command's output says went wrong: a build failure, else its first error line. */
function failureLine(command: CommandResult): string | undefined {
  const unit = buildFailures(command.output)[0];
  return unit ? describeFailure(unit) : firstErrorLine(command.output);
}

/** ": <why>" from a failed command's output: a build failure, the first error line, else its last line. */
export function causeOf(command: CommandResult): string {
  const why = failureLine(command) ?? lastLine(command.output);
  return why ? `: ${why}` : '';
}

export async function runReaderCheck(
  ctx: CheckContext,
  reports: string | string[] | undefined,
  measure: (inputs: ReportInput[], command?: CommandResult) => Promise<Measurement>,
  read: ReadOptions = {},
): Promise<CheckOutcome> {
  const started = performance.now();
  const patterns = toReportList(reports);
  let command: CommandResult | undefined;
  let sources: string[] = [];
  let commandStarted: number | undefined;
  const evidence = (): Evidence => {
    const durationMs = Math.round(performance.now() - started);
    return command
      ? { ...commandEvidence(ctx, command, sources), durationMs }
      : { workingDirectory: ctx.check.workingDirectory, durationMs, sources };
  };
  const error = (summary: string): CheckOutcome => ({ status: 'error', score: 0, summary, metrics: {}, findings: [], evidence: evidence() });

  try {
    if (ctx.check.run) {
      // Whole seconds: a file system that keeps coarse times still dates this run's reports after it.
      commandStarted = Math.floor(Date.now() / 1000) * 1000;
      command = await runCheckCommand(ctx, patterns ? {} : { stdoutLimit: ctx.maxReportBytes });
      const problem = commandProblem(ctx, command);
      if (problem) return error(problem);
    }
    let inputs: ReportInput[];
    if (patterns) {
      let files: string[];
      try {
        files = await resolveReports(patterns, ctx.cwd, ctx.workspace, ctx.tempDir);
      } catch (err) {
        // No report after a failed command: the command's own last words say why.
        if (err instanceof ReportError && command && command.exitCode !== 0) {
          const outage = networkOutage(command.output);
          if (outage) throw new ReportError(`could not reach the network (exit ${command.exitCode}): ${outage}; ${err.message}`);
          throw new ReportError(`${err.message}; the command exited ${command.exitCode}${causeOf(command)}`);
        }
        throw err;
      }
      if (commandStarted !== undefined) {
        // A report the command did not write (left by an earlier run) is not this run's result.
        const fresh = files.filter((f) => isWrittenSince(f, commandStarted!));
        if (fresh.length === 0) {
          const stale = files.map((f) => workspaceRelative(ctx.workspace, f, ctx.tempDir));
          sources = stale;
          const exited = command && command.exitCode !== 0 ? `; the command exited ${command.exitCode}${causeOf(command)}` : '';
          throw new ReportError(`the report was not written by this command: ${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ` and ${stale.length - 3} more` : ''} not modified since it started${exited}`);
        }
        files = fresh;
      }
      sources = files.map((f) => workspaceRelative(ctx.workspace, f, ctx.tempDir));
      inputs = files.map((f) => fileInput(ctx, f, read));
    } else if (command) {
      inputs = [stdoutInput(command, ctx.maxReportBytes, read)];
    } else {
      return error('nothing to read: give "reports" or a "run" command whose output it reads');
    }
    const measured = await measure(inputs, command);
    const findings = workspacePaths(measured.findings, ctx);
    // The measurement decides; a non-zero exit (npm audit exits 1 on advisories) is evidence.
    return { ...measured, findings, evidence: evidence() };
  } catch (err) {
    if (err instanceof ReportError || err instanceof ReaderError) {
      // A failed command's cause comes first: "no go test -json events" says less than `undefined: max`.
      // Only a line that says what failed, and only when the reader's message does not already say it.
      const failed = command && command.exitCode !== null && command.exitCode !== 0 && !/the command exited|could not reach the network/.test(err.message);
      const why = failed ? failureLine(command!) : undefined;
      return error(why && !err.message.includes(why) ? `the command exited ${command!.exitCode}: ${why} (${err.message})` : err.message);
    }
    throw err;
  }
}
