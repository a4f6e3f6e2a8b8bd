// JUnit XML from any producer (SPEC §3): count <testcase> elements at any depth, never the
// root's attributes; outcome precedence error > failure > skipped > passed; a failure followed by a
// pass of the same suite, classname and name is one passed, flaky test (a rerun).
import type { Finding } from '../types.js';
import { CaseList, MAX_CASES, firstMessageLine as firstLine, type TestCase } from './test-cases.js';
import { FindingList, ReaderError, retain, type StreamReader } from './types.js';
import { numberAttr, xmlStream } from './xml.js';

export interface TestsResult {
  total: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  flaky: number;
  /** Passed share of the tests that ran (skipped left out), 0–100; null when none ran. */
  passRate: number | null;
  findings: Finding[];
  findingsTotal: number;
  /** Every test with its id and outcome (a rerun that passed is one flaky test), up to MAX_CASES. */
  cases: TestCase[];
  casesTotal: number;
}

type Outcome = 'passed' | 'failed' | 'errored' | 'skipped';

interface OpenCase {
  depth: number;
  suite: string;
  classname: string;
  name: string;
  file?: string;
  line?: number;
  error: boolean;
  failure: boolean;
  skipped: boolean;
  flaky: boolean;
  /** First line of the decisive failure or error. */
  message?: string;
  messageFrom?: 'error' | 'failure';
  /** pytest's collection error of a module: the module's file, and the end of the error's text to find its line in. */
  collectionOf?: string;
  collectionText?: string;
}

const MESSAGE_CAP = 2000;
/** A source location opening a line of a failure's text, as pytest prints it: `tests/test_a.py:12: AssertionError`. */
const LOCATION = /^([\w./-]+\.\w+):(\d+): /m;
/** The end of a collection error's text kept to find the module's line in (the traceback of pytest's own importer comes first). */
const COLLECTION_TAIL = 4000;

/**
 * Where a pytest collection error belongs: pytest names the module `tests.test_broken` (classname
 * empty, message "collection failure"); its text opens with pytest's own importer, so the place is
 * the module's file and the line the text gives for that file (`File ".../tests/test_broken.py",
 * line 1` of a SyntaxError, `tests/test_broken.py:3: in <module>` of an import error), never the
 * first frame.
 */
function collectionPlace(module: string, text: string): { file: string; line?: number } {
  const file = `${module.replace(/\./g, '/')}.py`;
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const syntax = new RegExp(`File "((?:[^"\\n]*/)?${escaped})", line (\\d+)`).exec(text);
  if (syntax) return { file: syntax[1]!, line: Number(syntax[2]) };
  const frames = [...text.matchAll(new RegExp(`^((?:\\S*/)?${escaped}):(\\d+): `, 'gm'))];
  const last = frames.at(-1);
  return last ? { file: last[1]!, line: Number(last[2]) } : { file };
}

export function createJUnitReader(): StreamReader<TestsResult> {
  // Suite names stay on a stack while the suite is open; copies keep them from pinning chunks.
  const suites: string[] = [];
  let depth = 0;
  let current: OpenCase | undefined;
  let collecting: 'error' | 'failure' | undefined;
  let collected = '';
  // In a failure's text with no file on its test case: the first "path:line: " (pytest's traceback).
  let locating = false;
  let sawTestsRoot = false;
  const counts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
  const findings = new FindingList();
  const removed = new Set<Finding>();
  const cases = new CaseList();
  const removedCases = new Set<TestCase>();
  // Failed runs waiting for a later pass of the same test, by suite, classname and name; only
  // failures are remembered, and nested maps avoid building a key string per test.
  type Run = { outcome: 'failed' | 'errored'; finding?: Finding; testCase?: TestCase };
  const pendingFailures = new Map<string, Map<string, Map<string, Run[]>>>();
  let pendingCount = 0;
  const pendingRuns = (c: OpenCase, create: boolean): Run[] | undefined => {
    let bySuite = pendingFailures.get(c.suite);
    if (!bySuite) {
      if (!create) return undefined;
      pendingFailures.set(c.suite, (bySuite = new Map()));
    }
    let byClass = bySuite.get(c.classname);
    if (!byClass) {
      if (!create) return undefined;
      // Copied, so that remembered failures do not pin the parser's chunks of the file.
      bySuite.set(retain(c.classname), (byClass = new Map()));
    }
    let runs = byClass.get(c.name);
    if (!runs && create) byClass.set(retain(c.name), (runs = []));
    return runs;
  };

  const closeCase = (c: OpenCase) => {
    const outcome: Outcome = c.error ? 'errored' : c.failure ? 'failed' : c.skipped ? 'skipped' : 'passed';
    counts.total++;
    const id = { suite: c.suite, classname: retain(c.classname), name: retain(c.name) };
    if (outcome === 'passed') {
      const earlier = pendingCount > 0 ? pendingRuns(c, false) : undefined;
      let flaky = c.flaky;
      if (earlier && earlier.length > 0) {
        // A rerun that passed: the earlier failed runs and this pass are one flaky test.
        for (const run of earlier) {
          counts.total--;
          counts[run.outcome]--;
          if (run.finding) removed.add(run.finding);
          if (run.testCase) removedCases.add(run.testCase);
          findings.total--;
          cases.total--;
        }
        pendingCount -= earlier.length;
        earlier.length = 0;
        flaky = true;
      }
      if (flaky) counts.flaky++;
      counts.passed++;
      cases.add({ ...id, outcome: flaky ? 'flaky' : 'passed' });
      return;
    }
    counts[outcome]++;
    if (outcome === 'skipped') {
      cases.add({ ...id, outcome });
      return;
    }
    const title = c.classname && c.classname !== c.name ? `${c.classname} › ${c.name}` : c.name;
    const finding: Finding = {
      ...(c.file ? { file: retain(c.file) } : {}),
      ...(c.line ? { line: c.line } : {}),
      severity: 'error',
      rule: outcome === 'errored' ? 'test-error' : 'test-failure',
      message: retain(c.message ? `${title}: ${c.message}` : title),
    };
    const kept = findings.add(finding);
    const testCase = cases.add({
      ...id,
      outcome,
      ...(c.message ? { message: retain(c.message) } : {}),
      ...(finding.file ? { file: finding.file } : {}),
      ...(c.line ? { line: c.line } : {}),
      ...(kept ? { finding } : {}),
      ...(c.collectionOf !== undefined ? { stopped: 'self' as const } : {}),
    });
    pendingRuns(c, true)!.push({ outcome, ...(kept ? { finding } : {}), ...(testCase ? { testCase } : {}) });
    pendingCount++;
  };

  return xmlStream<TestsResult>(
    'JUnit',
    {
      open(name, attrs) {
        depth++;
        if (depth === 1) {
          if (name !== 'testsuites' && name !== 'testsuite') {
            throw new ReaderError(`not a JUnit report: the root element is <${name}>, expected <testsuites> or <testsuite>`);
          }
          sawTestsRoot = true;
        }
        if (name === 'testsuite') {
          suites.push(retain(attrs.name ?? ''));
          return;
        }
        if (name === 'testcase' && !current) {
          const line = numberAttr(attrs, 'line');
          current = {
            depth,
            suite: suites.at(-1) ?? '',
            classname: attrs.classname ?? attrs.class ?? '',
            name: attrs.name ?? '',
            ...(attrs.file ? { file: attrs.file } : {}),
            ...(line !== undefined && line > 0 ? { line: Math.floor(line) } : {}),
            error: false,
            failure: false,
            skipped: false,
            flaky: false,
          };
          return;
        }
        if (!current || depth !== current.depth + 1) return;
        switch (name) {
          case 'error':
          case 'failure': {
            const kind = name;
            if (kind === 'error') current.error = true;
            else current.failure = true;
            // The message shown comes from the outcome that decides the test (error beats failure).
            if (current.messageFrom === 'error' && kind === 'failure') return;
            if (current.messageFrom === kind && current.message) return;
            current.messageFrom = kind;
            if (kind === 'error' && attrs.message === 'collection failure' && !current.classname && /^[\w.]+$/.test(current.name) && !current.file) {
              current.collectionOf = current.name;
              current.collectionText = '';
            }
            locating = !current.file && current.collectionOf === undefined;
            const message = attrs.message ? firstLine(attrs.message) : '';
            if (message) current.message = message;
            else {
              delete current.message;
              collecting = kind;
              collected = '';
            }
            return;
          }
          case 'skipped':
            current.skipped = true;
            return;
          case 'flakyFailure':
          case 'flakyError':
            current.flaky = true;
            return;
          default:
            return;
        }
      },
      text(text) {
        if (locating && current) {
          const at = LOCATION.exec(text);
          if (at) {
            current.file = at[1]!;
            current.line = Number(at[2]);
            locating = false;
          }
        }
        if (collecting && collected.length < MESSAGE_CAP) collected += text.slice(0, MESSAGE_CAP - collected.length);
        if (current?.collectionText !== undefined) current.collectionText = (current.collectionText + text).slice(-COLLECTION_TAIL);
      },
      close(name) {
        if ((name === 'error' || name === 'failure') && current && depth === current.depth + 1) locating = false;
        if (name === 'error' && current?.collectionOf !== undefined && current.collectionText !== undefined && depth === current.depth + 1) {
          const place = collectionPlace(current.collectionOf, current.collectionText);
          current.file = place.file;
          if (place.line) current.line = place.line;
          delete current.collectionText;
        }
        if (collecting && (name === 'error' || name === 'failure') && current && depth === current.depth + 1) {
          const line = firstLine(collected);
          if (line) current.message = line;
          collecting = undefined;
          collected = '';
        }
        if (name === 'testsuite' && !(current && depth > current.depth)) suites.pop();
        if (name === 'testcase' && current && depth === current.depth) {
          closeCase(current);
          current = undefined;
        }
        depth--;
      },
    },
    () => {
      if (!sawTestsRoot) throw new ReaderError('not a JUnit report: no <testsuites> or <testsuite> root');
      const ran = counts.total - counts.skipped;
      return {
        ...counts,
        passRate: ran > 0 ? (counts.passed / ran) * 100 : null,
        findings: findings.items.filter((f) => !removed.has(f)),
        findingsTotal: findings.total,
        cases: removedCases.size > 0 ? cases.items.filter((t) => !removedCases.has(t)) : cases.items,
        casesTotal: cases.total,
      };
    },
  );
}

/** Sums the results of several JUnit documents. */
export function sumTestsResults(results: TestsResult[]): TestsResult {
  const counts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, findingsTotal: 0, casesTotal: 0 };
  const findings: Finding[] = [];
  const cases: TestCase[] = [];
  for (const r of results) {
    for (const k of ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'findingsTotal', 'casesTotal'] as const) counts[k] += r[k];
    findings.push(...r.findings);
    cases.push(...r.cases.slice(0, Math.max(0, MAX_CASES - cases.length)));
  }
  const ran = counts.total - counts.skipped;
  return { ...counts, passRate: ran > 0 ? (counts.passed / ran) * 100 : null, findings, cases };
}

const DECLARATION = '<?xml';

/**
 * JUnit from a stream that may hold several XML documents one after another (`cargo test --
 * --format junit` prints one per test binary): a new `<?xml` declaration starts a new document.
 */
export function createJUnitDocumentsReader(): StreamReader<TestsResult> {
  const results: TestsResult[] = [];
  let reader = createJUnitReader();
  let content = false;
  let carry = '';
  const feed = (s: string) => {
    if (!s) return;
    if (!content && s.trim()) content = true;
    reader.write(s);
  };
  const finishDocument = () => {
    results.push(reader.end());
    reader = createJUnitReader();
    content = false;
  };
  return {
    write(chunk) {
      let text = carry + chunk;
      for (;;) {
        const i = text.indexOf(DECLARATION, content ? 0 : 1);
        if (i < 0) break;
        feed(text.slice(0, i));
        finishDocument();
        text = text.slice(i);
      }
      // A declaration split across two chunks is found once the next chunk arrives.
      const keep = Math.min(DECLARATION.length - 1, text.length);
      feed(text.slice(0, text.length - keep));
      carry = text.slice(text.length - keep);
    },
    end() {
      feed(carry);
      if (content || results.length === 0) results.push(reader.end());
      return results.length === 1 ? results[0]! : sumTestsResults(results);
    },
  };
}
