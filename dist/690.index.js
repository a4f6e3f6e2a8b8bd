export const id = 690;
export const ids = [690];
export const modules = {

/***/ 8690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_WINDOW: () => (/* binding */ DEFAULT_WINDOW),
  benchmarkCheck: () => (/* binding */ benchmarkCheck)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/github/baseline.ts
var github_baseline = __webpack_require__(6932);
// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/readers/benchmark/model.ts
var model = __webpack_require__(3025);
;// CONCATENATED MODULE: ./src/readers/benchmark/bmf.ts
// Bencher Metric Format: { "<benchmark>": { "<measure>": { value, lower_value?, upper_value? } } }.
// One file is one result per measure; repeated runs give the samples. Bencher's built-in measures
// have fixed units: latency in ns (lower is better), throughput in operations per second.


const KNOWN = {
    latency: { unit: 's', scale: 1e-9, lowerIsBetter: true, measure: 'time' },
    throughput: { unit: 'ops/s', scale: 1, lowerIsBetter: false, measure: 'throughput' },
    'file-size': { unit: 'B', scale: 1, lowerIsBetter: true, measure: 'file-size' },
    'build-time': { unit: 's', scale: 1, lowerIsBetter: true, measure: 'build-time' },
};
function isBmf(v) {
    if (!(0,types/* isObject */.Gv)(v))
        return false;
    const entries = Object.values(v);
    return entries.length > 0 && entries.every((m) => (0,types/* isObject */.Gv)(m) && Object.values(m).every((x) => (0,types/* isObject */.Gv)(x) && 'value' in x));
}
function readBmf(v) {
    if (!(0,types/* isObject */.Gv)(v))
        throw new types/* ReaderError */.ot('expected a Bencher Metric Format object');
    const out = new model/* SeriesList */.sz();
    for (const [name, measures] of Object.entries(v)) {
        if (!(0,types/* isObject */.Gv)(measures))
            throw new types/* ReaderError */.ot(`"${name}": expected an object of measures`);
        for (const [slug, m] of Object.entries(measures)) {
            const value = (0,types/* isObject */.Gv)(m) ? (0,model/* finiteNumber */.vM)(m.value) : undefined;
            if (value === undefined)
                throw new types/* ReaderError */.ot(`"${name}".${slug}: expected { "value": number }`);
            const known = KNOWN[slug];
            if (known)
                out.add(name, known.measure, known.unit, known.lowerIsBetter, value * known.scale);
            else
                out.add(name, slug, slug, !/throughput|per-second|ops/i.test(slug), value);
        }
    }
    return out.list('Bencher Metric Format');
}

;// CONCATENATED MODULE: ./src/readers/benchmark/criterion.ts
// criterion.rs: target/criterion/<benchmark>/new/sample.json (iters[] and times[] in ns, one
// sample per entry: times[i] / iters[i]), new/estimates.json (only point estimates: the median
// counts once) or new/raw.csv (one row per sample). The JSON files do not name the benchmark, so
// the name comes from the file's path.


/** `target/criterion/group/bench/new/sample.json` \u2192 `group/bench`. */
function criterionName(label) {
    if (!label)
        return 'benchmark';
    const parts = label.replace(/\\/g, '/').split('/');
    const at = parts.lastIndexOf('criterion');
    const end = parts.length - 2; // drop "new/<file>"
    const picked = at >= 0 && at + 1 < end ? parts.slice(at + 1, end) : parts.slice(Math.max(0, end - 1), end);
    return picked.join('/') || 'benchmark';
}
function isCriterionSample(v) {
    return (0,types/* isObject */.Gv)(v) && Array.isArray(v.iters) && Array.isArray(v.times);
}
function isCriterionEstimates(v) {
    return (0,types/* isObject */.Gv)(v) && (0,types/* isObject */.Gv)(v.median) && 'point_estimate' in v.median;
}
function readCriterionSample(v, label) {
    if (!(0,types/* isObject */.Gv)(v) || !Array.isArray(v.iters) || !Array.isArray(v.times))
        throw new types/* ReaderError */.ot('expected criterion sample.json with "iters" and "times" arrays');
    if (v.iters.length !== v.times.length)
        throw new types/* ReaderError */.ot(`criterion sample.json: ${v.iters.length} iters but ${v.times.length} times`);
    const name = criterionName(label);
    const out = new model/* SeriesList */.sz();
    const iters = v.iters;
    v.times.forEach((t, i) => {
        const n = (0,model/* finiteNumber */.vM)(iters[i]);
        if ((0,model/* finiteNumber */.vM)(t) === undefined || n === undefined || n <= 0)
            throw new types/* ReaderError */.ot(`criterion sample.json: times[${i}] and iters[${i}] must be numbers, iters above 0`);
        out.add(name, 'time', 's', true, (t / n) * 1e-9);
    });
    return out.list('criterion');
}
function readCriterionEstimates(v, label) {
    const point = (0,types/* isObject */.Gv)(v) && (0,types/* isObject */.Gv)(v.median) ? (0,model/* finiteNumber */.vM)(v.median.point_estimate) : undefined;
    if (point === undefined)
        throw new types/* ReaderError */.ot('expected criterion estimates.json with median.point_estimate');
    const out = new model/* SeriesList */.sz();
    out.add(criterionName(label), 'time', 's', true, point * 1e-9);
    return out.list('criterion');
}
function isCriterionCsv(text) {
    return /^group,function,value,/.test(text.trimStart());
}
/** raw.csv: `group,function,value,throughput_num,throughput_type,sample_measured_value,unit,iteration_count`. */
function readCriterionCsv(text) {
    const lines = text.split(/\r?\n/);
    const header = lines[0].trim().split(',');
    const col = (n) => header.indexOf(n);
    const measured = col('sample_measured_value') >= 0 ? col('sample_measured_value') : col('sample_time_nanos');
    const unitCol = col('unit');
    const iters = col('iteration_count');
    if (col('group') < 0 || measured < 0 || iters < 0)
        throw new types/* ReaderError */.ot('expected criterion raw.csv with group, function, sample_measured_value and iteration_count columns', 1);
    const out = new model/* SeriesList */.sz();
    lines.slice(1).forEach((line, i) => {
        if (line.trim() === '')
            return;
        // Benchmark names with commas are quoted by the csv crate.
        const cells = [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
        const value = Number(cells[measured]);
        const count = Number(cells[iters]);
        if (!Number.isFinite(value) || !Number.isFinite(count) || count <= 0)
            throw new types/* ReaderError */.ot(`expected numbers in sample_measured_value and iteration_count, found ${JSON.stringify(line.slice(0, 80))}`, i + 2);
        const name = [cells[col('group')], cells[col('function')], cells[col('value')]].filter((s) => s).join('/');
        const norm = (0,model/* normalise */.j7)(value / count, unitCol >= 0 ? cells[unitCol] : 'ns');
        out.add(name, norm.unit === 's' ? 'time' : norm.unit, norm.unit, norm.lowerIsBetter, norm.value);
    });
    return out.list('criterion raw.csv');
}

;// CONCATENATED MODULE: ./src/readers/benchmark/github-action-benchmark.ts
// github-action-benchmark's custom JSON (tool customSmallerIsBetter / customBiggerIsBetter):
// [{ name, unit, value, range?, extra? }]. The file does not say the direction; a rate unit
// ("ops/sec", "MB/s") is higher-is-better and anything else lower-is-better.


function isGithubActionBenchmark(v) {
    return Array.isArray(v) && v.length > 0 && v.every((e) => (0,types/* isObject */.Gv)(e) && typeof e.name === 'string' && 'value' in e);
}
function readGithubActionBenchmark(v) {
    if (!Array.isArray(v))
        throw new types/* ReaderError */.ot('expected a JSON array of { name, unit, value }');
    const out = new model/* SeriesList */.sz();
    v.forEach((e, i) => {
        if (!(0,types/* isObject */.Gv)(e) || typeof e.name !== 'string')
            throw new types/* ReaderError */.ot(`[${i}]: expected { name, unit, value }`);
        const value = (0,model/* finiteNumber */.vM)(e.value);
        if (value === undefined)
            throw new types/* ReaderError */.ot(`[${i}] (${e.name}): expected "value" to be a number`);
        const unit = typeof e.unit === 'string' ? e.unit : '';
        const norm = (0,model/* normalise */.j7)(value, unit);
        out.add(e.name, (0,model/* measureOf */.c_)(unit, norm), norm.unit, norm.lowerIsBetter, norm.value);
    });
    return out.list('github-action-benchmark');
}

;// CONCATENATED MODULE: ./src/readers/benchmark/go-bench.ts
// `go test -bench` text: one line per run, `BenchmarkName-8  N  v unit  v unit \u2026`; -count=10
// prints ten lines per name, each a sample. Other lines (goos:, PASS, ok, logs) are skipped.


const LINE = /^(Benchmark\S*)\s+(\d+)\s+(\S.*)$/;
function isGoBench(text) {
    return text.split('\n').some((l) => LINE.test(l.trim()) && /\s\S+\/op\b/.test(l));
}
function readGoBench(text) {
    const out = new model/* SeriesList */.sz();
    text.split('\n').forEach((raw, i) => {
        const m = LINE.exec(raw.trim());
        if (!m)
            return;
        const fields = m[3].trim().split(/\s+/);
        if (fields.length % 2 !== 0)
            throw new types/* ReaderError */.ot(`expected value-unit pairs after the iteration count, found ${JSON.stringify(m[3].trim().slice(0, 80))}`, i + 1);
        for (let k = 0; k < fields.length; k += 2) {
            const value = Number(fields[k]);
            const unit = fields[k + 1];
            if (!Number.isFinite(value))
                throw new types/* ReaderError */.ot(`expected a number before "${unit}", found ${JSON.stringify(fields[k])}`, i + 1);
            const norm = (0,model/* normalise */.j7)(value, unit);
            out.add(m[1], (0,model/* measureOf */.c_)(unit, norm), norm.unit, norm.lowerIsBetter, norm.value);
        }
    });
    return out.list('go test -bench');
}

;// CONCATENATED MODULE: ./src/readers/benchmark/google-benchmark.ts
// Google Benchmark --benchmark_format=json (or --benchmark_out): each repetition is one
// `run_type: "iteration"` entry with real_time and cpu_time in time_unit; aggregates (mean,
// median, stddev) are skipped, as they are not samples. A report of aggregates only is refused.


function isGoogleBenchmark(v) {
    return (0,types/* isObject */.Gv)(v) && (0,types/* isObject */.Gv)(v.context) && Array.isArray(v.benchmarks);
}
function readGoogleBenchmark(v) {
    if (!(0,types/* isObject */.Gv)(v) || !Array.isArray(v.benchmarks))
        throw new types/* ReaderError */.ot('expected Google Benchmark JSON with a "benchmarks" array');
    const out = new model/* SeriesList */.sz();
    let aggregates = 0;
    v.benchmarks.forEach((b, i) => {
        if (!(0,types/* isObject */.Gv)(b))
            throw new types/* ReaderError */.ot(`benchmarks[${i}]: expected an object`);
        if (b.run_type === 'aggregate') {
            aggregates++;
            return;
        }
        if (b.error_occurred === true)
            throw new types/* ReaderError */.ot(`benchmarks[${i}] (${String(b.name)}): the benchmark reported an error: ${String(b.error_message ?? '')}`);
        const name = typeof b.run_name === 'string' ? b.run_name : typeof b.name === 'string' ? b.name : undefined;
        if (!name)
            throw new types/* ReaderError */.ot(`benchmarks[${i}]: expected "name"`);
        const unit = typeof b.time_unit === 'string' ? b.time_unit : 'ns';
        for (const [field, measure] of [['real_time', 'time'], ['cpu_time', 'cpu']]) {
            const t = (0,model/* finiteNumber */.vM)(b[field]);
            if (t === undefined)
                continue;
            const norm = (0,model/* normalise */.j7)(t, unit);
            if (norm.unit !== 's')
                throw new types/* ReaderError */.ot(`benchmarks[${i}] (${name}): unknown time_unit ${JSON.stringify(unit)}`);
            out.add(name, measure, 's', true, norm.value);
        }
        const bytes = (0,model/* finiteNumber */.vM)(b.bytes_per_second);
        if (bytes !== undefined)
            out.add(name, 'bytes/s', 'B/s', false, bytes);
        const items = (0,model/* finiteNumber */.vM)(b.items_per_second);
        if (items !== undefined)
            out.add(name, 'items/s', 'ops/s', false, items);
    });
    if (aggregates > 0 && v.benchmarks.length === aggregates)
        throw new types/* ReaderError */.ot('the Google Benchmark report holds aggregates only; run without --benchmark_report_aggregates_only so each repetition is a sample');
    return out.list('Google Benchmark');
}

;// CONCATENATED MODULE: ./src/readers/benchmark/hyperfine.ts
// hyperfine --export-json: results[].times[] in seconds (one per run), memory_usage_byte[] when
// the version records it; a result without times (very old versions) counts its mean once.


function isHyperfine(v) {
    return (0,types/* isObject */.Gv)(v) && Array.isArray(v.results) && v.results.some((r) => (0,types/* isObject */.Gv)(r) && typeof r.command === 'string');
}
function readHyperfine(v) {
    if (!(0,types/* isObject */.Gv)(v) || !Array.isArray(v.results))
        throw new types/* ReaderError */.ot('expected hyperfine JSON with a "results" array');
    const out = new model/* SeriesList */.sz();
    v.results.forEach((r, i) => {
        if (!(0,types/* isObject */.Gv)(r))
            throw new types/* ReaderError */.ot(`results[${i}]: expected an object`);
        const name = typeof r.name === 'string' && r.name ? r.name : r.command;
        if (typeof name !== 'string')
            throw new types/* ReaderError */.ot(`results[${i}]: expected "command" to be a string`);
        const times = Array.isArray(r.times) ? r.times : (0,model/* finiteNumber */.vM)(r.mean) !== undefined ? [r.mean] : undefined;
        if (!times)
            throw new types/* ReaderError */.ot(`results[${i}] (${name}): no "times" and no "mean"`);
        times.forEach((t, j) => {
            if ((0,model/* finiteNumber */.vM)(t) === undefined)
                throw new types/* ReaderError */.ot(`results[${i}].times[${j}]: expected a number of seconds`);
            out.add(name, 'time', 's', true, t);
        });
        if (Array.isArray(r.memory_usage_byte))
            for (const m of r.memory_usage_byte)
                if ((0,model/* finiteNumber */.vM)(m) !== undefined)
                    out.add(name, 'memory', 'B', true, m);
    });
    return out.list('hyperfine');
}

;// CONCATENATED MODULE: ./src/readers/benchmark/pytest-benchmark.ts
// pytest-benchmark --benchmark-json: benchmarks[].stats.data[] holds every round's time in
// seconds; without it (older versions, --benchmark-disable-gc aside) the median counts once.


function isPytestBenchmark(v) {
    return (0,types/* isObject */.Gv)(v) && Array.isArray(v.benchmarks) && v.benchmarks.some((b) => (0,types/* isObject */.Gv)(b) && (0,types/* isObject */.Gv)(b.stats));
}
function readPytestBenchmark(v) {
    if (!(0,types/* isObject */.Gv)(v) || !Array.isArray(v.benchmarks))
        throw new types/* ReaderError */.ot('expected pytest-benchmark JSON with a "benchmarks" array');
    const out = new model/* SeriesList */.sz();
    v.benchmarks.forEach((b, i) => {
        if (!(0,types/* isObject */.Gv)(b) || !(0,types/* isObject */.Gv)(b.stats))
            throw new types/* ReaderError */.ot(`benchmarks[${i}]: expected an object with "stats"`);
        const name = typeof b.fullname === 'string' ? b.fullname : typeof b.name === 'string' ? b.name : undefined;
        if (!name)
            throw new types/* ReaderError */.ot(`benchmarks[${i}]: expected "name" or "fullname"`);
        const data = Array.isArray(b.stats.data) ? b.stats.data : (0,model/* finiteNumber */.vM)(b.stats.median) !== undefined ? [b.stats.median] : undefined;
        if (!data)
            throw new types/* ReaderError */.ot(`benchmarks[${i}] (${name}): no stats.data and no stats.median`);
        data.forEach((t, j) => {
            if ((0,model/* finiteNumber */.vM)(t) === undefined)
                throw new types/* ReaderError */.ot(`benchmarks[${i}].stats.data[${j}]: expected a number of seconds`);
            out.add(name, 'time', 's', true, t);
        });
    });
    return out.list('pytest-benchmark');
}

;// CONCATENATED MODULE: ./src/readers/benchmark/index.ts
// Benchmark results of any supported tool: the format named, or detected from the content.









function readCriterionJson(v, label) {
    if (isCriterionSample(v))
        return readCriterionSample(v, label);
    if (isCriterionEstimates(v))
        return readCriterionEstimates(v, label);
    throw new types/* ReaderError */.ot('expected criterion sample.json (iters, times) or estimates.json (median.point_estimate)');
}
function readJson(v, format, label) {
    switch (format) {
        case 'hyperfine':
            return readHyperfine(v);
        case 'pytest-benchmark':
            return readPytestBenchmark(v);
        case 'google-benchmark':
            return readGoogleBenchmark(v);
        case 'bmf':
            return readBmf(v);
        case 'github-action-benchmark':
            return readGithubActionBenchmark(v);
        case 'criterion':
            return readCriterionJson(v, label);
    }
    if (isHyperfine(v))
        return readHyperfine(v);
    if (isGoogleBenchmark(v))
        return readGoogleBenchmark(v);
    if (isPytestBenchmark(v))
        return readPytestBenchmark(v);
    if (isGithubActionBenchmark(v))
        return readGithubActionBenchmark(v);
    if (isCriterionSample(v) || isCriterionEstimates(v))
        return readCriterionJson(v, label);
    if (isBmf(v))
        return readBmf(v);
    throw new types/* ReaderError */.ot('unknown benchmark JSON: expected hyperfine, pytest-benchmark, Google Benchmark, criterion, Bencher Metric Format or github-action-benchmark output; name it with "format"');
}
/** Every benchmark series in one report. */
function readBenchmarks(text, options = {}) {
    const { format, label } = options;
    const trimmed = text.trim();
    if (trimmed === '')
        throw new types/* ReaderError */.ot('the benchmark output is empty');
    if (format === 'go-bench')
        return readGoBench(text);
    if (format === 'criterion' && isCriterionCsv(trimmed))
        return readCriterionCsv(trimmed);
    if (format === undefined && isCriterionCsv(trimmed))
        return readCriterionCsv(trimmed);
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return readJson((0,types/* parseJson */.qF)(trimmed, 'benchmark'), format, label);
    if (format === undefined && isGoBench(text))
        return readGoBench(text);
    throw new types/* ReaderError */.ot(format ? `expected ${format} output, found text that is not JSON` : 'unknown benchmark output: expected JSON from a benchmark tool, go test -bench text or criterion raw.csv; name it with "format"');
}

;// CONCATENATED MODULE: ./src/scoring/benchmark-stats.ts
// The statistics a benchmark verdict rests on, pure arithmetic: Mann-Whitney U and Welch's t
// p-values (two-sided, as scipy.stats computes them), a bootstrap confidence interval of the
// relative change of the median with a seeded generator (the same samples always give the same
// interval), and the verdict rule of docs/benchmarks.md.
function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function mean(xs) {
    return xs.reduce((a, b) => a + b, 0) / xs.length;
}
/** Sample variance (n \u2212 1). */
function variance(xs) {
    if (xs.length < 2)
        return 0;
    const m = mean(xs);
    return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
}
/** Coefficient of variation: standard deviation over mean (0 when the mean is 0). */
function coefficientOfVariation(xs) {
    const m = mean(xs);
    return m === 0 ? 0 : Math.sqrt(variance(xs)) / Math.abs(m);
}
// ---- special functions -------------------------------------------------------------------
const LANCZOS = [0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.61503916999186, 12.507343278686905, -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7];
/** ln \u0393(x) for x > 0 (Lanczos, g = 7; about 15 digits). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
const EPS = 1e-15;
const TINY = 1e-300;
/** Regularized upper incomplete gamma Q(a, x). */
function gammaQ(a, x) {
    if (x <= 0)
        return 1;
    const lead = -x + a * Math.log(x) - logGamma(a);
    if (x < a + 1) {
        // Series for P, then Q = 1 \u2212 P.
        let sum = 1 / a;
        let term = sum;
        for (let n = 1; n < 10000; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS)
                break;
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
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return Math.exp(lead) * h;
}
/** P(Z > z) for a standard normal Z: erfc(z/\u221a2)/2 through the incomplete gamma function. */
function normalSf(z) {
    if (z < 0)
        return 1 - normalSf(-z);
    return 0.5 * gammaQ(0.5, (z * z) / 2);
}
function betaContinuedFraction(a, b, x) {
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let h = d;
    for (let m = 1; m < 10000; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return h;
}
/** Regularized incomplete beta I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    // The continued fraction converges fast on the side of the mean; use the symmetry otherwise.
    if (x < (a + 1) / (a + b + 2))
        return (front * betaContinuedFraction(a, b, x)) / a;
    return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}
/** P(T > t) for Student's t with df degrees of freedom (df need not be whole). */
function studentTSf(t, df) {
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t >= 0 ? tail : 1 - tail;
}
/** Average ranks of the pooled samples (ties share their mean rank) and \u03a3(t\u00b3 \u2212 t) over tie groups. */
function ranks(pooled) {
    const order = pooled.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
    const out = new Array(pooled.length);
    let tieTerm = 0;
    for (let i = 0; i < order.length;) {
        let j = i;
        while (j + 1 < order.length && order[j + 1][0] === order[i][0])
            j++;
        const rank = (i + j) / 2 + 1;
        for (let k = i; k <= j; k++)
            out[order[k][1]] = rank;
        const t = j - i + 1;
        tieTerm += t ** 3 - t;
        i = j + 1;
    }
    return { ranks: out, tieTerm };
}
/** Most sample pairs (n1\u00b7n2) for which `auto` counts the exact distribution. */
const EXACT_LIMIT = 4000;
/** P(U \u2265 u) without ties, by counting the arrangements (the frequencies of U for n1, n2). */
function exactUSf(u, n1, n2) {
    // f[k]: arrangements of i x's and j y's with U = k, built up column by column.
    const max = n1 * n2;
    let prev = [];
    for (let i = 0; i <= n1; i++) {
        const row = [];
        for (let j = 0; j <= n2; j++) {
            if (i === 0 || j === 0) {
                const f = new Array(i * j + 1).fill(0);
                f[0] = 1;
                row.push(f);
                continue;
            }
            // The largest value is an x (it beats all j y's: U grows by j) or a y.
            const a = prev[j];
            const b = row[j - 1];
            const f = new Array(i * j + 1).fill(0);
            for (let k = 0; k < a.length; k++)
                f[k + j] += a[k];
            for (let k = 0; k < b.length; k++)
                f[k] += b[k];
            row.push(f);
        }
        prev = row;
    }
    const freq = prev[n2];
    let total = 0;
    let tail = 0;
    for (let k = 0; k <= max; k++) {
        total += freq[k];
        if (k >= u)
            tail += freq[k];
    }
    return tail / total;
}
/**
 * Mann-Whitney U, two-sided, as scipy.stats.mannwhitneyu(x, y, alternative='two-sided'): the
 * statistic is U of x; `exact` counts the arrangements (no ties only), `asymptotic` is the normal
 * approximation with continuity and tie correction. `auto` is exact when a sample has at most 8
 * values and nothing is tied, as scipy chooses.
 */
function mannWhitneyU(x, y, method = 'auto') {
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        throw new Error('mannWhitneyU needs two non-empty samples');
    const { ranks: r, tieTerm } = ranks([...x, ...y]);
    const r1 = r.slice(0, n1).reduce((a, b) => a + b, 0);
    const u1 = r1 - (n1 * (n1 + 1)) / 2;
    const u2 = n1 * n2 - u1;
    const u = Math.max(u1, u2);
    // Counting costs about (n1\u00b7n2)\u00b2/4 steps: beyond EXACT_LIMIT pairs (a pooled baseline of hundreds
    // of samples) `auto` takes the normal approximation, where scipy would still count.
    const useExact = method === 'exact' || (method === 'auto' && tieTerm === 0 && Math.min(n1, n2) <= 8 && n1 * n2 <= EXACT_LIMIT);
    if (useExact) {
        if (tieTerm !== 0)
            throw new Error('the exact Mann-Whitney test needs samples without ties');
        return { statistic: u1, pValue: Math.min(1, 2 * exactUSf(u, n1, n2)) };
    }
    const n = n1 + n2;
    const mu = (n1 * n2) / 2;
    const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    // Everything tied: no evidence of a difference.
    if (!(s > 0))
        return { statistic: u1, pValue: 1 };
    const z = (u - mu - 0.5) / s;
    return { statistic: u1, pValue: Math.min(1, 2 * normalSf(z)) };
}
/** Welch's t-test, two-sided, as scipy.stats.ttest_ind(x, y, equal_var=False). */
function welchT(x, y) {
    if (x.length < 2 || y.length < 2)
        throw new Error("Welch's t-test needs at least two values per sample");
    const v1 = variance(x) / x.length;
    const v2 = variance(y) / y.length;
    const diff = mean(x) - mean(y);
    const se = Math.sqrt(v1 + v2);
    if (se === 0)
        return { statistic: diff === 0 ? 0 : Math.sign(diff) * Infinity, pValue: diff === 0 ? 1 : 0, df: x.length + y.length - 2 };
    const t = diff / se;
    const df = (v1 + v2) ** 2 / (v1 ** 2 / (x.length - 1) + v2 ** 2 / (y.length - 1));
    return { statistic: t, pValue: Math.min(1, 2 * studentTSf(Math.abs(t), df)), df };
}
// ---- change and verdict ------------------------------------------------------------------
/** mulberry32: a small seeded generator, so an interval never changes between runs. */
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function resampleMedian(xs, random, buf) {
    for (let i = 0; i < xs.length; i++)
        buf[i] = xs[Math.floor(random() * xs.length)];
    buf.sort();
    const m = xs.length >> 1;
    return xs.length % 2 ? buf[m] : (buf[m - 1] + buf[m]) / 2;
}
/** The relative change of the median with a percentile bootstrap interval (seeded, deterministic). */
function relativeChange(baseline, head, confidence = 0.95, resamples = 2000, seed = 0x5eed) {
    const b0 = median(baseline);
    const change = b0 === 0 ? (median(head) === 0 ? 0 : Infinity) : median(head) / b0 - 1;
    const random = seededRandom(seed);
    // Typed arrays sort numerically and fast: a pooled baseline can hold thousands of samples.
    const bb = new Float64Array(baseline.length);
    const hb = new Float64Array(head.length);
    const changes = [];
    for (let i = 0; i < resamples; i++) {
        const mb = resampleMedian(baseline, random, bb);
        const mh = resampleMedian(head, random, hb);
        changes.push(mb === 0 ? (mh === 0 ? 0 : Infinity) : mh / mb - 1);
    }
    changes.sort((a, b) => a - b);
    const alpha = (1 - confidence) / 2;
    const at = (q) => changes[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))];
    return { change, low: at(alpha), high: at(1 - alpha), confidence };
}
const DEFAULT_VERDICT_OPTIONS = { test: 'u', significance: 0.01, noise: 0.05, minSamples: 5 };
const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
/**
 * regressed: significant and the whole interval of the change beyond the noise on the worse side;
 * improved: the same on the better side; unchanged: not significant; inconclusive: too few
 * samples, or significant but the interval reaches into the noise.
 */
function compareSamples(baseline, head, o) {
    if (baseline.length < o.minSamples || head.length < o.minSamples) {
        return { verdict: 'inconclusive', reason: `too few samples (baseline ${baseline.length}, this run ${head.length}; min-samples ${o.minSamples})` };
    }
    const change = relativeChange(baseline, head);
    const pValue = o.test === 'welch' ? welchT(baseline, head).pValue : mannWhitneyU(baseline, head).pValue;
    const p = `p = ${pValue < 0.0001 ? pValue.toExponential(1) : pValue.toFixed(4)}`;
    if (!(pValue < o.significance))
        return { verdict: 'unchanged', reason: `${p} \u2265 ${o.significance}`, pValue, change };
    // Oriented so that positive is worse.
    const worseLow = o.lowerIsBetter ? change.low : -change.high;
    const worseHigh = o.lowerIsBetter ? change.high : -change.low;
    if (worseLow > o.noise)
        return { verdict: 'regressed', reason: `${p} < ${o.significance}, whole interval worse than the ${pct(o.noise).slice(1)} noise`, pValue, change };
    if (worseHigh < -o.noise)
        return { verdict: 'improved', reason: `${p} < ${o.significance}, whole interval better than the ${pct(o.noise).slice(1)} noise`, pValue, change };
    return { verdict: 'inconclusive', reason: `${p} < ${o.significance}, but the interval reaches into the ${pct(o.noise).slice(1)} noise`, pValue, change };
}

// EXTERNAL MODULE: ./src/scoring/curves.ts
var curves = __webpack_require__(2661);
// EXTERNAL MODULE: ./src/checks/reader-check.ts
var reader_check = __webpack_require__(1679);
;// CONCATENATED MODULE: ./src/checks/benchmark.ts
// `benchmark`: runs the benchmark command `repeat` times, reads every sample, and judges each
// benchmark against the baseline's samples with a statistical test and a confidence interval of
// the change (scoring/benchmark-stats.ts). Absolute bounds (`max`/`min`, `target`) apply to this
// run's median. Every sample goes into the report, so the next run's baseline has them.







const DEFAULT_WINDOW = 20;
/** Runs `run` (when there is one) `rounds` times and pools every report's samples per benchmark. */
async function collect(ctx, o, rounds, what) {
    const series = new Map();
    let evidence;
    let durationMs = 0;
    for (let i = 0; i < rounds; i++) {
        const out = await (0,reader_check/* runReaderCheck */.N1)(ctx, o.reports, async (inputs) => {
            for (const input of inputs) {
                const list = await (0,reader_check/* parseInput */.CU)(input, async () => readBenchmarks(await input.text(), { ...(o.format ? { format: o.format } : {}), label: input.label }));
                for (const s of list) {
                    const key = (0,model/* seriesKey */.Xk)(s);
                    const cur = series.get(key);
                    if (cur)
                        cur.samples.push(...s.samples);
                    else
                        series.set(key, { ...s, samples: [...s.samples] });
                }
            }
            return { status: 'pass', score: 100, summary: '', metrics: {}, findings: [] };
        });
        durationMs += out.evidence.durationMs;
        if (out.status === 'error') {
            const where = rounds > 1 ? `${what} ${i + 1} of ${rounds}: ` : what === 'run' ? '' : `${what}: `;
            return { error: { ...out, summary: `${where}${out.summary}`, evidence: { ...out.evidence, durationMs } } };
        }
        evidence = out.evidence;
        if (ctx.signal.aborted)
            break;
    }
    return { series, evidence: { ...evidence, durationMs } };
}
/** `max` bounds each benchmark's time (seconds), `min` its throughput; other measures have no bound. */
function absolute(row, o) {
    if (row.measure === 'time' && o.max !== undefined)
        return (0,curves/* lowerIsBetter */.cv)(row.median, o.max, o.target ?? o.max);
    if (row.measure === 'throughput' && o.min !== undefined)
        return (0,curves/* higherIsBetter */.i2)(row.median, o.min, o.target ?? o.min);
    return undefined;
}
function judge(s, base, o, ignored) {
    const row = { key: (0,model/* seriesKey */.Xk)(s), name: s.name, measure: s.measure, unit: s.unit, lowerIsBetter: s.lowerIsBetter, samples: s.samples, median: median(s.samples), verdict: 'inconclusive', reason: 'no baseline' };
    if (base)
        row.baseline = { median: median(base.samples), n: base.samples.length, runs: base.runs, cv: coefficientOfVariation(base.samples) };
    if (ignored !== undefined)
        return { ...row, verdict: 'ignored', reason: ignored };
    if (!base)
        return row;
    return withComparison(row, compareSamples(base.samples, s.samples, verdictOptions(o, s.lowerIsBetter)));
}
function withComparison(row, c) {
    return {
        ...row,
        verdict: c.verdict,
        reason: c.reason,
        ...(c.pValue !== undefined ? { pValue: c.pValue } : {}),
        ...(c.change ? { change: c.change.change, low: c.change.low, high: c.change.high } : {}),
    };
}
function verdictOptions(o, lower) {
    return {
        test: o.test ?? DEFAULT_VERDICT_OPTIONS.test,
        significance: o.significance ?? DEFAULT_VERDICT_OPTIONS.significance,
        noise: o.noise !== undefined ? o.noise / 100 : DEFAULT_VERDICT_OPTIONS.noise,
        minSamples: o['min-samples'] ?? DEFAULT_VERDICT_OPTIONS.minSamples,
        lowerIsBetter: lower,
    };
}
const benchmark_pct = (x) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%` : '\u221e');
function summaryLine(rows, hasBaseline, confirmed) {
    const count = (v) => rows.filter((r) => r.verdict === v).length;
    const regressed = rows.filter((r) => r.verdict === 'regressed');
    const bounds = rows.filter((r) => r.bound);
    const parts = [];
    if (regressed.length)
        parts.push(`${regressed.length} regressed (${regressed.slice(0, 3).map((r) => `${r.key} ${benchmark_pct(r.change)}`).join(', ')}${regressed.length > 3 ? ', \u2026' : ''})`);
    for (const v of ['improved', 'unchanged', 'inconclusive', 'ignored'])
        if (count(v))
            parts.push(`${count(v)} ${v}`);
    if (bounds.length)
        parts.push(`${bounds.length} past ${bounds.length > 1 ? 'their bounds' : 'its bound'} (${bounds.slice(0, 2).map((r) => `${r.key}: ${r.bound}`).join(', ')})`);
    const head = `${rows.length} benchmark${rows.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
    return `${head}${hasBaseline ? '' : ' (no baseline)'}${confirmed}`;
}
const benchmarkCheck = {
    kind: 'benchmark',
    async execute(ctx) {
        const o = ctx.check.raw.benchmark;
        const rounds = o.repeat ?? 1;
        const first = await collect(ctx, o, rounds, 'run');
        if ('error' in first)
            return first.error;
        const window = o.window ?? DEFAULT_WINDOW;
        const baseline = ctx.baselineHistory ? (0,github_baseline/* benchmarkBaseline */.P)({ history: [...ctx.baselineHistory] }, ctx.check.id, window) : undefined;
        const hasBaseline = baseline !== undefined && baseline.size > 0;
        const ignores = (o.ignore ?? []).map((i) => ({ match: picomatch_default()(i.name, { dot: true }), name: i.name, reason: i.reason }));
        const ignoredWhy = (s) => ignores.find((i) => i.match(s.name) || i.match((0,model/* seriesKey */.Xk)(s)) || i.name === s.name || i.name === (0,model/* seriesKey */.Xk)(s))?.reason;
        let rows = [...first.series.values()].map((s) => judge(s, baseline?.get((0,model/* seriesKey */.Xk)(s)), o, ignoredWhy(s)));
        let evidence = first.evidence;
        // A regression is rerun once, and stands only if the rerun's samples regress too.
        let confirmed = '';
        const suspects = rows.filter((r) => r.verdict === 'regressed');
        if (o.confirm && suspects.length > 0 && !ctx.signal.aborted) {
            const again = await collect(ctx, o, rounds, 'confirming rerun');
            if ('error' in again)
                return again.error;
            evidence = { ...again.evidence, durationMs: evidence.durationMs + again.evidence.durationMs };
            let kept = 0;
            rows = rows.map((r) => {
                if (r.verdict !== 'regressed')
                    return r;
                const s = again.series.get(r.key);
                const base = baseline.get(r.key);
                const c = s ? compareSamples(base.samples, s.samples, verdictOptions(o, r.lowerIsBetter)) : { verdict: 'inconclusive', reason: 'missing from the rerun' };
                const rerun = { samples: s?.samples ?? [], verdict: c.verdict, reason: c.reason };
                if (c.verdict === 'regressed') {
                    kept++;
                    return { ...r, rerun, reason: `${r.reason}; confirmed by a rerun` };
                }
                return { ...r, rerun, verdict: 'inconclusive', reason: `regressed (${r.reason}), but not on a rerun (${c.verdict}: ${c.reason})` };
            });
            confirmed = `; ${kept} of ${suspects.length} regression${suspects.length > 1 ? 's' : ''} confirmed by a rerun`;
        }
        // Scores: a regression is 0; an absolute bound scores the median as `metric` does; the rest 100.
        let score = 100;
        const statuses = [];
        rows = rows.map((r) => {
            if (r.verdict === 'ignored')
                return r;
            if (r.verdict === 'regressed') {
                score = 0;
                statuses.push('fail');
            }
            const bound = absolute(r, o);
            if (!bound || bound.status === 'pass')
                return r;
            score = Math.min(score, bound.score);
            statuses.push(bound.status);
            const limit = r.lowerIsBetter ? `max ${(0,model/* formatValue */.Fl)(o.max, r.unit)}` : `min ${(0,model/* formatValue */.Fl)(o.min, r.unit)}`;
            return { ...r, bound: `median ${(0,model/* formatValue */.Fl)(r.median, r.unit)}, ${limit}` };
        });
        const status = statuses.includes('fail') ? 'fail' : statuses.includes('warn') ? 'warn' : 'pass';
        const count = (v) => rows.filter((r) => r.verdict === v).length;
        const target = o.max !== undefined || o.min !== undefined ? [o.max !== undefined ? `median \u2264 ${o.target ?? o.max}` : '', o.min !== undefined ? `median \u2265 ${o.target ?? o.min}` : ''].filter(Boolean).join(', ') : undefined;
        return {
            status,
            score,
            summary: summaryLine(rows, hasBaseline, confirmed),
            ...(target ? { target } : {}),
            metrics: {
                regressed: count('regressed'),
                improved: count('improved'),
                unchanged: count('unchanged'),
                inconclusive: count('inconclusive'),
                baseline: hasBaseline ? 'compared' : 'none',
                test: o.test ?? 'u',
                significance: verdictOptions(o, true).significance,
                noise: verdictOptions(o, true).noise,
                benchmarks: rows,
            },
            findings: rows
                .filter((r) => r.verdict === 'regressed')
                .map((r) => ({ severity: 'error', rule: 'benchmark-regressed', message: `${r.key}: ${benchmark_pct(r.change)} [${benchmark_pct(r.low)}, ${benchmark_pct(r.high)}] against the baseline median ${(0,model/* formatValue */.Fl)(r.baseline.median, r.unit)} (${r.reason})` })),
            evidence,
        };
    },
};


/***/ })

};
