import { describe, expect, it } from 'vitest';
import { coverageScopeWarnings } from '../../src/readers/coverage-warnings.js';

describe("coverage.py's scope warnings", () => {
  it("reads pytest-cov's and coverage run's forms, each once, and leaves other warnings out", () => {
    const pytestCov = [
      'tests/test_calc.py .                                                     [100%]/usr/lib/python3/dist-packages/coverage/inorout.py:519: CoverageWarning: Module ghost was never imported. (module-not-imported)',
      '  self.warn(f"Module {pkg} was never imported.", slug="module-not-imported")',
      '/usr/lib/python3/dist-packages/coverage/control.py:801: CoverageWarning: No data was collected. (no-data-collected)',
      '/x/inorout.py:519: CoverageWarning: Module ghost was never imported. (module-not-imported)',
      '/x/control.py:883: CoverageWarning: Couldn\'t parse Python file \'/w/bad.py\' (couldnt-parse)',
    ].join('\n');
    expect(coverageScopeWarnings(pytestCov)).toEqual(['Module ghost was never imported (module-not-imported)', 'No data was collected (no-data-collected)']);
    const run = 'Coverage.py warning: [4242] Module calc was previously imported, but not measured (module-not-measured)\n';
    expect(coverageScopeWarnings(run)).toEqual(['Module calc was previously imported, but not measured (module-not-measured)']);
    expect(coverageScopeWarnings('TOTAL   13   6   54%\n')).toEqual([]);
  });
});
