import { describe, expect, it } from 'vitest';
import { base64Forms, runnerMaskable, SecretMask } from '../src/masking.js';

describe('base64Forms', () => {
  it('finds the value encoded at every byte offset inside a longer stream', () => {
    const secret = 'ghp_R4nd0mT0k3nV4lu3xYzAbCdEfGhIjKlMn012';
    const forms = base64Forms(secret);
    for (const before of ['', 'x', 'xy', 'Authorization: token ']) {
      for (const after of ['', '!', '\n', 'tail']) {
        const encoded = Buffer.from(`${before}${secret}${after}`).toString('base64');
        expect(forms.some((f) => encoded.includes(f)), `${JSON.stringify(before)} + secret + ${JSON.stringify(after)}`).toBe(true);
      }
    }
  });

  it('leaves out forms too short to be told from ordinary text', () => {
    expect(base64Forms('abc')).toEqual([]);
  });
});

describe('SecretMask', () => {
  it('masks every string of a result: title, target, metrics, findings, waiver, evidence', () => {
    const mask = new SecretMask();
    mask.add('s3cr3t-VALUE-1234');
    const masked = mask.check({
      id: 'a',
      title: 'uses s3cr3t-VALUE-1234',
      kind: 'run',
      category: 'quality',
      weight: 1,
      required: false,
      status: 'pass',
      score: 100,
      summary: 'ok',
      target: 'not s3cr3t-VALUE-1234',
      metrics: { note: 'x s3cr3t-VALUE-1234', nested: [{ v: 's3cr3t-VALUE-1234' }] },
      findings: [{ severity: 'error', rule: 'r', message: 'm', file: 'a/s3cr3t-VALUE-1234' }],
      evidence: { workingDirectory: '.', durationMs: 1, sources: ['s3cr3t-VALUE-1234.txt'], outputTail: Buffer.from('s3cr3t-VALUE-1234').toString('base64') },
      waiver: { reason: 'because s3cr3t-VALUE-1234', state: 'active', measuredStatus: 'pass' },
    });
    expect(JSON.stringify(masked)).not.toMatch(/s3cr3t|czNjcjN0LVZBTFVFLTEyMzQ/);
    expect(masked.title).toBe('uses ***');
  });
});

describe('short values', () => {
  it('are masked as whole words, never inside a longer word', () => {
    const mask = new SecretMask();
    mask.add('abc');
    mask.add('hunter2');
    expect(mask.apply('PASSWORD=abc; abcdef xabc abc_1 (abc) hunter2 hunter22')).toBe('PASSWORD=***; abcdef xabc abc_1 (***) *** hunter22');
  });

  it('only values of 4 characters or more go to the runner', () => {
    expect(runnerMaskable('abc')).toBe(false);
    expect(runnerMaskable('pin1')).toBe(true);
  });
});
