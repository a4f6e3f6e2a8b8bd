import { describe, expect, it } from 'vitest';
import { coefficientOfVariation, compareSamples, DEFAULT_VERDICT_OPTIONS, mannWhitneyU, median, normalSf, relativeChange, runSpreadTest, studentTSf, welchT } from '../../src/scoring/benchmark-stats.js';

// Reference values from scipy 1.10.1 (Debian python3-scipy), e.g.
//   stats.mannwhitneyu(x, y, alternative='two-sided', method='exact' | 'asymptotic')
//   stats.ttest_ind(x, y, equal_var=False)
// C was drawn with numpy.random.default_rng(7): normal(10, 1, 20) and normal(10.6, 1.5, 25), rounded to 4 places.
const A = [[1.02, 0.98, 1.05, 1.01, 0.99, 1.03], [1.1, 1.12, 1.08, 1.15, 1.11, 1.09]] as const;
const B = [[1, 2, 2, 3, 3, 3, 4, 5, 5, 6], [2, 3, 4, 4, 5, 6, 6, 7, 8, 8, 9]] as const;
const C = [
  [10.0012, 10.2987, 9.7259, 9.1094, 9.5453, 9.0084, 10.0601, 11.3402, 9.5078, 9.3795, 10.4898, 10.3569, 10.1054, 9.0695, 9.9707, 10.6953, 8.6558, 9.5424, 8.0988, 8.7105],
  [7.8374, 10.2474, 8.6988, 11.0069, 10.8351, 10.3196, 6.8249, 9.792, 10.5272, 10.77, 8.3048, 9.8834, 9.1322, 9.3867, 12.1913, 9.3887, 10.5512, 11.9266, 9.7246, 10.4324, 10.7657, 10.6957, 8.7624, 10.7142, 12.6382],
] as const;
const D = [[5.1, 4.9, 5.3, 5.0, 5.2], [5.0, 5.4, 5.1, 5.3, 4.8, 5.2, 5.5]] as const;

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(1e-6);

describe('benchmark statistics against scipy', () => {
  it('Mann-Whitney U, exact (no ties) and asymptotic (tie-corrected)', () => {
    const cases: [readonly (readonly number[])[], number, number | undefined, number][] = [
      // [samples, U of x, exact p (no ties only), asymptotic p]
      [A, 0, 0.0021645021645021645, 0.005074868097940253],
      [B, 23.5, undefined, 0.027640884214298913],
      [C, 184, 0.13566912409579335, 0.1346209720103587],
      [D, 13, undefined, 0.5129899106370105],
    ];
    for (const [[x, y], u, exact, asymptotic] of cases) {
      const a = mannWhitneyU(x!, y!, 'asymptotic');
      expect(a.statistic).toBe(u);
      close(a.pValue, asymptotic);
      if (exact !== undefined) close(mannWhitneyU(x!, y!, 'exact').pValue, exact);
    }
    // scipy's 'auto': exact for A (6 and 6, no ties), asymptotic for the tied D.
    close(mannWhitneyU(A[0], A[1]).pValue, 0.0021645021645021645);
    close(mannWhitneyU(D[0], D[1]).pValue, 0.5129899106370105);
    expect(() => mannWhitneyU(B[0], B[1], 'exact')).toThrow('without ties');
  });

  it("Welch's t", () => {
    const cases: [readonly (readonly number[])[], number, number][] = [
      [A, -6.495752858199364, 6.98120763295318e-5],
      [B, -2.6570840043163835, 0.016086050048272443],
      [C, -1.1625098654099035, 0.2519592468278154],
      [D, -0.7432561251137979, 0.47446661301404414],
    ];
    for (const [[x, y], t, p] of cases) {
      const r = welchT(x!, y!);
      close(r.statistic, t);
      close(r.pValue, p);
    }
  });

  it('the distributions under them', () => {
    // stats.t.sf(2.1, 3.7), stats.t.sf(0.3, 50.2), stats.norm.sf(3.3), stats.norm.sf(0.1)
    close(studentTSf(2.1, 3.7), 0.05463235254111237);
    close(studentTSf(0.3, 50.2), 0.382707969502792);
    close(normalSf(3.3), 0.00048342414238377744);
    close(normalSf(0.1), 0.460172162722971);
    close(studentTSf(-2.1, 3.7), 1 - 0.05463235254111237);
  });

  it('the run-spread test: a t prediction test of this run’s median among the baseline runs’ medians, on logs', () => {
    // scipy: stats.ttest_ind(np.log(runs), [np.log(m)]) (its t has the other sign: runs minus this run);
    // with a value that is not positive, on the values themselves.
    const cases: [number[], number, number, number][] = [
      [[1.0, 1.03, 0.97, 1.05, 0.99], 1.21, 5.286509696225722, 0.00614298611544239],
      [[10.2, 13.5, 8.1, 15.9, 9.4, 11.7, 7.2, 12.8], 14.1, 0.9494569099903246, 0.37400798136634356],
      [[0, 0, 1, 0], 2, 3.1304951684997055, 0.0520455487437588],
    ];
    for (const [runs, m, t, p] of cases) {
      const r = runSpreadTest(runs, m);
      close(r.statistic, t);
      close(r.pValue, p);
      expect(r.df).toBe(runs.length - 1);
    }
    expect(runSpreadTest([2, 2, 2], 2).pValue).toBe(1);
    expect(runSpreadTest([2, 2, 2], 3).pValue).toBe(0);
    expect(() => runSpreadTest([1], 1)).toThrow('at least two runs');
  });

  it('all values equal is no evidence of a difference', () => {
    expect(mannWhitneyU([1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1, 1, 1]).pValue).toBe(1);
    expect(welchT([2, 2, 2], [2, 2, 2]).pValue).toBe(1);
  });
});

describe('relative change and verdict', () => {
  const base = [100, 101, 99, 102, 98, 100, 101, 99, 100, 100];
  const slower = base.map((x) => x * 1.2);
  const o = { ...DEFAULT_VERDICT_OPTIONS, lowerIsBetter: true };

  it('gives the same interval for the same samples', () => {
    const a = relativeChange(base, slower);
    expect(a).toEqual(relativeChange(base, slower));
    expect(a.change).toBeCloseTo(0.2, 10);
    expect(a.low).toBeLessThanOrEqual(0.2);
    expect(a.high).toBeGreaterThanOrEqual(0.2);
    expect(median(slower)).toBe(120);
    expect(coefficientOfVariation([1, 1, 1])).toBe(0);
  });

  it('20% slower is a regression; 20% faster an improvement; higher-is-better flips them', () => {
    expect(compareSamples(base, slower, o).verdict).toBe('regressed');
    expect(compareSamples(slower, base, o).verdict).toBe('improved');
    expect(compareSamples(base, slower, { ...o, lowerIsBetter: false }).verdict).toBe('improved');
    expect(compareSamples(base, slower, { ...o, test: 'welch' }).verdict).toBe('regressed');
  });

  it('noise alone is unchanged; a significant change within the noise inconclusive; few samples inconclusive', () => {
    expect(compareSamples(base, [100, 99, 101, 100, 102, 98, 100, 101, 99, 100], o)).toMatchObject({ verdict: 'unchanged' });
    const tiny = base.map((x) => x * 1.02 + 0.5);
    expect(compareSamples(base, tiny, o)).toMatchObject({ verdict: 'inconclusive', reason: expect.stringContaining('reaches into the 5.0% noise') });
    expect(compareSamples(base, slower.slice(0, 4), o)).toMatchObject({ verdict: 'inconclusive', reason: 'too few samples (baseline 10, this run 4; min-samples 5)' });
  });

  it('with 3 or more baseline runs a change must also clear the spread between their medians', () => {
    // Each run's samples agree closely, the runs do not: a slower run is what the runner does.
    const noisyRuns = [1, 0.8, 1.25, 0.9, 1.15];
    expect(compareSamples(base, slower, o, noisyRuns.map((f) => 100 * f))).toMatchObject({
      verdict: 'inconclusive',
      reason: expect.stringMatching(/^p = .* < 0\.01, whole interval worse than the 5\.0% noise, but within the spread between runs \(p = 0\.\d{4} against the medians of 5 baseline runs ≥ 0\.01\)$/),
      runPValue: expect.any(Number),
    });
    // Runs that agree: the same 20% is beyond their spread.
    const steady = compareSamples(base, slower, o, [100, 101, 99.5, 100.4, 99.8]);
    expect(steady).toMatchObject({ verdict: 'regressed', reason: expect.stringContaining('and beyond the spread between runs (p = ') });
    expect(steady.runPValue!).toBeLessThan(0.01);
    expect(compareSamples(slower, base, o, [120, 121, 119, 120.5, 119.5]).verdict).toBe('improved');
    // Two runs are too few to judge a spread: the samples decide, as with one.
    expect(compareSamples(base, slower, o, [80, 125]).verdict).toBe('regressed');
  });
});
