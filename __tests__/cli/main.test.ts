import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../e2e/runner.js';
import { tempDir, workspaceWithConfig } from '../helpers.js';

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PASSING = 'checks:\n  - { id: build, category: build, run: "echo ok" }\n  - { id: test, category: tests, needs: [build], run: "true" }\n';

describe('readiness CLI (dist/cli.js)', () => {
  it('exits 0 when the gate passes, with a scorecard and a live line per check', () => {
    const ws = workspaceWithConfig(PASSING);
    const r = cli([ws]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Readiness 100/100 (grade A)  PASSED  threshold 70');
    expect(r.stderr).toContain('… build running');
    expect(r.stderr).toMatch(/✔ pass {4}build {2}exit 0/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it("takes the scan workers' argument for what it is on the command line: an unknown option", () => {
    const r = cli(['--readiness-scan-worker']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--readiness-scan-worker'");
  });

  it('exits 1 when the gate fails and honours --threshold and --only', () => {
    const ws = workspaceWithConfig('checks:\n  - { id: a, run: "true" }\n  - { id: b, run: "false" }\n');
    expect(cli([ws]).code).toBe(1);
    expect(cli([ws, '--threshold', '50']).code).toBe(0);
    const only = cli([ws, '--only', 'a']);
    expect(only.code).toBe(0);
    expect(only.stdout).not.toContain(' b ');
  });

  it('exits 2 on a config error or bad usage', () => {
    const ws = workspaceWithConfig('checks:\n  - { id: a, runn: "true" }\n');
    const bad = cli([ws]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('.github/readiness.yml:2: checks[0].runn: unknown key');
    expect(cli([ws, '--threshold', 'x']).code).toBe(2);
    expect(cli([ws, '--bogus']).code).toBe(2);
    expect(cli([path.join(tempDir(), 'missing')]).code).toBe(2);
  });

  it('writes the JSON report and the Markdown summary where asked, and reads --config', () => {
    const ws = tempDir();
    const cfg = path.join(ws, 'ci.yml');
    writeFileSync(cfg, PASSING);
    const json = path.join(ws, 'out', 'r.json');
    const md = path.join(ws, 'out', 's.md');
    const r = cli([ws, '--config', 'ci.yml', '--json', json, '--markdown', md]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ schemaVersion: 2, score: 100, config: { path: 'ci.yml' } });
    expect(readFileSync(md, 'utf8')).toMatch(/^## ✅ Readiness 100 \/ 100/);
  });

  it('colours with FORCE_COLOR and not with NO_COLOR', () => {
    const ws = workspaceWithConfig(PASSING);
    expect(cli([ws], { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(cli([ws], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(cli([ws], { NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it('prints the JSON Schema of the config', () => {
    const r = cli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.title).toBe('Readiness Scorecard configuration');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.checks.items.additionalProperties).toBe(false);
  });

  it('prints help and version', () => {
    expect(cli(['--help']).stdout).toContain('Usage:');
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});


describe('readiness CLI with a baseline file', () => {
  it('compares with --baseline, gates on --max-drop and the config’s no-new-failures, and refuses a bad file', () => {
    const ws = workspaceWithConfig('checks:\n  - { id: a, run: "true" }\n  - { id: b, run: "true" }\n');
    const before = path.join(tempDir(), 'before.json');
    expect(cli([ws, '--json', before]).code).toBe(0);
    // b now fails: the score falls from 100 to 50, still above a threshold of 40.
    writeFileSync(path.join(ws, '.github/readiness.yml'), 'threshold: 40\nchecks:\n  - { id: a, run: "true" }\n  - { id: b, run: "false" }\n');
    const info = cli([ws, '--baseline', before]);
    expect(info.code).toBe(0);
    expect(info.stdout).toContain('Baseline −50 against');
    expect(info.stdout).toContain('b: pass → fail');
    expect(cli([ws, '--baseline', before, '--max-drop', '50']).code).toBe(0);
    const failed = cli([ws, '--baseline', before, '--max-drop', '49.9']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain("the score fell 50 points below the baseline's 100 (max-drop 49.9)");
    writeFileSync(path.join(ws, '.github/readiness.yml'), 'threshold: 40\nno-new-failures: true\nchecks:\n  - { id: a, run: "true" }\n  - { id: b, run: "false" }\n');
    expect(cli([ws, '--baseline', before]).stdout).toContain('a check that passed in the baseline now fails: b (pass → fail)');
    writeFileSync(before, '{"schemaVersion": 1, "tool": {"name": "x"}}');
    const bad = cli([ws, '--baseline', before]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--baseline .*before\.json: not a Readiness report/);
  });
});

describe('presets and levels from the CLI (dist/cli.js)', () => {
  const LEVELS = 'levels:\n  - { id: base, categories: [build] }\n  - { id: full, all: true }\n';
  const TEAM = `${LEVELS}checks:\n  - { id: build, category: build, run: "echo ok" }\n  - { id: lint, category: quality, run: "false" }\n`;

  it('readiness config prints the resolved config with each value\'s file and line; a bad preset exits 2 naming file and field', () => {
    const ws = workspaceWithConfig('extends: [../team.yml]\nchecks:\n  - { id: lint, weight: 2 }\n');
    writeFileSync(path.join(ws, 'team.yml'), TEAM);
    const r = cli(['config', ws]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('# Applied in order (later wins): team.yml → .github/readiness.yml');
    expect(r.stdout).toContain('    run: "false" # team.yml:6');
    expect(r.stdout).toContain('    weight: 2 # .github/readiness.yml:3');
    writeFileSync(path.join(ws, 'team.yml'), 'threshold: 50\nchecks: []\nlevls: []\n');
    const bad = cli(['config', ws]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^team\.yml:3: levls: unknown key/);
  });

  it('--min-level fails the run below the level (exit 1) and passes at it; the terminal names the level and its gaps', () => {
    const ws = workspaceWithConfig(`threshold: 0\n${TEAM}`);
    const below = cli([ws, '--min-level', 'full']);
    expect(below.code).toBe(1);
    expect(below.stdout).toContain('level base reached; min-level full is required');
    expect(below.stdout).toContain('Level: base; full still needs lint');
    expect(cli([ws, '--min-level', 'base']).code).toBe(0);
    const unknown = cli([ws, '--min-level', 'gold']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain('min-level: unknown level "gold"; expected one of base, full');
  });

  it('readiness init writes extends: [readiness:recommended], and a run with it has the default levels', () => {
    const ws = tempDir();
    writeFileSync(path.join(ws, 'README.md'), '# x\n');
    const init = cli(['init', ws]);
    expect(init.code, init.stderr).toBe(0);
    expect(readFileSync(path.join(ws, '.github/readiness.yml'), 'utf8')).toContain('\nextends: [readiness:recommended]\nthreshold: 70\n');
    const json = path.join(ws, 'report.json');
    cli([ws, '--json', json]);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.config.presets).toEqual(['readiness:recommended']);
    expect(report.levels.levels.map((l: { id: string }) => l.id)).toEqual(['deployable', 'production', 'exemplary']);
  });
});
