// JaCoCo XML (SPEC §3): the report-level <counter> elements (direct children of <report>):
// LINE → lines, BRANCH → branches, METHOD → functions, INSTRUCTION → instructions.
import { CoverageData, type CoverageMetric } from './coverage.js';
import type { StreamReader } from './types.js';
import { numberAttr, xmlStream } from './xml.js';

const COUNTERS: Record<string, CoverageMetric> = { LINE: 'lines', BRANCH: 'branches', METHOD: 'functions', INSTRUCTION: 'instructions' };

export function createJacocoReader(): StreamReader<CoverageData> {
  const data = new CoverageData(new Set(['jacoco']));
  let depth = 0;
  return xmlStream<CoverageData>(
    'JaCoCo',
    {
      open(name, attrs) {
        depth++;
        if (depth !== 2 || name !== 'counter') return;
        const metric = COUNTERS[attrs.type ?? ''];
        if (!metric) return;
        const missed = numberAttr(attrs, 'missed') ?? 0;
        const covered = numberAttr(attrs, 'covered') ?? 0;
        data.addTotal(metric, covered, covered + missed);
      },
      close() {
        depth--;
      },
    },
    () => data,
  );
}
