// Distinct advisories across aliases (a GHSA and its CVE are one), each at its highest severity.
import type { Finding, Severity as FindingSeverity } from '../../types.js';

export const SEVERITIES = ['critical', 'high', 'moderate', 'low', 'unknown'] as const;

export { AUDIT_FORMATS, type AuditFormat } from '../formats.js';
export type Severity = (typeof SEVERITIES)[number];

const RANK: Record<Severity, number> = { critical: 4, high: 3, moderate: 2, low: 1, unknown: 0 };

export interface AdvisoryInput {
  /** The advisory's own id first, then any aliases the report links to it. */
  ids: string[];
  package?: string;
  version?: string;
  severity: Severity;
  title?: string;
  fixedVersion?: string;
  url?: string;
}

export interface AuditResult {
  format: string;
  total: number;
  critical: number;
  high: number;
  moderate: number;
  low: number;
  unknown: number;
  /** Distinct packages named by the advisories. */
  packages: number;
  findings: Finding[];
}

/** Maps a producer's severity word onto ours; anything unknown is `unknown`. */
export function normalizeSeverity(word: unknown): Severity {
  switch (String(word ?? '').trim().toLowerCase()) {
    case 'critical':
      return 'critical';
    case 'high':
    case 'important':
      return 'high';
    case 'moderate':
    case 'medium':
      return 'moderate';
    case 'low':
    case 'info':
    case 'informational':
    case 'negligible':
    case 'none':
      return 'low';
    default:
      return 'unknown';
  }
}

/** CVSS base score → severity (CVSS v3/v4 qualitative rating scale). */
export function severityFromScore(score: number): Severity {
  if (!Number.isFinite(score)) return 'unknown';
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'moderate';
  return 'low';
}

export function higher(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

interface Group {
  ids: string[];
  packages: Set<string>;
  severity: Severity;
  first: AdvisoryInput;
  fixed: Set<string>;
}

/** Collects advisories and merges those that share an id or alias (union–find over ids). */
export class AdvisorySet {
  private parent = new Map<string, string>();
  private inputs: AdvisoryInput[] = [];
  /** Packages a report names as vulnerable beyond the advisories' own (npm 7+ lists dependents too). */
  private affected = new Set<string>();

  /** A package the producer counts as vulnerable, even when no advisory names it directly. */
  addVulnerablePackage(name: string): void {
    this.affected.add(name);
  }

  private find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression keeps later look-ups short.
    for (let cur = id; this.parent.get(cur) !== root; ) {
      const next = this.parent.get(cur)!;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  add(input: AdvisoryInput): void {
    const ids = [...new Set(input.ids.map((i) => i.trim()).filter(Boolean))];
    if (ids.length === 0) return;
    for (const id of ids) if (!this.parent.has(id)) this.parent.set(id, id);
    const root = this.find(ids[0]!);
    for (const id of ids.slice(1)) {
      const other = this.find(id);
      if (other !== root) this.parent.set(other, root);
    }
    this.inputs.push({ ...input, ids });
  }

  result(format: string): AuditResult {
    const groups = new Map<string, Group>();
    for (const input of this.inputs) {
      const root = this.find(input.ids[0]!);
      let g = groups.get(root);
      if (!g) {
        g = { ids: [], packages: new Set(), severity: 'unknown', first: input, fixed: new Set() };
        groups.set(root, g);
      }
      for (const id of input.ids) if (!g.ids.includes(id)) g.ids.push(id);
      if (input.package) g.packages.add(input.package);
      if (input.fixedVersion) g.fixed.add(input.fixedVersion);
      g.severity = higher(g.severity, input.severity);
    }
    const counts: Record<Severity, number> = { critical: 0, high: 0, moderate: 0, low: 0, unknown: 0 };
    const packages = new Set<string>(this.affected);
    const entries: { severity: Severity; finding: Finding }[] = [];
    const level: Record<Severity, FindingSeverity> = { critical: 'error', high: 'error', moderate: 'warning', low: 'note', unknown: 'warning' };
    for (const g of groups.values()) {
      counts[g.severity]++;
      for (const p of g.packages) packages.add(p);
      const pkgs = [...g.packages];
      const where = pkgs.length > 0 ? ` in ${pkgs.slice(0, 3).join(', ')}${pkgs.length > 3 ? ` and ${pkgs.length - 3} more` : ''}${g.first.version && pkgs.length === 1 ? `@${g.first.version}` : ''}` : '';
      const fix = g.fixed.size > 0 ? `; fixed in ${[...g.fixed].slice(0, 3).join(', ')}` : '';
      const aliases = g.ids.length > 1 ? ` (${g.ids.slice(1, 4).join(', ')})` : '';
      entries.push({
        severity: g.severity,
        finding: { severity: level[g.severity], rule: g.ids[0]!, message: `${g.severity}${where}: ${g.first.title ?? g.ids[0]}${aliases}${fix}` },
      });
    }
    // Most severe first, so the summary's first findings are the ones to fix.
    entries.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
    return { format, total: groups.size, ...counts, packages: packages.size, findings: entries.map((e) => e.finding) };
  }
}
