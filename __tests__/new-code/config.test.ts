// The `new-code:` config keys.
import { describe, expect, it } from 'vitest';
import type { ConfigError} from '../../src/config/load.js';
import { parseConfig } from '../../src/config/load.js';

describe('new-code config', () => {
  it('reads the conditions and the fetch cap', () => {
    const c = parseConfig('new-code: { coverage: 80, max-findings: 0, max-fetch-depth: 300 }\nchecks: []\n', 'readiness.yml');
    expect(c.newCode).toEqual({ coverage: 80, maxFindings: 0, maxFetchDepth: 300 });
    expect(parseConfig('checks: []\n', 'readiness.yml').newCode).toBeUndefined();
  });

  it('names a bad value and an unknown key', () => {
    const problems = (yaml: string) => {
      try {
        parseConfig(yaml, 'readiness.yml');
      } catch (err) {
        return (err as ConfigError).problems.join('\n');
      }
      return '';
    };
    expect(problems('new-code: { coverage: 120 }\nchecks: []\n')).toMatch(/new-code\.coverage/);
    expect(problems('new-code: { max-finding: 1 }\nchecks: []\n')).toMatch(/new-code.*max-finding/);
  });
});
