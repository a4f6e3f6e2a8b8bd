// The corpus harness's comparison and its one table: pure, numbers in, Markdown out.
import type { RunnerCoverage, RunnerTotals } from './runner-output.js';

export interface ScorecardTotals {
  total: number;
  passed: number;
  /** failed + errored */
  failed: number;
}

export interface ScorecardCoverage {
  covered: number;
  total: number;
  metric: string;
}

export interface Row {
  repository: string;
  /** The tests check's id, and the coverage check's after a `+`. */
  check: string;
  /** The scorecard's status and summary of the tests check, when it read no totals. */
  scorecardNote?: string;
  scorecard: ScorecardTotals | null;
  own: RunnerTotals | null;
  /** The command(s) run for the runner's own numbers. */
  ownCommand: string;
  /** Why the runner's own numbers are missing, when they are. */
  ownNote?: string;
  scorecardCoverage: ScorecardCoverage | null;
  /** True when the scorecard had a coverage check for this tests check (even one that measured nothing). */
  coverageChecked: boolean;
  ownCoverage: RunnerCoverage | null;
  /** Whether the project's own command asks for coverage (its scope), or the runner's default switch was added. */
  ownCoverageOrigin?: 'project' | 'runner default';
}

/** The differences of one row, each in a few words; empty when the numbers are the same. */
export function differences(row: Row): string[] {
  const out: string[] = [];
  if (!row.scorecard) out.push('scorecard read no totals');
  if (!row.own) out.push('runner printed no totals');
  if (row.scorecard && row.own) {
    for (const key of ['total', 'passed', 'failed'] as const) {
      if (row.scorecard[key] !== row.own[key]) out.push(`${key} ${row.scorecard[key]} ≠ ${row.own[key]}`);
    }
  }
  const sc = row.scorecardCoverage;
  const own = row.ownCoverage;
  if (sc || own || row.coverageChecked) {
    if (!sc) out.push('scorecard measured no coverage');
    else if (!own) out.push('runner printed no coverage');
    else if (own.covered !== null && own.total !== null) {
      if (own.covered !== sc.covered || own.total !== sc.total) out.push(`coverage ${sc.covered}/${sc.total} ≠ ${own.covered}/${own.total}`);
    } else if (round1(pct(sc)) !== round1(own.pct)) {
      out.push(`coverage ${round1(pct(sc))}% ≠ ${round1(own.pct)}%`);
    }
  }
  return out;
}

const pct = (c: ScorecardCoverage): number => (c.total ? (100 * c.covered) / c.total : 100);
const round1 = (n: number): string => n.toFixed(1);

const triple = (t: { total: number; passed: number; failed: number } | null): string => (t ? `${t.total}/${t.passed}/${t.failed}` : '—');

function scCoverage(c: ScorecardCoverage | null, checked: boolean): string {
  if (!c) return checked ? 'none' : '';
  return `${c.covered}/${c.total} ${c.metric} (${round1(pct(c))}%)`;
}

function ownCoverage(c: RunnerCoverage | null, origin: Row['ownCoverageOrigin']): string {
  if (!c) return '';
  const text = c.covered !== null && c.total !== null ? scCoverage({ covered: c.covered, total: c.total, metric: c.metric }, true) : `${round1(c.pct)}% ${c.metric}`;
  return origin ? `${text} [${origin}]` : text;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One Markdown table; totals are total/passed/failed. */
export function renderTable(rows: Row[]): string {
  const lines = [
    '| repository | check | scorecard total/passed/failed | runner total/passed/failed | scorecard coverage | runner coverage | same? | runner command |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const diff = differences(row);
    const scorecard = row.scorecard ? triple(row.scorecard) : `— (${row.scorecardNote ?? 'no totals'})`;
    const own = row.own ? triple(row.own) : `— (${row.ownNote ?? 'no totals printed'})`;
    lines.push(`| ${[row.repository, row.check, scorecard, own, scCoverage(row.scorecardCoverage, row.coverageChecked), ownCoverage(row.ownCoverage, row.ownCoverageOrigin), diff.length ? `no: ${diff.join('; ')}` : 'yes', `\`${row.ownCommand}\``].map(cell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
