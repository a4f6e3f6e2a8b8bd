// load config → plan → run → score → report. The action and the CLI call only this.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, findConfig, loadConfigFile, parseConfig } from './config/load.js';
import { DEFAULT_THRESHOLD } from './config/schema.js';
import type { CheckConfig, Config } from './config/types.js';
import { loadCheckKinds } from './checks/registry.js';
import { detect } from './config/detect.js';
import { ScanSession, ScanStopped } from './scan/scan-session.js';
import { SecretMask } from './masking.js';
import type { Scanner } from './scan/repository-scan.js';
import type { CheckContext, CheckKind } from './checks/types.js';
import { DEFAULT_KILL_GRACE_MS } from './run/process.js';
import { checkEnvironment, TEMP_VARIABLE, toolOutputEnvironment } from './run/environment.js';
import { findExecutable } from './run/which.js';
import { schedule } from './run/scheduler.js';
import { tempRoot } from './run/temp-root.js';
import { agreeingStatus, computeScorecard, type Scorecard } from './scoring/scorecard.js';
import { defaultNewCodeGate } from './scoring/new-code.js';
import { applyWaiver, isExpired } from './scoring/waivers.js';
import { applyEnforcement } from './scoring/enforcement.js';
import { computeLevels, minLevelReason } from './scoring/levels.js';
import { scalarAt, type Traced } from './config/traced.js';
import { REPORT_SCHEMA_VERSION, type CheckOutcome, type CheckResult, type ConfigInfo, type HistoryEntry, type LevelsInfo, type NewCodeInfo, type Report } from './types.js';
import type { NewCodeRequest } from './new-code/view.js';
import { judgesChange } from './new-code/mode.js';
import type { LineSource } from './new-code/classify.js';
import { TOOL_NAME, VERSION } from './version.js';
import { whyLines } from './readers/build-failures.js';

export interface EngineOptions {
  /** Absolute path of the directory to audit. */
  workspace: string;
  /** Config path relative to the workspace (or absolute). */
  config?: string;
  /** Overrides the config's threshold. */
  threshold?: number;
  /** Run only these check ids. */
  only?: string[];
  concurrency?: number;
  signal?: AbortSignal;
  /** Base environment for check commands (defaults to process.env). */
  env?: NodeJS.ProcessEnv;
  /** Where the run's temporary folder goes (default RUNNER_TEMP, else the system's). */
  tempRoot?: string;
  killGraceMs?: number;
  now?: () => Date;
  onCheckStart?(check: CheckConfig): void;
  onCheckEnd?(result: CheckResult): void;
  /** Called with each secret value a scan finds, before anything is printed (core.setSecret). */
  onSecret?(value: string): void;
  /** Values known to be secret before the run (the GitHub token): masked wherever they appear. */
  secrets?: string[];
  /** Judge the change too (pull requests, or a base ref): new findings, patch coverage, the new-code gate. */
  newCode?: NewCodeRequest;
  /** Keep the run's temporary folder ($READINESS_TEMP) instead of removing it at the end (--keep-temp, keep-temp: true). */
  keepTemp?: boolean;
  /** The level the gate requires (min-level input, --min-level); overrides the config's. */
  minLevel?: string;
  /** The baseline's history when it is known before the run (a baseline file), for benchmark checks. */
  baselineHistory?: readonly HistoryEntry[];
}

/** Check ids from a comma- or newline-separated list, blanks dropped. */
export function parseIdList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function defaultConcurrency(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** A report with nothing scored: the configuration (or the inputs) could not be used. */
export function configErrorReport(startedAt: Date, threshold: number | undefined, config: ConfigInfo, warnings: string[], elapsedMs: number): Report {
  const nothing: Scorecard = { score: null, grade: null, passed: false, blockers: [], gateReason: '', categories: [], omittedCategories: [], improvements: [] };
  return assembleReport(nothing, {
    threshold: threshold ?? DEFAULT_THRESHOLD,
    checks: [],
    config,
    warnings,
    cancelled: false,
    reasons: [configErrorReason(config.errors)],
    startedAt,
    durationMs: elapsedMs,
  });
}

/** The gate's reason for a run that scored nothing; bad workflow inputs are named. */
function configErrorReason(errors: readonly string[]): string {
  if (errors.length === 0) return 'nothing was scored';
  const inputs = [...new Set(errors.map((e) => /^input ([\w-]+):/.exec(e)?.[1]).filter(Boolean))];
  return inputs.length > 0 ? `invalid workflow input ${inputs.join(', ')}` : 'the configuration is invalid';
}

interface Plan {
  config: Config;
  info: ConfigInfo;
  /** Zero config: where each check came from, by id. */
  origins?: Record<string, string>;
}

export const DETECTED_CONFIG_NAME = '(auto-detected config)';

async function loadPlan(options: EngineOptions): Promise<Plan> {
  if (!existsSync(options.workspace) || !statSync(options.workspace).isDirectory()) {
    throw new ConfigError(null, [`${options.workspace}: the directory to audit does not exist`]);
  }
  const file = findConfig(options.workspace, options.config);
  if (!file) {
    // No config file: the suite comes from the repository's manifests, through the same parser a
    // written config goes through.
    const detection = detect(options.workspace);
    return {
      config: parseConfig(detection.yaml, DETECTED_CONFIG_NAME),
      info: {
        path: null,
        source: 'detected',
        errors: [],
        detected: {
          reasons: detection.reasons,
          yaml: detection.yaml,
          ...(detection.suggestions.length ? { suggestions: detection.suggestions } : {}),
          ...(detection.leftOut.length ? { leftOut: detection.leftOut } : {}),
        },
      },
      origins: detection.origins,
    };
  }
  const loaded = loadConfigFile(options.workspace, file);
  const presets = loaded.resolved.layers.slice(0, -1);
  return {
    config: loaded.config,
    info: { path: loaded.path, source: 'file', errors: [], ...(loaded.config.ratchet ? { ratchet: loaded.config.ratchet } : {}), ...(presets.length ? { presets } : {}) },
    ...(presets.length ? { origins: presetOrigins(loaded.resolved.tree) } : {}),
  };
}

/** Detection's origin of each check a built-in preset gave (package.json scripts.test), by id. */
function presetOrigins(tree: Traced): Record<string, string> {
  const checks = tree.kind === 'map' ? tree.entries.get('checks')?.value : undefined;
  if (checks?.kind !== 'seq') return {};
  const out: Record<string, string> = {};
  for (const item of checks.items) {
    const id = scalarAt(item, 'id');
    if (typeof id === 'string' && item.origin.note) out[id] = `${item.origin.file}: ${item.origin.note}`;
  }
  return out;
}

/** A level asked for from outside the config (min-level input, --min-level) must be one of its levels. */
function checkMinLevel(minLevel: string, config: Config, info: ConfigInfo): void {
  const ids = config.levels.map((l) => l.id);
  if (ids.includes(minLevel)) return;
  throw new ConfigError(info.path, [
    `min-level: unknown level ${JSON.stringify(minLevel)}; ${ids.length ? `expected one of ${ids.join(', ')}` : `${info.path ?? 'the config'} has no "levels" (extend readiness:recommended for the default ones)`}`,
  ]);
}

/** The levels' verdict, when the config has levels; the input's min-level wins over the config's. */
function rubric(config: Config, checks: readonly CheckResult[], card: Scorecard, minLevel: string | undefined): LevelsInfo | undefined {
  if (config.levels.length === 0) return undefined;
  const wanted = minLevel ?? config.minLevel;
  return computeLevels(checks, config.levels, card.improvements, config.categories.map((c) => c.id), wanted);
}

function selectChecks(config: Config, only: string[] | undefined, info: ConfigInfo): CheckConfig[] {
  if (!only || only.length === 0) return config.checks;
  const known = new Set(config.checks.map((c) => c.id));
  const unknown = only.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ConfigError(info.path, [
      `checks: unknown check id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; expected ids from ${info.path ?? 'the config'}: ${[...known].join(', ')}`,
    ]);
  }
  const wanted = new Set(only);
  return config.checks.filter((c) => wanted.has(c.id));
}

function skippedResult(check: CheckConfig, reason: string): CheckResult {
  return identity(check, {
    status: 'skipped',
    summary: `skipped: ${reason}`,
    metrics: {},
    findings: [],
    evidence: { workingDirectory: check.workingDirectory, durationMs: 0, sources: [], ...(check.run ? { command: check.run } : {}) },
  });
}

function withOrigin(result: CheckResult, origin: string | undefined): CheckResult {
  return origin ? { ...result, origin } : result;
}

function identity(check: CheckConfig, outcome: CheckOutcome): CheckResult {
  return {
    id: check.id,
    title: check.title,
    kind: check.kind,
    category: check.category,
    weight: check.weight,
    required: check.required,
    ...outcome,
  };
}

/** A failed or unmeasured command's evidence opens with the lines that say why (the raw output stays). */
function withWhy(outcome: CheckOutcome): CheckOutcome {
  if ((outcome.status !== 'fail' && outcome.status !== 'error') || !outcome.evidence.outputTail) return outcome;
  const why = whyLines(outcome.evidence.outputTail);
  return why.length > 0 ? { ...outcome, evidence: { ...outcome.evidence, why } } : outcome;
}

async function executeCheck(check: CheckConfig, kind: CheckKind | undefined, base: Omit<CheckContext, 'check' | 'cwd'>): Promise<CheckOutcome> {
  const started = performance.now();
  const evidenceBase = { workingDirectory: check.workingDirectory, sources: [], ...(check.run ? { command: check.run } : {}) };
  if (!kind) {
    return { status: 'error', score: 0, summary: `unknown check kind "${check.kind}"`, metrics: {}, findings: [], evidence: { ...evidenceBase, durationMs: 0 } };
  }
  // A tool that is not installed is not a failure of the project: the check says so and is not scored.
  const found = await Promise.all(check.requires.map((c) => findExecutable(c, base.env.PATH)));
  const missing = check.requires.filter((_c, i) => !found[i]);
  if (missing.length > 0) {
    return { status: 'skipped', summary: `not installed: ${missing.join(', ')}`, metrics: {}, findings: [], evidence: { ...evidenceBase, durationMs: 0 } };
  }
  try {
    const outcome = withWhy(agreeingStatus(await kind.execute({ ...base, check, cwd: path.resolve(base.workspace, check.workingDirectory) })));
    // A version-manager shim (pyenv, asdf) is on PATH but exits 127 when the tool is not installed.
    // So does a package manager whose script calls a program that is not installed.
    if (check.requires.length > 0 && outcome.status === 'error' && outcome.summary.startsWith('command not found')) {
      const program = /^command not found: (\S+) \(exit/.exec(outcome.summary)?.[1];
      return { ...outcome, status: 'skipped', score: undefined, summary: `not installed: ${program ?? outcome.summary}` };
    }
    return outcome;
  } catch (err) {
    // A built-in scan stopped at its time limit or by a cancellation, as a command would be.
    if (err instanceof ScanStopped) {
      return { status: 'error', score: 0, summary: err.message, metrics: {}, findings: [], evidence: { ...evidenceBase, durationMs: Math.round(performance.now() - started) } };
    }
    // A bug in a check kind must not end the run: the check says it could not measure.
    return {
      status: 'error',
      score: 0,
      summary: `internal error: ${(err as Error)?.message ?? String(err)}`,
      metrics: {},
      findings: [],
      evidence: { ...evidenceBase, durationMs: Math.round(performance.now() - started) },
    };
  }
}

/** Runs the whole scorecard. Never throws: configuration problems end in a report that says so. */
export async function runEngine(options: EngineOptions): Promise<Report> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const t0 = performance.now();
  const warnings: string[] = [];
  const elapsed = () => Math.round(performance.now() - t0);

  let plan: Plan;
  let checks: CheckConfig[];
  try {
    plan = await loadPlan(options);
    checks = selectChecks(plan.config, options.only, plan.info);
    if (options.minLevel !== undefined) checkMinLevel(options.minLevel, plan.config, plan.info);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    const info: ConfigInfo = { path: err.file, source: err.file ? 'file' : 'none', errors: err.problems };
    return configErrorReport(startedAt, options.threshold, info, warnings, elapsed());
  }
  const threshold = options.threshold ?? plan.config.threshold;

  for (const check of checks) {
    if (check.waive && isExpired(check.waive.until, startedAt)) {
      warnings.push(`${check.id}: the waiver expired on ${check.waive.until}; the check counts again (${check.waive.reason})`);
    }
  }

  const controller = new AbortController();
  const onAbort = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });

  const kinds = await loadCheckKinds(checks.map((c) => c.kind));
  // Built-in scans read the files in passes on worker threads (scan-session.ts).
  const planned: { check: CheckConfig; scanner?: Scanner }[] = [];
  for (const check of checks) {
    const scanner = kinds.get(check.kind)?.scanner?.(check);
    if (scanner || check.kind === 'git') planned.push({ check, ...(scanner ? { scanner } : {}) });
  }
  const mask = new SecretMask();
  for (const value of options.secrets ?? []) mask.add(value);
  const env = options.env ?? process.env;
  const scan = new ScanSession(options.workspace, planned, plan.config.maxFileBytes, controller.signal);
  // Their code is loaded before the first check starts: a check may rewrite dist/ meanwhile.
  // When every check is a scan, nothing can change the files first: list them while workers start.
  if (planned.length > 0) await scan.start(planned.length === checks.length);
  const wantsNewCode = options.newCode !== undefined && judgesChange(options.newCode.mode, options.newCode.eventName);
  // Run before the first check (a check may rewrite dist/), and only when asked for. In the
  // engine's own chunk of dist/ ("eager"): the action and the CLI share it that way, where a chunk of
  // its own would copy the modules it shares with each of them.
  const view = wantsNewCode ? await import(/* webpackMode: "eager" */ './new-code/view.js') : undefined;
  const lineCoverage = wantsNewCode ? new Map<string, LineSource>() : undefined;
  const root = options.tempRoot ? { dir: options.tempRoot } : tempRoot(env);
  if (root.warning) warnings.push(root.warning);
  const tempDir = mkdtempSync(path.join(root.dir, 'readiness-'));
  if (options.keepTemp) warnings.push(`the run's temporary folder is kept: ${tempDir}`);
  // Each ended check's output, for the checks that read what an earlier one printed.
  const outputs = new Map<string, string>();
  try {
    const base = {
      workspace: options.workspace,
      env: { ...checkEnvironment(env), ...toolOutputEnvironment(env, tempDir), [TEMP_VARIABLE]: tempDir },
      tempDir,
      signal: controller.signal,
      killGraceMs: options.killGraceMs ?? DEFAULT_KILL_GRACE_MS,
      maxReportBytes: plan.config.maxReportBytes,
      maxFileBytes: plan.config.maxFileBytes,
      scan,
      ...(lineCoverage ? { lineCoverage } : {}),
      ...(options.baselineHistory ? { baselineHistory: options.baselineHistory } : {}),
      outputOf: (id: string) => outputs.get(id),
      onSecret: (value: string) => {
        mask.add(value);
        options.onSecret?.(value);
      },
    };

    const results = await schedule(checks, {
      concurrency: options.concurrency ?? plan.config.concurrency ?? defaultConcurrency(),
      signal: controller.signal,
      execute: async (check) => {
        options.onCheckStart?.(check);
        const measured = applyWaiver(identity(check, await executeCheck(check, kinds.get(check.kind), base)), check.waive, startedAt);
        const result = mask.check(applyEnforcement(measured, check.enforceAfter, startedAt));
        if (result.evidence?.outputTail !== undefined) outputs.set(check.id, result.evidence.outputTail);
        options.onCheckEnd?.(result);
        return result;
      },
      satisfies: (r) => {
        const measured = r.waiver?.measuredStatus ?? r.status;
        return measured === 'pass' || measured === 'warn';
      },
      describe: (r) => {
        const measured = r.waiver?.measuredStatus ?? r.status;
        return measured === 'skipped' ? 'was skipped' : measured === 'error' ? 'could not be measured' : 'failed';
      },
      skip: (check, reason) => {
        const result = skippedResult(check, reason);
        options.onCheckEnd?.(result);
        return result;
      },
    });
    scan.close();

    // Checks that ended before the secrets scan found a value are masked again here.
    let checkResults = checks.map((c) => withOrigin(mask.check(results.get(c.id)!), plan.origins?.[c.id]));
    // A quarantine entry that matches nothing is a typo or a stale entry: said, not an error.
    for (const r of checkResults) for (const e of r.tests?.unmatchedQuarantine ?? []) warnings.push(`${r.id}: tests.quarantine entry ${e} matched no test`);
    let newCode: NewCodeInfo | undefined;
    const newCodeFailures: string[] = [];
    if (view && !controller.signal.aborted) {
      // After the checks, so fetching history cannot change what a check (the git scan) measured.
      const given = { ...plan.config.newCode, ...options.newCode!.gate };
      // Zero config, with no gate asked for: the default new-code gate (no new error-level finding,
      // patch coverage at least the coverage checks' own target when measured).
      const asked = given.coverage !== undefined || given.maxFindings !== undefined;
      const gate = plan.info.source === 'detected' && !asked ? { ...given, ...defaultNewCodeGate(view.coverageTargets(checks, lineCoverage!)) } : given;
      const request = { ...options.newCode!, gate, ...(options.newCode!.maxDepth === undefined && plan.config.newCode?.maxFetchDepth ? { maxDepth: plan.config.newCode.maxFetchDepth } : {}) };
      const discovery = await view.discoverChange(options.workspace, request, controller.signal).catch((err: unknown) => {
        // A bug in the new-code view must not end the run: it says it could not be made.
        const reason = `internal error: ${(err as Error)?.message ?? String(err)}`;
        warnings.push(`new code: ${reason}`);
        return { found: { base: '', head: '', mergeBase: null, source: 'none' as const, reason, attempts: [] }, changes: null, how: [], problem: reason };
      });
      // Cancelled while fetching or diffing: what git left is not a view of the change.
      if (discovery && !controller.signal.aborted) {
        const configs = new Map(checks.map((c) => [c.id, c]));
        const built = view.buildNewCode(discovery, checkResults, configs, lineCoverage!, plan.config.categories, threshold, gate, options.workspace);
        checkResults = built.checks;
        // git's and the API's messages could echo a remote URL with credentials in it.
        const info = built.info;
        newCode = {
          ...info,
          how: info.how.map((h) => mask.apply(h)),
          ...(info.reason ? { reason: mask.apply(info.reason) } : {}),
          conditions: info.conditions.map((c) => (c.reason ? { ...c, reason: mask.apply(c.reason) } : c)),
        };
        newCodeFailures.push(...built.failures.map((f) => mask.apply(f)));
      }
    }
    options.signal?.removeEventListener('abort', onAbort);
    // A signal during the checks or the new-code git fetch and diff both cancel the run.
    const cancelled = controller.signal.aborted;
    const reasons = [...(cancelled ? ['the run was cancelled'] : []), ...newCodeFailures];
    const card = computeScorecard(checkResults, plan.config.categories, threshold, plan.config.unmeasured);
    const levels = rubric(plan.config, checkResults, card, options.minLevel);
    const levelReason = levels && minLevelReason(levels);
    if (levelReason) reasons.push(levelReason);
    const report = assembleReport(card, {
      threshold,
      unmeasured: plan.config.unmeasured,
      checks: checkResults,
      config: plan.info,
      warnings,
      cancelled,
      reasons,
      startedAt,
      durationMs: elapsed(),
      ...(levels ? { levels } : {}),
    });
    // Titles, warnings and the gate's reason too: no string leaves with a secret in it.
    return mask.report(newCode ? { ...report, newCode } : report);
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    // Nothing left behind: the reports and tools' files of this run go with it, unless asked to keep them.
    if (!options.keepTemp) rmSync(tempDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

export interface ReportFields {
  threshold: number;
  checks: CheckResult[];
  config: ConfigInfo;
  warnings: string[];
  cancelled: boolean;
  /** How checks in `error` were scored (the config's `unmeasured`); left out, the report says nothing. */
  unmeasured?: 'zero' | 'unscored';
  /** Reasons the gate fails besides the scorecard's own (a cancelled run); they also fail it. */
  reasons: string[];
  startedAt: Date;
  durationMs: number;
  levels?: LevelsInfo;
}

/** The JSON report (REPORT_SCHEMA_VERSION) of a scored set of checks; the engine and merging share it. */
export function assembleReport(card: Scorecard, f: ReportFields): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: VERSION },
    score: card.score,
    grade: card.grade,
    threshold: f.threshold,
    passed: card.passed && f.reasons.length === 0,
    blockers: card.blockers,
    gateReason: [...f.reasons, card.gateReason].filter(Boolean).join('; '),
    categories: card.categories,
    omittedCategories: card.omittedCategories,
    improvements: card.improvements,
    checks: f.checks,
    config: f.config,
    warnings: f.warnings,
    cancelled: f.cancelled,
    ...(f.unmeasured ? { unmeasured: f.unmeasured } : {}),
    ...(f.levels ? { levels: f.levels } : {}),
    startedAt: f.startedAt.toISOString(),
    durationMs: f.durationMs,
  };
}
