// A failed command that could not measure: a missing program, or a network that could not be reached.
import { describe, expect, it } from 'vitest';
import { missingProgram, networkOutage, packageManagerRefusal } from '../../src/checks/command-diagnosis.js';
import { execFileSync } from 'node:child_process';
import { runEngine } from '../../src/engine.js';
import { tempDir, writeFiles } from '../helpers.js';

describe('missingProgram', () => {
  it('names the program from the shell (exit 127 only), pnpm and yarn 1', () => {
    expect(missingProgram('sh: 1: tsc: not found\n', 127)).toBe('tsc');
    expect(missingProgram('bash: line 1: eslint: command not found\n', 127)).toBe('eslint');
    // A failing test that ran a missing program is not the check's own command missing.
    expect(missingProgram('sh: 1: convert: not found\n1 test failed\n', 1)).toBeUndefined();
    expect(missingProgram(' ERR_PNPM_RECURSIVE_EXEC_FIRST_FAIL  Command "tsc" not found\n', 254)).toBe('tsc');
    expect(missingProgram('yarn run v1.22.22\nerror Command "jest" not found.\ninfo Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.\n', 1)).toBe('jest');
    expect(missingProgram('Error: 2 tests failed\n', 1)).toBeUndefined();
  });

  it('names the program of a package-manager script that exits 1 (pnpm run, yarn run) from the echoed command', () => {
    expect(missingProgram('\n> x@1.0.0 lint /w\n> eslint .\n\nsh: 1: eslint: not found\n ELIFECYCLE  Command failed.\n', 1)).toBe('eslint');
    expect(missingProgram('yarn run v1.22.22\n$ tsc --noEmit && eslint .\n/bin/sh: 1: eslint: not found\nerror Command failed with exit code 127.\n', 1)).toBe('eslint');
    // A test the script ran called a missing program: that is the test's failure.
    expect(missingProgram('\n> x@1.0.0 test /w\n> vitest run\n\nsh: 1: convert: not found\n 1 failed\n ELIFECYCLE  Test failed.\n', 1)).toBeUndefined();
  });
});

describe('packageManagerRefusal', () => {
  it('names why a package manager would not run, and what to do', () => {
    expect(packageManagerRefusal('This project is configured to use yarn because /w/package.json has a "packageManager" field\n')).toBe(
      'This project is configured to use yarn because /w/package.json has a "packageManager" field; use the package manager the "packageManager" field of package.json names',
    );
    expect(packageManagerRefusal('Error: Corepack must currently be enabled to use pnpm\n')).toMatch(/^Corepack must currently be enabled to use pnpm; run `corepack enable`/);
    expect(packageManagerRefusal('Internal Error: Cannot find matching keyid: {"signatures":[]}\n')).toMatch(/^Cannot find matching keyid.*; update Corepack/);
    expect(packageManagerRefusal(' ERR_PNPM_UNSUPPORTED_ENGINE  Unsupported environment (bad pnpm and/or Node.js version)\n')).toMatch(/^ERR_PNPM_UNSUPPORTED_ENGINE/);
    expect(packageManagerRefusal('FAIL src/a.test.ts\n')).toBeUndefined();
  });
});

describe('networkOutage', () => {
  it('returns the line that says a host could not be reached', () => {
    expect(networkOutage("fatal: unable to access 'https://github.com/x/y/': Could not resolve host: github.com\n")).toBe("fatal: unable to access 'https://github.com/x/y/': Could not resolve host: github.com");
    expect(networkOutage('> Could not GET https://repo.maven.apache.org/x.pom\n   > Unknown host repo.maven.apache.org\n')).toBe('> Unknown host repo.maven.apache.org');
    expect(networkOutage('npm error code E405\nnpm error 405 Method Not Allowed - POST https://mirror/-/npm/v1/security/advisories/bulk\n')).toBe('npm error 405 Method Not Allowed - POST https://mirror/-/npm/v1/security/advisories/bulk');
    expect(networkOutage('FAIL src/a.test.ts\n  expected 2, got 3\n')).toBeUndefined();
    // Maven: one long line whose cause comes last; the summary keeps the start and the cause.
    const maven =
      '[ERROR]     Unresolveable build extension: Plugin org.apache.felix:maven-bundle-plugin:5.1.9 or one of its dependencies could not be resolved: Failed to read artifact descriptor for org.apache.felix:maven-bundle-plugin:jar:5.1.9: Could not transfer artifact org.apache.felix:maven-bundle-plugin:pom:5.1.9 from/to central (https://repo.maven.apache.org/maven2): transfer failed for https://repo.maven.apache.org/maven2/org/apache/felix/maven-bundle-plugin/5.1.9/maven-bundle-plugin-5.1.9.pom: Unknown host repo.maven.apache.org: Name or service not known -> [Help 2]';
    const cause = networkOutage(`[INFO] Scanning for projects...\n${maven}\n`)!;
    expect(cause).toMatch(/^\[ERROR\] {5}Unresolveable build extension: Plugin org\.apache\.felix.*\.\.\. Unknown host repo\.maven\.apache\.org: Name or service not known -> \[Help 2\]$/);
    expect(cause.length).toBeLessThanOrEqual(200);
    expect(networkOutage('[ERROR] Failed to execute goal on project core: Could not transfer artifact a:b:pom:1 from/to central (https://repo.maven.apache.org/maven2): Connect to repo.maven.apache.org:443 [repo.maven.apache.org/1.2.3.4] failed: Connection refused\n')).toMatch(/Connection refused$/);
    expect(networkOutage('            > Connect to repo.maven.apache.org:443 [repo.maven.apache.org/1.2.3.4] failed: Connect timed out\n')).toBe('> Connect to repo.maven.apache.org:443 [repo.maven.apache.org/1.2.3.4] failed: Connect timed out');
    expect(networkOutage('[ERROR] RetryTest.gives_up:31 java.net.ConnectException: Connection refused\n')).toBeUndefined();
  });
});

const PNPM = (() => {
  try {
    execFileSync('pnpm', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('in a check', () => {
  async function run(config: string) {
    const ws = tempDir();
    writeFiles(ws, { '.github/readiness.yml': config });
    const report = await runEngine({ workspace: ws });
    if (report.config.errors.length) throw new Error(report.config.errors.join('\n'));
    return (id: string) => report.checks.find((c) => c.id === id)!;
  }

  it('npm and pnpm scripts whose tool is missing (sh: 1: eslint: not found) are skipped as not installed', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'package.json': JSON.stringify({ name: 'x', version: '1.0.0', scripts: { lint: 'eslint-not-installed-here .' } }),
      '.github/readiness.yml': `checks:\n  - { id: npm-lint, requires: [npm], run: npm run lint }\n${PNPM ? '  - { id: pnpm-lint, requires: [pnpm], run: pnpm run lint }\n' : ''}`,
    });
    const report = await runEngine({ workspace: ws });
    expect(report.checks.find((c) => c.id === 'npm-lint')).toMatchObject({ status: 'skipped', summary: 'not installed: eslint-not-installed-here' });
    if (PNPM) {
      const pnpm = report.checks.find((c) => c.id === 'pnpm-lint')!;
      expect(pnpm).toMatchObject({ status: 'skipped', summary: 'not installed: eslint-not-installed-here' });
      expect(pnpm.evidence.outputTail).not.toMatch(/^undefined/);
    }
  });

  it('a script whose program is missing is skipped as not installed, as with npm', async () => {
    const check = await run(`checks:
  - { id: pnpm-like, requires: [sh], run: "echo ' ERR_PNPM_RECURSIVE_EXEC_FIRST_FAIL  Command \\"tsc\\" not found' >&2; exit 254" }
  - { id: npm-like, requires: [sh], run: "tsc-that-is-not-installed --noEmit" }
  - { id: no-requires, run: "echo 'error Command \\"jest\\" not found.' >&2; exit 1" }
`);
    expect(check('pnpm-like')).toMatchObject({ status: 'skipped', summary: 'not installed: tsc' });
    expect(check('npm-like')).toMatchObject({ status: 'skipped', summary: 'not installed: tsc-that-is-not-installed' });
    // Without `requires` the tool is the project's to provide: it could not measure.
    expect(check('no-requires')).toMatchObject({ status: 'error', summary: 'command not found: jest (exit 1)' });
  });

  it('a package manager that refuses to run is one error naming its message on every check it stopped', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'package.json': JSON.stringify({ name: 'x', version: '1.0.0', packageManager: 'yarn@1.22.22', scripts: { lint: 'eslint .', test: 'vitest run' } }),
      '.github/readiness.yml': 'checks:\n  - { id: lint, run: corepack pnpm run lint }\n  - { id: test, run: corepack pnpm run test, tests: {} }\n',
    });
    const report = await runEngine({ workspace: ws });
    for (const id of ['lint', 'test']) {
      expect(report.checks.find((c) => c.id === id)).toMatchObject({
        status: 'error',
        summary: expect.stringMatching(/^the package manager refused to run \(exit 1\): This project is configured to use yarn because .*package\.json has a "packageManager" field; use the package manager/),
      });
    }
  });

  it("a failed command's summary carries its first meaningful error line", async () => {
    const check = await run(`checks:
  - { id: bundle, run: "echo '> ncc build src/main.ts'; node --input-type=module -e \\"import '@vercel/ncc-not-installed'\\"" }
`);
    expect(check('bundle')).toMatchObject({ status: 'fail', summary: expect.stringMatching(/^exit 1, expected 0: Error \[ERR_MODULE_NOT_FOUND\]: Cannot find package '@vercel\/ncc-not-installed'/) });
  });

  it('a network outage is an error with its cause, not a failure', async () => {
    const check = await run(`checks:
  - { id: fetch, run: "echo 'error: failed to get serde: Could not resolve host: index.crates.io' >&2; exit 101" }
  - { id: real, run: "echo 'assertion failed' >&2; exit 1" }
`);
    expect(check('fetch')).toMatchObject({ status: 'error', score: 0, summary: 'could not reach the network (exit 101): error: failed to get serde: Could not resolve host: index.crates.io' });
    expect(check('real')).toMatchObject({ status: 'fail', summary: 'exit 1, expected 0: assertion failed' });
  });

  it('a reader check whose command wrote no report says the network line, else the last line', async () => {
    const check = await run(`checks:
  - { id: mvn, run: "echo '[ERROR] Could not transfer artifact: Unknown host repo.maven.apache.org'; exit 1", tests: { reports: out.xml } }
  - { id: crash, run: "echo 'Segmentation fault'; exit 139", tests: { reports: out.xml } }
`);
    expect(check('mvn')).toMatchObject({ status: 'error', summary: expect.stringMatching(/^could not reach the network \(exit 1\): \[ERROR\] Could not transfer artifact: Unknown host repo\.maven\.apache\.org; no file matched/) });
    expect(check('crash')).toMatchObject({ status: 'error', summary: expect.stringMatching(/; the command exited 139: Segmentation fault$/) });
  });
});
