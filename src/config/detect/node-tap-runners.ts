// node-tap: the test check reads the TAP stream the run prints (tap --reporter=tap), so the totals
// are tap's own (ava's --tap is read the same way, in node-tests.ts). node-tap 18+ measures
// coverage itself and keeps its state in `.tap/` in the package folder, which it cannot be told to
// put elsewhere: its LCOV is copied into $READINESS_TEMP, and a `.tap/` the run created is removed
// after it unless .gitignore already ignores it, so the work tree is left as it was.
import path from 'node:path';
import ignore from 'ignore';
import { parse as parseYaml } from 'yaml';
import type { NodeTestInput, ParsedScript } from './node-test-input.js';
import { read, readJson, wd, type DetectedCheck } from './shared.js';

const SUBCOMMANDS = new Set(['report', 'replay', 'repl', 'plugin', 'build', 'version', 'config', 'list', 'help', 'debug']);

export interface TapPlan {
  checks: DetectedCheck[];
  reason: string;
}

/** Whether a .gitignore of the root or of the package ignores the package's `.tap/`. */
function tapDirIgnored(root: string, dir: string): boolean {
  const check = (base: string, rel: string) => {
    const text = read(path.join(root, base, '.gitignore'));
    return text !== undefined && ignore().add(text).ignores(rel);
  };
  return check('.', dir === '.' ? '.tap/' : `${dir}/.tap/`) || (dir !== '.' && check(dir, '.tap/'));
}

/** The major version of tap: the installed one, else the first number of the range. */
function tapMajor(root: string, dir: string, range: string | undefined): number | undefined {
  for (const at of [dir, '.']) {
    const v = readJson(path.join(root, at, 'node_modules', 'tap', 'package.json'))?.version;
    if (typeof v === 'string' && /^\d+/.test(v)) return Number(/^\d+/.exec(v)![0]);
  }
  const m = /(\d+)/.exec(range ?? '');
  return m ? Number(m[1]) : undefined;
}

/** node-tap's own switch for coverage: the script's flag, package.json's "tap" or .taprc. */
function tapCoverageDisabled(root: string, dir: string, args: string[]): boolean {
  if (args.includes('--disable-coverage')) return true;
  const pkg = readJson(path.join(root, dir, 'package.json'));
  const fromPkg = pkg?.tap && typeof pkg.tap === 'object' ? (pkg.tap as Record<string, unknown>)['disable-coverage'] : undefined;
  if (fromPkg === true) return true;
  const rc = read(path.join(root, dir, '.taprc'));
  if (rc === undefined) return false;
  try {
    const data: unknown = parseYaml(rc);
    return !!data && typeof data === 'object' && (data as Record<string, unknown>)['disable-coverage'] === true;
  } catch {
    return false;
  }
}

/** The test check (and its coverage check) for a script that is one call of node-tap. */
export function nodeTapChecks(input: NodeTestInput, parsed: ParsedScript, scriptName: string): TapPlan | { reason: string } {
  const { prefix: p, scripts, deps } = input;
  const pretest = scripts.pretest && !input.chain ? [input.runScript('pretest')] : [];
  const base = { ...wd(input.dir), requires: input.requires };
  const testId = input.id ?? `${p}test`;
  if (parsed.wrapper) return { reason: `tap runs under ${parsed.wrapper.name} (tap measures coverage itself)` };
  const major = tapMajor(input.root, input.dir, deps.tap);
  if (major !== undefined && major < 18) return { reason: `tap ${major} is older than 18, whose options the scorecard uses` };
  const first = parsed.args[0];
  if (first && SUBCOMMANDS.has(first)) return { reason: `tap ${first} is not a test run` };
  // Ours replace the script's reporter and coverage report; a value given apart cannot be told from a test file.
  if (parsed.args.some((a) => ['--reporter', '-R', '--reporter-file', '-f', '--coverage-report'].includes(a))) {
    return { reason: 'the test script gives tap a reporter as a separate argument' };
  }
  const args = parsed.args.filter((a) => !/^(?:--reporter(?:-file)?=|-[Rf]\S|--coverage-report=)/.test(a));
  const coverage = !tapCoverageDisabled(input.root, input.dir, parsed.args);
  const coverageDir = `$READINESS_TEMP/${p}coverage`;
  const tap = [...parsed.env, input.execBin, 'tap', '--reporter=tap', ...(coverage ? ['--coverage-report=lcovonly', '--coverage-report=text-summary'] : []), ...args].join(' ');
  const keep = tapDirIgnored(input.root, input.dir);
  // The shell runs with -e: the exit status is kept in s, the LCOV copied, then tap's status returned.
  const steps = [
    ...(keep ? [] : ["[ -e .tap ] || trap 'rm -rf .tap' EXIT"]),
    ...pretest,
    // A report left by an earlier run must not stand in for this one's.
    ...(coverage ? ['rm -f .tap/report/lcov.info'] : []),
    `${input.chain ? input.chain(tap) : tap} || s=$?`,
    ...(coverage ? [`[ ! -f .tap/report/lcov.info ] || { mkdir -p "${coverageDir}" && cp .tap/report/lcov.info "${coverageDir}/lcov.info"; }`] : []),
    'exit ${s:-0}',
  ];
  const where = `${input.dir === '.' ? '' : `${input.dir}/`}.tap/`;
  const checks: DetectedCheck[] = [
    {
      id: testId,
      comment: `${input.describe ?? `"${scriptName}" script in ${input.where}`} runs tap: its TAP output (--reporter=tap), read from the run's output; ${keep ? `${where} is ignored by .gitignore and kept` : `${where} is removed after the run unless it was there before`}`,
      check: { category: 'tests', run: steps.join('; '), tests: { format: 'tap' }, ...base },
    },
  ];
  if (coverage) {
    checks.push({
      id: input.id ? `${input.id}-coverage` : `${p}coverage`,
      comment: "tap's built-in coverage: line coverage of the tap run (its LCOV, copied out of .tap/report, read after it, pass or fail)",
      check: { category: 'coverage', after: [testId], coverage: { reports: `${coverageDir}/lcov.info` }, ...base },
    });
  }
  return { checks, reason: `tap totals (TAP)${coverage ? ", coverage by tap's built-in coverage" : ''}` };
}
