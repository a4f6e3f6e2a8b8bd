// SARIF 2.1.0 (SPEC §3): effective level = result.level, else `none` when kind is not `fail`, else
// the rule's defaultConfiguration.level (rule found by index or id in the driver and in
// tool.extensions), else `warning`. Results with suppressions or baselineState "absent" are not
// live: they count as suppressed, not under their level.
import type { Finding, Severity } from '../types.js';
import { FindingList, ReaderError, isObject, parseJson } from './types.js';

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

export function readSarif(text: string): SarifResult {
  const json = parseJson(text, 'SARIF');
  if (!isObject(json) || !Array.isArray(json.runs)) throw new ReaderError('not a SARIF log: expected an object with "runs"');
  if (json.version !== undefined && json.version !== '2.1.0') {
    throw new ReaderError(`unsupported SARIF version ${JSON.stringify(json.version)}; expected "2.1.0"`);
  }
  const counts = { error: 0, warning: 0, note: 0, suppressed: 0 };
  const severity: Record<SecuritySeverity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  const findings = new FindingList();
  for (const run of json.runs) {
    if (!isObject(run)) continue;
    const comps = components(run);
    const artifacts = Array.isArray(run.artifacts) ? run.artifacts : [];
    for (const result of Array.isArray(run.results) ? run.results : []) {
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
      const security = securitySeverity(result, rule);
      if (security) severity[security]++;
      const message = messageText(result, rule) || ruleId;
      findings.add({ ...location(result, artifacts), severity: level as Severity, rule: ruleId, message: security ? `${security} severity: ${message}` : message });
    }
  }
  const rank = { error: 0, warning: 1, note: 2 };
  const sorted = [...findings.items].sort((a, b) => rank[a.severity] - rank[b.severity]);
  return { ...counts, total: counts.error + counts.warning + counts.note, severity, findings: sorted, findingsTotal: findings.total };
}
