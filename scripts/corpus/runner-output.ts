// Pure parsers of what test runners and coverage tools print on the console: the numbers a user
// reads in their terminal, which the corpus harness puts next to the scorecard's. Text in, numbers
// out; null when the output has no such summary (never a guessed zero).
import { stripColour } from '../../src/readers/tool-output.js';

export interface RunnerTotals {
  total: number;
  passed: number;
  /** Failed tests plus errors the runner counts on their own (pytest's errors, go's build failures). */
  failed: number;
  skipped: number;
}

export interface RunnerCoverage {
  /** Covered and total items (lines, or statements), when the tool prints counts. */
  covered: number | null;
  total: number | null;
  pct: number;
  /** What was counted: `lines`, `statements`. */
  metric: string;
}

export type Runner = 'jest' | 'vitest' | 'mocha' | 'node-test' | 'ava' | 'tap' | 'pytest' | 'go' | 'cargo';

const clean = (text: string): string => stripColour(text).replace(/\r/g, '');

function totals(passed: number, failed: number, skipped: number, total = passed + failed + skipped): RunnerTotals {
  return { total, passed, failed, skipped };
}

/** Every `N word` pair of a comma- or bar-separated list, summed per word. */
function counts(list: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of list.matchAll(/(\d+)\s+([a-z][a-z ]*?)(?=\s*(?:[,|(]|$))/gi)) {
    const word = m[2]!.trim().toLowerCase();
    out.set(word, (out.get(word) ?? 0) + Number(m[1]));
  }
  return out;
}

/** jest: `Tests:       1 failed, 2 skipped, 3 passed, 6 total` (several runs in one output are summed). */
export function parseJest(output: string): RunnerTotals | null {
  let found: RunnerTotals | null = null;
  for (const m of clean(output).matchAll(/^Tests:\s+(.+)$/gm)) {
    const c = counts(m[1]!);
    const skipped = (c.get('skipped') ?? 0) + (c.get('todo') ?? 0);
    const t = totals(c.get('passed') ?? 0, c.get('failed') ?? 0, skipped, c.get('total'));
    found = found ? add(found, t) : t;
  }
  return found;
}

/** vitest: `      Tests  1 failed | 10 passed | 2 skipped (13)`. */
export function parseVitest(output: string): RunnerTotals | null {
  let found: RunnerTotals | null = null;
  for (const m of clean(output).matchAll(/^\s*Tests\s{2,}(.+?)\s*\((\d+)\)\s*$/gm)) {
    const c = counts(m[1]!);
    const skipped = (c.get('skipped') ?? 0) + (c.get('todo') ?? 0);
    const t = totals(c.get('passed') ?? 0, c.get('failed') ?? 0, skipped, Number(m[2]));
    found = found ? add(found, t) : t;
  }
  return found;
}

/** mocha's spec reporter: `  12 passing (30ms)`, `  1 failing`, `  2 pending`. */
export function parseMocha(output: string): RunnerTotals | null {
  const text = clean(output);
  const num = (word: string): number | null => {
    const all = [...text.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))];
    return all.length ? all.reduce((s, m) => s + Number(m[1]), 0) : null;
  };
  const passing = num('passing');
  if (passing === null) return null;
  return totals(passing, num('failing') ?? 0, num('pending') ?? 0);
}

/** node:test, TAP or spec reporter: `# tests 5` / `ℹ tests 5`, `# pass 4`, `# fail 1`, `# skipped`, `# todo`. */
export function parseNodeTest(output: string): RunnerTotals | null {
  const text = clean(output);
  const num = (word: string): number | null => {
    const all = [...text.matchAll(new RegExp(`^\\s*(?:#|ℹ) ${word} (\\d+)\\s*$`, 'gm'))];
    return all.length ? all.reduce((s, m) => s + Number(m[1]), 0) : null;
  };
  const pass = num('pass');
  if (pass === null) return null;
  const fail = num('fail') ?? 0;
  const skipped = (num('skipped') ?? 0) + (num('todo') ?? 0) + (num('cancelled') ?? 0);
  return totals(pass, fail, skipped, num('tests') ?? pass + fail + skipped);
}

/** ava: `  10 tests passed`, `  1 test failed`, `  2 tests skipped`, `  1 test todo`, `  1 known failure` (no passed line when a test failed: its ✔ lines). */
export function parseAva(output: string): RunnerTotals | null {
  const text = clean(output);
  const num = (re: string): number | null => {
    const m = new RegExp(`^\\s*(\\d+) (?:${re})\\s*$`, 'm').exec(text);
    return m ? Number(m[1]) : null;
  };
  const passed = num('tests? passed');
  const failed = num('tests? failed');
  if (passed === null && failed === null) return null;
  const skipped = (num('tests? skipped') ?? 0) + (num('tests? todo') ?? 0);
  const known = num('known failures?') ?? 0;
  // With failures ava prints no passed count; its list has a ✔ per passed test.
  const ticks = [...text.matchAll(/^\s*✔ /gm)].length;
  return totals((passed ?? ticks) + known, failed ?? 0, skipped);
}

/**
 * node-tap 18+, default reporter: `Asserts:  3256 pass  1 fail  2 skip  3259 of 3259 complete`;
 * node-tap 16's terse reporter: `Asserts:  1 failed, 3296 passed, 1 skip, of 3298` (the last of its redraws);
 * its TAP reporter: `# { total: 3259, pass: 3256, fail: 1, skip: 2 }`.
 */
export function parseTap(output: string): RunnerTotals | null {
  // tap 16's terse reporter puts zero-width spaces around its numbers and redraws the line as it goes.
  const text = clean(output).replace(/\u200b/g, '');
  const asserts = [...text.matchAll(/^\s*Asserts:\s+(.+)$/gm)].pop();
  if (asserts) {
    const c = new Map<string, number>();
    for (const m of asserts[1]!.matchAll(/(\d+) (pass|fail|skip|todo)(?:ed|ped)?\b/g)) c.set(m[2]!, Number(m[1]));
    const of = /\bof (\d+)/.exec(asserts[1]!);
    const skipped = (c.get('skip') ?? 0) + (c.get('todo') ?? 0);
    return totals(c.get('pass') ?? 0, c.get('fail') ?? 0, skipped, of ? Number(of[1]) : undefined);
  }
  const summary = [...text.matchAll(/^# \{ (total: \d+.*) \}\s*$/gm)].pop();
  if (!summary) return null;
  const c = new Map<string, number>();
  for (const m of summary[1]!.matchAll(/(\w+): (\d+)/g)) c.set(m[1]!, Number(m[2]));
  const skipped = (c.get('skip') ?? 0) + (c.get('todo') ?? 0);
  return totals(c.get('pass') ?? 0, c.get('fail') ?? 0, skipped, c.get('total'));
}

/** pytest's last line: `==== 2 failed, 10 passed, 1 skipped, 1 xfailed, 1 error in 0.50s ====`. */
export function parsePytest(output: string): RunnerTotals | null {
  const lines = clean(output).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^=+ (.*\d+ \w+.*) in [\d.]+s(?: \([^)]*\))? =+\s*$/.exec(lines[i]!);
    if (!m) continue;
    const c = counts(m[1]!);
    const failed = (c.get('failed') ?? 0) + (c.get('error') ?? 0) + (c.get('errors') ?? 0);
    const passed = (c.get('passed') ?? 0) + (c.get('xpassed') ?? 0);
    const skipped = (c.get('skipped') ?? 0) + (c.get('xfailed') ?? 0);
    return totals(passed, failed, skipped);
  }
  return null;
}

/** `go test -v`: every `--- PASS/FAIL/SKIP:` line (tests and subtests), a package that did not build as one failure. */
export function parseGoTest(output: string): RunnerTotals | null {
  const text = clean(output);
  const count = (word: string) => [...text.matchAll(new RegExp(`^\\s*--- ${word}: `, 'gm'))].length;
  const broken = [...text.matchAll(/^FAIL\s+\S+\s+\[(?:build|setup) failed\]/gm)].length;
  const pass = count('PASS');
  const fail = count('FAIL') + broken;
  const skip = count('SKIP');
  if (pass + fail + skip === 0 && !/^(ok|FAIL|\?)\s+\S+/m.test(text)) return null;
  return totals(pass, fail, skip);
}

/** `cargo test`: the sum of every binary's `test result: ok. 3 passed; 0 failed; 1 ignored; ...`. */
export function parseCargoTest(output: string): RunnerTotals | null {
  let found: RunnerTotals | null = null;
  for (const m of clean(output).matchAll(/^test result: \w+\. (\d+) passed; (\d+) failed; (\d+) ignored;/gm)) {
    const t = totals(Number(m[1]), Number(m[2]), Number(m[3]));
    found = found ? add(found, t) : t;
  }
  return found;
}

export function parseTotals(runner: Runner, output: string): RunnerTotals | null {
  switch (runner) {
    case 'jest': return parseJest(output);
    case 'vitest': return parseVitest(output);
    case 'mocha': return parseMocha(output);
    case 'node-test': return parseNodeTest(output);
    case 'ava': return parseAva(output);
    case 'tap': return parseTap(output);
    case 'pytest': return parsePytest(output);
    case 'go': return parseGoTest(output);
    case 'cargo': return parseCargoTest(output);
  }
}

export function add(a: RunnerTotals, b: RunnerTotals): RunnerTotals {
  return { total: a.total + b.total, passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

/** istanbul's text-summary (c8, nyc, jest, vitest, tap): `Lines        : 95.5% ( 770/773 )`. */
export function parseTextSummary(output: string, metric: 'lines' | 'statements' = 'lines'): RunnerCoverage | null {
  const label = metric === 'lines' ? 'Lines' : 'Statements';
  const all = [...clean(output).matchAll(new RegExp(`^\\s*${label}\\s*:\\s*([\\d.]+|Unknown)%?\\s*\\(\\s*(\\d+)\\/(\\d+)\\s*\\)`, 'gm'))];
  const m = all.pop();
  if (!m) return null;
  const covered = Number(m[2]);
  const total = Number(m[3]);
  return { covered, total, pct: total ? (100 * covered) / total : 100, metric };
}

/**
 * coverage.py's report (pytest-cov `term`): `TOTAL   120   5   96%`, or with branches
 * `TOTAL   120   5   30   2   95%` (Stmts Miss Branch BrPart Cover); counts are statements.
 */
export function parseCoveragePyTotal(output: string): RunnerCoverage | null {
  const m = [...clean(output).matchAll(/^TOTAL\s+(\d+)\s+(\d+)(?:\s+\d+\s+\d+)?\s+([\d.]+)%\s*$/gm)].pop();
  if (!m) return null;
  const total = Number(m[1]);
  const covered = total - Number(m[2]);
  return { covered, total, pct: Number(m[3]), metric: 'lines' };
}

/** `go tool cover -func`: the last line `total:  (statements)  90.4%`; Go prints no counts. */
export function parseGoCoverTotal(output: string): RunnerCoverage | null {
  const m = /^total:\s+\(statements\)\s+([\d.]+)%\s*$/m.exec(clean(output));
  return m ? { covered: null, total: null, pct: Number(m[1]), metric: 'statements' } : null;
}
