import { describe, expect, it } from 'vitest';
import { createCloverReader } from '../../src/readers/clover.js';
import { createCoberturaReader } from '../../src/readers/cobertura.js';
import { createJacocoReader } from '../../src/readers/jacoco.js';
import { readAll } from '../../src/readers/types.js';

describe('Cobertura reader', () => {
  const read = (xml: string) => readAll(createCoberturaReader(), xml).metrics();

  it('counts <class><lines><line> once per (filename, number), not the method-level repeats', () => {
    const m = read(`<coverage lines-valid="999" lines-covered="1">
      <packages><package><classes>
        <class filename="a.py"><methods><method><lines><line number="1" hits="1"/><line number="2" hits="0"/></lines></method></methods>
          <lines><line number="1" hits="1"/><line number="2" hits="0"/><line number="3" hits="2"/></lines></class>
        <class filename="a.py" name="Inner"><lines><line number="2" hits="4"/></lines></class>
        <class filename="b.py"><lines><line number="1" hits="0" branch="true" condition-coverage="50% (1/2)"/></lines></class>
      </classes></package></packages></coverage>`);
    // a.py lines 1, 2 (covered by Inner), 3 → 3/3; b.py line 1 → 0/1. Header totals ignored.
    expect(m.lines).toMatchObject({ covered: 3, total: 4 });
    expect(m.branches).toMatchObject({ covered: 1, total: 2 });
  });

  it('falls back to the header totals only when there is no <line>', () => {
    const m = read('<coverage lines-valid="10" lines-covered="7" branches-valid="4" branches-covered="1"><packages/></coverage>');
    expect(m.lines).toMatchObject({ covered: 7, total: 10 });
    expect(m.branches).toMatchObject({ covered: 1, total: 4 });
  });

  it('reads coverlet\'s branch="True"', () => {
    const m = read('<coverage><packages><package><classes><class filename="x.cs"><lines><line number="1" hits="1" branch="True" condition-coverage="25% (1/4)"/></lines></class></classes></package></packages></coverage>');
    expect(m.branches).toMatchObject({ covered: 1, total: 4 });
  });
});

describe('JaCoCo reader', () => {
  it('uses the report-level counters only', () => {
    const m = readAll(
      createJacocoReader(),
      `<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="r">
        <package name="p"><counter type="LINE" missed="100" covered="100"/></package>
        <counter type="INSTRUCTION" missed="10" covered="90"/><counter type="BRANCH" missed="1" covered="3"/>
        <counter type="LINE" missed="2" covered="8"/><counter type="METHOD" missed="0" covered="5"/><counter type="CLASS" missed="0" covered="1"/>
      </report>`,
    ).metrics();
    expect(m).toEqual({
      instructions: { covered: 90, total: 100, pct: 90 },
      branches: { covered: 3, total: 4, pct: 75 },
      lines: { covered: 8, total: 10, pct: 80 },
      functions: { covered: 5, total: 5, pct: 100 },
    });
  });
});

describe('Clover reader', () => {
  it('sums file-level metrics and counts distinct stmt/cond lines per file', () => {
    const m = readAll(
      createCloverReader(),
      `<coverage clover="4"><project><metrics statements="1000" coveredstatements="1000"/>
        <package><metrics statements="1000" coveredstatements="1000"/>
          <file path="a.js"><metrics statements="3" coveredstatements="2" conditionals="2" coveredconditionals="1" methods="1" coveredmethods="1"/>
            <line num="1" type="method" count="1"/><line num="2" type="stmt" count="1"/><line num="2" type="cond" truecount="1" falsecount="0"/>
            <line num="3" type="stmt" count="0"/><line num="4" type="cond" truecount="0" falsecount="0"/></file>
        </package>
        <file path="b.js"><metrics statements="1" coveredstatements="0"/><line num="1" type="stmt" count="0"/></file>
      </project></coverage>`,
    ).metrics();
    // Project and package metrics are ignored; lines: a.js 2, 3, 4 (1 covered), b.js 1 → 1/4.
    expect(m.statements).toMatchObject({ covered: 2, total: 4 });
    expect(m.branches).toMatchObject({ covered: 1, total: 2 });
    expect(m.functions).toMatchObject({ covered: 1, total: 1 });
    expect(m.lines).toMatchObject({ covered: 1, total: 4 });
  });
});

describe('reported totals that contradict themselves', () => {
  it('clamp covered to total (a Clover file without "statements" but with covered ones)', () => {
    const m = readAll(createCloverReader(), '<coverage clover="4"><project><file path="a.js"><metrics coveredstatements="3"/></file></project></coverage>').metrics();
    expect(m.statements).toEqual({ covered: 0, total: 0, pct: null });
  });
});
