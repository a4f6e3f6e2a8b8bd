// Reads the action's inputs into a typed object; every bad value is one clear line.
import path from 'node:path';
import { tempRoot } from './run/temp-root.js';
import * as core from './github/runner-commands.js';
import { parseIdList } from './engine.js';
import { refProblem } from './new-code/git.js';
import { Inputs, Modes, REPORT_FILE_NAME, type Mode } from './constants.js';

export interface ActionInputs {
  /** Absolute directory to audit. */
  workspace: string;
  config?: string;
  threshold?: number;
  mode: Mode;
  checks?: string[];
  concurrency?: number;
  /** Absolute path of the JSON report. */
  reportPath: string;
  /** Absolute path of the SARIF log of all findings, when asked for. */
  sarifPath?: string;
  /** Absolute path of the shields.io endpoint badge JSON, when asked for. */
  badgePath?: string;
  baseline: boolean;
  comment: boolean;
  token?: string;
  /** Glob of shard reports to merge instead of running checks. */
  merge?: string;
  mergeDuplicates: 'error' | 'worst';
  /** `auto`, `off` or a ref to compare with. */
  newCode: string;
  newCodeCoverage?: number;
  newCodeMaxFindings?: number;
  /** Which findings become annotations: `new` (default on pull requests when there is a new-code view) or `all`. */
  annotate?: 'new' | 'all';
  /** Absolute path of a JSON report of an earlier run to compare with. */
  baselinePath?: string;
  /** Ratchet inputs; unset ones fall back to the config's keys. */
  maxDrop?: number;
  noNewFailures?: boolean;
  noNewTestFailures?: boolean;
  /** always | changes | off; unset follows `comment`. */
  commentMode?: 'always' | 'changes' | 'off';
  /** mode: publish — the event file the untrusted run uploaded with its report. */
  eventPath?: string;
  /** Keep the run's temporary folder instead of removing it at the end. */
  keepTemp: boolean;
  /** The level the gate requires; overrides the config's min-level. */
  minLevel?: string;
}

export interface InputResult {
  inputs: ActionInputs;
  errors: string[];
}


/**
 * One rule for every path input (config, report-path, sarif-path, badge-path, merge): relative to
 * GITHUB_WORKSPACE, or absolute. Only the default config files are looked up in the audited
 * `working-directory`, since that is the project they describe.
 */
export function readInputs(env: NodeJS.ProcessEnv = process.env): InputResult {
  const errors: string[] = [];
  const get = (name: string) => core.getInput(name);
  const root = env.GITHUB_WORKSPACE || process.cwd();

  const wd = get(Inputs.WorkingDirectory);
  const workspace = path.resolve(root, wd || '.');

  const number = (name: string, min: number, max: number, integer: boolean): number | undefined => {
    const raw = get(name);
    if (raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      const range = max === Infinity ? `${integer ? 'a whole number' : 'a number'} of at least ${min}` : `${integer ? 'an integer' : 'a number'} from ${min} to ${max}`;
      errors.push(`input ${name}: expected ${range}, found ${JSON.stringify(raw)}`);
      return undefined;
    }
    return n;
  };

  const threshold = number(Inputs.Threshold, 0, 100, false);
  const concurrency = number(Inputs.Concurrency, 1, Infinity, true);

  let mode: Mode = 'gate';
  const rawMode = get(Inputs.Mode);
  if (rawMode !== '') {
    if ((Modes as readonly string[]).includes(rawMode)) mode = rawMode as Mode;
    else errors.push(`input mode: expected one of ${Modes.join(', ')}, found ${JSON.stringify(rawMode)}`);
  }

  const checks = parseIdList(get(Inputs.Checks));
  const rawReport = get(Inputs.ReportPath);
  const reportPath = rawReport ? path.resolve(root, rawReport) : path.join(tempRoot(env).dir, REPORT_FILE_NAME);
  const config = get(Inputs.Config);
  const sarif = get(Inputs.SarifPath);
  const badge = get(Inputs.BadgePath);
  const flag = (name: string): boolean => {
    const raw = get(name);
    if (raw === '') return false;
    if (/^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
    errors.push(`input ${name}: expected true or false, found ${JSON.stringify(raw)}`);
    return false;
  };
  const baseline = flag(Inputs.Baseline);
  const baselinePath = get(Inputs.BaselinePath);
  const maxDrop = number(Inputs.MaxDrop, 0, 100, false);
  const noNewFailures = get(Inputs.NoNewFailures) === '' ? undefined : flag(Inputs.NoNewFailures);
  const noNewTestFailures = get(Inputs.NoNewTestFailures) === '' ? undefined : flag(Inputs.NoNewTestFailures);
  const rawCommentMode = get(Inputs.CommentMode);
  if (rawCommentMode !== '' && !['always', 'changes', 'off'].includes(rawCommentMode)) errors.push(`input comment-mode: expected always, changes or off, found ${JSON.stringify(rawCommentMode)}`);
  const commentMode = ['always', 'changes', 'off'].includes(rawCommentMode) ? (rawCommentMode as 'always' | 'changes' | 'off') : undefined;
  const eventPath = get(Inputs.EventPath);
  const comment = flag(Inputs.Comment);
  const keepTemp = flag(Inputs.KeepTemp);
  const minLevel = get(Inputs.MinLevel).trim();
  if (minLevel !== '' && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(minLevel)) errors.push(`input min-level: expected a level id (e.g. production), found ${JSON.stringify(minLevel)}`);
  const token = get(Inputs.GithubToken);
  const merge = get(Inputs.Merge);
  const newCode = get(Inputs.NewCode).trim() || 'auto';
  // A ref is passed to git as one argument; one that looks like an option is refused.
  if (refProblem(newCode)) errors.push(`input new-code: expected auto, off or a git ref (no leading "-" or "+", no ":", "*" or spaces), found ${JSON.stringify(newCode)}`);
  const newCodeCoverage = number(Inputs.NewCodeCoverage, 0, 100, false);
  const newCodeMaxFindings = number(Inputs.NewCodeMaxFindings, 0, Infinity, true);
  const rawAnnotate = get(Inputs.Annotate).trim();
  if (rawAnnotate !== '' && rawAnnotate !== 'new' && rawAnnotate !== 'all') errors.push(`input annotate: expected new or all, found ${JSON.stringify(rawAnnotate)}`);
  const rawDuplicates = get(Inputs.MergeDuplicates) || 'error';
  if (rawDuplicates !== 'error' && rawDuplicates !== 'worst') errors.push(`input merge-duplicates: expected error or worst, found ${JSON.stringify(rawDuplicates)}`);

  return {
    inputs: {
      workspace,
      ...(config ? { config: path.resolve(root, config) } : {}),
      ...(threshold !== undefined ? { threshold } : {}),
      mode,
      ...(checks.length > 0 ? { checks } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
      reportPath,
      ...(sarif ? { sarifPath: path.resolve(root, sarif) } : {}),
      ...(badge ? { badgePath: path.resolve(root, badge) } : {}),
      baseline,
      comment,
      ...(token ? { token } : {}),
      ...(merge ? { merge } : {}),
      mergeDuplicates: rawDuplicates === 'worst' ? 'worst' : 'error',
      newCode,
      ...(newCodeCoverage !== undefined ? { newCodeCoverage } : {}),
      ...(newCodeMaxFindings !== undefined ? { newCodeMaxFindings } : {}),
      ...(rawAnnotate === 'new' || rawAnnotate === 'all' ? { annotate: rawAnnotate } : {}),
      ...(baselinePath ? { baselinePath: path.resolve(root, baselinePath) } : {}),
      ...(maxDrop !== undefined ? { maxDrop } : {}),
      ...(noNewFailures !== undefined ? { noNewFailures } : {}),
      ...(noNewTestFailures !== undefined ? { noNewTestFailures } : {}),
      ...(commentMode ? { commentMode } : {}),
      ...(eventPath ? { eventPath: path.resolve(root, eventPath) } : {}),
      keepTemp,
      ...(minLevel !== '' ? { minLevel } : {}),
    },
    errors,
  };
}
