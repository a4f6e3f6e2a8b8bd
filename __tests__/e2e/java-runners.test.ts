// Zero config on a small Maven project and a small Gradle build, two modules each (core fails a
// test and skips one; app, which depends on core, fails one): the test totals equal what Surefire
// ("Tests run: N, Failures: F, Errors: E, Skipped: S") and Gradle ("N tests completed, F failed,
// S skipped") print, summed over the modules, and the run leaves the work tree as it was (target/,
// build/ and .gradle/ are ignored, as in Java repositories). Neither reaches the internet: Maven runs
// offline (-o in the project's .mvn/maven.config, as a user would set it), the Gradle build's only
// repository is mavenLocal(). Each is skipped, saying why, where its tool is missing or the local
// repository (~/.m2/repository) lacks what the project pins.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { gitRepo } from './runner.js';

const has = (cmd: string, arg: string) => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;
const mvn = has('mvn', '-v');
const gradle = has('gradle', '--version');
const m2 = path.join(os.homedir(), '.m2', 'repository');
const hasRepository = existsSync(m2);
if (!mvn) console.warn('\n  Maven e2e NOT RUN: mvn is not installed.\n');
if (!gradle) console.warn('\n  Gradle e2e NOT RUN: gradle is not installed.\n');
if ((mvn || gradle) && !hasRepository) console.warn(`\n  Java e2e NOT RUN: no local Maven repository at ${m2} (the tests build offline from it).\n`);

/** Skips the test, saying why, when the build could not resolve what the project pins from ~/.m2. */
function skipUnresolved(ctx: { skip: (note?: string) => never }, tool: string, status: string, output: string | undefined, pattern: RegExp): void {
  const unresolved = pattern.exec(output ?? '');
  if (status === 'pass' || !unresolved) return;
  const reason = `${tool} e2e NOT RUN: ${tool} could not resolve what the project pins from ${m2} offline: ${unresolved[0].trim().slice(0, 300)}`;
  console.warn(`\n  ${reason}\n`);
  ctx.skip(reason);
}

// Versions present in the local repository of the machines this runs on.
const PLUGINS = { resources: '3.3.1', compiler: '3.13.0', surefire: '3.5.2', jar: '3.4.1', clean: '3.4.0' };
const plugin = (name: string, version: string, extra = '') => `<plugin><artifactId>maven-${name}-plugin</artifactId><version>${version}</version>${extra}</plugin>`;
// Maven 3.8 adds plexus-utils 1.1 to a plugin that does not depend on plexus-utils; a repository
// filled by Maven 3.9 lacks that jar, so the plugin gets a current one.
const PLEXUS = '<dependencies><dependency><groupId>org.codehaus.plexus</groupId><artifactId>plexus-utils</artifactId><version>3.5.1</version></dependency></dependencies>';

const module = (name: string, deps = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n  <parent><groupId>com.example</groupId><artifactId>calc-parent</artifactId><version>1.0</version></parent>\n  <artifactId>${name}</artifactId>\n${deps}</project>\n`;

const PROJECT: Record<string, string> = {
  '.gitignore': 'target/\n',
  '.mvn/maven.config': '-o\n',
  'pom.xml': `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>calc-parent</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>core</module>
    <module>app</module>
  </modules>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>5.11.4</version><scope>test</scope></dependency>
  </dependencies>
  <build>
    <pluginManagement>
      <plugins>
        ${plugin('clean', PLUGINS.clean)}
        ${plugin('resources', PLUGINS.resources)}
        ${plugin('compiler', PLUGINS.compiler)}
        ${plugin('surefire', PLUGINS.surefire, PLEXUS)}
        ${plugin('jar', PLUGINS.jar)}
      </plugins>
    </pluginManagement>
  </build>
</project>
`,
  'core/pom.xml': module('core'),
  'core/src/main/java/calc/Calc.java': 'package calc;\n\npublic final class Calc {\n  public static int add(int a, int b) {\n    return a + b;\n  }\n}\n',
  // One passes, one fails, one is disabled.
  'core/src/test/java/calc/CalcTest.java':
    'package calc;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\nimport org.junit.jupiter.api.Disabled;\nimport org.junit.jupiter.api.Test;\n\nclass CalcTest {\n  @Test\n  void adds() {\n    assertEquals(3, Calc.add(1, 2));\n  }\n\n  @Test\n  void wrong() {\n    assertEquals(5, Calc.add(2, 2));\n  }\n\n  @Test\n  @Disabled("later")\n  void later() {}\n}\n',
  // Depends on core, whose tests fail: its tests run all the same.
  'app/pom.xml': module('app', '  <dependencies>\n    <dependency><groupId>com.example</groupId><artifactId>core</artifactId><version>1.0</version></dependency>\n  </dependencies>\n'),
  'app/src/main/java/app/App.java': 'package app;\n\npublic final class App {\n  public static int twice(int a) {\n    return calc.Calc.add(a, a);\n  }\n}\n',
  'app/src/test/java/app/AppTest.java':
    'package app;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\nimport org.junit.jupiter.api.Test;\n\nclass AppTest {\n  @Test\n  void twice() {\n    assertEquals(4, App.twice(2));\n  }\n\n  @Test\n  void broken() {\n    throw new IllegalStateException("boom");\n  }\n}\n',
};

/** Sums the per-module "Results:" lines: "Tests run: 3, Failures: 1, Errors: 0, Skipped: 1" alone on a line. */
function printedTotals(output: string) {
  const sum = { run: 0, failures: 0, errors: 0, skipped: 0, modules: 0 };
  for (const m of output.matchAll(/^\[\w+\] Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)\s*$/gm)) {
    sum.run += Number(m[1]);
    sum.failures += Number(m[2]);
    sum.errors += Number(m[3]);
    sum.skipped += Number(m[4]);
    sum.modules++;
  }
  return sum;
}

describe.runIf(mvn && hasRepository)('zero config with Maven', () => {
  it('reads every module\'s Surefire reports; totals equal what Surefire printed; the work tree is unchanged', async (ctx) => {
    const dir = gitRepo(PROJECT);
    const report = await runEngine({ workspace: dir, only: ['maven-compile', 'maven-verify', 'maven-tests'] });
    if (report.config.errors.length > 0) throw new Error(report.config.errors.join('\n'));
    const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
    const compile = byId['maven-compile']!;
    // Offline, a plugin or library missing from ~/.m2 is "offline mode … has not been downloaded".
    skipUnresolved(ctx, 'Maven', compile.status, compile.evidence.outputTail, /^\[ERROR\].*(?:offline mode|could not be resolved|Could not resolve|Cannot access).*$/m);
    expect(compile, compile.evidence.outputTail).toMatchObject({ status: 'pass' });

    const verify = byId['maven-verify']!;
    expect(verify, verify.evidence.outputTail).toMatchObject({ status: 'pass', summary: 'exit 0; test results are read by maven-tests' });
    // The check keeps the output's tail: the build is small enough for it to hold both modules' results.
    const printed = printedTotals(verify.evidence.outputTail ?? '');
    expect(printed).toEqual({ run: 5, failures: 1, errors: 1, skipped: 1, modules: 2 });

    const tests = byId['maven-tests']!;
    expect(tests.metrics).toMatchObject({
      total: printed.run,
      failed: printed.failures,
      errored: printed.errors,
      skipped: printed.skipped,
      passed: printed.run - printed.failures - printed.errors - printed.skipped,
    });
    expect(tests).toMatchObject({ status: 'fail', summary: '50% passed (2/4), 1 failed, 1 errored, 1 skipped, target 100%' });
    expect(tests.evidence.sources).toEqual(['app/target/surefire-reports/TEST-app.AppTest.xml', 'core/target/surefire-reports/TEST-calc.CalcTest.xml']);
    expect(tests.findings.map((f) => f.message)).toEqual([expect.stringMatching(/AppTest › broken: .*boom/), expect.stringMatching(/CalcTest › wrong: expected: <5> but was: <4>/)]);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' })).toBe('');
  }, 600_000);
});

const BUILD = {
  '.gitignore': 'build/\n.gradle/\n',
  'settings.gradle': "rootProject.name = 'calc'\ninclude 'core', 'app'\n",
  // implementation/testImplementation and mavenLocal(): Gradle 4.4 (Debian's) to 9 alike.
  'build.gradle': "subprojects {\n  apply plugin: 'java'\n  repositories { mavenLocal() }\n  dependencies { testImplementation 'junit:junit:4.13.2' }\n}\nproject(':app') {\n  dependencies { implementation project(':core') }\n}\n",
  'core/src/main/java/calc/Calc.java': PROJECT['core/src/main/java/calc/Calc.java']!,
  'core/src/test/java/calc/CalcTest.java':
    'package calc;\n\nimport static org.junit.Assert.assertEquals;\n\nimport org.junit.Ignore;\nimport org.junit.Test;\n\npublic class CalcTest {\n  @Test\n  public void adds() {\n    assertEquals(3, Calc.add(1, 2));\n  }\n\n  @Test\n  public void wrong() {\n    assertEquals(5, Calc.add(2, 2));\n  }\n\n  @Test\n  @Ignore("later")\n  public void later() {}\n}\n',
  'app/src/main/java/app/App.java': PROJECT['app/src/main/java/app/App.java']!,
  'app/src/test/java/app/AppTest.java':
    'package app;\n\nimport static org.junit.Assert.assertEquals;\n\nimport org.junit.Test;\n\npublic class AppTest {\n  @Test\n  public void twice() {\n    assertEquals(4, App.twice(2));\n  }\n\n  @Test\n  public void broken() {\n    throw new IllegalStateException("boom");\n  }\n}\n',
};

describe.runIf(gradle && hasRepository)('zero config with Gradle (no wrapper)', () => {
  it('runs every project\'s tests (--continue) and reads their JUnit results; totals equal what Gradle printed; the work tree is unchanged', async (ctx) => {
    const dir = gitRepo(BUILD);
    const report = await runEngine({ workspace: dir, only: ['gradle-build'] });
    if (report.config.errors.length > 0) throw new Error(report.config.errors.join('\n'));
    const build = report.checks[0]!;
    skipUnresolved(ctx, 'Gradle', build.status, build.evidence.outputTail, /^.*Could not (?:resolve|find) .*$/m);
    expect(build.evidence.command).toBe('gradle build --continue --no-daemon');
    // "3 tests completed, 1 failed, 1 skipped" per project; Gradle counts an exception as failed.
    const printed = { total: 0, failed: 0, skipped: 0, projects: 0 };
    for (const m of (build.evidence.outputTail ?? '').matchAll(/^(\d+) tests? completed(?:, (\d+) failed)?(?:, (\d+) skipped)?$/gm)) {
      printed.total += Number(m[1]);
      printed.failed += Number(m[2] ?? 0);
      printed.skipped += Number(m[3] ?? 0);
      printed.projects++;
    }
    expect(printed, build.evidence.outputTail).toEqual({ total: 5, failed: 2, skipped: 1, projects: 2 });
    expect(build.metrics).toMatchObject({ total: printed.total, failed: printed.failed, errored: 0, skipped: printed.skipped, passed: printed.total - printed.failed - printed.skipped });
    expect(build).toMatchObject({ status: 'fail', summary: '50% passed (2/4), 2 failed, 1 skipped, target 100%' });
    expect(build.evidence.sources).toEqual(['app/build/test-results/test/TEST-app.AppTest.xml', 'core/build/test-results/test/TEST-calc.CalcTest.xml']);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' })).toBe('');
  }, 600_000);
});
