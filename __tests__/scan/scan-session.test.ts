import { describe, expect, it } from 'vitest';
import { passKey } from '../../src/scan/scan-session.js';

describe('scan passes', () => {
  it('linear rules share a pass; the workflows rules (a YAML parser) and each patterns check have their own', () => {
    const key = (kind: string, id = kind) => passKey({ id, kind } as never);
    expect(new Set(['secrets', 'conflict-markers', 'files', 'dockerfile', 'checklist', 'git'].map((k) => key(k)))).toEqual(new Set(['shared']));
    expect(key('workflows')).not.toBe('shared');
    expect(key('workflows', 'a')).toBe(key('workflows', 'b'));
    expect(key('patterns', 'a')).not.toBe(key('patterns', 'b'));
  });
});
