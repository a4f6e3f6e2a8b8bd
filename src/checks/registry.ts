// Check kinds by name. Readers and built-in scans join here.
import { commandCheck } from './command.js';
import type { CheckKind } from './types.js';

const KINDS: ReadonlyMap<string, CheckKind> = new Map([commandCheck].map((k) => [k.kind, k]));

export function checkKindFor(kind: string): CheckKind | undefined {
  return KINDS.get(kind);
}

export function knownKinds(): string[] {
  return [...KINDS.keys()];
}
