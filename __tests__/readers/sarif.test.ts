import { describe, expect, it } from 'vitest';
import { readSarif, uriToPath } from '../../src/readers/sarif.js';

const log = (runs: unknown[]) => JSON.stringify({ version: '2.1.0', runs });

describe('SARIF reader', () => {
  it('derives the effective level: result.level, else none for kind≠fail, else the rule default, else warning', () => {
    const r = readSarif(
      log([
        {
          tool: { driver: { name: 'd', rules: [{ id: 'R1', defaultConfiguration: { level: 'error' } }, { id: 'R2' }] } },
          results: [
            { ruleId: 'R1', level: 'note', message: { text: 'explicit level wins' } },
            { ruleId: 'R1', kind: 'pass', message: { text: 'not a failure' } },
            { ruleId: 'R1', message: { text: 'rule default' } },
            { ruleIndex: 0, message: { text: 'by index' } },
            { ruleId: 'R2', message: { text: 'rule without default' } },
            { ruleId: 'unknown', message: { text: 'no rule' } },
          ],
        },
      ]),
    );
    expect(r).toMatchObject({ error: 2, warning: 2, note: 1, total: 5, suppressed: 0 });
  });

  it('finds rules in tool.extensions, by toolComponent index or by id', () => {
    const r = readSarif(
      log([
        {
          tool: { driver: { name: 'CodeQL' }, extensions: [{ name: 'pack', rules: [{ id: 'java/x', defaultConfiguration: { level: 'error' } }] }] },
          results: [
            { ruleId: 'java/x', message: { text: 'by id' } },
            { rule: { id: 'java/x', index: 0, toolComponent: { index: 0 } }, message: { text: 'by reference' } },
          ],
        },
      ]),
    );
    expect(r).toMatchObject({ error: 2, warning: 0 });
  });

  it('counts suppressed and baseline-absent results as suppressed, not under their level', () => {
    const r = readSarif(
      log([
        {
          tool: { driver: { name: 'eslint' } },
          results: [
            { ruleId: 'a', level: 'error', suppressions: [{ kind: 'inSource' }], message: { text: 'x' } },
            { ruleId: 'b', level: 'error', baselineState: 'absent', message: { text: 'x' } },
            { ruleId: 'c', level: 'error', suppressions: [], baselineState: 'unchanged', message: { text: 'x' } },
          ],
        },
      ]),
    );
    expect(r).toMatchObject({ error: 1, suppressed: 2, total: 1 });
  });

  it('makes findings with rule, level, file, line and message (from messageStrings too)', () => {
    const r = readSarif(
      log([
        {
          tool: { driver: { name: 'd', rules: [{ id: 'R', messageStrings: { m: { text: 'Value {0} is bad' } } }] } },
          artifacts: [{ location: { uri: 'src/by-index.ts' } }],
          results: [
            { ruleId: 'R', level: 'warning', message: { id: 'm', arguments: ['x'] }, locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///repo/src/a%20b.ts' }, region: { startLine: 7, startColumn: 3 } } }] },
            { ruleId: 'R', level: 'error', message: { text: 'indexed' }, locations: [{ physicalLocation: { artifactLocation: { index: 0 }, region: { startLine: 2 } } }] },
          ],
        },
      ]),
    );
    expect(r.findings).toEqual([
      { file: 'src/by-index.ts', line: 2, severity: 'error', rule: 'R', message: 'indexed' },
      { file: '/repo/src/a b.ts', line: 7, column: 3, severity: 'warning', rule: 'R', message: 'Value x is bad' },
    ]);
  });

  it('rejects what is not SARIF 2.1.0 and says where JSON breaks', () => {
    expect(() => readSarif('{"runs": [], "version": "1.0.0"}')).toThrow('unsupported SARIF version "1.0.0"; expected "2.1.0"');
    expect(() => readSarif('{"x": 1}')).toThrow('not a SARIF log: expected an object with "runs"');
    expect(() => readSarif('{\n  "runs": [\n    {,}\n  ]\n}')).toThrow(/malformed SARIF JSON: .* at line 3, column 6/);
  });

  it('turns file URIs into paths', () => {
    expect(uriToPath('file:///C:/work/x.cs')).toBe('C:/work/x.cs');
    expect(uriToPath('src/%5Bid%5D.ts')).toBe('src/[id].ts');
  });
});

describe('SARIF security severity', () => {
  it("keeps Bandit's issue_severity per result and GitHub's security-severity per rule", () => {
    const bandit = (sev: string) => ({ ruleId: 'B307', message: { text: 'eval' }, properties: { issue_severity: sev, issue_confidence: 'HIGH' } });
    const log = {
      version: '2.1.0',
      runs: [
        { tool: { driver: { name: 'Bandit', rules: [{ id: 'B307' }] } }, results: [bandit('MEDIUM'), bandit('LOW'), bandit('LOW')] },
        {
          tool: { driver: { name: 'CodeQL', rules: [{ id: 'sqli', properties: { 'security-severity': '9.8' } }, { id: 'xss', properties: { 'security-severity': '6.1' } }, { id: 'style' }] } },
          results: [{ ruleId: 'sqli', level: 'error', message: { text: 'q' } }, { ruleId: 'xss', level: 'error', message: { text: 'x' } }, { ruleId: 'style', level: 'note', message: { text: 's' } }],
        },
      ],
    };
    const r = readSarif(JSON.stringify(log));
    expect(r.severity).toEqual({ critical: 1, high: 0, medium: 2, low: 2 });
    expect([r.error, r.warning, r.note]).toEqual([2, 3, 1]);
    expect(r.findings.map((f) => f.message)).toContain('medium severity: eval');
  });
});
