// Node: the package manager from packageManager or the lockfile, the scripts that exist, a
// typecheck, the dependency audit, and the same per workspace package.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { nodeTestChecks, type PackageManager } from './node-tests.js';
import { exists, expandWorkspaces, jsonProblem, read, readJson, slug, wd, type DetectedCheck } from './shared.js';


export function packageManager(root: string, pkg: Record<string, unknown>): { pm: PackageManager; why: string } {
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

const LOCKFILES: Record<PackageManager, string[]> = {
  npm: ['package-lock.json', 'npm-shrinkwrap.json'],
  pnpm: ['pnpm-lock.yaml'],
  yarn: ['yarn.lock'],
  'yarn-berry': ['yarn.lock'],
  bun: ['bun.lock', 'bun.lockb'],
};

const PM_BIN: Record<PackageManager, string> = { npm: 'npm', pnpm: 'pnpm', yarn: 'yarn', 'yarn-berry': 'yarn', bun: 'bun' };
const NO_TEST = /no test specified/;

function runScript(pm: PackageManager, script: string): string {
  if (script === 'test' && pm !== 'bun') return `${PM_BIN[pm]} test`;
  return `${PM_BIN[pm]} run ${script}`;
}

function execBin(pm: PackageManager): string {
  return pm === 'npm' ? 'npx --no-install' : pm === 'pnpm' ? 'pnpm exec' : pm === 'bun' ? 'bunx' : 'yarn';
}

function dependencies(pkg: Record<string, unknown>): Record<string, string> {
  return { ...(pkg.dependencies as object), ...(pkg.devDependencies as object) } as Record<string, string>;
}

/** `rootDeps`: a workspace package can use what the root installs (hoisted test tools). */
function nodeChecks(root: string, dir: string, pm: PackageManager, pkg: Record<string, unknown>, withAudit: boolean, found: string[], rootDeps: Record<string, string> = {}): DetectedCheck[] {
  const abs = path.join(root, dir);
  const scripts = (pkg.scripts && typeof pkg.scripts === 'object' ? pkg.scripts : {}) as Record<string, string>;
  const deps = { ...rootDeps, ...dependencies(pkg) };
  const where = dir === '.' ? 'package.json' : `${dir}/package.json`;
  const p = slug(dir);
  const requires = { requires: [PM_BIN[pm]] };
  const out: DetectedCheck[] = [];
  if (scripts.build) out.push({ id: `${p}build`, origin: `${where} scripts.build`, comment: `"build" script in ${where}`, check: { category: 'build', run: runScript(pm, 'build'), ...wd(dir), ...requires } });
  const typecheck = ['typecheck', 'type-check', 'tsc'].find((s) => scripts[s]);
  if (typecheck) out.push({ id: `${p}typecheck`, origin: `${where} scripts.${typecheck}`, comment: `"${typecheck}" script in ${where}`, check: { category: 'build', run: runScript(pm, typecheck), ...wd(dir), ...requires } });
  else if (deps.typescript && existsSync(path.join(abs, 'tsconfig.json'))) {
    // The project runs no type check of its own (no script, no CI step): a suggestion, not scored.
    out.push({ id: `${p}typecheck`, origin: 'convention', suggestion: true, comment: `typescript and tsconfig.json in ${dir === '.' ? 'the root' : dir}, but no script or CI step runs tsc`, check: { category: 'build', run: `${execBin(pm)} tsc --noEmit`, ...wd(dir), ...requires } });
  }
  if (scripts.lint) out.push({ id: `${p}lint`, origin: `${where} scripts.lint`, comment: `"lint" script in ${where}`, check: { category: 'quality', run: runScript(pm, 'lint'), ...wd(dir), ...requires } });
  if (scripts.test && !NO_TEST.test(scripts.test)) {
    const tests = nodeTestChecks({ root, dir, prefix: p, pm, scripts, deps, where, requires: requires.requires, execBin: execBin(pm), runScript: (name) => runScript(pm, name) });
    out.push(...tests.checks.map((c) => ({ ...c, origin: c.origin ?? `${where} scripts.test` })));
    found.push(`${dir === '.' ? '' : `${dir}: `}${tests.reason}`);
  }
  if (withAudit) {
    const audit: Record<PackageManager, string | undefined> = { npm: 'npm audit --json', pnpm: 'pnpm audit --json', yarn: 'yarn audit --json', 'yarn-berry': 'yarn npm audit --json', bun: undefined };
    const command = audit[pm];
    if (command) out.push({ id: `${p}audit`, origin: exists(root, ...LOCKFILES[pm]) ?? 'lockfile', comment: `${pm === 'yarn-berry' ? 'yarn berry' : pm} lockfile: its dependency audit`, check: { category: 'dependencies', run: command, audit: {}, ...wd(dir), ...requires } });
  }
  return out;
}

export function detectNode(root: string, reasons: string[]): DetectedCheck[] {
  const pkg = readJson(path.join(root, 'package.json'));
  if (!pkg) {
    // Present but unreadable: said, never silently treated as no Node project.
    const problem = jsonProblem(path.join(root, 'package.json'));
    if (problem) reasons.push(`Node: package.json could not be read (${problem}), so no Node checks were detected`);
    return [];
  }
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
  // npm audit reads the lockfile; without one it can only fail with ENOLOCK, which measures nothing.
  const lockfile = exists(root, ...LOCKFILES[pm]);
  if (!lockfile) reasons.push(`Node: no lockfile (${LOCKFILES[pm].join(', ')}), so no dependency audit`);
  const found: string[] = [];
  const out = nodeChecks(root, '.', pm, pkg, !!lockfile, found);
  for (const dir of dirs) {
    const sub = readJson(path.join(root, dir, 'package.json'));
    if (sub) out.push(...nodeChecks(root, dir, pm, sub, false, found, dependencies(pkg)));
  }
  if (found.length > 0) reasons.push(`Node tests: ${found.join('; ')}`);
  return out;
}
