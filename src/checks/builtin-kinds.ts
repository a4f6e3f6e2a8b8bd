// The built-in checks, loaded as one: they share their helpers (builtin.ts, globs.ts, lines.ts),
// and the scan workers load this same module for their scanners, so the bundle holds each once.
// The git check reads history, not files: it loads from here (so it finds those helpers already
// loaded) but only when a plan has it, so a scan worker never loads git's or the config's code.
import { checklistCheck } from './checklist.js';
import { conflictMarkersCheck } from './conflict-markers.js';
import { dockerfileCheck } from './dockerfile.js';
import { filesCheck } from './files.js';
import { patternsCheck } from './patterns.js';
import { secretsCheck } from './secrets.js';
import { workflowsCheck } from './workflows.js';
import type { CheckConfig } from '../config/types.js';
import type { Scanner } from '../scan/repository-scan.js';
import type { CheckKind } from './types.js';

/** The kinds that add a scanner to the shared pass. */
export const SCANNER_KINDS: Readonly<Record<string, CheckKind>> = {
  checklist: checklistCheck,
  'conflict-markers': conflictMarkersCheck,
  dockerfile: dockerfileCheck,
  files: filesCheck,
  patterns: patternsCheck,
  secrets: secretsCheck,
  workflows: workflowsCheck,
};

/** The scanners of these checks, for a scan worker; a check whose kind adds none is an error. */
export function scannersFor(checks: readonly CheckConfig[]): Scanner[] {
  return checks.map((check) => {
    const scanner = SCANNER_KINDS[check.kind]?.scanner?.(check);
    if (!scanner) throw new Error(`check ${check.id}: kind ${check.kind} has no scanner`);
    return scanner;
  });
}

/** The git check, apart from the scanners. */
export async function loadGitCheck(): Promise<CheckKind> {
  return (await import('./git.js')).gitCheck;
}
