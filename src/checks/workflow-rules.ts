// The supply-chain rules of builtin: workflows, on one parsed GitHub Actions workflow or action
// metadata file (action.yml). Pure: text in, findings with lines out. The YAML is parsed with
// positions, and every rule reads the parsed values (a `run:` script, a `uses:` reference), never
// the raw text, so comments, quoting and block scalars cannot fool it.
import { parse as parseShell } from 'shell-quote';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Document, type Node, type YAMLMap } from 'yaml';

export const WORKFLOW_RULES = [
  'unpinned-action',
  'permissions-missing',
  'permissions-write-all',
  'permissions-unneeded-write',
  'dangerous-trigger',
  'script-injection',
  'download-and-run',
  'persisted-credentials',
  'cache-poisoning',
  'github-env',
  'insecure-commands',
  'unpinned-image',
  'secrets-inherit',
  'unpinned-install',
  'suppression-without-reason',
] as const;
export type WorkflowRule = (typeof WORKFLOW_RULES)[number];

/** Rules an attacker outside the project can exploit are errors; the rest weaken the defences. */
export const RULE_SEVERITY: Record<WorkflowRule, 'error' | 'warning'> = {
  'unpinned-action': 'warning',
  'permissions-missing': 'warning',
  'permissions-write-all': 'warning',
  'permissions-unneeded-write': 'warning',
  'dangerous-trigger': 'error',
  'script-injection': 'error',
  'download-and-run': 'warning',
  'persisted-credentials': 'warning',
  'cache-poisoning': 'warning',
  'github-env': 'error',
  'insecure-commands': 'error',
  'unpinned-image': 'warning',
  'secrets-inherit': 'warning',
  'unpinned-install': 'warning',
  'suppression-without-reason': 'warning',
};

export interface WorkflowFinding {
  rule: WorkflowRule;
  line: number;
  message: string;
  /** Lowered from the rule's severity where the file shows a mitigation (a reviewed environment, a label gate). */
  severity?: 'note';
}

/** `# readiness: ignore[rule, …] reason` comments: the line they cover and why. */
export interface Suppression {
  line: number;
  /** A comment alone on its line covers the next line too; one after code covers only its own. */
  coversNext: boolean;
  rules: string[];
  reason: string;
}

export interface SuppressedFinding extends WorkflowFinding {
  reason: string;
}

export interface UsesRef {
  /** As written, e.g. actions/checkout@v4. */
  uses: string;
  line: number;
  state: 'local' | 'pinned' | 'trusted' | 'unpinned';
}

export interface FileAnalysis {
  /** Not a workflow or an action (an action.yml of some other tool): nothing was checked. */
  ignored?: boolean;
  /** The file could not be parsed: where and why. */
  error?: { line: number; message: string };
  findings: WorkflowFinding[];
  uses: UsesRef[];
  /** A workflow's jobs that get the default token, and whether it declares permissions itself. */
  permissions?: { bare: { id: string; line: number; callee?: string }[]; declares: boolean };
  /** The file's inline suppressions (those with a reason), applied to findings on their line or the next. */
  suppressions: Suppression[];
  /** Findings a suppression took out, with its reason. */
  suppressed: SuppressedFinding[];
}

export interface RuleOptions {
  /** Actions trusted at a tag (owner/repo matched against the `trusted-actions` globs). */
  trusted: (action: string) => boolean;
}

// --- The lists the rules use --------------------------------------------------------------------

/**
 * Event fields an outsider controls (GitHub's security hardening guide, the GitHub Security Lab
 * list and OpenSSF Scorecard's Dangerous-Workflow check), after normalising `a['b']` and `a[0]` to
 * `a.b` and `a.*`. Scorecard's list plus the workflow_run copies of the same fields.
 */
const UNTRUSTED_EVENT_FIELDS = [
  /\.issue\.(title|body)\b/,
  /\.pull_request\.(title|body)\b/,
  /\.discussion\.(title|body)\b/,
  /\.comment\.body\b/,
  /\.review\.body\b/,
  /\.review_comment\.body\b/,
  /\.pages\.[^.]+\.page_name\b/,
  /\.commits\.[^.]+\.message\b/,
  /\.head_commit\.message\b/,
  /\.(head_commit|commits\.[^.]+)\.(author|committer)\.(email|name)\b/,
  /\.blocked_user\.(name|email)\b/,
  /\.pull_request\.head\.(ref|label)\b/,
  /\.pull_request\.head\.repo\.default_branch\b/,
  /\.workflow_run\.(head_branch|display_title)\b/,
  /\.workflow_run\.pull_requests\.[^.]+\.head\.ref\b/,
];
/** toJSON of the whole context or event object carries every field above. */
const UNTRUSTED_WHOLE = /tojson\(github(\.event)?\)/i;

/** Actions that never act with the token beyond reading the repository. */
const READ_ONLY_ACTIONS = /^actions\/(checkout|setup-[a-z0-9-]+|cache(\/(restore|save))?|upload-artifact|download-artifact)$/i;

/** Refs and repositories that name the pull request's (or triggering run's) head. */
const UNTRUSTED_REF = [
  /github\.event\.pull_request\.head\.(sha|ref)\b/,
  /github\.event\.pull_request\.head\.repo\.full_name\b/,
  /github\.event\.pull_request\.merge_commit_sha\b/,
  /github\.head_ref\b/,
  // Every code ref in a workflow_run payload is the triggering run's head, except its PRs' bases.
  /github\.event\.workflow_run\b(?!\.pull_requests\[[^\][]*\]\.base\.)/,
  /refs\/pull\//,
];
/** A shell step that checks out a pull request itself. */
const RUN_CHECKOUT = /\bgh\s+pr\s+checkout\b|\bpull\/[^\s/]+\/(head|merge)\b/;
/** A job condition that keeps fork pull requests out. */
const SAME_REPO_GUARD = /github\.event\.pull_request\.head\.repo\.full_name\s*==\s*github\.repository\b|github\.repository\s*==\s*github\.event\.pull_request\.head\.repo\.full_name\b/;

const TOKEN_REFERENCE = /\bgithub\.token\b|\bsecrets\.github_token\b/i;
/** Words of a script that may push with the credentials actions/checkout leaves in .git/config. */
const GIT_WRITE_WORDS = /\b(git|push|tag|commit|release|publish|deploy)\b/i;

/** Aliases a workflow may expand to, as the yaml package's default and the config's limit. */
export const MAX_ALIAS_COUNT = 100;

// --- YAML helpers -------------------------------------------------------------------------------

class Parsed {
  constructor(
    readonly doc: Document,
    readonly lines: LineCounter,
    readonly text: string,
  ) {}

  /** Each alias resolved once: resolving searches the whole document for its anchor. */
  private readonly resolved = new Map<unknown, Node | undefined>();

  node(n: unknown): Node | undefined {
    if (!isAlias(n)) return n as Node | undefined;
    if (!this.resolved.has(n)) this.resolved.set(n, n.resolve(this.doc) as Node | undefined);
    return this.resolved.get(n);
  }

  get(map: unknown, key: string): Node | undefined {
    const m = this.node(map);
    if (!isMap(m)) return undefined;
    for (const pair of m.items) {
      const k = this.node(pair.key);
      if (isScalar(k) && String(k.value) === key) return this.node(pair.value) ?? (new Scalar(null) as Node);
    }
    return undefined;
  }

  keyLine(map: unknown, key: string): number | undefined {
    const m = this.node(map);
    if (!isMap(m)) return undefined;
    const pair = m.items.find((p) => {
      const k = this.node(p.key);
      return isScalar(k) && String(k.value) === key;
    });
    return pair ? this.line(pair.key as Node) : undefined;
  }

  str(n: unknown): string | undefined {
    const v = this.node(n);
    return isScalar(v) && v.value !== null && typeof v.value !== 'object' ? String(v.value) : undefined;
  }

  entries(map: unknown): [string, Node | undefined, number][] {
    const m = this.node(map);
    if (!isMap(m)) return [];
    return (m as YAMLMap).items.map((p) => {
      const k = this.node(p.key);
      return [isScalar(k) ? String(k.value) : '', this.node(p.value), this.line(k)];
    });
  }

  items(seq: unknown): Node[] {
    const s = this.node(seq);
    return isSeq(s) ? s.items.map((i) => this.node(i)).filter((i): i is Node => !!i) : [];
  }

  line(n: Node | undefined | null): number {
    const start = n?.range?.[0];
    return start === undefined ? 1 : this.lines.linePos(start).line;
  }

  /** Newline offsets of block literals, and search positions in other scalars, per node. */
  private readonly newlines = new WeakMap<Node, number[]>();
  private readonly cursor = new WeakMap<Node, number>();
  private readonly raw = new WeakMap<Node, string>();

  /**
   * The source line of an offset into a scalar's value (a line inside a `run: |` block). Findings
   * of one scalar come in increasing offsets, so each search starts where the last one ended.
   */
  lineIn(n: Node, valueOffset: number, snippet: string): number {
    const start = this.line(n);
    if (!isScalar(n)) return start;
    if (n.type === Scalar.BLOCK_LITERAL) {
      // Block literal lines are the source lines after the `|` header, one for one.
      let nl = this.newlines.get(n);
      if (!nl) {
        nl = [];
        const value = String(n.value);
        for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) nl.push(i);
        this.newlines.set(n, nl);
      }
      let lo = 0;
      let hi = nl.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (nl[mid]! < valueOffset) lo = mid + 1;
        else hi = mid;
      }
      return start + 1 + lo;
    }
    // Folded and quoted scalars join lines: find the snippet in the source instead. After a miss
    // the node's later findings take its first line (no search runs twice over the same text).
    const [from, to] = n.range ?? [0, 0];
    let raw = this.raw.get(n);
    if (raw === undefined) this.raw.set(n, (raw = this.text.slice(from, to)));
    const pos = this.cursor.get(n) ?? 0;
    const at = snippet && pos >= 0 ? raw.indexOf(snippet, pos) : -1;
    this.cursor.set(n, at === -1 ? -1 : at + 1);
    return at === -1 ? start : this.lines.linePos(from + at).line;
  }
}

/** Script text as a list of findings' anchors: `${{ … }}` expressions with their offsets. */
function expressions(script: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  for (let i = script.indexOf('${{'); i !== -1; ) {
    const end = script.indexOf('}}', i + 3);
    if (end === -1) break;
    out.push({ text: script.slice(i, end + 2), at: i });
    i = script.indexOf('${{', end + 2);
  }
  return out;
}

/**
 * Where attacker text has been copied to within a job: env variables (by name) and step outputs
 * (by step id), each with the context it came from.
 */
export interface Taint {
  env: Map<string, string>;
  steps: Map<string, string>;
}
const noTaint = (): Taint => ({ env: new Map(), steps: new Map() });

/**
 * Contexts known safe, checked before the untrusted list: numbers, booleans, SHAs, ids and the
 * outcome of steps. Listed in docs/built-in-scans.md; none of them can carry shell syntax.
 */
const SAFE_CONTEXTS = [
  /^github\.(sha|run_id|run_number|run_attempt|event\.number|event\.after|event\.before|job|workflow_sha|repository_id|actor_id|retention_days)$/,
  /^github\.event\..*\.(sha|id|node_id|number|draft|merged|locked|size|additions|deletions|changed_files|commits|comments|review_comments|created_at|updated_at|closed_at|merged_at|author_association|state)$/,
  /^github\.event\..*\.head\.sha$/,
  /^steps\.[^.]+\.(outcome|conclusion)$/,
  /^(job\.status|runner\.(os|arch|temp|tool_cache)|strategy\.|needs\.[^.]+\.result$)/,
];

/** The attacker-controlled context a normalised context path reads, if any. */
function contextTaint(path: string, taint: Taint): string | undefined {
  const p = path.toLowerCase();
  if (SAFE_CONTEXTS.some((re) => re.test(p))) return undefined;
  if (p === 'github' || p === 'github.event') return path;
  if (p === 'github.head_ref') return 'github.head_ref';
  if (p.startsWith('github.event.') && UNTRUSTED_EVENT_FIELDS.some((re) => re.test(p))) return path;
  const env = /^env\.([^.]+)$/.exec(path);
  if (env && taint.env.has(env[1]!)) return `${path} (from ${taint.env.get(env[1]!)})`;
  const step = /^steps\.([^.]+)\.outputs\b/.exec(path);
  if (step && taint.steps.has(step[1]!)) return `${path} (from ${taint.steps.get(step[1]!)})`;
  return undefined;
}

/** Functions whose result is a boolean or a hash, whatever their arguments. */
const SAFE_FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'success', 'failure', 'always', 'cancelled', 'hashfiles']);

/**
 * The attacker-controlled context an expression's value may carry, read from a parse of GitHub's
 * expression syntax: comparisons, `!` and boolean functions yield no text; `a && b` yields b (or a
 * falsy a, which is empty); `a || b` yields either. So `cond && 'x' || 'y'` is safe.
 */
function expressionTaint(inner: string, taint: Taint): string | undefined {
  const tokens = inner.match(/'(?:[^']|'')*'|[A-Za-z_][A-Za-z0-9_-]*(?:\s*(?:\.\s*(?:[A-Za-z_][A-Za-z0-9_-]*|\*)|\[[^\][]*\]))*|\d+(?:\.\d+)?|==|!=|<=|>=|&&|\|\||[<>!(),]|\S/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  type V = string | undefined;
  const fail = (): never => {
    throw new Error('unparsed');
  };
  const primary = (): V => {
    const t = tokens[i++] ?? fail();
    if (t === '(') {
      const v = or();
      if (tokens[i++] !== ')') fail();
      return v;
    }
    if (t === '!') {
      unary();
      return undefined;
    }
    if (t.startsWith("'") || /^\d/.test(t) || /^(true|false|null)$/.test(t)) return undefined;
    if (!/^[A-Za-z_]/.test(t)) fail();
    if (peek() === '(') {
      i++;
      const args: V[] = [];
      while (peek() !== ')') {
        args.push(or());
        if (peek() === ',') i++;
        else if (peek() !== ')') fail();
      }
      i++;
      if (SAFE_FUNCTIONS.has(t.toLowerCase())) return undefined;
      return args.find((a) => a !== undefined);
    }
    const path = t
      .replace(/\s+/g, '')
      .replace(/\[['"]([^'"\]]+)['"]\]/g, '.$1')
      .replace(/\[[^\][]*\]/g, '.*');
    return contextTaint(path, taint);
  };
  const unary = (): V => primary();
  const comparison = (): V => {
    let v = unary();
    while (['==', '!=', '<', '>', '<=', '>='].includes(peek() ?? '')) {
      i++;
      unary();
      v = undefined;
    }
    return v;
  };
  const and = (): V => {
    let v = comparison();
    while (peek() === '&&') {
      i++;
      v = comparison();
    }
    return v;
  };
  const or = (): V => {
    let v = and();
    while (peek() === '||') {
      i++;
      const w = and();
      v = v ?? w;
    }
    return v;
  };
  try {
    const v = or();
    if (i !== tokens.length) fail();
    return v;
  } catch {
    // Not an expression this parser knows: judge it by the contexts it names, as before.
    const normal = inner.replace(/\s+/g, '').replace(/\[['"]([^'"\]]+)['"]\]/g, '.$1').replace(/\[[^\][]*\]/g, '.*');
    if (UNTRUSTED_WHOLE.test(normal)) return normal.match(UNTRUSTED_WHOLE)![0];
    for (const m of normal.matchAll(/\b(github|env|steps)\.[A-Za-z0-9_.*-]+/g)) {
      const c = contextTaint(m[0], taint);
      if (c) return c;
    }
    return undefined;
  }
}

/** The attacker-controlled context an expression reads, if any. */
export function untrustedContext(expression: string, taint: Taint = noTaint()): string | undefined {
  return expressionTaint(expression.replace(/^\$\{\{|\}\}$/g, ''), taint);
}

/** The first attacker-controlled context of any `${{ }}` in a text. */
function textTaint(text: string | undefined, taint: Taint): string | undefined {
  if (text === undefined) return undefined;
  for (const e of expressions(text)) {
    const c = untrustedContext(e.text, taint);
    if (c) return c;
  }
  return undefined;
}

const SHELLS = /^(ba|z|k|da|fi)?sh$|^bash$/;
const INTERPRETERS = /^(python[0-9.]*|perl|ruby|node)$/;

/** Whether one shell pipeline segment runs what it reads on stdin. */
function runsStdin(segment: string): boolean {
  const words = segment.trim().split(/\s+/);
  let i = 0;
  while (i < words.length && (words[i] === 'sudo' || words[i] === 'env' || /^-/.test(words[i]!) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!))) i++;
  const cmd = (words[i] ?? '').replace(/^.*\//, '');
  const args = words.slice(i + 1);
  if (SHELLS.test(cmd)) return !args.includes('-c');
  if (INTERPRETERS.test(cmd)) return args.length === 0 || args[0] === '-';
  return false;
}

/** Offsets of `curl … | sh`, `wget -O- … | bash`, `bash <(curl …)`, `iex (iwr …)` in a script. */
export function downloadAndRun(script: string): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = [];
  const check = (line: string, at: number) => {
    const segments = line.split(/(?<!\|)\|(?!\|)/);
    let downloaded = false;
    for (const segment of segments) {
      if (downloaded && runsStdin(segment)) return void out.push({ at, text: line.trim() });
      if (/(^|[\s;&(`$])(curl|wget)(\s|$)/.test(segment)) downloaded = true;
    }
    // bash <(curl …), sh -c "$(curl …)", eval "$(wget -qO- …)", source <(curl …)
    // The command before each `<(curl` / `$(curl`, back to the last separator (found in one forward
    // pass) and at most 200 characters, so a hostile line costs linear time.
    let scanned = 0;
    let separator = -1;
    for (const m of line.matchAll(/[<$]\(\s*(curl|wget)\b/g)) {
      for (; scanned < m.index; scanned++) if ('|;&'.includes(line[scanned]!)) separator = scanned;
      const before = line.slice(Math.max(separator + 1, m.index - 200), m.index);
      if (/(^|\s)((ba|z|k|da)?sh|bash|eval|source|\.)(\s|$)/.test(before)) return void out.push({ at, text: line.trim() });
    }
    if (/\b(iex|invoke-expression)\b/i.test(line) && /\b(iwr|irm|invoke-webrequest|invoke-restmethod|downloadstring)\b/i.test(line)) out.push({ at, text: line.trim() });
  };
  // Logical lines: a trailing backslash continues the command on the next line.
  for (const { line, at } of logicalLines(script)) check(line, at);
  return out;
}

/** A `run:` script's logical lines (backslash continuations joined) with their offsets. */
function logicalLines(script: string): { line: string; at: number }[] {
  const out: { line: string; at: number }[] = [];
  let offset = 0;
  let buffer = '';
  let start = 0;
  for (const raw of script.split('\n')) {
    if (buffer === '') start = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (line.endsWith('\\')) {
      buffer += `${line.slice(0, -1)} `;
      continue;
    }
    out.push({ line: buffer + line, at: start });
    buffer = '';
  }
  if (buffer) out.push({ line: buffer, at: start });
  return out;
}

/** The simple commands of one shell line, words only, split by shell-quote (variables kept as `$X`). */
function commandsOf(line: string): string[][] {
  // `${{ … }}` is not shell: one opaque word for shell-quote.
  const words = parseShell(line.replace(/\$\{\{[^}]*\}\}/g, 'EXPR'), (name) => `$${name}`);
  const out: string[][] = [[]];
  for (const w of words) {
    if (typeof w === 'string') out[out.length - 1]!.push(w);
    else if ('comment' in w) break;
    else if ('pattern' in w) out[out.length - 1]!.push(w.pattern);
    else if (['>', '>>', '<', '>&', '<&', '<(', '>|'].includes(w.op)) out[out.length - 1]!.push(`${w.op}`);
    else out.push([]);
  }
  return out.filter((c) => c.length > 0);
}

/** Words that precede the command itself. */
function commandWords(words: string[]): string[] {
  let i = 0;
  while (i < words.length && (/^(sudo|env|time|command|exec|nohup)$/.test(words[i]!) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!) || (i > 0 && /^-/.test(words[i]!) && /^(sudo|env)$/.test(words[i - 1]!)))) i++;
  // Redirections end the arguments.
  const rest = words.slice(i);
  const redirect = rest.findIndex((w) => /^[<>]/.test(w));
  return redirect === -1 ? rest : rest.slice(0, redirect);
}

const isPath = (arg: string) => /^(\.|\/|~|\$|file:|EXPR)/.test(arg) || /\.(whl|tar\.gz|tgz|zip)$/.test(arg);
const NPM_VALUE_FLAGS = new Set(['--prefix', '-C', '--registry', '--cache', '-w', '--workspace', '--tag', '--userconfig', '--loglevel']);
const PIP_VALUE_FLAGS = new Set(['--group', '--extra', '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--platform', '--python-version', '--implementation', '--abi', '--only-binary', '--no-binary', '--src', '--upgrade-strategy', '-C', '--config-settings', '--global-option', '--progress-bar', '--cache-dir', '--log', '--timeout', '--retries', '--trusted-host', '--proxy', '--python', '--report']);
const GO_VERSION = /^(v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?|[0-9a-f]{40,}|none)$/i;

/** Positional arguments after the subcommand, skipping flags and the values of flags that take one. */
function positionals(args: string[], valueFlags: Set<string>): { packages: string[]; flags: Map<string, string[]> } {
  const packages: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-')) {
      const [flag, inline] = a.split('=', 2) as [string, string | undefined];
      const values = flags.get(flag) ?? [];
      if (inline !== undefined) values.push(inline);
      else if (valueFlags.has(flag) && i + 1 < args.length) values.push(args[++i]!);
      flags.set(flag, values);
    } else packages.push(a);
  }
  return { packages, flags };
}

/** Why one command installs a package outside a lockfile or hash list, if it does (Scorecard's npmCommand, pipCommand, goCommand). */
function unpinnedInstall(words: string[]): string | undefined {
  const w = commandWords(words);
  const cmd = (w[0] ?? '').replace(/^.*\//, '');
  if (cmd === 'npm') {
    const sub = w.findIndex((x, i) => i > 0 && !x.startsWith('-'));
    if (sub === -1 || !/^(install|i|add|isntall|in)$/.test(w[sub]!)) return undefined;
    const { packages } = positionals(w.slice(sub + 1), NPM_VALUE_FLAGS);
    const named = packages.filter((p) => !isPath(p));
    return named.length ? `npm install ${named.join(' ')} installs outside package-lock.json: add it to package.json and run npm ci` : undefined;
  }
  let pip = -1;
  if (/^pip[0-9.]*$/.test(cmd)) pip = 1;
  else if (/^python[0-9.]*$/.test(cmd) && w[1] === '-m' && /^pip[0-9.]*$/.test(w[2] ?? '')) pip = 3;
  else if (cmd === 'uv' && w[1] === 'pip') pip = 2;
  if (pip !== -1) {
    if (w[pip] !== 'install') return undefined;
    const { packages, flags } = positionals(w.slice(pip + 1), PIP_VALUE_FLAGS);
    // An editable VCS checkout is pinned only by a full commit hash.
    const editable = [...(flags.get('-e') ?? []), ...(flags.get('--editable') ?? [])].filter((e) => /^(git|hg|svn|bzr)[+:]/.test(e) && !/@[0-9a-f]{40}\b/i.test(e));
    const named = [...packages.filter((p) => !isPath(p)), ...editable];
    const requirements = [...(flags.get('-r') ?? []), ...(flags.get('--requirement') ?? [])];
    const hashed = flags.has('--require-hashes');
    if (named.length) return `pip install ${named.join(' ')} installs without hashes: list it in a requirements file with --hash and run pip install --require-hashes -r it`;
    if (requirements.length && !hashed) return `pip install -r ${requirements.join(' ')} without --require-hashes: generate hashes (pip-compile --generate-hashes) and add --require-hashes`;
    return undefined;
  }
  if (cmd === 'go') {
    const sub = w[1];
    if (sub !== 'install' && sub !== 'get') return undefined;
    const { packages } = positionals(w.slice(2), new Set(['-C', '-modfile', '-tags', '-ldflags', '-gcflags', '-o']));
    for (const p of packages) {
      // Scorecard's rule: a package with no host (./cmd/x, a path) resolves through go.mod and go.sum.
      if (!/\w+\.\w+\/\w+/.test(p)) continue;
      const at = p.lastIndexOf('@');
      const version = at === -1 ? '' : p.slice(at + 1);
      if (GO_VERSION.test(version) && !version.endsWith('+incompatible')) continue;
      if (sub === 'get' && at === -1) continue; // go get without a version edits go.mod, where go.sum pins it
      return `go ${sub} ${p} fetches ${version ? `"${version}"` : 'the latest version'}, not a fixed one: name a release (@v1.2.3) or a commit`;
    }
  }
  return undefined;
}

/** `npm install <pkg>`, `pip install <pkg>` and `go install <pkg>@latest` in a script, with their offsets. */
export function unpinnedInstalls(script: string): { at: number; text: string; message: string }[] {
  const out: { at: number; text: string; message: string }[] = [];
  for (const { line, at } of logicalLines(script)) {
    if (!/\b(npm|pip[0-9.]*|go)\b/.test(line)) continue;
    let commands: string[][];
    try {
      commands = commandsOf(line);
    } catch {
      continue; // not shell syntax shell-quote reads (an unbalanced quote across lines)
    }
    for (const c of commands) {
      const message = unpinnedInstall(c);
      if (message) out.push({ at, text: line.trim().slice(0, 30), message });
    }
  }
  return out;
}

// --- The rules ----------------------------------------------------------------------------------

/** Pin state of a `uses:` reference. */
export function pinState(uses: string, trusted: (action: string) => boolean): UsesRef['state'] {
  // ./ is the checked-out workspace; $/ (self-repository syntax) the workflow's own commit.
  if (uses.startsWith('./') || uses.startsWith('$/')) return 'local';
  if (uses.startsWith('docker://')) return /@sha256:[0-9a-f]{64}$/i.test(uses) ? 'pinned' : 'unpinned';
  const at = uses.lastIndexOf('@');
  const ref = at === -1 ? '' : uses.slice(at + 1);
  if (/^[0-9a-f]{40}$/i.test(ref)) return 'pinned';
  const action = at === -1 ? uses : uses.slice(0, at);
  return at !== -1 && trusted(action) ? 'trusted' : 'unpinned';
}

function unpinnedMessage(uses: string): string {
  if (uses.startsWith('docker://')) return `${uses} is not pinned to an image digest (@sha256:…): a tag can be moved under you`;
  const at = uses.lastIndexOf('@');
  if (at === -1) return `${uses} names no version: pin it to a full commit SHA`;
  const ref = uses.slice(at + 1);
  if (/^[0-9a-f]{7,39}$/i.test(ref)) return `${uses} is pinned to a short SHA: use the full 40-character commit SHA`;
  return `${uses} is not pinned to a full commit SHA: the tag or branch "${ref}" can be moved under you`;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

interface Step {
  node: Node;
  id?: string;
  env?: Node;
  uses?: string;
  usesNode?: Node;
  run?: string;
  runNode?: Node;
  line: number;
  label: string;
}

function stepsOf(y: Parsed, seq: unknown): Step[] {
  // A `parallel:` group holds steps of its own; they run where the group stands.
  const flat = y.items(seq).flatMap((node) => (y.get(node, 'parallel') !== undefined ? y.items(y.get(node, 'parallel')) : [node]));
  return flat.map((node, i) => {
    const usesNode = y.get(node, 'uses');
    const runNode = y.get(node, 'run');
    const uses = y.str(usesNode);
    const run = y.str(runNode);
    const name = y.str(y.get(node, 'name'));
    const id = y.str(y.get(node, 'id'));
    return {
      node,
      ...(id !== undefined ? { id } : {}),
      env: y.get(node, 'env'),
      ...(uses !== undefined ? { uses, usesNode } : {}),
      ...(run !== undefined ? { run, runNode } : {}),
      line: y.line(node),
      label: name ?? (uses ? `uses ${uses}` : run ? `run: ${clip(run.trim().split('\n')[0]!, 40)}` : `step ${i + 1}`),
    };
  });
}

const isLocal = (uses: string) => uses.startsWith('./') || uses.startsWith('$/');

const actionName = (uses: string) => (uses.includes('@') ? uses.slice(0, uses.lastIndexOf('@')) : uses);

/** Actions whose input is code (zizmor's code sinks): where `${{ }}` is pasted into a program. */
const SCRIPT_INPUTS: Record<string, { input: string; language: string; fix: string }> = {
  'actions/github-script': { input: 'script', language: 'JavaScript', fix: 'read it from context.payload or env instead' },
  'jannekem/run-python-script-action': { input: 'script', language: 'Python', fix: 'read it from os.environ, set through env:' },
  'amadevus/pwsh-script': { input: 'script', language: 'PowerShell', fix: 'read it from $env:, set through env:' },
  'azure/powershell': { input: 'inlineScript', language: 'PowerShell', fix: 'read it from $env:, set through env:' },
  'azure/cli': { input: 'inlineScript', language: 'the shell', fix: 'pass it through env: and quote "$VAR"' },
  'appleboy/ssh-action': { input: 'script', language: 'a remote shell', fix: 'pass it with envs: and quote "$VAR"' },
  'mikefarah/yq': { input: 'cmd', language: 'the shell', fix: 'pass it through env: and read it with env(VAR) in yq' },
};

/** Env maps, outermost first (workflow, job, step): what each variable's value is tainted by. */
function envTaint(y: Parsed, envs: (Node | undefined)[], base: Taint): Taint {
  const env = new Map(base.env);
  for (const e of envs) {
    for (const [name, value] of y.entries(e)) {
      const c = textTaint(y.str(value), { env, steps: base.steps });
      if (c) env.set(name, c);
      else env.delete(name);
    }
  }
  return { env, steps: base.steps };
}

/** A shell script's use of `$NAME` / `${NAME}` / `$env:NAME`. */
const usesVar = (script: string, name: string) => new RegExp(`\\$(\\{|env:)?${name.replace(/[^A-Za-z0-9_]/g, '')}\\b`).test(script);
const WRITES_ENV = /\$\{?(env:)?GITHUB_(ENV|PATH)\b/;
const WRITES_OUTPUT = /\$\{?(env:)?GITHUB_OUTPUT\b/;
const INSECURE = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';
const INSECURE_WRITE = new RegExp(`${INSECURE}=(?!false\\b|0\\b)`, 'i');

/** `ACTIONS_ALLOW_UNSECURE_COMMANDS` set in an env map to anything but false. */
function insecureEnvRule(y: Parsed, env: Node | undefined, out: FileAnalysis): void {
  for (const [name, value, line] of y.entries(env)) {
    if (name !== INSECURE || /^(false|0|)$/i.test(y.str(value) ?? '')) continue;
    out.findings.push({ rule: 'insecure-commands', line, message: `${INSECURE} turns the set-env and add-path workflow commands back on, so any text the job prints can set variables such as NODE_OPTIONS: remove it and write to $GITHUB_ENV / $GITHUB_PATH` });
  }
}

/** What a step's script reads of attacker input, directly or through env: the context, if any. */
function runInput(step: Step, taint: Taint): string | undefined {
  const direct = textTaint(step.run, taint);
  if (direct) return direct;
  for (const [name, from] of taint.env) if (usesVar(step.run!, name)) return `$${name} (from ${from})`;
  return undefined;
}

export interface JobScope {
  /** Env maps around the steps, outermost first. */
  envs: (Node | undefined)[];
  /** pull_request_target or workflow_run, when the workflow runs on one. */
  privileged?: string;
}

/** Rules that apply to steps wherever they are: pinning, script injection, downloads and installs. */
function stepRules(y: Parsed, steps: Step[], opts: RuleOptions, out: FileAnalysis, scope: JobScope): void {
  const outer = envTaint(y, scope.envs, noTaint());
  // Files from the triggering run or the pull request: what a later $GITHUB_ENV write may carry.
  let untrustedFiles: string | undefined;
  for (const step of steps) {
    const taint = envTaint(y, [step.env], outer);
    insecureEnvRule(y, step.env, out);
    if (step.uses !== undefined) usesRule(y, step.uses, step.usesNode!, opts, out);
    if (step.run !== undefined) {
      for (const e of expressions(step.run)) {
        const context = untrustedContext(e.text, taint);
        if (context) {
          out.findings.push({
            rule: 'script-injection',
            line: y.lineIn(step.runNode!, e.at, e.text),
            message: `${e.text} in a run script: ${context} is attacker-controlled text pasted into the shell; pass it through env: and quote "$VAR"`,
          });
        }
      }
      for (const d of downloadAndRun(step.run)) {
        out.findings.push({
          rule: 'download-and-run',
          line: y.lineIn(step.runNode!, d.at, d.text.slice(0, 40)),
          message: `downloads and runs a script unchecked (${clip(d.text, 80)}): download it, verify a checksum or signature, then run it`,
        });
      }
      for (const d of unpinnedInstalls(step.run)) {
        out.findings.push({ rule: 'unpinned-install', line: y.lineIn(step.runNode!, d.at, d.text), message: d.message });
      }
      const input = runInput(step, taint);
      if (step.id && input && WRITES_OUTPUT.test(step.run)) outer.steps.set(step.id, input);
      const envWrite = WRITES_ENV.exec(step.run);
      if (scope.privileged && envWrite) {
        const from = input ?? untrustedFiles;
        if (from) {
          out.findings.push({
            rule: 'github-env',
            line: y.lineIn(step.runNode!, envWrite.index, envWrite[0]),
            message: `on ${scope.privileged}, ${step.label} writes attacker-controlled input (${from}) to ${envWrite[0].replace(/[${}]|env:/g, '')}: a line such as NODE_OPTIONS=… then runs in every later step with the secrets; hand the value on through step outputs or env: instead`,
          });
        }
      }
      if (INSECURE_WRITE.test(step.run)) {
        const at = step.run.indexOf(INSECURE);
        out.findings.push({ rule: 'insecure-commands', line: y.lineIn(step.runNode!, at, INSECURE), message: `${INSECURE} turns the set-env and add-path workflow commands back on: remove it and write to $GITHUB_ENV / $GITHUB_PATH` });
      }
      if (scope.privileged && /\bgh\s+run\s+download\b/.test(step.run)) untrustedFiles ??= `artifacts downloaded by ${step.label}`;
    }
    if (step.uses !== undefined) {
      const name = actionName(step.uses).toLowerCase();
      if (scope.privileged && /^(actions\/download-artifact|dawidd6\/action-download-artifact)$/.test(name)) untrustedFiles ??= `artifacts downloaded by ${step.label}`;
      if (scope.privileged && name === 'actions/checkout' && headCheckout(y, step)) untrustedFiles ??= "the pull request's files";
      // An action given attacker text may hand it on in its outputs.
      const withTaint = y.entries(y.get(step.node, 'with')).map(([, v]) => textTaint(y.str(v), taint)).find((c) => c);
      if (step.id && withTaint) outer.steps.set(step.id, withTaint);
    }
    const sink = step.uses !== undefined ? SCRIPT_INPUTS[actionName(step.uses).toLowerCase()] : undefined;
    if (sink) {
      const scriptNode = y.get(y.get(step.node, 'with'), sink.input);
      const script = y.str(scriptNode);
      if (script === undefined) continue;
      for (const e of expressions(script)) {
        const context = untrustedContext(e.text, taint);
        if (context) {
          out.findings.push({
            rule: 'script-injection',
            line: y.lineIn(scriptNode!, e.at, e.text),
            message: `${e.text} in ${actionName(step.uses!)}'s ${sink.input}: ${context} is attacker-controlled text pasted into ${sink.language}; ${sink.fix}`,
          });
        }
      }
    }
  }
}

function usesRule(y: Parsed, uses: string, node: Node, opts: RuleOptions, out: FileAnalysis): void {
  const state = pinState(uses, opts.trusted);
  const line = y.line(node);
  out.uses.push({ uses, line, state });
  if (state !== 'unpinned') return;
  out.findings.push({ rule: uses.startsWith('docker://') ? 'unpinned-image' : 'unpinned-action', line, message: unpinnedMessage(uses) });
}

/** The checkout's `ref` or `repository` naming the pull request's (or triggering run's) head. */
function headCheckout(y: Parsed, step: Step): { line: number; what: string } | undefined {
  const withNode = y.get(step.node, 'with');
  let found: { line: number; what: string } | undefined;
  for (const key of ['repository', 'ref']) {
    const value = y.str(y.get(withNode, key));
    if (value && UNTRUSTED_REF.some((re) => re.test(value))) found = { line: y.line(y.get(withNode, key)), what: `${key}: ${value}` };
  }
  return found;
}

/** The workspace path of a local reusable workflow a job calls (`./…` or `$/…`). */
function localCallee(uses: string | undefined): { callee?: string } {
  return uses && isLocal(uses) ? { callee: uses.slice(2).replace(/@.*$/, '') } : {};
}

/**
 * permissions-missing, per workflow file: no top-level permissions, and jobs without their own,
 * leaving out jobs that call a local reusable workflow which declares its permissions.
 */
export function missingPermissions(files: ReadonlyMap<string, FileAnalysis>): Map<string, WorkflowFinding> {
  const out = new Map<string, WorkflowFinding>();
  for (const [path, analysis] of files) {
    const bare = (analysis.permissions?.bare ?? []).filter((j) => !(j.callee && files.get(j.callee)?.permissions?.declares));
    if (bare.length === 0) continue;
    const names = bare.map((j) => j.id);
    out.set(path, {
      rule: 'permissions-missing',
      line: bare[0]!.line,
      message: `no top-level permissions, and ${names.length === 1 ? `job ${names[0]} sets` : `jobs ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''} set`} none: the token gets the repository's default permissions; add permissions: {} or contents: read at the top`,
    });
  }
  return out;
}

/** Whether anything in a job may use a write scope of the token (so it cannot be called unneeded). */
function mayUseScope(y: Parsed, scope: string, job: Node, steps: Step[], workflowEnv: Node | undefined): boolean {
  if (y.get(job, 'uses') !== undefined) return true; // a reusable workflow: its jobs are elsewhere
  if (steps.some((s) => s.uses !== undefined && (isLocal(s.uses) || !READ_ONLY_ACTIONS.test(actionName(s.uses))))) return true; // a local action may do anything
  const mentions = (n: unknown): boolean => {
    const v = y.node(n);
    if (isScalar(v)) return TOKEN_REFERENCE.test(String(v.value));
    if (isMap(v)) return v.items.some((p) => mentions(p.value));
    if (isSeq(v)) return v.items.some((i) => mentions(i));
    return false;
  };
  if (mentions(workflowEnv) || mentions(job)) return true;
  const runs = steps.filter((s) => s.run !== undefined);
  if (scope === 'id-token') return runs.length > 0; // OIDC is in every run step's environment
  if (scope === 'contents') {
    // actions/checkout leaves the token in .git/config unless told not to; a script may push.
    const persisted = steps.some((s) => s.uses && /^actions\/checkout$/i.test(actionName(s.uses)) && y.str(y.get(y.get(s.node, 'with'), 'persist-credentials')) !== 'false');
    return persisted && runs.some((s) => GIT_WRITE_WORDS.test(s.run!));
  }
  return false;
}

function permissionRules(y: Parsed, top: Node, triggers: Set<string>, out: FileAnalysis): void {
  const topPerms = y.get(top, 'permissions');
  const jobs = y.entries(y.get(top, 'jobs'));
  const writeAll = (perms: Node | undefined, where: string) => {
    if (y.str(perms) === 'write-all') out.findings.push({ rule: 'permissions-write-all', line: y.line(perms), message: `permissions: write-all ${where}: grant only the scopes the jobs need` });
  };
  writeAll(topPerms, 'for the whole workflow');

  // A reusable workflow gets at most what its caller grants; the caller's file is where to set it.
  const reusableOnly = triggers.size > 0 && [...triggers].every((t) => t === 'workflow_call');
  const bare = jobs.filter(([, job]) => y.get(job, 'permissions') === undefined);
  // Decided once every file is read (missingPermissions): a job calling a local reusable workflow
  // gets no more than that workflow declares.
  out.permissions = {
    bare: topPerms === undefined && !reusableOnly ? bare.map(([id, job, line]) => ({ id, line, ...localCallee(y.str(y.get(job, 'uses'))) })) : [],
    declares: topPerms !== undefined || (jobs.length > 0 && bare.length === 0),
  };

  const workflowEnv = y.get(top, 'env');
  // Write scopes, by where they are granted, with the jobs that evidently do not use them.
  const unneeded = new Map<number, { scope: string; where: string; jobs: string[] }>();
  for (const [id, job] of jobs) {
    const own = y.get(job, 'permissions');
    writeAll(own, `in job ${id}`);
    const perms = own ?? topPerms;
    const steps = stepsOf(y, y.get(job, 'steps'));
    for (const [scope, value, line] of y.entries(perms)) {
      if (y.str(value) !== 'write' || mayUseScope(y, scope, job!, steps, workflowEnv)) continue;
      const entry = unneeded.get(line) ?? { scope, where: own ? `job ${id}` : 'the top level', jobs: [] };
      entry.jobs.push(id);
      unneeded.set(line, entry);
    }
  }
  for (const [line, u] of unneeded) {
    out.findings.push({
      rule: 'permissions-unneeded-write',
      line,
      message: `${u.scope}: write at ${u.where}, but ${u.jobs.length === 1 ? `job ${u.jobs[0]} uses` : `jobs ${u.jobs.join(', ')} use`} only read-only actions and never pass the token${u.scope === 'contents' ? ' or push' : ''}: make it read`,
    });
  }
}

function triggersOf(y: Parsed, top: Node): Set<string> {
  const on = y.get(top, 'on');
  const single = y.str(on);
  if (single !== undefined) return new Set([single]);
  const seq = y.items(on).map((i) => y.str(i)).filter((s): s is string => !!s);
  if (seq.length) return new Set(seq);
  return new Set(y.entries(on).map(([k]) => k));
}

/** A job or step condition that admits only pull requests a maintainer labelled. */
const LABEL_GATE = /github\.event\.pull_request\.labels\b|github\.event\.label\.name\b/;

/** Actions that restore a cache, and the setup-* inputs that make them do so. */
function restoresCache(y: Parsed, step: Step): string | undefined {
  if (step.uses === undefined || isLocal(step.uses)) return undefined;
  const name = actionName(step.uses).toLowerCase();
  const withNode = y.get(step.node, 'with');
  const input = (key: string) => y.str(y.get(withNode, key));
  if (name === 'actions/cache' || name === 'actions/cache/restore') return step.uses;
  if (name === 'swatinem/rust-cache' && input('lookup-only') !== 'true') return step.uses;
  if (name === 'mozilla-actions/sccache-action') return step.uses;
  if (/^actions\/setup-[a-z0-9-]+$/.test(name)) {
    const cache = input('cache');
    if (cache !== undefined && !/^(false|)$/i.test(cache)) return `${step.uses} with cache: ${cache}`;
    // setup-go caches by default from v4 on (a commit SHA may be any version: counted as a default).
    const major = /@v(\d+)/.exec(step.uses)?.[1];
    if (name === 'actions/setup-go' && cache === undefined && (major === undefined || Number(major) >= 4)) return `${step.uses} (caches by default)`;
  }
  if (name === 'ruby/setup-ruby' && input('bundler-cache') === 'true') return `${step.uses} with bundler-cache: true`;
  if (name === 'astral-sh/setup-uv' && input('enable-cache') === 'true') return `${step.uses} with enable-cache: true`;
  if (name === 'docker/build-push-action' && /type=gha/.test(input('cache-from') ?? '')) return `${step.uses} with cache-from: type=gha`;
  return undefined;
}

const PUBLISH_RUN = /\b(npm|pnpm|yarn(\s+npm)?)\s+publish\b|\btwine\s+upload\b|\bcargo\s+publish\b|\bgh\s+release\s+(create|upload)\b|\bdocker\s+(image\s+)?push\b|\bgoreleaser\s+release\b|\b(poetry|uv|flit|hatch)\s+publish\b|\bgem\s+push\b|\bmvn\b.*\bdeploy\b|\bgradlew?\b.*\bpublish\b|\bvsce\s+publish\b/;
const PUBLISH_ACTION = /^(pypa\/gh-action-pypi-publish|softprops\/action-gh-release|goreleaser\/goreleaser-action|js-devtools\/npm-publish|ncipollo\/release-action|actions\/create-release|svenstaro\/upload-release-action|changesets\/action)$/;

/** The step of a job that publishes or releases, if one does. */
function publishes(y: Parsed, steps: Step[]): Step | undefined {
  return steps.find((s) => {
    // A dry run (cargo publish --dry-run, npm publish --dry-run) publishes nothing.
    if (s.run !== undefined) return logicalLines(s.run).some(({ line }) => PUBLISH_RUN.test(line) && !/\s--dry-run\b/.test(line));
    if (s.uses === undefined) return false;
    const name = actionName(s.uses).toLowerCase();
    if (name === 'docker/build-push-action') return y.str(y.get(y.get(s.node, 'with'), 'push')) === 'true';
    return PUBLISH_ACTION.test(name);
  });
}

/** Whether a workflow runs only to release: on `release`, or on pushes of tags alone. */
function releaseTrigger(y: Parsed, top: Node, triggers: Set<string>): string | undefined {
  if (triggers.has('release')) return 'release';
  const push = y.get(y.get(top, 'on'), 'push');
  if (y.get(push, 'tags') !== undefined && y.get(push, 'branches') === undefined) return 'pushed tags';
  return undefined;
}

/** An upload-artifact path that takes in the checkout's .git folder (and the token in .git/config). */
function uploadsGitFolder(y: Parsed, step: Step): string | undefined {
  if (!step.uses || !/^actions\/upload-artifact$/i.test(actionName(step.uses))) return undefined;
  const withNode = y.get(step.node, 'with');
  const paths = (y.str(y.get(withNode, 'path')) ?? '').split('\n').map((p) => p.trim()).filter((p) => p && !p.startsWith('!'));
  // upload-artifact v4.4+ leaves hidden files out unless include-hidden-files is set; .git is hidden.
  const hidden = y.str(y.get(withNode, 'include-hidden-files')) === 'true';
  const major = /@v(\d+)(?:\.(\d+))?/.exec(step.uses);
  const old = major !== null && (Number(major[1]) < 4 || (Number(major[1]) === 4 && major[2] !== undefined && Number(major[2]) < 4));
  const root = paths.find((p) => /^(\.\/?|\*\*?(\/\*)?|\.\/\*\*?|\$\{\{\s*github\.workspace\s*\}\}\/?)$/.test(p));
  const git = paths.find((p) => /(^|\/)\.git(\/|$)/.test(p));
  if (git) return git;
  if (root && (hidden || old)) return root;
  return undefined;
}

/**
 * The rules over a workflow's jobs: dangerous-trigger, persisted-credentials, cache-poisoning,
 * unpinned-image (container, services), secrets-inherit.
 */
function jobRules(y: Parsed, top: Node, triggers: Set<string>, out: FileAnalysis): void {
  const privileged = ['pull_request_target', 'workflow_run'].find((t) => triggers.has(t));
  const release = releaseTrigger(y, top, triggers);
  for (const [id, job] of y.entries(y.get(top, 'jobs'))) {
    const steps = stepsOf(y, y.get(job, 'steps'));
    imageRules(y, job, out);
    const secrets = y.get(job, 'secrets');
    if (y.get(job, 'uses') !== undefined && y.str(secrets) === 'inherit') {
      out.findings.push({ rule: 'secrets-inherit', line: y.line(secrets), message: `job ${id} passes every secret of the repository to ${y.str(y.get(job, 'uses'))}: name only the ones it needs (secrets: { NPM_TOKEN: \${{ secrets.NPM_TOKEN }} })` });
    }

    // cache-poisoning: a restored cache feeds what is published.
    const publisher = publishes(y, steps);
    if (release || publisher) {
      for (const step of steps) {
        const cache = restoresCache(y, step);
        if (!cache) continue;
        const why = release ? `this workflow runs on ${release}` : `job ${id} publishes (${publisher!.label}, line ${publisher!.line})`;
        out.findings.push({ rule: 'cache-poisoning', line: step.line, message: `${cache} restores a cache, and ${why}: a cache written by any run on the default branch ends up in the release; do not restore caches in release jobs` });
      }
    }

    // Checkouts that leave the token in .git/config, and what later reads it.
    const persisted = steps.filter((s) => s.uses && /^actions\/checkout$/i.test(actionName(s.uses)) && y.str(y.get(y.get(s.node, 'with'), 'persist-credentials')) !== 'false');
    for (const checkout of persisted) {
      const upload = steps.slice(steps.indexOf(checkout) + 1).find((s) => uploadsGitFolder(y, s));
      if (upload) {
        out.findings.push({ rule: 'persisted-credentials', line: checkout.line, message: `actions/checkout leaves the token in .git/config, and ${upload.label} (line ${upload.line}) uploads ${uploadsGitFolder(y, upload)} with it as an artifact anyone who can read the run can download: set persist-credentials: false` });
      }
    }

    if (!privileged) continue;
    const jobIf = y.str(y.get(job, 'if')) ?? '';
    if (SAME_REPO_GUARD.test(jobIf)) continue;
    let checkout: { line: number; what: string; step: Step; gate?: string } | undefined;
    for (const step of steps) {
      const stepIf = y.str(y.get(step.node, 'if')) ?? '';
      if (SAME_REPO_GUARD.test(stepIf)) continue;
      if (checkout) {
        const cache = restoresCache(y, step);
        const inert = step.uses !== undefined && !isLocal(step.uses) && READ_ONLY_ACTIONS.test(actionName(step.uses)) && !cache;
        if (inert) continue;
        const what = cache ? `saves a cache of it (${step.label}, line ${step.line}) that later runs on the base branch restore` : `runs it (${step.label}, line ${step.line})`;
        out.findings.push({
          rule: 'dangerous-trigger',
          line: checkout.line,
          message: `on ${privileged}, job ${id} checks out the pull request's code (${checkout.what}) and then ${what} with the base repository's secrets and token${checkout.gate ? `; ${checkout.gate}, so it is reported as a note: keep that gate` : ''}`,
          ...(checkout.gate ? { severity: 'note' as const } : {}),
        });
        if (checkout.step.uses && y.str(y.get(y.get(checkout.step.node, 'with'), 'persist-credentials')) !== 'false') {
          out.findings.push({ rule: 'persisted-credentials', line: checkout.step.line, message: `actions/checkout leaves the token in .git/config, where the pull request's code run after it (line ${step.line}) can read it: set persist-credentials: false` });
        }
        break;
      }
      const gate = y.get(job, 'environment') !== undefined ? `job ${id} runs in environment ${y.str(y.get(job, 'environment')) ?? y.str(y.get(y.get(job, 'environment'), 'name')) ?? ''} (safe if it requires reviewers)` : LABEL_GATE.test(jobIf) || LABEL_GATE.test(stepIf) ? 'it runs only on pull requests a maintainer labelled' : undefined;
      if (step.uses && /^actions\/checkout$/i.test(actionName(step.uses))) {
        const head = headCheckout(y, step);
        if (head) checkout = { ...head, step, ...(gate ? { gate } : {}) };
      } else if (step.run && RUN_CHECKOUT.test(step.run)) {
        const m = RUN_CHECKOUT.exec(step.run)!;
        checkout = { line: y.lineIn(step.runNode!, m.index, m[0]), what: m[0], step, ...(gate ? { gate } : {}) };
      }
    }
  }
}

/** unpinned-image: a job's container and service images without a digest. */
function imageRules(y: Parsed, job: Node | undefined, out: FileAnalysis): void {
  const check = (node: Node | undefined, where: string) => {
    const imageNode = isMap(node) ? y.get(node, 'image') : node;
    const image = y.str(imageNode);
    if (!image || image.includes('${{') || /@sha256:[0-9a-f]{64}$/i.test(image)) return;
    out.findings.push({ rule: 'unpinned-image', line: y.line(imageNode), message: `${where} image ${image} is not pinned to a digest: a tag can be moved under you; use ${image.replace(/:[^:/]+$/, '')}@sha256:<digest>` });
  };
  check(y.get(job, 'container'), 'the container');
  for (const [name, service] of y.entries(y.get(job, 'services'))) check(service, `service ${name}'s`);
}

/** `# readiness: ignore[rule, …] reason` comments, by line. */
const SUPPRESSION = /#\s*readiness:\s*ignore\[([^\]]*)\]\s*(.*)$/;

/**
 * The file's suppressions with a reason; each one without a reason is a finding itself and
 * suppresses nothing, so a rule cannot be switched off silently.
 */
function suppressionsOf(text: string, out: FileAnalysis): void {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = SUPPRESSION.exec(lines[i]!);
    if (!m) continue;
    const rules = m[1]!.split(',').map((r) => r.trim()).filter(Boolean);
    const reason = m[2]!.trim();
    if (!reason) {
      out.findings.push({ rule: 'suppression-without-reason', line: i + 1, message: `readiness: ignore[${rules.join(', ')}] gives no reason, so it suppresses nothing: say why after the brackets` });
      continue;
    }
    out.suppressions.push({ line: i + 1, coversNext: /^\s*#/.test(lines[i]!), rules, reason });
  }
}

/** Splits findings into the live ones and those a suppression on their line or the line above covers. */
export function applySuppressions(findings: WorkflowFinding[], suppressions: readonly Suppression[]): { live: WorkflowFinding[]; suppressed: SuppressedFinding[] } {
  const live: WorkflowFinding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const s = f.rule === 'suppression-without-reason' ? undefined : suppressions.find((x) => (x.line === f.line || (x.coversNext && x.line === f.line - 1)) && x.rules.includes(f.rule));
    if (s) suppressed.push({ ...f, reason: s.reason });
    else live.push(f);
  }
  return { live, suppressed };
}

/** Parses one file and applies every rule; `kind` says whether it is a workflow or an action.yml. */
export function analyzeFile(text: string, kind: 'workflow' | 'action', opts: RuleOptions): FileAnalysis {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const out: FileAnalysis = { findings: [], uses: [], suppressions: [], suppressed: [] };
  const problem = doc.errors[0];
  if (problem) {
    out.error = { line: problem.pos ? lines.linePos(problem.pos[0]).line : 1, message: problem.message.split('\n')[0]! };
    return out;
  }
  try {
    // The rules walk the document through its aliases: a "billion laughs" of nested aliases would
    // walk millions of nodes. Aliases expand here first, at most MAX_ALIAS_COUNT of them (as for
    // the config), or the file is an error the check names.
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    let at = 0;
    visit(doc, {
      Alias(_, alias) {
        at = alias.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    out.error = { line: lines.linePos(at).line, message: `invalid YAML: ${(err as Error).message.split('\n')[0]}; at most ${MAX_ALIAS_COUNT} aliases are expanded` };
    return out;
  }
  const y = new Parsed(doc, lines, text);
  const top = y.node(doc.contents);
  if (!isMap(top)) {
    if (kind === 'action') return { ...out, ignored: true };
    out.error = { line: y.line(top), message: 'expected a mapping with "on" and "jobs"' };
    return out;
  }
  if (kind === 'action') {
    const runs = y.get(top, 'runs');
    if (!isMap(runs)) return { ...out, ignored: true };
    const image = y.str(y.get(runs, 'image'));
    if (image?.startsWith('docker://')) usesRule(y, image, y.get(runs, 'image')!, opts, out);
    stepRules(y, stepsOf(y, y.get(runs, 'steps')), opts, out, { envs: [] });
  } else {
    if (!isMap(y.get(top, 'jobs'))) {
      out.error = { line: y.keyLine(top, 'jobs') ?? 1, message: 'expected "jobs" to be a mapping of job ids to jobs' };
      return out;
    }
    const triggers = triggersOf(y, top);
    const privileged = ['pull_request_target', 'workflow_run'].find((t) => triggers.has(t));
    insecureEnvRule(y, y.get(top, 'env'), out);
    for (const [, job] of y.entries(y.get(top, 'jobs'))) {
      insecureEnvRule(y, y.get(job, 'env'), out);
      const reusable = y.get(job, 'uses');
      const uses = y.str(reusable);
      if (uses !== undefined) usesRule(y, uses, reusable!, opts, out);
      stepRules(y, stepsOf(y, y.get(job, 'steps')), opts, out, { envs: [y.get(top, 'env'), y.get(job, 'env')], ...(privileged ? { privileged } : {}) });
    }
    permissionRules(y, top, triggers, out);
    jobRules(y, top, triggers, out);
  }
  suppressionsOf(text, out);
  const { live, suppressed } = applySuppressions(out.findings, out.suppressions);
  out.findings = live.sort((a, b) => a.line - b.line);
  out.suppressed = suppressed;
  return out;
}
