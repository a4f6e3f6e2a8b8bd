import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { suggestion } from '../../src/cli/main.js';

function parseError(args: string[]): Error {
  try {
    parseArgs({ args, options: { threshold: { type: 'string' } } });
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a parse error');
}

describe('a mistyped option', () => {
  it('suggests the nearest option the usage lists', () => {
    expect(suggestion(parseError(['--thresold', '80']))).toBe('; did you mean --threshold?');
    expect(suggestion(parseError(['--keeptemp']))).toBe('; did you mean --keep-temp?');
    expect(suggestion(parseError(['--markdwon', 'x.md']))).toBe('; did you mean --markdown?');
  });

  it('suggests nothing for an option far from every known one, or another kind of error', () => {
    expect(suggestion(parseError(['--frobnicate']))).toBe('');
    expect(suggestion(new Error('other'))).toBe('');
  });
});
