// Command lines read by a shell lexer: lists, assignments, quotes, what makes a line complex.
import { describe, expect, it } from 'vitest';
import { parseCommandLine, render } from '../../src/config/detect/shell.js';

const simple = (text: string) => parseCommandLine(text).map((i) => [i.joiner, i.command.env, i.command.argv, i.command.complex ?? null]);

describe('parseCommandLine', () => {
  it('splits && || ; and newlines into simple commands, with assignments and cross-env', () => {
    expect(simple(`cross-env TZ='Europe/Paris' jest --coverage`)).toEqual([[null, [['TZ', 'Europe/Paris']], ['jest', '--coverage'], null]]);
    expect(simple('pnpm lint && pnpm test:types && pnpm vitest run')).toEqual([
      [null, [], ['pnpm', 'lint'], null],
      ['&&', [], ['pnpm', 'test:types'], null],
      ['&&', [], ['pnpm', 'vitest', 'run'], null],
    ]);
    expect(simple('npm ci\nnpm run build || true; npm test -- --coverage # comment')).toEqual([
      [null, [], ['npm', 'ci'], null],
      [';', [], ['npm', 'run', 'build'], null],
      ['||', [], ['true'], null],
      [';', [], ['npm', 'test', '--', '--coverage'], null],
    ]);
    expect(simple('go test \\\n  -race ./...')).toEqual([[null, [], ['go', 'test', '-race', './...'], null]]);
  });

  it('keeps a pipe, a redirection, a substitution or a compound command whole, saying which', () => {
    expect(simple('npm test 2>&1 | tee log.txt')).toEqual([[null, [], ['npm', 'test'], 'a redirection (>&)']]);
    expect(simple('echo $(date)')[0]![3]).toBe('a command substitution');
    expect(simple('if [ -n "$X" ]; then\n  npm test\nfi')).toEqual([[null, [], [], 'a compound command (if)']]);
    expect(parseCommandLine('npm test | tee log')[0]!.command.text).toBe('npm test | tee log');
  });

  it('renders words back for sh: quotes where needed, variables and patterns left to the shell', () => {
    const [a] = parseCommandLine(`FOO=$BAR mocha --grep "slow tests" test/*.js "--x=it's"`);
    expect(render(a!.command)).toBe(`FOO="\${BAR}" mocha --grep 'slow tests' test/*.js '--x=it'\\''s'`);
  });
});
