// TAP 13 and 14 (ava --tap, node-tap, node --test's tap reporter, tape): the leaf test points,
// as the runners count them, with subtests (indented blocks) rolled into their parent. TAP's own
// rules for a run that stopped early: a block whose plan ("1..N") disagrees with its test points,
// a missing plan and a "Bail out!" each count as one errored test, so a cut-short run never reads
// as a pass. `# TODO` points are skipped (TAP does not count them as failures), as jest's todos are.
import type { Finding } from '../types.js';
import type { TestsResult } from './junit.js';
import { parse as parseYaml } from 'yaml';
import { CaseList, firstMessageLine, type TestCase } from './test-cases.js';
import { FindingList, ReaderError, isObject } from './types.js';

interface Counts {
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
}

/** One block of test points: the stream itself, or a subtest's indented lines. */
interface Block {
  indent: number;
  name?: string;
  points: number;
  plan?: number;
  counts: Counts;
  /** Its tests, with their ids; rolled into the parent's as the counts are. */
  cases: TestCase[];
  /** A subtest block that ended and waits for its parent's test point (its summary). */
  child?: Block;
  /** Buffered subtest (TAP 14 `ok 1 - name {`): the point that opened it. */
  opener?: Point;
  /** A buffered block takes the indent of its first line. */
  indentUnset?: boolean;
}

interface Point {
  ok: boolean;
  name: string;
  directive?: 'skip' | 'todo';
  line: number;
}

const POINT = /^(not ok|ok)\b(?:\s+(\d+))?(?:\s*-)?\s?(.*)$/;
const PLAN = /^1\.\.(\d+)\s*(?:#.*)?$/;
const BAIL = /^Bail out!\s*(.*)$/i;
const SUBTEST = /^#\s*Subtest(?::\s*(.*))?$/;
/** An unescaped `#` then SKIP or TODO (any case, "skipped" too), and the reason. */
const DIRECTIVE = /(?<!\\)#\s*(skip|todo)\S*\s*(.*)$/i;

/**
 * A failed test's YAML diagnostics: the message (`message`, or node's `error`) and where it failed
 * (node-tap's `at: {file, line}`, node's `location: 'file:line:col'`). Unreadable YAML says nothing.
 */
function diagnose(c: TestCase, lines: string[]): void {
  let doc: unknown;
  try {
    doc = parseYaml(lines.join('\n'), { maxAliasCount: 0 });
  } catch {
    return;
  }
  if (!isObject(doc)) return;
  const said = [doc.message, doc.error].find((m): m is string => typeof m === 'string' && m.trim() !== '');
  if (said) c.message = firstMessageLine(said);
  const at = doc.at;
  if (isObject(at) && typeof at.file === 'string' && typeof at.line === 'number') {
    c.file = at.file;
    c.line = at.line;
  } else {
    const where = [at, doc.location].find((w): w is string => typeof w === 'string');
    const m = where ? /^(.+?):(\d+)(?::\d+)?$/.exec(where.replace(/^file:\/\//, '')) : null;
    if (m) {
      c.file = m[1]!;
      c.line = Number(m[2]);
    }
  }
  if (c.finding) {
    if (c.file) c.finding.file = c.file;
    if (c.line) c.finding.line = c.line;
    if (c.message && !c.finding.message.includes(c.message)) c.finding.message = `${c.finding.message}: ${c.message}`;
  }
}

function parsePoint(text: string, line: number): Point | undefined {
  const m = POINT.exec(text);
  if (!m) return undefined;
  let name = m[3]!.trim();
  let directive: Point['directive'];
  const d = DIRECTIVE.exec(name);
  if (d) {
    directive = d[1]!.toLowerCase() as 'skip' | 'todo';
    name = name.slice(0, d.index).trim();
  }
  // node-tap and node's runner append "# time=12ms"; that is not part of the name.
  name = name.replace(/\s*(?<!\\)#\s*time=\S*\s*$/, '').replace(/\\#/g, '#');
  return { ok: m[1] === 'ok', name, ...(directive ? { directive } : {}), line };
}

/** Whether a text looks like a TAP stream: a version line, or test points with a plan. */
export function isTap(text: string): boolean {
  return /^\s*TAP version 1[34]\s*$/m.test(text) || (/^(?:not )?ok\b/m.test(text) && /^\s*1\.\.\d+/m.test(text));
}

export function readTap(text: string): TestsResult {
  const findings = new FindingList();
  const empty = (): Counts => ({ passed: 0, failed: 0, errored: 0, skipped: 0 });
  const root: Block = { indent: 0, points: 0, counts: empty(), cases: [] };
  const stack: Block[] = [root];
  let structural = 0;
  let bailed: string | undefined;
  let pendingName: string | undefined;
  const parents = () => stack.map((b) => b.name).filter((n): n is string => !!n);
  const path = (name: string) => [...parents(), name].join(' › ');
  /** The failed test whose YAML diagnostics may follow. */
  let lastFailed: TestCase | undefined;
  const failedCase = (block: Block, name: string, finding: Finding, outcome: 'failed' | 'errored' = 'failed') => {
    const kept = findings.add(finding);
    const c: TestCase = { suite: '', classname: parents(), name, outcome, ...(kept ? { finding } : {}) };
    block.cases.push(c);
    return c;
  };
  const errored = (block: Block, message: string, line?: number) => {
    block.counts.errored++;
    // The run or subtest itself is the unit that errored: "(plan)" or "(bail out)" under its path.
    const c = failedCase(block, message.startsWith('Bail out!') ? '(bail out)' : '(plan)', { ...(line ? { line } : {}), severity: 'error', rule: 'test-error', message }, 'errored');
    // A subtest is closed after it left the stack: its own name belongs to the id.
    if (block.name && !stack.includes(block)) c.classname = [...parents(), block.name];
    c.message = message;
  };

  /** A block's end: its plan against its test points. */
  const close = (block: Block) => {
    // After "Bail out!" nothing is expected to add up.
    if (bailed !== undefined) return;
    const where = block.name ? `subtest "${block.name}"` : 'the run';
    if (block.plan === undefined) {
      errored(block, `${where} has no plan ("1..N"): it was cut short`);
    } else if (block.plan !== block.points) {
      errored(block, `${where} planned ${block.plan} test${block.plan === 1 ? '' : 's'} and reported ${block.points}${block.plan > block.points ? ': it was cut short' : ''}`);
    }
  };

  const leaf = (block: Block, p: Point) => {
    const name = p.name || `test ${block.points}`;
    if (p.directive) {
      block.counts.skipped++;
      block.cases.push({ suite: '', classname: parents(), name, outcome: 'skipped' });
    } else if (p.ok) {
      block.counts.passed++;
      block.cases.push({ suite: '', classname: parents(), name, outcome: 'passed' });
    } else {
      block.counts.failed++;
      lastFailed = failedCase(block, name, { line: p.line, severity: 'error', rule: 'test-failure', message: `${path(name)} failed` });
    }
  };

  /** The parent's point for a finished subtest: the subtest's own counts stand for it. */
  const summary = (block: Block, child: Block, p: Point) => {
    const c = child.counts;
    if (child.points === 0 && c.errored === 0) return leaf(block, p);
    if (p.directive) {
      // Failures inside a skipped or todo subtest are not failures.
      block.counts.passed += c.passed;
      block.counts.skipped += c.skipped + c.failed + c.errored;
      for (const t of child.cases) block.cases.push(t.outcome === 'failed' || t.outcome === 'errored' ? { suite: t.suite, classname: t.classname, name: t.name, outcome: 'skipped' } : t);
      return;
    }
    block.cases.push(...child.cases);
    block.counts.passed += c.passed;
    block.counts.failed += c.failed;
    block.counts.errored += c.errored;
    block.counts.skipped += c.skipped;
    // A subtest that failed without a failing test inside (a timeout, a throw after its asserts).
    if (!p.ok && c.failed + c.errored === 0) {
      block.counts.failed++;
      lastFailed = failedCase(block, p.name, { line: p.line, severity: 'error', rule: 'test-failure', message: `${path(p.name)} failed` });
    }
  };

  const pop = () => {
    const block = stack.pop()!;
    if (block.child) absorb(block, block.child);
    close(block);
    const parent = stack[stack.length - 1]!;
    // A subtest whose parent never reported it (the stream stopped) still counts what it ran.
    if (parent.child) absorb(parent, parent.child);
    parent.child = block;
  };
  const absorb = (parent: Block, child: Block) => {
    for (const k of ['passed', 'failed', 'errored', 'skipped'] as const) parent.counts[k] += child.counts[k];
    parent.cases.push(...child.cases);
    parent.child = undefined;
  };

  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let yamlIndent: number | undefined;
  let yamlLines: string[] = [];
  let lastPointIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\t/g, '    ');
    const body = raw.trimStart();
    const indent = raw.length - body.length;
    const t = body.trimEnd();
    if (yamlIndent !== undefined) {
      if (t === '...' && indent <= yamlIndent) {
        yamlIndent = undefined;
        if (lastFailed) diagnose(lastFailed, yamlLines);
        lastFailed = undefined;
      } else if (lastFailed && yamlLines.length < 200) yamlLines.push(raw);
      continue;
    }
    if (t === '---' && indent > lastPointIndent && lastPointIndent >= 0) {
      yamlIndent = indent;
      yamlLines = [];
      continue;
    }
    const point = POINT.test(t) ? parsePoint(t, i + 1) : undefined;
    const plan = PLAN.exec(t);
    const bail = BAIL.exec(t);
    const subtest = SUBTEST.exec(t);
    const closer = t === '}' && stack.length > 1 && stack[stack.length - 1]!.opener !== undefined && indent < stack[stack.length - 1]!.indent;
    if (!point && !plan && !bail && !subtest && !closer) continue;
    structural++;
    if (bail) {
      bailed = bail[1] || 'no reason given';
      break;
    }
    // Leaving subtests: every deeper block ends.
    while (stack.length > 1 && indent < stack[stack.length - 1]!.indent) {
      const opener = stack[stack.length - 1]!.opener;
      pop();
      if (opener && closer) {
        const parent = stack[stack.length - 1]!;
        summary(parent, parent.child!, opener);
        parent.child = undefined;
        break;
      }
    }
    if (closer) continue;
    let top = stack[stack.length - 1]!;
    if (top.indentUnset) {
      top.indent = indent;
      top.indentUnset = false;
    } else if (indent > top.indent) {
      if (top.child) absorb(top, top.child);
      const block: Block = { indent, points: 0, counts: empty(), cases: [], ...(pendingName ? { name: pendingName } : {}) };
      pendingName = undefined;
      stack.push(block);
      top = block;
    }
    if (subtest) {
      // "# Subtest: name" stands at the subtest's own indent (TAP 14) or its parent's (older node-tap).
      if (subtest[1] !== undefined && top.points === 0 && top.plan === undefined && !top.name && top !== root) top.name = subtest[1].trim();
      else pendingName = subtest[1]?.trim();
      continue;
    }
    if (plan) {
      top.plan = Number(plan[1]);
      continue;
    }
    if (point) {
      pendingName = undefined;
      lastFailed = undefined;
      top.points++;
      lastPointIndent = indent;
      if (/\s\{$/.test(point.name)) {
        // A buffered subtest: its block follows, closed by "}".
        const opener = { ...point, name: point.name.replace(/\s*\{$/, '') };
        stack.push({ indent: indent + 1, indentUnset: true, points: 0, counts: empty(), cases: [], name: opener.name, opener });
        continue;
      }
      const child = top.child;
      top.child = undefined;
      if (child) summary(top, child, point);
      else leaf(top, point);
    }
  }
  if (structural === 0) throw new ReaderError('no TAP output: expected "TAP version", a plan ("1..N") or test points ("ok 1 - …")');
  while (stack.length > 1) pop();
  if (root.child) absorb(root, root.child);
  close(root);
  // The run stopped: what ran is counted, and the stop itself, unless a failure already shows it.
  if (bailed !== undefined && root.counts.failed + root.counts.errored === 0) errored(root, `Bail out! ${bailed}`);
  const c = root.counts;
  const total = c.passed + c.failed + c.errored + c.skipped;
  const ran = total - c.skipped;
  const cases = new CaseList();
  for (const t of root.cases) cases.add(t);
  return { total, ...c, flaky: 0, passRate: ran > 0 ? (c.passed / ran) * 100 : null, findings: findings.items as Finding[], findingsTotal: findings.total, cases: cases.items, casesTotal: cases.total };
}
