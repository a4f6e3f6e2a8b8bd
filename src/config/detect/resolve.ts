// What a command really runs: `npm run test-ci` is the script test-ci, `tox -e py` the commands
// of [testenv:py], `make test` the target's recipe, `npx jest` jest. Each command is expanded
// into a tree whose leaves are tools, and every level keeps its text as written, so a check can
// instrument the one leaf it reads (the test runner) and run everything else as the project does.
import path from 'node:path';
import { parseCommandLine, render, renderList, renderWord, type Joiner, type SimpleCommand } from './shell.js';
import { readPythonProject } from './python-project.js';
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
  /** The package script this command runs (`test-ci` for `npm run test-ci`), when it runs one. */
  script?: string;
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
    // `pnpm -C pkg test`, `npm --prefix pkg test`, `yarn --cwd pkg test`: the script of that package,
    // run from there (the command itself still runs from the step's folder).
    const dir = script.dir ? path.posix.normalize(path.posix.join(node.dir, script.dir)) : node.dir;
    const pkg = readJson(path.join(ctx.root, dir, 'package.json'));
    const scripts = (pkg?.scripts && typeof pkg.scripts === 'object' ? pkg.scripts : {}) as Record<string, unknown>;
    const body = script.name === undefined ? undefined : scripts[script.name];
    if (typeof body === 'string' && script.name !== undefined) {
      const where = dir === '.' ? 'package.json' : `${dir}/package.json`;
      const children: Node[] = [];
      // npm and yarn 1 run preX and postX around X; pnpm and berry do not by default.
      // (`npm test --ignore-scripts` runs neither: only the script itself.)
      const prePost = (ctx.pm === 'npm' || ctx.pm === 'yarn' || ctx.pm === undefined) && !argv.includes('--ignore-scripts');
      const pre = scripts[`pre${script.name}`];
      if (prePost && typeof pre === 'string') children.push(...expandList(pre, dir, ctx, node.command.env, depth + 1, `${where} scripts.pre${script.name}`));
      const main = expandList(body, dir, ctx, node.command.env, depth + 1, `${where} scripts.${script.name}`, script.args);
      if (children.length > 0 && main[0]) main[0] = { ...main[0], joiner: '&&' };
      children.push(...main);
      node = { ...node, script: script.name };
      const post = scripts[`post${script.name}`];
      if (prePost && typeof post === 'string') {
        const after = expandList(post, dir, ctx, node.command.env, depth + 1, `${where} scripts.post${script.name}`);
        if (after[0]) after[0] = { ...after[0], joiner: '&&' };
        children.push(...after);
      }
      return { ...node, children };
    }
    // `pnpm vitest run`, `yarn eslint .`: not a script, so the package's binary.
    if (script.bin) return leaf(node, script.bin);
    return { ...node, tool: argv };
  }
  const wrapped = coverageWrapper(node, ctx, depth);
  if (wrapped) return wrapped;
  const launched = launcher(argv);
  if (launched && launched !== argv) {
    // `uv run tox -e lint`, `npx tsc`: what the launcher runs is expanded as if written directly.
    const inner = expand({ ...node, command: { ...node.command, argv: launched } }, ctx, depth + 1);
    return inner.children ? { ...node, children: inner.children } : leaf(node, inner.tool ?? launched);
  }
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

/** Words that start the command a coverage wrapper runs (`nyc --reporter=lcov npm test`). */
const WRAPPED_START = new Set(['npm', 'pnpm', 'yarn', 'bun', 'npx', 'node', 'mocha', 'ava', 'tap', 'jest', 'vitest', 'tape', 'uvu']);

/**
 * `nyc [options] npm test` where the script is one command (`mocha test/`): one leaf, the wrapper
 * around that command (`nyc [options] mocha test/`), so the runner inside can be instrumented with
 * the wrapper's own options kept. A wrapped chain stays as written.
 */
function coverageWrapper(node: Node, ctx: ResolveContext, depth: number): Node | undefined {
  const tool = launcher(node.command.argv) ?? node.command.argv;
  if (tool[0] !== 'nyc' && tool[0] !== 'c8') return undefined;
  const at = tool.findIndex((w, i) => i > 0 && WRAPPED_START.has(w));
  if (at < 0 || !['npm', 'pnpm', 'yarn', 'bun', 'npx'].includes(tool[at]!)) return undefined;
  const inner = expand({ ...node, command: { env: [], argv: tool.slice(at), text: '' }, joiner: null }, ctx, depth + 1);
  const innerLeaves = leaves(inner);
  if (innerLeaves.length !== 1 || innerLeaves[0]!.command.complex || !innerLeaves[0]!.tool) return undefined;
  const only = innerLeaves[0]!;
  const env: [string, string][] = [...node.command.env, ...only.command.env];
  return { ...node, command: { ...node.command, env }, tool: [...tool.slice(0, at), ...only.tool!], ...(only.origin ? { origin: node.origin ?? only.origin } : {}) };
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
function scriptCall(argv: string[]): { name?: string; args: string[]; bin?: string[]; dir?: string } | undefined {
  const [pm, ...all] = argv;
  if (pm !== 'npm' && pm !== 'pnpm' && pm !== 'yarn' && pm !== 'bun') return undefined;
  let dir: string | undefined;
  const rest = [...all];
  const dirAt = rest.findIndex((a) => ['-C', '--dir', '--prefix', '--cwd'].includes(a));
  if (dirAt >= 0 && rest[dirAt + 1]) dir = rest.splice(dirAt, 2)[1];
  const found = scriptWords(pm, rest);
  return found && dir ? { ...found, dir } : found;
}

function scriptWords(pm: string, rest: string[]): { name?: string; args: string[]; bin?: string[] } | undefined {
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

/** Launcher options that take a value (`uv run --group dev pytest`, `npx -p pkg cmd`). */
const LAUNCHER_VALUE_OPTIONS = new Set(['--with', '--from', '-p', '--package', '--python', '--index-url', '--index', '-c', '--call', '--group', '--extra', '--env-file', '--directory', '--project', '--only-group', '--no-group', '-E', '--extras', '-C', '--prefix']);

/** `npx X`, `uv run X`, `poetry run X`, `pipenv run X`, `pdm run X`, `hatch run X`: the tool X. */
function launcher(argv: string[]): string[] | undefined {
  const [first, second] = argv;
  if (first === 'npx' || first === 'bunx' || first === 'pnpx' || first === 'uvx' || first === 'pipx') {
    // Options that take a value (`uvx --with tox-uv tox`, `npx -p pkg cmd`) are skipped with it.
    let i = first === 'pipx' ? argv.indexOf('run') + 1 : 1;
    if (i === 0) return undefined;
    while (i < argv.length && argv[i]!.startsWith('-')) i += LAUNCHER_VALUE_OPTIONS.has(argv[i]!) ? 2 : 1;
    return i < argv.length ? argv.slice(i) : undefined;
  }
  if ((first === 'uv' || first === 'poetry' || first === 'pipenv' || first === 'pdm' || first === 'hatch' || first === 'rye') && second === 'run') {
    let i = 2;
    while (i < argv.length && argv[i]!.startsWith('-')) i += LAUNCHER_VALUE_OPTIONS.has(argv[i]!) ? 2 : 1;
    return i < argv.length ? argv.slice(i) : undefined;
  }
  if (first === 'python' || first === 'python3') return pythonModule(argv) !== argv ? argv : undefined;
  return undefined;
}

/** The project's own commands (tox environments, nox sessions), read as Python detection reads them. */
function pythonCommands(root: string, dir: string, pick: (origin: string) => boolean): { text: string; origin: string } | undefined {
  const commands = readPythonProject(path.join(root, dir)).commands.filter((c) => pick(c.origin));
  if (commands.length === 0) return undefined;
  const prefix = dir === '.' ? '' : `${dir}/`;
  return { text: commands.map((c) => c.argv.map(renderWord).join(' ')).join('\n'), origin: `${prefix}${commands[0]!.origin}` };
}

/** `tox -e py311` (or `tox` alone): the commands of [testenv:py311], else [testenv] (or tox 4's TOML tables). */
function toxCommands(root: string, dir: string, argv: string[]): { text: string; origin: string } | undefined {
  const at = argv.findIndex((a) => a === '-e' || (a.startsWith('-e') && a.length > 2));
  const env = at < 0 ? undefined : (argv[at] === '-e' ? (argv[at + 1] ?? '') : argv[at]!.slice(2)).split(',')[0];
  const own = env ? pythonCommands(root, dir, (o) => o.endsWith(`[testenv:${env}] commands`) || o.endsWith(`[env.${env}] commands`)) : undefined;
  return own ?? pythonCommands(root, dir, (o) => o.endsWith('[testenv] commands') || o.endsWith('[env_run_base] commands'));
}

/** `nox -s tests`: the session's `session.run("…", …)` calls whose arguments are all literals. */
function noxCommands(root: string, dir: string, argv: string[]): { text: string; origin: string } | undefined {
  const at = argv.findIndex((a) => a === '-s' || a === '--session' || a === '--sessions');
  const name = at >= 0 ? argv[at + 1] : undefined;
  return name ? pythonCommands(root, dir, (o) => o.startsWith('noxfile.py') && o.endsWith(`(session ${name})`)) : undefined;
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
  const inner = renderList(node.children.map((child) => ({ joiner: child.joiner, text: renderWith(child, target, replacement) })));
  const childDir = node.children[0]!.dir;
  // A package script runs with the package's (and its ancestors') node_modules/.bin on PATH, as
  // npm, pnpm and yarn run it; expanded here, it gets the same PATH.
  const isScript = node.children.some((c) => c.origin?.includes('package.json scripts.'));
  const depth = childDir === '.' ? 0 : childDir.split('/').length;
  const bins = Array.from({ length: depth + 1 }, (_v, i) => `$PWD/${'../'.repeat(i)}node_modules/.bin`);
  const body = inner === replacement || !isScript ? inner : `PATH="${bins.join(':')}:$PATH"; ${inner}`;
  // A script of another folder (`pnpm -C pkg test`) runs from that folder, in a subshell so the
  // rest of the line stays where it was.
  if (childDir !== node.dir) return `( cd ${renderWord(path.posix.relative(node.dir, childDir))} || exit; ${body} )`;
  return body === inner ? inner : `{ ${body}; }`;
}

/** The origins on the way from the node down to a leaf, outermost first. */
export function originPath(node: Node, target: Node): string[] {
  if (node === target) return node.origin ? [node.origin] : [];
  for (const child of node.children ?? []) {
    if (child === target || leaves(child).includes(target)) return [...(node.origin ? [node.origin] : []), ...originPath(child, target)].filter((o, i, all) => all.indexOf(o) === i);
  }
  return [];
}
