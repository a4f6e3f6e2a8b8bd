// The statistics a benchmark verdict rests on, pure arithmetic: Mann-Whitney U and Welch's t
// p-values (two-sided, as scipy.stats computes them), a bootstrap confidence interval of the
// relative change of the median with a seeded generator (the same samples always give the same
// interval), and the verdict rule of docs/benchmarks.md.

export type BenchmarkTest = 'u' | 'welch';
export type BenchmarkVerdict = 'regressed' | 'improved' | 'unchanged' | 'inconclusive';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Sample variance (n − 1). */
export function variance(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
}

/** Coefficient of variation: standard deviation over mean (0 when the mean is 0). */
export function coefficientOfVariation(xs: readonly number[]): number {
  const m = mean(xs);
  return m === 0 ? 0 : Math.sqrt(variance(xs)) / Math.abs(m);
}

// ---- special functions -------------------------------------------------------------------

const LANCZOS = [0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.61503916999186, 12.507343278686905, -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; about 15 digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-15;
const TINY = 1e-300;

/** Regularized upper incomplete gamma Q(a, x). */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const lead = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    // Series for P, then Q = 1 − P.
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 10000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return 1 - sum * Math.exp(lead);
  }
  // Continued fraction (modified Lentz).
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(lead) * h;
}

/** P(Z > z) for a standard normal Z: erfc(z/√2)/2 through the incomplete gamma function. */
export function normalSf(z: number): number {
  if (z < 0) return 1 - normalSf(-z);
  return 0.5 * gammaQ(0.5, (z * z) / 2);
}

function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 10000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The continued fraction converges fast on the side of the mean; use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T > t) for Student's t with df degrees of freedom (df need not be whole). */
export function studentTSf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}

// ---- tests -------------------------------------------------------------------------------

export interface TestResult {
  statistic: number;
  pValue: number;
}

/** Average ranks of the pooled samples (ties share their mean rank) and Σ(t³ − t) over tie groups. */
function ranks(pooled: readonly number[]): { ranks: number[]; tieTerm: number } {
  const order = pooled.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(pooled.length);
  let tieTerm = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]![1]] = rank;
    const t = j - i + 1;
    tieTerm += t ** 3 - t;
    i = j + 1;
  }
  return { ranks: out, tieTerm };
}

/** Largest sample for which `auto` counts the exact distribution (benchstat's MannWhitneyExactLimit). */
export const EXACT_SAMPLES = 50;

/** P(U ≥ u) without ties, by counting the arrangements (the frequencies of U for n1, n2). */
function exactUSf(u: number, n1: number, n2: number): number {
  // f[k]: arrangements of i x's and j y's with U = k, built up column by column.
  const max = n1 * n2;
  let prev: number[][] = [];
  for (let i = 0; i <= n1; i++) {
    const row: number[][] = [];
    for (let j = 0; j <= n2; j++) {
      if (i === 0 || j === 0) {
        const f = new Array<number>(i * j + 1).fill(0);
        f[0] = 1;
        row.push(f);
        continue;
      }
      // The largest value is an x (it beats all j y's: U grows by j) or a y.
      const a = prev[j]!;
      const b = row[j - 1]!;
      const f = new Array<number>(i * j + 1).fill(0);
      for (let k = 0; k < a.length; k++) f[k + j]! += a[k]!;
      for (let k = 0; k < b.length; k++) f[k]! += b[k]!;
      row.push(f);
    }
    prev = row;
  }
  const freq = prev[n2]!;
  let total = 0;
  let tail = 0;
  for (let k = 0; k <= max; k++) {
    total += freq[k]!;
    if (k >= u) tail += freq[k]!;
  }
  return tail / total;
}

/**
 * Mann-Whitney U, two-sided, as scipy.stats.mannwhitneyu(x, y, alternative='two-sided'): the
 * statistic is U of x; `exact` counts the arrangements (no ties only), `asymptotic` is the normal
 * approximation with continuity and tie correction. `auto` is exact when nothing is tied and
 * neither sample has more than 50 values, as benchstat chooses (scipy's own `auto` counts only
 * up to 8); with ties it is the normal approximation, as scipy's (benchstat counts a tie-aware
 * distribution up to 25 values, so its p differs there).
 */
export function mannWhitneyU(x: readonly number[], y: readonly number[], method: 'auto' | 'exact' | 'asymptotic' = 'auto'): TestResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new Error('mannWhitneyU needs two non-empty samples');
  const { ranks: r, tieTerm } = ranks([...x, ...y]);
  const r1 = r.slice(0, n1).reduce((a, b) => a + b, 0);
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const u = Math.max(u1, u2);
  // Counting costs about (n1·n2)²/4 steps, at most 50·50 pairs here; a pooled baseline of
  // hundreds of samples takes the normal approximation.
  const useExact = method === 'exact' || (method === 'auto' && tieTerm === 0 && Math.max(n1, n2) <= EXACT_SAMPLES);
  if (useExact) {
    if (tieTerm !== 0) throw new Error('the exact Mann-Whitney test needs samples without ties');
    return { statistic: u1, pValue: Math.min(1, 2 * exactUSf(u, n1, n2)) };
  }
  const n = n1 + n2;
  const mu = (n1 * n2) / 2;
  const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  // Everything tied: no evidence of a difference.
  if (!(s > 0)) return { statistic: u1, pValue: 1 };
  const z = (u - mu - 0.5) / s;
  return { statistic: u1, pValue: Math.min(1, 2 * normalSf(z)) };
}

/** Welch's t-test, two-sided, as scipy.stats.ttest_ind(x, y, equal_var=False). */
export function welchT(x: readonly number[], y: readonly number[]): TestResult & { df: number } {
  if (x.length < 2 || y.length < 2) throw new Error("Welch's t-test needs at least two values per sample");
  const v1 = variance(x) / x.length;
  const v2 = variance(y) / y.length;
  const diff = mean(x) - mean(y);
  const se = Math.sqrt(v1 + v2);
  if (se === 0) return { statistic: diff === 0 ? 0 : Math.sign(diff) * Infinity, pValue: diff === 0 ? 1 : 0, df: x.length + y.length - 2 };
  const t = diff / se;
  const df = (v1 + v2) ** 2 / (v1 ** 2 / (x.length - 1) + v2 ** 2 / (y.length - 1));
  return { statistic: t, pValue: Math.min(1, 2 * studentTSf(Math.abs(t), df)), df };
}

/** Baseline runs needed before the spread between runs is judged: a variance needs several. */
export const MIN_RUNS_FOR_SPREAD = 3;

/**
 * Is this run's median one more of the baseline runs' medians? A two-sided t prediction test on
 * the medians' logarithms (their values when one is not positive), k − 1 degrees of freedom:
 * t = (m − mean) / (s·√(1 + 1/k)), which is scipy.stats.ttest_ind(medians, [m]) (equal variances).
 * The samples of one run share its machine's state (a neighbour's load, the clock speed), so a
 * difference between runs that is no larger than the runs' own spread is not the code's.
 */
export function runSpreadTest(runMedians: readonly number[], head: number): TestResult & { df: number } {
  const k = runMedians.length;
  if (k < 2) throw new Error('the spread between runs needs at least two runs');
  const positive = head > 0 && runMedians.every((m) => m > 0);
  const xs = positive ? runMedians.map(Math.log) : [...runMedians];
  const h = positive ? Math.log(head) : head;
  const diff = h - mean(xs);
  const se = Math.sqrt(variance(xs) * (1 + 1 / k));
  if (se === 0) return { statistic: diff === 0 ? 0 : Math.sign(diff) * Infinity, pValue: diff === 0 ? 1 : 0, df: k - 1 };
  const t = diff / se;
  return { statistic: t, pValue: Math.min(1, 2 * studentTSf(Math.abs(t), k - 1)), df: k - 1 };
}

// ---- change and verdict ------------------------------------------------------------------

/** mulberry32: a small seeded generator, so an interval never changes between runs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function resampleMedian(xs: readonly number[], random: () => number, buf: Float64Array): number {
  for (let i = 0; i < xs.length; i++) buf[i] = xs[Math.floor(random() * xs.length)]!;
  buf.sort();
  const m = xs.length >> 1;
  return xs.length % 2 ? buf[m]! : (buf[m - 1]! + buf[m]!) / 2;
}

export interface RelativeChange {
  /** median(head) / median(baseline) − 1. */
  change: number;
  /** Percentile bootstrap interval of the change. */
  low: number;
  high: number;
  confidence: number;
}

/** The relative change of the median with a percentile bootstrap interval (seeded, deterministic). */
export function relativeChange(baseline: readonly number[], head: readonly number[], confidence = 0.95, resamples = 2000, seed = 0x5eed): RelativeChange {
  const b0 = median(baseline);
  const change = b0 === 0 ? (median(head) === 0 ? 0 : Infinity) : median(head) / b0 - 1;
  const random = seededRandom(seed);
  // Typed arrays sort numerically and fast: a pooled baseline can hold thousands of samples.
  const bb = new Float64Array(baseline.length);
  const hb = new Float64Array(head.length);
  const changes: number[] = [];
  for (let i = 0; i < resamples; i++) {
    const mb = resampleMedian(baseline, random, bb);
    const mh = resampleMedian(head, random, hb);
    changes.push(mb === 0 ? (mh === 0 ? 0 : Infinity) : mh / mb - 1);
  }
  changes.sort((a, b) => a - b);
  const alpha = (1 - confidence) / 2;
  const at = (q: number) => changes[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))]!;
  return { change, low: at(alpha), high: at(1 - alpha), confidence };
}

export interface VerdictOptions {
  test: BenchmarkTest;
  /** p below which a difference is significant (default 0.01). */
  significance: number;
  /** Relative change the whole interval must pass to count (default 0.05). */
  noise: number;
  /** Fewer samples than this on either side: inconclusive (default 5). */
  minSamples: number;
  lowerIsBetter: boolean;
}

export const DEFAULT_VERDICT_OPTIONS: Omit<VerdictOptions, 'lowerIsBetter'> = { test: 'u', significance: 0.01, noise: 0.05, minSamples: 5 };

export interface Comparison {
  verdict: BenchmarkVerdict;
  /** Why, in words, e.g. "p = 0.0003 < 0.01, whole interval above +5%". */
  reason: string;
  pValue?: number;
  /** The run-spread test's p (runSpreadTest), when the baseline had enough runs to judge it. */
  runPValue?: number;
  change?: RelativeChange;
}

const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
const pText = (p: number) => (p < 0.0001 ? p.toExponential(1) : p.toFixed(4));

/**
 * regressed: significant and the whole interval of the change beyond the noise on the worse side,
 * and, when the baseline pools at least MIN_RUNS_FOR_SPREAD runs (their medians in `runMedians`),
 * beyond the spread between those runs too; improved: the same on the better side; unchanged: not
 * significant; inconclusive: too few samples, or significant but within the noise or the spread.
 */
export function compareSamples(baseline: readonly number[], head: readonly number[], o: VerdictOptions, runMedians: readonly number[] = []): Comparison {
  if (baseline.length < o.minSamples || head.length < o.minSamples) {
    return { verdict: 'inconclusive', reason: `too few samples (baseline ${baseline.length}, this run ${head.length}; min-samples ${o.minSamples})` };
  }
  const change = relativeChange(baseline, head);
  const pValue = o.test === 'welch' ? welchT(baseline, head).pValue : mannWhitneyU(baseline, head).pValue;
  const p = `p = ${pText(pValue)}`;
  if (!(pValue < o.significance)) return { verdict: 'unchanged', reason: `${p} ≥ ${o.significance}`, pValue, change };
  // Oriented so that positive is worse.
  const worseLow = o.lowerIsBetter ? change.low : -change.high;
  const worseHigh = o.lowerIsBetter ? change.high : -change.low;
  const direction = worseLow > o.noise ? 'worse' : worseHigh < -o.noise ? 'better' : undefined;
  if (!direction) return { verdict: 'inconclusive', reason: `${p} < ${o.significance}, but the interval reaches into the ${pct(o.noise).slice(1)} noise`, pValue, change };
  const past = `${p} < ${o.significance}, whole interval ${direction} than the ${pct(o.noise).slice(1)} noise`;
  if (runMedians.length < MIN_RUNS_FOR_SPREAD) return { verdict: direction === 'worse' ? 'regressed' : 'improved', reason: past, pValue, change };
  const runPValue = runSpreadTest(runMedians, median(head)).pValue;
  const runs = `p = ${pText(runPValue)} against the medians of ${runMedians.length} baseline runs`;
  if (!(runPValue < o.significance)) return { verdict: 'inconclusive', reason: `${past}, but within the spread between runs (${runs} ≥ ${o.significance})`, pValue, runPValue, change };
  return { verdict: direction === 'worse' ? 'regressed' : 'improved', reason: `${past}, and beyond the spread between runs (${runs})`, pValue, runPValue, change };
}
