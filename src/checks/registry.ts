// Check kinds by name. Readers and built-in scans join here.
import { auditCheck } from './audit.js';
import { commandCheck } from './command.js';
import { coverageCheck } from './coverage.js';
import { metricCheck } from './metric.js';
import { sarifCheck } from './sarif.js';
import { testsCheck } from './tests.js';
import type { CheckKind } from './types.js';

const KINDS: ReadonlyMap<string, CheckKind> = new Map([commandCheck, testsCheck, coverageCheck, sarifCheck, auditCheck, metricCheck].map((k) => [k.kind, k]));

export function checkKindFor(kind: string): CheckKind | undefined {
  return KINDS.get(kind);
}

export function knownKinds(): string[] {
  return [...KINDS.keys()];
}
