// Node test scripts with their totals and coverage: a script that is one call of vitest, jest,
// mocha, node's test runner or ava (optionally under c8 or nyc), or of node-tap, is run with the
// runner's own machine-readable reporter writing into $READINESS_TEMP (ava and tap: TAP, read from
// the run's output), so the totals equal what the runner prints and the work tree is left as it was. Coverage adds a text summary, so the run's own output
// shows the numbers the LCOV file holds. Anything else (a chain of commands, a custom
// wrapper, watch mode) runs as the user's script does, and the check says why totals were not read.
import { nodeTapChecks } from './node-tap-runners.js';
import { RUNNERS, WRAPPERS, type NodeTestInput, type ParsedScript, type Runner, type Wrapper } from './node-test-input.js';
import type { DetectedCheck } from './shared.js';
import path from 'node:path';
import { readJson, wd } from './shared.js';
import { classifyNode, scriptName } from './classify.js';
import { originPath, renderWith, resolveLine } from './resolve.js';
import { hasVariable, parseCommandLine, renderWord } from './shell.js';

export type { NodeTestInput, PackageManager, ParsedScript } from './node-test-input.js';

/** `npm run test:unit`, `yarn test:unit`, `pnpm run unit`: a script that only calls another. */
const DELEGATE = /^(?:npm|pnpm|yarn|bun)(?: run)? ([\w:.-]+)$/;

/** The script as env assignments, an optional coverage wrapper and one runner, or why it is not. */
export function parseTestScript(script: string): ParsedScript | { reason: string } {
  const list = parseCommandLine(script);
  if (list.length !== 1) return { reason: 'the test script is more than one command' };
  const command = list[0]!.command;
  if (command.complex) return { reason: `the test script has ${command.complex}` };
  return parseRunnerCommand(command.env, command.argv);
}

/** A runner's command (env assignments and words, a launcher such as npx already taken off), or why it is not one. */
export function parseRunnerCommand(envPairs: [string, string][], argv: string[]): ParsedScript | { reason: string } {
  if (argv.some(hasVariable) || envPairs.some(([, v]) => hasVariable(v))) return { reason: 'the test command expands a variable' };
  const tokens = [...argv];
  const env = envPairs.map(([k, v]) => `${k}=${renderWord(v)}`);
  // `cross-env A=b cmd` is the portable spelling of the shell's `A=b cmd`, which the check's sh runs.
  if (tokens[0] === 'cross-env') tokens.shift();
  while (tokens.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(tokens[0]!)) {
    const [k, ...v] = tokens.shift()!.split('=');
    env.push(`${k}=${renderWord(v.join('='))}`);
  }
  let wrapper: ParsedScript['wrapper'];
  if ((WRAPPERS as readonly string[]).includes(tokens[0] ?? '')) {
    const name = tokens.shift() as Wrapper;
    const at = tokens.findIndex((t) => (RUNNERS as readonly string[]).includes(t));
    if (at < 0) return { reason: `${name} runs a command that is not vitest, jest, mocha, node --test, ava or tap` };
    // An option value that names a runner ("--reporter mocha") would be misread; so would a value
    // given apart (`--exclude examples`), which must stay with its option: such options are kept whole.
    const before = tokens.slice(0, at);
    if (before.some((t, i) => !t.startsWith('-') && !before[i - 1]?.startsWith('-'))) return { reason: `${name}'s arguments are not all options` };
    wrapper = { name, args: tokens.splice(0, at) };
  }
  const runner = tokens.shift();
  if (!runner || !(RUNNERS as readonly string[]).includes(runner)) return { reason: `the test script runs ${runner ? `"${runner}"` : 'nothing'}, not vitest, jest, mocha, node --test, ava or tap` };
  if (runner === 'node' && !tokens.includes('--test')) return { reason: 'the test script runs node without --test' };
  if (tokens.some((t) => /^--watch(?:All)?(?:=|$)/.test(t) || t === '-w')) return { reason: 'the test script runs in watch mode' };
  if (runner === 'vitest' && tokens[0] && !tokens[0].startsWith('-') && tokens[0] !== 'run') return { reason: `vitest ${tokens[0]} is not a test run` };
  return { env, ...(wrapper ? { wrapper: { name: wrapper.name, args: wrapper.args.map(renderWord) } } : {}), runner: runner as Runner, args: tokens.map(renderWord) };
}

/** The major version of a package installed for the package folder or the root, if any. */
function installedMajor(root: string, dir: string, name: string): number | undefined {
  for (const at of [dir, '.']) {
    const v = readJson(path.join(root, at, 'node_modules', name, 'package.json'))?.version;
    if (typeof v === 'string' && /^\d+/.test(v)) return Number(/^\d+/.exec(v)![0]);
  }
  return undefined;
}

function has(deps: Record<string, string>, name: string): boolean {
  return typeof deps[name] === 'string';
}

/** The test check (and a coverage check when coverage can be measured) for a package. */
export function nodeTestChecks(input: NodeTestInput): { checks: DetectedCheck[]; reason: string } {
  const { prefix: p, scripts, where } = input;
  let name = 'test';
  let script = scripts.test!;
  // Follow one delegation (`"test": "npm run test:unit"`) to the script that runs the tests.
  const delegate = DELEGATE.exec(script.trim());
  if (delegate && scripts[delegate[1]!] && delegate[1] !== 'test') {
    name = delegate[1]!;
    script = scripts[name]!;
  }
  const plain = (reason: string): { checks: DetectedCheck[]; reason: string } => ({
    checks: [{ id: `${p}test`, comment: `"test" script in ${where}; ${reason}, so it runs as it is`, check: { category: 'tests', run: input.runScript('test'), note: `totals not read: ${reason}`, ...wd(input.dir), requires: input.requires } }],
    reason: `test script runs as it is (${reason})`,
  });
  const parsed = parseTestScript(script);
  if ('reason' in parsed) return chained(input, plain) ?? plain(parsed.reason);
  const planned = nodeRunnerChecks(input, parsed, name);
  return planned.checks ? planned : plain(planned.reason);
}

/**
 * A test script that chains commands (`pnpm lint && pnpm test:types && pnpm vitest run`): the
 * runner's own command is instrumented and the rest runs as written, through the same expansion
 * a CI step gets.
 */
function chained(input: NodeTestInput, plain: (reason: string) => { checks: DetectedCheck[]; reason: string }): { checks: DetectedCheck[]; reason: string } | undefined {
  const [node] = resolveLine(input.runScript('test'), input.dir, { root: input.root, pm: input.pm });
  if (!node) return undefined;
  const { classification, runner } = classifyNode(node);
  // A test step known only by its script's name (the script could not be read) is no runner to instrument.
  if (classification.kind !== 'tests' || !runner || classification.tool.startsWith('script ')) return undefined;
  if (runner.command.complex) return plain(`the test command has ${runner.command.complex}`);
  const parsed = parseRunnerCommand(runner.command.env, runner.tool ?? runner.command.argv);
  if ('reason' in parsed) return plain(parsed.reason);
  const via = originPath(node, runner);
  const planned = nodeRunnerChecks({ ...input, chain: (command) => renderWith(node, runner, command), describe: via.join(' → ') }, parsed, scriptName(runner.origin) ?? 'test');
  return planned.checks ? { ...planned, reason: `${planned.reason}; the rest of the chain runs as written` } : plain(planned.reason);
}

/** The instrumented checks for one parsed runner command, or undefined with `plain` left to the caller. */
export function nodeRunnerChecks(input: NodeTestInput, parsed: ParsedScript, name: string): { checks: DetectedCheck[]; reason: string } | { reason: string; checks?: undefined } {
  const { prefix: p, scripts, deps, where } = input;
  if (parsed.runner === 'tap') {
    return nodeTapChecks(input, parsed, name);
  }

  // jest before 21 has no --coverageReporters (and reads --outputFile otherwise): run as it is.
  if (parsed.runner === 'jest') {
    const major = installedMajor(input.root, input.dir, 'jest');
    if (major !== undefined && major < 21) return { reason: `jest ${major} is older than 21, whose options the scorecard uses` };
  }
  const temp = (file: string) => `$READINESS_TEMP/${p}${file}`;
  const coverageDir = temp('coverage');
  const runnerArgs = [...parsed.args];
  // No report file: the run's output is read (ava's TAP).
  let report: string | undefined;
  let coverageBy: string | undefined;
  let wrapperArgs: string[] | undefined = parsed.wrapper ? [...parsed.wrapper.args] : undefined;
  let wrapperName: Wrapper | undefined = parsed.wrapper?.name;
  const wrapperCoverage = (w: Wrapper) =>
    w === 'c8'
      ? ['--reporter=lcov', '--reporter=text-summary', `--reports-dir="${coverageDir}"`, `--temp-directory="${temp('c8-tmp')}"`]
      : ['--reporter=lcov', '--reporter=text-summary', `--report-dir="${coverageDir}"`, `--temp-dir="${temp('nyc-tmp')}"`];
  let runnerFront: string[] = [];
  switch (parsed.runner) {
    case 'vitest': {
      report = temp('vitest.json');
      if (runnerArgs[0] !== 'run') runnerArgs.unshift('run');
      runnerArgs.push('--reporter=default', '--reporter=json', `--outputFile.json="${report}"`);
      const provider = ['@vitest/coverage-v8', '@vitest/coverage-istanbul'].find((d) => has(deps, d));
      if (provider && !wrapperName) {
        runnerArgs.push('--coverage.enabled=true', '--coverage.reportOnFailure=true', '--coverage.reporter=lcov', '--coverage.reporter=text-summary', `--coverage.reportsDirectory="${coverageDir}"`);
        coverageBy = provider;
      }
      break;
    }
    case 'jest':
      report = temp('jest.json');
      runnerArgs.push('--json', `--outputFile="${report}"`);
      if (!wrapperName) {
        runnerArgs.push('--coverage', '--coverageReporters=lcov', '--coverageReporters=text-summary', `--coverageDirectory="${coverageDir}"`);
        coverageBy = "jest's built-in coverage";
      }
      break;
    case 'mocha':
      report = temp('mocha.xml');
      runnerArgs.push('--reporter=xunit', `--reporter-options=output="${report}"`);
      break;
    case 'ava':
      if (!runnerArgs.includes('--tap') && !runnerArgs.includes('-t')) runnerArgs.unshift('--tap');
      break;
    case 'node':
      report = temp('node-test.xml');
      // (`--reporter-options`: the spelling every mocha since 2.x accepts.)
      // Reporter options go before --test's file arguments; spec keeps the usual output.
      runnerFront = ['--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=junit', `--test-reporter-destination="${report}"`];
      break;
  }
  // mocha and node --test measure coverage through c8 or nyc: the script's own, or an installed one.
  if (!wrapperName && (parsed.runner === 'mocha' || parsed.runner === 'node')) {
    const installed = WRAPPERS.find((w) => has(deps, w));
    if (installed) {
      wrapperName = installed;
      wrapperArgs = [];
    }
  }
  if (wrapperName) {
    wrapperArgs = [...(wrapperArgs ?? []), ...wrapperCoverage(wrapperName)];
    coverageBy = wrapperName;
  }
  const command = [
    ...parsed.env,
    input.execBin,
    ...(wrapperName ? [wrapperName, ...wrapperArgs!] : []),
    parsed.runner,
    ...runnerFront,
    ...runnerArgs,
  ].join(' ');
  // A pretest script still runs first, as `npm test` would run it.
  const run = input.chain ? input.chain(command) : scripts.pretest ? `${input.runScript('pretest')} && ${command}` : command;
  const runnerTitle = parsed.runner === 'node' ? 'node --test' : parsed.runner;
  const format = parsed.runner === 'jest' || parsed.runner === 'vitest' ? 'JSON report, kept out of the repository' : parsed.runner === 'ava' ? "TAP output (--tap), read from the run's output" : 'JUnit report, kept out of the repository';
  const testId = input.id ?? `${p}test`;
  const checks: DetectedCheck[] = [
    {
      id: testId,
      comment: `${input.describe ?? `"${name}" script in ${where}`} runs ${runnerTitle}: its own ${format}`,
      check: { category: 'tests', run, tests: report ? { reports: report } : { format: 'tap' }, ...wd(input.dir), requires: input.requires },
    },
  ];
  if (coverageBy) {
    checks.push({
      id: input.id ? `${input.id}-coverage` : `${p}coverage`,
      comment: `${coverageBy}: line coverage of the ${runnerTitle} run (LCOV, read after it, pass or fail)`,
      check: { category: 'coverage', after: [testId], coverage: { reports: `${coverageDir}/lcov.info` }, ...wd(input.dir), requires: input.requires },
    });
  }
  return { checks, reason: `${runnerTitle} totals${parsed.runner === 'ava' ? ' (TAP)' : ''}${coverageBy ? `, coverage by ${coverageBy}` : ''}` };
}
