// Every size and count limit GitHub puts on what the scorecard publishes, in one place, and the
// one way they are spent: by priority (new findings, then findings of checks that fail the gate,
// then by severity), counting what did not fit so the reader is pointed to the report.
import type { CheckResult, Finding, Report, Severity } from '../types.js';

/** GitHub's documented limits (docs.github.com: job summaries, issue comments, annotations, SARIF upload). */
export const GITHUB_LIMITS = {
  /** A step's job summary: 1 MiB; bigger ones are refused and the step shows an error. */
  summaryBytes: 1024 * 1024,
  /** An issue or pull-request comment body, in characters. */
  commentChars: 65_536,
  /** A check run's output summary and text, in characters each. */
  checkRunChars: 65_535,
  /** Annotations GitHub shows per step, for each of error, warning and notice. */
  annotationsPerLevel: 10,
  /** Annotations GitHub shows per job, all steps together. */
  annotationsPerJob: 50,
  /** Runs in one SARIF file code scanning accepts. */
  sarifRuns: 20,
  /** Results per run code scanning accepts (more are dropped by GitHub without a word). */
  sarifResultsPerRun: 25_000,
  /** A SARIF upload, gzip-compressed. */
  sarifGzipBytes: 10 * 1000 * 1000,
} as const;

/**
 * What the renderers spend: the limits less a margin for what they cannot see (other writes to the
 * same summary, the marker and notes added to a comment).
 */
export const BUDGET = {
  summaryBytes: 1_000_000,
  commentChars: 65_000,
  checkRunChars: 65_000,
} as const;

/** A finding may say whether the change under review introduced it (new-code analysis). */
export type RankedFinding = Finding & { new?: boolean };

export interface FindingRef {
  finding: RankedFinding;
  check: CheckResult;
  /** Position in the report, to keep the order stable among equals. */
  order: number;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** A check that fails the gate or cannot be measured, or a blocker. */
export function failsGate(check: CheckResult, report: Pick<Report, 'blockers'>): boolean {
  return check.status === 'fail' || check.status === 'error' || (report.blockers ?? []).includes(check.id);
}

/** Priority of a finding: lower first. New findings, then those of gate-failing checks, then severity. */
export function findingRank(ref: FindingRef, report: Pick<Report, 'blockers'>): [number, number, number, number] {
  return [ref.finding.new === true ? 0 : 1, failsGate(ref.check, report) ? 0 : 1, SEVERITY_RANK[ref.finding.severity] ?? 3, ref.order];
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Every finding of every check that is not waived, highest priority first. */
export function rankedFindings(report: Pick<Report, 'checks' | 'blockers'>, include: (f: Finding) => boolean = () => true): FindingRef[] {
  const refs: FindingRef[] = [];
  let order = 0;
  for (const check of report.checks) {
    if (check.status === 'waived') continue;
    for (const finding of check.findings) if (include(finding)) refs.push({ finding, check, order: order++ });
  }
  const ranks = new Map(refs.map((r) => [r, findingRank(r, report)]));
  return refs.sort((a, b) => compareRanks(ranks.get(a)!, ranks.get(b)!));
}

/** A check's own findings, highest priority first (new ones, then by severity). */
export function rankedCheckFindings(check: CheckResult): RankedFinding[] {
  const refs = check.findings.map((finding, order) => ({ finding: finding as RankedFinding, check, order }));
  return refs.sort((a, b) => compareRanks(findingRank(a, { blockers: [] }), findingRank(b, { blockers: [] }))).map((r) => r.finding);
}

/** Checks in the order they deserve space: gate-failing first, then warnings, then the rest. */
export function rankedChecks(report: Pick<Report, 'checks' | 'blockers'>): CheckResult[] {
  const rank = (c: CheckResult) => (failsGate(c, report) ? 0 : c.status === 'warn' ? 1 : 2);
  return report.checks.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map((x) => x.c);
}

export interface Spent<T> {
  kept: T[];
  /** How many did not fit. */
  omitted: number;
}

/** The first `max` items, and how many were left. */
export function spendCount<T>(items: readonly T[], max: number): Spent<T> {
  const n = Math.max(0, Math.min(items.length, max));
  return { kept: items.slice(0, n), omitted: items.length - n };
}

/**
 * Items in order while their sizes fit the budget. Stops at the first that does not fit, so what is
 * shown is always a prefix of the priority order (never a low item in place of a high one).
 */
export function spendSize<T>(items: readonly T[], budget: number, size: (item: T) => number): Spent<T> {
  let used = 0;
  let n = 0;
  for (const item of items) {
    const s = size(item);
    if (used + s > budget) break;
    used += s;
    n++;
  }
  return { kept: items.slice(0, n), omitted: items.length - n };
}

/** The pointer for what did not fit. */
export function moreInReport(count: number, what = ''): string {
  return `${count.toLocaleString('en-US')} more${what ? ` ${what}` : ''} in the report`;
}

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Cuts text to a budget at a line boundary when it can, and says so. */
export function cutToFit(text: string, budget: number, size: (s: string) => number, note: string): string {
  if (size(text) <= budget) return text;
  const room = Math.max(0, budget - size(note) - 2);
  let lo = 0;
  let hi = text.length;
  // The longest prefix whose size fits (size is monotone in the prefix length).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (size(text.slice(0, mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  let cut = text.slice(0, lo);
  const nl = cut.lastIndexOf('\n');
  if (nl > lo / 2) cut = cut.slice(0, nl);
  // Never end inside a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}\n\n${note}`;
}
