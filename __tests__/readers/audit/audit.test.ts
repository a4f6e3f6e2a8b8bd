import { describe, expect, it } from 'vitest';
import { cvssScore, severityFromVector } from '../../../src/readers/audit/cvss.js';
import { detectAuditFormat, readAudit } from '../../../src/readers/audit/index.js';

const counts = (r: ReturnType<typeof readAudit>) => [r.total, r.critical, r.high, r.moderate, r.low, r.unknown, r.packages];

describe('audit readers', () => {
  it('npm 7+: counts distinct advisories in `via`, and every vulnerable package as npm\'s metadata does', () => {
    const report = {
      auditReportVersion: 2,
      vulnerabilities: {
        lodash: { name: 'lodash', severity: 'high', via: [{ source: 1, name: 'lodash', severity: 'high', url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc', title: 'Proto pollution' }], fixAvailable: { name: 'lodash', version: '4.17.21' } },
        app: { name: 'app', severity: 'high', via: ['lodash'] },
        tool: { name: 'tool', severity: 'high', via: ['lodash', { source: 1, name: 'lodash', severity: 'high', url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc' }] },
      },
      metadata: { vulnerabilities: { high: 3, total: 3 } },
    };
    const r = readAudit(JSON.stringify(report));
    expect(r.format).toBe('npm audit');
    expect(counts(r)).toEqual([1, 0, 1, 0, 0, 0, 3]);
    expect(r.packages).toBe(report.metadata.vulnerabilities.total);
    expect(r.findings[0]).toEqual({ severity: 'error', rule: 'GHSA-aaaa-bbbb-cccc', message: 'high in lodash: Proto pollution (npm:1); fixed in lodash@4.17.21' });
  });

  it('yarn 1 NDJSON: the same advisory on several paths counts once; other lines are ignored', () => {
    const line = (id: number, sev: string, mod: string, cve: string) =>
      JSON.stringify({ type: 'auditAdvisory', data: { advisory: { id, module_name: mod, severity: sev, github_advisory_id: `GHSA-${id}`, cves: [cve], title: 't', findings: [{ version: '1.0.0' }] } } });
    const text = [line(1, 'critical', 'minimist', 'CVE-1'), line(1, 'critical', 'minimist', 'CVE-1'), line(2, 'moderate', 'ws', 'CVE-2'), JSON.stringify({ type: 'auditSummary', data: { vulnerabilities: { critical: 2 } } })].join('\n');
    const r = readAudit(text);
    expect(r.format).toBe('yarn audit');
    expect(counts(r)).toEqual([2, 1, 0, 1, 0, 0, 2]);
  });

  it('yarn berry 4 NDJSON lines', () => {
    const text = [
      JSON.stringify({ value: 'lodash', children: { ID: 1, Issue: 'Prototype pollution', URL: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc', Severity: 'high', 'Tree Versions': ['4.17.10'] } }),
      JSON.stringify({ value: 'minimist', children: { ID: 2, Issue: 'x', URL: 'https://github.com/advisories/GHSA-dddd-eeee-ffff', Severity: 'moderate' } }),
    ].join('\n');
    expect(counts(readAudit(text))).toEqual([2, 0, 1, 1, 0, 0, 2]);
    expect(detectAuditFormat(text)).toBe('yarn-berry');
  });

  it('the npm 6 advisories map (pnpm, yarn berry 2/3) merges a GHSA with its CVE', () => {
    const r = readAudit(
      JSON.stringify({
        advisories: {
          '10': { id: 10, module_name: 'a', severity: 'low', github_advisory_id: 'GHSA-x', cves: ['CVE-9'], title: 't' },
          '11': { id: 11, module_name: 'b', severity: 'high', github_advisory_id: 'GHSA-y', cves: ['CVE-9'], title: 't' },
          '12': { id: 12, module_name: 'c', severity: '', cvss: { score: 9.8, vectorString: null }, cves: [] },
        },
      }),
    );
    // 10 and 11 share CVE-9 → one advisory at its highest severity (high); 12 from its CVSS score.
    expect(counts(r)).toEqual([2, 1, 1, 0, 0, 0, 3]);
  });

  it('pip-audit has no severities: every advisory is unknown', () => {
    const r = readAudit(JSON.stringify({ dependencies: [{ name: 'jinja2', version: '2.0', vulns: [{ id: 'PYSEC-1', aliases: ['CVE-1', 'GHSA-1'], fix_versions: ['2.11.3'] }] }, { name: 'x', version: '1', vulns: [] }] }));
    expect(counts(r)).toEqual([1, 0, 0, 0, 0, 1, 1]);
    expect(r.findings[0]!.message).toContain('fixed in 2.11.3');
  });

  it('cargo-audit: severity from the CVSS vector; warnings are not vulnerabilities', () => {
    const r = readAudit(
      JSON.stringify({
        vulnerabilities: { found: true, count: 1, list: [{ advisory: { id: 'RUSTSEC-2023-0071', package: 'rsa', title: 'Marvin', cvss: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N', aliases: ['CVE-2023-49092'] }, versions: { patched: [] }, package: { name: 'rsa', version: '0.9.8' } }] },
        warnings: { unmaintained: [{ kind: 'unmaintained', advisory: { id: 'RUSTSEC-2024-0001' }, package: { name: 'derivative' } }] },
      }),
    );
    // CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N is 5.9 → moderate.
    expect(counts(r)).toEqual([1, 0, 0, 1, 0, 0, 1]);
  });

  it('osv-scanner: aliases merge, labels first, then group scores and vectors', () => {
    const r = readAudit(
      JSON.stringify({
        results: [
          {
            packages: [
              {
                package: { name: 'axios', version: '0.19.0' },
                vulnerabilities: [
                  { id: 'GHSA-1', aliases: ['CVE-1'], database_specific: { severity: 'HIGH' } },
                  { id: 'CVE-1', aliases: ['GHSA-1'] },
                  { id: 'GHSA-2', severity: [{ type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N' }] },
                ],
                groups: [{ ids: ['GHSA-1', 'CVE-1'], max_severity: '7.5' }, { ids: ['GHSA-2'], max_severity: '' }],
              },
            ],
          },
        ],
      }),
    );
    // GHSA-1/CVE-1 high; GHSA-2 from its CVSS 4.0 vector (8.7) → high.
    expect(counts(r)).toEqual([2, 0, 2, 0, 0, 0, 1]);
  });

  it('Trivy: the same CVE in two packages is one advisory', () => {
    const v = (pkg: string) => ({ VulnerabilityID: 'CVE-2019-1549', PkgName: pkg, InstalledVersion: '1', FixedVersion: '2', Severity: 'MEDIUM' });
    const r = readAudit(JSON.stringify({ SchemaVersion: 2, Results: [{ Target: 'img', Vulnerabilities: [v('libssl'), v('libcrypto')] }] }));
    expect(counts(r)).toEqual([1, 0, 0, 1, 0, 0, 2]);
  });

  it('says when the audit tool itself failed', () => {
    expect(() => readAudit(JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', method: 'POST', statusCode: 405 }))).toThrow(
      'the audit tool reported a failure instead of results: 405 Method Not Allowed',
    );
    expect(() => readAudit(JSON.stringify({ error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.' } }))).toThrow('ENOLOCK: This command requires an existing lockfile.');
    // npm leaves error.summary empty and says it in message.
    expect(() => readAudit(JSON.stringify({ message: 'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org', error: { code: 'ENOTFOUND', summary: '', detail: '' } }))).toThrow(
      'failure instead of results: ENOTFOUND: request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org',
    );
    // yarn 1: its error line, not the "Visit https://yarnpkg.com" line after it.
    const yarn = [JSON.stringify({ type: 'error', data: 'Error: https://registry.yarnpkg.com/-/npm/v1/security/audits/quick: Request failed "405 Method Not Allowed"' }), JSON.stringify({ type: 'info', data: 'Visit https://yarnpkg.com/en/docs/cli/audit for documentation about this command.' })].join('\n');
    expect(() => readAudit(yarn)).toThrow('failure instead of results: Error: https://registry.yarnpkg.com/-/npm/v1/security/audits/quick: Request failed "405 Method Not Allowed"');
    expect(() => readAudit(JSON.stringify({ type: 'error', data: 'An unexpected error occurred: "ENOTFOUND".' }))).toThrow('failure instead of results: An unexpected error occurred: "ENOTFOUND".');
  });

  it('says what it expected for anything else', () => {
    expect(() => readAudit('{"hello": 1}')).toThrow(/unrecognised audit report: expected npm audit --json, yarn audit --json/);
    expect(() => readAudit('   ')).toThrow('empty audit report');
    expect(() => readAudit('{"a":')).toThrow(/malformed audit JSON/);
  });
});

describe('CVSS', () => {
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8, 'critical'],
    ['CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:N', 4.8, 'moderate'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N', 8.7, 'high'],
    ['AV:N/AC:L/Au:N/C:P/I:P/A:P', 7.5, 'high'],
  ])('%s → %d (%s)', (vector, score, severity) => {
    expect(cvssScore(vector)).toBe(score);
    expect(severityFromVector(vector)).toBe(severity);
  });

  it('gives unknown for what is not a vector', () => {
    expect(severityFromVector('nonsense')).toBe('unknown');
    expect(severityFromVector(null)).toBe('unknown');
  });
});
