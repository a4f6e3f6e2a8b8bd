export const id = 343;
export const ids = [343];
export const modules = {

/***/ 4343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  metricCheck: () => (/* binding */ metricCheck)
});

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
;// CONCATENATED MODULE: ./src/readers/metric.ts
// A number from a command's output: the first group of a regular expression, or a JSON path.

/** "1,234.5", "1_234", " 42 " → number; anything else is undefined. */
function toNumber(raw) {
    if (typeof raw === 'number')
        return Number.isFinite(raw) ? raw : undefined;
    if (typeof raw !== 'string')
        return undefined;
    const cleaned = raw.trim().replace(/[_,](?=\d{3}\b)/g, '');
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cleaned))
        return undefined;
    return Number(cleaned);
}
/** `a.b[0].c` or `a.b.0.c` → the segments. */
function pathSegments(path) {
    return path
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .filter((s) => s !== '');
}
function readMetric(text, source) {
    if (source.pattern !== undefined) {
        let re;
        try {
            re = new RegExp(source.pattern, 'm');
        }
        catch (err) {
            throw new types/* ReaderError */.ot(`invalid pattern ${JSON.stringify(source.pattern)}: ${err.message}`);
        }
        const m = re.exec(text);
        if (!m)
            throw new types/* ReaderError */.ot(`pattern ${JSON.stringify(source.pattern)} did not match the output`);
        const raw = m[1] ?? m[0];
        const n = toNumber(raw);
        if (n === undefined)
            throw new types/* ReaderError */.ot(`pattern ${JSON.stringify(source.pattern)} matched ${JSON.stringify(raw.slice(0, 60))}, which is not a number`);
        return n;
    }
    if (source.json !== undefined) {
        let cur = (0,types/* parseJson */.qF)(text.trim(), 'metric');
        for (const seg of pathSegments(source.json)) {
            if (Array.isArray(cur) && /^\d+$/.test(seg))
                cur = cur[Number(seg)];
            else if ((0,types/* isObject */.Gv)(cur))
                cur = cur[seg];
            else
                cur = undefined;
            if (cur === undefined)
                throw new types/* ReaderError */.ot(`JSON path ${JSON.stringify(source.json)} not found (stopped at "${seg}")`);
        }
        const n = toNumber(cur);
        if (n === undefined)
            throw new types/* ReaderError */.ot(`JSON path ${JSON.stringify(source.json)} is ${JSON.stringify(cur)?.slice(0, 60)}, not a number`);
        return n;
    }
    throw new types/* ReaderError */.ot('a metric needs "pattern" or "json"');
}

// EXTERNAL MODULE: ./src/scoring/curves.ts
var curves = __webpack_require__(2661);
// EXTERNAL MODULE: ./src/checks/reader-check.ts
var reader_check = __webpack_require__(1679);
;// CONCATENATED MODULE: ./src/checks/metric.ts



function show(n, unit) {
    const text = Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
    return unit ? `${text} ${unit}` : text;
}
const metricCheck = {
    kind: 'metric',
    execute(ctx) {
        const o = ctx.check.raw.metric;
        return (0,reader_check/* runReaderCheck */.N1)(ctx, o.reports, async (inputs) => {
            const input = inputs[0];
            const value = await (0,reader_check/* parseInput */.CU)(input, async () => readMetric(await input.text(), { ...(o.pattern !== undefined ? { pattern: o.pattern } : {}), ...(o.json !== undefined ? { json: o.json } : {}) }));
            const metrics = { value, ...(o.unit ? { unit: o.unit } : {}) };
            // `max` means lower is better, `min` higher is better (the config has exactly one). Without a
            // target the bound is a cliff: pass on its good side, fail past it.
            if (o.max !== undefined) {
                const target = o.target ?? o.max;
                const scored = (0,curves/* lowerIsBetter */.cv)(value, o.max, target);
                return { ...scored, summary: `${show(value, o.unit)}, target ≤ ${show(target, o.unit)}, max ${show(o.max, o.unit)}`, target: `≤ ${show(target, o.unit)}`, metrics, findings: [] };
            }
            const min = o.min;
            const target = o.target ?? min;
            const scored = (0,curves/* higherIsBetter */.i2)(value, min, target);
            return { ...scored, summary: `${show(value, o.unit)}, target ≥ ${show(target, o.unit)}, min ${show(min, o.unit)}`, target: `≥ ${show(target, o.unit)}`, metrics, findings: [] };
        });
    },
};


/***/ }),

/***/ 1679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ parseInput),
/* harmony export */   N1: () => (/* binding */ runReaderCheck)
/* harmony export */ });
/* unused harmony exports workspacePaths, toReportList */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _run_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9353);
/* harmony import */ var _readers_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3833);
/* harmony import */ var _readers_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5629);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9812);
// What every reader check shares: run the command if there is one (its exit code is evidence
// only), find the reports (or take the command's stdout), hand them to the kind's measurement, and
// turn anything that stops a measurement into `error` with the reason.





/** Runs `parse` on one input and labels any reader error with the input it came from. */
async function parseInput(input, parse) {
    try {
        return await parse();
    }
    catch (err) {
        // File problems already name the file; parse problems get its name here.
        if (err instanceof _readers_types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReaderError */ .ot)
            throw new _run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportError */ .$g(`${input.label}: ${err.message}`);
        throw err;
    }
}
function stdoutInput(command, maxBytes) {
    const label = 'stdout of run';
    const text = async () => {
        if (command.stdoutOverflow)
            throw new _run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportError */ .$g(`${label}: over max-report-size (${(0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSize */ .Xq)(maxBytes)})`);
        const out = (0,_readers_text_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeReport */ .bl)(command.stdout ?? Buffer.alloc(0));
        if (out.trim() === '')
            throw new _run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportError */ .$g(`${label}: the command printed nothing to read`);
        return out;
    };
    return { label, text, stream: async (sink) => sink(await text()) };
}
function fileInput(ctx, file) {
    const label = (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceRelative */ .Uc)(ctx.workspace, file, ctx.tempDir);
    return {
        label,
        text: () => (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .readReportText */ .Kq)(file, label, ctx.maxReportBytes),
        stream: (sink) => (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .streamReportFile */ .Fi)(file, label, ctx.maxReportBytes, sink),
    };
}
function toPosix(p) {
    return p.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}
/**
 * Finding paths as the workspace sees them: relative paths are relative to the check's working
 * directory; absolute ones inside the workspace become relative; others stay as the report wrote them.
 */
function workspacePaths(findings, ctx) {
    return findings.map((f) => {
        if (!f.file)
            return f;
        const file = f.file.replace(/\\/g, '/');
        if (/^[A-Za-z]:\//.test(file))
            return f;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(file) ? file : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.cwd, file);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(ctx.workspace, abs);
        if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel))
            return f;
        return { ...f, file: toPosix(rel) };
    });
}
function toReportList(reports) {
    if (reports === undefined)
        return undefined;
    return Array.isArray(reports) ? reports : [reports];
}
async function runReaderCheck(ctx, reports, measure) {
    const started = performance.now();
    const patterns = toReportList(reports);
    let command;
    let sources = [];
    const evidence = () => {
        const durationMs = Math.round(performance.now() - started);
        return command
            ? { ...(0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .commandEvidence */ .Ts)(ctx, command, sources), durationMs }
            : { workingDirectory: ctx.check.workingDirectory, durationMs, sources };
    };
    const error = (summary) => ({ status: 'error', score: 0, summary, metrics: {}, findings: [], evidence: evidence() });
    try {
        if (ctx.check.run) {
            command = await (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .runCheckCommand */ .fQ)(ctx, patterns ? {} : { stdoutLimit: ctx.maxReportBytes });
            const problem = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .commandProblem */ .RS)(ctx, command);
            if (problem)
                return error(problem);
        }
        let inputs;
        if (patterns) {
            const files = await (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveReports */ .mt)(patterns, ctx.cwd, ctx.workspace, ctx.tempDir);
            sources = files.map((f) => (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceRelative */ .Uc)(ctx.workspace, f, ctx.tempDir));
            inputs = files.map((f) => fileInput(ctx, f));
        }
        else if (command) {
            inputs = [stdoutInput(command, ctx.maxReportBytes)];
        }
        else {
            return error('nothing to read: give "reports" or a "run" command whose output it reads');
        }
        const measured = await measure(inputs);
        const findings = workspacePaths(measured.findings, ctx);
        // The measurement decides; a non-zero exit (npm audit exits 1 on advisories) is evidence.
        return { ...measured, findings, evidence: evidence() };
    }
    catch (err) {
        if (err instanceof _run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportError */ .$g || err instanceof _readers_types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReaderError */ .ot)
            return error(err.message);
        throw err;
    }
}


/***/ }),

/***/ 2661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ limitsFrom),
/* harmony export */   cv: () => (/* binding */ lowerIsBetter),
/* harmony export */   i2: () => (/* binding */ higherIsBetter),
/* harmony export */   pS: () => (/* binding */ levelCounts)
/* harmony export */ });
/* unused harmony export NO_MAX_SPAN */
// Check scores from measurements (SPEC §3, §4): linear between a failing bound and a target.
/** Higher is better: 100 at or above target, 0 (fail) at or below min, linear between (warn). */
function higherIsBetter(value, min, target) {
    if (value >= target)
        return { status: 'pass', score: 100 };
    if (value <= min || min >= target)
        return { status: 'fail', score: 0 };
    return { status: 'warn', score: (100 * (value - min)) / (target - min) };
}
/** Lower is better: 100 at or below target, 0 (fail) at or above max, linear between (warn). */
function lowerIsBetter(value, max, target) {
    if (value <= target)
        return { status: 'pass', score: 100 };
    if (value >= max || max <= target)
        return { status: 'fail', score: 0 };
    return { status: 'warn', score: (100 * (max - value)) / (max - target) };
}
/** Past a target with no max, a level only warns, losing its score over this many more. */
const NO_MAX_SPAN = 10;
const STATUS_RANK = { pass: 0, warn: 1, fail: 2 };
/**
 * Counts per level (SARIF levels, audit severities) against per-level `max` and `target`.
 * `max` is the count at which the check fails; `max: 0` means none allowed, so the first one
 * fails (it fails at 1, as `max: 1` does). `target` is the most that still passes (default 0).
 * The score is the lowest level score; the status the worst level status.
 */
function levelCounts(counts, limits, order) {
    let status = 'pass';
    let score = 100;
    const over = [];
    for (const level of order) {
        const max = limits.max?.[level];
        const target = limits.target?.[level] ?? (max !== undefined ? 0 : undefined);
        if (max === undefined && target === undefined)
            continue;
        const count = counts[level] ?? 0;
        const t = target ?? 0;
        let s;
        if (max !== undefined) {
            const failAt = Math.max(max, 1);
            s = count >= failAt ? { status: 'fail', score: 0 } : lowerIsBetter(count, failAt, Math.min(t, failAt - 1));
        }
        else {
            s = count <= t ? { status: 'pass', score: 100 } : { status: 'warn', score: Math.max(0, (100 * (t + NO_MAX_SPAN - count)) / NO_MAX_SPAN) };
        }
        if (s.status !== 'pass')
            over.push(`${count} ${level} (${max !== undefined ? `max ${max}` : `target ${t}`})`);
        if (STATUS_RANK[s.status] > STATUS_RANK[status])
            status = s.status;
        score = Math.min(score, s.score);
    }
    return { status, score, over };
}
/** The limits a check's config gives (either key replaces the defaults entirely), else the defaults. */
function limitsFrom(options, defaults) {
    if (!options.max && !options.target)
        return defaults;
    return { ...(options.max ? { max: options.max } : {}), ...(options.target ? { target: options.target } : {}) };
}


/***/ })

};
