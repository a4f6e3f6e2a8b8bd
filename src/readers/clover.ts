// Clover XML (SPEC §3): statements, conditionals (branches) and methods (functions) are sums of
// the file-level <metrics>; lines are the distinct <line num> of type stmt or cond per file,
// covered when their count is above 0.
import { CoverageData } from './coverage.js';
import type { StreamReader } from './types.js';
import { numberAttr, xmlStream } from './xml.js';

export function createCloverReader(): StreamReader<CoverageData> {
  const data = new CoverageData(new Set(['clover']));
  const path: string[] = [];
  let file = '';
  return xmlStream<CoverageData>(
    'Clover',
    {
      open(name, attrs) {
        path.push(name);
        const parent = path[path.length - 2];
        if (name === 'file') file = attrs.path ?? attrs.name ?? '';
        else if (name === 'metrics' && parent === 'file') {
          const pair = (covered: string, total: string) => [numberAttr(attrs, covered) ?? 0, numberAttr(attrs, total) ?? 0] as const;
          const [cs, s] = pair('coveredstatements', 'statements');
          const [cc, c] = pair('coveredconditionals', 'conditionals');
          const [cm, m] = pair('coveredmethods', 'methods');
          data.addTotal('statements', cs, s);
          data.addTotal('branches', cc, c);
          data.addTotal('functions', cm, m);
        } else if (name === 'line' && parent === 'file' && (attrs.type === 'stmt' || attrs.type === 'cond')) {
          const num = numberAttr(attrs, 'num');
          if (num === undefined) return;
          // Atlassian Clover writes cond lines with truecount/falsecount and no count.
          const count = numberAttr(attrs, 'count') ?? (numberAttr(attrs, 'truecount') ?? 0) + (numberAttr(attrs, 'falsecount') ?? 0);
          data.fileLines(file).add(num, count);
        }
      },
      close() {
        path.pop();
      },
    },
    () => data,
  );
}
