// What a failed test command's own text says about the parts that never ran: Go packages that
// failed to build, crates that did not compile, pytest files that failed to collect, jest/vitest
// suites that failed to load, Maven/Gradle compilations. Pure text in; each unit with the first
// line that says why. These lines sit outside the machine-readable reports (go test -json prints
// them as plain text, pytest's JUnit holds only "collection failure").
import { clip, stripColour } from './tool-output.js';

export interface BuildFailure {
  /** The package, crate, file, suite or project that did not build or load. */
  unit: string;
  /** The compiler's or collector's first error line, or '' when the output names none. */
  cause: string;
  /** What did not happen to it. */
  failed: 'build' | 'compile' | 'collect' | 'load';
}

function lines(output: string): string[] {
  return stripColour(output)
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
}

/** Go: `FAIL <pkg> [build failed]`, its `# <pkg>` block's first error and Go's version note. */
function goFailures(all: string[]): BuildFailure[] {
  const causes = new Map<string, string>();
  let current: string | undefined;
  for (const line of all) {
    const header = /^# (\S+)(?: \[[^\]]+\])?$/.exec(line);
    if (header) {
      current = header[1]!;
      continue;
    }
    if (!current) continue;
    // "note: module requires Go 1.21" is the real cause of the errors above it: it goes first.
    const note = /^note: (module requires Go [\d.]+)/.exec(line);
    if (note) {
      const prior = causes.get(current);
      causes.set(current, prior ? `${note[1]}: ${prior}` : note[1]!);
      continue;
    }
    if (!causes.has(current) && line.trim() && !/^(?:FAIL|ok)\s/.test(line) && !line.startsWith('{')) causes.set(current, line.trim());
    if (/^(?:FAIL|ok)\s/.test(line) || line.startsWith('{')) current = undefined;
  }
  const out = new Map<string, BuildFailure>();
  for (const line of all) {
    const m = /^FAIL\s+(\S+) \[(?:build|setup) failed\]/.exec(line);
    if (m && !out.has(m[1]!)) out.set(m[1]!, { unit: m[1]!, cause: causes.get(m[1]!) ?? '', failed: 'build' });
  }
  // `go: go.mod requires go >= 1.21` stops every package before the first header.
  const at = all.findIndex((l) => /^go: .*requires go\b/i.test(l) || /^go: errors parsing go\.mod/.test(l));
  if (out.size === 0 && at >= 0) {
    // "go: errors parsing go.mod:" says what on the next line.
    const cause = all[at]!.trim().endsWith(':') && all[at + 1]?.trim() ? `${all[at]!.trim()} ${all[at + 1]!.trim()}` : all[at]!.trim();
    out.set('(module)', { unit: '(module)', cause, failed: 'build' });
  }
  return [...out.values()];
}

/** cargo: `error: could not compile `crate``, after the compiler's `error[E…]: …` lines. */
function cargoFailures(all: string[]): BuildFailure[] {
  const out: BuildFailure[] = [];
  let first = '';
  for (const line of all) {
    const done = /^error: could not compile `([^`]+)`/.exec(line);
    if (done) {
      if (!out.some((f) => f.unit === done[1])) out.push({ unit: done[1]!, cause: first, failed: 'compile' });
      first = '';
    } else if (!first && /^error(?:\[E\d+\])?: /.test(line)) first = line.trim();
  }
  return out;
}

/** pytest's short summary: `ERROR tests/test_x.py - ModuleNotFoundError: No module named 'x'`. */
function pytestFailures(all: string[]): BuildFailure[] {
  const out: BuildFailure[] = [];
  // Each `_ ERROR collecting <file> _` section's first `E   <exception>` line.
  const sections = new Map<string, string>();
  let current: string | undefined;
  for (const line of all) {
    const head = /^_+ ERROR collecting (\S+) _+$/.exec(line);
    if (head) current = head[1]!;
    else if (/^(?:_{3,}|={3,}) /.test(line)) current = undefined;
    else if (current && !sections.has(current) && /^E {2,}\S/.test(line)) sections.set(current, line.replace(/^E\s+/, '').trim());
  }
  for (const line of all) {
    const m = /^ERROR (\S+\.py)(?:::\S+)? - (.+)$/.exec(line) ?? /^ERROR (\S+\.py)$/.exec(line);
    if (m && !out.some((f) => f.unit === m[1])) out.push({ unit: m[1]!, cause: sections.get(m[1]!) ?? m[2]?.trim() ?? '', failed: 'collect' });
  }
  return out;
}

/** jest: `FAIL <file>` then `● Test suite failed to run` and its message; vitest: ` FAIL  <file> [ <file> ]` then the error. */
function suiteFailures(all: string[]): BuildFailure[] {
  const out: BuildFailure[] = [];
  for (let i = 0; i < all.length; i++) {
    const jest = /^\s*FAIL\s+(\S+)/.exec(all[i]!);
    if (!jest) continue;
    const vitest = /^\s*FAIL\s+(\S+) \[ \S+ \]/.exec(all[i]!);
    const window = all.slice(i + 1, i + 12);
    const at = window.findIndex((l) => /Test suite failed to run/.test(l));
    if (!vitest && at < 0) continue;
    const rest = window.slice(at + 1).map((l) => l.trim());
    const cause = rest.find((l) => l && !/^[─⎯]+$/.test(l)) ?? '';
    if (!out.some((f) => f.unit === jest[1])) out.push({ unit: jest[1]!, cause, failed: 'load' });
  }
  return out;
}

/** Maven's compiler plugin and Gradle's compile tasks. */
function jvmFailures(all: string[]): BuildFailure[] {
  const out: BuildFailure[] = [];
  const mavenCause = all.find((l) => /^\[ERROR\] \S+\.(?:java|kt|scala):\[\d+,\d+\] /.test(l))?.replace(/^\[ERROR\] /, '').trim();
  for (const line of all) {
    const m = /^\[ERROR\] Failed to execute goal \S*(?:compiler|kotlin)\S*:(?:test)?[cC]ompile .*on project (\S+?):/.exec(line);
    if (m && !out.some((f) => f.unit === m[1])) out.push({ unit: m[1]!, cause: mavenCause ?? '', failed: 'compile' });
  }
  const gradleCause = all.find((l) => /\.(?:java|groovy):\d+: error: /.test(l) || /^e: /.test(l))?.trim();
  for (const line of all) {
    const m = /^> Task (\S*:compile\w*) FAILED/.exec(line);
    if (m && !out.some((f) => f.unit === m[1])) out.push({ unit: m[1]!, cause: gradleCause ?? '', failed: 'compile' });
  }
  return out;
}

/** "<unit> failed to build: <cause>", the way a summary names one. */
export function describeFailure(f: BuildFailure): string {
  return `${f.unit === '(module)' ? 'the module' : f.unit} failed to ${f.failed}${f.cause ? `: ${f.cause}` : ''}`;
}

/** Every unit the output says failed to build, compile, collect or load, each once. */
export function buildFailures(output: string): BuildFailure[] {
  const all = lines(output);
  return [...goFailures(all), ...cargoFailures(all), ...pytestFailures(all), ...suiteFailures(all), ...jvmFailures(all)].map((f) => ({ ...f, cause: clip(f.cause, 240) }));
}

/** Lines that carry an error, the way people scan a log for one. */
const ERROR_LINE = [
  /^(?:Error|TypeError|SyntaxError|ReferenceError|RangeError)\b.*\S/,
  /^\S*Error \[ERR_[A-Z_]+\]:.*/,
  /\bCannot find (?:package|module)\b.*/,
  /^error(?:\[E\d+\])?: .*/,
  /^ERROR\b.*/i,
  /^\[ERROR\] .*/,
  /^\S+\.\w+:\d+(?::\d+)?: (?:error: )?.*/,
  /^FAIL\b.*/,
  /^E {3}\S.*/,
  /^npm ERR! .*/,
  /^ERR_PNPM_\w+.*/,
  /^ {0,2}ERR_PNPM_\w+.*/,
  /\bnot found\b.*/,
  /\bfailed\b.*/i,
];

/**
 * The first line of a command's output that says what went wrong, for a one-line summary:
 * `Cannot find package '@vercel/ncc'`, `undefined: max`. Lines of JSON events are skipped.
 */
export function firstErrorLine(output: string, max = 160): string | undefined {
  const all = lines(output)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('{') && !l.startsWith('at '));
  for (const re of ERROR_LINE) {
    for (const line of all) {
      const m = re.exec(line);
      if (m) return clip(line, max);
    }
  }
  return undefined;
}

/**
 * The lines of a failed command's output that say why, in order, at most `max`: what failed to
 * build or load, FAIL lines, compiler and runtime errors. Machine-readable event lines (go test
 * -json, jest --json) and stack frames are left for the raw output.
 */
export function whyLines(output: string, max = 8): string[] {
  const out: string[] = [];
  for (const f of buildFailures(output)) if (out.length < max) out.push(describeFailure(f));
  const wanted = /^(?:FAIL\b|ERROR\b|E {3}\S|error(?:\[E\d+\])?:|\[ERROR\]|npm ERR!|npm error\b|ERR_PNPM_|\S*Error\b.*:|\S+\.\w+:\d+(?::\d+)?: |note: |go: |sh: .*not found|.*\bnot found\b|.*Cannot find (?:package|module)\b|> Task \S+ FAILED)/;
  for (const raw of lines(output)) {
    if (out.length >= max) break;
    const line = raw.trim();
    if (!line || line.startsWith('{') || line.startsWith('at ') || !wanted.test(line)) continue;
    const shown = clip(line, 240);
    if (!out.includes(shown) && !out.some((o) => o.endsWith(shown))) out.push(shown);
  }
  return out;
}
