// One cause behind several failed checks is found from their reason lines and said once.
import { describe, expect, it } from 'vitest';
import { causeKey, sharedCauses } from '../../src/report/shared-causes.js';
import { checkResult } from '../fixtures.js';

const failed = (id: string, why: string[]) => checkResult(id, 'fail', 0, { evidence: { workingDirectory: '.', durationMs: 1, sources: [], why } });

describe('sharedCauses', () => {
  it("go build, vet and test stopped by one compile error are one cause; an unrelated failure is not grouped", () => {
    const checks = [
      failed('go-build', ['# example.com/m/bad', 'bad/bad.go:3:9: undefined: max']),
      failed('go-vet', ['# example.com/m/bad', 'vet: bad/bad.go:3:9: undefined: max']),
      failed('go-test', ['example.com/m/bad failed to build: bad/bad.go:3:9: undefined: max', 'bad/bad.go:3:9: undefined: max']),
      failed('lint', ['src/a.js:1:1: no-unused-vars']),
      checkResult('files', 'pass', 100),
    ];
    expect(sharedCauses(checks)).toEqual([{ cause: 'bad/bad.go:3:9: undefined: max', checks: ['go-build', 'go-vet', 'go-test'] }]);
  });

  it('compares reason lines without the tool prefix and the column', () => {
    expect(causeKey('vet: bad/bad.go:3:9: undefined: max')).toBe(causeKey('bad/bad.go:3:1: undefined: max'));
    expect(causeKey('error: could not compile `x`')).toBe('could not compile `x`');
  });
});

describe('sharedCauses from output', () => {
  it("go vet's own wording and a cause only in the output tail join the compiler's", () => {
    const vet = checkResult('go-vet', 'fail', 0, { evidence: { workingDirectory: '.', durationMs: 1, sources: [], outputTail: '# example.com/m/bad\nvet: bad/bad.go:3:23: undeclared name: max\n' } });
    const build = failed('go-build', ['bad/bad.go:3:23: undefined: max']);
    expect(sharedCauses([build, vet])).toEqual([{ cause: 'bad/bad.go:3:23: undefined: max', checks: ['go-build', 'go-vet'] }]);
  });
});
