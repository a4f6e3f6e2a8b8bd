// Java detection: Maven (with or without its wrapper, nested modules) and Gradle (with or without
// its wrapper, multi-project builds); the detected report globs run against report layouts as
// Surefire, Failsafe and Gradle write them.
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/config/detect.js';
import { parseConfig } from '../../src/config/load.js';
import { runEngine } from '../../src/engine.js';
import { tempDir, writeFiles } from '../helpers.js';

function plan(files: Record<string, string>) {
  const dir = tempDir();
  writeFiles(dir, files);
  const detection = detect(dir);
  const config = parseConfig(detection.yaml, 'detected.yml');
  const checks = config.checks.filter((c) => !['conflict-markers', 'secrets', 'files'].includes(c.id));
  return { dir, detection, checks, byId: (id: string) => checks.find((c) => c.id === id)! };
}

/** Runs the detected check's report reading alone (no command) on the given report files. */
async function readDetected(reports: unknown, kind: 'tests' | 'coverage', files: Record<string, string>) {
  const ws = tempDir();
  writeFiles(ws, { ...files, '.github/readiness.yml': `checks:\n  - id: read\n    ${kind}: { reports: ${JSON.stringify(reports)} }\n` });
  const report = await runEngine({ workspace: ws });
  if (report.config.errors.length) throw new Error(report.config.errors.join('\n'));
  return report.checks.find((c) => c.id === 'read')!;
}

/** A report as Surefire and Failsafe write it (the same writer): one testsuite per class. */
function surefire(cls: string, cases: { name: string; outcome?: 'failure' | 'error' | 'skipped' }[]): string {
  const count = (o: string) => cases.filter((c) => c.outcome === o).length;
  const body = cases
    .map((c) => (c.outcome ? `  <testcase name="${c.name}" classname="${cls}" time="0.01">\n    <${c.outcome} message="m" type="java.lang.AssertionError">trace</${c.outcome}>\n  </testcase>` : `  <testcase name="${c.name}" classname="${cls}" time="0.01"/>`))
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite version="3.0.2" name="${cls}" time="0.1" tests="${cases.length}" errors="${count('error')}" skipped="${count('skipped')}" failures="${count('failure')}">\n  <properties>\n    <property name="java.version" value="17"/>\n  </properties>\n${body}\n</testsuite>\n`;
}

const POM = (modules: string[], extra = '') => `<project><modelVersion>4.0.0</modelVersion>${modules.length ? `<modules>${modules.map((m) => `<module>${m}</module>`).join('')}</modules>` : ''}${extra}</project>`;
const jacocoPlugin = (...goals: string[]) =>
  `<build><plugins><plugin><groupId>org.jacoco</groupId><artifactId>jacoco-maven-plugin</artifactId><executions>${goals.map((g) => `<execution><id>${g}</id><goals><goal>${g}</goal></goals></execution>`).join('')}</executions></plugin></plugins></build>`;
const JACOCO = jacocoPlugin('prepare-agent', 'report');

describe('Java detection: Maven', () => {
  it('compiles main and test code, runs clean verify with every module tested, and reads the reports in a check of its own', () => {
    const { checks, detection } = plan({ 'pom.xml': POM(['core', 'app']).replace('</modules>', '<!-- <module>legacy</module> --></modules>') });
    expect(checks.map((c) => ({ id: c.id, kind: c.kind, category: c.category, run: c.run, needs: c.needs, after: c.after, requires: c.requires }))).toEqual([
      { id: 'maven-compile', kind: 'run', category: 'build', run: 'mvn -B -q test-compile', needs: [], after: [], requires: ['mvn'] },
      { id: 'maven-verify', kind: 'run', category: 'build', run: 'mvn -B clean verify -Dmaven.test.failure.ignore=true', needs: ['maven-compile'], after: [], requires: ['mvn'] },
      { id: 'maven-tests', kind: 'tests', category: 'tests', run: undefined, needs: ['maven-compile'], after: ['maven-verify'], requires: ['mvn'] },
    ]);
    expect(detection.reasons[0]).toBe('Java (Maven): pom.xml with modules core, app (built by the reactor from the root) → mvn verify, Surefire and Failsafe reports');
    // The written config says why the exit code of verify leaves the tests out.
    expect(detection.yaml).toContain('note: test results are read by maven-tests');
  });

  it('uses the Maven wrapper when the project has one (it needs only java)', () => {
    const { checks } = plan({ 'pom.xml': POM([]), mvnw: '#!/bin/sh\n' });
    expect(checks.map((c) => [c.id, c.run, c.requires])).toEqual([
      ['maven-compile', './mvnw -B -q test-compile', ['java']],
      ['maven-verify', './mvnw -B clean verify -Dmaven.test.failure.ignore=true', ['java']],
      ['maven-tests', undefined, ['java']],
    ]);
  });

  it('finds jacoco-maven-plugin in a nested module, and in a module named by its pom file', () => {
    const nested = plan({ 'pom.xml': POM(['services']), 'services/pom.xml': POM(['api']), 'services/api/pom.xml': POM([], JACOCO) });
    expect(nested.byId('jacoco')).toMatchObject({ kind: 'coverage', category: 'coverage', needs: ['maven-compile'], after: ['maven-verify'], requires: ['mvn'] });
    const byFile = plan({ 'pom.xml': POM(['tools/pom-tools.xml']), 'tools/pom-tools.xml': POM([], JACOCO) });
    expect(byFile.byId('jacoco')).toBeDefined();
    expect(plan({ 'pom.xml': POM(['core']), 'core/pom.xml': POM([]) }).byId('jacoco')).toBeUndefined();
    expect(plan({ 'pom.xml': POM(['core']), 'core/pom.xml': `<!-- ${JACOCO} -->` }).byId('jacoco')).toBeUndefined();
  });

  it('reads JaCoCo where a report goal writes its XML: per module, else the aggregate, never both', () => {
    expect(plan({ 'pom.xml': POM([], JACOCO) }).byId('jacoco').raw.coverage).toEqual({ reports: '**/target/site/jacoco/jacoco.xml' });
    const aggregate = plan({ 'pom.xml': POM(['core', 'report'], jacocoPlugin('prepare-agent')), 'core/pom.xml': POM([]), 'report/pom.xml': POM([], jacocoPlugin('report-aggregate')) });
    expect(aggregate.byId('jacoco').raw.coverage).toEqual({ reports: '**/target/site/jacoco-aggregate/jacoco.xml' });
    expect(aggregate.detection.reasons[0]).toContain('JaCoCo (aggregate report)');
    const both = plan({ 'pom.xml': POM(['report'], JACOCO), 'report/pom.xml': POM([], jacocoPlugin('report-aggregate')) });
    expect(both.byId('jacoco').raw.coverage).toEqual({ reports: '**/target/site/jacoco/jacoco.xml' });
    // The agent alone measures but writes only jacoco.exec: nothing to read, and the reason says so.
    const agentOnly = plan({ 'pom.xml': POM([], jacocoPlugin('prepare-agent')) });
    expect(agentOnly.byId('jacoco')).toBeUndefined();
    expect(agentOnly.detection.reasons[0]).toContain('jacoco-maven-plugin is configured without a report goal, so coverage is not read');
  });

  it('reads Surefire and Failsafe reports of every module once each, and not TestNG\'s copies or the Failsafe summary', async () => {
    const { byId } = plan({ 'pom.xml': POM(['core', 'app']) });
    const files = {
      'core/target/surefire-reports/TEST-calc.CalcTest.xml': surefire('calc.CalcTest', [{ name: 'adds' }, { name: 'wrong', outcome: 'failure' }, { name: 'later', outcome: 'skipped' }]),
      'core/target/surefire-reports/calc.CalcTest.txt': 'Tests run: 3, Failures: 1, Errors: 0, Skipped: 1\n',
      'app/target/surefire-reports/TEST-app.AppTest.xml': surefire('app.AppTest', [{ name: 'twice' }]),
      // TestNG's own JUnit reporter repeats each class here; Surefire's TEST-*.xml already holds it.
      'app/target/surefire-reports/junitreports/TEST-app.AppTest.xml': surefire('app.AppTest', [{ name: 'twice' }]),
      'app/target/failsafe-reports/TEST-app.AppIT.xml': surefire('app.AppIT', [{ name: 'starts' }, { name: 'serves', outcome: 'error' }]),
      'app/target/failsafe-reports/failsafe-summary.xml': '<failsafe-summary result="255" timeout="false"><completed>2</completed><errors>1</errors><failures>0</failures><skipped>0</skipped></failsafe-summary>',
    };
    const read = await readDetected((byId('maven-tests').raw.tests as { reports: unknown }).reports, 'tests', files);
    expect(read.metrics).toEqual({ total: 6, passed: 3, failed: 1, errored: 1, skipped: 1, flaky: 0, passRate: 60 });
    expect(read.evidence.sources).toEqual([
      'app/target/failsafe-reports/TEST-app.AppIT.xml',
      'app/target/surefire-reports/TEST-app.AppTest.xml',
      'core/target/surefire-reports/TEST-calc.CalcTest.xml',
    ]);
    // No Failsafe: the Surefire reports alone, without an error for the missing folder.
    const unitOnly = await readDetected((byId('maven-tests').raw.tests as { reports: unknown }).reports, 'tests', { 'core/target/surefire-reports/TEST-calc.CalcTest.xml': files['core/target/surefire-reports/TEST-calc.CalcTest.xml'] });
    expect(unitOnly.metrics).toMatchObject({ total: 3, passed: 1, failed: 1, skipped: 1 });
  });
});

describe('Java detection: Gradle', () => {
  it('without a wrapper: build.gradle, build.gradle.kts or settings.gradle alone run an installed gradle', () => {
    for (const file of ['build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts']) {
      const { checks, detection } = plan({ [file]: '' });
      expect(checks.map((c) => [c.id, c.kind, c.run, c.requires])).toEqual([['gradle-build', 'tests', 'gradle build --continue --no-daemon', ['gradle']]]);
      expect(detection.reasons[0]).toBe(`Java (Gradle): ${file} → gradle build, JUnit results`);
    }
  });

  it('with the wrapper: ./gradlew, which needs only java', () => {
    const { checks, detection } = plan({ gradlew: '#!/bin/sh\n', 'build.gradle': "plugins { id 'java' }\n" });
    expect(checks.map((c) => [c.id, c.run, c.requires])).toEqual([['gradle-build', './gradlew build --continue --no-daemon', ['java']]]);
    expect(detection.reasons[0]).toBe('Java (Gradle wrapper): gradlew → ./gradlew build, JUnit results');
  });

  it('a multi-project build: JaCoCo found in an included project is read only when its XML report is on', () => {
    const settings = "rootProject.name = 'shop'\ninclude 'app', ':lib:core'\n";
    const withXml = plan({ gradlew: '', 'settings.gradle': settings, 'lib/core/build.gradle': "plugins { id 'jacoco' }\njacocoTestReport {\n  reports {\n    xml.required = true\n  }\n}\n" });
    expect(withXml.checks.map((c) => [c.id, c.run ?? null])).toEqual([
      ['gradle-build', './gradlew build --continue --no-daemon jacocoTestReport'],
      ['jacoco', null],
    ]);
    const kts = plan({ 'settings.gradle.kts': 'include("app")\n', 'app/build.gradle.kts': 'plugins { jacoco }\ntasks.jacocoTestReport { reports { xml.required.set(true) } }\n' });
    expect(kts.byId('jacoco')).toMatchObject({ requires: ['gradle'] });
    const htmlOnly = plan({ 'settings.gradle': settings, 'app/build.gradle': "plugins { id 'jacoco' }\n" });
    expect(htmlOnly.checks.map((c) => c.id)).toEqual(['gradle-build']);
    expect(htmlOnly.detection.reasons[0]).toContain('JaCoCo is configured but its XML report is off');
    const conventions = plan({ 'settings.gradle': settings, 'buildSrc/src/main/groovy/java-conventions.gradle': "plugins { id 'jacoco' }\njacocoTestReport { reports { xml.required = true } }\n" });
    expect(conventions.byId('jacoco')).toBeDefined();
  });

  it('reads the JUnit results of every project and every test task, not the binary results', async () => {
    const { byId } = plan({ 'settings.gradle': "include 'app', 'lib'\n", 'build.gradle': '' });
    const read = await readDetected((byId('gradle-build').raw.tests as { reports: unknown }).reports, 'tests', {
      'app/build/test-results/test/TEST-app.AppTest.xml': surefire('app.AppTest', [{ name: 'a' }, { name: 'b', outcome: 'failure' }]),
      'app/build/test-results/test/binary/results.bin': 'binary',
      'lib/build/test-results/test/TEST-lib.LibTest.xml': surefire('lib.LibTest', [{ name: 'c' }]),
      'lib/build/test-results/integrationTest/TEST-lib.LibIT.xml': surefire('lib.LibIT', [{ name: 'd', outcome: 'skipped' }, { name: 'e' }]),
    });
    expect(read.metrics).toMatchObject({ total: 5, passed: 3, failed: 1, skipped: 1 });
    expect(read.evidence.sources).toHaveLength(3);
  });
});
