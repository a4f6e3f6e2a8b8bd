// Cobertura XML (SPEC §3): count <line> under <class><lines>, unique per (filename, number) (the
// lines under <method> repeat them); branches from condition-coverage "50% (1/2)"; the header's
// totals are used only when the report has no <line> at all.
import { CoverageData, pairKey } from './coverage.js';
import type { StreamReader } from './types.js';
import { numberAttr, xmlStream } from './xml.js';

export function createCoberturaReader(): StreamReader<CoverageData> {
  const data = new CoverageData(new Set(['cobertura']));
  const path: string[] = [];
  let file = '';
  let sawLine = false;
  let header: Record<string, string> | undefined;

  return xmlStream<CoverageData>(
    'Cobertura',
    {
      open(name, attrs) {
        path.push(name);
        if (path.length === 1) header = attrs;
        if (name === 'class') file = attrs.filename ?? attrs.name ?? '';
        // Only <class><lines><line>: <class><methods><method><lines><line> repeats them.
        if (name !== 'line' || path[path.length - 2] !== 'lines' || path[path.length - 3] !== 'class') return;
        const number = numberAttr(attrs, 'number');
        if (number === undefined) return;
        sawLine = true;
        data.fileLines(file).add(number, numberAttr(attrs, 'hits') ?? 0);
        if (attrs.branch?.toLowerCase() === 'true' && attrs['condition-coverage']) {
          const m = /\((\d+)\/(\d+)\)/.exec(attrs['condition-coverage']);
          if (m) {
            const covered = Number(m[1]);
            const total = Number(m[2]);
            // One entry per condition of the line; a line reported twice keeps its best coverage.
            const tally = data.fileItems('branches', file);
            for (let i = 0; i < total; i++) tally.add(pairKey(number, i), i < covered ? 1 : 0);
          }
        }
      },
      close() {
        path.pop();
      },
    },
    () => {
      if (!sawLine && header) {
        const lv = numberAttr(header, 'lines-valid');
        const lc = numberAttr(header, 'lines-covered');
        if (lv !== undefined && lc !== undefined) data.addTotal('lines', lc, lv);
        const bv = numberAttr(header, 'branches-valid');
        const bc = numberAttr(header, 'branches-covered');
        if (bv !== undefined && bc !== undefined) data.addTotal('branches', bc, bv);
      }
      return data;
    },
  );
}
