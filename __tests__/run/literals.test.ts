import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSecrets, LITERALS, mayContainSecret, RULES, RULE_LITERALS } from '../../src/checks/secrets.js';
import { LiteralSet } from '../../src/run/literals.js';

describe('LiteralSet', () => {
  it('finds a literal at the start, the end and inside, and nothing else', () => {
    const set = new LiteralSet(['abc', 'xy', 'q']);
    expect(set.test(Buffer.from('abc...'))).toBe(true);
    expect(set.test(Buffer.from('...xy'))).toBe(true);
    expect(set.test(Buffer.from('..q..'))).toBe(true);
    expect(set.test(Buffer.from('ab xa bc yx'))).toBe(false);
    expect(set.test(Buffer.from('ab'))).toBe(false);
    expect(set.test(Buffer.alloc(0))).toBe(false);
  });

  it('occurring() names every literal the bytes hold, and agrees with String.includes', () => {
    const literals = ['ab', 'abc', 'ba', '-x-', 'x'];
    const set = new LiteralSet(literals);
    expect([...set.occurring(Buffer.from('zabcz-x-'))].sort()).toEqual(['-x-', 'ab', 'abc', 'x']);
    expect(set.occurring(Buffer.from('zzz')).size).toBe(0);
    fc.assert(
      fc.property(fc.stringMatching(/^[abx\- ]{0,40}$/), (text) => {
        expect([...set.occurring(Buffer.from(text))].sort()).toEqual(literals.filter((l) => text.includes(l)).sort());
      }),
    );
  });

  it('finds literals at every offset when it looks at every second or third position only', () => {
    // The shortest literal sets the step (3 bytes: every 2nd position; 4 bytes: every 3rd).
    for (const literals of [['abc', 'bca', 'xab'], ['abca', 'cab-', 'b-ab', 'aaaa']]) {
      const set = new LiteralSet(literals);
      fc.assert(
        fc.property(fc.stringMatching(/^[abcx\- ]{0,40}$/), (text) => {
          expect([...set.occurring(Buffer.from(text))].sort()).toEqual(literals.filter((l) => text.includes(l)).sort());
          expect(set.test(Buffer.from(text))).toBe(literals.some((l) => text.includes(l)));
        }),
        { numRuns: 3000 },
      );
    }
  });

  it('refuses a literal that is not printable ASCII', () => {
    expect(() => new LiteralSet(['é'])).toThrow(/printable ASCII/);
  });

  it('agrees with String.includes on random text', () => {
    const literals = ['ab', 'abc', 'ba', '-x-'];
    const set = new LiteralSet(literals);
    fc.assert(
      fc.property(fc.stringMatching(/^[abx\- ]{0,40}$/), (text) => {
        expect(set.test(Buffer.from(text))).toBe(literals.some((l) => text.includes(l)));
      }),
    );
  });
});

describe('the secrets prefilter', () => {
  // Pieces of every rule, glued at random: whatever the rules find, the prefilter must let through.
  const pieces = [
    ...LITERALS,
    'AKIAABCDEFGHIJKLMNOP', 'aws_secret_access_key = ', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY', 'ghp_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8',
    'AWS Secret: ', 'aws.SECRET=', '-----BEGIN RSA PRIVATE KEY-----\n', '-----END RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEA7x9kQm2LpWn4Rt8Vz1Yb3Hc6Jd5Ke0Mf', 'eyJhbGciOiJIUzI1NiJ9', '.', 'password', 'Token', 'api_key',
    ' = ', ': ', '"', "'", '\n', 'Zq8#xR4t!Lm2', 'h7Kp9Qw3Ez5Rt1Yu', 'xoxb-', '1234567890-', 'AbCdEfGhIjKlMnOpQrSt', '_authToken=', 'npm_', 'AIza', 'sk_live_', 'https://hooks.slack.com/services/',
  ];
  it('never skips a file the rules find a secret in', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.constantFrom('a.yml', 'a.ts', 'a.py', 'test/a.js', 'docs/x.md', 'fixtures/c.json', '.env'), (parts, file) => {
        const text = parts.join('');
        if (findSecrets(file, text).length > 0) expect(mayContainSecret(Buffer.from(text), file)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('each rule finds nothing in a file without one of its own literals, so searching only with the rules whose literals occur finds the same', () => {
    expect(RULE_LITERALS.length).toBe(RULES.length);
    const set = new LiteralSet(LITERALS);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.constantFrom('a.yml', 'a.ts', 'a.py', 'test/a.js', 'docs/x.md', '.env'), (parts, file) => {
        const text = parts.join('');
        const found = set.occurring(Buffer.from(text));
        const all = findSecrets(file, text);
        for (const hit of all) {
          // A generic match reported as a known kind still needed a generic literal.
          const rules = RULES.flatMap((r, i) => (r.id === hit.rule || r.id === 'generic-secret' ? [i] : []));
          if (hit.rule !== 'dotenv') expect(rules.some((i) => RULE_LITERALS[i]!.some((l) => found.has(l)))).toBe(true);
        }
        expect(findSecrets(file, text, found)).toEqual(all);
      }),
      { numRuns: 5000 },
    );
  });

  it('files holding 128 different sets of rule literals (more sets than are compiled) → the same findings as with all rules', () => {
    const set = new LiteralSet(LITERALS);
    const tokens = [
      'AKIAABCDEFGHIJKLMNOP', 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8', 'xoxb-1234567890-AbCdEfGhIjKlMnOpQrSt', 'npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlX2hlcmU', 'sk_live_AbCdEfGhIjKlMnOpQrSt12', 'password = "h7Kp9Qw3Ez5Rt1Yu"',
    ];
    let hits = 0;
    for (let combo = 1; combo < 1 << tokens.length; combo++) {
      const text = tokens.filter((_, i) => combo & (1 << i)).join('\n');
      const all = findSecrets('a.yml', text);
      expect(findSecrets('a.yml', text, set.occurring(Buffer.from(text)))).toEqual(all);
      hits += all.length;
    }
    // Every token is found in each of the 64 sets holding it.
    expect(hits).toBe(64 * tokens.length);
  });

  it('lets no file through without a literal, and only token formats where the generic rule does not look', () => {
    expect(mayContainSecret(Buffer.from('const a = 1;\nfunction f() { return a + 2; }\n'), 'src/a.ts')).toBe(false);
    expect(mayContainSecret(Buffer.from('const token = "abc123def456";\n'), 'src/a.ts')).toBe(true);
    expect(mayContainSecret(Buffer.from('const token = "abc123def456";\n'), 'test/a.ts')).toBe(false);
    expect(mayContainSecret(Buffer.from('A=1\n'), '.env')).toBe(true);
  });
});
