import { describe, expect, it } from 'vitest';
import { renderBadge } from '../../src/report/badge.js';
import { renderComment } from '../../src/report/comment.js';
import type { Report } from '../../src/types.js';
import { checkResult } from '../fixtures.js';
import { HOSTILE, countTags, renderGfm } from '../render.js';

const base = {
  tool: { name: 'readiness-scorecard', version: '0.1.0' },
  threshold: 70,
  categories: [{ id: 'tests', title: 'Tests', weight: 20, score: 81, points: 81, maxPoints: 100 }],
  omittedCategories: [],
  improvements: [{ id: 'unit', title: 'Unit', status: 'fail', pointsLost: 19 }],
  blockers: [],
  config: { path: null, source: 'file', errors: [] },
} as unknown as Report;

describe('badge', () => {
  it('is a shields.io endpoint with the score, grade and a colour by grade', () => {
    expect(renderBadge({ ...base, score: 81.3, grade: 'B' })).toEqual({ schemaVersion: 1, label: 'readiness', message: '81 B', color: 'green' });
    expect(renderBadge({ ...base, score: 95, grade: 'A' }).color).toBe('brightgreen');
    expect(renderBadge({ ...base, score: 42, grade: 'F' }).color).toBe('red');
    expect(renderBadge({ ...base, score: null, grade: null })).toMatchObject({ message: 'not scored', color: 'lightgrey' });
  });
});

describe('pull-request comment', () => {
  it('has the marker, headline, categories, what to fix first and the link to the run', () => {
    const md = renderComment(
      { ...base, score: 81, grade: 'B', passed: true, gateReason: '', checks: [checkResult('unit', 'fail', 0, { title: 'Unit' }), checkResult('lint', 'pass', 100)] },
      '<!-- readiness-scorecard: CI / job -->',
      'https://github.com/acme/app/actions/runs/42',
    );
    expect(md.split('\n')[0]).toBe('<!-- readiness-scorecard: CI / job -->');
    expect(md).toContain('## ✅ Readiness 81 / 100 · grade B · passed (threshold 70)');
    expect(md).toContain('| Tests | 81 / 100 |');
    expect(md).toContain('- ❌ Unit `unit`: exit 1, expected 0 (+19 points)');
    expect(md).toContain('[Full scorecard, evidence and output](https://github.com/acme/app/actions/runs/42)');
    expect(md).not.toContain('lint');
  });

  it('cannot be made to hold markup, links or mentions by check text', () => {
    const md = renderComment(
      { ...base, score: 10, grade: 'F', passed: false, gateReason: HOSTILE, checks: [checkResult('evil', 'fail', 0, { title: HOSTILE, summary: HOSTILE })] },
      '<!-- m -->',
      'https://github.com/acme/app/actions/runs/42',
    );
    const html = renderGfm(md);
    expect(countTags(html, 'img')).toBe(0);
    expect(countTags(html, 'a')).toBe(1); // the link to the run, ours
    expect(html.replace(/<code>[\s\S]*?<\/code>/g, '')).not.toMatch(/@octocat|https?:\/\/evil/);
  });
});
