import { describe, expect, it } from 'vitest';
import { ConfigError, findConfig, loadConfigFile, parseConfig } from '../../src/config/load.js';
import { tempDir, writeFiles } from '../helpers.js';
import path from 'node:path';

function problems(yaml: string): string[] {
  try {
    parseConfig(yaml, 'readiness.yml');
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected the config to be rejected');
}

describe('parseConfig', () => {
  it('applies the defaults of SPEC §2 and §4', () => {
    const config = parseConfig('checks:\n  - id: build\n    run: npm run build\n', 'readiness.yml');
    expect(config.threshold).toBe(70);
    expect(config.categories.map((c) => [c.id, c.weight])).toEqual([
      ['build', 10],
      ['tests', 20],
      ['coverage', 15],
      ['security', 20],
      ['dependencies', 10],
      ['quality', 10],
      ['docs', 10],
      ['hygiene', 5],
    ]);
    expect(config.checks[0]).toMatchObject({
      id: 'build',
      title: 'build',
      kind: 'run',
      category: 'quality',
      weight: 1,
      required: false,
      needs: [],
      timeoutMs: 600_000,
      workingDirectory: '.',
      env: {},
      run: 'npm run build',
    });
  });

  it('reads every common key', () => {
    const config = parseConfig(
      `threshold: 80
concurrency: 3
categories:
  security: { title: Safety, weight: 30 }
  perf: { weight: 5 }
checks:
  - id: build
    title: Build it
    category: build
    weight: 2
    required: true
    timeout: 1.5
    working-directory: ./packages/app/
    env: { CI: true, LEVEL: 3, NAME: x }
    run: make
  - id: bench
    category: perf
    needs: [build]
    run: make bench
    waive: { reason: slow machine, until: 2027-01-31 }
`,
      'readiness.yml',
    );
    expect(config.threshold).toBe(80);
    expect(config.concurrency).toBe(3);
    expect(config.categories.find((c) => c.id === 'security')).toEqual({ id: 'security', title: 'Safety', weight: 30 });
    expect(config.categories.at(-1)).toEqual({ id: 'perf', title: 'perf', weight: 5 });
    expect(config.checks[0]).toMatchObject({
      title: 'Build it',
      weight: 2,
      required: true,
      timeoutMs: 1500,
      workingDirectory: 'packages/app',
      env: { CI: 'true', LEVEL: '3', NAME: 'x' },
    });
    expect(config.checks[1]!.waive).toEqual({ reason: 'slow machine', until: '2027-01-31' });
  });

  it('accepts JSON, which is YAML', () => {
    const config = parseConfig('{"threshold": 50, "checks": [{"id": "a", "run": "true"}]}', 'readiness.json');
    expect(config.threshold).toBe(50);
  });

  it('names the field path, the line, what was expected and what was found for an unknown key', () => {
    expect(problems('checks:\n  - id: build\n    run: make\n    bogus: 1\n')).toEqual([
      expect.stringMatching(/^readiness\.yml:4: checks\[0\]\.bogus: unknown key; expected one of id, title, category, .*run/),
    ]);
  });

  it('suggests the key that was meant', () => {
    const [line] = problems('checks:\n  - id: build\n    run: make\n    need: [x]\n');
    expect(line).toContain('checks[0].need: unknown key');
    expect(line).toContain('did you mean "needs"?');
  });

  it('reports every problem at once, one line each', () => {
    const lines = problems(`threshold: high
colour: red
checks:
  - id: a
    run: true
    timeout: -5
  - id: b
    weight: heavy
    run: echo
    waive: { until: tomorrow }
`);
    expect(lines).toEqual([
      'readiness.yml:1: threshold: expected a number, found "high" (text)',
      expect.stringMatching(/^readiness\.yml:2: colour: unknown key; expected one of /),
      'readiness.yml:5: checks[0].run: expected text, found true (boolean)',
      'readiness.yml:6: checks[0].timeout: expected a number > 0, found -5 (number)',
      'readiness.yml:8: checks[1].weight: expected a number, found "heavy" (text)',
      'readiness.yml:10: checks[1].waive.reason: is required (text)',
      'readiness.yml:10: checks[1].waive.until: expected a date YYYY-MM-DD, found "tomorrow" (text)',
    ]);
  });

  it('rejects a threshold outside 0–100 and a bad id', () => {
    expect(problems('threshold: 120\nchecks:\n  - id: "has space"\n    run: x\n')).toEqual([
      'readiness.yml:1: threshold: expected a number ≤ 100, found 120 (number)',
      expect.stringMatching(/^readiness\.yml:3: checks\[0\]\.id: expected a slug/),
    ]);
  });

  it('rejects duplicate ids, unknown needs, self needs and unknown categories', () => {
    expect(
      problems(`checks:
  - id: build
    run: make
  - id: build
    run: make again
  - id: test
    needs: [biuld, test]
    category: tets
    run: make test
`),
    ).toEqual([
      'readiness.yml:4: checks[1].id: duplicate id "build": checks[0] (readiness.yml:2) has it already; merge these keys into that entry',
      'readiness.yml:7: checks[2].needs[0]: unknown check id "biuld"; expected one of build, test; did you mean "build"?',
      'readiness.yml:7: checks[2].needs[1]: a check cannot need itself',
      expect.stringMatching(/^readiness\.yml:8: checks\[2\]\.category: unknown category "tets"; expected one of build, tests, .* or define it under "categories"; did you mean "tests"\?$/),
    ]);
  });

  it('rejects cycles in needs and names the cycle', () => {
    expect(
      problems(`checks:
  - { id: a, run: x, needs: [c] }
  - { id: b, run: x, needs: [a] }
  - { id: c, run: x, needs: [b] }
  - { id: d, run: x, needs: [a] }
`),
    ).toEqual(['readiness.yml:2: checks[0].needs: needs and after form a cycle: a → c → b → a']);
  });

  it('rejects a check with nothing to do and a working directory outside the workspace', () => {
    expect(problems('checks:\n  - id: a\n  - id: b\n    run: x\n    working-directory: ../elsewhere\n')).toEqual([
      expect.stringMatching(/^readiness\.yml:2: checks\[0\]: nothing to do; expected "run"/),
      'readiness.yml:5: checks[1].working-directory: expected a path inside the workspace, found "../elsewhere" (text)',
    ]);
  });

  it('reports YAML syntax errors with line and column', () => {
    const lines = problems('checks:\n  - id: a\n    run: [unclosed\n');
    expect(lines[0]).toMatch(/^readiness\.yml:\d+:\d+: invalid YAML: /);
  });

  it('rejects duplicate keys and an empty file', () => {
    expect(problems('checks: []\nchecks: []\n')[0]).toMatch(/^readiness\.yml:2:1: invalid YAML: Map keys must be unique/);
    expect(problems('# only a comment\n')).toEqual(['readiness.yml: the file is empty; expected a mapping with "checks"']);
  });

  it('requires checks', () => {
    expect(problems('threshold: 50\n')).toEqual(['readiness.yml:1: checks: is required (a list)']);
  });
});

describe('findConfig', () => {
  it('looks in .github/readiness.yml, .github/readiness.yaml, readiness.yml in that order', () => {
    const dir = tempDir();
    expect(findConfig(dir)).toBeNull();
    writeFiles(dir, { 'readiness.yml': 'checks: []' });
    expect(findConfig(dir)).toBe(path.join(dir, 'readiness.yml'));
    writeFiles(dir, { '.github/readiness.yaml': 'checks: []' });
    expect(findConfig(dir)).toBe(path.join(dir, '.github/readiness.yaml'));
    writeFiles(dir, { '.github/readiness.yml': 'checks: []' });
    expect(findConfig(dir)).toBe(path.join(dir, '.github/readiness.yml'));
  });

  it('uses an explicit path and says when it is missing', () => {
    const dir = tempDir();
    writeFiles(dir, { 'ci/score.yml': 'checks: []' });
    expect(findConfig(dir, 'ci/score.yml')).toBe(path.join(dir, 'ci/score.yml'));
    expect(() => findConfig(dir, 'nope.yml')).toThrow(/nope\.yml: config file not found/);
  });

  it('loads a file and reports its workspace-relative path', () => {
    const dir = tempDir();
    writeFiles(dir, { '.github/readiness.yml': '\uFEFFchecks:\n  - id: a\n    run: x\n' });
    const loaded = loadConfigFile(dir, path.join(dir, '.github/readiness.yml'));
    expect(loaded.path).toBe('.github/readiness.yml');
    expect(loaded.config.checks).toHaveLength(1);
  });
});

describe('YAML aliases', () => {
  it('an alias to no anchor, or an alias bomb, is a config error, not a crash', () => {
    expect(() => parseConfig('*!', 'readiness.yml')).toThrow(ConfigError);
    expect(() => parseConfig('*!', 'readiness.yml')).toThrow(/readiness\.yml: invalid YAML: Unresolved alias/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`), 'checks: []'].join('\n');
    expect(() => parseConfig(bomb, 'readiness.yml')).toThrow(/invalid YAML: Excessive alias count/);
  });
});

describe('parseConfig: benchmark', () => {
  it('takes the benchmark keys; gate: regressed makes the check required', () => {
    const config = parseConfig(
      'checks:\n  - id: b\n    run: go test -bench . -count=10\n    benchmark: { format: go-bench, repeat: 2, window: 10, min-samples: 8, noise: 3, significance: 0.05, test: welch, confirm: true, gate: regressed, ignore: [{ name: "BenchmarkSlow*", reason: flaky }], max: 0.5, target: 0.1 }\n  - id: c\n    run: hyperfine --export-json h.json x\n    benchmark: { reports: h.json }\n',
      'readiness.yml',
    );
    expect(config.checks.map((c) => [c.id, c.required])).toEqual([
      ['b', true],
      ['c', false],
    ]);
  });

  it('names what is wrong', () => {
    expect(problems('checks:\n  - id: b\n    run: x\n    benchmark: { test: t }\n')[0]).toContain('checks[0].benchmark.test');
    expect(problems('checks:\n  - id: b\n    run: x\n    benchmark: { target: 1 }\n')).toEqual([expect.stringContaining('a target needs "max" (time) or "min" (throughput) beside it')]);
    expect(problems('checks:\n  - id: b\n    benchmark: { repeat: 2 }\n')).toEqual([expect.stringContaining('nothing to read; expected "reports" or a "run" command')]);
    expect(problems('checks:\n  - id: b\n    run: x\n    benchmark: { gate: always }\n')[0]).toContain('checks[0].benchmark.gate');
  });
});

describe('no-new-test-failures and tests.quarantine', () => {
  it('reads the ratchet key and a quarantine of ids and globs, each with a reason', () => {
    const config = parseConfig(
      'no-new-test-failures: true\nchecks:\n  - id: unit\n    tests:\n      reports: r.xml\n      quarantine:\n        - { id: "s › test_x[1-2]", reason: "flaky, #3" }\n        - { glob: "* › test_net*", reason: "network" }\n',
      'readiness.yml',
    );
    expect(config.ratchet).toEqual({ noNewTestFailures: true });
    expect(config.checks[0]!.raw.tests!.quarantine).toEqual([
      { id: 's › test_x[1-2]', reason: 'flaky, #3' },
      { glob: '* › test_net*', reason: 'network' },
    ]);
  });

  it('refuses an entry with both or neither of id and glob, and one without a reason, naming the field', () => {
    const lines = problems('checks:\n  - id: unit\n    tests:\n      reports: r.xml\n      quarantine:\n        - { id: a, glob: b, reason: x }\n        - { reason: y }\n        - { id: c }\n');
    expect(lines.join('\n')).toContain('checks[0].tests.quarantine[0]');
    expect(lines.join('\n')).toContain('expected either "id" or "glob" (one of them)');
    expect(lines.join('\n')).toContain('checks[0].tests.quarantine[1]');
    expect(lines.join('\n')).toContain('checks[0].tests.quarantine[2].reason');
  });
});
