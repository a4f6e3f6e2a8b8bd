// Zero config: the suite a reviewer of each ecosystem would run, from manifests and lockfiles.
// Detection reads the repository and never changes it; tools it cannot assume are `requires`, so a
// missing one makes its check skipped as "not installed". The result is a config text, so a run with
// the file `readiness init` writes executes exactly the checks auto-detection ran.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, isSeq, visit } from 'yaml';
import picomatch from 'picomatch';

export interface Detection {
  /** What was found and why, one line each, e.g. "Node (npm): package.json, package-lock.json". */
  reasons: string[];
  /** The equivalent .github/readiness.yml, with short comments. */
  yaml: string;
}

interface DetectedCheck {
  id: string;
  comment: string;
  check: Record<string, unknown>;
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'target', 'build', 'dist', 'vendor', '.venv', 'venv', '__pycache__', '.tox', '.gradle']);

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function readJson(file: string): Record<string, unknown> | undefined {
  const text = read(file);
  if (text === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function exists(dir: string, ...names: string[]): string | undefined {
  return names.find((n) => existsSync(path.join(dir, n)));
}

/** Directories (relative, forward slashes) matching workspace globs like "packages/*". */
function expandWorkspaces(root: string, patterns: string[]): string[] {
  const out = new Set<string>();
  const positive = patterns.filter((p) => !p.startsWith('!')).map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''));
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1).replace(/^\.\//, '').replace(/\/$/, ''));
  const isMatch = picomatch(positive);
  const isExcluded = negative.length ? picomatch(negative) : () => false;
  const maxDepth = Math.max(1, ...positive.map((p) => (p.includes('**') ? 4 : p.split('/').length)));
  const walk = (rel: string, depth: number) => {
    if (depth > maxDepth) return;
    let entries;
    try {
      entries = readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory() || SKIP_DIRS.has(e.name) || e.name.startsWith('.')) continue;
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (isMatch(p) && !isExcluded(p)) out.add(p);
      walk(p, depth + 1);
    }
  };
  walk('', 1);
  return [...out].sort();
}

function slug(dir: string): string {
  return dir === '.' ? '' : `${dir.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}-`;
}

function wd(dir: string): Record<string, string> {
  return dir === '.' ? {} : { 'working-directory': dir };
}

// --- Node ---------------------------------------------------------------------------------------

type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'yarn-berry' | 'bun';

function packageManager(root: string, pkg: Record<string, unknown>): { pm: PackageManager; why: string } {
  const field = typeof pkg.packageManager === 'string' ? pkg.packageManager : '';
  if (field.startsWith('pnpm@')) return { pm: 'pnpm', why: `packageManager ${field}` };
  if (field.startsWith('yarn@')) return { pm: /^yarn@1\./.test(field) ? 'yarn' : 'yarn-berry', why: `packageManager ${field}` };
  if (field.startsWith('bun@')) return { pm: 'bun', why: `packageManager ${field}` };
  if (field.startsWith('npm@')) return { pm: 'npm', why: `packageManager ${field}` };
  const lock = exists(root, 'pnpm-lock.yaml', 'yarn.lock', 'bun.lockb', 'bun.lock', 'package-lock.json', 'npm-shrinkwrap.json');
  switch (lock) {
    case 'pnpm-lock.yaml':
      return { pm: 'pnpm', why: lock };
    case 'yarn.lock':
      return { pm: existsSync(path.join(root, '.yarnrc.yml')) ? 'yarn-berry' : 'yarn', why: existsSync(path.join(root, '.yarnrc.yml')) ? 'yarn.lock, .yarnrc.yml' : lock };
    case 'bun.lockb':
    case 'bun.lock':
      return { pm: 'bun', why: lock };
    case undefined:
      return { pm: 'npm', why: 'no lockfile (npm assumed)' };
    default:
      return { pm: 'npm', why: lock };
  }
}

const PM_BIN: Record<PackageManager, string> = { npm: 'npm', pnpm: 'pnpm', yarn: 'yarn', 'yarn-berry': 'yarn', bun: 'bun' };
const NO_TEST = /no test specified/;

function runScript(pm: PackageManager, script: string): string {
  if (script === 'test' && pm !== 'bun') return `${PM_BIN[pm]} test`;
  return `${PM_BIN[pm]} run ${script}`;
}

function execBin(pm: PackageManager): string {
  return pm === 'npm' ? 'npx --no-install' : pm === 'pnpm' ? 'pnpm exec' : pm === 'bun' ? 'bunx' : 'yarn';
}

function nodeChecks(root: string, dir: string, pm: PackageManager, pkg: Record<string, unknown>, withAudit: boolean): DetectedCheck[] {
  const abs = path.join(root, dir);
  const scripts = (pkg.scripts && typeof pkg.scripts === 'object' ? pkg.scripts : {}) as Record<string, string>;
  const deps = { ...(pkg.dependencies as object), ...(pkg.devDependencies as object) } as Record<string, string>;
  const where = dir === '.' ? 'package.json' : `${dir}/package.json`;
  const p = slug(dir);
  const requires = { requires: [PM_BIN[pm]] };
  const out: DetectedCheck[] = [];
  if (scripts.build) out.push({ id: `${p}build`, comment: `"build" script in ${where}`, check: { category: 'build', run: runScript(pm, 'build'), ...wd(dir), ...requires } });
  const typecheck = ['typecheck', 'type-check', 'tsc'].find((s) => scripts[s]);
  if (typecheck) out.push({ id: `${p}typecheck`, comment: `"${typecheck}" script in ${where}`, check: { category: 'build', run: runScript(pm, typecheck), ...wd(dir), ...requires } });
  else if (deps.typescript && existsSync(path.join(abs, 'tsconfig.json'))) {
    out.push({ id: `${p}typecheck`, comment: `typescript and tsconfig.json in ${dir === '.' ? 'the root' : dir}`, check: { category: 'build', run: `${execBin(pm)} tsc --noEmit`, ...wd(dir), ...requires } });
  }
  if (scripts.lint) out.push({ id: `${p}lint`, comment: `"lint" script in ${where}`, check: { category: 'quality', run: runScript(pm, 'lint'), ...wd(dir), ...requires } });
  if (scripts.test && !NO_TEST.test(scripts.test)) out.push({ id: `${p}test`, comment: `"test" script in ${where}`, check: { category: 'tests', run: runScript(pm, 'test'), ...wd(dir), ...requires } });
  if (withAudit) {
    const audit: Record<PackageManager, string | undefined> = { npm: 'npm audit --json', pnpm: 'pnpm audit --json', yarn: 'yarn audit --json', 'yarn-berry': 'yarn npm audit --json', bun: undefined };
    const command = audit[pm];
    if (command) out.push({ id: `${p}audit`, comment: `${pm === 'yarn-berry' ? 'yarn berry' : pm} lockfile: its dependency audit`, check: { category: 'dependencies', run: command, audit: {}, ...wd(dir), ...requires } });
  }
  return out;
}

function detectNode(root: string, reasons: string[]): DetectedCheck[] {
  const pkg = readJson(path.join(root, 'package.json'));
  if (!pkg) return [];
  const { pm, why } = packageManager(root, pkg);
  const ws = Array.isArray(pkg.workspaces) ? pkg.workspaces : pkg.workspaces && typeof pkg.workspaces === 'object' && Array.isArray((pkg.workspaces as { packages?: unknown }).packages) ? (pkg.workspaces as { packages: unknown[] }).packages : undefined;
  let patterns = (ws ?? []).filter((w): w is string => typeof w === 'string');
  let source = 'package.json workspaces';
  const pnpmWs = read(path.join(root, 'pnpm-workspace.yaml'));
  if (pnpmWs) {
    patterns = [...pnpmWs.matchAll(/^\s*-\s*['"]?([^'"\n#]+?)['"]?\s*$/gm)].map((m) => m[1]!);
    source = 'pnpm-workspace.yaml';
  }
  const dirs = expandWorkspaces(root, patterns).filter((d) => existsSync(path.join(root, d, 'package.json')));
  reasons.push(`Node (${pm === 'yarn-berry' ? 'yarn berry' : pm}): package.json, ${why}${dirs.length ? `; ${dirs.length} workspace packages from ${source}: ${dirs.join(', ')}` : ''}`);
  if (!existsSync(path.join(root, 'node_modules'))) reasons.push(`Node: node_modules is missing — install dependencies (${PM_BIN[pm] === 'npm' ? 'npm ci' : `${PM_BIN[pm]} install`}) before the scorecard, or its checks fail`);
  const out = nodeChecks(root, '.', pm, pkg, true);
  for (const dir of dirs) {
    const sub = readJson(path.join(root, dir, 'package.json'));
    if (sub) out.push(...nodeChecks(root, dir, pm, sub, false));
  }
  return out;
}

// --- Python -------------------------------------------------------------------------------------

/** Whether a file within `maxDepth` folders of root (dependency and build folders left out) matches. */
function containsFile(root: string, matches: (name: string) => boolean, maxDepth = 3): boolean {
  const walk = (dir: string, depth: number): boolean => {
    if (depth > maxDepth) return false;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    return entries.some((e) => (e.isFile() && matches(e.name)) || (e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.') && walk(path.join(dir, e.name), depth + 1)));
  };
  return walk(root, 0);
}

function hasTests(root: string): boolean {
  return !!exists(root, 'tests', 'test') || containsFile(root, (name) => /^(test_.*|.*_test)\.py$/.test(name));
}

function pythonImports(module: string): boolean {
  try {
    execFileSync('python3', ['-c', `import ${module}`], { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

function detectPython(root: string, reasons: string[]): DetectedCheck[] {
  const requirements = readdirSync(root).filter((f) => /^requirements.*\.txt$/.test(f)).sort();
  const markers = [exists(root, 'pyproject.toml'), exists(root, 'setup.cfg'), exists(root, 'setup.py'), ...requirements].filter((x): x is string => !!x);
  if (markers.length === 0) return [];
  const pyproject = read(path.join(root, 'pyproject.toml')) ?? '';
  const setupCfg = read(path.join(root, 'setup.cfg')) ?? '';
  const tox = read(path.join(root, 'tox.ini')) ?? '';
  const deps = [pyproject, setupCfg, ...requirements.map((r) => read(path.join(root, r)) ?? '')].join('\n');
  const out: DetectedCheck[] = [];
  const found: string[] = [];
  if (hasTests(root)) {
    // Reports go to the run's temporary folder: detection never writes into the repository.
    const cov = pythonImports('pytest_cov');
    found.push(`pytest${cov ? ' with pytest-cov' : ''}`);
    const run = `pytest --junitxml="$READINESS_TEMP/pytest.xml"${cov ? ' --cov --cov-report=xml:"$READINESS_TEMP/python-coverage.xml"' : ''}`;
    out.push({ id: 'pytest', comment: 'Python tests (tests/ or test_*.py); JUnit report kept out of the repository', check: { category: 'tests', run, tests: { reports: '$READINESS_TEMP/pytest.xml' }, requires: ['pytest'] } });
    if (cov) out.push({ id: 'python-coverage', comment: 'pytest-cov is installed: line coverage of the pytest run (read after it, pass or fail)', check: { category: 'coverage', after: ['pytest'], coverage: { reports: '$READINESS_TEMP/python-coverage.xml' } } });
  }
  const flake8 = /^\[flake8\]/m.test(setupCfg + tox) || existsSync(path.join(root, '.flake8'));
  const ruff = /\[tool\.ruff/.test(pyproject) || !!exists(root, 'ruff.toml', '.ruff.toml');
  if (flake8 && !ruff) {
    found.push('flake8');
    out.push({ id: 'flake8', comment: 'flake8 is configured', check: { category: 'quality', run: 'flake8', requires: ['flake8'] } });
  } else {
    found.push('ruff');
    out.push({ id: 'ruff', comment: ruff ? 'ruff is configured' : 'Python lint with ruff (skipped when ruff is not installed)', check: { category: 'quality', run: 'ruff check --output-format=sarif .', sarif: {}, requires: ['ruff'] } });
  }
  if (/\[tool\.mypy|^\[mypy/m.test(pyproject + setupCfg) || existsSync(path.join(root, 'mypy.ini')) || /\bmypy\b/.test(deps)) {
    found.push('mypy');
    out.push({ id: 'mypy', comment: 'mypy is configured or a dependency', check: { category: 'build', run: 'mypy .', requires: ['mypy'] } });
  }
  const req = requirements.find((r) => r === 'requirements.txt') ?? requirements[0];
  found.push('pip-audit');
  out.push({
    id: 'pip-audit',
    comment: `Python dependencies${req ? ` in ${req}` : ''}: pip-audit (skipped when not installed)`,
    check: { category: 'dependencies', run: `pip-audit -f json${req ? ` -r ${req}` : ''}`, audit: {}, requires: ['pip-audit'] },
  });
  reasons.push(`Python: ${markers.join(', ')} → ${found.join(', ')} (each when installed)`);
  return out;
}

// --- Rust, Go, Java -----------------------------------------------------------------------------

function detectRust(root: string, reasons: string[]): DetectedCheck[] {
  const manifest = read(path.join(root, 'Cargo.toml'));
  if (manifest === undefined) return [];
  const workspace = /^\[workspace\]/m.test(manifest);
  const all = workspace ? ' --workspace' : '';
  reasons.push(`Rust: Cargo.toml${workspace ? ' (a workspace: commands run for all members)' : ''} → cargo build, test, clippy, audit`);
  return [
    { id: 'cargo-build', comment: 'Cargo.toml', check: { category: 'build', run: `cargo build${all} --all-targets`, requires: ['cargo'] } },
    { id: 'cargo-test', comment: 'Cargo.toml', check: { category: 'tests', needs: ['cargo-build'], run: `cargo test${all}`, requires: ['cargo'] } },
    { id: 'cargo-clippy', comment: 'clippy, when installed', check: { category: 'quality', run: `cargo clippy${all} --all-targets -- -D warnings`, requires: ['cargo', 'cargo-clippy'] } },
    { id: 'cargo-audit', comment: 'cargo audit, when installed', check: { category: 'dependencies', run: 'cargo audit --json', audit: {}, requires: ['cargo', 'cargo-audit'] } },
  ];
}

function goModules(root: string): { dirs: string[]; why: string } {
  const work = read(path.join(root, 'go.work'));
  if (work !== undefined) {
    const dirs = [...work.matchAll(/^\s*(?:use\s+)?(\.[^\s()]*)\s*$/gm)].map((m) => m[1]!.replace(/^\.\/?/, '') || '.').filter((d) => existsSync(path.join(root, d, 'go.mod')));
    return { dirs: [...new Set(dirs)].sort(), why: 'go.work' };
  }
  return existsSync(path.join(root, 'go.mod')) ? { dirs: ['.'], why: 'go.mod' } : { dirs: [], why: '' };
}

function detectGo(root: string, reasons: string[]): DetectedCheck[] {
  const { dirs, why } = goModules(root);
  if (dirs.length === 0) return [];
  reasons.push(`Go: ${why}${dirs.length > 1 || dirs[0] !== '.' ? ` (modules ${dirs.join(', ')})` : ''} → go build, vet, test with a coverprofile, govulncheck`);
  const out: DetectedCheck[] = [];
  for (const dir of dirs) {
    const p = slug(dir);
    const profile = `$READINESS_TEMP/${p}go-coverage.out`;
    out.push(
      { id: `${p}go-build`, comment: `go.mod in ${dir === '.' ? 'the root' : dir}`, check: { category: 'build', run: 'go build ./...', ...wd(dir), requires: ['go'] } },
      { id: `${p}go-vet`, comment: 'go vet', check: { category: 'quality', run: 'go vet ./...', ...wd(dir), requires: ['go'] } },
      { id: `${p}go-test`, comment: 'go test, with a coverprofile kept out of the repository', check: { category: 'tests', run: `go test -coverprofile="${profile}" ./...`, ...wd(dir), requires: ['go'] } },
      { id: `${p}go-coverage`, comment: 'statement coverage of go test', check: { category: 'coverage', after: [`${p}go-test`], coverage: { reports: profile } } },
      { id: `${p}govulncheck`, comment: 'govulncheck, when installed', check: { category: 'dependencies', run: 'govulncheck ./...', ...wd(dir), requires: ['govulncheck'] } },
    );
  }
  return out;
}

function detectJava(root: string, reasons: string[]): DetectedCheck[] {
  const pom = read(path.join(root, 'pom.xml'));
  if (pom !== undefined) {
    const modules = [...pom.matchAll(/<module>([^<]+)<\/module>/g)].map((m) => m[1]!.trim());
    const jacoco = /jacoco-maven-plugin/.test(pom) || modules.some((m) => /jacoco-maven-plugin/.test(read(path.join(root, m, 'pom.xml')) ?? ''));
    reasons.push(`Java (Maven): pom.xml${modules.length ? ` with modules ${modules.join(', ')} (built by the reactor from the root)` : ''} → mvn -B verify, Surefire reports${jacoco ? ', JaCoCo' : ''}`);
    const out: DetectedCheck[] = [
      { id: 'maven-compile', comment: 'pom.xml', check: { category: 'build', run: 'mvn -B -q compile', requires: ['mvn'] } },
      { id: 'maven-verify', comment: 'mvn verify runs the tests; Surefire writes JUnit XML', check: { category: 'tests', needs: ['maven-compile'], run: 'mvn -B verify', tests: { reports: '**/target/surefire-reports/TEST-*.xml' }, requires: ['mvn'] } },
    ];
    if (jacoco) out.push({ id: 'jacoco', comment: 'jacoco-maven-plugin is configured', check: { category: 'coverage', after: ['maven-verify'], coverage: { reports: '**/target/site/jacoco/jacoco.xml' } } });
    return out;
  }
  if (existsSync(path.join(root, 'gradlew'))) {
    const build = [read(path.join(root, 'build.gradle')), read(path.join(root, 'build.gradle.kts'))].join('\n');
    const jacoco = /jacoco/.test(build);
    reasons.push(`Java (Gradle wrapper): gradlew → ./gradlew build, JUnit results${jacoco ? ', JaCoCo' : ''}`);
    const out: DetectedCheck[] = [
      { id: 'gradle-build', comment: 'the Gradle wrapper runs the build and the tests', check: { category: 'tests', run: `./gradlew build --no-daemon${jacoco ? ' jacocoTestReport' : ''}`, tests: { reports: '**/build/test-results/test/TEST-*.xml' }, requires: ['java'] } },
    ];
    if (jacoco) out.push({ id: 'jacoco', comment: 'jacoco is configured', check: { category: 'coverage', after: ['gradle-build'], coverage: { reports: '**/build/reports/jacoco/test/jacocoTestReport.xml' } } });
    return out;
  }
  return [];
}

// --- Always -------------------------------------------------------------------------------------

function hasDockerfile(root: string): boolean {
  return containsFile(root, (name) => /^(Dockerfile|Containerfile)(\..+)?$|\.Dockerfile$/.test(name));
}

function builtins(root: string, reasons: string[]): DetectedCheck[] {
  const out: DetectedCheck[] = [
    { id: 'conflict-markers', comment: 'always: unresolved merge conflicts', check: { category: 'hygiene', builtin: 'conflict-markers' } },
    { id: 'secrets', comment: 'always: committed credentials', check: { category: 'security', builtin: 'secrets' } },
    { id: 'files', comment: 'always: README, LICENSE, SECURITY.md, CONTRIBUTING, CHANGELOG, CODEOWNERS, CI, .gitignore', check: { category: 'docs', builtin: 'files' } },
  ];
  const git = existsSync(path.join(root, '.git'));
  if (git) out.push({ id: 'git', comment: 'a git repository: history and hygiene', check: { category: 'hygiene', builtin: 'git' } });
  const docker = hasDockerfile(root);
  if (docker) out.push({ id: 'dockerfile', comment: 'a Dockerfile is present', check: { category: 'security', builtin: 'dockerfile' } });
  const workflows = existsSync(path.join(root, '.github', 'workflows'));
  if (workflows) out.push({ id: 'workflows', comment: '.github/workflows exists: action pinning, token permissions, dangerous triggers, script injection', check: { category: 'security', builtin: 'workflows' } });
  reasons.push(`Always: built-in scans (conflict markers, secrets, files${git ? ', git' : ''}${docker ? ', Dockerfile' : ''}${workflows ? ', workflows' : ''})`);
  return out;
}

/** The suite for a repository with no config file. */
export function detect(root: string): Detection {
  const reasons: string[] = [];
  const checks = [...detectNode(root, reasons), ...detectPython(root, reasons), ...detectRust(root, reasons), ...detectGo(root, reasons), ...detectJava(root, reasons), ...builtins(root, reasons)];
  // Two ecosystems may propose the same id (a "test" script and a Go module named test): keep both.
  const seen = new Map<string, number>();
  for (const c of checks) {
    const n = seen.get(c.id) ?? 0;
    seen.set(c.id, n + 1);
    if (n > 0) c.id = `${c.id}-${n + 1}`;
  }
  return { reasons, yaml: renderYaml(checks, reasons) };
}

function renderYaml(checks: DetectedCheck[], reasons: string[]): string {
  const lines = [
    '# Readiness Scorecard config, written from what auto-detection found:',
    ...reasons.map((r) => `#   ${r}`),
    '# Edit freely: see the README for every key. Checks with "requires" are skipped when the tool',
    '# is not installed; install dependencies in the workflow before the scorecard step.',
    'threshold: 70',
    'checks:',
  ];
  for (const c of checks) {
    lines.push(`  # ${c.comment}`);
    const doc = new Document([{ id: c.id, ...c.check }]);
    // Short lists read best inline: requires: [npm], needs: [build].
    visit(doc, { Seq: (_key, node, path) => void (path.length > 1 && isSeq(node) && (node.flow = true)) });
    const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
    lines.push(...body.split('\n').map((l) => `  ${l}`));
  }
  return `${lines.join('\n')}\n`;
}
