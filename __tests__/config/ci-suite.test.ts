// Zero config from the project's own CI: run: steps expanded through scripts, tox, nox and make,
// classified, instrumented where the runner is known, and left out with a reason otherwise.
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/config/detect.js';
import { parseConfig } from '../../src/config/load.js';
import { tempDir, writeFiles } from '../helpers.js';

function plan(files: Record<string, string>) {
  const dir = tempDir();
  writeFiles(dir, files);
  const detection = detect(dir);
  const config = parseConfig(detection.yaml, 'detected.yml');
  return { detection, checks: config.checks.filter((c) => !c.raw.builtin), byId: Object.fromEntries(config.checks.map((c) => [c.id, c])) };
}

const workflow = (steps: string, extra = '') => `name: CI\non:\n  push:\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n${extra}    steps:\n      - uses: actions/checkout@v4\n${steps}`;

describe('zero config from CI', () => {
  it("takes the CI's scripts, with the project's own coverage scope and origins by file and line", () => {
    const { checks, detection, byId } = plan({
      'package.json': JSON.stringify({
        scripts: { test: 'mocha', 'test-ci': 'nyc --exclude examples --exclude test mocha --reporter spec', 'lint:check': 'eslint . --max-warnings 0', 'prettier:check': 'prettier --check .' },
        devDependencies: { mocha: '10', nyc: '17', typescript: '6' },
      }),
      'package-lock.json': '{}',
      'tsconfig.json': '{}',
      '.github/workflows/ci.yml': workflow('      - run: npm ci\n      - run: npm run lint:check\n      - run: npm run prettier:check\n      - run: npm run test-ci\n      - run: npm publish\n'),
    });
    expect(checks.map((c) => [c.id, c.category])).toEqual([
      ['lint-check', 'quality'],
      ['prettier-check', 'quality'],
      ['test-ci', 'tests'],
      ['test-ci-coverage', 'coverage'],
      ['audit', 'dependencies'],
    ]);
    // nyc keeps the project's --exclude options; ours only add where the reports go.
    expect(byId['test-ci']!.run).toBe(
      'npx --no-install nyc --exclude examples --exclude test --reporter=lcov --reporter=text-summary --report-dir="$READINESS_TEMP/test-ci-coverage" --temp-dir="$READINESS_TEMP/test-ci-nyc-tmp" mocha --reporter spec --reporter=xunit --reporter-options=output="$READINESS_TEMP/test-ci-mocha.xml"',
    );
    expect(detection.origins['test-ci']).toBe('.github/workflows/ci.yml:13 (job test) → package.json scripts.test-ci');
    expect(detection.origins['lint-check']).toBe('.github/workflows/ci.yml:11 (job test) → package.json scripts.lint:check');
    // The tsc no script and no step runs is a suggestion, not a check.
    expect(detection.suggestions.map((s) => s.id)).toEqual(['typecheck']);
    expect(detection.leftOut).toEqual([
      { origin: '.github/workflows/ci.yml:10 (job test)', command: 'npm ci', reason: 'npm ci installs or sets up the workspace' },
      { origin: '.github/workflows/ci.yml:14 (job test)', command: 'npm publish', reason: 'npm publish publishes' },
    ]);
  });

  it("a chain: the test runner's own command is instrumented, the rest runs as written with the package's binaries on PATH", () => {
    const { byId } = plan({
      'package.json': JSON.stringify({ packageManager: 'pnpm@9.0.0', scripts: { check: 'pnpm lint && pnpm test:types && pnpm vitest run', lint: 'eslint .', 'test:types': 'tsc --noEmit' }, devDependencies: { vitest: '4' } }),
      '.github/workflows/ci.yml': workflow('      - run: pnpm install\n      - run: pnpm check\n'),
    });
    expect(byId.check!.run).toBe('{ PATH="$PWD/node_modules/.bin:$PATH"; pnpm lint && pnpm test:types && pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$READINESS_TEMP/check-vitest.json"; }');
    expect(byId.check!.raw.tests).toEqual({ reports: '$READINESS_TEMP/check-vitest.json' });
  });

  it('leaves out steps that need secrets, services, containers or another OS; takes the matrix first entry and working-directory', () => {
    const { checks, detection } = plan({
      'go.mod': 'module x\n',
      'api/go.mod': 'module api\n',
      '.github/workflows/ci.yml': workflow(
        '      - run: go test -race -coverpkg=./... ./...\n        working-directory: api\n      - run: go vet ./...\n      - run: ./deploy.sh\n        env:\n          TOKEN: ${{ secrets.TOKEN }}\n      - run: go test -tags ${{ matrix.tags }} ./...\n',
        '    strategy:\n      matrix:\n        tags: [fast, slow]\n',
      ),
      '.github/workflows/win.yml': 'on: push\njobs:\n  w:\n    runs-on: windows-latest\n    steps:\n      - run: go test ./...\n',
      '.github/workflows/release.yml': 'on:\n  release:\njobs:\n  r:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go build ./...\n',
    });
    const goTest = checks.find((c) => c.id === 'api-go-test')!;
    expect(goTest.workingDirectory).toBe('api');
    // The project's own -race and -coverpkg stay; -json and the profile are ours.
    expect(goTest.run).toBe('go test -json -coverprofile="$READINESS_TEMP/api-go-test-go-coverage.out" -race -coverpkg=./... ./...');
    expect(checks.find((c) => c.id === 'go-test')!.run).toBe('go test -json -coverprofile="$READINESS_TEMP/go-test-go-coverage.out" -tags fast ./...');
    expect(detection.leftOut.map((l) => [l.origin, l.reason])).toEqual([
      ['.github/workflows/ci.yml:16 (job test)', 'the step needs secrets'],
      ['.github/workflows/win.yml:6 (job w)', 'the job runs on windows-latest'],
    ]);
    // What CI covers (tests, lint in the root) replaces the go.mod conventions; the build it does not run stays.
    expect(checks.map((c) => c.id)).toEqual(['api-go-test', 'api-go-test-coverage', 'go-vet', 'go-test', 'go-test-coverage', 'go-build', 'govulncheck']);
  });

  it('tox -e and make targets resolve to their commands; pytest keeps its --cov scope', () => {
    const { byId, detection } = plan({
      'pyproject.toml': '[project]\nname = "pkg"\n',
      'tox.ini': '[tox]\nenvlist = py\n\n[testenv]\ndeps = pytest\ncommands =\n    pytest --cov=pkg {posargs:tests}\n\n[testenv:lint]\ncommands = flake8 pkg\n',
      Makefile: 'check:\n\t@black --check pkg\n',
      'noxfile.py': 'import nox\n\n@nox.session\ndef typing(session):\n    session.install("mypy")\n    session.run("mypy", "pkg")\n',
      'tests/test_a.py': 'def test_a():\n    assert True\n',
      '.github/workflows/ci.yml': workflow('      - run: pip install tox\n      - run: tox -e py\n      - run: tox -e lint\n      - run: make check\n      - run: nox -s typing\n'),
    });
    expect(byId.pytest!.run).toBe('COVERAGE_FILE="$READINESS_TEMP/pytest-coverage-data" pytest --cov=pkg tests -p no:cacheprovider --junitxml="$READINESS_TEMP/pytest-pytest.xml" --cov-report=xml:"$READINESS_TEMP/pytest-coverage.xml" --cov-report=term');
    expect(detection.origins.pytest).toBe('.github/workflows/ci.yml:11 (job test) → tox.ini [testenv] commands');
    expect(byId.flake8!.run).toBe('tox -e lint');
    expect(detection.origins.black).toBe('.github/workflows/ci.yml:13 (job test) → Makefile target check');
    expect(byId.black!.category).toBe('quality');
    expect(byId.mypy!).toMatchObject({ category: 'build', run: 'nox -s typing' });
    expect(detection.origins.mypy).toBe('.github/workflows/ci.yml:14 (job test) → noxfile.py:6 (session typing)');
  });

  it("a package's script through pnpm -C runs from there; one script spelled two ways is one check; releases and reusable workflows are not run", () => {
    const { byId, checks, detection } = plan({
      'package.json': JSON.stringify({ packageManager: 'pnpm@9.0.0', scripts: { build: 'tsc -p .' } }),
      'packages/core/package.json': JSON.stringify({ scripts: { test: 'vitest run' }, devDependencies: { vitest: '4' } }),
      'pnpm-workspace.yaml': 'packages:\n  - packages/*\n',
      '.github/workflows/ci.yml': workflow('      - run: pnpm build\n      - run: pnpm run build\n      - run: pnpm -C packages/core test\n      - run: uvx --with tox-uv tox run -e typing\n'),
      '.github/workflows/release.yml': 'on:\n  push:\n    tags: ["v*"]\njobs:\n  r:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pnpm build\n',
      '.github/workflows/reuse.yml': 'on: pull_request\njobs:\n  ci:\n    uses: org/workflows/.github/workflows/ci.yml@main\n',
    });
    expect(checks.map((c) => c.id)).toEqual(['build', 'test', 'tox-typing']);
    expect(byId.test!.workingDirectory).toBe('.');
    expect(byId.test!.run).toBe('( cd packages/core || exit; pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$READINESS_TEMP/test-vitest.json" )');
    expect(detection.origins.test).toBe('.github/workflows/ci.yml:12 (job test) → packages/core/package.json scripts.test');
    // A tox env whose config is not in tox.ini is judged by its name and runs as written.
    expect(byId['tox-typing']).toMatchObject({ category: 'build', run: 'uvx --with tox-uv tox run -e typing' });
    expect(detection.leftOut).toEqual([{ origin: '.github/workflows/reuse.yml:4 (job ci)', command: 'uses: org/workflows/.github/workflows/ci.yml@main', reason: 'a reusable workflow: its steps are not read' }]);
  });

  it('a coverage wrapper around a script (nyc npm test) wraps the script\'s runner, with the wrapper\'s own options', () => {
    const { byId } = plan({
      'package.json': JSON.stringify({ scripts: { test: 'mocha --reporter spec test/test.js', 'test-ci': 'nyc --reporter=lcov --reporter=text npm test' }, devDependencies: { mocha: '10', nyc: '17' } }),
      '.github/workflows/ci.yml': workflow('      - run: npm run test-ci\n'),
    });
    expect(byId['test-ci']!.run).toBe(
      'npx --no-install nyc --reporter=lcov --reporter=text --reporter=lcov --reporter=text-summary --report-dir="$READINESS_TEMP/test-ci-coverage" --temp-dir="$READINESS_TEMP/test-ci-nyc-tmp" mocha --reporter spec test/test.js --reporter=xunit --reporter-options=output="$READINESS_TEMP/test-ci-mocha.xml"',
    );
    expect(byId['test-ci-coverage']!.raw.coverage).toEqual({ reports: '$READINESS_TEMP/test-ci-coverage/lcov.info' });
  });

  it('npm test --ignore-scripts runs the test script without its pretest and posttest', () => {
    const { byId } = plan({
      'package.json': JSON.stringify({ scripts: { pretest: 'npm run build', test: 'tap', posttest: 'npm run lint' }, devDependencies: { tap: '16' } }),
      '.github/workflows/ci.yml': workflow('      - run: npm test --ignore-scripts\n'),
    });
    expect(byId.test!.run).toBe('npm test --ignore-scripts');
    expect(byId.test!.raw.note).toBe('totals not read: tap 16 is older than 18, whose options the scorecard uses');
  });

  it("the CI's checks run in the CI's order; a check is named for the script it runs; test:types is a type check; an old jest runs as it is", () => {
    const { checks, byId } = plan({
      'package.json': JSON.stringify({ scripts: { pretest: 'npm run build', test: 'jest', build: 'node build.js', 'test:types': 'tsgo --noEmit' }, devDependencies: { jest: '19' } }),
      'node_modules/jest/package.json': JSON.stringify({ name: 'jest', version: '19.0.2' }),
      '.github/workflows/ci.yml': workflow('      - run: npm run build\n      - run: npm test\n      - run: npm run test:types\n'),
    });
    expect(checks.map((c) => [c.id, c.category, c.after])).toEqual([
      ['build', 'build', []],
      ['test', 'tests', ['build']],
      ['test-types', 'build', ['test']],
    ]);
    expect(byId.test!.raw.note).toBe('totals not read: jest 19 is older than 21, whose options the scorecard uses');
  });

  it('go test with -bench still runs the tests; with -run ^$ it runs benchmarks only and is left out', () => {
    const { checks, detection } = plan({
      'go.mod': 'module x\n',
      '.github/workflows/ci.yml': workflow("      - run: go test -count 1 -bench . -benchtime 1x ./...\n      - run: go test -run '^$' -bench . ./...\n"),
    });
    expect(checks.find((c) => c.id === 'go-test')!.run).toBe('go test -json -coverprofile="$READINESS_TEMP/go-test-go-coverage.out" -count 1 -bench . -benchtime 1x ./...');
    expect(detection.leftOut.map((l) => l.reason)).toEqual(['go test -run ^$ -bench runs benchmarks only']);
  });
});
