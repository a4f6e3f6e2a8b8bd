// The supply-chain rules of builtin: workflows, on one parsed GitHub Actions workflow or action
// metadata file (action.yml). Pure: text in, findings with lines out. The YAML is parsed with
// positions, and every rule reads the parsed values (a `run:` script, a `uses:` reference), never
// the raw text, so comments, quoting and block scalars cannot fool it.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Document, type Node, type YAMLMap } from 'yaml';

export const WORKFLOW_RULES = [
  'unpinned-action',
  'permissions-missing',
  'permissions-write-all',
  'permissions-unneeded-write',
  'dangerous-trigger',
  'script-injection',
  'download-and-run',
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
};

export interface WorkflowFinding {
  rule: WorkflowRule;
  line: number;
  message: string;
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

/** The attacker-controlled context an expression reads, if any. */
export function untrustedContext(expression: string): string | undefined {
  const inner = expression.replace(/^\$\{\{|\}\}$/g, '');
  const normal = inner
    .replace(/\s+/g, '')
    .replace(/\[['"]([^'"\]]+)['"]\]/g, '.$1')
    .replace(/\[[^\][]*\]/g, '.*');
  if (UNTRUSTED_WHOLE.test(normal)) return normal.match(UNTRUSTED_WHOLE)![0];
  if (/\bgithub\.head_ref\b/.test(normal)) return 'github.head_ref';
  for (const m of normal.matchAll(/\bgithub\.event\.[A-Za-z0-9_.*-]+/g)) {
    if (UNTRUSTED_EVENT_FIELDS.some((re) => re.test(m[0]))) return m[0];
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
    check(buffer + line, start);
    buffer = '';
  }
  if (buffer) check(buffer, start);
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
    return {
      node,
      ...(uses !== undefined ? { uses, usesNode } : {}),
      ...(run !== undefined ? { run, runNode } : {}),
      line: y.line(node),
      label: name ?? (uses ? `uses ${uses}` : run ? `run: ${clip(run.trim().split('\n')[0]!, 40)}` : `step ${i + 1}`),
    };
  });
}

const isLocal = (uses: string) => uses.startsWith('./') || uses.startsWith('$/');

const actionName = (uses: string) => (uses.includes('@') ? uses.slice(0, uses.lastIndexOf('@')) : uses);

/** Rules that apply to steps wherever they are: pinning, script injection, download-and-run. */
function stepRules(y: Parsed, steps: Step[], opts: RuleOptions, out: FileAnalysis): void {
  for (const step of steps) {
    if (step.uses !== undefined) usesRule(y, step.uses, step.usesNode!, opts, out);
    if (step.run !== undefined) {
      for (const e of expressions(step.run)) {
        const context = untrustedContext(e.text);
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
    }
    if (step.uses !== undefined && /^actions\/github-script$/i.test(actionName(step.uses))) {
      const scriptNode = y.get(y.get(step.node, 'with'), 'script');
      const script = y.str(scriptNode);
      if (script === undefined) continue;
      for (const e of expressions(script)) {
        const context = untrustedContext(e.text);
        if (context) {
          out.findings.push({
            rule: 'script-injection',
            line: y.lineIn(scriptNode!, e.at, e.text),
            message: `${e.text} in an actions/github-script script: ${context} is attacker-controlled text pasted into JavaScript; read it from context.payload or env instead`,
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
  if (state === 'unpinned') out.findings.push({ rule: 'unpinned-action', line, message: unpinnedMessage(uses) });
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

function dangerousTriggerRule(y: Parsed, top: Node, triggers: Set<string>, out: FileAnalysis): void {
  const trigger = ['pull_request_target', 'workflow_run'].find((t) => triggers.has(t));
  if (!trigger) return;
  for (const [id, job] of y.entries(y.get(top, 'jobs'))) {
    if (SAME_REPO_GUARD.test(y.str(y.get(job, 'if')) ?? '')) continue;
    const steps = stepsOf(y, y.get(job, 'steps'));
    let checkout: { line: number; what: string } | undefined;
    for (const step of steps) {
      if (SAME_REPO_GUARD.test(y.str(y.get(step.node, 'if')) ?? '')) continue;
      if (checkout) {
        const inert = step.uses !== undefined && !isLocal(step.uses) && READ_ONLY_ACTIONS.test(actionName(step.uses));
        if (!inert) {
          out.findings.push({
            rule: 'dangerous-trigger',
            line: checkout.line,
            message: `on ${trigger}, job ${id} checks out the pull request's code (${checkout.what}) and then runs it (${step.label}, line ${step.line}) with the base repository's secrets and token`,
          });
          break;
        }
        continue;
      }
      if (step.uses && /^actions\/checkout$/i.test(actionName(step.uses))) {
        const withNode = y.get(step.node, 'with');
        for (const key of ['repository', 'ref']) {
          const value = y.str(y.get(withNode, key));
          if (value && UNTRUSTED_REF.some((re) => re.test(value))) checkout = { line: y.line(y.get(withNode, key)), what: `${key}: ${value}` };
        }
      } else if (step.run && RUN_CHECKOUT.test(step.run)) {
        const m = RUN_CHECKOUT.exec(step.run)!;
        checkout = { line: y.lineIn(step.runNode!, m.index, m[0]), what: m[0] };
      }
    }
  }
}

/** Parses one file and applies every rule; `kind` says whether it is a workflow or an action.yml. */
export function analyzeFile(text: string, kind: 'workflow' | 'action', opts: RuleOptions): FileAnalysis {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const out: FileAnalysis = { findings: [], uses: [] };
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
    stepRules(y, stepsOf(y, y.get(runs, 'steps')), opts, out);
  } else {
    if (!isMap(y.get(top, 'jobs'))) {
      out.error = { line: y.keyLine(top, 'jobs') ?? 1, message: 'expected "jobs" to be a mapping of job ids to jobs' };
      return out;
    }
    const triggers = triggersOf(y, top);
    for (const [, job] of y.entries(y.get(top, 'jobs'))) {
      const reusable = y.get(job, 'uses');
      const uses = y.str(reusable);
      if (uses !== undefined) usesRule(y, uses, reusable!, opts, out);
      stepRules(y, stepsOf(y, y.get(job, 'steps')), opts, out);
    }
    permissionRules(y, top, triggers, out);
    dangerousTriggerRule(y, top, triggers, out);
  }
  out.findings.sort((a, b) => a.line - b.line);
  return out;
}
