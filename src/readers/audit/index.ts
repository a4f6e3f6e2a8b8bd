// Dependency audit reports: detect the producer from the content, read distinct advisories.
import { ReaderError, isObject, parseJson } from '../types.js';
import { readAdvisoriesMap, readCargoAudit, readNpm, readOsvScanner, readPipAudit, readTrivy, readYarnLines } from './formats.js';
import { AdvisorySet, type AuditFormat, type AuditResult } from './model.js';

export { AUDIT_FORMATS, type AuditFormat } from './model.js';

const EXPECTED = 'npm audit --json, yarn audit --json, yarn npm audit --json, pnpm audit --json, pip-audit -f json, cargo audit --json, osv-scanner --format json or Trivy JSON';

/** Line-delimited JSON: one object per non-empty line. */
function parseLines(text: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    const t = line.trim();
    if (!t) continue;
    try {
      const v: unknown = JSON.parse(t);
      if (isObject(v)) out.push(v);
    } catch (err) {
      throw new ReaderError(`malformed audit JSON lines: ${(err as Error).message.replace(/\s*at position.*$/, '')}`, lineNo);
    }
  }
  return out;
}

function isLineDelimited(text: string): boolean {
  const first = text.indexOf('\n');
  if (first < 0) return false;
  const head = text.slice(0, first).trim();
  const second = text.slice(first + 1).trimStart();
  return head.startsWith('{') && head.endsWith('}') && second.startsWith('{');
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/**
 * npm, pnpm and yarn print their own failure (no network, endpoint refused) as JSON too. npm puts
 * the cause in `error.summary`, or leaves that empty and says it in `message` or `error.detail`.
 */
function auditFailure(json: unknown): string | undefined {
  if (!isObject(json)) return undefined;
  if (isObject(json.error)) {
    const e = json.error;
    const said = text(e.summary) ?? text(e.message) ?? text(json.message) ?? text(e.detail);
    return [text(e.code), said].filter(Boolean).join(': ') || `npm printed an error with no message: ${JSON.stringify(e).slice(0, 200)}`;
  }
  if (json.type === 'error') return text(json.data) ?? JSON.stringify(json.data);
  if (typeof json.message === 'string' && (json.statusCode !== undefined || json.uri !== undefined || json.code !== undefined)) return json.message;
  return undefined;
}

/** yarn 1 reports a failure as `{"type":"error","data":"…"}` lines and no advisories or summary. */
function yarnFailure(lines: Record<string, unknown>[]): string | undefined {
  const errors = lines.filter((l) => l.type === 'error').map((l) => text(l.data) ?? JSON.stringify(l.data));
  const results = lines.some((l) => l.type === 'auditAdvisory' || l.type === 'auditSummary' || ('value' in l && isObject(l.children)));
  return errors.length > 0 && !results ? errors.join('; ') : undefined;
}

/** Which producer wrote this JSON. */
export function detectAuditFormat(text: string, json?: unknown): AuditFormat {
  if (json === undefined && isLineDelimited(text)) {
    const first = parseLines(text.slice(0, text.indexOf('\n')))[0];
    if (first && (typeof first.type === 'string' || isObject(first.data))) return 'yarn';
    if (first && 'value' in first && isObject(first.children)) return 'yarn-berry';
  }
  // pip-audit's older output is a list of dependency objects; any other list is not an audit.
  if (Array.isArray(json)) {
    if (json.every((d) => isObject(d) && typeof d.name === 'string')) return 'pip-audit';
    throw new ReaderError(`unrecognised audit report: a JSON list of ${json.length} items that are not pip-audit dependencies; expected ${EXPECTED}`);
  }
  if (!isObject(json)) throw new ReaderError(`unrecognised audit report: expected ${EXPECTED}`);
  if (json.auditReportVersion !== undefined || (isObject(json.vulnerabilities) && !('found' in json.vulnerabilities))) return 'npm';
  if (isObject(json.advisories)) return 'pnpm';
  if (Array.isArray(json.dependencies)) return 'pip-audit';
  if (isObject(json.vulnerabilities) && 'list' in json.vulnerabilities) return 'cargo-audit';
  if (Array.isArray(json.results)) return 'osv-scanner';
  if ('SchemaVersion' in json || Array.isArray(json.Results)) return 'trivy';
  throw new ReaderError(`unrecognised audit report: expected ${EXPECTED}`);
}

const LABEL: Record<AuditFormat, string> = {
  npm: 'npm audit',
  yarn: 'yarn audit',
  'yarn-berry': 'yarn npm audit',
  pnpm: 'npm 6 / pnpm / yarn berry advisories',
  'pip-audit': 'pip-audit',
  'cargo-audit': 'cargo audit',
  'osv-scanner': 'osv-scanner',
  trivy: 'Trivy',
};

/** Reads one report; `format` forces a producer, else it is detected. Merge several with one AdvisorySet. */
export function readAudit(text: string, format?: AuditFormat, set = new AdvisorySet()): AuditResult {
  const body = text.trim();
  if (!body) throw new ReaderError('empty audit report');
  const lines = (format === undefined || format === 'yarn' || format === 'yarn-berry') && isLineDelimited(body);
  const json = lines ? undefined : parseJson(body, 'audit');
  const failure = lines ? yarnFailure(parseLines(body)) : auditFailure(json);
  if (failure) throw new ReaderError(`the audit tool reported a failure instead of results: ${failure}`);
  const detected = format ?? detectAuditFormat(body, json);
  if (lines) readYarnLines(parseLines(body), set);
  else {
    const obj = json as Record<string, unknown>;
    switch (detected) {
      case 'npm':
        readNpm(obj, set);
        break;
      case 'pnpm':
      case 'yarn-berry':
        readAdvisoriesMap(obj, set);
        break;
      case 'yarn':
        // A single yarn 1 line is still line-delimited JSON.
        readYarnLines([obj], set);
        break;
      case 'pip-audit':
        readPipAudit(json as Record<string, unknown> | unknown[], set);
        break;
      case 'cargo-audit':
        readCargoAudit(obj, set);
        break;
      case 'osv-scanner':
        readOsvScanner(obj, set);
        break;
      case 'trivy':
        readTrivy(obj, set);
        break;
    }
  }
  return set.result(LABEL[detected]);
}

export { AdvisorySet };
export type { AuditResult };
