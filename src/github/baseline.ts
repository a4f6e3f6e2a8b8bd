// Baseline and trend: the last report of the default branch, kept in the Actions cache. Pure
// comparison here; the cache itself is behind a thin adapter (cache-adapter.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BaselineInfo, CheckStatus, Report } from '../types.js';
import type { RunContext } from './context.js';

export const HISTORY_LENGTH = 20;
const FILE = 'readiness-baseline.json';

export interface BaselineFile {
  schemaVersion: 1;
  score: number | null;
  grade: string | null;
  sha: string;
  runId: string;
  date: string;
  checks: { id: string; title: string; status: CheckStatus; score?: number }[];
  /** Recent scores of the branch, oldest first, this run's last. */
  history: { score: number | null; sha: string; date: string }[];
}

export interface CacheAdapter {
  available(): boolean;
  /** Restores the newest entry whose key starts with `prefix` into `dir`; its key, or undefined. */
  restore(dir: string, prefix: string): Promise<string | undefined>;
  save(dir: string, key: string): Promise<void>;
}

/** Cache keys are immutable, so every run saves under its own key and restores by prefix. */
export function keyPrefix(ctx: RunContext, branch: string): string {
  const part = (s: string) => s.replace(/[^A-Za-z0-9._/-]+/g, '_');
  return `readiness-${part(ctx.workflow)}-${part(ctx.job)}-${part(branch)}-`;
}

export function saveKey(ctx: RunContext, branch: string): string {
  return `${keyPrefix(ctx, branch)}${ctx.runId}-${ctx.runAttempt}`;
}

export function toBaselineFile(report: Report, ctx: RunContext, previous: BaselineFile | undefined, now: Date): BaselineFile {
  const date = now.toISOString();
  const history = [...(previous?.history ?? []), { score: report.score, sha: ctx.sha, date }].slice(-HISTORY_LENGTH);
  return {
    schemaVersion: 1,
    score: report.score,
    grade: report.grade,
    sha: ctx.sha,
    runId: ctx.runId,
    date,
    checks: report.checks.map((c) => ({ id: c.id, title: c.title, status: c.status, ...(c.score !== undefined ? { score: c.score } : {}) })),
    history,
  };
}

const SEVERITY: Record<CheckStatus, number> = { error: 4, fail: 3, warn: 2, skipped: 1, waived: 1, pass: 0 };

/** What changed against the baseline: score delta, checks whose status changed (new failures first), trend. */
export function compare(report: Report, base: BaselineFile, branch: string): BaselineInfo {
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
  return {
    status: 'compared',
    branch,
    previous: { score: base.score, grade: base.grade, sha: base.sha, date: base.date, runId: base.runId },
    delta,
    changes,
    trend: [...base.history.map((h) => h.score), report.score],
  };
}

export function readBaselineFile(dir: string): BaselineFile | undefined {
  try {
    const v = JSON.parse(readFileSync(path.join(dir, FILE), 'utf8')) as BaselineFile;
    return v && v.schemaVersion === 1 && Array.isArray(v.checks) ? v : undefined;
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
}

/**
 * Restores the newest baseline of the branch to compare with (the base branch on a pull request),
 * and on a push to the default branch saves this run's. Nothing here can fail the step: cache
 * problems come back as warnings and an `unavailable`/`error` status.
 */
export async function runBaseline(report: Report, ctx: RunContext, cache: CacheAdapter, dir: string, now: Date): Promise<BaselineOutcome> {
  const warnings: string[] = [];
  if (!cache.available()) {
    return { info: { status: 'unavailable', reason: 'the Actions cache service is not available here (not on GitHub, or no cache service), so there is no baseline' }, warnings };
  }
  const compareBranch = ctx.baseBranch ?? ctx.defaultBranch ?? ctx.branch;
  let previous: BaselineFile | undefined;
  let info: BaselineInfo;
  try {
    // The same folder for restore and save: a cache entry is tied to the paths it was saved from.
    const restored = await cache.restore(dir, keyPrefix(ctx, compareBranch));
    previous = restored ? readBaselineFile(dir) : undefined;
    info = previous ? compare(report, previous, compareBranch) : { status: 'none', reason: `no baseline saved yet for branch ${compareBranch}`, branch: compareBranch };
  } catch (err) {
    warnings.push(`baseline: could not restore from the cache: ${(err as Error).message}`);
    info = { status: 'error', reason: `could not restore the baseline: ${(err as Error).message}`, branch: compareBranch };
  }
  const onDefault = ctx.eventName === 'push' && ctx.defaultBranch !== undefined && ctx.branch === ctx.defaultBranch;
  if (onDefault) {
    try {
      writeBaselineFile(dir, toBaselineFile(report, ctx, previous, now));
      await cache.save(dir, saveKey(ctx, ctx.branch));
      info = { ...info, saved: saveKey(ctx, ctx.branch) };
    } catch (err) {
      warnings.push(`baseline: could not save to the cache: ${(err as Error).message}`);
    }
  }
  return { info, warnings };
}
