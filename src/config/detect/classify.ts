// What a command is, from the tool it runs and its arguments: the check it becomes (build, lint,
// format, type check, tests, audit), or why it is left out (setup that ran before the scorecard,
// a deploy, an upload that needs a token). Judged on the expanded leaf, never on the spelling.
import type { Node } from './resolve.js';
import { leaves } from './resolve.js';

export type CommandClass = 'build' | 'typecheck' | 'lint' | 'format' | 'tests' | 'audit';

export type Classification = { kind: CommandClass; tool: string } | { kind: 'setup' | 'deploy' | 'other'; reason: string };

/** The category each class of check scores in. */
export const CLASS_CATEGORY: Record<CommandClass, string> = { build: 'build', typecheck: 'build', lint: 'quality', format: 'quality', tests: 'tests', audit: 'dependencies' };

const TEST_RUNNERS = new Set(['jest', 'vitest', 'mocha', 'ava', 'tap', 'tape', 'uvu', 'karma', 'jasmine', 'lab', 'playwright', 'cypress', 'pytest', 'py.test', 'nose2', 'ctest', 'nextest', 'wdio', 'zx-test', 'borp', 'testem']);
const LINTERS = new Set(['eslint', 'oxlint', 'xo', 'standard', 'ts-standard', 'semistandard', 'stylelint', 'markdownlint', 'markdownlint-cli2', 'flake8', 'pylint', 'golangci-lint', 'staticcheck', 'revive', 'shellcheck', 'actionlint', 'tslint', 'publint', 'knip', 'attw', 'lockfile-lint', 'commitlint', 'hadolint', 'yamllint', 'codespell', 'cspell', 'sort-package-json', 'depcheck', 'pyflakes', 'pycodestyle', 'pydocstyle', 'bandit', 'vulture', 'ruff-check']);
const TYPE_CHECKERS = new Set(['vue-tsc', 'tsd', 'mypy', 'pyright', 'basedpyright', 'pytype', 'svelte-check', 'tstyche', 'expect-type', 'dtslint']);
const BUILDERS = new Set(['vite', 'webpack', 'rollup', 'esbuild', 'tsup', 'unbuild', 'tsdown', 'babel', 'swc', 'parcel', 'microbundle', 'ncc', 'next', 'nuxt', 'astro', 'gatsby', 'pkgroll', 'bunchee', 'obuild', 'rolldown', 'rspack', 'nest', 'lerna', 'turbo', 'nx', 'tshy', 'zshy', 'siroc', 'mkdist']);
const AUDITS = new Set(['pip-audit', 'govulncheck', 'osv-scanner', 'safety', 'audit-ci', 'better-npm-audit', 'snyk']);
const SETUP = new Set(['cd', 'echo', 'printf', 'mkdir', 'rm', 'cp', 'mv', 'ln', 'export', 'set', 'source', '.', 'sudo', 'apt-get', 'apt', 'brew', 'choco', 'corepack', 'pip', 'pip3', 'pipx', 'conda', 'mamba', 'git', 'curl', 'wget', 'chmod', 'touch', 'cat', 'ls', 'pwd', 'env', 'which', 'sleep', 'true', 'false', 'exit', 'nvm', 'volta', 'rustup', 'sdk', 'tee', 'date', 'uname', 'node-gyp', 'patch-package', 'husky', 'playwright-install', 'docker', 'docker-compose', 'kubectl', 'tar', 'unzip', 'gh', 'jq', 'test', '[']);
const DEPLOY = new Set(['semantic-release', 'changeset', 'changesets', 'np', 'release-it', 'twine', 'vercel', 'netlify', 'firebase', 'wrangler', 'surge', 'gh-pages', 'codecov', 'coveralls', 'codacy-coverage', 'aws', 'gcloud', 'az', 'heroku', 'flyctl', 'fly', 'serverless', 'sls', 'cdk', 'terraform', 'pulumi', 'lerna-publish']);

const PM_SETUP = new Set(['install', 'i', 'ci', 'add', 'remove', 'rm', 'uninstall', 'update', 'up', 'upgrade', 'rebuild', 'dedupe', 'prune', 'config', 'set', 'link', 'cache', 'store', 'fetch', 'patch', 'import', 'setup', 'init', 'create', 'login', 'whoami', 'pack', 'env', 'exec', 'dlx', 'x', 'version', 'why', 'list', 'ls', 'outdated', 'info', 'view', 'help', 'bin', 'root', 'prefix', 'plugin', 'constraints', 'node', 'doctor']);

/** What one leaf command is. `script` is the npm script it came from, a hint when the tool is unknown. */
export function classifyLeaf(tool: string[], script?: string): Classification {
  const [rawName, ...args] = tool;
  if (!rawName) return { kind: 'other', reason: 'an empty command' };
  const name = rawName.replace(/^\.\/node_modules\/\.bin\//, '').replace(/^.*\//, '');
  const sub = args.find((a) => !a.startsWith('-'));
  const has = (...flags: string[]) => args.some((a) => flags.includes(a) || flags.some((f) => f.endsWith('=') && a.startsWith(f)));
  if (DEPLOY.has(name)) return { kind: 'deploy', reason: `${name} publishes or uploads` };
  if (name === 'npm' || name === 'pnpm' || name === 'yarn' || name === 'bun') {
    if (sub === 'publish' || sub === 'deploy' || sub === 'version') return { kind: 'deploy', reason: `${name} ${sub} publishes` };
    if (sub === 'audit' || (sub === 'npm' && args.includes('audit'))) return { kind: 'audit', tool: `${name} audit` };
    if (name === 'bun' && sub === 'test') return { kind: 'tests', tool: 'bun test' };
    if (name === 'bun' && sub === 'build') return { kind: 'build', tool: 'bun build' };
    if (sub === undefined || PM_SETUP.has(sub)) return { kind: 'setup', reason: `${`${name} ${sub ?? ''}`.trim()} installs or sets up the workspace` };
    // `pnpm -r test`, `npm run lint --workspaces`, `yarn workspaces foreach run build`: scripts of
    // several packages, judged by the script's name and run as written.
    const words = args.filter((a) => !a.startsWith('-') && !['run', 'run-script', 'workspaces', 'foreach', 'recursive'].includes(a));
    return scriptHint(words.at(-1)) ?? scriptHint(words[0]) ?? { kind: 'other', reason: `${name} ${args.join(' ')} is not a known check` };
  }
  if (name === 'cross-env') return { kind: 'other', reason: 'cross-env without a command' };
  if (name === 'node' || name === 'deno') {
    if (has('--test')) return { kind: 'tests', tool: 'node --test' };
    return scriptHint(script) ?? { kind: 'other', reason: `runs a ${name} script` };
  }
  if (name === 'c8' || name === 'nyc') {
    if (sub === 'report' || sub === 'check-coverage' || sub === 'merge' || sub === 'instrument') return { kind: 'other', reason: `${name} ${sub} reads the coverage of an earlier run` };
    const inner = args.findIndex((a) => !a.startsWith('-') && TEST_RUNNERS.has(a.replace(/^.*\//, '')) || a === 'node');
    return inner >= 0 ? classifyLeaf(args.slice(inner), script) : { kind: 'tests', tool: name };
  }
  if (TEST_RUNNERS.has(name)) {
    if (has('--watch', '-w', '--watchAll') || (name === 'vitest' && (sub === 'watch' || sub === 'dev' || sub === 'bench'))) return { kind: 'other', reason: `${name} in watch or bench mode` };
    if (name === 'playwright' && sub !== 'test') return { kind: 'setup', reason: `playwright ${sub ?? ''} is not a test run` };
    if (name === 'cypress' && sub !== 'run') return { kind: 'other', reason: 'cypress open is interactive' };
    if (name === 'tap' && sub && ['report', 'replay', 'repl', 'plugin', 'build', 'version', 'config', 'list', 'help', 'debug'].includes(sub)) return { kind: 'other', reason: `tap ${sub} is not a test run` };
    return { kind: 'tests', tool: name === 'py.test' ? 'pytest' : name };
  }
  if (name === 'coverage') {
    if (sub === 'run') return has('-m') || args.includes('pytest') ? { kind: 'tests', tool: 'pytest' } : { kind: 'tests', tool: 'coverage run' };
    return { kind: 'other', reason: `coverage ${sub ?? ''} reads the coverage of an earlier run` };
  }
  if (name === 'python' || name === 'python3') {
    if (sub === 'setup.py' || args.includes('build')) return { kind: 'build', tool: 'python -m build' };
    if (args.includes('unittest')) return { kind: 'tests', tool: 'unittest' };
    return scriptHint(script) ?? { kind: 'other', reason: 'runs a Python script' };
  }
  if (name === 'go') {
    if (sub === 'test') {
      // `-bench` adds benchmarks to the tests; only a `-run` that matches nothing leaves tests out.
      const run = args[args.findIndex((a) => a === '-run' || a === '--run') + 1] ?? args.find((a) => /^--?run=/.test(a))?.replace(/^--?run=/, '');
      const benchOnly = (has('-bench') || args.some((a) => /^--?bench=/.test(a))) && run !== undefined && /^\^?\$$|^x+$|^NONE$/i.test(run);
      return benchOnly ? { kind: 'other', reason: 'go test -run ^$ -bench runs benchmarks only' } : { kind: 'tests', tool: 'go test' };
    }
    if (sub === 'build') return { kind: 'build', tool: 'go build' };
    if (sub === 'vet') return { kind: 'lint', tool: 'go vet' };
    if (sub === 'fmt') return { kind: 'other', reason: 'go fmt rewrites files' };
    return { kind: 'setup', reason: `go ${sub ?? ''} sets up the module`.replace('  ', ' ') };
  }
  if (name === 'gofmt') return has('-l', '-d') && !has('-w') ? { kind: 'format', tool: 'gofmt' } : { kind: 'other', reason: 'gofmt without -l rewrites files' };
  if (name === 'cargo') {
    if (sub === 'test' || sub === 'nextest') return { kind: 'tests', tool: `cargo ${sub}` };
    if (sub === 'build' || sub === 'check') return { kind: 'build', tool: `cargo ${sub}` };
    if (sub === 'clippy') return { kind: 'lint', tool: 'cargo clippy' };
    if (sub === 'fmt') return has('--check') ? { kind: 'format', tool: 'cargo fmt' } : { kind: 'other', reason: 'cargo fmt without --check rewrites files' };
    if (sub === 'audit' || sub === 'deny') return { kind: 'audit', tool: `cargo ${sub}` };
    if (sub === 'publish') return { kind: 'deploy', reason: 'cargo publish publishes' };
    return { kind: 'setup', reason: `cargo ${sub ?? ''} is not a check` };
  }
  if (name === 'mvn' || name === 'mvnw' || name === 'gradle' || name === 'gradlew') {
    const goals = args.filter((a) => !a.startsWith('-'));
    if (goals.some((g) => /deploy|publish|release/.test(g))) return { kind: 'deploy', reason: `${name} ${goals.join(' ')} publishes` };
    if (goals.some((g) => ['test', 'verify', 'install', 'package', 'check', 'build'].includes(g.replace(/^.*:/, '')))) return { kind: 'tests', tool: name.startsWith('mvn') ? 'maven' : 'gradle' };
    return { kind: 'build', tool: name.startsWith('mvn') ? 'maven' : 'gradle' };
  }
  if (name === 'tsc' || name === 'tsgo') {
    if (has('--noEmit', '--noemit')) return { kind: 'typecheck', tool: 'tsc --noEmit' };
    if (has('--watch', '-w')) return { kind: 'other', reason: 'tsc in watch mode' };
    return script && /type|tsc|check/i.test(script) ? { kind: 'typecheck', tool: 'tsc' } : { kind: 'build', tool: 'tsc' };
  }
  if (name === 'tox' || name === 'nox') {
    // A tox env or nox session not read from its file: judged by its name, run as written.
    const at = args.findIndex((a) => ['-e', '-s', '--session', '--sessions', '-f'].includes(a));
    const env = at >= 0 ? (args[at + 1] ?? '') : '';
    if (/(?:^|[-_,])(?:typing|mypy|types?|typecheck|pyright)(?:$|[-_,])/.test(env)) return { kind: 'typecheck', tool: `${name} ${env}` };
    if (/(?:^|[-_,])(?:lint|style|flake8|ruff|pre-commit|pylint)(?:$|[-_,])/.test(env)) return { kind: 'lint', tool: `${name} ${env}` };
    if (/docs?|release|publish|build|dev|clean/.test(env)) return { kind: 'other', reason: `${name} ${env} is not a check` };
    return { kind: 'tests', tool: `${name}${env ? ` ${env}` : ''}` };
  }
  if (name === 'uv' || name === 'poetry' || name === 'pipenv' || name === 'pdm' || name === 'hatch' || name === 'rye') return { kind: 'setup', reason: `${name} ${sub ?? ''} sets up the environment`.replace('  ', ' ') };
  if (name === 'prettier' || name === 'oxfmt' || name === 'dprint' || name === 'black' || name === 'isort' || name === 'autopep8' || name === 'yapf') {
    if (has('--check', '-c', '--list-different', '-l', '--diff') || (name === 'dprint' && sub === 'check')) return { kind: 'format', tool: name };
    return { kind: 'other', reason: `${name} without --check rewrites files` };
  }
  if (name === 'biome' || name === 'rome') {
    if (has('--write', '--apply', '--fix')) return { kind: 'other', reason: `${name} --write rewrites files` };
    if (sub === 'format') return { kind: 'format', tool: `${name} format` };
    return { kind: 'lint', tool: `${name} ${sub ?? 'check'}` };
  }
  if (name === 'ruff') {
    if (sub === 'format') return has('--check', '--diff') ? { kind: 'format', tool: 'ruff format' } : { kind: 'other', reason: 'ruff format without --check rewrites files' };
    if (has('--fix')) return { kind: 'other', reason: 'ruff --fix rewrites files' };
    return { kind: 'lint', tool: 'ruff' };
  }
  if (name === 'eslint' && has('--fix')) return { kind: 'other', reason: 'eslint --fix rewrites files' };
  if (name === 'pre-commit') return sub === 'run' ? { kind: 'lint', tool: 'pre-commit' } : { kind: 'setup', reason: 'pre-commit setup' };
  if (LINTERS.has(name)) return { kind: 'lint', tool: name };
  if (TYPE_CHECKERS.has(name)) return { kind: 'typecheck', tool: name };
  if (BUILDERS.has(name)) {
    if (sub === 'dev' || sub === 'serve' || sub === 'start' || sub === 'preview' || has('--watch', '-w')) return { kind: 'other', reason: `${name} ${sub ?? '--watch'} serves or watches` };
    return { kind: 'build', tool: name };
  }
  if (AUDITS.has(name)) return { kind: 'audit', tool: name };
  if (SETUP.has(name)) return { kind: 'setup', reason: `${name} sets up the job` };
  return scriptHint(script) ?? { kind: 'other', reason: `${name} is not a known build, lint, format, type check, test or audit tool` };
}

/** An unknown tool in a script named for its role (`"lint": "node scripts/lint.js"`). */
function scriptHint(script: string | undefined): Classification | undefined {
  if (!script) return undefined;
  const s = script.toLowerCase();
  if (/^(pre|post)/.test(s) && !/^(preview|prettier)/.test(s)) return undefined;
  // `test:types` checks types: the type words win over the `test` prefix.
  if (/(?:^|[:_-])(?:type-?check|types|tsc|check-types|typing)(?:$|[:_-])/.test(s)) return { kind: 'typecheck', tool: `script ${script}` };
  if (/^test(?:$|[:_-](?!watch))/.test(s)) return { kind: 'tests', tool: `script ${script}` };
  if (/^lint(?:$|[:_-](?!fix))/.test(s)) return { kind: 'lint', tool: `script ${script}` };
  if (/^(?:format|fmt|prettier)[:_-]?check$/.test(s)) return { kind: 'format', tool: `script ${script}` };
  if (/^build(?:$|[:_-](?!watch))/.test(s)) return { kind: 'build', tool: `script ${script}` };
  return undefined;
}

const RANK: Record<string, number> = { tests: 6, typecheck: 5, lint: 4, format: 3, build: 2, audit: 1 };

/**
 * What a whole command (a script that may chain several tools) is: its tests when it runs a test
 * runner, else the strongest class among its leaves; setup or deploy when every leaf is.
 */
export function classifyNode(node: Node): { classification: Classification; runner?: Node } {
  const all = leaves(node);
  let best: { classification: Classification; runner?: Node } | undefined;
  let deploy: Classification | undefined;
  let other: Classification | undefined;
  for (const leafNode of all) {
    const script = scriptName(leafNode.origin);
    const argv = leafNode.tool ?? leafNode.command.argv;
    const c: Classification = argv.length === 0 && leafNode.command.complex ? { kind: 'other', reason: `a command with ${leafNode.command.complex}` } : classifyLeaf(argv, script);
    if (c.kind === 'deploy') deploy ??= c;
    if (c.kind === 'other') other ??= c;
    if (c.kind === 'setup' || c.kind === 'deploy' || c.kind === 'other') continue;
    if (!best || RANK[c.kind]! > RANK[best.classification.kind]!) best = { classification: c, runner: leafNode };
  }
  // A script that deploys is left out whatever else it runs: it would publish from the scorecard.
  if (deploy) return { classification: deploy };
  if (best) return best;
  // The script's own name says what it is when its tools do not (`"lint": "node scripts/lint.mjs"`).
  const hint = scriptHint(scriptName(node.children?.[0]?.origin));
  if (hint) return { classification: hint };
  return { classification: other ?? { kind: 'setup', reason: all.map((l) => classifyLeaf(l.tool ?? l.command.argv)).find((c) => c.kind === 'setup')?.['reason' as never] ?? 'sets up the job' } };
}

/** `package.json scripts.test-ci` → `test-ci`. */
export function scriptName(origin: string | undefined): string | undefined {
  return origin ? /scripts\.(.+)$/.exec(origin)?.[1] : undefined;
}
