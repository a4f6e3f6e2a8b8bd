import { describe, expect, it } from 'vitest';
import { declaresCoverage, plainCommand, runnerOf, scriptCommands, segments, toxPytest, withCoverageSummary } from '../../../scripts/corpus/own-command.js';

describe('runnerOf', () => {
  it.each([
    ['npx vitest run --reporter=default --reporter=json --outputFile.json=/tmp/x.json', 'vitest'],
    ['jest --json --outputFile=/tmp/j.json --coverage', 'jest'],
    ['c8 --reporter=lcov mocha --reporter=xunit', 'mocha'],
    ['node --test-reporter=spec --test-reporter-destination=stdout --test', 'node-test'],
    ['c8 node --test', 'node-test'],
    ['ava --tap', 'ava'],
    ['tap --reporter=tap', 'tap'],
    ['python -m pytest -p no:cacheprovider --junitxml=/tmp/p.xml', 'pytest'],
    ['go test -json -coverprofile="$READINESS_TEMP/go-coverage.out" ./...', 'go'],
    ['cargo test --no-fail-fast 2>&1', 'cargo'],
  ])('%s → %s', (command, runner) => {
    expect(runnerOf(command)).toBe(runner);
  });
  it('null for a command of no known runner', () => {
    expect(runnerOf('npm test')).toBeNull();
    expect(runnerOf('node scripts/tap-to-junit.js')).toBeNull();
  });
});

describe('segments', () => {
  it('splits on && || and ;', () => {
    expect(segments('xo && c8 ava; tsd || true')).toEqual(['xo', 'c8 ava', 'tsd', 'true']);
  });
});

describe('scriptCommands', () => {
  it("runs what a chain runs before the runner as setup, the runner's segment for totals, and leaves out the rest", () => {
    expect(scriptCommands({ test: 'xo && c8 ava && tsd' }, 'test', 'ava')).toEqual([
      { command: 'xo', role: 'setup', origin: 'package.json scripts.test' },
      { command: 'c8 ava', role: 'tests', origin: 'package.json scripts.test' },
    ]);
    // dotenv: the tests import the bundle `npm run build` writes.
    const dotenv = { test: 'npm run build && npm run lint && tap run tests/**/*.js --disable-coverage', build: 'node scripts/build.js', lint: 'standard' };
    expect(scriptCommands(dotenv, 'test', 'tap').map((c) => `${c.role}: ${c.command}`)).toEqual(['setup: npm run build', 'setup: npm run lint', 'tests: tap run tests/**/*.js --disable-coverage']);
  });
  it('follows npm run / pnpm run into other scripts, with their pre-scripts as setup', () => {
    const scripts = {
      test: 'pnpm run test:nodejs && pnpm run test:edge',
      'test:nodejs': 'jest --env node',
      'test:edge': 'jest --env @edge-runtime/jest-environment --no-coverage',
      pretest: 'npm run lint',
      lint: 'biome lint',
    };
    expect(scriptCommands(scripts, 'test', 'jest')).toEqual([
      { command: 'npm run lint', role: 'setup', origin: 'package.json scripts.pretest' },
      { command: 'jest --env node', role: 'tests', origin: 'package.json scripts.test:nodejs' },
      { command: 'jest --env @edge-runtime/jest-environment --no-coverage', role: 'tests', origin: 'package.json scripts.test:edge' },
    ]);
  });
  it('strips pnpm/npx in front of the runner, and keeps the environment assignments', () => {
    expect(scriptCommands({ test: 'pnpm lint && pnpm test:types && pnpm vitest run', lint: 'oxlint', 'test:types': 'tsgo' }, 'test', 'vitest').map((c) => c.command)).toEqual(['pnpm lint', 'pnpm test:types', 'vitest run']);
    expect(scriptCommands({ test: "cross-env TZ='Europe/Paris' jest --coverage" }, 'test', 'jest').map((c) => c.command)).toEqual(["cross-env TZ='Europe/Paris' jest --coverage"]);
  });
  it('empty when the script never calls the runner, and no loop on a script that calls itself', () => {
    expect(scriptCommands({ test: 'node test.js' }, 'test', 'mocha')).toEqual([]);
    expect(scriptCommands({ test: 'npm run test' }, 'test', 'mocha')).toEqual([]);
    expect(scriptCommands({}, 'test', 'mocha')).toEqual([]);
  });
});

describe('withCoverageSummary', () => {
  it('adds a text-summary reporter to c8 and nyc, keeping their scope', () => {
    expect(withCoverageSummary('c8 --reporter=text --reporter=html mocha test/*.mjs', 'mocha', true, 'c8')).toBe('c8 --reporter=text-summary --reporter=text --reporter=html mocha test/*.mjs');
    expect(withCoverageSummary('NODE_ENV=test nyc --exclude test mocha', 'mocha', true, 'nyc')).toBe('NODE_ENV=test nyc --reporter=text-summary --exclude test mocha');
    expect(withCoverageSummary('c8 --100 node --test', 'node-test', false, null)).toBe('c8 --reporter=text-summary --100 node --test');
  });
  it("uses the runner's own switch when the scorecard measured coverage", () => {
    expect(withCoverageSummary('jest --env node', 'jest', true, null)).toBe('jest --env node --coverage --coverageReporters=text-summary');
    expect(withCoverageSummary('jest --coverage', 'jest', false, null)).toBe('jest --coverage --coverageReporters=text-summary');
    expect(withCoverageSummary('jest', 'jest', false, null)).toBe('jest --coverageReporters=text-summary');
    expect(withCoverageSummary('vitest run', 'vitest', false, null)).toBe('vitest run --coverage.reporter=text-summary');
    expect(withCoverageSummary('vitest run --coverage', 'vitest', true, null)).toBe('vitest run --coverage --coverage.enabled=true --coverage.reporter=text-summary');
    expect(withCoverageSummary('ava', 'ava', true, 'c8')).toBe('c8 --reporter=text-summary ava');
    expect(withCoverageSummary('ava', 'ava', true, null)).toBe('ava');
  });
  it('tap prints a summary unless coverage is disabled; pytest adds a terminal report', () => {
    expect(withCoverageSummary('tap', 'tap', true, null)).toBe('tap --coverage-report=text-summary');
    expect(withCoverageSummary('tap run tests/**/*.js --disable-coverage', 'tap', true, null)).toBe('tap run tests/**/*.js --disable-coverage');
    expect(withCoverageSummary('python3 -m pytest --cov=six', 'pytest', true, null)).toBe('python3 -m pytest --cov=six --cov-report=term');
    expect(withCoverageSummary('python3 -m pytest', 'pytest', true, null)).toBe('python3 -m pytest --cov --cov-report=term');
    expect(withCoverageSummary(plainCommand('go').command, 'go', true, null)).toBe('go test -v ./...');
  });
});

describe('toxPytest', () => {
  it("takes the pytest line of [testenv] commands without tox's substitutions", () => {
    const ini = '[tox]\nenvlist = py3\n\n[testenv]\ndeps = pytest\ncommands =\n    python -m pip list\n    pytest --cov=pluggy {posargs:testing}\n\n[testenv:docs]\ncommands = sphinx-build docs\n';
    expect(toxPytest(ini)).toBe('python3 -m pytest --cov=pluggy');
    expect(toxPytest('[testenv]\ncommands = python -m pytest -rfsxX {posargs}\n')).toBe('python3 -m pytest -rfsxX');
    expect(toxPytest('[testenv]\ncommands=\n  {env:_PLUGGY_TOX_CMD:pytest} {posargs}\n  coverage: coverage combine\n')).toBe('python3 -m pytest');
    expect(toxPytest('[testenv:lint]\ncommands = flake8\n')).toBeNull();
  });
});

describe('declaresCoverage', () => {
  it("tells the project's own coverage from none", () => {
    expect(declaresCoverage('c8 --100 node --test', 'node-test')).toBe(true);
    expect(declaresCoverage('vitest run --coverage', 'vitest')).toBe(true);
    expect(declaresCoverage('tap', 'tap')).toBe(true);
    expect(declaresCoverage('tap run --disable-coverage', 'tap')).toBe(false);
    expect(declaresCoverage('python3 -m pytest --cov=pluggy', 'pytest')).toBe(true);
    expect(declaresCoverage('python3 -m pytest -rfsxX', 'pytest')).toBe(false);
    expect(declaresCoverage('jest --env node', 'jest')).toBe(false);
  });
});
