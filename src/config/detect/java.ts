// Java: Maven (mvn verify, Surefire reports, JaCoCo when configured) or the Gradle wrapper.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { read, type DetectedCheck } from './shared.js';

export function detectJava(root: string, reasons: string[]): DetectedCheck[] {
  const pom = read(path.join(root, 'pom.xml'));
  if (pom !== undefined) {
    const modules = [...pom.matchAll(/<module>([^<]+)<\/module>/g)].map((m) => m[1]!.trim());
    const jacoco = /jacoco-maven-plugin/.test(pom) || modules.some((m) => /jacoco-maven-plugin/.test(read(path.join(root, m, 'pom.xml')) ?? ''));
    reasons.push(`Java (Maven): pom.xml${modules.length ? ` with modules ${modules.join(', ')} (built by the reactor from the root)` : ''} → mvn -B verify, Surefire reports${jacoco ? ', JaCoCo' : ''}`);
    const out: DetectedCheck[] = [
      { id: 'maven-compile', comment: 'pom.xml', check: { category: 'build', run: 'mvn -B -q compile', requires: ['mvn'] } },
      { id: 'maven-verify', comment: 'mvn verify runs the tests; Surefire writes JUnit XML', check: { category: 'tests', needs: ['maven-compile'], run: 'mvn -B verify', tests: { reports: '**/target/surefire-reports/TEST-*.xml' }, requires: ['mvn'] } },
    ];
    if (jacoco) out.push({ id: 'jacoco', comment: 'jacoco-maven-plugin is configured', check: { category: 'coverage', after: ['maven-verify'], coverage: { reports: '**/target/site/jacoco/jacoco.xml' } } });
    return out;
  }
  if (existsSync(path.join(root, 'gradlew'))) {
    const build = [read(path.join(root, 'build.gradle')), read(path.join(root, 'build.gradle.kts'))].join('\n');
    const jacoco = /jacoco/.test(build);
    reasons.push(`Java (Gradle wrapper): gradlew → ./gradlew build, JUnit results${jacoco ? ', JaCoCo' : ''}`);
    const out: DetectedCheck[] = [
      { id: 'gradle-build', comment: 'the Gradle wrapper runs the build and the tests', check: { category: 'tests', run: `./gradlew build --no-daemon${jacoco ? ' jacocoTestReport' : ''}`, tests: { reports: '**/build/test-results/test/TEST-*.xml' }, requires: ['java'] } },
    ];
    if (jacoco) out.push({ id: 'jacoco', comment: 'jacoco is configured', check: { category: 'coverage', after: ['gradle-build'], coverage: { reports: '**/build/reports/jacoco/test/jacocoTestReport.xml' } } });
    return out;
  }
  return [];
}
