// The corpus harness: zero config on checked-out repositories, next to each detected runner's own
// numbers, in one table. Exits 1 on any difference, 2 on a usage error.
//   npm run corpus -- [--out FILE] [--cli FILE] DIR...
// Needs a current dist/ (`npm run bundle`) and each repository's dependencies installed. Every run
// keeps its files in a temporary folder; what the runners leave in a repository (coverage/,
// .nyc_output, .tap/) is removed afterwards, so its `git status` is what it was.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { declaresCoverage, plainCommand, runnerOf, scriptCommands, toxPytest, withCoverageSummary, type OwnCommand } from './corpus/own-command.js';
import { add, parseCoveragePyTotal, parseGoCoverTotal, parseTextSummary, parseTotals, type Runner, type RunnerCoverage, type RunnerTotals } from './corpus/runner-output.js';
import { differences, renderTable, type Row, type ScorecardCoverage } from './corpus/table.js';

const root = path.resolve(import.meta.dirname, '..');
const NODE_RUNNERS: Runner[] = ['vitest', 'jest', 'mocha', 'ava', 'tap', 'node-test'];
const TIMEOUT_MS = 20 * 60_000;

interface ReportCheck {
  id: string;
  kind: string;
  category: string;
  status: string;
  summary: string;
  metrics: Record<string, unknown>;
  evidence: { command?: string; workingDirectory: string };
  /** Zero config: where the check came from (`.github/workflows/ci.yml:12 (job test) → package.json scripts.test-ci`). */
  origin?: string;
}

function usage(message: string): never {
  console.error(`${message}\nusage: npm run corpus -- [--out FILE] [--cli FILE] DIR...`);
  process.exit(2);
}

function parseArgs(argv: string[]): { dirs: string[]; out: string | null; cli: string } {
  const dirs: string[] = [];
  let out: string | null = null;
  let cli = path.join(root, 'dist', 'cli.js');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out' || arg === '--cli') {
      const value = argv[++i];
      if (!value) usage(`${arg} needs a value`);
      if (arg === '--out') out = path.resolve(value);
      else cli = path.resolve(value);
    } else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
    else dirs.push(path.resolve(arg));
  }
  if (dirs.length === 0) usage('no repository given');
  for (const dir of dirs) if (!existsSync(path.join(dir, '.git'))) usage(`${dir}: not a git checkout (no .git)`);
  if (!existsSync(cli)) usage(`${cli} does not exist: run npm run bundle first`);
  return { dirs, out, cli };
}

/** Paths git lists as untracked or ignored, and the porcelain status of tracked files. */
function gitState(dir: string): { extra: Set<string>; tracked: string } {
  const res = spawnSync('git', ['status', '--porcelain=v1', '-z', '--ignored'], { cwd: dir, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`${dir}: git status failed: ${res.stderr}`);
  const entries = res.stdout.split('\0').filter(Boolean);
  const extra = new Set(entries.filter((e) => e.startsWith('?? ') || e.startsWith('!! ')).map((e) => e.slice(3)));
  const tracked = entries.filter((e) => !e.startsWith('?? ') && !e.startsWith('!! ')).join('\n');
  return { extra, tracked };
}

/** Removes what a run added next to the files git knows of; says when tracked files changed. */
function restore(dir: string, before: { extra: Set<string>; tracked: string }): string | null {
  const after = gitState(dir);
  for (const entry of after.extra) if (!before.extra.has(entry)) rmSync(path.join(dir, entry), { recursive: true, force: true });
  return after.tracked === before.tracked ? null : `tracked files changed: ${after.tracked || '(none now)'}`;
}

function sh(command: string, cwd: string, env: NodeJS.ProcessEnv, log: string): { code: number | null; output: string } {
  console.error(`  $ ${command}  (in ${cwd})`);
  const res = spawnSync('bash', ['--noprofile', '--norc', '-c', `${command} 2>&1`], { cwd, env, encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024 });
  const output = `${res.stdout ?? ''}${res.error ? `\n[harness] ${res.error.message}` : ''}`;
  writeFileSync(log, `$ ${command}\n${output}`);
  return { code: res.status, output };
}

/**
 * The PATH without this project's node_modules/.bin folders (`npm run` puts them first), so that a
 * repository's runner is its own, never this project's vitest or tsx.
 */
function childPath(current: string): string {
  return current
    .split(path.delimiter)
    .filter((entry) => !path.resolve(entry).startsWith(path.join(root, 'node_modules')))
    .join(path.delimiter);
}

/** The runner's own environment: the repository's node_modules/.bin first, as `npm test` has it. */
function ownEnv(env: NodeJS.ProcessEnv, cwd: string, dir: string): NodeJS.ProcessEnv {
  const bins = [...new Set([cwd, dir].map((d) => path.join(d, 'node_modules', '.bin')))].filter((d) => existsSync(d));
  return { ...env, PATH: [...bins, env.PATH ?? ''].join(path.delimiter) };
}

/** node-tap's major version installed for the repository, 0 when it cannot be read. */
function tapMajor(cwd: string, dir: string): number {
  for (const base of [cwd, dir]) {
    const file = path.join(base, 'node_modules', 'tap', 'package.json');
    if (existsSync(file)) return Number.parseInt((JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '0', 10) || 0;
  }
  return 0;
}

function scorecardTotals(check: ReportCheck): Row['scorecard'] {
  const m = check.metrics;
  if (typeof m.total !== 'number') return null;
  return { total: m.total, passed: Number(m.passed), failed: Number(m.failed ?? 0) + Number(m.errored ?? 0) };
}

function scorecardCoverage(check: ReportCheck | undefined): ScorecardCoverage | null {
  if (!check) return null;
  for (const metric of ['lines', 'statements']) {
    const m = check.metrics[metric] as { covered?: number; total?: number } | undefined;
    if (m && typeof m.covered === 'number' && typeof m.total === 'number') return { covered: m.covered, total: m.total, metric };
  }
  return null;
}

/** The runner a tests check runs: from its command, else from the package's test script. */
function checkRunner(check: ReportCheck, dir: string): Runner | null {
  const fromCommand = runnerOf(check.evidence.command ?? '');
  if (fromCommand) return fromCommand;
  const scripts = packageScripts(dir);
  if (!scripts) return null;
  return NODE_RUNNERS.find((r) => scriptCommands(scripts, 'test', r).length > 0) ?? null;
}

function packageScripts(dir: string): Record<string, string> | null {
  const file = path.join(dir, 'package.json');
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
}

/** The package script a check runs, from its origin (the last `scripts.X`), else `test`. */
function scriptOf(check: ReportCheck): string {
  const all = [...(check.origin ?? '').matchAll(/scripts\.([^\s→]+)/g)];
  return all.at(-1)?.[1] ?? 'test';
}

/** The `--cov` arguments the scorecard's own pytest command passed (the scope it measured). */
function covScope(command: string | undefined): string[] {
  return [...(command ?? '').matchAll(/(?:^|\s)(--cov(?:=[^\s]+)?)(?=\s|$)/g)].map((m) => m[1]!);
}

function ownCommands(runner: Runner, cwd: string, check: ReportCheck): OwnCommand[] {
  if (NODE_RUNNERS.includes(runner)) {
    const scripts = packageScripts(cwd);
    const fromScripts = scripts ? scriptCommands(scripts, scriptOf(check), runner) : [];
    return fromScripts.length ? fromScripts : [plainCommand(runner)];
  }
  if (runner === 'pytest') {
    const tox = path.join(cwd, 'tox.ini');
    const fromTox = existsSync(tox) ? toxPytest(readFileSync(tox, 'utf8')) : null;
    const cmd = fromTox ? { command: fromTox, role: 'tests' as const, origin: 'tox.ini [testenv] commands' } : plainCommand(runner);
    // Where the project names no scope, the runner is asked for the scope the scorecard measured
    // (the project's own packages), so the two numbers are of the same code.
    const scope = /--cov\b/.test(cmd.command) ? [] : covScope(check.evidence.command).filter((a) => a !== '--cov');
    return [{ ...cmd, command: `${cmd.command} -p no:cacheprovider${scope.length ? ` ${scope.join(' ')}` : ''}` }];
  }
  return [plainCommand(runner)];
}

function runRepository(dir: string, cli: string): Row[] {
  const name = path.basename(dir);
  const temp = mkdtempSync(path.join(os.tmpdir(), `readiness-corpus-${name}-`));
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: childPath(process.env.PATH ?? ''), TMPDIR: temp };
  const before = gitState(dir);
  console.error(`${name}: zero config`);
  const report = path.join(temp, 'report.json');
  const scorecardRun = sh(`${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} ${JSON.stringify(dir)} --json ${JSON.stringify(report)} --no-color`, dir, env, path.join(temp, 'scorecard.log'));
  const changed = restore(dir, before);
  if (changed) console.error(`${name}: the scorecard run changed the work tree: ${changed}`);
  if (!existsSync(report)) {
    return [{ repository: name, check: '(run)', scorecard: null, scorecardNote: `no report (exit ${scorecardRun.code})`, own: null, ownCommand: '', scorecardCoverage: null, coverageChecked: false, ownCoverage: null }];
  }
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as { checks: ReportCheck[]; config: { detected?: { yaml: string } } };
  const detected = parseYaml(parsed.config.detected?.yaml ?? 'checks: []') as { checks?: { id: string; after?: string[] }[] };
  const afterOf = new Map((detected.checks ?? []).map((c) => [c.id, c.after ?? []]));
  // A test script zero config could not instrument is a plain `run` check in the tests category.
  const tests = parsed.checks.filter((c) => c.kind === 'tests' || (c.category === 'tests' && c.evidence.command));
  const coverages = parsed.checks.filter((c) => c.kind === 'coverage');
  const rows: Row[] = [];
  tests.forEach((check, index) => {
    const coverage = coverages.find((c) => (afterOf.get(c.id) ?? []).includes(check.id)) ?? (tests.length === 1 && coverages.length === 1 ? coverages[0] : undefined);
    const cwd = path.resolve(dir, check.evidence.workingDirectory || '.');
    const runner = checkRunner(check, cwd);
    const row: Row = {
      repository: name,
      check: coverage ? `${check.id} + ${coverage.id}` : check.id,
      scorecard: scorecardTotals(check),
      own: null,
      ownCommand: '',
      scorecardCoverage: scorecardCoverage(coverage),
      coverageChecked: coverage !== undefined,
      ownCoverage: null,
    };
    if (!row.scorecard) row.scorecardNote = `${check.status}: ${check.summary}`;
    rows.push(row);
    if (!runner) {
      row.ownNote = 'no runner the harness knows';
      return;
    }
    const wrapper = /(^|\s)c8\s/.test(check.evidence.command ?? '') ? 'c8' : /(^|\s)nyc\s/.test(check.evidence.command ?? '') ? 'nyc' : null;
    const commands = ownCommands(runner, cwd, check);
    const runEnv = ownEnv(env, cwd, dir);
    const run: string[] = [];
    let totals: RunnerTotals | null = null;
    let cov: RunnerCoverage | null = null;
    commands.forEach((own, n) => {
      const log = path.join(temp, `own-${index}-${n}.log`);
      if (own.role === 'setup') {
        run.push(`(setup) ${own.command}`);
        sh(own.command, cwd, runEnv, log);
        return;
      }
      // tap before 18 takes --coverage-report=X as "print the last report, run nothing", and into a
      // pipe prints TAP without totals: its terse reporter prints them.
      let command = runner === 'tap' && tapMajor(cwd, dir) < 18 ? `${own.command} -R terse` : withCoverageSummary(own.command, runner, row.coverageChecked, wrapper);
      const profile = path.join(temp, `go-cover-${index}.out`);
      if (runner === 'go' && row.coverageChecked) command = command.replace(/^go test /, `go test -coverprofile=${JSON.stringify(profile)} `);
      let res = sh(command, cwd, runEnv, log);
      let t = parseTotals(runner, res.output);
      if (!t && command !== own.command) {
        // What was added for the coverage summary can be too new for an old runner (jest 19 has no
        // --coverageReporters): the project's command as it is still gives the totals.
        command = own.command;
        res = sh(command, cwd, runEnv, `${log}.plain`);
        t = parseTotals(runner, res.output);
      }
      run.push(command);
      if (t) totals = totals ? add(totals, t) : t;
      if (!cov) {
        if (runner === 'go') {
          if (existsSync(profile)) cov = parseGoCoverTotal(sh(`go tool cover -func=${JSON.stringify(profile)}`, cwd, env, `${log}.cover`).output);
        } else if (runner === 'pytest') cov = parseCoveragePyTotal(res.output);
        else cov = parseTextSummary(res.output, row.scorecardCoverage?.metric === 'statements' ? 'statements' : 'lines');
        // Coverage the harness switched on is the runner's default scope; else it is the project's (its command or config).
        if (cov) row.ownCoverageOrigin = row.coverageChecked && !declaresCoverage(own.command, runner) ? 'runner default' : 'project';
      }
      if (!t) row.ownNote = `exit ${res.code}, no totals in its output (${log})`;
    });
    row.own = totals;
    row.ownCoverage = cov;
    row.ownCommand = run.join(' ; ');
    const changedOwn = restore(dir, before);
    if (changedOwn) console.error(`${name}: the runner's own run changed the work tree: ${changedOwn}`);
  });
  if (tests.length === 0) rows.push({ repository: name, check: '(none)', scorecard: null, scorecardNote: 'no tests check detected', own: null, ownCommand: '', scorecardCoverage: null, coverageChecked: false, ownCoverage: null });
  console.error(`${name}: logs in ${temp}`);
  return rows;
}

const { dirs, out, cli } = parseArgs(process.argv.slice(2));
const rows = dirs.flatMap((dir) => runRepository(dir, cli));
const table = renderTable(rows);
process.stdout.write(table);
if (out) writeFileSync(out, table);
process.exit(rows.some((row) => differences(row).length > 0) ? 1 : 0);
