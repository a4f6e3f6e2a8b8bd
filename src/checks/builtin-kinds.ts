// The built-in checks, loaded together: they share their helpers (builtin.ts, globs.ts, lines.ts),
// and the scan workers load this same module for their scanners, so the bundle holds each once.
import { checklistCheck } from './checklist.js';
import { conflictMarkersCheck } from './conflict-markers.js';
import { dockerfileCheck } from './dockerfile.js';
import { filesCheck } from './files.js';
import { gitCheck } from './git.js';
import { patternsCheck } from './patterns.js';
import { secretsCheck } from './secrets.js';
import { workflowsCheck } from './workflows.js';
import type { CheckConfig } from '../config/types.js';
import type { Scanner } from '../scan/repository-scan.js';
import type { CheckKind } from './types.js';

export const BUILTIN_KINDS: Readonly<Record<string, CheckKind>> = {
  checklist: checklistCheck,
  'conflict-markers': conflictMarkersCheck,
  dockerfile: dockerfileCheck,
  files: filesCheck,
  git: gitCheck,
  patterns: patternsCheck,
  secrets: secretsCheck,
  workflows: workflowsCheck,
};

/** The scanners of these checks, for a scan worker; a check whose kind adds none is an error. */
export function scannersFor(checks: readonly CheckConfig[]): Scanner[] {
  return checks.map((check) => {
    const scanner = BUILTIN_KINDS[check.kind]?.scanner?.(check);
    if (!scanner) throw new Error(`check ${check.id}: kind ${check.kind} has no scanner`);
    return scanner;
  });
}
