// The new-code view of a run: which change to judge (the event's pull request or merge group, or a
// ref), its merge-base and changed lines, then new findings, patch coverage, the new-code score and
// the gate's conditions. The engine calls `discoverChange` after the checks and `buildNewCode` on
// their results.
import type { CategoryDef, CheckConfig } from '../config/types.js';
import { DEFAULT_COVERAGE_TARGET } from '../checks/coverage.js';
import { DEFAULT_SARIF_LIMITS } from '../checks/sarif.js';
import { limitsFrom, type LevelLimits } from '../scoring/curves.js';
import { conditionFailures, evaluateConditions, newCodeScore, scoreMeasure, type NewCodeGate, type NewCodeMeasure } from '../scoring/new-code.js';
import type { CheckResult, Finding, NewCodeCheck, NewCodeInfo } from '../types.js';
import { changedLines } from './changes.js';
import { markFindings, patchCoverage, type LineSource } from './classify.js';
import { lineRanges, type ChangeSet } from './diff.js';
import { EventError, readChangeEvent } from './event.js';
import { judgesChange } from './mode.js';
import { findMergeBase, type MergeBaseOptions, type MergeBaseResult } from './merge-base.js';
import { git, gitProblem, refProblem } from './git.js';

export interface NewCodeRequest {
  /** `auto` (pull requests and merge groups), `off`, or a ref to compare with. */
  mode: string;
  eventName?: string;
  eventPath?: string;
  gate: NewCodeGate;
  /** The compare API, used when git cannot find the merge-base. */
  api?: MergeBaseOptions['api'];
  maxDepth?: number;
  depthSteps?: number[];
  remote?: string;
  /** The most bytes of `git diff` read (default 256 MiB); a bigger diff is cut and the view is partial. */
  maxDiffBytes?: number;
}

export interface Discovery {
  found: MergeBaseResult;
  changes: ChangeSet | null;
  how: string[];
  /** Why there are no changed lines. */
  problem?: string;
}

const SHA = /^[0-9a-f]{40,64}$/;

/** Where a fetched ref is kept: a namespace of our own, never a branch or tag of the repository. */
export const FETCHED_REF = 'refs/readiness/new-code';

async function resolveRef(workspace: string, ref: string, remote: string, signal?: AbortSignal): Promise<string | { problem: string }> {
  const refused = refProblem(ref);
  if (refused) return { problem: refused };
  const o = signal ? { signal } : {};
  const local = await git(workspace, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], o);
  if (local.code === 0 && SHA.test(local.stdout.trim())) return local.stdout.trim();
  // Not here (a shallow checkout has no other branches): ask the remote for it.
  // Into our own namespace only (the + is ours: that ref may hold an earlier run's fetch).
  const fetched = await git(workspace, ['fetch', '--no-tags', '--quiet', '--depth=1', remote, `+${ref}:${FETCHED_REF}`], { ...o, timeoutMs: 120_000 });
  if (fetched.code !== 0) return { problem: `the ref ${JSON.stringify(ref)} is not in the repository and could not be fetched (${gitProblem(fetched)})` };
  const head = await git(workspace, ['rev-parse', '--verify', '--quiet', `${FETCHED_REF}^{commit}`], o);
  return head.code === 0 && SHA.test(head.stdout.trim()) ? head.stdout.trim() : { problem: `the ref ${JSON.stringify(ref)} could not be resolved` };
}

function unavailable(base: string, head: string, reason: string): Discovery {
  return { found: { base, head, mergeBase: null, source: 'none', reason, attempts: [] }, changes: null, how: [], problem: reason };
}

/**
 * The change to judge and its changed lines, or null when the run has none (`off`, or `auto` on
 * an event that is not a pull request or merge group). Never throws.
 */
export async function discoverChange(workspace: string, request: NewCodeRequest, signal?: AbortSignal): Promise<Discovery | null> {
  const mode = request.mode.trim();
  if (!judgesChange(mode, request.eventName)) return null;
  const remote = request.remote ?? 'origin';
  let base: string;
  let head: string;
  if (mode === 'auto') {
    try {
      const event = readChangeEvent(request.eventName!, request.eventPath);
      if (!event) return null;
      base = event.base;
      head = event.head;
    } catch (err) {
      if (err instanceof EventError) return unavailable('', '', err.message);
      throw err;
    }
  } else {
    const o = signal ? { signal } : {};
    const resolved = await resolveRef(workspace, mode, remote, signal);
    const current = await git(workspace, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], o);
    if (typeof resolved !== 'string') return unavailable('', current.stdout.trim(), resolved.problem);
    if (current.code !== 0) return unavailable(resolved, '', `HEAD could not be resolved in ${workspace} (${gitProblem(current)})`);
    base = resolved;
    head = current.stdout.trim();
  }
  const found = await findMergeBase(
    workspace,
    { base, head },
    {
      remote,
      ...(request.api ? { api: request.api } : {}),
      ...(request.maxDepth !== undefined ? { maxDepth: request.maxDepth } : {}),
      ...(request.depthSteps ? { depthSteps: request.depthSteps } : {}),
      ...(signal ? { signal } : {}),
    },
  );
  if (!found.mergeBase) return { found, changes: null, how: found.attempts, problem: found.reason ?? 'no merge-base' };
  const diff = await changedLines(workspace, found, { remote, ...(signal ? { signal } : {}), ...(request.maxDiffBytes !== undefined ? { maxDiffBytes: request.maxDiffBytes } : {}) });
  return { found, changes: diff.changes, how: [...found.attempts, ...(diff.note ? [diff.note] : [])], ...(diff.problem ? { problem: diff.problem } : {}) };
}

const SARIF_LEVELS = ['error', 'warning', 'note'] as const;

function countBy(findings: readonly Finding[], key: (f: Finding) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[key(f)] = (out[key(f)] ?? 0) + 1;
  return out;
}

/** The check's own curve on its new-code view, when its kind has one. */
function measureOf(check: CheckResult, config: CheckConfig | undefined, fresh: readonly Finding[], patch: { pct: number | null } | undefined): NewCodeMeasure | undefined {
  const raw = config?.raw;
  switch (check.kind) {
    case 'coverage': {
      if (!patch) return undefined;
      return { kind: 'coverage', pct: patch.pct, min: raw?.coverage?.min ?? 0, target: raw?.coverage?.target ?? DEFAULT_COVERAGE_TARGET };
    }
    case 'sarif':
      return { kind: 'levels', counts: countBy(fresh, (f) => f.severity), limits: limitsFrom((raw?.sarif ?? {}) as LevelLimits, DEFAULT_SARIF_LIMITS), order: SARIF_LEVELS };
    case 'patterns': {
      const patterns = raw?.patterns ?? [];
      const max = Object.fromEntries(patterns.filter((p) => p.max !== undefined).map((p) => [p.id, p.max!]));
      const target = Object.fromEntries(patterns.filter((p) => p.target !== undefined).map((p) => [p.id, p.target!]));
      return { kind: 'levels', counts: countBy(fresh, (f) => f.rule), limits: { max, target }, order: patterns.map((p) => p.id) };
    }
    case 'secrets':
    case 'conflict-markers':
      return { kind: 'none-allowed', count: fresh.length };
    default:
      return undefined;
  }
}

/** How many findings the check counted, when it kept fewer than it counted. */
function countedFindings(check: CheckResult): number | undefined {
  const m = check.metrics;
  const n = (k: string) => (typeof m[k] === 'number' ? (m[k] as number) : undefined);
  if (check.kind === 'patterns') return n('matches');
  // One finding per conflict block (of up to four marker lines), and every block is kept: counting
  // marker lines here called every conflict "at least" (issue 24).
  if (check.kind === 'conflict-markers') return undefined;
  if (check.kind === 'secrets') return n('findings');
  return n('findingsTotal');
}

export interface NewCodeBuild {
  info: NewCodeInfo;
  /** The checks with `new` set on their findings. */
  checks: CheckResult[];
  /** Reasons the gate fails (failed conditions). */
  failures: string[];
}

/** The targets of the coverage checks that left per-line data (zero config's default gate uses them). */
export function coverageTargets(checks: readonly CheckConfig[], lines: ReadonlyMap<string, LineSource>): number[] {
  return checks.filter((c) => c.kind === 'coverage' && lines.has(c.id)).map((c) => (c.raw.coverage as { target?: number } | undefined)?.target ?? DEFAULT_COVERAGE_TARGET);
}

export function buildNewCode(
  discovery: Discovery,
  checks: readonly CheckResult[],
  configs: ReadonlyMap<string, CheckConfig>,
  lineSources: ReadonlyMap<string, LineSource>,
  categories: CategoryDef[],
  threshold: number,
  gate: NewCodeGate,
  workspace: string,
): NewCodeBuild {
  const { found, changes } = discovery;
  const base = {
    base: found.base || null,
    head: found.head || null,
    mergeBase: found.mergeBase,
    source: found.source,
    how: discovery.how,
  };
  if (!changes) {
    const reason = discovery.problem ?? found.reason ?? 'no changed lines could be had';
    const conditions = evaluateConditions(gate, { available: false, reason, newFindings: 0, coverage: null });
    const info: NewCodeInfo = {
      ...base,
      source: 'none',
      reason,
      changedFiles: 0,
      changedLines: 0,
      findings: { total: 0, byCheck: {}, partial: false },
      coverage: null,
      score: null,
      passed: conditions.every((c) => c.passed),
      conditions,
      checks: [],
    };
    return { info, checks: [...checks], failures: conditionFailures(conditions) };
  }

  const out: CheckResult[] = [];
  const views: NewCodeCheck[] = [];
  const scored: { check: CheckResult; scored: NonNullable<ReturnType<typeof scoreMeasure>> }[] = [];
  const byCheck: Record<string, number> = {};
  let total = 0;
  let errors = 0;
  let partial = false;
  const allSources: LineSource[] = [];
  for (const check of checks) {
    const marked = markFindings(check.findings, changes);
    out.push({ ...check, findings: marked.findings });
    if (check.status === 'waived' || check.status === 'skipped' || check.status === 'error') continue;
    const fresh = marked.findings.filter((f) => f.new);
    const source = lineSources.get(check.id);
    const patch = source ? patchCoverage([source], changes, workspace) : undefined;
    if (source) allSources.push(source);
    const measure = measureOf(check, configs.get(check.id), fresh, patch);
    const counted = countedFindings(check);
    const isPartial = counted !== undefined && counted > check.findings.length;
    if (check.findings.length === 0 && !measure) continue;
    byCheck[check.id] = fresh.length;
    total += fresh.length;
    errors += fresh.filter((f) => f.severity === 'error').length;
    partial ||= isPartial;
    const s = measure ? scoreMeasure(measure) : null;
    if (s) scored.push({ check, scored: s });
    views.push({
      id: check.id,
      title: check.title,
      newFindings: fresh.length,
      ...(isPartial ? { partial: true } : {}),
      ...(patch ? { coverage: { covered: patch.covered, total: patch.total, pct: patch.pct } } : {}),
      ...(s ? { score: s.score, status: s.status } : {}),
    });
  }
  const patch = allSources.length > 0 ? patchCoverage(allSources, changes, workspace) : undefined;
  const coverage = patch
    ? {
        covered: patch.covered,
        total: patch.total,
        pct: patch.pct,
        uncovered: patch.uncovered.map((u) => ({ file: u.file, lines: lineRanges(u.lines) })),
        unreported: patch.unreported.length,
      }
    : null;
  // A cut diff saw only part of the change: what it counts is a lower bound at best, so no
  // condition can be judged on it (a gate never passes on part of a change).
  const cut = changes.cutAt !== undefined;
  if (cut) partial = true;
  const conditions = evaluateConditions(
    gate,
    cut
      ? { available: false, reason: discovery.problem ?? 'the diff was cut', newFindings: total, newErrors: errors, coverage: null }
      : { available: true, newFindings: total, newErrors: errors, coverage: coverage ? { pct: coverage.pct, total: coverage.total } : null },
  );
  const info: NewCodeInfo = {
    ...base,
    ...(discovery.problem ? { reason: discovery.problem } : {}),
    changedFiles: changes.files.size,
    changedLines: changes.changedLines,
    findings: { total, byCheck, partial },
    coverage,
    score: newCodeScore(scored, categories, threshold),
    passed: conditions.every((c) => c.passed),
    conditions,
    checks: views,
  };
  return { info, checks: out, failures: conditionFailures(conditions) };
}
