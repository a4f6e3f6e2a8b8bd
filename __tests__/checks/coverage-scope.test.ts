// A coverage check reads coverage.py's warnings in the output of the run that wrote its report (a
// check it runs after or needs) and in its own: a scope not measured is an error, never a pass.
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { tempDir, writeFiles } from '../helpers.js';

async function run(config: string) {
  const ws = tempDir();
  writeFiles(ws, { '.github/readiness.yml': config });
  const report = await runEngine({ workspace: ws, killGraceMs: 300 });
  if (report.config.errors.length) throw new Error(report.config.errors.join('\n'));
  return (id: string) => report.checks.find((c) => c.id === id)!;
}

const LCOV = String.raw`printf 'TN:\nSF:calc.py\nDA:1,1\nDA:2,0\nend_of_record\n' > "$READINESS_TEMP/lcov.info"`;
const WARN = String.raw`echo "/x/inorout.py:519: CoverageWarning: Module ghost was never imported. (module-not-imported)" >&2`;

describe('coverage scope warnings', () => {
  it("the earlier run's warning makes the coverage check an error quoting it, with the numbers kept", async () => {
    const check = await run(`checks:
  - id: tests
    run: |
      ${LCOV}
      ${WARN}
  - { id: cov, after: [tests], coverage: { reports: $READINESS_TEMP/lcov.info, target: 50 } }
  - id: quiet
    run: |
      ${LCOV.replace('lcov.info', 'quiet.info')}
  - { id: cov-quiet, after: [quiet], coverage: { reports: $READINESS_TEMP/quiet.info, target: 50 } }
`);
    expect(check('cov')).toMatchObject({
      status: 'error',
      score: 0,
      summary: 'coverage.py did not measure its scope: Module ghost was never imported (module-not-imported) · lines 50% (1/2), target 50% · lcov',
      metrics: { lines: { covered: 1, total: 2 } },
    });
    expect(check('cov-quiet')).toMatchObject({ status: 'pass', summary: 'lines 50% (1/2), target 50% · lcov' });
  });

  it('with no report at all, the error says what coverage.py said first', async () => {
    const check = await run(`checks:
  - { id: cov, run: 'echo "Coverage.py warning: No data was collected. (no-data-collected)"', coverage: { reports: $READINESS_TEMP/none.xml } }
`);
    expect(check('cov')).toMatchObject({ status: 'error', summary: expect.stringMatching(/^coverage\.py did not measure its scope: No data was collected \(no-data-collected\) · .*none\.xml/) });
  });
});
