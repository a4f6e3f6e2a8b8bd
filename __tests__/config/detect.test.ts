// Detection on tiny repositories of each ecosystem, made in the test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { init } from '../../src/cli/init.js';
import { detect } from '../../src/config/detect.js';
import { parseConfig } from '../../src/config/load.js';
import { tempDir, writeFiles } from '../helpers.js';

function plan(files: Record<string, string>) {
  const dir = tempDir();
  writeFiles(dir, files);
  const detection = detect(dir);
  const config = parseConfig(detection.yaml, 'detected.yml');
  return { detection, checks: config.checks.map((c) => ({ id: c.id, kind: c.kind, run: c.run, wd: c.workingDirectory, requires: c.requires })) };
}

const builtinIds = ['conflict-markers', 'secrets', 'files'];

describe('detect', () => {
  it('Node with npm: the scripts that exist, the audit, and the built-in scans; a tsc no script runs is only suggested', () => {
    const { checks, detection } = plan({
      'package.json': JSON.stringify({ scripts: { build: 'tsc', lint: 'eslint .', test: 'vitest run', start: 'node .' }, devDependencies: { typescript: '6' } }),
      'package-lock.json': '{}',
      'tsconfig.json': '{}',
    });
    expect(checks.map((c) => [c.id, c.run])).toEqual([
      ['build', 'npm run build'],
      ['lint', 'npm run lint'],
      ['test', 'npx --no-install vitest run --reporter=default --reporter=json --outputFile.json="$READINESS_TEMP/vitest.json"'],
      ['audit', 'npm audit --json'],
      ...builtinIds.map((id) => [id, undefined]),
    ]);
    expect(checks.find((c) => c.id === 'test')).toMatchObject({ kind: 'tests' });
    expect(checks.find((c) => c.id === 'audit')).toMatchObject({ kind: 'audit', requires: ['npm'] });
    expect(detection.suggestions).toEqual([{ id: 'typecheck', run: 'npx --no-install tsc --noEmit', origin: 'convention', why: 'typescript and tsconfig.json in the root, but no script or CI step runs tsc' }]);
    expect(detection.origins).toMatchObject({ build: 'package.json scripts.build', lint: 'package.json scripts.lint', test: 'package.json scripts.test', audit: 'package-lock.json', secrets: 'built-in' });
    expect(detection.reasons[0]).toBe('Node (npm): package.json, package-lock.json');
    expect(detection.reasons[1]).toMatch(/node_modules is missing/);
  });

  it('Node: pnpm and yarn from lockfiles or packageManager, a typecheck script, no placeholder test', () => {
    const pnpm = plan({ 'package.json': JSON.stringify({ scripts: { typecheck: 'tsc -p .', test: 'echo "Error: no test specified" && exit 1' } }), 'pnpm-lock.yaml': '' });
    expect(pnpm.checks.filter((c) => c.run).map((c) => c.run)).toEqual(['pnpm run typecheck', 'pnpm audit --json']);
    const berry = plan({ 'package.json': JSON.stringify({ packageManager: 'yarn@4.1.0', scripts: { test: 'jest' } }), 'yarn.lock': '' });
    expect(berry.checks.filter((c) => c.run).map((c) => c.run)).toEqual([
      'yarn jest --json --outputFile="$READINESS_TEMP/jest.json" --coverage --coverageReporters=lcov --coverageReporters=text-summary --coverageDirectory="$READINESS_TEMP/coverage"',
      'yarn npm audit --json',
    ]);
    const yarn1 = plan({ 'package.json': JSON.stringify({ scripts: { test: 'jest' } }), 'yarn.lock': '' });
    expect(yarn1.checks.find((c) => c.id === 'audit')!.run).toBe('yarn audit --json');
  });

  it('Node with no lockfile: no dependency audit (it could only fail with ENOLOCK), and says so', () => {
    const { checks, detection } = plan({ 'package.json': JSON.stringify({ scripts: { build: 'tsc' } }) });
    expect(checks.map((c) => c.id)).toEqual(['build', ...builtinIds]);
    expect(detection.reasons).toContain('Node: no lockfile (package-lock.json, npm-shrinkwrap.json), so no dependency audit');
  });

  it('a subfolder of a git repository keeps the git check', () => {
    const dir = tempDir();
    writeFiles(dir, { '.git/HEAD': 'ref: refs/heads/main\n', 'web/package.json': '{}' });
    const config = parseConfig(detect(path.join(dir, 'web')).yaml, 'detected.yml');
    expect(config.checks.map((c) => c.id)).toContain('git');
  });

  it('Node monorepo: workspace packages get their own checks in their working directory', () => {
    const { checks, detection } = plan({
      'package.json': JSON.stringify({ workspaces: ['packages/*'], scripts: { lint: 'eslint .' } }),
      'package-lock.json': '{}',
      'packages/api/package.json': JSON.stringify({ scripts: { build: 'tsc', test: 'node --test' } }),
      'packages/web/package.json': JSON.stringify({ scripts: { test: 'vitest run' } }),
      'packages/notes/README.md': 'not a package',
    });
    expect(checks.filter((c) => c.run).map((c) => [c.id, c.run, c.wd])).toEqual([
      ['lint', 'npm run lint', '.'],
      ['audit', 'npm audit --json', '.'],
      ['packages-api-build', 'npm run build', 'packages/api'],
      ['packages-api-test', 'npx --no-install node --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination="$READINESS_TEMP/packages-api-node-test.xml" --test', 'packages/api'],
      ['packages-web-test', 'npx --no-install vitest run --reporter=default --reporter=json --outputFile.json="$READINESS_TEMP/packages-web-vitest.json"', 'packages/web'],
    ]);
    expect(detection.reasons[0]).toContain('2 workspace packages from package.json workspaces: packages/api, packages/web');
  });

  it('pnpm-workspace.yaml lists the packages', () => {
    const { checks } = plan({ 'package.json': '{}', 'pnpm-lock.yaml': '', 'pnpm-workspace.yaml': "packages:\n  - 'libs/*'\n", 'libs/a/package.json': JSON.stringify({ scripts: { test: 't' } }) });
    expect(checks.find((c) => c.id === 'libs-a-test')).toMatchObject({ run: 'pnpm test', wd: 'libs/a', kind: 'run' });
  });

  it('Python: pytest with its JUnit report outside the repository, ruff or flake8, mypy, pip-audit; undeclared tools suggested', () => {
    const { checks, detection } = plan({ 'pyproject.toml': '[project]\nname = "x"\n[tool.mypy]\nstrict = true\n', 'requirements.txt': 'requests\n', 'tests/test_x.py': 'def test_x(): pass\n' });
    const ids = checks.map((c) => c.id);
    expect(ids.slice(0, 1)).toEqual(['pytest']);
    expect(checks[0]!.run).toMatch(/^COVERAGE_FILE="\$READINESS_TEMP\/\.coverage" python3? -m pytest -p no:cacheprovider --junitxml="\$READINESS_TEMP\/pytest\.xml"/);
    // mypy is configured; ruff and bandit only a convention proposes: suggested, not run.
    expect(ids).toEqual(expect.arrayContaining(['mypy', 'pip-audit']));
    expect(detection.suggestions.map((s) => s.id)).toEqual(['ruff', 'bandit']);
    expect(checks.find((c) => c.id === 'pip-audit')).toMatchObject({ run: 'pip-audit -f json -r requirements.txt', requires: ['pip-audit'] });
    const flake = plan({ 'setup.cfg': '[flake8]\nmax-line-length = 100\n' });
    expect(flake.checks.map((c) => c.id)).toEqual(['flake8', 'pip-audit', ...builtinIds]);
    expect(flake.detection.suggestions.map((s) => s.id)).toEqual(['mypy', 'bandit']);
  });

  it('Python: flake8 and mypy are read per finding, the mypy cache kept out of the repository, and init writes the same', () => {
    const dir = tempDir();
    writeFiles(dir, { 'setup.cfg': '[flake8]\nmax-line-length = 100\n\n[mypy]\nstrict = True\n' });
    const config = parseConfig(detect(dir).yaml, 'detected.yml');
    const byId = (id: string) => config.checks.find((c) => c.id === id)!;
    expect(byId('flake8')).toMatchObject({ kind: 'sarif', run: 'flake8 --format=default', raw: { sarif: { format: 'flake8' } }, requires: ['flake8'] });
    expect(byId('mypy')).toMatchObject({ kind: 'sarif', raw: { category: 'build', sarif: { format: 'mypy' } }, requires: ['mypy'] });
    expect(byId('mypy').run).toBe('mypy --cache-dir="$READINESS_TEMP/mypy-cache" --show-column-numbers --show-error-codes --no-pretty . 2>&1');
    // A config that names its files is followed: `mypy .` would override it.
    const files = plan({ 'pyproject.toml': '[tool.mypy]\npython_version = "3.10"\nfiles = ["src", "tests/type_check"]\nstrict = true\n\n[[tool.mypy.overrides]]\nmodule = ["x"]\n' });
    expect(files.checks.find((c) => c.id === 'mypy')!.run).toBe('mypy --cache-dir="$READINESS_TEMP/mypy-cache" --show-column-numbers --show-error-codes --no-pretty 2>&1');
    const elsewhere = plan({ 'setup.cfg': '[mypy]\nstrict = True\n\n[tool:pytest]\nfiles = x\n' });
    expect(elsewhere.checks.find((c) => c.id === 'mypy')!.run).toMatch(/ --no-pretty \. 2>&1$/);
    // `readiness init` writes readiness:recommended, which resolves to exactly the detected suite.
    const written = init(dir, false);
    expect(written.written).toBe(true);
    expect(readFileSync(written.file, 'utf8')).toContain('\nextends: [readiness:recommended]\n');
    expect(parseConfig(readFileSync(written.file, 'utf8'), 'readiness.yml', { workspace: dir }).checks.map((c) => [c.id, c.run, c.raw.sarif])).toEqual(config.checks.map((c) => [c.id, c.run, c.raw.sarif]));
  });

  it('Rust: cargo build, test, clippy and audit, for the whole workspace', () => {
    const { checks } = plan({ 'Cargo.toml': '[workspace]\nmembers = ["a", "b"]\n' });
    expect(checks.filter((c) => c.run).map((c) => [c.id, c.run, c.requires])).toEqual([
      ['cargo-build', 'cargo build --workspace --all-targets', ['cargo']],
      ['cargo-test', 'cargo test --workspace --no-fail-fast 2>&1', ['cargo']],
      ['cargo-clippy', 'cargo clippy --workspace --all-targets --message-format=json', ['cargo', 'cargo-clippy']],
      ['cargo-audit', 'cargo audit --json', ['cargo', 'cargo-audit']],
    ]);
  });

  it('Go: build, vet, test with a coverprofile and govulncheck, per module of go.work', () => {
    const single = plan({ 'go.mod': 'module x\n' });
    expect(single.checks.filter((c) => c.id.startsWith('go') || c.id === 'staticcheck').map((c) => c.id)).toEqual(['go-build', 'go-vet', 'go-test', 'go-coverage', 'govulncheck']);
    expect(single.detection.suggestions.map((g) => g.id)).toEqual(['staticcheck']);
    expect(single.checks.find((c) => c.id === 'go-test')).toMatchObject({ kind: 'tests', run: 'go test -json -coverprofile="$READINESS_TEMP/go-coverage.out" ./...' });
    // Without go, go test is skipped as not installed, and its coverage with it.
    expect(single.checks.find((c) => c.id === 'go-coverage')!.requires).toEqual(['go']);
    const work = plan({ 'go.work': 'go 1.22\n\nuse (\n\t./api\n\t./cli\n)\n', 'api/go.mod': 'module api\n', 'cli/go.mod': 'module cli\n' });
    expect(work.checks.filter((c) => c.id.endsWith('go-build')).map((c) => [c.id, c.wd])).toEqual([
      ['api-go-build', 'api'],
      ['cli-go-build', 'cli'],
    ]);
  });

  it('Java: Maven verify, its Surefire and Failsafe reports, JaCoCo when configured; the Gradle wrapper (more in detect-java.test.ts)', () => {
    const maven = plan({ 'pom.xml': '<project><modules><module>core</module></modules><build><plugins><plugin><artifactId>jacoco-maven-plugin</artifactId><executions><execution><goals><goal>report</goal></goals></execution></executions></plugin></plugins></build></project>' });
    expect(maven.checks.filter((c) => !builtinIds.includes(c.id)).map((c) => [c.id, c.kind])).toEqual([
      ['maven-compile', 'run'],
      ['maven-verify', 'run'],
      ['maven-tests', 'tests'],
      ['jacoco', 'coverage'],
    ]);
    expect(maven.detection.reasons[0]).toContain('modules core');
    const gradle = plan({ gradlew: '#!/bin/sh\n', 'build.gradle': "plugins { id 'java' }\n" });
    expect(gradle.checks[0]).toMatchObject({ id: 'gradle-build', run: './gradlew build --continue --no-daemon', kind: 'tests' });
  });

  it('always adds the built-in scans, git in a git repository and dockerfile when there is one', () => {
    const { checks } = plan({ 'README.md': '# x\n', '.git/HEAD': 'ref: refs/heads/main\n', 'deploy/Dockerfile': 'FROM node:20\n' });
    expect(checks.map((c) => [c.id, c.kind])).toEqual([
      ['conflict-markers', 'conflict-markers'],
      ['secrets', 'secrets'],
      ['files', 'files'],
      ['git', 'git'],
      ['dockerfile', 'dockerfile'],
    ]);
  });

  it('writes comments saying why each check is there', () => {
    const { detection } = plan({ 'package.json': JSON.stringify({ scripts: { test: 'mocha | tee out.txt' } }) });
    expect(detection.yaml).toContain(
      '  # "test" script in package.json; the test command has a pipe, so it runs as it is\n  # from package.json scripts.test\n  - id: test\n    category: tests\n    run: npm test\n    note: "totals not read: the test command has a pipe"\n    requires: [npm]\n',
    );
    expect(detection.yaml.startsWith('# Readiness Scorecard config, written from what auto-detection found:\n#   Node (npm): package.json, no lockfile (npm assumed)\n')).toBe(true);
  });
});
