// Finds, parses and validates the config; every problem becomes one line with file, line and field path.
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { readBoundedFile } from '../run/bounded-file.js';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import {
  READER_KEYS,
  DEFAULT_CATEGORIES,
  DEFAULT_CATEGORY,
  DEFAULT_THRESHOLD,
  DEFAULT_TIMEOUT_SECONDS,
  DEFAULT_WEIGHT,
  checkKind,
  checkKindKeys,
  configSchema,
  parseSize,
  DEFAULT_MAX_REPORT_BYTES,
  DEFAULT_MAX_FILE_BYTES,
  BUILTIN_OPTIONS,
  BUILTINS,
  type BuiltinName,
  allowedKeysAt,
  type RawCheck,
  type RawConfig,
} from './schema.js';
import { describeValue, formatPath, problemsFromZod, suggestion, type Problem } from './explain.js';
import type { CategoryDef, CheckConfig, Config } from './types.js';
import { resolveExtends } from './extends.js';
import { levelProblems, normalizeLevels } from './levels.js';
import { formatOrigin, fromYaml, originAt, toJs, type Traced } from './traced.js';

/** Looked for in this order when no config path is given. */
export const CONFIG_CANDIDATES = ['.github/readiness.yml', '.github/readiness.yaml', 'readiness.yml'] as const;

export class ConfigError extends Error {
  constructor(
    /** Workspace-relative path of the file, or null when none was found. */
    readonly file: string | null,
    /** One line per problem. */
    readonly problems: string[],
  ) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems in ${file ?? 'the configuration'}:\n${problems.join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface LoadedConfig {
  config: Config;
  /** Workspace-relative path with forward slashes. */
  path: string;
  /** Where each value came from, and the presets applied. */
  resolved: ResolvedConfig;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** The config file to use: the explicit one, else the first candidate that exists, else null. */
export function findConfig(workspace: string, explicit?: string): string | null {
  if (explicit) {
    const abs = path.resolve(workspace, explicit);
    if (!existsSync(abs) || !statSync(abs).isFile()) {
      throw new ConfigError(explicit, [`${explicit}: config file not found (looked for ${toPosix(abs)})`]);
    }
    return abs;
  }
  for (const candidate of CONFIG_CANDIDATES) {
    const abs = path.join(workspace, candidate);
    if (existsSync(abs) && statSync(abs).isFile()) return abs;
  }
  return null;
}

/** A config is a page of YAML; a larger file is not one. */
export const CONFIG_MAX_BYTES = 1024 * 1024;

export function loadConfigFile(workspace: string, file: string): LoadedConfig {
  const rel = toPosix(path.relative(workspace, file)) || path.basename(file);
  let text: string;
  try {
    // As for report paths: a config symlinked outside the workspace is not read (its first words
    // would reach the summary), and one past CONFIG_MAX_BYTES is refused before it fills memory.
    // A path the caller gives outside the workspace (`--config ~/team.yml`) is theirs to choose; a
    // file of the repository, or any symlink, that leads out of it is not read.
    const real = realpathSync(file);
    const root = realpathSync(workspace);
    const outside = (p: string) => p.startsWith('..') || path.isAbsolute(p);
    const given = path.resolve(workspace, file);
    const chosenOutside = outside(path.relative(path.resolve(workspace), given)) && !lstatSync(given).isSymbolicLink();
    if (outside(path.relative(root, real)) && !chosenOutside) throw new ConfigError(rel, [`${rel}: the config file is a symlink to outside the workspace`]);
    text = readBoundedFile(real, CONFIG_MAX_BYTES).toString('utf8');
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError(rel, [`${rel}: cannot read the config file: ${(err as Error).message}`]);
  }
  const resolved = resolveConfigText(text, rel, { workspace, abs: path.resolve(workspace, file) });
  return { config: resolved.config, path: rel, resolved };
}

export interface ParseOptions {
  /** The directory audited: built-in presets detect from it, preset files lie inside it (default: the current directory). */
  workspace?: string;
  /** Absolute path of the config file; preset file paths are relative to its folder. */
  abs?: string;
}

/** The validated config with the tree it came from: each value's file and line (`readiness config`). */
export interface ResolvedConfig {
  config: Config;
  tree: Traced;
  /** Presets applied in order, the file last. */
  layers: string[];
  /** What the built-in presets detected. */
  notes: string[];
}

/** Parses and validates config text; throws ConfigError listing every problem at once. */
export function parseConfig(text: string, fileName: string, options: ParseOptions = {}): Config {
  return resolveConfigText(text, fileName, options).config;
}

/** Parses config text, applies its `extends` and validates the result. */
export function resolveConfigText(text: string, fileName: string, options: ParseOptions = {}): ResolvedConfig {
  // YAML would accept what JSON does not (a trailing comma, a comment): a .json file must be JSON.
  if (/\.json$/i.test(fileName)) checkJson(text.replace(/^\uFEFF/, ''), fileName);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      fileName,
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        const where = `${fileName}:${pos.line}:${pos.col}`;
        return `${where}: invalid YAML: ${e.message.split('\n')[0]}`;
      }),
    );
  }
  let plain: unknown;
  try {
    // Aliases resolve here: an alias to no anchor, or too many of them (a "billion laughs"), throws.
    plain = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new ConfigError(fileName, [`${fileName}: invalid YAML: ${(err as Error).message.split('\n')[0]}`]);
  }
  if (plain === null || plain === undefined) {
    throw new ConfigError(fileName, [`${fileName}: the file is empty; expected a mapping with "checks"`]);
  }

  const resolution = resolveExtends(fromYaml(doc, lineCounter, fileName), {
    workspace: options.workspace ?? process.cwd(),
    ...(options.abs ? { abs: options.abs } : {}),
    maxBytes: CONFIG_MAX_BYTES,
  });
  const input = toJs(resolution.tree);
  const extended = resolution.layers.length > 1;

  // Every problem of every layer in one pass: those of `extends` and the merge beside validation's.
  const problems: Problem[] = [];
  const parsed = configSchema.safeParse(input, { reportInput: true, jitless: true });
  if (!parsed.success) problems.push(...problemsFromZod(parsed.error, input, allowedKeysAt));
  problems.push(...semanticProblems(input, resolution.incomplete), ...levelProblems(input, resolution.incomplete));

  if (problems.length > 0 || resolution.problems.length > 0) {
    // In file order (presets first), so the list reads top to bottom alongside the files.
    const order = (file: string) => resolution.layers.indexOf(file);
    const located = [
      ...resolution.problems,
      ...problems.map((p) => {
        const origin = originAt(resolution.tree, p.path, p.atKey);
        return { origin, text: `${formatOrigin(origin)}: ${extended ? checkIdPath(p.path, input) : formatPath(p.path)}: ${p.message}` };
      }),
    ].map((p, i) => ({ ...p, i }));
    located.sort((a, b) => order(a.origin.file) - order(b.origin.file) || (a.origin.line ?? 0) - (b.origin.line ?? 0) || a.i - b.i);
    throw new ConfigError(fileName, [...new Set(located.map((p) => p.text))]);
  }
  return { config: normalize(parsed.data as RawConfig), tree: resolution.tree, layers: resolution.layers, notes: resolution.notes };
}

/** With presets, a check's place in the merged list means nothing in any one file: it is named by id, checks[build]. */
function checkIdPath(p: readonly (string | number)[], input: unknown): string {
  if (p[0] !== 'checks' || typeof p[1] !== 'number' || !isRecord(input) || !Array.isArray(input.checks)) return formatPath(p);
  const check: unknown = input.checks[p[1]];
  if (!isRecord(check) || typeof check.id !== 'string') return formatPath(p);
  const rest = p.length > 2 ? formatPath(p.slice(2)) : '';
  return `checks[${check.id}]${rest === '' ? '' : rest.startsWith('[') ? rest : `.${rest}`}`;
}

/** Throws a ConfigError with line and column when the text is not strict JSON. */
function checkJson(text: string, fileName: string): void {
  const incomplete = (n: number): boolean => {
    try {
      JSON.parse(text.slice(0, n));
      return true;
    } catch (err) {
      return /end of JSON input|Unterminated string/i.test((err as Error).message);
    }
  };
  // An empty file gets the same message as an empty YAML file, further on.
  if (text.trim() === '' || isJson(text)) return;
  // Error messages differ between Node versions and not all give a position: find the first
  // character that makes the text invalid (every longer prefix is invalid too).
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (incomplete(mid + 1)) lo = mid + 1;
    else hi = mid;
  }
  const before = text.slice(0, lo);
  const line = before.split('\n').length;
  const column = lo - before.lastIndexOf('\n');
  const what = lo < text.length ? `unexpected ${JSON.stringify(text[lo])}` : 'unexpected end of the file';
  throw new ConfigError(fileName, [`${fileName}:${line}:${column}: invalid JSON: ${what}`]);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Problems zod cannot see: kinds, ids, needs, cycles, categories, paths. Works on unvalidated input.
 * `incomplete`: a preset could not be read, so what a check lacks (a "run", a builtin) or an id or
 * category it names may be that preset's; only what is wrong whatever it gives is reported.
 */
function semanticProblems(input: unknown, incomplete = false): Problem[] {
  if (isRecord(input) && input.checks === undefined) return [{ path: ['checks'], message: 'is required (a list)' }];
  if (!isRecord(input) || !Array.isArray(input.checks)) return [];
  const problems: Problem[] = [];
  const checks = input.checks as unknown[];
  // Duplicate ids are found where the layers merge (extends.ts), with both entries' lines.
  const firstIndex = new Map<string, number>();
  checks.forEach((c, i) => {
    if (isRecord(c) && typeof c.id === 'string' && !firstIndex.has(c.id)) firstIndex.set(c.id, i);
  });
  const ids = [...firstIndex.keys()];
  // A reference to a check whose entry has no usable id (already a problem) is not one more.
  const idsKnown = !incomplete && checks.every((c) => isRecord(c) && typeof c.id === 'string');

  const categories = new Set(Object.keys(DEFAULT_CATEGORIES));
  if (isRecord(input.categories)) for (const k of Object.keys(input.categories)) categories.add(k);

  checks.forEach((c, i) => {
    // A duplicate entry is one problem already (extends.ts); what it lacks alone is not another.
    if (!isRecord(c) || (typeof c.id === 'string' && firstIndex.get(c.id) !== i)) return;
    const kinds = checkKindKeys(c);
    if (kinds.length === 0 && c.run === undefined && !incomplete) {
      problems.push({ path: ['checks', i], message: `nothing to do; expected "run"${READER_KEYS.length ? `, a reader (${READER_KEYS.join(', ')})` : ''} or "builtin"` });
    }
    if (kinds.length > 1) {
      problems.push({ path: ['checks', i], message: `expected at most one reader or builtin, found ${kinds.join(' and ')}` });
    }
    const builtin = typeof c.builtin === 'string' && (BUILTINS as readonly string[]).includes(c.builtin) ? (c.builtin as BuiltinName) : undefined;
    const allOptions = new Set(Object.values(BUILTIN_OPTIONS).flat());
    for (const option of allOptions) {
      if (c[option] === undefined || (builtin && BUILTIN_OPTIONS[builtin].includes(option)) || (!builtin && incomplete)) continue;
      const owners = (Object.entries(BUILTIN_OPTIONS) as [string, readonly string[]][]).filter(([, o]) => o.includes(option)).map(([b]) => b);
      problems.push({ path: ['checks', i, option], atKey: true, message: `only for builtin: ${owners.join(', ')}; found ${builtin ? `builtin: ${builtin}` : 'no builtin'}` });
    }
    if (builtin === 'patterns' && c.patterns === undefined && !incomplete) problems.push({ path: ['checks', i], message: 'builtin: patterns needs "patterns" (a list of {id, regex})' });
    // `target` is a percent for git and checklist, counts per rule for workflows.
    if (c.target !== undefined && (builtin === 'workflows') !== isRecord(c.target) && (builtin || !incomplete)) {
      problems.push({ path: ['checks', i, 'target'], message: `expected ${builtin === 'workflows' ? 'counts per rule, e.g. { unpinned-action: 5 }' : 'a percent (0–100)'}, found ${describeValue(c.target)}` });
    }
    if (builtin === 'checklist' && c.files === undefined && !incomplete) problems.push({ path: ['checks', i], message: 'builtin: checklist needs "files" (the Markdown files with task lists)' });
    if (builtin && c.run !== undefined) problems.push({ path: ['checks', i, 'run'], atKey: true, message: `a builtin scan runs no command; remove "run" or the builtin` });
    if (Array.isArray(c.patterns)) {
      const seen = new Set<string>();
      c.patterns.forEach((p, j) => {
        if (!isRecord(p)) return;
        if (typeof p.id === 'string') {
          if (seen.has(p.id)) problems.push({ path: ['checks', i, 'patterns', j, 'id'], message: `duplicate pattern id "${p.id}"` });
          seen.add(p.id);
        }
        if (typeof p.regex === 'string') {
          try {
            new RegExp(p.regex, typeof p.flags === 'string' ? p.flags.replace(/[^imsu]/g, '') : '');
          } catch (err) {
            problems.push({ path: ['checks', i, 'patterns', j, 'regex'], message: `expected a regular expression, found ${describeValue(p.regex)}: ${(err as Error).message}` });
          }
        }
      });
    }
    for (const key of kinds) {
      if (key === 'builtin') continue;
      const reader = c[key];
      if (isRecord(reader) && reader.reports === undefined && c.run === undefined && !incomplete) {
        problems.push({ path: ['checks', i, key], message: 'nothing to read; expected "reports" or a "run" command whose output it reads' });
      }
    }
    if (isRecord(c.metric) && !incomplete) {
      const m = c.metric;
      if ((m.pattern === undefined) === (m.json === undefined)) {
        problems.push({ path: ['checks', i, 'metric'], message: `expected exactly one of "pattern" or "json", found ${m.pattern === undefined ? 'neither' : 'both'}` });
      }
      if ((m.min === undefined) === (m.max === undefined)) {
        problems.push({
          path: ['checks', i, 'metric'],
          message: `expected exactly one of "min" (higher is better) or "max" (lower is better), found ${m.min === undefined ? 'neither' : 'both'}`,
        });
      }
      if (typeof m.pattern === 'string') {
        try {
          new RegExp(m.pattern);
        } catch (err) {
          problems.push({ path: ['checks', i, 'metric', 'pattern'], message: `expected a regular expression, found ${describeValue(m.pattern)}: ${(err as Error).message}` });
        }
      }
    }
    if (isRecord(c.benchmark) && c.benchmark.target !== undefined && c.benchmark.max === undefined && c.benchmark.min === undefined && !incomplete) {
      problems.push({ path: ['checks', i, 'benchmark', 'target'], message: 'a target needs "max" (time) or "min" (throughput) beside it' });
    }
    if (isRecord(c.coverage) && typeof c.coverage.min === 'number' && typeof c.coverage.target === 'number' && c.coverage.min > c.coverage.target) {
      problems.push({ path: ['checks', i, 'coverage', 'min'], message: `expected min ≤ target (${c.coverage.target}), found ${c.coverage.min}` });
    }
    for (const key of ['needs', 'after'] as const) {
      const list = c[key];
      if (!Array.isArray(list)) continue;
      list.forEach((need, j) => {
        if (typeof need !== 'string') return;
        if (need === c.id) problems.push({ path: ['checks', i, key, j], message: `a check cannot ${key === 'needs' ? 'need' : 'run after'} itself` });
        else if (!firstIndex.has(need) && idsKnown) {
          problems.push({
            path: ['checks', i, key, j],
            message: `unknown check id "${need}"; expected one of ${ids.join(', ')}${suggestion(need, ids)}`,
          });
        }
      });
    }
    if (typeof c.category === 'string' && !categories.has(c.category) && !incomplete) {
      const known = [...categories];
      problems.push({
        path: ['checks', i, 'category'],
        message: `unknown category "${c.category}"; expected one of ${known.join(', ')} or define it under "categories"${suggestion(c.category, known)}`,
      });
    }
    const wd = c['working-directory'];
    if (typeof wd === 'string' && (path.isAbsolute(wd) || path.posix.normalize(wd.replace(/\\/g, '/')).split('/')[0] === '..')) {
      problems.push({ path: ['checks', i, 'working-directory'], message: `expected a path inside the workspace, found ${describeValue(wd)}` });
    }
  });

  for (const cycle of findCycles(checks)) {
    const start = firstIndex.get(cycle[0]!)!;
    problems.push({ path: ['checks', start, 'needs'], message: `needs and after form a cycle: ${[...cycle, cycle[0]].join(' → ')}` });
  }
  return problems;
}


/** Each elementary cycle reported once, starting from its first check in config order. */
function findCycles(checks: unknown[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const c of checks) {
    if (isRecord(c) && typeof c.id === 'string' && !graph.has(c.id)) {
      const edges = [...(Array.isArray(c.needs) ? c.needs : []), ...(Array.isArray(c.after) ? c.after : [])];
      graph.set(c.id, edges.filter((n): n is string => typeof n === 'string' && n !== c.id));
    }
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of graph.get(id) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'visiting') {
        const cycle = stack.slice(stack.indexOf(next));
        const key = [...cycle].sort().join('\0');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of graph.keys()) if (!state.has(id)) visit(id);
  return cycles;
}

function normalize(raw: RawConfig): Config {
  const categories: CategoryDef[] = Object.entries(DEFAULT_CATEGORIES).map(([id, c]) => ({ id, ...c }));
  for (const [id, c] of Object.entries(raw.categories ?? {})) {
    const existing = categories.find((k) => k.id === id);
    if (existing) {
      existing.weight = c.weight;
      if (c.title) existing.title = c.title;
    } else categories.push({ id, title: c.title ?? id, weight: c.weight });
  }
  return {
    threshold: raw.threshold ?? DEFAULT_THRESHOLD,
    maxReportBytes: raw['max-report-size'] !== undefined ? parseSize(raw['max-report-size']) : DEFAULT_MAX_REPORT_BYTES,
    maxFileBytes: raw['max-file-size'] !== undefined ? parseSize(raw['max-file-size']) : DEFAULT_MAX_FILE_BYTES,
    ...(raw.concurrency !== undefined ? { concurrency: raw.concurrency } : {}),
    unmeasured: raw.unmeasured ?? 'zero',
    ...(raw['new-code']
      ? {
          newCode: {
            ...(raw['new-code'].coverage !== undefined ? { coverage: raw['new-code'].coverage } : {}),
            ...(raw['new-code']['max-findings'] !== undefined ? { maxFindings: raw['new-code']['max-findings'] } : {}),
            ...(raw['new-code']['max-fetch-depth'] !== undefined ? { maxFetchDepth: raw['new-code']['max-fetch-depth'] } : {}),
          },
        }
      : {}),
    ...(raw['max-drop'] !== undefined || raw['no-new-failures'] !== undefined || raw['no-new-test-failures'] !== undefined
      ? {
          ratchet: {
            ...(raw['max-drop'] !== undefined ? { maxDrop: raw['max-drop'] } : {}),
            ...(raw['no-new-failures'] !== undefined ? { noNewFailures: raw['no-new-failures'] } : {}),
            ...(raw['no-new-test-failures'] !== undefined ? { noNewTestFailures: raw['no-new-test-failures'] } : {}),
          },
        }
      : {}),
    categories,
    checks: (raw.checks ?? []).map(normalizeCheck),
    levels: normalizeLevels(raw.levels),
    ...(raw['min-level'] !== undefined ? { minLevel: raw['min-level'] } : {}),
  };
}

export function normalizeCheck(raw: RawCheck): CheckConfig {
  const wd = raw['working-directory'] ? path.posix.normalize(raw['working-directory'].replace(/\\/g, '/')).replace(/\/$/, '') : '.';
  return {
    id: raw.id,
    title: raw.title ?? raw.id,
    kind: checkKind(raw as Record<string, unknown>) ?? 'run',
    category: raw.category ?? DEFAULT_CATEGORY,
    weight: raw.weight ?? DEFAULT_WEIGHT,
    // `gate: regressed` makes a benchmark a blocker unless the check says otherwise.
    required: raw.required ?? raw.benchmark?.gate === 'regressed',
    needs: raw.needs ?? [],
    after: raw.after ?? [],
    timeoutMs: Math.round((raw.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000),
    workingDirectory: wd || '.',
    env: Object.fromEntries(Object.entries(raw.env ?? {}).map(([k, v]) => [k, String(v)])),
    ...(raw.waive ? { waive: { reason: raw.waive.reason, ...(raw.waive.until ? { until: raw.waive.until } : {}) } } : {}),
    ...(raw.run ? { run: raw.run } : {}),
    ...(raw['enforce-after'] ? { enforceAfter: raw['enforce-after'] } : {}),
    requires: raw.requires ?? [],
    raw,
  };
}
