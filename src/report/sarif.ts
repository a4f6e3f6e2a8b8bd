// One SARIF 2.1.0 log with every finding of every check, ready for github/codeql-action/upload-sarif.
import { createHash } from 'node:crypto';
import type { Finding, Report } from '../types.js';
import { repositoryPath } from './format.js';

const INFO_URI = 'https://github.com/readiness-scorecard/readiness-scorecard';

function hash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}

export function renderSarif(report: Report): Record<string, unknown> {
  const rules: Record<string, unknown>[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Record<string, unknown>[] = [];
  // Code scanning needs a location for every result; findings about the repository as a whole
  // (a missing file, an advisory) point at the config that asked for the check.
  const anchor = report.config.path ?? 'README.md';

  for (const check of report.checks) {
    if (check.status === 'waived') continue;
    for (const f of check.findings as Finding[]) {
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
  }

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Readiness Scorecard', version: report.tool.version, informationUri: INFO_URI, rules } },
        results,
        properties: { score: report.score, grade: report.grade, passed: report.passed },
      },
    ],
  };
}
