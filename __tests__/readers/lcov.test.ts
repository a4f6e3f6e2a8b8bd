import { describe, expect, it } from 'vitest';
import { createLcovReader } from '../../src/readers/lcov.js';
import { readAll } from '../../src/readers/types.js';

const metrics = (text: string) => readAll(createLcovReader(), text).metrics();

describe('LCOV reader', () => {
  it('merges records of the same file, summing hits per line and counting distinct lines', () => {
    // a.c: line 1 hit in the second record only, line 2 never, line 3 in both → 2 of 3 lines.
    const m = metrics(`TN:
SF:a.c
DA:1,0
DA:2,0
DA:3,1
LF:3
LH:1
end_of_record
SF:a.c
DA:1,2
DA:3,0
LF:2
LH:1
end_of_record
`);
    expect(m.lines).toEqual({ covered: 2, total: 3, pct: (2 / 3) * 100 });
  });

  it('ignores LF/LH/BRF/BRH when DA/BRDA exist and uses them only for files without', () => {
    const m = metrics(`SF:a.c
DA:1,1
DA:2,0
LF:99
LH:98
BRF:50
BRH:50
BRDA:1,0,0,1
BRDA:1,0,1,-
end_of_record
SF:b.c
LF:10
LH:4
end_of_record
`);
    // lines: a.c 1/2 from DA, b.c 4/10 from LF/LH → 5/12; branches from BRDA only: 1/2.
    expect(m.lines).toMatchObject({ covered: 5, total: 12 });
    expect(m.branches).toMatchObject({ covered: 1, total: 2 });
  });

  it('reads "-" as a branch not taken, a DA checksum, functions from FN/FNDA, and CRLF', () => {
    const m = metrics('SF:x.js\r\nFN:1,f\r\nFN:5,g\r\nFNDA:3,f\r\nFNDA:0,g\r\nDA:1,3,abc123\r\nDA:5,0,def456\r\nBRDA:2,0,0,-\r\nBRDA:2,0,1,4\r\nBRDA:2,0,1,1\r\nend_of_record\r\n');
    expect(m.lines).toMatchObject({ covered: 1, total: 2 });
    expect(m.functions).toMatchObject({ covered: 1, total: 2 });
    expect(m.branches).toMatchObject({ covered: 1, total: 2 });
  });

  it('says where a malformed line is', () => {
    expect(() => metrics('SF:a\nDA:1,1\nDA:x,y\n')).toThrow('malformed LCOV: DA expects <line>,<hits> at line 3');
    expect(() => metrics('DA:1,1\n')).toThrow('malformed LCOV: DA before any SF: record at line 1');
    expect(() => metrics('TN:\n')).toThrow('not an LCOV report: no SF: record');
  });

  it('gives the same result in chunks split anywhere', () => {
    const text = 'SF:a\nDA:1,1\nDA:2,0\nend_of_record\nSF:b\nDA:10,5\nend_of_record\n';
    const reader = createLcovReader();
    for (let i = 0; i < text.length; i += 3) reader.write(text.slice(i, i + 3));
    expect(reader.end().metrics()).toEqual(metrics(text));
  });
});
