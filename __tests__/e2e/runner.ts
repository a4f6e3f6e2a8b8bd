// Runs the built action (dist/index.js) the way the GitHub runner does: INPUT_* variables with
// hyphens kept, file commands for outputs and the summary, RUNNER_TEMP, GITHUB_WORKSPACE.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir, writeFiles } from '../helpers.js';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const ACTION = path.join(ROOT, 'dist', 'index.js');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  reportPath: string;
  runnerTemp: string;
}

/** Parses the `name<<delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/** A git repository holding the given files, committed (in `dir`, else a test-scoped temp dir). */
export function gitRepo(files: Record<string, string>, dir = tempDir('readiness-repo-')): string {
  writeFiles(dir, files);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'add', '-A');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', 'chore: initial commit');
  return dir;
}

/**
 * A signal sent once the run shows it got somewhere: a line in its output or a file a check wrote,
 * never after a fixed delay (which lands before start-up ends on a busy machine).
 */
export interface SignalStep {
  signal: NodeJS.Signals;
  /** Sent once the output (stdout and stderr) contains this. */
  afterOutput?: string;
  /** Sent once this file exists. */
  afterFile?: string;
}

/** Sends each step's signal in turn once its condition holds, polling until the child is gone. */
export function sendSignals(child: ChildProcess, steps: readonly SignalStep[], output: () => string): void {
  const pending = [...steps];
  const poll = setInterval(() => {
    const step = pending[0];
    if (!step || child.exitCode !== null || child.signalCode !== null) return clearInterval(poll);
    if (step.afterOutput !== undefined && !output().includes(step.afterOutput)) return;
    if (step.afterFile !== undefined && !existsSync(step.afterFile)) return;
    pending.shift();
    child.kill(step.signal);
  }, 10);
}

export function runAction(
  workspace: string,
  inputs: Record<string, string> = {},
  options: { signals?: SignalStep[]; env?: Record<string, string>; entry?: string } = {},
): Promise<ActionRun> {
  const runnerTemp = tempDir('readiness-runner-');
  const outputFile = path.join(runnerTemp, 'output.txt');
  const summaryFile = path.join(runnerTemp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...options.env,
  };
  // The runner keeps hyphens in input names: INPUT_REPORT-PATH.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.entry ?? ACTION], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    if (options.signals) sendSignals(child, options.signals, () => stdout);
    child.on('error', reject);
    child.on('close', (code) => {
      const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
      resolve({
        code,
        stdout,
        outputs,
        summary: readFileSync(summaryFile, 'utf8'),
        reportPath: outputs.report ?? path.join(runnerTemp, 'readiness-report.json'),
        runnerTemp,
      });
    });
  });
}

export function readReport(run: ActionRun): Record<string, unknown> {
  if (!existsSync(run.reportPath)) throw new Error(`no report at ${run.reportPath}\n${run.stdout}`);
  return JSON.parse(readFileSync(run.reportPath, 'utf8')) as Record<string, unknown>;
}
