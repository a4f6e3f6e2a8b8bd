// go test prints `util_test.go:12` for a failure in package <module>/cmp/cmpopts: the tests check
// makes it the workspace path through go.mod, only when that file exists.
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { tempDir, writeFiles } from '../helpers.js';

const event = (o: Record<string, unknown>) => JSON.stringify({ Time: '2026-01-01T00:00:00Z', ...o });
const events = [
  event({ Action: 'run', Package: 'example.com/m/cmp/cmpopts', Test: 'TestA' }),
  event({ Action: 'output', Package: 'example.com/m/cmp/cmpopts', Test: 'TestA', Output: '    util_test.go:12: want 1, got 2\n' }),
  event({ Action: 'fail', Package: 'example.com/m/cmp/cmpopts', Test: 'TestA' }),
  event({ Action: 'run', Package: 'example.com/m/gone', Test: 'TestB' }),
  event({ Action: 'output', Package: 'example.com/m/gone', Test: 'TestB', Output: '    gone_test.go:3: bad\n' }),
  event({ Action: 'fail', Package: 'example.com/m/gone', Test: 'TestB' }),
  event({ Action: 'run', Package: 'other.org/x', Test: 'TestC' }),
  event({ Action: 'output', Package: 'other.org/x', Test: 'TestC', Output: '    x_test.go:5: bad\n' }),
  event({ Action: 'fail', Package: 'other.org/x', Test: 'TestC' }),
].join('\n');

describe('Go failure locations', () => {
  it('resolves package-relative files through go.mod when the file exists, and leaves the rest as printed', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'go/go.mod': 'module example.com/m // the module\n\ngo 1.19\n',
      'go/cmp/cmpopts/util_test.go': 'package cmpopts\n',
      'go/events.json': `${events}\n`,
      '.github/readiness.yml': `checks:
  - id: go-test
    category: tests
    working-directory: go
    run: cat events.json
    tests: { format: go-test-json }
`,
    });
    const report = await runEngine({ workspace: ws, only: ['go-test'], env: { PATH: process.env.PATH ?? '' } });
    const c = report.checks[0]!;
    expect(c.findings.map((f) => [f.file, f.line])).toEqual([
      ['go/cmp/cmpopts/util_test.go', 12],
      ['go/gone_test.go', 3],
      ['go/x_test.go', 5],
    ]);
    expect(c.tests!.failing.map((t) => t.file)).toEqual(['go/cmp/cmpopts/util_test.go', 'go/gone_test.go', 'go/x_test.go']);
  });
});
