// The tests of a report one by one, as every test reader gives them: an id made of suite,
// classname and name (the parts each runner has), the outcome, and for a test that did not pass
// the first line of its message and the file and line where the runner gives them. The tests
// check keeps the ids of what failed, so that a pull request is judged on the tests it breaks.
import type { Finding } from '../types.js';

export type CaseOutcome = 'passed' | 'failed' | 'errored' | 'skipped' | 'flaky';

export interface TestCase {
  /** The group the runner reports the test under: a JUnit suite, a test file, a Go package, a Rust test binary's source. */
  suite: string;
  /** JUnit's classname, jest's describe blocks, TAP's parent subtests (a list: each is a part of the id); '' when the runner has none. */
  classname: string | readonly string[];
  name: string;
  outcome: CaseOutcome;
  /** First line of the failure or error message. */
  message?: string;
  file?: string;
  line?: number;
  /**
   * This case stands for a unit whose tests did not run (a pytest module that failed to collect, a
   * jest suite that failed to load, a Go package that did not build): its tests' ids start with
   * the suite's id ('suite') or with this case's own id ('self'), then " › ".
   */
  stopped?: 'suite' | 'self';
  /** The finding the reader made for this test, so that a quarantined test's finding can be left out. */
  finding?: Finding;
}

/** Tests kept per report; past it they are counted, and ids of the rest are not known. */
export const MAX_CASES = 100_000;

/** Separates the parts of a test id, as the findings' titles do. */
export const ID_SEPARATOR = ' › ';

/**
 * One part of an id, written so that parts joined with " › " can be told apart again: a "›" right
 * after a space (or after backslashes right after a space) is preceded by a backslash, and those
 * backslashes are doubled. Only such a "›" could be read as a separator, so other text, Go's
 * `Sort_›_NaN` and pytest's `\u3053` included, stays as the runner printed it.
 */
export function escapeIdPart(part: string): string {
  return part.replace(/(^|\s)(\\*)›/g, (_m, before: string, slashes: string) => `${before}${slashes}${slashes}\\›`);
}

/**
 * A test's id: its suite, classname and name, without empty parts and without a part that only
 * repeats the one before it (Surefire and pytest name the suite after the class), each part
 * escaped (escapeIdPart) so that two tests never share an id through a title holding " › ".
 */
export function testId(c: Pick<TestCase, 'suite' | 'classname' | 'name'>): string {
  const groups: string[][] = [];
  const classname = typeof c.classname === 'string' ? [c.classname] : c.classname;
  for (const g of [[c.suite], classname, [c.name]]) {
    const parts = g.map((p) => p.trim()).filter(Boolean);
    const prior = groups.at(-1);
    if (parts.length > 0 && !(prior && prior.length === parts.length && prior.every((p, i) => p === parts[i]))) groups.push(parts);
  }
  return groups
    .flat()
    .map(escapeIdPart)
    .join(ID_SEPARATOR);
}

/** Collects test cases up to a cap and counts the rest. */
export class CaseList {
  readonly items: TestCase[] = [];
  total = 0;

  constructor(private readonly cap = MAX_CASES) {}

  add(c: TestCase): TestCase | undefined {
    this.total++;
    if (this.items.length >= this.cap) return undefined;
    this.items.push(c);
    return c;
  }
}

/** The first non-blank line of a message, ANSI colours removed, at most 300 characters. */
export function firstMessageLine(text: string): string {
  const clean = text.replace(/\u001b\[[0-9;]*m/g, '');
  for (const line of clean.split('\n')) {
    const t = line.trim();
    if (t) return t.length > 300 ? `${t.slice(0, 297)}...` : t;
  }
  return '';
}
