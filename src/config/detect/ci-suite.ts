// The suite from the project's own CI: each command of a push or pull_request job's `run:` steps,
// expanded through its scripts, classified, and run as the check of its class, with the test
// runner's machine-readable reporter added where the runner is known. Setup, deploys and steps
// that need what a scorecard run does not have are left out, each with its reason.
import path from 'node:path';
import { ciSteps, type CiStep } from './ci-workflows.js';
import { CLASS_CATEGORY, classifyNode, scriptName, type CommandClass } from './classify.js';
import { nodeRunnerChecks, parseRunnerCommand, type PackageManager } from './node-tests.js';
import { leaves, originPath, renderWith, resolveLine, type Node } from './resolve.js';
import { onPath, pythonImports } from './python.js';
import { pytestCoverageScope } from './python-coverage.js';
import { readPythonProject } from './python-project.js';
import { readJson, slug, wd, type DetectedCheck } from './shared.js';
import { plainWord, renderWord } from './shell.js';

export interface LeftOut {
  origin: string;
  command: string;
  reason: string;
}

export interface CiSuite {
  checks: DetectedCheck[];
  leftOut: LeftOut[];
  /** `dir|class` pairs the CI covers: the scripts' and conventions' checks of these are not added. */
  covered: Set<string>;
  /** Workflow files read. */
  files: string[];
}

const PM_BIN: Record<PackageManager, string> = { npm: 'npm', pnpm: 'pnpm', yarn: 'yarn', 'yarn-berry': 'yarn', bun: 'bun' };
const EXEC_BIN: Record<PackageManager, string> = { npm: 'npx --no-install', pnpm: 'pnpm exec', yarn: 'yarn', 'yarn-berry': 'yarn', bun: 'bunx' };
const NODE_RUNNERS = new Set(['jest', 'vitest', 'mocha', 'ava', 'tap', 'node --test', 'c8', 'nyc']);

export function ciSuite(root: string, pm: PackageManager | undefined): CiSuite {
  const steps = ciSteps(root);
  const out: CiSuite = { checks: [], leftOut: [], covered: new Set(), files: [...new Set(steps.map((s) => s.file))] };
  const seen = new Set<string>();
  for (const step of steps) {
    if (step.skip) {
      out.leftOut.push({ origin: step.origin, command: firstLine(step.run), reason: step.skip });
      continue;
    }
    for (const node of resolveLine(step.run, step.workingDirectory, { root, ...(pm ? { pm } : {}) })) {
      if (node.command.argv[0] === 'cd') continue;
      const { classification, runner } = classifyNode(node);
      if (classification.kind === 'setup' || classification.kind === 'deploy' || classification.kind === 'other') {
        out.leftOut.push({ origin: step.origin, command: node.text, reason: classification.reason });
        continue;
      }
      // The same command in several jobs (a matrix, a second workflow) is one check.
      // (`pnpm build` and `pnpm run build` run the same script: the key is what runs, not the spelling.)
      const key = `${node.dir}\0${leaves(node).map((l) => `${l.dir} ${l.text}`).join('\n')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.covered.add(`${node.dir}|${classification.kind}`);
      const made = checksFor(root, step, node, classification.kind, 'tool' in classification ? classification.tool : classification.kind, runner, pm);
      // CI runs a job's steps one after another, and a step may use what the one before built
      // (or clean it away): the CI's checks run in the CI's order, each after the one before.
      const previous = out.checks.at(-1)?.id;
      if (previous && made[0]) {
        const after = Array.isArray(made[0].check.after) ? (made[0].check.after as string[]) : [];
        made[0].check.after = [previous, ...after];
      }
      out.checks.push(...made);
    }
  }
  return out;
}

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0]!;
  return text.trim().includes('\n') ? `${line} …` : line;
}

/** A readable id: the script's name (`test-ci`), else the tool's (`go-test`, `eslint`). */
function idFor(node: Node, tool: string): string {
  const script = node.script ?? scriptName(node.children?.find((c) => c.origin)?.origin);
  const base = (script ?? tool).replace(/^script /, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return `${slug(node.dir)}${base || 'command'}`;
}

function checksFor(root: string, step: CiStep, node: Node, kind: CommandClass, tool: string, runner: Node | undefined, pm: PackageManager | undefined): DetectedCheck[] {
  const id = idFor(node, tool);
  const via = runner ? originPath(node, runner) : [];
  const origin = [step.origin, ...via].join(' → ');
  const requires = requirement(node);
  const base = { ...wd(node.dir), ...(requires ? { requires: [requires] } : {}) };
  const plain = (note?: string): DetectedCheck => ({
    id,
    origin,
    comment: `${step.origin}: ${node.text}`,
    check: { category: CLASS_CATEGORY[kind], run: node.text, ...(note ? { note } : {}), ...base },
  });
  if (kind !== 'tests' || !runner) return [plain()];
  // Piped or redirected, the runner's output is the project's own business: run as written.
  if (runner.command.complex) return [plain(`totals not read: the test command has ${runner.command.complex}`)];
  const leafTool = (runner.tool ?? runner.command.argv).map(plainWord);
  const chain = (instrumented: string) => renderWith(node, runner, instrumented);
  const describe = `${step.origin}${via.length ? ` (${via.join(' → ')})` : ''}`;

  if (NODE_RUNNERS.has(tool) || NODE_RUNNERS.has(leafTool[0]!)) {
    const parsed = parseRunnerCommand(runner.command.env, runner.tool ?? runner.command.argv);
    if ('reason' in parsed) return [plain(`totals not read: ${parsed.reason}`)];
    const pkg = readJson(path.join(root, node.dir, 'package.json')) ?? {};
    const rootPkg = node.dir === '.' ? {} : (readJson(path.join(root, 'package.json')) ?? {});
    const deps = { ...(rootPkg.devDependencies as object), ...(rootPkg.dependencies as object), ...(pkg.dependencies as object), ...(pkg.devDependencies as object) } as Record<string, string>;
    const manager = pm ?? 'npm';
    const planned = nodeRunnerChecks(
      {
        root,
        dir: node.dir,
        // Each check's reports are its own: two CI steps may run the same runner in one folder.
        prefix: `${id}-`,
        pm: manager,
        scripts: {},
        deps,
        where: node.dir === '.' ? 'package.json' : `${node.dir}/package.json`,
        requires: [PM_BIN[manager]],
        execBin: EXEC_BIN[manager],
        runScript: (name) => `${PM_BIN[manager]} run ${name}`,
        chain,
        id,
        describe,
      },
      parsed,
      scriptName(runner.origin) ?? 'test',
    );
    if (!planned.checks) return [plain(`totals not read: ${planned.reason}`)];
    return planned.checks.map((c) => ({ ...c, origin }));
  }
  const temp = (file: string) => `"$READINESS_TEMP/${id}-${file}"`;
  if (leafTool[0] === 'pytest') {
    // The project's own --cov (in this command, else its tox, nox, addopts or coverage config, else
    // its own packages), when pytest-cov is there to measure it; ours only adds where reports go.
    const python = onPath('python') ? 'python' : 'python3';
    const own = leafTool.some((a) => a === '--cov' || a.startsWith('--cov='));
    const scope = own || !pythonImports(python, 'pytest_cov') ? undefined : pytestCoverageScope(readPythonProject(root), [{ argv: leafTool, origin }]);
    const scopeArgs = typeof scope === 'object' ? scope.args : [];
    const cov = own || typeof scope === 'object';
    const extra = ['-p', 'no:cacheprovider', `--junitxml=${temp('pytest.xml')}`, ...scopeArgs.map(renderWord), ...(cov ? [`--cov-report=xml:${temp('coverage.xml')}`, '--cov-report=term'] : [])];
    const instrumented = `COVERAGE_FILE=${temp('coverage-data')} ${runner.text} ${extra.join(' ')}`;
    // What runs is the expanded command (tox's pytest line), so its program is what must be installed.
    const pyBase = { ...base, requires: [runner.command.argv[0]!] };
    const checks: DetectedCheck[] = [
      { id, origin, comment: `${describe}: pytest with its JUnit report, kept out of the repository`, check: { category: 'tests', run: chain(instrumented), tests: { reports: `$READINESS_TEMP/${id}-pytest.xml` }, env: { PYTHONDONTWRITEBYTECODE: '1' }, ...pyBase } },
    ];
    const scopeOrigin = own ? origin : typeof scope === 'object' ? `${origin}; coverage scope from ${scope.origin}` : origin;
    if (cov) checks.push({ id: `${id}-coverage`, origin: scopeOrigin, comment: `${describe}: the coverage scope the project gives (${own ? 'its own --cov' : (scope as { scope: string }).scope})`, check: { category: 'coverage', after: [id], coverage: { reports: `$READINESS_TEMP/${id}-coverage.xml` }, ...pyBase } });
    return checks;
  }
  if (leafTool[0] === 'go' && leafTool[1] === 'test') {
    const args = runner.command.argv;
    const at = args.findIndex((a) => a === '-coverprofile' || a.startsWith('-coverprofile=') || a === '--coverprofile' || a.startsWith('--coverprofile='));
    const separate = at >= 0 && !args[at]!.includes('=');
    const kept = args.filter((a, i) => !(i === at || (separate && i === at + 1)) && a !== '-json');
    // The project's own flags (-race, -coverpkg, -tags) stay; the profile goes to the temporary folder.
    const words = [...kept.slice(0, 2), '-json', `-coverprofile=${temp('go-coverage.out')}`, ...kept.slice(2)];
    const instrumented = [...runner.command.env.map(([k, v]) => `${k}=${renderWord(v)}`), ...words.map((w, i) => (i === 3 ? w : renderWord(w)))].join(' ');
    return [
      { id, origin, comment: `${describe}: go test -json, a coverprofile kept out of the repository`, check: { category: 'tests', run: chain(instrumented), tests: { format: 'go-test-json' }, ...base } },
      { id: `${id}-coverage`, origin, comment: 'statement coverage of the same go test run', check: { category: 'coverage', after: [id], coverage: { reports: `$READINESS_TEMP/${id}-go-coverage.out` }, ...base } },
    ];
  }
  if (leafTool[0] === 'cargo' && leafTool[1] === 'test') {
    const args = runner.command.argv;
    const dash = args.indexOf('--');
    const words = dash >= 0 ? [...args.slice(0, dash), '--no-fail-fast', ...args.slice(dash)] : [...args, '--no-fail-fast'];
    const instrumented = `${[...runner.command.env.map(([k, v]) => `${k}=${renderWord(v)}`), ...words.map(renderWord)].join(' ')} 2>&1`;
    return [{ id, origin, comment: `${describe}: libtest's "test result:" lines of every test binary`, check: { category: 'tests', run: chain(instrumented), tests: { format: 'libtest' }, ...base } }];
  }
  return [plain(`totals not read: ${tool} runs as it is`)];
}

/** The program a check needs installed: the command's first word (npx, pnpm, go, tox…), unless it is a path. */
function requirement(node: Node): string | undefined {
  const first = node.command.argv[0];
  if (!first || node.command.complex || first.includes('/') || first.startsWith('.')) return undefined;
  return first;
}
