// extends: each merge rule, the presets (built-in and files), cycles, and errors naming file and field.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile, resolveConfigText } from '../../src/config/load.js';
import { printResolved } from '../../src/config/print.js';
import { detect } from '../../src/config/detect.js';
import { tempDir, writeFiles } from '../helpers.js';

const TEAM = [
  'threshold: 60',
  'categories:',
  '  build: { weight: 30 }',
  'checks:',
  '  - id: build',
  '    category: build',
  '    run: make',
  '    requires: [make]',
  '    env: { A: "1" }',
  '  - { id: lint, category: quality, run: make lint, weight: 2 }',
  '',
].join('\n');

/** A workspace with team.yml and the config; returns the resolved config of the config. */
function resolve(config: string, files: Record<string, string> = { 'team.yml': TEAM }) {
  const ws = tempDir();
  writeFiles(ws, { ...files, '.github/readiness.yml': config });
  return loadConfigFile(ws, `${ws}/.github/readiness.yml`);
}

function problems(config: string, files?: Record<string, string>): string[] {
  try {
    resolve(config, files);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('extends: merge rules', () => {
  it('scalars replace: the file\'s threshold wins over the preset\'s; left out, the preset\'s stays', () => {
    expect(resolve('extends: [../team.yml]\nthreshold: 85\n').config.threshold).toBe(85);
    expect(resolve('extends: [../team.yml]\n').config.threshold).toBe(60);
  });

  it('maps merge key by key: a category keeps the preset\'s weight when only its title is given; a check\'s env keeps the preset\'s keys', () => {
    const { config } = resolve('extends: [../team.yml]\ncategories:\n  build: { weight: 30, title: Compile }\n  docs: { weight: 0 }\nchecks:\n  - { id: build, env: { B: "2" } }\n');
    expect(config.categories.find((c) => c.id === 'build')).toEqual({ id: 'build', title: 'Compile', weight: 30 });
    expect(config.categories.find((c) => c.id === 'docs')!.weight).toBe(0);
    expect(config.checks.find((c) => c.id === 'build')!.env).toEqual({ A: '1', B: '2' });
  });

  it('a checks entry with a preset\'s id merges into that check: given only a weight, it keeps run, category and requires', () => {
    const { config } = resolve('extends: [../team.yml]\nchecks:\n  - { id: build, weight: 5 }\n');
    expect(config.checks.map((c) => c.id)).toEqual(['build', 'lint']);
    expect(config.checks[0]).toMatchObject({ id: 'build', run: 'make', category: 'build', requires: ['make'], weight: 5 });
  });

  it('lists replace, unless written { append: [...] }', () => {
    const replaced = resolve('extends: [../team.yml]\nchecks:\n  - { id: build, requires: [cmake] }\n').config;
    expect(replaced.checks[0]!.requires).toEqual(['cmake']);
    const appended = resolve('extends: [../team.yml]\nchecks:\n  - { id: build, requires: { append: [cmake] } }\n').config;
    expect(appended.checks[0]!.requires).toEqual(['make', 'cmake']);
    // Over nothing, append is the list itself.
    const fresh = resolve('extends: [../team.yml]\nchecks:\n  - { id: lint, needs: { append: [build] } }\n').config;
    expect(fresh.checks[1]!.needs).toEqual(['build']);
  });

  it('append over a value that is not a list is an error naming the file, line and field', () => {
    expect(problems('extends: [../team.yml]\nthreshold: { append: [1] }\n')).toEqual(['.github/readiness.yml:2: threshold.append: append adds to a list, but the preset\'s value is not one']);
  });

  it('{ id: X, off: true } removes the preset\'s check; a new id is added after the preset\'s checks', () => {
    const { config } = resolve('extends: [../team.yml]\nchecks:\n  - { id: lint, off: true }\n  - { id: docs, category: docs, run: "true" }\n');
    expect(config.checks.map((c) => c.id)).toEqual(['build', 'docs']);
  });

  it('off for an id no preset gives, or with other keys, is an error with file and line', () => {
    expect(problems('extends: [../team.yml]\nchecks:\n  - { id: lnit, off: true }\n')).toEqual(['.github/readiness.yml:3: checks[0].off: no check "lnit" in the presets to turn off; they give build, lint; did you mean "lint"?']);
    expect(problems('extends: [../team.yml]\nchecks:\n  - id: lint\n    off: true\n    weight: 2\n')).toEqual(['.github/readiness.yml:5: checks[0].weight: "off: true" removes the check; it takes no other keys (found weight)']);
    expect(problems('checks:\n  - { id: a, off: true }\n')).toEqual(['.github/readiness.yml:2: checks[0].off: no check "a" in the presets to turn off (this config extends none that gives checks)']);
  });

  it('the same id twice in one file is still a duplicate, not a merge', () => {
    expect(problems('extends: [../team.yml]\nchecks:\n  - { id: docs, run: "true" }\n  - { id: docs, run: "false" }\n')).toEqual([
      '.github/readiness.yml:4: checks[1].id: duplicate id "docs": checks[0] (.github/readiness.yml:3) has it already; merge these keys into that entry',
    ]);
  });

  it('a duplicate of a preset\'s id is one error with the file\'s own index and both lines, not a second "nothing to do"', () => {
    const yaml = 'extends: [../team.yml]\nchecks:\n  - { id: lint, weight: 2 }\n  - { id: build, weight: 2 }\n  - { id: other, run: "true" }\n  - { id: build, timeout: 100 }\n';
    expect(problems(yaml)).toEqual([
      '.github/readiness.yml:6: checks[3].id: duplicate id "build": checks[1] (.github/readiness.yml:4) has it already; merge these keys into that entry',
    ]);
  });

  it('presets apply in order, later wins, and a preset file may extend another (paths relative to it)', () => {
    const files = { 'team.yml': TEAM, 'presets/strict.yml': 'extends: [../team.yml]\nthreshold: 90\nchecks:\n  - { id: lint, weight: 9 }\n', 'presets/lax.yml': 'threshold: 50\n' };
    const strictLast = resolve('extends: [../presets/lax.yml, ../presets/strict.yml]\n', files);
    expect(strictLast.config.threshold).toBe(90);
    expect(strictLast.config.checks.find((c) => c.id === 'lint')!.weight).toBe(9);
    expect(strictLast.resolved.layers).toEqual(['presets/lax.yml', 'team.yml', 'presets/strict.yml', '.github/readiness.yml']);
    expect(resolve('extends: [../presets/strict.yml, ../presets/lax.yml]\n', files).config.threshold).toBe(50);
  });

  it('a config with extends may leave checks out; one without extends may not', () => {
    expect(resolve('extends: [../team.yml]\n').config.checks.map((c) => c.id)).toEqual(['build', 'lint']);
    expect(problems('threshold: 50\n')).toEqual(['.github/readiness.yml:1: checks: is required (a list)']);
  });
});

describe('extends: every layer merges onto the layers before it by the same rules', () => {
  const NODE = { 'package.json': '{"name":"x","scripts":{"build":"tsc","test":"vitest run","lint":"eslint ."}}', 'package-lock.json': '{}' };
  const appendIn = (level: string, requires: string) => `levels:\n  append:\n    - { id: ${level}, checks: [test] }\nchecks:\n  - { id: test, requires: { append: [${requires}] } }\n`;

  it('built-in preset → team file → config: { append } at each layer adds to what the layers before gave, for a check field and for levels', () => {
    const files = { ...NODE, 'team.yml': appendIn('gold', 'git') };
    const { config } = resolve(`extends: [readiness:recommended, ../team.yml]\n${appendIn('platinum', 'make')}`, files);
    expect(config.checks.find((c) => c.id === 'test')!.requires).toEqual(['npm', 'git', 'make']);
    expect(config.levels.map((l) => l.id)).toEqual(['deployable', 'production', 'exemplary', 'gold', 'platinum']);
  });

  it('the same when the team file itself extends the built-in preset, and when the config appends nothing', () => {
    const files = { ...NODE, 'team.yml': `extends: [readiness:recommended]\n${appendIn('gold', 'git')}` };
    const nested = resolve(`extends: [../team.yml]\n${appendIn('platinum', 'make')}`, files);
    expect(nested.config.checks.find((c) => c.id === 'test')!.requires).toEqual(['npm', 'git', 'make']);
    expect(nested.config.levels.map((l) => l.id)).toEqual(['deployable', 'production', 'exemplary', 'gold', 'platinum']);
    expect(nested.resolved.layers).toEqual(['readiness:recommended', 'team.yml', '.github/readiness.yml']);
    const teamOnly = resolve('extends: [readiness:recommended, ../team.yml]\n', { ...NODE, 'team.yml': appendIn('gold', 'git') });
    expect(teamOnly.config.checks.find((c) => c.id === 'test')!.requires).toEqual(['npm', 'git']);
    expect(teamOnly.config.levels.map((l) => l.id)).toEqual(['deployable', 'production', 'exemplary', 'gold']);
  });

  it('a preset reached twice applies once, at its first place: a check it gives, turned off by a later layer, stays off', () => {
    const files = { ...NODE, 'team.yml': 'extends: [readiness:recommended]\nchecks:\n  - { id: lint, off: true }\n' };
    const { config, resolved } = resolve('extends: [../team.yml, readiness:recommended]\n', files);
    expect(config.checks.map((c) => c.id)).not.toContain('lint');
    expect(resolved.layers).toEqual(['readiness:recommended', 'team.yml', '.github/readiness.yml']);
  });
});

describe('extends: every problem of every layer at once, none that is only a consequence', () => {
  const NODE = { 'package.json': '{"name":"x","scripts":{"build":"tsc","test":"vitest run","lint":"eslint ."}}', 'package-lock.json': '{}' };

  it('presets that cannot be read do not hide the file\'s other problems, nor make up ones about what they would give', () => {
    const yaml = [
      'extends: [readiness:recomended, ../team/nope.yml, readiness:node]',
      'min-level: deployabel',
      'checks:',
      '  - { id: git, off: true, weight: 2 }',
      '  - { id: nosuch, off: true }',
      '  - { id: test, timeout: { append: [3] } }',
      '  - { id: files, exclude: { append: [docs] } }',
      '  - { id: secrets, off: false }',
      '  - { id: mine, needs: [lint], category: tset }',
      '',
    ].join('\n');
    expect(problems(yaml, NODE)).toEqual([
      expect.stringMatching(/^\.github\/readiness\.yml:1: extends\[0\]: unknown preset "readiness:recomended"; .*did you mean "readiness:recommended"\?$/),
      '.github/readiness.yml:1: extends[1]: preset file not found: team/nope.yml (a path relative to .github)',
      '.github/readiness.yml:4: checks[0].weight: "off: true" removes the check; it takes no other keys (found weight)',
      '.github/readiness.yml:6: checks[test].timeout: expected a number, found a list of 1',
      '.github/readiness.yml:8: checks[secrets].off: expected one of true, found false (boolean)',
    ]);
  });

  it('with every preset read, the same file\'s remaining problems all come in that one pass too', () => {
    const yaml = 'extends: [readiness:recommended]\nmin-level: deployabel\ntresh: 3\nchecks:\n  - { id: nosuch, off: true }\n  - { id: files, exclude: { append: [docs] } }\n';
    const found = problems(yaml, NODE);
    expect(found).toHaveLength(4);
    expect(found[0]).toMatch(/^\.github\/readiness\.yml:2: min-level: unknown level "deployabel"/);
    expect(found[1]).toMatch(/^\.github\/readiness\.yml:3: tresh: unknown key/);
    expect(found[2]).toMatch(/^\.github\/readiness\.yml:5: checks\[0\]\.off: no check "nosuch" in the presets to turn off/);
    expect(found[3]).toMatch(/^\.github\/readiness\.yml:6: checks\[files\]\.exclude: only for builtin: /);
  });

  it('a preset file outside the workspace, or one that is not YAML, is reported with the problems of the file and of the other presets', () => {
    const outside = tempDir();
    writeFiles(outside, { 'out.yml': 'threshold: 1\n' });
    const found = problems(`extends: [${outside}/out.yml, ../bad.yml, ../team.yml]\ntresh: 3\n`, { 'bad.yml': 'checks: [\n', 'team.yml': 'checks:\n  - { id: a, runn: "true" }\n' });
    expect(found.some((p) => /^bad\.yml:\d+: invalid YAML/.test(p))).toBe(true);
    expect(found).toContainEqual(expect.stringMatching(/^team\.yml:2: checks\[a\]\.runn: unknown key/));
    expect(found).toContainEqual(expect.stringMatching(/^\.github\/readiness\.yml:1: extends\[0\]: preset file (outside the workspace|not found)/));
    expect(found).toContainEqual(expect.stringMatching(/^\.github\/readiness\.yml:2: tresh: unknown key/));
    // team.yml's check lacks a "run" only because a preset before it could not be read.
    expect(found.some((p) => /nothing to do/.test(p))).toBe(false);
  });

  it('a level naming a check whose entry is invalid is not a second problem', () => {
    expect(problems('levels:\n  - { id: base, checks: [build] }\nchecks:\n  - { run: make }\n', {})).toEqual([
      expect.stringMatching(/^\.github\/readiness\.yml:4: checks\[0\]\.id: /),
    ]);
  });
});

describe('extends: errors name the file and the field', () => {
  it('an unknown key in a preset file names the preset file and its line', () => {
    expect(problems('extends: [../team.yml]\n', { 'team.yml': 'checks:\n  - { id: a, runn: "true" }\n' })).toEqual([
      expect.stringMatching(/^team\.yml:2: checks\[a\]\.runn: unknown key/),
      expect.stringMatching(/^team\.yml:2: checks\[a\]: nothing to do/),
    ]);
  });

  it('a cycle of preset files is an error showing the chain', () => {
    const files = { 'a.yml': 'extends: [b.yml]\n', 'b.yml': 'extends: [a.yml]\n' };
    expect(problems('extends: [../a.yml]\n', files)).toEqual(['b.yml:1: extends[0]: extends form a cycle: a.yml → b.yml → a.yml']);
    expect(problems('extends: [readiness.yml]\nchecks: []\n', {})).toEqual(['.github/readiness.yml:1: extends[0]: extends form a cycle: .github/readiness.yml → .github/readiness.yml']);
  });

  it('an unknown built-in preset, a missing file, a file outside the workspace, and extends that is not a list', () => {
    expect(problems('extends: [readiness:recomended]\n')).toEqual([expect.stringMatching(/^\.github\/readiness\.yml:1: extends\[0\]: unknown preset "readiness:recomended"; expected one of readiness:recommended, .*; did you mean "readiness:recommended"\?$/)]);
    expect(problems('extends: [../missing.yml]\n')).toEqual(['.github/readiness.yml:1: extends[0]: preset file not found: missing.yml (a path relative to .github)']);
    expect(problems('extends: [../../../../../../../../etc/hostname]\n')[0]).toMatch(/extends\[0\]: preset file (outside the workspace|not found)/);
    expect(problems('extends: readiness:recommended\n')).toEqual(['.github/readiness.yml:1: extends: expected a list of presets, e.g. [readiness:recommended]']);
    expect(problems('extends: [../bad.yml]\n', { 'bad.yml': 'checks: [\n' })[0]).toMatch(/^bad\.yml:\d+: invalid YAML/);
  });
});

describe('built-in presets', () => {
  const NODE = { 'package.json': '{"name":"x","scripts":{"build":"tsc","test":"vitest run","lint":"eslint ."}}', 'package-lock.json': '{}' };

  it('readiness:recommended is the zero-config suite with the default levels', () => {
    const ws = tempDir();
    writeFiles(ws, NODE);
    const resolved = resolveConfigText('extends: [readiness:recommended]\n', 'readiness.yml', { workspace: ws });
    const detected = resolveConfigText(detect(ws).yaml, 'detected.yml', { workspace: ws });
    expect(resolved.config.checks.map((c) => [c.id, c.run, c.kind])).toEqual(detected.config.checks.map((c) => [c.id, c.run, c.kind]));
    expect(resolved.config.levels.map((l) => l.id)).toEqual(['deployable', 'production', 'exemplary']);
    expect(resolved.config.threshold).toBe(70);
  });

  it('readiness:node gives the checks of package.json; readiness:security the scans; readiness:go, in a Node project, none (and says so)', () => {
    const ws = tempDir();
    writeFiles(ws, { ...NODE, '.github/workflows/ci.yml': 'on: push\njobs: {}\n' });
    const node = resolveConfigText('extends: [readiness:node]\n', 'readiness.yml', { workspace: ws });
    expect(node.config.checks.map((c) => c.id)).toEqual(['build', 'lint', 'test', 'audit']);
    expect(node.config.levels).toEqual([]);
    const security = resolveConfigText('extends: [readiness:security]\n', 'readiness.yml', { workspace: ws });
    expect(security.config.checks.map((c) => c.id)).toEqual(['conflict-markers', 'secrets', 'workflows']);
    const go = resolveConfigText('extends: [readiness:go]\n', 'readiness.yml', { workspace: ws });
    expect(go.config.checks).toEqual([]);
    expect(go.notes).toContain('readiness:go: readiness:go gives no checks: no go.mod or go.work declares any here');
  });

  it('readiness config prints each value with the file and line, or the preset and what detection read', () => {
    const ws = tempDir();
    writeFiles(ws, { ...NODE, '.github/readiness.yml': 'extends: [readiness:node]\nchecks:\n  - { id: test, weight: 3 }\n' });
    const { resolved } = loadConfigFile(ws, `${ws}/.github/readiness.yml`);
    const text = printResolved(resolved.tree, resolved.layers, resolved.notes);
    expect(text).toContain('# Applied in order (later wins): readiness:node → .github/readiness.yml');
    expect(text).toContain('    weight: 3 # .github/readiness.yml:3');
    expect(text).toContain('    category: tests # readiness:node (package.json scripts.test)');
    expect(text).toContain('  - id: build # readiness:node (package.json scripts.build)');
  });
});

describe('levels and min-level in the config', () => {
  it('a level naming an unknown check or category, a level that asks nothing, and an unknown min-level are errors with line', () => {
    const yaml = 'min-level: prod\nlevels:\n  - { id: base, checks: [biuld] }\n  - { id: more, categories: [test] }\n  - { id: empty }\nchecks:\n  - { id: build, run: "true" }\n';
    expect(problems(yaml, {})).toEqual([
      '.github/readiness.yml:1: min-level: unknown level "prod"; expected one of base, more, empty',
      '.github/readiness.yml:3: levels[0].checks[0]: unknown check id "biuld"; expected one of build; did you mean "build"?',
      '.github/readiness.yml:4: levels[1].categories[0]: unknown category "test"; expected one of build, tests, coverage, security, dependencies, quality, docs, hygiene; did you mean "tests"?',
      '.github/readiness.yml:5: levels[2]: nothing to pass; expected "checks", "categories", "required: true" or "all: true"',
    ]);
  });

  it('enforce-after must be a date', () => {
    expect(problems('checks:\n  - { id: a, run: "true", enforce-after: "March" }\n', {})[0]).toMatch(/^\.github\/readiness\.yml:2: checks\[0\]\.enforce-after: /);
    expect(resolve('checks:\n  - { id: a, run: "true", enforce-after: 2027-03-01 }\n', {}).config.checks[0]!.enforceAfter).toBe('2027-03-01');
  });
});
