// Picks which findings become annotations: GitHub shows at most 10 of each level per step (50 per
// job). The budget goes to new findings first, then to those of checks that fail the gate.
import type { Finding, Report, Severity } from '../types.js';
import { repositoryPath } from './format.js';
import { GITHUB_LIMITS, rankedFindings } from './limits.js';

export const ANNOTATION_LIMIT_PER_LEVEL = GITHUB_LIMITS.annotationsPerLevel;

export interface Annotation {
  level: Severity;
  /** Absent for a finding about the whole run (`runWide`): GitHub shows it on the run, not on a file. */
  file?: string;
  line?: number;
  column?: number;
  title: string;
  message: string;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings with a location that were not annotated, by level. */
  omitted: Record<Severity, number>;
}

const LEVEL_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/**
 * Whether annotations are spent on new findings only: asked for, or by default when the run has a
 * new-code view (a pull request), so the limit goes to what the author can fix.
 */
export function annotateNewOnly(report: Report, annotate: 'new' | 'all' | undefined): boolean {
  const view = report.newCode !== undefined && report.newCode.source !== 'none';
  return view && annotate !== 'all';
}

export function planAnnotations(report: Report, limit: number = ANNOTATION_LIMIT_PER_LEVEL, newOnly = false, perJob: number = GITHUB_LIMITS.annotationsPerJob): AnnotationPlan {
  // Annotations attach to files of the repository; absolute paths from reports do not. A finding
  // about the whole run (a benchmark regressed against the baseline) is annotated without a file,
  // and counts as this run's own, so also when only new findings are annotated.
  const runWide = (f: Finding) => f.runWide === true && f.file === undefined;
  const located = rankedFindings(report, (f) => runWide(f) || (repositoryPath(f.file) !== undefined && (!newOnly || f.new === true)));
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const omitted: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const annotations: Annotation[] = [];
  for (const { finding, check } of located) {
    const level = finding.severity;
    if (counts[level] >= limit || annotations.length >= perJob) {
      omitted[level]++;
      continue;
    }
    counts[level]++;
    annotations.push({
      level,
      ...(finding.file !== undefined ? { file: finding.file } : {}),
      ...(finding.line ? { line: finding.line } : {}),
      ...(finding.column ? { column: finding.column } : {}),
      title: `${check.id}: ${finding.rule}`,
      message: finding.message,
    });
  }
  // Shown grouped by level, most severe first; within a level, in priority order.
  annotations.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  return { annotations, omitted };
}
