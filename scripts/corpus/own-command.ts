// Which command the corpus harness runs to get a runner's own numbers: the project's own script
// (the segments of its test script that call the runner, through `npm run` indirection), else the
// runner's plain command. Pure: it reads the scorecard's command and the project's scripts, it
// runs nothing. Arguments are only added to make the runner print a coverage text summary.
import type { Runner } from './runner-output.js';

export interface OwnCommand {
  /** A shell command line, run in the repository. */
  command: string;
  /** What it is run for: `setup` (a pre-script, run as it is) or the runner's own totals. */
  role: 'setup' | 'tests';
  /** Where the command came from: `package.json scripts.test`, `plain`. */
  origin: string;
}

const NODE_RUNNERS: [Runner, RegExp][] = [
  ['vitest', /(^|[\s/])vitest(\s|$)/],
  ['jest', /(^|[\s/])jest(\s|$)/],
  ['mocha', /(^|[\s/])mocha(\s|$)/],
  ['ava', /(^|[\s/])ava(\s|$)/],
  ['tap', /(^|[\s/])tap(\s|$)/],
  ['node-test', /(^|[\s/])node\s+(?:\S+\s+)*?--test(\s|=|$)/],
];

/** The runner a scorecard command runs, or null when it is none the harness knows. */
export function runnerOf(command: string): Runner | null {
  if (/(^|\s)(?:python3?\s+-m\s+)?pytest(\s|$)/.test(command)) return 'pytest';
  if (/(^|\s)go\s+test(\s|$)/.test(command)) return 'go';
  if (/(^|\s)cargo\s+test(\s|$)/.test(command)) return 'cargo';
  for (const [runner, re] of NODE_RUNNERS) if (re.test(command)) return runner;
  return null;
}

/** `a && b; c || d` → its commands (a harness's split: quotes holding `&&` are not expected in test scripts). */
export function segments(script: string): string[] {
  return script.split(/&&|\|\||;/).map((s) => s.trim()).filter(Boolean);
}

const RUN_SCRIPT = /^(?:npm\s+(?:run(?:-script)?\s+)?|pnpm\s+(?:run\s+)?|yarn\s+(?:run\s+)?|bun\s+run\s+)([\w:.-]+)(.*)$/;
const EXEC_PREFIX = /^(?:npx(?:\s+--no-install|\s+-y|\s+--yes)*|pnpm\s+exec|pnpm|yarn\s+exec|yarn|bunx)\s+/;

/**
 * The runner's commands in a package's script `name`, following `npm run X` / `pnpm X` / `yarn X`
 * into other scripts, with each script's `preX` first. What a chain runs before the runner (a
 * build the tests import, a lint) runs first as setup, as written; what it runs after is left out.
 */
export function scriptCommands(scripts: Record<string, string>, name: string, runner: Runner, seen = new Set<string>()): OwnCommand[] {
  const script = scripts[name];
  if (script === undefined || seen.has(name)) return [];
  seen.add(name);
  const out: OwnCommand[] = [];
  const pre = scripts[`pre${name}`];
  let pending: OwnCommand[] = pre === undefined ? [] : [{ command: pre, role: 'setup', origin: `package.json scripts.pre${name}` }];
  for (const segment of segments(script)) {
    const call = RUN_SCRIPT.exec(segment);
    if (call && scripts[call[1]!] !== undefined) {
      const inner = scriptCommands(scripts, call[1]!, runner, seen);
      if (inner.length) {
        out.push(...pending, ...inner);
        pending = [];
      } else pending.push({ command: segment, role: 'setup', origin: `package.json scripts.${name}` });
      continue;
    }
    if (runnerOf(segment) !== runner) {
      pending.push({ command: segment, role: 'setup', origin: `package.json scripts.${name}` });
      continue;
    }
    out.push(...pending, { command: segment.replace(EXEC_PREFIX, ''), role: 'tests', origin: `package.json scripts.${name}` });
    pending = [];
  }
  return out;
}

const PLAIN: Record<Runner, string> = {
  jest: 'jest',
  vitest: 'vitest run',
  mocha: 'mocha',
  'node-test': 'node --test',
  ava: 'ava',
  tap: 'tap',
  pytest: 'python3 -m pytest',
  go: 'go test -v ./...',
  cargo: 'cargo test --no-fail-fast',
};

export function plainCommand(runner: Runner): OwnCommand {
  return { command: PLAIN[runner], role: 'tests', origin: 'plain' };
}

/**
 * Adds what makes the runner print its coverage as an istanbul text summary (or coverage.py's
 * table): only a reporter, never another scope. `coverage` says the scorecard measured coverage,
 * so the runner's own measure is wanted even when the project's command does not ask for one;
 * then the runner's own default switch is used (`--coverage`, `c8`).
 */
export function withCoverageSummary(command: string, runner: Runner, coverage: boolean, wrapper: 'c8' | 'nyc' | null): string {
  const wrapped = /^(?:(?:\w+=\S*|cross-env)\s+)*(c8|nyc)(\s|$)/.exec(command);
  if (wrapped) {
    const at = wrapped.index + wrapped[0].length - wrapped[2]!.length;
    return `${command.slice(0, at)} --reporter=text-summary${command.slice(at)}`;
  }
  switch (runner) {
    // The reporter alone when coverage is off here: a config that turns coverage on prints it.
    case 'jest':
      if (!coverage && !/--coverage\b/.test(command)) return `${command} --coverageReporters=text-summary`;
      return `${command}${/--coverage(\s|=|$)/.test(command) ? '' : ' --coverage'} --coverageReporters=text-summary`;
    case 'vitest':
      if (!coverage && !/--coverage\b/.test(command)) return `${command} --coverage.reporter=text-summary`;
      return `${command} --coverage.enabled=true --coverage.reporter=text-summary`;
    case 'tap':
      return /disable-coverage/.test(command) ? command : `${command} --coverage-report=text-summary`;
    case 'pytest':
      if (/--cov\b/.test(command)) return `${command} --cov-report=term`;
      return coverage ? `${command} --cov --cov-report=term` : command;
    case 'go':
      return command;
    case 'cargo':
      return command;
    default:
      return coverage && wrapper ? `${wrapper} --reporter=text-summary ${command}` : command;
  }
}

/** The pytest line of tox.ini's `[testenv] commands`, as `python3 -m pytest …` without tox's `{posargs}`. */
export function toxPytest(toxIni: string): string | null {
  const section = /^\[testenv\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(toxIni);
  if (!section) return null;
  const commands = /^commands\s*=([\s\S]*?)(?=^\S|(?![\s\S]))/m.exec(section[1]!);
  if (!commands) return null;
  for (const raw of commands[1]!.split('\n')) {
    const line = raw
      .trim()
      .replace(/\{posargs(?::[^}]*)?\}/g, '')
      .replace(/\{env:\w+:([^}]*)\}/g, '$1')
      .replace(/^[\w-]+:\s+/, '\u0000')
      .trim();
    // A factor-conditional line (`coverage: …`) belongs to another environment.
    if (line.startsWith('\u0000')) continue;
    const m = /^(?:python3?\s+-m\s+)?(?:coverage\s+run\s+-m\s+)?pytest\b(.*)$/.exec(line);
    if (m) return `python3 -m pytest${m[1]!.trimEnd()}`;
  }
  return null;
}

/**
 * Whether a project's own test command measures coverage itself (then its scope is the project's):
 * c8 or nyc around it, jest's or vitest's `--coverage`, pytest-cov's `--cov`, tap unless disabled.
 * Coverage switched on in a runner's config file is not seen here.
 */
export function declaresCoverage(command: string, runner: Runner): boolean {
  if (/^(?:(?:\w+=\S*|cross-env)\s+)*(c8|nyc)(\s|$)/.test(command)) return true;
  if (runner === 'tap') return !/disable-coverage/.test(command);
  if (runner === 'pytest') return /--cov\b/.test(command);
  return /--coverage\b/.test(command) && runner !== 'go';
}
