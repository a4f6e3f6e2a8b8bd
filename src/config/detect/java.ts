// Java: Maven (Surefire and Failsafe reports, JaCoCo when configured) or Gradle (the wrapper, else
// an installed gradle; its JUnit results, JaCoCo when its XML report is on).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { read, type DetectedCheck } from './shared.js';

// A module is a path; moditect's <module> blocks hold elements and do not match.
const MODULE = /<module>\s*([^<]+?)\s*<\/module>/g;

/** XML without its comments: a module or plugin commented out is not there. */
function uncommented(xml: string | undefined): string | undefined {
  return xml?.replace(/<!--[\s\S]*?-->/g, '');
}

/** The pom of the root and of every module of the reactor (nested `<modules>` too). */
function reactorPoms(root: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (rel: string, depth: number) => {
    // A module names a folder, or a pom file in one.
    const file = path.normalize(/\.xml$/.test(rel) ? rel : path.join(rel, 'pom.xml'));
    if (seen.has(file) || depth > 5) return;
    seen.add(file);
    const pom = uncommented(read(path.join(root, file)));
    if (pom === undefined) return;
    out.push(pom);
    for (const m of pom.matchAll(MODULE)) visit(path.join(path.dirname(file), m[1]!), depth + 1);
  };
  visit('.', 0);
  return out;
}

function detectMaven(root: string, pom: string, reasons: string[]): DetectedCheck[] {
  const modules = [...uncommented(pom)!.matchAll(MODULE)].map((m) => m[1]!);
  const poms = reactorPoms(root);
  const agent = poms.some((p) => /jacoco-maven-plugin/.test(p));
  // The XML exists only where a `report` goal is bound (per module), or `report-aggregate` (one
  // module for all); per-module reports win when both are, so no line counts twice.
  const perModule = agent && poms.some((p) => /<goal>\s*report\s*<\/goal>/.test(p));
  const aggregate = agent && !perModule && poms.some((p) => /<goal>\s*report-aggregate\s*<\/goal>/.test(p));
  const jacoco = perModule ? '**/target/site/jacoco/jacoco.xml' : aggregate ? '**/target/site/jacoco-aggregate/jacoco.xml' : undefined;
  // The wrapper pins the Maven version the project builds with (and fetches it); it needs only java.
  const wrapper = existsSync(path.join(root, 'mvnw'));
  const mvn = wrapper ? './mvnw' : 'mvn';
  const requires = wrapper ? ['java'] : ['mvn'];
  reasons.push(
    `Java (Maven${wrapper ? ' wrapper' : ''}): pom.xml${modules.length ? ` with modules ${modules.join(', ')} (built by the reactor from the root)` : ''} → ${mvn} verify, Surefire and Failsafe reports${jacoco ? `, JaCoCo${aggregate ? ' (aggregate report)' : ''}` : agent ? '; jacoco-maven-plugin is configured without a report goal, so coverage is not read' : ''}`,
  );
  const out: DetectedCheck[] = [
    { id: 'maven-compile', comment: 'pom.xml: main and test code compile', check: { category: 'build', run: `${mvn} -B -q test-compile`, requires } },
    {
      id: 'maven-verify',
      // `clean`: reports left in target/ by an earlier build are never read as this run's.
      // maven.test.failure.ignore: every module's tests run (a failure does not stop the reactor),
      // so the exit code is the rest of the build and maven-tests counts the tests.
      comment: 'mvn verify: every module tested and packaged; test failures are counted by maven-tests',
      check: { category: 'build', needs: ['maven-compile'], run: `${mvn} -B clean verify -Dmaven.test.failure.ignore=true`, note: 'test results are read by maven-tests', requires },
    },
    {
      id: 'maven-tests',
      comment: 'the JUnit XML Surefire (unit) and Failsafe (integration) wrote in each module',
      check: { category: 'tests', needs: ['maven-compile'], after: ['maven-verify'], tests: { reports: '**/target/{surefire,failsafe}-reports/TEST-*.xml' }, requires },
    },
  ];
  if (jacoco) out.push({ id: 'jacoco', comment: `jacoco-maven-plugin writes its ${aggregate ? 'aggregate ' : ''}XML report in verify`, check: { category: 'coverage', needs: ['maven-compile'], after: ['maven-verify'], coverage: { reports: jacoco }, requires } });
  return out;
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const GRADLE_FILES = ['build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts'];

/** The build scripts of the root project and of each project `settings.gradle(.kts)` includes. */
function gradleScripts(root: string): string[] {
  const settings = [read(path.join(root, 'settings.gradle')), read(path.join(root, 'settings.gradle.kts'))].join('\n');
  const dirs = new Set(['.']);
  // include 'a', ':b:c' / include("a", "b"): a project path's colons are folders.
  for (const call of settings.matchAll(/^\s*include\b\s*\(?([^\n)]*)/gm)) {
    for (const name of call[1]!.matchAll(/["']:?([^"']+)["']/g)) dirs.add(name[1]!.replace(/:/g, '/'));
  }
  const scripts: string[] = [];
  for (const dir of dirs) for (const f of ['build.gradle', 'build.gradle.kts']) scripts.push(read(path.join(root, dir, f)) ?? '');
  // Convention plugins in buildSrc (or an included build-logic) often hold the shared jacoco setup.
  for (const dir of ['buildSrc', 'build-logic']) {
    for (const lang of ['groovy', 'kotlin']) {
      const src = path.join(root, dir, 'src', 'main', lang);
      for (const f of listFiles(src)) if (/\.gradle(\.kts)?$/.test(f)) scripts.push(read(path.join(src, f)) ?? '');
    }
  }
  return [...scripts, settings];
}

function detectGradle(root: string, reasons: string[]): DetectedCheck[] {
  const wrapper = existsSync(path.join(root, 'gradlew'));
  const scripts = gradleScripts(root).join('\n');
  const jacoco = /\bjacoco\b/.test(scripts);
  // JacocoReport writes only HTML unless its XML report is turned on.
  const xml = jacoco && /xml\s*(?:\.\s*required|\.\s*enabled|\.\s*isEnabled)\s*(?:=|\.set\s*\()\s*true/.test(scripts);
  const gradle = wrapper ? './gradlew' : 'gradle';
  reasons.push(
    `Java (Gradle${wrapper ? ' wrapper' : ''}): ${wrapper ? 'gradlew' : GRADLE_FILES.filter((f) => existsSync(path.join(root, f))).join(', ')} → ${gradle} build, JUnit results${xml ? ', JaCoCo' : jacoco ? '; JaCoCo is configured but its XML report is off (reports { xml.required = true }), so coverage is not read' : ''}`,
  );
  const out: DetectedCheck[] = [
    {
      id: 'gradle-build',
      // --continue: a failing test task does not stop the other projects' tests.
      comment: `${wrapper ? 'the Gradle wrapper' : 'gradle (no wrapper)'} runs the build and every test task`,
      check: {
        category: 'tests',
        run: `${gradle} build --continue --no-daemon${xml ? ' jacocoTestReport' : ''}`,
        tests: { reports: '**/build/test-results/*/TEST-*.xml' },
        requires: wrapper ? ['java'] : ['gradle'],
      },
    },
  ];
  if (xml) out.push({ id: 'jacoco', comment: 'jacoco is configured with its XML report', check: { category: 'coverage', after: ['gradle-build'], coverage: { reports: '**/build/reports/jacoco/test/jacocoTestReport.xml' }, requires: wrapper ? ['java'] : ['gradle'] } });
  return out;
}

export function detectJava(root: string, reasons: string[]): DetectedCheck[] {
  const pom = read(path.join(root, 'pom.xml'));
  if (pom !== undefined) return detectMaven(root, pom, reasons).map((c) => ({ origin: 'pom.xml', ...c }));
  if (existsSync(path.join(root, 'gradlew')) || GRADLE_FILES.some((f) => existsSync(path.join(root, f)))) {
    return detectGradle(root, reasons).map((c) => ({ origin: GRADLE_FILES.find((f) => existsSync(path.join(root, f))) ?? 'gradlew', ...c }));
  }
  return [];
}
