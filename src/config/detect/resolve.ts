// What a command really runs: `npm run test-ci` is the script test-ci, `tox -e py` the commands
// of [testenv:py], `make test` the target's recipe, `npx jest` jest. Each command is expanded
// into a tree whose leaves are tools, and every level keeps its text as written, so a check can
// instrument the one leaf it reads (the test runner) and run everything else as the project does.
import path from 'node:path';
import { parseCommandLine, render, renderList, type Joiner, type SimpleCommand } from './shell.js';
import { read, readJson } from './shared.js';

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'yarn-berry' | 'bun';

export interface Node {
  joiner: Joiner;
  /** The command as written at this level, with the env of the levels above it. */
  text: string;
  /** Working directory, relative to the repository root (`.` for the root). */
  dir: string;
  command: SimpleCommand;
  /** Where this level's definition came from: `package.json scripts.test`, `tox.ini [testenv] commands`. */
  origin?: string;
  /** What the command expands to (a script's commands); absent on a leaf. */
  children?: Node[];
  /** A leaf's tool and its arguments, with npx, `python -m`, `uv run` and the like taken off. */
  tool?: string[];
}

export interface ResolveContext {
  root: string;
  /** The package manager of the repository's Node packages, when there are any. */
  pm?: PackageManager;
}

const MAX_DEPTH = 6;
const NPM_TEST = new Set(['test', 't', 'tst']);
/** npm's own commands: `npm X` with X not here and not `run` is not a script. */
const PM_COMMANDS = new Set(['install', 'i', 'ci', 'add', 'remove', 'rm', 'uninstall', 'update', 'up', 'upgrade', 'audit', 'publish', 'pack', 'link', 'exec', 'dlx', 'x', 'config', 'set', 'version', 'why', 'list', 'ls', 'outdated', 'dedupe', 'prune', 'rebuild', 'init', 'create', 'login', 'whoami', 'cache', 'store', 'fetch', 'patch', 'import', 'env', 'node', 'workspaces', 'workspace', 'dlx', 'npm', 'plugin', 'constraints', 'info', 'view', 'help', 'bin', 'root', 'prefix', 'setup', 'recursive', '-r', '--recursive', '--filter', '-F', '-w', '--workspace', '--workspaces', '-ws']);

/** Expand every command of a command line. */
export function resolveLine(text: string, dir: string, ctx: ResolveContext, origin?: string): Node[] {
  return expandList(text, dir, ctx, [], 0, origin);
}

function expandList(text: string, dir: string, ctx: ResolveContext, env: [string, string][], depth: number, origin: string | undefined, extraArgs: string[] = []): Node[] {
  const items = parseCommandLine(text);
  const out: Node[] = [];
  let cwd = dir;
  items.forEach((item, i) => {
    const command: SimpleCommand = { ...item.command, env: [...env, ...item.command.env] };
    // npm appends `-- args` to the script as a whole, so to its last command.
    if (i === items.length - 1 && extraArgs.length > 0) {
      command.argv = [...command.argv, ...extraArgs];
      command.text = command.complex ? `${command.text} ${extraArgs.join(' ')}` : render(command);
    } else if (env.length > 0 && !command.complex) {
      command.text = render(command);
    }
    // `cd sub && npm test`: what follows runs in sub.
    if (command.argv[0] === 'cd' && command.argv.length === 2 && !command.complex) {
      cwd = path.posix.normalize(path.posix.join(cwd, command.argv[1]!));
    }
    out.push(expand({ joiner: item.joiner, text: command.text, dir: cwd, command, ...(origin ? { origin } : {}) }, ctx, depth));
  });
  return out;
}

/** One command, expanded when it names a script, a tox env, a make target or runs a tool through a launcher. */
function expand(node: Node, ctx: ResolveContext, depth: number): Node {
  const { argv, complex } = node.command;
  if (complex || argv.length === 0 || depth >= MAX_DEPTH) return { ...node, tool: argv };
  const script = scriptCall(argv);
  if (script) {
    const pkg = readJson(path.join(ctx.root, node.dir, 'package.json'));
    const scripts = (pkg?.scripts && typeof pkg.scripts === 'object' ? pkg.scripts : {}) as Record<string, unknown>;
    const body = script.name === undefined ? undefined : scripts[script.name];
    if (typeof body === 'string' && script.name !== undefined) {
      const where = node.dir === '.' ? 'package.json' : `${node.dir}/package.json`;
      const children: Node[] = [];
      // npm and yarn 1 run preX and postX around X; pnpm and berry do not by default.
      const prePost = ctx.pm === 'npm' || ctx.pm === 'yarn' || ctx.pm === undefined;
      const pre = scripts[`pre${script.name}`];
      if (prePost && typeof pre === 'string') children.push(...expandList(pre, node.dir, ctx, node.command.env, depth + 1, `${where} scripts.pre${script.name}`));
      const main = expandList(body, node.dir, ctx, node.command.env, depth + 1, `${where} scripts.${script.name}`, script.args);
      if (children.length > 0 && main[0]) main[0] = { ...main[0], joiner: '&&' };
      children.push(...main);
      const post = scripts[`post${script.name}`];
      if (prePost && typeof post === 'string') {
        const after = expandList(post, node.dir, ctx, node.command.env, depth + 1, `${where} scripts.post${script.name}`);
        if (after[0]) after[0] = { ...after[0], joiner: '&&' };
        children.push(...after);
      }
      return { ...node, children };
    }
    // `pnpm vitest run`, `yarn eslint .`: not a script, so the package's binary.
    if (script.bin) return leaf(node, script.bin);
    return { ...node, tool: argv };
  }
  const launched = launcher(argv);
  if (launched) return leaf(node, launched);
  if (argv[0] === 'tox') {
    const commands = toxCommands(ctx.root, node.dir, argv);
    if (commands) return { ...node, children: expandList(commands.text, node.dir, ctx, node.command.env, depth + 1, commands.origin) };
  }
  if (argv[0] === 'nox') {
    const commands = noxCommands(ctx.root, node.dir, argv);
    if (commands) return { ...node, children: expandList(commands.text, node.dir, ctx, node.command.env, depth + 1, commands.origin) };
  }
  if (argv[0] === 'make') {
    const recipe = makeRecipe(ctx.root, node.dir, argv);
    if (recipe) return { ...node, children: expandList(recipe.text, node.dir, ctx, node.command.env, depth + 1, recipe.origin) };
  }
  return { ...node, tool: argv };
}

function leaf(node: Node, tool: string[]): Node {
  // `python -m pytest` is pytest; the launcher stays in the text that runs.
  return { ...node, tool: tool[0] === 'python' || tool[0] === 'python3' ? pythonModule(tool) : tool };
}

function pythonModule(argv: string[]): string[] {
  const at = argv.indexOf('-m');
  return at >= 1 && argv.slice(1, at).every((a) => a.startsWith('-')) && argv[at + 1] ? argv.slice(at + 1) : argv;
}

/** `npm run X -- a`, `npm test`, `pnpm X`, `yarn X`, `bun run X`: the script's name and the arguments passed to it. */
function scriptCall(argv: string[]): { name?: string; args: string[]; bin?: string[] } | undefined {
  const [pm, ...rest] = argv;
  if (pm !== 'npm' && pm !== 'pnpm' && pm !== 'yarn' && pm !== 'bun') return undefined;
  // Options before the command (`npm --silent run x`, `pnpm -s test`) do not change what runs.
  const words = rest.filter((w, i) => !(w.startsWith('-') && rest.slice(0, i).every((x) => x.startsWith('-')) && !['-r', '--recursive', '--filter', '-F', '-w', '--workspace', '--workspaces', '-ws'].includes(w)));
  const [first, ...more] = words;
  if (!first) return undefined;
  const afterDash = (args: string[]) => {
    const dash = args.indexOf('--');
    // npm needs `--` before the script's arguments; pnpm and yarn pass everything after the name.
    if (pm === 'npm') return dash >= 0 ? args.slice(dash + 1) : [];
    return dash >= 0 ? [...args.slice(0, dash), ...args.slice(dash + 1)] : args;
  };
  const runVerbs = pm === 'npm' ? ['run', 'run-script', 'rum', 'urn'] : ['run'];
  if (runVerbs.includes(first) && more[0]) return { name: more[0], args: afterDash(more.slice(1)).filter((a) => !a.startsWith('--silent')) };
  if (pm === 'npm') return NPM_TEST.has(first) ? { name: 'test', args: afterDash(more) } : undefined;
  if (pm === 'bun' && first === 'test') return undefined;
  if (first === 'exec' || first === 'dlx' || first === 'x') return more[0] ? { args: [], bin: more } : undefined;
  if (PM_COMMANDS.has(first)) return undefined;
  // pnpm, yarn and bun run a script by its name, and else a binary of the package.
  return { name: first, args: afterDash(more), bin: [first, ...afterDash(more)] };
}

/** `npx X`, `uv run X`, `poetry run X`, `pipenv run X`, `pdm run X`, `hatch run X`: the tool X. */
function launcher(argv: string[]): string[] | undefined {
  const [first, second] = argv;
  if (first === 'npx' || first === 'bunx' || first === 'pnpx') {
    const at = argv.findIndex((a, i) => i > 0 && !a.startsWith('-'));
    return at > 0 ? argv.slice(at) : undefined;
  }
  if ((first === 'uv' || first === 'poetry' || first === 'pipenv' || first === 'pdm' || first === 'hatch' || first === 'rye') && second === 'run') {
    const at = argv.findIndex((a, i) => i > 1 && !a.startsWith('-'));
    return at > 1 ? argv.slice(at) : undefined;
  }
  if (first === 'python' || first === 'python3') return pythonModule(argv) !== argv ? argv : undefined;
  return undefined;
}

/** INI sections as tox and setuptools write them: a key's value continues on indented lines. */
export function iniSections(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  let key: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*[#;]/.test(raw)) continue;
    const header = /^\[([^\]]+)\]\s*$/.exec(raw);
    if (header) {
      current = new Map();
      sections.set(header[1]!.trim(), current);
      key = undefined;
      continue;
    }
    if (!current) continue;
    if (/^\s+\S/.test(raw) && key) {
      current.set(key, `${current.get(key)}\n${raw.trim()}`);
      continue;
    }
    const kv = /^([^=\s][^=]*?)\s*=\s*(.*)$/.exec(raw);
    if (kv) {
      key = kv[1]!.trim();
      current.set(key, kv[2]!.trim());
    } else if (raw.trim() === '') key = undefined;
  }
  return sections;
}

/** `tox -e py311` (or `tox` alone): the commands of [testenv:py311], else [testenv], with tox's substitutions. */
function toxCommands(root: string, dir: string, argv: string[]): { text: string; origin: string } | undefined {
  const text = read(path.join(root, dir, 'tox.ini'));
  if (text === undefined) return undefined;
  const sections = iniSections(text);
  const at = argv.findIndex((a) => a === '-e' || a.startsWith('-e'));
  const envs = at < 0 ? [] : (argv[at] === '-e' ? argv[at + 1] ?? '' : argv[at]!.slice(2)).split(',');
  const posDash = argv.indexOf('--');
  const posargs = posDash >= 0 ? argv.slice(posDash + 1).join(' ') : '';
  const env = envs[0];
  const section = (env && sections.get(`testenv:${env}`)?.get('commands') !== undefined ? `testenv:${env}` : undefined) ?? (sections.get('testenv')?.get('commands') !== undefined ? 'testenv' : undefined);
  if (!section) return undefined;
  const commands = sections
    .get(section)!
    .get('commands')!
    .split('\n')
    // {posargs:default} takes the default when no posargs were given.
    .map((line) => line.replace(/\{posargs(?::([^}]*))?\}/g, (_m, d: string | undefined) => posargs || d || '').replace(/\{envpython\}/g, 'python').replace(/\{(?:toxinidir|tox_root)\}/g, '.').replace(/\{envbindir\}\/?/g, '').replace(/^-\s*/, ''))
    .filter((line) => line.trim() && !/\{[^}]*\}/.test(line));
  if (commands.length === 0) return undefined;
  return { text: commands.join('\n'), origin: `${dir === '.' ? '' : `${dir}/`}tox.ini [${section}] commands` };
}

/** `nox -s tests`: the session's `session.run("…", …)` calls, when their arguments are all string literals. */
function noxCommands(root: string, dir: string, argv: string[]): { text: string; origin: string } | undefined {
  const text = read(path.join(root, dir, 'noxfile.py'));
  if (text === undefined) return undefined;
  const at = argv.findIndex((a) => a === '-s' || a === '--session' || a === '--sessions');
  const name = at >= 0 ? argv[at + 1] : undefined;
  if (!name) return undefined;
  const def = new RegExp(`^def\\s+${name.replace(/[^\w]/g, '')}\\s*\\(`, 'm').exec(text);
  if (!def) return undefined;
  const rest = text.slice(def.index + def[0].length);
  const end = /^\S/m.exec(rest.slice(rest.indexOf('\n') + 1));
  const body = end ? rest.slice(0, rest.indexOf('\n') + 1 + end.index) : rest;
  const commands: string[] = [];
  for (const call of body.matchAll(/session\.run\(([^)]*)\)/g)) {
    const args = call[1]!.split(',').map((a) => a.trim()).filter((a) => a && !/^\w+\s*=/.test(a));
    const literals = args.map((a) => /^(['"])(.*)\1$/.exec(a)?.[2]);
    if (literals.some((l) => l === undefined)) continue;
    commands.push((literals as string[]).map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, "'\\''")}'`)).join(' '));
  }
  if (commands.length === 0) return undefined;
  return { text: commands.join('\n'), origin: `${dir === '.' ? '' : `${dir}/`}noxfile.py session ${name}` };
}

/** `make test`: the target's recipe, when it is plain commands (no make variables or functions). */
function makeRecipe(root: string, dir: string, argv: string[]): { text: string; origin: string } | undefined {
  const file = ['GNUmakefile', 'makefile', 'Makefile'].map((f) => ({ f, text: read(path.join(root, dir, f)) })).find((x) => x.text !== undefined);
  if (!file) return undefined;
  const targets = argv.slice(1).filter((a) => !a.startsWith('-') && !a.includes('='));
  if (targets.length !== 1) return undefined;
  const target = targets[0]!;
  const lines = file.text!.split(/\r?\n/);
  const at = lines.findIndex((l) => new RegExp(`^${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:(?!=)`).test(l));
  if (at < 0) return undefined;
  const recipe: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (!line.startsWith('\t')) break;
    recipe.push(line.slice(1).replace(/^[@-]+/, ''));
  }
  if (recipe.length === 0 || recipe.some((l) => /\$[({]|\$\w/.test(l.replace(/\$\$/g, '')))) return undefined;
  return { text: recipe.map((l) => l.replace(/\$\$/g, '$')).join('\n'), origin: `${dir === '.' ? '' : `${dir}/`}${file.f} target ${target}` };
}

/** Every leaf of a node, in order. */
export function leaves(node: Node): Node[] {
  return node.children ? node.children.flatMap(leaves) : [node];
}

/**
 * The node as one command line, with `replace` put in for one leaf (the instrumented runner):
 * levels on the way to that leaf are expanded, everything else runs as written.
 */
export function renderWith(node: Node, target: Node, replacement: string): string {
  if (node === target) return replacement;
  if (!node.children || !leaves(node).includes(target)) return node.text;
  const list = renderList(node.children.map((child) => ({ joiner: child.joiner, text: renderWith(child, target, replacement) })));
  // A package script runs with the package's (and its ancestors') node_modules/.bin on PATH, as
  // npm, pnpm and yarn run it; expanded here, it gets the same PATH.
  if (list === replacement || !node.children.some((c) => c.origin?.includes('package.json scripts.'))) return list;
  const depth = node.dir === '.' ? 0 : node.dir.split('/').length;
  const bins = Array.from({ length: depth + 1 }, (_v, i) => `$PWD/${'../'.repeat(i)}node_modules/.bin`.replace('/./', '/'));
  return `{ PATH="${bins.join(':')}:$PATH"; ${list}; }`;
}

/** The origins on the way from the node down to a leaf, outermost first. */
export function originPath(node: Node, target: Node): string[] {
  if (node === target) return node.origin ? [node.origin] : [];
  for (const child of node.children ?? []) {
    if (child === target || leaves(child).includes(target)) return [...(node.origin ? [node.origin] : []), ...originPath(child, target)].filter((o, i, all) => all.indexOf(o) === i);
  }
  return [];
}
