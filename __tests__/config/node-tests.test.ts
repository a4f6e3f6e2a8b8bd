// Node test scripts: which are run with the runner's own reporters, and which run as they are.
import { describe, expect, it } from 'vitest';
import { nodeTestChecks, parseTestScript } from '../../src/config/detect/node-tests.js';
import { tempDir, writeFiles } from '../helpers.js';

const checks = (scripts: Record<string, string>, deps: Record<string, string> = {}, root = '/nonexistent') =>
  nodeTestChecks({ root, dir: '.', prefix: '', pm: 'npm', scripts, deps, where: 'package.json', requires: ['npm'], execBin: 'npx --no-install', runScript: (n) => (n === 'test' ? 'npm test' : `npm run ${n}`) });

describe('parseTestScript', () => {
  it('reads env assignments, cross-env, a c8 or nyc wrapper and one runner', () => {
    expect(parseTestScript('NODE_OPTIONS=--experimental-vm-modules jest --ci')).toEqual({ env: ['NODE_OPTIONS=--experimental-vm-modules'], runner: 'jest', args: ['--ci'] });
    expect(parseTestScript('cross-env TZ=UTC vitest')).toEqual({ env: ['TZ=UTC'], runner: 'vitest', args: [] });
    expect(parseTestScript('c8 --check-coverage mocha test/**/*.js')).toEqual({ env: [], wrapper: { name: 'c8', args: ['--check-coverage'] }, runner: 'mocha', args: ['test/**/*.js'] });
    expect(parseTestScript('tap test/*.js')).toEqual({ env: [], runner: 'tap', args: ['test/*.js'] });
    expect(parseTestScript('c8 ava --serial')).toEqual({ env: [], wrapper: { name: 'c8', args: [] }, runner: 'ava', args: ['--serial'] });
    // Parsed by a shell lexer: quotes, cross-env with a quoted value, an option's value given apart.
    expect(parseTestScript(`cross-env TZ='Europe/Paris' jest --coverage`)).toEqual({ env: ['TZ=Europe/Paris'], runner: 'jest', args: ['--coverage'] });
    expect(parseTestScript('mocha --grep "slow tests"')).toEqual({ env: [], runner: 'mocha', args: ['--grep', "'slow tests'"] });
    expect(parseTestScript('nyc --exclude examples --exclude test mocha --reporter spec')).toEqual({ env: [], wrapper: { name: 'nyc', args: ['--exclude', 'examples', '--exclude', 'test'] }, runner: 'mocha', args: ['--reporter', 'spec'] });
  });

  it('says why a script is run as it is', () => {
    expect(parseTestScript('npm run build && mocha')).toEqual({ reason: 'the test script is more than one command' });
    expect(parseTestScript('node scripts/test.js')).toEqual({ reason: 'the test script runs node without --test' });
    expect(parseTestScript('tape test/*.js')).toEqual({ reason: 'the test script runs "tape", not vitest, jest, mocha, node --test, ava or tap' });
    expect(parseTestScript('xo && ava')).toEqual({ reason: 'the test script is more than one command' });
    expect(parseTestScript('jest --watch')).toEqual({ reason: 'the test script runs in watch mode' });
    expect(parseTestScript('mocha --grep $PATTERN')).toEqual({ reason: 'the test command expands a variable' });
    expect(parseTestScript('npm test 2>&1 | tee log')).toEqual({ reason: 'the test script has a redirection (>&)' });
    expect(parseTestScript('vitest bench')).toEqual({ reason: 'vitest bench is not a test run' });
  });
});

describe('nodeTestChecks', () => {
  it('vitest with a coverage provider: JSON totals and LCOV coverage in the temporary folder', () => {
    const r = checks({ test: 'vitest' }, { vitest: '4', '@vitest/coverage-v8': '4' });
    expect(r.checks.map((c) => c.check)).toEqual([
      {
        category: 'tests',
        run: 'npx --no-install vitest run --reporter=default --reporter=json --outputFile.json="$READINESS_TEMP/vitest.json" --coverage.enabled=true --coverage.reportOnFailure=true --coverage.reporter=lcov --coverage.reporter=text-summary --coverage.reportsDirectory="$READINESS_TEMP/coverage"',
        tests: { reports: '$READINESS_TEMP/vitest.json' },
        requires: ['npm'],
      },
      { category: 'coverage', after: ['test'], coverage: { reports: '$READINESS_TEMP/coverage/lcov.info' }, requires: ['npm'] },
    ]);
    expect(r.reason).toBe('vitest totals, coverage by @vitest/coverage-v8');
  });

  it('mocha under an installed c8, a pretest that still runs first, and a delegated script', () => {
    const r = checks({ pretest: 'tsc', test: 'npm run test:unit', 'test:unit': 'mocha' }, { mocha: '10', c8: '10' });
    expect(r.checks[0]!.check.run).toBe(
      'npm run pretest && npx --no-install c8 --reporter=lcov --reporter=text-summary --reports-dir="$READINESS_TEMP/coverage" --temp-directory="$READINESS_TEMP/c8-tmp" mocha --reporter=xunit --reporter-options=output="$READINESS_TEMP/mocha.xml"',
    );
    expect(r.checks[0]!.comment).toBe('"test:unit" script in package.json runs mocha: its own JUnit report, kept out of the repository');
    expect(r.checks[1]!.check).toMatchObject({ coverage: { reports: '$READINESS_TEMP/coverage/lcov.info' } });
  });

  it("node --test under the script's own nyc keeps the user's options before ours", () => {
    const r = checks({ test: 'nyc --all node --test test/' });
    expect(r.checks[0]!.check.run).toBe(
      'npx --no-install nyc --all --reporter=lcov --reporter=text-summary --report-dir="$READINESS_TEMP/coverage" --temp-dir="$READINESS_TEMP/nyc-tmp" node --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination="$READINESS_TEMP/node-test.xml" --test test/',
    );
  });

  it('a script that cannot be instrumented runs as it is and says why in its result', () => {
    const r = checks({ test: 'npm run lint && jest' });
    expect(r.checks).toEqual([
      {
        id: 'test',
        comment: '"test" script in package.json; the test script is more than one command, so it runs as it is',
        check: { category: 'tests', run: 'npm test', note: 'totals not read: the test script is more than one command', requires: ['npm'] },
      },
    ]);
  });
});

describe('ava and node-tap', () => {
  it('ava: its TAP read from the run\'s output; under the script\'s c8, coverage too', () => {
    const r = checks({ test: 'ava --serial' }, { ava: '7' });
    expect(r.checks).toEqual([
      { id: 'test', comment: '"test" script in package.json runs ava: its own TAP output (--tap), read from the run\'s output', check: { category: 'tests', run: 'npx --no-install ava --tap --serial', tests: { format: 'tap' }, requires: ['npm'] } },
    ]);
    expect(r.reason).toBe('ava totals (TAP)');
    const c8 = checks({ test: 'c8 ava' }, { ava: '7', c8: '10' });
    expect(c8.checks[0]!.check.run).toBe('npx --no-install c8 --reporter=lcov --reporter=text-summary --reports-dir="$READINESS_TEMP/coverage" --temp-directory="$READINESS_TEMP/c8-tmp" ava --tap');
    expect(c8.checks[1]!.check).toMatchObject({ after: ['test'], coverage: { reports: '$READINESS_TEMP/coverage/lcov.info' } });
  });

  it('tap: TAP from the run\'s output, its LCOV copied out of .tap/, and a .tap/ the run created removed', () => {
    const r = checks({ test: 'tap -Rbase --reporter-file=out.txt test/*.js' }, { tap: '^21.0.0' });
    expect(r.checks.map((c) => c.check)).toEqual([
      {
        category: 'tests',
        run: "[ -e .tap ] || trap 'rm -rf .tap' EXIT; rm -f .tap/report/lcov.info; npx --no-install tap --reporter=tap --coverage-report=lcovonly --coverage-report=text-summary test/*.js || s=$?; [ ! -f .tap/report/lcov.info ] || { mkdir -p \"$READINESS_TEMP/coverage\" && cp .tap/report/lcov.info \"$READINESS_TEMP/coverage/lcov.info\"; }; exit ${s:-0}",
        tests: { format: 'tap' },
        requires: ['npm'],
      },
      { category: 'coverage', after: ['test'], coverage: { reports: '$READINESS_TEMP/coverage/lcov.info' }, requires: ['npm'] },
    ]);
    expect(r.reason).toBe("tap totals (TAP), coverage by tap's built-in coverage");
  });

  it('tap: a .tap/ that .gitignore ignores is kept; coverage disabled in .taprc means no coverage check', () => {
    const root = tempDir('readiness-tap-');
    writeFiles(root, { '.gitignore': 'node_modules/\n.tap\n', '.taprc': 'disable-coverage: true\n' });
    const r = checks({ pretest: 'tsc', test: 'tap' }, { tap: '21' }, root);
    expect(r.checks.map((c) => c.check.run)).toEqual(['npm run pretest; npx --no-install tap --reporter=tap || s=$?; exit ${s:-0}']);
    expect(r.checks[0]!.comment).toContain('.tap/ is ignored by .gitignore and kept');
  });

  it('tap: an older tap, a wrapper or a reporter given apart runs as it is, saying why', () => {
    expect(checks({ test: 'tap' }, { tap: '^16.3.0' }).checks[0]!.check.note).toBe('totals not read: tap 16 is older than 18, whose options the scorecard uses');
    expect(checks({ test: 'c8 tap' }, { tap: '21' }).checks[0]!.check.note).toBe('totals not read: tap runs under c8 (tap measures coverage itself)');
    expect(checks({ test: 'tap -R spec' }, { tap: '21' }).checks[0]!.check.note).toBe('totals not read: the test script gives tap a reporter as a separate argument');
    expect(checks({ test: 'tap report' }, { tap: '21' }).checks[0]!.check.note).toBe('totals not read: tap report is not a test run');
  });
});
