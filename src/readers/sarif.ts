// SARIF 2.1.0 (SPEC §3): effective level = result.level, else `none` when kind is not `fail`, else
// the rule's defaultConfiguration.level (rule found by index or id in the driver and in
// tool.extensions), else `warning`. Results with suppressions or baselineState "absent" are not
// live: they count as suppressed, not under their level.
import type { Finding, Severity } from '../types.js';
import { FindingList, ReaderError, isObject, parseJson, type StreamReader } from './types.js';

export interface SarifResult {
  error: number;
  warning: number;
  note: number;
  /** Live results at error, warning or note level. */
  total: number;
  suppressed: number;
  findings: Finding[];
  findingsTotal: number;
}

type Json = Record<string, unknown>;
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

/** A run's results and everything else in the log, as readSarif reads them. */
function summarize(json: unknown, resultsOf: (run: Json, index: number) => unknown[]): SarifResult {
  if (!isObject(json) || !Array.isArray(json.runs)) throw new ReaderError('not a SARIF log: expected an object with "runs"');
  if (json.version !== undefined && json.version !== '2.1.0') {
    throw new ReaderError(`unsupported SARIF version ${JSON.stringify(json.version)}; expected "2.1.0"`);
  }
  const counts = { error: 0, warning: 0, note: 0, suppressed: 0 };
  const findings = new FindingList();
  let objectRuns = 0;
  json.runs.forEach((run: unknown) => {
    if (!isObject(run)) return;
    const runIndex = objectRuns++;
    const comps = components(run);
    const artifacts = Array.isArray(run.artifacts) ? run.artifacts : [];
    for (const result of resultsOf(run, runIndex)) {
      if (!isObject(result)) continue;
      if ((Array.isArray(result.suppressions) && result.suppressions.length > 0) || result.baselineState === 'absent') {
        counts.suppressed++;
        continue;
      }
      const rule = findRule(result, comps);
      const level = effectiveLevel(result, rule);
      if (level === 'none') continue;
      counts[level]++;
      const ruleId = typeof result.ruleId === 'string' ? result.ruleId : rule && typeof rule.id === 'string' ? rule.id : 'sarif';
      findings.add({ ...location(result, artifacts), severity: level as Severity, rule: ruleId, message: messageText(result, rule) || ruleId });
    }
  });
  const rank = { error: 0, warning: 1, note: 2 };
  const sorted = [...findings.items].sort((a, b) => rank[a.severity] - rank[b.severity]);
  return { ...counts, total: counts.error + counts.warning + counts.note, findings: sorted, findingsTotal: findings.total };
}

export function readSarif(text: string): SarifResult {
  const json = parseJson(text, 'SARIF');
  return summarize(json, (run) => (Array.isArray(run.results) ? run.results : []));
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
  if (Array.isArray(result.locations)) {
    const first = result.locations.find(isObject);
    const physical = first && isObject(first.physicalLocation) ? first.physicalLocation : undefined;
    out.locations = first ? [physical ? { physicalLocation: { artifactLocation: physical.artifactLocation, region: physical.region } } : {}] : [];
  }
  return out;
}

const OBJECT = 1;
const ARRAY = 2;

/**
 * SARIF read as it streams in: each element of runs[].results is parsed on its own and kept only
 * in its compact form; the rest of the log (tools, rules, artifacts) is kept as text with each
 * result replaced by 0, and parsed at the end. Peak memory is a few times the non-result part,
 * not the whole log. Anything the structure scan does not expect (malformed JSON) ends in
 * SarifNotFollowed: the caller reads the log whole with readSarif, so errors read exactly alike.
 */
export class SarifStream implements StreamReader<SarifResult> {
  private readonly skeleton: string[] = [];
  /** Compact results of each run (runs that are objects, in order). */
  private readonly results: unknown[][] = [];
  /** Container kinds from the root down. */
  private readonly kinds: number[] = [];
  /** For each open object: the last key read (at depths 1 and 3 only), and whether a key comes next. */
  private readonly keys: (string | undefined)[] = [];
  private readonly expectKey: boolean[] = [];
  private inString = false;
  private escape = false;
  /** The result element being read, when inside runs[].results. */
  private element: string[] | undefined;
  private run = -1;
  private broken = false;
  /** The key being read (at depths 1 and 3), in pieces when it spans chunks. */
  private keyParts: string[] | undefined;
  private keyFrom = 0;

  write(chunk: string): void {
    if (this.broken) return;
    if (this.keyParts) this.keyFrom = 0;
    let seg = 0;
    const flush = (end: number) => {
      if (end > seg) (this.element ?? this.skeleton).push(chunk.slice(seg, end));
      seg = end;
    };
    const kinds = this.kinds;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === 92) this.escape = true;
        else if (c === 34) {
          this.inString = false;
          if (this.keyParts) this.keyEnd(chunk.slice(this.keyFrom, i));
        }
        continue;
      }
      const depth = kinds.length;
      // Inside runs[].results: every element is read between its delimiters.
      const inResults = depth === 4 && kinds[3] === ARRAY && kinds[2] === OBJECT && kinds[1] === ARRAY && kinds[0] === OBJECT && this.keys[2] === 'results' && this.keys[0] === 'runs';
      if (c === 34) {
        this.inString = true;
        // Keys matter at the root (runs) and in a run (results); others are skipped as text.
        if ((depth === 1 || depth === 3) && kinds[depth - 1] === OBJECT && this.expectKey[depth - 1]) {
          this.keyParts = [];
          this.keyFrom = i + 1;
        }
        else if (inResults && !this.element) this.startElement(flush, i);
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      if (c === 44 || c === 93) {
        // "," or "]" ends an element of the results array.
        if (inResults) {
          this.endElement(flush, i);
        }
        if (c === 93) {
          if (kinds.pop() !== ARRAY) return this.fail();
          this.keys.pop();
          this.expectKey.pop();
        } else if (depth >= 1 && kinds[depth - 1] === OBJECT) this.expectKey[depth - 1] = true;
        continue;
      }
      if (c === 125) {
        if (kinds.pop() !== OBJECT) return this.fail();
        this.keys.pop();
        this.expectKey.pop();
        continue;
      }
      if (c === 58) {
        if (depth >= 1 && kinds[depth - 1] === OBJECT) this.expectKey[depth - 1] = false;
        continue;
      }
      if (inResults && !this.element) this.startElement(flush, i);
      if (c === 123 || c === 91) {
        if (depth === 2 && kinds[1] === ARRAY && this.keys[0] === 'runs' && c === 123) {
          this.run++;
          this.results[this.run] = [];
        }
        kinds.push(c === 123 ? OBJECT : ARRAY);
        this.keys.push(undefined);
        this.expectKey.push(c === 123);
      }
    }
    flush(chunk.length);
    if (this.keyParts && this.inString) this.keyParts.push(chunk.slice(this.keyFrom));
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

  private startElement(flush: (end: number) => void, at: number): void {
    flush(at);
    this.element = [];
  }

  private endElement(flush: (end: number) => void, at: number): void {
    if (!this.element) return;
    flush(at);
    const text = this.element.join('');
    this.element = undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return this.fail();
    }
    this.results[this.run]!.push(compact(value));
    this.skeleton.push('0');
  }

  private fail(): void {
    this.broken = true;
  }

  end(): SarifResult {
    if (!this.broken && !this.inString && this.kinds.length === 0) {
      let json: unknown;
      try {
        json = JSON.parse(this.skeleton.join(''));
      } catch {
        json = undefined;
        this.broken = true;
      }
      if (!this.broken) return summarize(json, (_run, i) => this.results[i] ?? []);
    }
    throw new SarifNotFollowed();
  }
}

/** The stream could not follow the log (malformed, or an odd shape): read it whole with readSarif. */
export class SarifNotFollowed extends Error {
  constructor() {
    super('the SARIF log needs reading whole');
  }
}
