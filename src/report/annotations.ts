// Picks which findings become annotations: GitHub shows at most 10 of each level per step.
import type { Finding, Report, Severity } from '../types.js';
import { repositoryPath } from './format.js';

export const ANNOTATION_LIMIT_PER_LEVEL = 10;

export interface Annotation {
  level: Severity;
  file: string;
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

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/**
 * Whether annotations are spent on new findings only: asked for, or by default when the run has a
 * new-code view (a pull request), so the limit goes to what the author can fix.
 */
export function annotateNewOnly(report: Report, annotate: 'new' | 'all' | undefined): boolean {
  const view = report.newCode !== undefined && report.newCode.source !== 'none';
  return view && annotate !== 'all';
}

export function planAnnotations(report: Report, limit = ANNOTATION_LIMIT_PER_LEVEL, newOnly = false): AnnotationPlan {
  const located: { finding: Finding; check: string; order: number }[] = [];
  let order = 0;
  for (const check of report.checks) {
    if (check.status === 'waived') continue;
    // Annotations attach to files of the repository; absolute paths from reports do not.
    for (const finding of check.findings) {
      if (newOnly && finding.new !== true) continue;
      if (repositoryPath(finding.file)) located.push({ finding, check: check.id, order: order++ });
    }
  }
  located.sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.order - b.order);
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const omitted: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const annotations: Annotation[] = [];
  for (const { finding, check } of located) {
    const level = finding.severity;
    if (counts[level] >= limit) {
      omitted[level]++;
      continue;
    }
    counts[level]++;
    annotations.push({
      level,
      file: finding.file!,
      ...(finding.line ? { line: finding.line } : {}),
      ...(finding.column ? { column: finding.column } : {}),
      title: `${check}: ${finding.rule}`,
      message: finding.message,
    });
  }
  return { annotations, omitted };
}
