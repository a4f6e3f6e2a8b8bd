// JaCoCo XML (SPEC §3): the report-level <counter> elements (direct children of <report>):
// LINE → lines, BRANCH → branches, METHOD → functions, INSTRUCTION → instructions. The
// <package><sourcefile><line nr mi ci> elements give per-line data for patch coverage only: a
// line is executable when it has instructions, covered when one of them ran.
import { CoverageData, type CoverageMetric } from './coverage.js';
import type { StreamReader } from './types.js';
import { numberAttr, xmlStream } from './xml.js';

const COUNTERS: Record<string, CoverageMetric> = { LINE: 'lines', BRANCH: 'branches', METHOD: 'functions', INSTRUCTION: 'instructions' };

export function createJacocoReader(): StreamReader<CoverageData> {
  const data = new CoverageData(new Set(['jacoco']));
  let depth = 0;
  let pkg = '';
  let source: string | undefined;
  return xmlStream<CoverageData>(
    'JaCoCo',
    {
      open(name, attrs) {
        depth++;
        if (depth === 2 && name === 'package') pkg = attrs.name ?? '';
        else if (depth === 3 && name === 'sourcefile') source = attrs.name ? (pkg ? `${pkg}/${attrs.name}` : attrs.name) : undefined;
        else if (depth === 4 && name === 'line' && source !== undefined) {
          const nr = numberAttr(attrs, 'nr');
          const mi = numberAttr(attrs, 'mi') ?? 0;
          const ci = numberAttr(attrs, 'ci') ?? 0;
          if (nr !== undefined && mi + ci > 0) data.detailLines(source).add(nr, ci);
        }
        if (depth !== 2 || name !== 'counter') return;
        const metric = COUNTERS[attrs.type ?? ''];
        if (!metric) return;
        const missed = numberAttr(attrs, 'missed') ?? 0;
        const covered = numberAttr(attrs, 'covered') ?? 0;
        data.addTotal(metric, covered, covered + missed);
      },
      close(name) {
        if (depth === 3 && name === 'sourcefile') source = undefined;
        depth--;
      },
    },
    () => data,
  );
}
