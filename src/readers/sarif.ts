// SARIF 2.1.0 (SPEC §3): effective level = result.level, else `none` when kind is not `fail`, else
// the rule's defaultConfiguration.level (rule found by index or id in the driver and in
// tool.extensions), else `warning`. Results with suppressions or baselineState "absent" are not
// live: they count as suppressed, not under their level.
import type { Finding, Severity } from '../types.js';
import { FindingList, ReaderError, isObject, parseJson, type StreamReader } from './types.js';

/** What a `sarif` check reads: SARIF, cargo's JSON messages, flake8's and mypy's text output. */
export { SARIF_FORMATS, type SarifFormat } from './formats.js';

export interface SarifResult {
  error: number;
  warning: number;
  note: number;
  /** Live results at error, warning or note level. */
  total: number;
  suppressed: number;
  /**
   * The producer's own security severity of live results, where it gives one: Bandit's
   * `properties.issue_severity` on each result, or `properties.security-severity` (a CVSS-like
   * score, as GitHub reads it) on the rule.
   */
  severity: Record<SecuritySeverity, number>;
  findings: Finding[];
  findingsTotal: number;
}

type Json = Record<string, unknown>;
export type SecuritySeverity = 'critical' | 'high' | 'medium' | 'low';
export const SECURITY_SEVERITIES: readonly SecuritySeverity[] = ['critical', 'high', 'medium', 'low'];

/** A result's security severity: Bandit's label on the result, else GitHub's score on the rule. */
export function securitySeverity(result: Json, rule: Json | undefined): SecuritySeverity | undefined {
  const own = isObject(result.properties) ? result.properties.issue_severity : undefined;
  if (typeof own === 'string') {
    const label = own.toLowerCase();
    if (label === 'critical' || label === 'high' || label === 'medium' || label === 'low') return label;
  }
  const score = rule && isObject(rule.properties) ? Number(rule.properties['security-severity']) : NaN;
  // GitHub's bands: over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
  if (!Number.isFinite(score) || score <= 0) return undefined;
  return score > 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
}
type Level = 'error' | 'warning' | 'note' | 'none';

const LEVELS = new Set(['error', 'warning', 'note', 'none']);

interface Component {
  name?: string;
  rules: Json[];
}

function components(run: Json): { driver: Component; extensions: Component[] } {
  const tool = isObject(run.tool) ? run.tool : {};
  const component = (c: unknown): Component => ({
    ...(isObject(c) && typeof c.name === 'string' ? { name: c.name } : {}),
    rules: isObject(c) && Array.isArray(c.rules) ? c.rules.filter(isObject) : [],
  });
  return { driver: component(tool.driver), extensions: Array.isArray(tool.extensions) ? tool.extensions.map(component) : [] };
}

/** The rule a result refers to: by index (in the component named by toolComponent), else by id. */
function findRule(result: Json, run: { driver: Component; extensions: Component[] }): Json | undefined {
  const ref = isObject(result.rule) ? result.rule : undefined;
  const index = typeof ref?.index === 'number' ? ref.index : typeof result.ruleIndex === 'number' ? result.ruleIndex : undefined;
  const id = typeof ref?.id === 'string' ? ref.id : typeof result.ruleId === 'string' ? result.ruleId : undefined;
  let component = run.driver;
  const tc = isObject(ref?.toolComponent) ? ref.toolComponent : undefined;
  if (tc) {
    if (typeof tc.index === 'number' && run.extensions[tc.index]) component = run.extensions[tc.index]!;
    else if (typeof tc.name === 'string') component = run.extensions.find((e) => e.name === tc.name) ?? run.driver;
  }
  if (index !== undefined && index >= 0 && component.rules[index]) return component.rules[index];
  if (id === undefined) return undefined;
  const all = [run.driver, ...run.extensions];
  for (const c of all) {
    const hit = c.rules.find((r) => r.id === id);
    if (hit) return hit;
  }
  // Hierarchical ids ("a/b") fall back to their base rule.
  const base = id.split('/')[0];
  for (const c of all) {
    const hit = c.rules.find((r) => r.id === base);
    if (hit) return hit;
  }
  return undefined;
}

function effectiveLevel(result: Json, rule: Json | undefined): Level {
  if (typeof result.level === 'string' && LEVELS.has(result.level)) return result.level as Level;
  if (typeof result.kind === 'string' && result.kind !== 'fail') return 'none';
  const config = rule && isObject(rule.defaultConfiguration) ? rule.defaultConfiguration : undefined;
  if (config && typeof config.level === 'string' && LEVELS.has(config.level)) return config.level as Level;
  return 'warning';
}

function messageText(result: Json, rule: Json | undefined): string {
  const message = isObject(result.message) ? result.message : {};
  let text = typeof message.text === 'string' ? message.text : undefined;
  if (text === undefined && typeof message.id === 'string' && rule && isObject(rule.messageStrings)) {
    const entry = rule.messageStrings[message.id];
    if (isObject(entry) && typeof entry.text === 'string') text = entry.text;
  }
  if (text === undefined) return '';
  const args = Array.isArray(message.arguments) ? message.arguments : [];
  return text.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}

/** A location's path: file:// URIs decoded to paths, relative URIs kept relative. */
export function uriToPath(uri: string): string {
  let p = uri;
  if (/^file:/i.test(p)) p = p.replace(/^file:(\/\/[^/]*)?/i, '');
  try {
    p = decodeURIComponent(p);
  } catch {
    // Keep it as written.
  }
  // file:///C:/x → C:/x
  return p.replace(/^\/([A-Za-z]:\/)/, '$1');
}

function location(result: Json, artifacts: unknown[]): { file?: string; line?: number; column?: number } {
  const locations = Array.isArray(result.locations) ? result.locations : [];
  const first = locations.find(isObject);
  const physical = first && isObject(first.physicalLocation) ? first.physicalLocation : undefined;
  if (!physical) return {};
  const artifact = isObject(physical.artifactLocation) ? physical.artifactLocation : undefined;
  const region = isObject(physical.region) ? physical.region : undefined;
  const out: { file?: string; line?: number; column?: number } = {};
  // A location may name its file through run.artifacts[index] instead of a uri.
  const indexed = artifact && typeof artifact.index === 'number' ? artifacts[artifact.index] : undefined;
  const uri = artifact && typeof artifact.uri === 'string' ? artifact.uri : isObject(indexed) && isObject(indexed.location) ? indexed.location.uri : undefined;
  if (typeof uri === 'string') out.file = uriToPath(uri);
  if (region && typeof region.startLine === 'number' && region.startLine > 0) out.line = region.startLine;
  if (region && typeof region.startColumn === 'number' && region.startColumn > 0) out.column = region.startColumn;
  return out;
}

interface Tally {
  counts: { error: number; warning: number; note: number; suppressed: number };
  severity: Record<SecuritySeverity, number>;
  findings: FindingList;
}

const newTally = (): Tally => ({ counts: { error: 0, warning: 0, note: 0, suppressed: 0 }, severity: { critical: 0, high: 0, medium: 0, low: 0 }, findings: new FindingList() });

/** Counts one result; returns the finding it added to the list, if the list kept it. */
function tally(result: unknown, comps: ReturnType<typeof components>, artifacts: unknown[], t: Tally): Finding | undefined {
  if (!isObject(result)) return undefined;
  if ((Array.isArray(result.suppressions) && result.suppressions.length > 0) || result.baselineState === 'absent') {
    t.counts.suppressed++;
    return undefined;
  }
  const rule = findRule(result, comps);
  const level = effectiveLevel(result, rule);
  if (level === 'none') return undefined;
  t.counts[level]++;
  const ruleId = typeof result.ruleId === 'string' ? result.ruleId : rule && typeof rule.id === 'string' ? rule.id : 'sarif';
  const security = securitySeverity(result, rule);
  if (security) t.severity[security]++;
  const message = messageText(result, rule) || ruleId;
  const finding = { ...location(result, artifacts), severity: level as Severity, rule: ruleId, message: security ? `${security} severity: ${message}` : message };
  return t.findings.add(finding) ? finding : undefined;
}

function checkShape(json: unknown): asserts json is Json & { runs: unknown[] } {
  if (!isObject(json) || !Array.isArray(json.runs)) throw new ReaderError('not a SARIF log: expected an object with "runs"');
  if (json.version !== undefined && json.version !== '2.1.0') {
    throw new ReaderError(`unsupported SARIF version ${JSON.stringify(json.version)}; expected "2.1.0"`);
  }
}

/** The runs' tallies, in order, as one result: the first findings kept, every one counted. */
function combine(tallies: Tally[]): SarifResult {
  const counts = { error: 0, warning: 0, note: 0, suppressed: 0 };
  const severity: Record<SecuritySeverity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  const findings = new FindingList();
  let total = 0;
  for (const t of tallies) {
    for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] += t.counts[k];
    for (const k of SECURITY_SEVERITIES) severity[k] += t.severity[k];
    for (const f of t.findings.items) findings.add(f);
    total += t.findings.total;
  }
  const rank = { error: 0, warning: 1, note: 2 };
  const sorted = [...findings.items].sort((a, b) => rank[a.severity] - rank[b.severity]);
  return { ...counts, total: counts.error + counts.warning + counts.note, severity, findings: sorted, findingsTotal: total };
}

export function readSarif(text: string): SarifResult {
  const json = parseJson(text, 'SARIF');
  checkShape(json);
  const tallies: Tally[] = [];
  for (const run of json.runs) {
    if (!isObject(run)) continue;
    const t = newTally();
    const comps = components(run);
    const artifacts = Array.isArray(run.artifacts) ? run.artifacts : [];
    for (const result of Array.isArray(run.results) ? run.results : []) tally(result, comps, artifacts, t);
    tallies.push(t);
  }
  return combine(tallies);
}

/**
 * The parts of a result readSarif looks at, and nothing else (code flows, fingerprints, related
 * locations and properties are most of a large log's size).
 */
function compact(result: unknown): unknown {
  if (!isObject(result)) return result;
  const out: Json = {};
  for (const key of ['level', 'kind', 'rule', 'ruleId', 'ruleIndex', 'baselineState', 'message'] as const) if (result[key] !== undefined) out[key] = result[key];
  if (Array.isArray(result.suppressions)) out.suppressions = result.suppressions.length > 0 ? [true] : [];
  // Bandit's own severity of the result (securitySeverity reads it).
  if (isObject(result.properties) && result.properties.issue_severity !== undefined) out.properties = { issue_severity: result.properties.issue_severity };
  if (Array.isArray(result.locations)) {
    const first = result.locations.find(isObject);
    const physical = first && isObject(first.physicalLocation) ? first.physicalLocation : undefined;
    out.locations = first ? [physical ? { physicalLocation: { artifactLocation: physical.artifactLocation, region: physical.region } } : {}] : [];
  }
  return out;
}

const OBJECT = 1;
/** Whitespace and at most one comma: what separates two results. */
const SEPARATOR = /^\s*,?\s*$/;
const ARRAY = 2;

/** A run as the stream reads it: counted as its results stream by, once its tool is known. */
interface RunState {
  tool?: Json;
  comps?: ReturnType<typeof components>;
  /** Whether results were counted as they came (the tool came first), or kept for the end. */
  streamed?: boolean;
  tally: Tally;
  /** Kept findings whose file comes from run.artifacts, which may follow the results. */
  pending: { at: number; result: unknown }[];
  /** Results kept (compact) because the tool came after them. */
  kept: unknown[];
}

/** A value being read as text: a result, or a run's tool. */
interface Capture {
  pieces: string[];
  /** The depth of the container it is a member of. */
  depth: number;
  done(text: string): void;
}

/**
 * SARIF read as it streams in. Each element of runs[].results is parsed on its own and, when its
 * run's tool (the rules) came before the results, as producers write it, counted at once and
 * dropped: memory holds the rules and the findings kept, not the log. The rest of the log is kept
 * as text with each result replaced by 0 and parsed at the end, which also checks its JSON. Any
 * shape the structure scan does not follow ends in SarifNotFollowed: the caller then reads the
 * log whole with readSarif, so a malformed log's error reads exactly alike.
 */
export class SarifStream implements StreamReader<SarifResult> {
  private readonly skeleton: string[] = [];
  private readonly runs: RunState[] = [];
  /** Container kinds from the root down; for each, the last key read (objects at depths 1 and 3). */
  private readonly kinds: number[] = [];
  private readonly keys: (string | undefined)[] = [];
  private readonly expectKey: boolean[] = [];
  private inString = false;
  /** Inside a string at a chunk's end: whether its last character was an unpaired backslash. */
  private escape = false;
  private keyParts: string[] | undefined;
  private capture: Capture | undefined;
  private broken = false;

  write(chunk: string): void {
    if (this.broken) return;
    let seg = 0;
    // `between` marks the text between two results: whitespace and a comma, kept in the skeleton
    // as one shared ',' rather than a string per result (a large log has hundreds of thousands).
    const flush = (end: number, between = false) => {
      if (end > seg) {
        const piece = chunk.slice(seg, end);
        if (this.capture) this.capture.pieces.push(piece);
        if (!this.capture || this.capture.depth !== 4) this.skeleton.push(between && SEPARATOR.test(piece) ? (piece.includes(',') ? ',' : ' ') : piece);
      }
      seg = end;
    };
    const kinds = this.kinds;
    let i = 0;
    if (this.inString) i = this.skipString(chunk, 0, this.escape);
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      const depth = kinds.length;
      const capture = this.capture;
      if (capture && depth === capture.depth && (c === 44 || c === 93 || c === 125)) {
        flush(i);
        this.capture = undefined;
        const text = capture.pieces.join('');
        capture.done(text);
        if (this.broken) return;
      }
      if (c === 44) {
        if (depth >= 1 && kinds[depth - 1] === OBJECT) this.expectKey[depth - 1] = true;
        continue;
      }
      if (c === 58) {
        if (depth >= 1 && kinds[depth - 1] === OBJECT) this.expectKey[depth - 1] = false;
        continue;
      }
      if (c === 93 || c === 125) {
        if (kinds.pop() !== (c === 93 ? ARRAY : OBJECT)) return this.fail();
        this.keys.pop();
        this.expectKey.pop();
        continue;
      }
      // A value (or a key) starts here.
      const isKey = c === 34 && depth >= 1 && kinds[depth - 1] === OBJECT && this.expectKey[depth - 1];
      if (!isKey && !this.capture) this.startCapture(depth, flush, i);
      if (c === 34) {
        if (isKey && (depth === 1 || depth === 3)) this.keyParts = [];
        i = this.skipString(chunk, i + 1, false) - 1;
        continue;
      }
      if (c === 123 || c === 91) {
        if (depth === 2 && kinds[1] === ARRAY && kinds[0] === OBJECT && this.keys[0] === 'runs' && c === 123) {
          this.runs.push({ tally: newTally(), pending: [], kept: [] });
        }
        kinds.push(c === 123 ? OBJECT : ARRAY);
        this.keys.push(undefined);
        this.expectKey.push(c === 123);
      }
    }
    flush(chunk.length);
  }

  /**
   * Skips a string's characters from `from` (just after its opening quote, or a chunk's start);
   * returns the index after its closing quote, or the chunk's length when it goes on.
   */
  private skipString(chunk: string, from: number, escaped: boolean): number {
    let at = from;
    if (escaped) at++;
    for (;;) {
      const q = chunk.indexOf('"', at);
      if (q === -1) {
        // Goes on in the next chunk: is the chunk's last character an unpaired backslash?
        let n = 0;
        for (let k = chunk.length - 1; k >= at && chunk.charCodeAt(k) === 92; k--) n++;
        this.inString = true;
        this.escape = n % 2 === 1;
        if (this.keyParts) this.keyParts.push(chunk.slice(from, chunk.length));
        return chunk.length;
      }
      let n = 0;
      for (let k = q - 1; k >= at && chunk.charCodeAt(k) === 92; k--) n++;
      // An escaped backslash right after a chunk boundary cannot pair with this one: counted from `at`.
      if (n % 2 === 0) {
        this.inString = false;
        this.escape = false;
        if (this.keyParts) this.keyEnd(chunk.slice(from, q));
        return q + 1;
      }
      at = q + 1;
    }
  }

  private keyEnd(last: string): void {
    const raw = this.keyParts!.join('') + last;
    this.keyParts = undefined;
    let key: unknown = raw;
    if (raw.includes('\\')) {
      try {
        key = JSON.parse(`"${raw}"`);
      } catch {
        return this.fail();
      }
    }
    this.keys[this.kinds.length - 1] = key as string;
  }

  /** A value starting at `depth`: a result, a run's tool, or text for the skeleton. */
  private startCapture(depth: number, flush: (end: number, between?: boolean) => void, at: number): void {
    const k = this.kinds;
    const inRun = depth >= 3 && k[0] === OBJECT && k[1] === ARRAY && k[2] === OBJECT && this.keys[0] === 'runs';
    if (!inRun) return;
    const run = this.runs[this.runs.length - 1]!;
    if (depth === 4 && k[3] === ARRAY && this.keys[2] === 'results') {
      run.streamed ??= run.tool !== undefined;
      flush(at, true);
      this.skeleton.push('0');
      this.capture = { pieces: [], depth: 4, done: (text) => this.result(run, text) };
    } else if (depth === 3 && this.keys[2] === 'tool') {
      flush(at);
      this.capture = {
        pieces: [],
        depth: 3,
        done: (text) => {
          try {
            run.tool = { tool: JSON.parse(text) as unknown };
            run.comps = components(run.tool);
          } catch {
            this.fail();
          }
        },
      };
    }
  }

  private result(run: RunState, text: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return this.fail();
    }
    if (!run.streamed) {
      run.kept.push(compact(value));
      return;
    }
    const finding = tally(value, run.comps!, [], run.tally);
    // Its file may be named through run.artifacts, read at the end.
    if (finding && isObject(value) && needsArtifacts(value)) run.pending.push({ at: run.tally.findings.items.length - 1, result: compact(value) });
  }

  private fail(): void {
    this.broken = true;
  }

  end(): SarifResult {
    if (this.broken || this.inString || this.kinds.length !== 0) throw new SarifNotFollowed();
    let json: unknown;
    try {
      json = JSON.parse(this.skeleton.join(''));
    } catch {
      throw new SarifNotFollowed();
    }
    checkShape(json);
    const objects = json.runs.filter(isObject);
    if (objects.length !== this.runs.length) throw new SarifNotFollowed();
    return combine(
      objects.map((run, i) => {
        const state = this.runs[i]!;
        const artifacts = Array.isArray(run.artifacts) ? run.artifacts : [];
        if (!state.streamed) {
          const t = newTally();
          const comps = components(run);
          for (const result of state.kept) tally(result, comps, artifacts, t);
          return t;
        }
        for (const { at, result } of state.pending) {
          const f = state.tally.findings.items[at]!;
          state.tally.findings.items[at] = { ...location(result as Json, artifacts), severity: f.severity, rule: f.rule, message: f.message };
        }
        return state.tally;
      }),
    );
  }
}

/** Whether a result's first location names its file only through run.artifacts. */
function needsArtifacts(result: Json): boolean {
  const first = Array.isArray(result.locations) ? result.locations.find(isObject) : undefined;
  const physical = first && isObject(first.physicalLocation) ? first.physicalLocation : undefined;
  const artifact = physical && isObject(physical.artifactLocation) ? physical.artifactLocation : undefined;
  return !!artifact && typeof artifact.uri !== 'string' && typeof artifact.index === 'number';
}

/** The stream could not follow the log (malformed, or an odd shape): read it whole with readSarif. */
export class SarifNotFollowed extends Error {
  constructor() {
    super('the SARIF log needs reading whole');
  }
}
