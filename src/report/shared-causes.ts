// One cause behind several failed checks (a package that does not compile fails go build, go vet
// and go test alike): found from the lines each check's output gives as its reason, so the summary
// says the cause once and names the checks it stopped, instead of three unrelated failures.
import type { CheckResult } from '../types.js';

export interface SharedCause {
  /** The reason line the checks share, as the first of them printed it. */
  cause: string;
  /** Ids of the checks it stopped, in report order. */
  checks: string[];
}

/**
 * A reason line in a comparable form: a tool's own prefix (`vet: `, `# pkg`, `error: `) and the
 * column dropped, so go build's `a.go:3:9: undefined: max` and go vet's `vet: a.go:3: undefined:
 * max` are one cause.
 */
export function causeKey(line: string): string {
  return line
    .trim()
    .replace(/^(?:vet|error|fatal|FAIL|ERROR)(?:\[[^\]]*\])?:\s*/, '')
    .replace(/^([^\s:]+\.\w+:\d+):\d+:/, '$1:')
    // go vet's type checker says "undeclared name" where the compiler says "undefined".
    .replace(/: undeclared name: /, ': undefined: ')
    .replace(/\s+/g, ' ');
}

/** Causes shared by two or more failed (or unmeasured) checks, the most widely shared first. */
export function sharedCauses(checks: readonly CheckResult[]): SharedCause[] {
  const byKey = new Map<string, SharedCause>();
  for (const c of checks) {
    if (c.status !== 'fail' && c.status !== 'error') continue;
    const seen = new Set<string>();
    // The lines the check gave as its reason, and the compiler-style `file:line: message` lines of
    // its output (a tool whose reason was not picked out still names the same place).
    const located = (c.evidence.outputTail ?? '').split('\n').filter((l) => /^(?:\w+: )?[^\s:]+\.\w+:\d+(?::\d+)?: \S/.test(l)).slice(0, 20);
    for (const line of [...(c.evidence.why ?? []), ...located]) {
      const key = causeKey(line);
      // Only lines that name something (a file:line or a message), not bare "FAIL" banners.
      if (key.length < 8 || seen.has(key)) continue;
      seen.add(key);
      const entry = byKey.get(key) ?? { cause: line.trim(), checks: [] };
      entry.checks.push(c.id);
      byKey.set(key, entry);
    }
  }
  const shared = [...byKey.values()].filter((e) => e.checks.length > 1);
  // A check is listed under its most widely shared cause only.
  shared.sort((a, b) => b.checks.length - a.checks.length);
  const placed = new Set<string>();
  const out: SharedCause[] = [];
  for (const e of shared) {
    const fresh = e.checks.filter((id) => !placed.has(id));
    if (fresh.length < 2) continue;
    fresh.forEach((id) => placed.add(id));
    out.push({ cause: e.cause, checks: fresh });
  }
  return out;
}
