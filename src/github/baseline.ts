// Baseline and trend: the report saved for a commit of the default branch, kept in the Actions
// cache under a key that names the commit. On a pull request the baseline is the merge-base's
// report, else the newest report of a first-parent ancestor of it (never another branch's).
// Pure comparison here; the cache itself is behind a thin adapter (cache-adapter.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BaselineInfo, CheckStatus, HistoryEntry, Report, TestRecord } from '../types.js';
import { testRegressions } from '../scoring/test-regressions.js';
import type { RunContext } from './context.js';
import { readBoundedJson } from '../run/bounded-file.js';
import { median } from '../scoring/benchmark-stats.js';
import { SLUG } from '../config/schema.js';

/** Scores kept with the baseline, oldest first, this run's last. */
export const HISTORY_LENGTH = 30;
/** How far back along the base branch's first-parent history a baseline is looked for. */
export const ANCESTOR_CAP = 100;
const FILE = 'readiness-baseline.json';
/**
 * More checks than any real suite has: a baseline beyond it is refused before it is validated, so a
 * hostile file of a million checks costs neither the memory of checking each nor a report of a
 * million changes.
 */
export const MAX_BASELINE_CHECKS = 10_000;

export interface BaselineFile {
  schemaVersion: 1;
  score: number | null;
  grade: string | null;
  threshold?: number;
  sha: string;
  runId: string;
  date: string;
  /** A tests check also carries its tests by id (absent in baselines saved before they were kept). */
  checks: { id: string; title: string; status: CheckStatus; score?: number; tests?: TestRecord }[];
  /** Recent scores of the branch, oldest first, this run's last. */
  history: HistoryEntry[];
}

export interface CacheAdapter {
  available(): boolean;
  /**
   * Restores into `dir` the newest entry whose key starts with the first prefix that has one,
   * trying the prefixes in order; the key restored, or undefined.
   */
  restore(dir: string, prefixes: string[]): Promise<string | undefined>;
  /**
   * Saves `dir` under `key`; whether the cache took it. False when the service took nothing without
   * failing: another job of the run holds or is writing that key.
   */
  save(dir: string, key: string): Promise<boolean>;
}

/** Where to look: commits nearest first, and what the gap is measured from. */
export interface BaselineTarget {
  /** Commits whose report may serve, nearest first: the merge-base (or the parent), then its first-parent ancestors. */
  candidates: string[];
  /** The commit the gap is counted from (the merge-base on a pull request). */
  from?: string;
  /** The branch the candidates lie on, for display. */
  branch: string;
  /** Why the candidates are what they are, when something was missing (shallow clone). */
  note?: string;
}

const part = (s: string) => s.replace(/[^A-Za-z0-9._/-]+/g, '_');

/** Cache keys are immutable, so every run saves under its own key; lookups are by commit prefix. */
export function commitPrefix(ctx: Pick<RunContext, 'workflow' | 'job'>, sha: string): string {
  return `readiness-${part(ctx.workflow)}-${part(ctx.job)}-${part(sha)}-`;
}

export function saveKey(ctx: RunContext): string {
  return `${commitPrefix(ctx, ctx.sha)}${ctx.runId}-${ctx.runAttempt}`;
}

/** Numbers of metric checks (benchmarks), which keep their own history. */
export function metricValues(report: Pick<Report, 'checks'>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of report.checks) {
    const v = c.metrics?.value;
    if (c.kind === 'metric' && typeof v === 'number' && Number.isFinite(v) && c.status !== 'error' && c.status !== 'skipped') out[c.id] = v;
  }
  return out;
}

/** Samples kept per benchmark and run in the history (the newest), so the cache entry stays small. */
export const MAX_HISTORY_SAMPLES = 100;

/**
 * Samples of benchmark checks (check id → benchmark → samples), from `metrics.benchmarks` as the
 * benchmark check writes it; a confirming rerun's samples are not kept (they judged one run).
 */
export function benchmarkSamples(report: Pick<Report, 'checks'>): Record<string, Record<string, number[]>> {
  const out: Record<string, Record<string, number[]>> = {};
  for (const c of report.checks) {
    const list = c.metrics?.benchmarks;
    if (c.kind !== 'benchmark' || !Array.isArray(list) || c.status === 'error' || c.status === 'skipped') continue;
    const per: Record<string, number[]> = {};
    for (const b of list as unknown[]) {
      if (!b || typeof b !== 'object') continue;
      const { key, samples } = b as { key?: unknown; samples?: unknown };
      if (typeof key !== 'string' || !Array.isArray(samples)) continue;
      const numbers = samples.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
      if (numbers.length) per[key] = numbers.slice(-MAX_HISTORY_SAMPLES);
    }
    if (Object.keys(per).length) out[c.id] = per;
  }
  return out;
}

export function historyEntry(report: Pick<Report, 'score' | 'threshold' | 'checks'>, sha: string, date: string): HistoryEntry {
  const metrics = metricValues(report);
  const benchmarks = benchmarkSamples(report);
  return {
    score: report.score,
    sha,
    date,
    ...(report.threshold !== undefined ? { threshold: report.threshold } : {}),
    ...(Object.keys(metrics).length ? { metrics } : {}),
    ...(Object.keys(benchmarks).length ? { benchmarks } : {}),
  };
}

/** A benchmark's baseline: the pooled samples, how many runs they are from, and each run's median (oldest first). */
export interface BenchmarkBaseline {
  samples: number[];
  runs: number;
  history: { sha: string; median: number }[];
}

/**
 * A benchmark check's baseline distribution: the samples of the last `window` runs of the history
 * that measured it (the baseline's own run is the history's last), per benchmark, with how many
 * runs they pool and each run's median for the chart.
 */
export function benchmarkBaseline(file: Pick<BaselineFile, 'history'>, checkId: string, window: number): Map<string, BenchmarkBaseline> {
  const out = new Map<string, BenchmarkBaseline>();
  const runs = file.history.filter((h) => h.benchmarks?.[checkId]).slice(-window);
  for (const h of runs) {
    for (const [key, samples] of Object.entries(h.benchmarks![checkId]!)) {
      const cur = out.get(key) ?? { samples: [], runs: 0, history: [] };
      cur.samples.push(...samples);
      cur.runs++;
      if (samples.length) cur.history.push({ sha: h.sha, median: median(samples) });
      out.set(key, cur);
    }
  }
  return out;
}

export function toBaselineFile(report: Report, ctx: Pick<RunContext, 'sha' | 'runId'>, previous: BaselineFile | undefined, now: Date): BaselineFile {
  const date = now.toISOString();
  const history = [...(previous?.history ?? []), historyEntry(report, ctx.sha, date)].slice(-HISTORY_LENGTH);
  return {
    schemaVersion: 1,
    score: report.score,
    grade: report.grade,
    threshold: report.threshold,
    sha: ctx.sha,
    runId: ctx.runId,
    date,
    checks: report.checks.map((c) => ({ id: c.id, title: c.title, status: c.status, ...(c.score !== undefined ? { score: c.score } : {}), ...(c.tests ? { tests: c.tests } : {}) })),
    history,
  };
}

const SEVERITY: Record<CheckStatus, number> = { error: 4, fail: 3, warn: 2, skipped: 1, waived: 1, pass: 0 };

export interface CompareWhere {
  /** The branch (or file) the baseline is from. */
  branch: string;
  source?: 'cache' | 'file';
  /** This run's commit and time, for the history. */
  sha?: string;
  date?: string;
  /** The commit the gap is counted from, and how many first-parent commits the baseline is behind it. */
  from?: string;
  behind?: number;
}

/** What changed against the baseline: score delta, checks whose status changed (new failures first), trend. */
export function compare(report: Report, base: BaselineFile, where: CompareWhere | string): BaselineInfo {
  const w: CompareWhere = typeof where === 'string' ? { branch: where } : where;
  const before = new Map(base.checks.map((c) => [c.id, c]));
  const changes: NonNullable<BaselineInfo['changes']> = [];
  for (const c of report.checks) {
    const b = before.get(c.id);
    if (!b) changes.push({ id: c.id, title: c.title, before: null, after: c.status });
    else if (b.status !== c.status) changes.push({ id: c.id, title: c.title, before: b.status, after: c.status });
  }
  for (const b of base.checks) if (!report.checks.some((c) => c.id === b.id)) changes.push({ id: b.id, title: b.title, before: b.status, after: null });
  // New failures first: the biggest step toward a worse status, then the rest.
  const worsening = (x: (typeof changes)[number]) => (x.after ? SEVERITY[x.after] : 0) - (x.before ? SEVERITY[x.before] : 0);
  changes.sort((a, b) => worsening(b) - worsening(a) || a.id.localeCompare(b.id));
  const delta = report.score !== null && base.score !== null ? Math.round((report.score - base.score) * 10) / 10 : null;
  const history = [...base.history, historyEntry(report, w.sha ?? '', w.date ?? report.startedAt ?? '')].slice(-HISTORY_LENGTH);
  const tests = testRegressions(report.checks, base.checks);
  return {
    status: 'compared',
    branch: w.branch,
    ...(w.source ? { source: w.source } : {}),
    previous: { score: base.score, grade: base.grade, sha: base.sha, date: base.date, runId: base.runId },
    ...(w.from ? { mergeBase: w.from } : {}),
    ...(w.behind !== undefined ? { behind: w.behind } : {}),
    delta,
    changes,
    trend: history.map((h) => h.score),
    history,
    ...(tests.length > 0 ? { tests } : {}),
  };
}

export function readBaselineFile(dir: string): BaselineFile | undefined {
  try {
    // Restored from the cache: bounded and not through a symlink, like every file from outside.
    const v = readBoundedJson(path.join(dir, FILE)) as BaselineFile;
    // Ids go into this run's report, whose schema holds them to the slug rule; a cache entry is
    // written by an earlier run, but whatever wrote it is not trusted to have kept that rule.
    const valid = v && v.schemaVersion === 1 && Array.isArray(v.checks) && Array.isArray(v.history) && v.checks.length <= MAX_BASELINE_CHECKS && v.checks.every((c) => typeof c?.id === 'string' && SLUG.test(c.id));
    return valid ? v : undefined;
  } catch {
    return undefined;
  }
}

export function writeBaselineFile(dir: string, file: BaselineFile): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, FILE), `${JSON.stringify(file)}\n`);
}

export interface BaselineOutcome {
  info: BaselineInfo;
  warnings: string[];
  /** Why nothing was saved when saving was tried and the cache took nothing (not a failure). */
  notSaved?: string;
}

/** The commit a restored key was saved for: the candidate whose prefix it starts with. */
function matchedCommit(ctx: RunContext, key: string, candidates: readonly string[]): { sha: string; index: number } | undefined {
  const index = candidates.findIndex((sha) => key.startsWith(commitPrefix(ctx, sha)));
  return index >= 0 ? { sha: candidates[index]!, index } : undefined;
}

export interface RunBaselineOptions {
  /** A baseline already read (from `baseline-path`); the cache is then only saved to. */
  fromFile?: { file: BaselineFile; label: string };
  /** The run's cancellation: the cache restore is abandoned and nothing is saved. */
  signal?: AbortSignal;
}

export const CANCELLED_RESTORE = 'the run was cancelled while the baseline was being restored from the cache';

/** The restore, or undefined-with-cancelled once the signal fires (a cache call cannot be stopped, only left). */
function abandonable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<{ value: T } | 'cancelled'> {
  if (!signal) return work.then((value) => ({ value }));
  if (signal.aborted) return Promise.resolve('cancelled');
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve('cancelled');
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve({ value });
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

/** What a lookup found: the baseline (and where it sits), or why there is none. */
export interface BaselineLookup {
  /** The commits looked at; a later lookup for another merge-base does not reuse this one. */
  target: BaselineTarget;
  /** The baseline found, and its branch, source and gap for the comparison. */
  previous?: BaselineFile;
  where?: CompareWhere;
  /** Why there is none (none, unavailable, error); `history` is added once the run's report exists. */
  missing?: BaselineInfo;
  warnings: string[];
}

/**
 * Finds the baseline to compare with: the file given, else the merge-base's report on a pull
 * request, else the nearest ancestor's along the first-parent history. Done before the checks
 * run, so benchmark checks compare with its samples. Never throws: cache problems come back as
 * warnings and an `unavailable`/`error` status.
 */
export async function lookupBaseline(ctx: RunContext, cache: CacheAdapter | undefined, dir: string, target: BaselineTarget, options: RunBaselineOptions = {}): Promise<BaselineLookup> {
  const warnings: string[] = [];
  if (options.fromFile) return { target, previous: options.fromFile.file, where: { branch: options.fromFile.label, source: 'file' }, warnings };
  if (!cache || !cache.available()) return { target, missing: { status: 'unavailable', reason: 'the Actions cache service is not available here (not on GitHub, or no cache service), so there is no baseline' }, warnings };
  if (target.candidates.length === 0) return { target, missing: { status: 'none', reason: target.note ?? 'no commit to look a baseline up for', branch: target.branch }, warnings };
  try {
    // The same folder for restore and save: a cache entry is tied to the paths it was saved from.
    const restored = await abandonable(cache.restore(dir, target.candidates.map((sha) => commitPrefix(ctx, sha))), options.signal);
    if (restored === 'cancelled') return { target, missing: { status: 'error', reason: CANCELLED_RESTORE, branch: target.branch }, warnings };
    const key = restored.value;
    const hit = key ? matchedCommit(ctx, key, target.candidates) : undefined;
    const previous = hit ? readBaselineFile(dir) : undefined;
    if (previous && hit) return { target, previous, where: { branch: target.branch, source: 'cache', ...(target.from ? { from: target.from, behind: hit.index } : {}) }, warnings };
    const where = target.from ? `the merge-base ${target.from.slice(0, 7)} or its last ${target.candidates.length - 1} first-parent ancestors` : `the last ${target.candidates.length} commits of ${target.branch}`;
    return { target, missing: { status: 'none', reason: `no report saved for ${where}${target.note ? ` (${target.note})` : ''}`, branch: target.branch }, warnings };
  } catch (err) {
    warnings.push(`baseline: could not restore from the cache: ${(err as Error).message}`);
    return { target, missing: { status: 'error', reason: `could not restore the baseline: ${(err as Error).message}`, branch: target.branch }, warnings };
  }
}

/**
 * Compares the run with its baseline (looked up now, or before the checks when `lookup` is given),
 * and on a push to the default branch saves this run's under its commit. Nothing here can fail
 * the step: cache problems come back as warnings and an `unavailable`/`error` status.
 */
export async function runBaseline(report: Report, ctx: RunContext, cache: CacheAdapter | undefined, dir: string, now: Date, target: BaselineTarget, options: RunBaselineOptions & { lookup?: BaselineLookup } = {}): Promise<BaselineOutcome> {
  const found = options.lookup ?? (await lookupBaseline(ctx, cache, dir, target, options));
  const warnings = [...found.warnings];
  const here = { sha: ctx.headSha ?? ctx.sha, date: now.toISOString() };
  const previous = found.previous;
  // Without a cache service, or when the restore was abandoned, nothing is saved either.
  if (!previous && (found.missing?.status === 'unavailable' || found.missing?.reason === CANCELLED_RESTORE)) return { info: found.missing, warnings };
  let info: BaselineInfo = previous
    ? compare(report, previous, { ...found.where!, ...here })
    : found.missing!.status === 'none'
      ? { ...found.missing!, history: [historyEntry(report, here.sha, here.date)] }
      : found.missing!;
  const onDefault = ctx.eventName === 'push' && ctx.defaultBranch !== undefined && ctx.branch === ctx.defaultBranch;
  if (onDefault && cache?.available() && !options.signal?.aborted) {
    try {
      writeBaselineFile(dir, toBaselineFile(report, ctx, previous, now));
      if (await cache.save(dir, saveKey(ctx))) info = { ...info, saved: saveKey(ctx) };
      else return { info, warnings, notSaved: `baseline not saved: the cache already holds ${saveKey(ctx)}, or another job is saving it` };
    } catch (err) {
      warnings.push(`baseline: could not save to the cache: ${(err as Error).message}`);
    }
  }
  return { info, warnings };
}
