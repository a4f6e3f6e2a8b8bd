import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/report/annotations.js';
import type { Finding, Report } from '../../src/types.js';
import { checkResult } from '../fixtures.js';

function reportWith(findings: Finding[], status: 'fail' | 'waived' = 'fail'): Report {
  return { checks: [checkResult('scan', status, status === 'fail' ? 0 : undefined, { findings })] } as unknown as Report;
}

const finding = (severity: Finding['severity'], i: number, file: string | undefined = `src/f${i}.ts`): Finding => ({
  ...(file ? { file } : {}),
  line: i + 1,
  severity,
  rule: `rule-${i}`,
  message: `message ${i}`,
});

describe('planAnnotations', () => {
  it('annotates most severe first, at most 10 per level, and counts the rest', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('note', i)),
      ...Array.from({ length: 15 }, (_, i) => finding('warning', i)),
      ...Array.from({ length: 11 }, (_, i) => finding('error', i)),
      { severity: 'error', rule: 'no-location', message: 'no file' } as Finding,
    ];
    const plan = planAnnotations(reportWith(findings));
    expect(plan.annotations).toHaveLength(30);
    expect(plan.annotations[0]).toEqual({ level: 'error', file: 'src/f0.ts', line: 1, title: 'scan: rule-0', message: 'message 0' });
    expect(plan.annotations.slice(0, 10).every((a) => a.level === 'error')).toBe(true);
    expect(plan.annotations.slice(10, 20).every((a) => a.level === 'warning')).toBe(true);
    expect(plan.omitted).toEqual({ error: 1, warning: 5, note: 2 });
  });

  it('annotates a finding about the whole run (a benchmark regressed) without a file, also when only new findings are annotated; other file-less findings are not', () => {
    const regressed: Finding = { severity: 'error', rule: 'benchmark-regressed', message: 'BenchmarkGetG-2: +23.4% [+19.8%, +49.2%]', runWide: true };
    const plan = planAnnotations(reportWith([regressed, { severity: 'error', rule: 'no-location', message: 'no file' }]), undefined, true);
    expect(plan.annotations).toEqual([{ level: 'error', title: 'scan: benchmark-regressed', message: 'BenchmarkGetG-2: +23.4% [+19.8%, +49.2%]' }]);
  });

  it('does not annotate findings of waived checks', () => {
    expect(planAnnotations(reportWith([finding('error', 1)], 'waived')).annotations).toEqual([]);
  });
});
