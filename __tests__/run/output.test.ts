import { describe, expect, it } from 'vitest';
import { cleanOutput } from '../../src/run/output.js';

describe('cleanOutput', () => {
  it('never begins with the bare "undefined" line pnpm prints before some errors', () => {
    expect(cleanOutput('undefined\n ERR_PNPM_RECURSIVE_EXEC_FIRST_FAIL  Command "eslint" not found\n')).toBe(' ERR_PNPM_RECURSIVE_EXEC_FIRST_FAIL  Command "eslint" not found\n');
    // The word elsewhere is the tool's own.
    expect(cleanOutput('undefined is not a function\n')).toBe('undefined is not a function\n');
  });

  it('applies carriage returns as a terminal shows them and drops colours', () => {
    expect(cleanOutput('\u001b[31mred\u001b[0m\n10%\r50%\r100%\n')).toBe('red\n100%\n');
  });
});
