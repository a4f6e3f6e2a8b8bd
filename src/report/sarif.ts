// One SARIF 2.1.0 log with every finding of every check, ready for github/codeql-action/upload-sarif.
// Code scanning's limits (runs per file, results per run, gzipped size, one run per category) are
// spent by priority: new findings and those of gate-failing checks are the ones kept.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Report } from '../types.js';
import { repositoryPath } from './format.js';
import { GITHUB_LIMITS, moreInReport, rankedFindings } from './limits.js';

const INFO_URI = 'https://github.com/readiness-scorecard/readiness-scorecard';
/** The code-scanning category of the scorecard's run; unique in the file, as code scanning requires. */
export const SARIF_CATEGORY = 'readiness-scorecard/';

function hash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}

export interface SarifLimits {
  resultsPerRun: number;
  gzipBytes: number;
}

type Json = Record<string, unknown>;

export function renderSarif(report: Report, limits: SarifLimits = { resultsPerRun: GITHUB_LIMITS.sarifResultsPerRun, gzipBytes: GITHUB_LIMITS.sarifGzipBytes }): Json {
  // Code scanning needs a location for every result; findings about the repository as a whole
  // (a missing file, an advisory) point at the config that asked for the check.
  const anchor = report.config.path ?? 'README.md';
  const ranked = rankedFindings(report);
  const total = ranked.length;

  const build = (count: number): Json => {
    const rules: Json[] = [];
    const ruleIndex = new Map<string, number>();
    const results: Json[] = [];
    for (const { finding: f, check } of ranked.slice(0, count)) {
      const id = `${check.id}/${f.rule}`;
      let index = ruleIndex.get(id);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(id, index);
        rules.push({
          id,
          name: f.rule,
          shortDescription: { text: `${check.title}: ${f.rule}` },
          defaultConfiguration: { level: f.severity },
          properties: { check: check.id, kind: check.kind, category: check.category },
        });
      }
      const file = repositoryPath(f.file);
      const region = file && f.line ? { region: { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) } } : {};
      results.push({
        ruleId: id,
        ruleIndex: index,
        level: f.severity,
        message: { text: file || !f.file ? f.message : `${f.message} (${f.file})` },
        locations: [{ physicalLocation: { artifactLocation: { uri: file ?? anchor, uriBaseId: '%SRCROOT%' }, ...region } }],
        // Line-independent, so editing above a finding does not make it a new alert.
        partialFingerprints: { 'readinessFinding/v1': f.fingerprint ?? hash(id, f.file ?? '', f.message) },
        // With a new-code view: what the change introduced, against what it inherited.
        ...(f.new !== undefined ? { baselineState: f.new ? 'new' : 'unchanged' } : {}),
      });
    }
    const omitted = total - results.length;
    return {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'Readiness Scorecard', version: report.tool.version, informationUri: INFO_URI, rules } },
          automationDetails: { id: SARIF_CATEGORY },
          results,
          properties: {
            score: report.score,
            grade: report.grade,
            passed: report.passed,
            ...(omitted > 0 ? { omittedResults: omitted, note: `${moreInReport(omitted, 'findings')}: code scanning takes at most ${limits.resultsPerRun.toLocaleString('en-US')} results per run and ${limits.gzipBytes / 1e6} MB gzipped` } : {}),
          },
        },
      ],
    };
  };

  let count = Math.min(total, limits.resultsPerRun);
  let log = build(count);
  // Fit the gzipped size: scale the count by how far over it is, then step down until it fits.
  for (let size = gzippedBytes(log); size > limits.gzipBytes && count > 0; size = gzippedBytes(log)) {
    count = Math.min(count - 1, Math.floor((count * limits.gzipBytes * 0.97) / size));
    count = Math.max(0, count);
    log = build(count);
  }
  return log;
}

export function gzippedBytes(log: unknown): number {
  return gzipSync(JSON.stringify(log)).length;
}

/** What code scanning would refuse in a SARIF log: too many runs, too many results, a category used twice, too big. */
export function sarifProblems(log: Json, limits: SarifLimits & { runs: number } = { runs: GITHUB_LIMITS.sarifRuns, resultsPerRun: GITHUB_LIMITS.sarifResultsPerRun, gzipBytes: GITHUB_LIMITS.sarifGzipBytes }): string[] {
  const problems: string[] = [];
  const runs = Array.isArray(log.runs) ? (log.runs as Json[]) : [];
  if (runs.length > limits.runs) problems.push(`${runs.length} runs; code scanning takes at most ${limits.runs} per file`);
  const ids = new Set<string>();
  runs.forEach((run, i) => {
    const results = Array.isArray(run.results) ? run.results.length : 0;
    if (results > limits.resultsPerRun) problems.push(`run ${i}: ${results} results; at most ${limits.resultsPerRun}`);
    const id = String((run.automationDetails as { id?: string } | undefined)?.id ?? '');
    if (ids.has(id)) problems.push(`run ${i}: category ${JSON.stringify(id)} is used by another run`);
    ids.add(id);
  });
  const size = gzippedBytes(log);
  if (size > limits.gzipBytes) problems.push(`${size} bytes gzipped; at most ${limits.gzipBytes}`);
  return problems;
}
