// One function per producer: the report's JSON in, advisories out. Which one applies is decided by
// detectAuditFormat (index.ts) from the content, or by the check's `format`.
import { isObject } from '../types.js';
import { severityFromVector } from './cvss.js';
import type { AdvisorySet} from './model.js';
import { higher, normalizeSeverity, severityFromScore, type Severity } from './model.js';

type Json = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strings = (v: unknown): string[] => arr(v).filter((x): x is string => typeof x === 'string');

/** GHSA id at the end of an advisory URL (npm 7+ links advisories only by URL). */
function ghsaFromUrl(url: unknown): string | undefined {
  return typeof url === 'string' ? /GHSA-[\w]{4}-[\w]{4}-[\w]{4}/i.exec(url)?.[0] : undefined;
}

/**
 * npm 7+ `npm audit --json` (auditReportVersion 2): advisories are the objects in `via`. Every key of
 * `vulnerabilities` is a vulnerable package (directly, or through a dependency), as npm's own
 * `metadata.vulnerabilities.total` counts them.
 */
export function readNpm(json: Json, set: AdvisorySet): void {
  if (!isObject(json.vulnerabilities)) return;
  for (const [name, entry] of Object.entries(json.vulnerabilities)) {
    if (!isObject(entry)) continue;
    set.addVulnerablePackage(str(entry.name) ?? name);
    const fix = isObject(entry.fixAvailable) ? `${str(entry.fixAvailable.name) ?? ''}@${str(entry.fixAvailable.version) ?? ''}` : undefined;
    for (const via of arr(entry.via)) {
      // Strings name the package through which the vulnerability arrives; not an advisory.
      if (!isObject(via)) continue;
      const id = via.source !== undefined ? `npm:${String(via.source)}` : (ghsaFromUrl(via.url) ?? str(via.title));
      if (!id) continue;
      const ghsa = ghsaFromUrl(via.url);
      set.add({
        ids: [ghsa ?? id, ...(ghsa ? [id] : [])],
        ...(str(via.name) ? { package: str(via.name)! } : {}),
        severity: normalizeSeverity(via.severity),
        ...(str(via.title) ? { title: str(via.title)! } : {}),
        ...(fix && str(via.name) === str(entry.name) ? { fixedVersion: fix } : {}),
        ...(str(via.url) ? { url: str(via.url)! } : {}),
      });
    }
  }
}

function v6Advisory(advisory: Json, set: AdvisorySet): void {
  const id = advisory.id !== undefined ? `npm:${String(advisory.id)}` : undefined;
  const ghsa = str(advisory.github_advisory_id) ?? ghsaFromUrl(advisory.url);
  const ids = [ghsa, id, ...strings(advisory.cves)].filter((x): x is string => !!x);
  const cvss = isObject(advisory.cvss) ? advisory.cvss : undefined;
  let severity = normalizeSeverity(advisory.severity);
  if (severity === 'unknown' && cvss) {
    severity = typeof cvss.score === 'number' && cvss.score > 0 ? severityFromScore(cvss.score) : severityFromVector(str(cvss.vectorString));
  }
  const version = arr(advisory.findings).map((f) => (isObject(f) ? str(f.version) : undefined)).find(Boolean);
  set.add({
    ids,
    ...(str(advisory.module_name) ? { package: str(advisory.module_name)! } : {}),
    ...(version ? { version } : {}),
    severity,
    ...(str(advisory.title) ? { title: str(advisory.title)! } : {}),
    ...(str(advisory.patched_versions) && advisory.patched_versions !== '<0.0.0' ? { fixedVersion: str(advisory.patched_versions)! } : {}),
    ...(str(advisory.url) ? { url: str(advisory.url)! } : {}),
  });
}

/** The npm 6 advisories map, also written by `pnpm audit --json` and yarn berry's `yarn npm audit --json`. */
export function readAdvisoriesMap(json: Json, set: AdvisorySet): void {
  if (!isObject(json.advisories)) return;
  for (const advisory of Object.values(json.advisories)) if (isObject(advisory)) v6Advisory(advisory, set);
}

/** Line-delimited JSON: yarn 1 `yarn audit --json` and yarn berry 4 `yarn npm audit --json`. */
export function readYarnLines(lines: Json[], set: AdvisorySet): void {
  for (const line of lines) {
    if (line.type === 'auditAdvisory' && isObject(line.data) && isObject(line.data.advisory)) {
      v6Advisory(line.data.advisory, set);
    } else if (str(line.value) && isObject(line.children)) {
      // Berry 4: {"value": "<package>", "children": {"ID": …, "Issue": …, "Severity": …}}
      const c = line.children;
      const id = c.ID !== undefined ? String(c.ID) : undefined;
      const ghsa = ghsaFromUrl(c.URL);
      const ids = [ghsa, id ? `npm:${id}` : undefined].filter((x): x is string => !!x);
      if (ids.length === 0) continue;
      const versions = strings(c['Tree Versions']);
      set.add({
        ids,
        package: str(line.value)!,
        ...(versions[0] ? { version: versions[0] } : {}),
        severity: normalizeSeverity(c.Severity),
        ...(str(c.Issue) ? { title: str(c.Issue)! } : {}),
      });
    }
  }
}

/** `pip-audit -f json`: no severities, so every advisory counts as `unknown`. */
export function readPipAudit(json: Json | unknown[], set: AdvisorySet): void {
  const deps = Array.isArray(json) ? json : arr(json.dependencies);
  for (const dep of deps) {
    if (!isObject(dep)) continue;
    for (const vuln of arr(dep.vulns)) {
      if (!isObject(vuln) || !str(vuln.id)) continue;
      const fixes = strings(vuln.fix_versions);
      set.add({
        ids: [str(vuln.id)!, ...strings(vuln.aliases)],
        ...(str(dep.name) ? { package: str(dep.name)! } : {}),
        ...(str(dep.version) ? { version: str(dep.version)! } : {}),
        severity: 'unknown',
        ...(str(vuln.description) ? { title: str(vuln.description)!.split('\n')[0]!.slice(0, 160) } : {}),
        ...(fixes.length > 0 ? { fixedVersion: fixes.join(', ') } : {}),
      });
    }
  }
}

/** `cargo audit --json`: `vulnerabilities.list`; `warnings` (unmaintained, yanked) are not vulnerabilities. */
export function readCargoAudit(json: Json, set: AdvisorySet): void {
  const vulns = isObject(json.vulnerabilities) ? arr(json.vulnerabilities.list) : [];
  for (const v of vulns) {
    if (!isObject(v) || !isObject(v.advisory)) continue;
    const a = v.advisory;
    const id = str(a.id);
    if (!id) continue;
    const pkg = isObject(v.package) ? v.package : {};
    const patched = isObject(v.versions) ? strings(v.versions.patched) : [];
    const informational = str(a.informational);
    set.add({
      ids: [id, ...strings(a.aliases)],
      ...(str(pkg.name) ?? str(a.package) ? { package: (str(pkg.name) ?? str(a.package))! } : {}),
      ...(str(pkg.version) ? { version: str(pkg.version)! } : {}),
      // RustSec gives a CVSS vector (or nothing); an informational notice has no severity.
      severity: informational ? 'unknown' : severityFromVector(str(a.cvss)),
      ...(str(a.title) ? { title: str(a.title)! } : {}),
      ...(patched.length > 0 ? { fixedVersion: patched.join(', ') } : {}),
      ...(str(a.url) ? { url: str(a.url)! } : {}),
    });
  }
}

function osvSeverity(vuln: Json): Severity {
  const label = isObject(vuln.database_specific) ? normalizeSeverity(vuln.database_specific.severity) : 'unknown';
  if (label !== 'unknown') return label;
  let best: Severity = 'unknown';
  for (const s of arr(vuln.severity)) {
    if (!isObject(s)) continue;
    const score = str(s.score);
    if (!score) continue;
    best = higher(best, /^\d+(\.\d+)?$/.test(score) ? severityFromScore(Number(score)) : severityFromVector(score));
  }
  return best;
}

function osvFixed(vuln: Json): string | undefined {
  for (const affected of arr(vuln.affected)) {
    if (!isObject(affected)) continue;
    for (const range of arr(affected.ranges)) {
      if (!isObject(range)) continue;
      for (const event of arr(range.events)) if (isObject(event) && str(event.fixed)) return str(event.fixed);
    }
  }
  return undefined;
}

/** `osv-scanner --format json`: vulnerabilities per package, grouped by osv-scanner's own alias groups. */
export function readOsvScanner(json: Json, set: AdvisorySet): void {
  for (const result of arr(json.results)) {
    if (!isObject(result)) continue;
    for (const entry of arr(result.packages)) {
      if (!isObject(entry)) continue;
      const pkg = isObject(entry.package) ? entry.package : {};
      const base = { ...(str(pkg.name) ? { package: str(pkg.name)! } : {}), ...(str(pkg.version) ? { version: str(pkg.version)! } : {}) };
      for (const vuln of arr(entry.vulnerabilities)) {
        if (!isObject(vuln) || !str(vuln.id)) continue;
        const fixed = osvFixed(vuln);
        set.add({
          ids: [str(vuln.id)!, ...strings(vuln.aliases)],
          ...base,
          severity: osvSeverity(vuln),
          ...(str(vuln.summary) ? { title: str(vuln.summary)! } : {}),
          ...(fixed ? { fixedVersion: fixed } : {}),
        });
      }
      for (const group of arr(entry.groups)) {
        if (!isObject(group)) continue;
        const ids = [...strings(group.ids), ...strings(group.aliases)];
        const score = str(group.max_severity);
        if (ids.length === 0) continue;
        set.add({ ids, ...base, severity: score && Number.isFinite(Number(score)) ? severityFromScore(Number(score)) : 'unknown' });
      }
    }
  }
}

/** Trivy JSON (SchemaVersion 2): `Results[].Vulnerabilities[]`; the same CVE in two packages is one advisory. */
export function readTrivy(json: Json, set: AdvisorySet): void {
  for (const result of arr(json.Results)) {
    if (!isObject(result)) continue;
    for (const v of arr(result.Vulnerabilities)) {
      if (!isObject(v) || !str(v.VulnerabilityID)) continue;
      let severity = normalizeSeverity(v.Severity);
      if (severity === 'unknown' && isObject(v.CVSS)) {
        for (const source of Object.values(v.CVSS)) {
          if (!isObject(source)) continue;
          const score = typeof source.V3Score === 'number' ? source.V3Score : typeof source.V2Score === 'number' ? source.V2Score : undefined;
          severity = higher(severity, score !== undefined ? severityFromScore(score) : severityFromVector(str(source.V3Vector) ?? str(source.V2Vector)));
        }
      }
      set.add({
        ids: [str(v.VulnerabilityID)!, ...strings(v.VendorIDs)],
        ...(str(v.PkgName) ? { package: str(v.PkgName)! } : {}),
        ...(str(v.InstalledVersion) ? { version: str(v.InstalledVersion)! } : {}),
        severity,
        ...(str(v.Title) ? { title: str(v.Title)! } : {}),
        ...(str(v.FixedVersion) ? { fixedVersion: str(v.FixedVersion)! } : {}),
        ...(str(v.PrimaryURL) ? { url: str(v.PrimaryURL)! } : {}),
      });
    }
  }
}
