// Check kinds by name. All are imported up front: a check may rebuild the action's own dist/ while
// the run goes on, so no code may be loaded from disk after the first check starts.
import { commandCheck } from './command.js';
import { testsCheck } from './tests.js';
import { coverageCheck } from './coverage.js';
import { sarifCheck } from './sarif.js';
import { auditCheck } from './audit.js';
import { metricCheck } from './metric.js';
import { conflictMarkersCheck } from './conflict-markers.js';
import { secretsCheck } from './secrets.js';
import { filesCheck } from './files.js';
import { gitCheck } from './git.js';
import { patternsCheck } from './patterns.js';
import { checklistCheck } from './checklist.js';
import { dockerfileCheck } from './dockerfile.js';
import { workflowsCheck } from './workflows.js';
import type { CheckKind } from './types.js';

const KINDS: Readonly<Record<string, CheckKind>> = {
  run: commandCheck,
  tests: testsCheck,
  coverage: coverageCheck,
  sarif: sarifCheck,
  audit: auditCheck,
  metric: metricCheck,
  'conflict-markers': conflictMarkersCheck,
  secrets: secretsCheck,
  files: filesCheck,
  git: gitCheck,
  patterns: patternsCheck,
  checklist: checklistCheck,
  dockerfile: dockerfileCheck,
  workflows: workflowsCheck,
};

/** The check kinds of a plan. */
export function checkKinds(kinds: Iterable<string>): Map<string, CheckKind> {
  const out = new Map<string, CheckKind>();
  for (const kind of new Set(kinds)) {
    const found = KINDS[kind];
    if (found) out.set(kind, found);
  }
  return out;
}
