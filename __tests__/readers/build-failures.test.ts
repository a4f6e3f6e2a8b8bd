import { describe, expect, it } from 'vitest';
import { buildFailures, describeFailure, firstErrorLine, whyLines } from '../../src/readers/build-failures.js';

describe('buildFailures', () => {
  it('go: FAIL <pkg> [build failed] with its block\'s first error, Go\'s version note first', () => {
    const out = [
      '# example.com/m/bad [example.com/m/bad.test]',
      'bad/bad.go:3:37: undefined: max',
      'note: module requires Go 1.21',
      'FAIL\texample.com/m/bad [build failed]',
      '{"Action":"pass","Package":"example.com/m/ok"}',
    ].join('\n');
    expect(buildFailures(out)).toEqual([{ unit: 'example.com/m/bad', cause: 'module requires Go 1.21: bad/bad.go:3:37: undefined: max', failed: 'build' }]);
  });

  it('go: a go.mod that needs a newer toolchain stops the module', () => {
    expect(buildFailures('go: errors parsing go.mod:\n/x/go.mod:3: invalid go version \'1.99.0\'\n').map(describeFailure)).toEqual(["the module failed to build: go: errors parsing go.mod: /x/go.mod:3: invalid go version '1.99.0'"]);
  });

  it('cargo: the crate that did not compile, with the first compiler error', () => {
    const out = 'error[E0425]: cannot find value `y` in this scope\n --> src/lib.rs:2:5\n\nerror: could not compile `demo` (lib test) due to 1 previous error\n';
    expect(buildFailures(out)).toEqual([{ unit: 'demo', cause: 'error[E0425]: cannot find value `y` in this scope', failed: 'compile' }]);
  });

  it('pytest: each file that failed to collect, with its exception line', () => {
    const out = [
      '____________________ ERROR collecting tests/test_a.py _____________________',
      'tests/test_a.py:1: in <module>',
      'E   ModuleNotFoundError: No module named \'nope\'',
      '=========================== short test summary info ============================',
      'ERROR tests/test_a.py',
      'ERROR tests/test_b.py - SyntaxError: invalid syntax',
    ].join('\n');
    expect(buildFailures(out).map(describeFailure)).toEqual(["tests/test_a.py failed to collect: ModuleNotFoundError: No module named 'nope'", 'tests/test_b.py failed to collect: SyntaxError: invalid syntax']);
  });

  it('jest and vitest: a suite that failed to load', () => {
    const jest = ' FAIL  src/a.test.ts\n  ● Test suite failed to run\n\n    Cannot find module \'./missing\' from \'src/a.test.ts\'\n';
    expect(buildFailures(jest).map(describeFailure)).toEqual(["src/a.test.ts failed to load: Cannot find module './missing' from 'src/a.test.ts'"]);
    const vitest = ' FAIL  src/b.test.ts [ src/b.test.ts ]\nError: Failed to load url ./nope (resolved id: ./nope) in /w/src/b.test.ts. Does the file exist?\n';
    expect(buildFailures(vitest).map(describeFailure)).toEqual(['src/b.test.ts failed to load: Error: Failed to load url ./nope (resolved id: ./nope) in /w/src/b.test.ts. Does the file exist?']);
  });

  it('Maven and Gradle: the compilation that failed, with the first compiler error', () => {
    const maven = '[ERROR] COMPILATION ERROR : \n[ERROR] /w/src/test/java/AppTest.java:[7,9] cannot find symbol\n[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:testCompile (default-testCompile) on project demo: Compilation failure\n';
    expect(buildFailures(maven).map(describeFailure)).toEqual(['demo failed to compile: /w/src/test/java/AppTest.java:[7,9] cannot find symbol']);
    const gradle = '> Task :app:compileTestJava FAILED\n/w/app/src/test/java/AppTest.java:7: error: cannot find symbol\n';
    expect(buildFailures(gradle).map(describeFailure)).toEqual([':app:compileTestJava failed to compile: /w/app/src/test/java/AppTest.java:7: error: cannot find symbol']);
  });

  it('passing output names nothing', () => {
    expect(buildFailures('ok  \texample.com/m\t0.1s\n=== 3 passed in 0.1s ===\n')).toEqual([]);
  });
});

describe('firstErrorLine', () => {
  it('finds the line that says why among progress lines, skipping JSON events and stack frames', () => {
    const out = '> build\n> ncc build src/main.ts\n{"Action":"output"}\nnode:internal/modules/esm/resolve:838\nError [ERR_MODULE_NOT_FOUND]: Cannot find package \'@vercel/ncc\' imported from /w/x.js\n    at packageResolve (node:internal)\n';
    expect(firstErrorLine(out)).toBe("Error [ERR_MODULE_NOT_FOUND]: Cannot find package '@vercel/ncc' imported from /w/x.js");
    expect(firstErrorLine('all good\n')).toBeUndefined();
  });
});

describe('whyLines', () => {
  it('opens with what failed to build and the FAIL lines, not the JSON events', () => {
    const events = Array.from({ length: 200 }, (_, i) => `{"Action":"output","Package":"example.com/m/ok","Output":"line ${i}\\n"}`).join('\n');
    const out = `FAIL\texample.com/m/bad [build failed]\n${events}\n# example.com/m/bad [example.com/m/bad.test]\nbad/bad.go:3:37: undefined: max\n`;
    expect(whyLines(out)).toEqual(['example.com/m/bad failed to build: bad/bad.go:3:37: undefined: max', 'FAIL\texample.com/m/bad [build failed]']);
    expect(whyLines('all 3 passed\n')).toEqual([]);
  });
});
