// Check kinds by name. Readers and built-in scans join here.
import { auditCheck } from './audit.js';
import { checklistCheck } from './checklist.js';
import { commandCheck } from './command.js';
import { conflictMarkersCheck } from './conflict-markers.js';
import { coverageCheck } from './coverage.js';
import { dockerfileCheck } from './dockerfile.js';
import { filesCheck } from './files.js';
import { gitCheck } from './git.js';
import { metricCheck } from './metric.js';
import { patternsCheck } from './patterns.js';
import { sarifCheck } from './sarif.js';
import { secretsCheck } from './secrets.js';
import { testsCheck } from './tests.js';
import type { CheckKind } from './types.js';

const KINDS: ReadonlyMap<string, CheckKind> = new Map(
  [
    commandCheck,
    testsCheck,
    coverageCheck,
    sarifCheck,
    auditCheck,
    metricCheck,
    conflictMarkersCheck,
    secretsCheck,
    filesCheck,
    gitCheck,
    patternsCheck,
    checklistCheck,
    dockerfileCheck,
  ].map((k) => [k.kind, k]),
);

export function checkKindFor(kind: string): CheckKind | undefined {
  return KINDS.get(kind);
}

export function knownKinds(): string[] {
  return [...KINDS.keys()];
}
