// A shields.io endpoint badge: https://img.shields.io/endpoint?url=<where this JSON is served>.
// The score is rounded down: a badge never shows more than was measured.
import type { Report } from '../types.js';

const COLOURS: Record<string, string> = { A: 'brightgreen', B: 'green', C: 'yellow', D: 'orange', F: 'red' };

export function renderBadge(report: Report): Record<string, unknown> {
  if (report.score === null || report.grade === null) {
    return { schemaVersion: 1, label: 'readiness', message: report.config.errors.length ? 'config error' : 'not scored', color: 'lightgrey' };
  }
  return { schemaVersion: 1, label: 'readiness', message: `${Math.floor(report.score)} ${report.grade}`, color: COLOURS[report.grade] ?? 'lightgrey' };
}
