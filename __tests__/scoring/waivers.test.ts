import { describe, expect, it } from 'vitest';
import { applyWaiver, isExpired } from '../../src/scoring/waivers.js';
import { checkResult } from '../fixtures.js';

const now = new Date('2026-11-22T12:00:00Z');

describe('waivers', () => {
  it('takes a waived check out of the score but keeps what it measured', () => {
    const result = applyWaiver(checkResult('secrets', 'fail', 0), { reason: 'test keys, #123' }, now);
    expect(result.status).toBe('waived');
    expect(result.score).toBeUndefined();
    expect(result.waiver).toEqual({ reason: 'test keys, #123', state: 'active', measuredStatus: 'fail', measuredScore: 0 });
  });

  it('holds through its until day (UTC) and is ignored after it', () => {
    expect(isExpired('2026-11-22', now)).toBe(false);
    expect(isExpired('2026-11-21', now)).toBe(true);
    expect(isExpired(undefined, now)).toBe(false);
    const expired = applyWaiver(checkResult('secrets', 'fail', 0), { reason: 'r', until: '2026-11-21' }, now);
    expect(expired.status).toBe('fail');
    expect(expired.score).toBe(0);
    expect(expired.waiver?.state).toBe('expired');
  });

  it('leaves a check without a waiver as it was', () => {
    const r = checkResult('a', 'pass', 100);
    expect(applyWaiver(r, undefined, now)).toBe(r);
  });
});
