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
// EXTERNAL MODULE: ./src/checks/reader-check.ts + 2 modules
var reader_check = __webpack_require__(8256);
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

/***/ 8256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CU: () => (/* binding */ parseInput),
  N1: () => (/* binding */ runReaderCheck)
});

// UNUSED EXPORTS: toReportList, workspacePaths

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/readers/text.ts
// Bytes of a report → text: UTF-8 (with or without BOM) or UTF-16 (with a BOM, or without one
// when the text starts with ASCII). Streaming, so large reports never exist twice in memory.

/** The encoding and the length of its byte-order mark, from the first bytes. */
function sniffEncoding(head) {
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
        return { encoding: 'utf-8', bom: 3 };
    if (head[0] === 0xff && head[1] === 0xfe)
        return { encoding: 'utf-16le', bom: 2 };
    if (head[0] === 0xfe && head[1] === 0xff)
        return { encoding: 'utf-16be', bom: 2 };
    // No BOM: an ASCII first character with a zero byte beside it is UTF-16.
    if (head.length >= 4 && head[0] !== 0 && head[1] === 0 && head[2] !== 0 && head[3] === 0)
        return { encoding: 'utf-16le', bom: 0 };
    if (head.length >= 4 && head[0] === 0 && head[1] !== 0 && head[2] === 0 && head[3] !== 0)
        return { encoding: 'utf-16be', bom: 0 };
    return { encoding: 'utf-8', bom: 0 };
}
/** Decodes chunks in order; call with the first chunk first. */
class ReportDecoder {
    decoder;
    pending;
    write(chunk) {
        let bytes = chunk;
        if (!this.decoder) {
            // Wait for four bytes to sniff, so a tiny first chunk cannot hide a UTF-16 text.
            bytes = this.pending ? concat(this.pending, chunk) : chunk;
            if (bytes.length < 4) {
                this.pending = bytes;
                return '';
            }
            this.pending = undefined;
            const { encoding, bom } = sniffEncoding(bytes);
            this.decoder = new external_node_util_.TextDecoder(encoding, { ignoreBOM: true });
            bytes = bytes.subarray(bom);
        }
        return this.decoder.decode(bytes, { stream: true });
    }
    end() {
        if (!this.decoder) {
            const rest = this.pending ?? new Uint8Array();
            this.pending = undefined;
            const { encoding, bom } = sniffEncoding(rest);
            return new external_node_util_.TextDecoder(encoding, { ignoreBOM: true }).decode(rest.subarray(bom));
        }
        return this.decoder.decode();
    }
}
function concat(a, b) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
}
/** A whole buffer as text. */
function decodeReport(bytes) {
    const d = new ReportDecoder();
    return d.write(bytes) + d.end();
}

// EXTERNAL MODULE: ./src/run/environment.ts
var environment = __webpack_require__(8895);
;// CONCATENATED MODULE: ./src/run/workspace.ts
// Report files: globs resolved inside the workspace only (no `..` escapes, no symlinks out of it),
// size limits checked before reading, and streaming reads through the report decoder.






/** A report that cannot be used; the message is the check's `error` reason. */
class ReportError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ReportError';
    }
}
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
function inside(root, target) {
    const rel = external_node_path_default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
function formatSize(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
    return `${bytes} B`;
}
const TEMP_PREFIX = new RegExp(`^\\$(?:\\{${environment/* TEMP_VARIABLE */.E}\\}|${environment/* TEMP_VARIABLE */.E})/`);
/**
 * The files the patterns match, in order, without duplicates. Patterns are relative to `cwd`;
 * each must match at least one file, and every file must really lie inside the workspace.
 */
async function resolveReports(patterns, cwd, workspace, tempDir) {
    const files = [];
    const seen = new Set();
    for (const raw of patterns) {
        // `$READINESS_TEMP/…` resolves in the run's temporary folder and must stay inside that one.
        const inTemp = tempDir !== undefined && TEMP_PREFIX.test(raw);
        const base = inTemp ? tempDir : workspace;
        for (const file of await resolvePattern(inTemp ? raw.replace(TEMP_PREFIX, '') : raw, raw, inTemp ? tempDir : cwd, base)) {
            if (!seen.has(file.real)) {
                seen.add(file.real);
                files.push(file.path);
            }
        }
    }
    return files;
}
async function resolvePattern(pattern0, raw, cwd, workspace) {
    const root = (0,external_node_fs_.realpathSync)(workspace);
    const where = toPosix(external_node_path_default().relative(workspace, cwd)) || '.';
    const out = [];
    {
        const pattern = pattern0.replace(/\\/g, '/');
        // The part before the first glob segment must stay inside; so must any `..` after it.
        const segments = pattern.split('/');
        const firstDynamic = segments.findIndex((s) => (0,dist.isDynamicPattern)(s));
        const fixed = firstDynamic < 0 ? segments : segments.slice(0, firstDynamic);
        const base = external_node_path_default().resolve(cwd, fixed.join('/') || '.');
        if (external_node_path_default().isAbsolute(pattern) || !inside(external_node_path_default().resolve(workspace), base) || (firstDynamic >= 0 && segments.slice(firstDynamic).includes('..'))) {
            throw new ReportError(`reports pattern "${raw}" points outside the workspace`);
        }
        let matches;
        if ((0,dist.isDynamicPattern)(pattern)) {
            // Symlinks are followed so that each match can be resolved and refused when it leads outside.
            matches = (await (0,dist.glob)(pattern, { cwd, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: true, expandDirectories: false })).sort();
        }
        else {
            const file = external_node_path_default().resolve(cwd, pattern);
            const info = await (0,promises_.lstat)(file).catch(() => undefined);
            // A directory, FIFO or socket by that name is not a report (and a FIFO would block a read).
            if (info && !info.isFile() && !info.isSymbolicLink())
                throw new ReportError(`${raw}: not a regular file`);
            matches = info ? [file] : [];
        }
        if (matches.length === 0)
            throw new ReportError(`no file matched reports pattern "${raw}" (in ${where})`);
        for (const match of matches) {
            let real;
            try {
                real = (0,external_node_fs_.realpathSync)(match);
            }
            catch (err) {
                throw new ReportError(`${toPosix(external_node_path_default().relative(workspace, match))}: cannot be resolved (${err.code ?? err.message}); a broken or looping symlink?`);
            }
            if (!inside(root, real))
                throw new ReportError(`${toPosix(external_node_path_default().relative(workspace, match))} is a symlink to outside the workspace`);
            out.push({ path: match, real });
        }
    }
    return out;
}
/** Checks that a report can be read: a regular, non-empty file within the size limit. */
async function checkReportFile(file, label, maxBytes) {
    let info;
    try {
        info = await (0,promises_.stat)(file);
    }
    catch (err) {
        throw new ReportError(`${label}: cannot read it (${err.code ?? err.message})`);
    }
    if (!info.isFile())
        throw new ReportError(`${label}: not a regular file`);
    if (info.size === 0)
        throw new ReportError(`${label}: the file is empty`);
    if (info.size > maxBytes)
        throw new ReportError(`${label}: ${formatSize(info.size)} is over max-report-size (${formatSize(maxBytes)})`);
    return info.size;
}
/** Streams a report file as text to `sink`, chunk by chunk. */
async function streamReportFile(file, label, maxBytes, sink) {
    await checkReportFile(file, label, maxBytes);
    const decoder = new ReportDecoder();
    let bytes = 0;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 256 * 1024 })) {
            bytes += chunk.length;
            // The file may grow while it is read; the limit holds for what is read.
            if (bytes > maxBytes)
                throw new ReportError(`${label}: over max-report-size (${formatSize(maxBytes)}) while reading`);
            const text = decoder.write(chunk);
            if (text)
                sink(text);
        }
    }
    catch (err) {
        if (err instanceof ReportError)
            throw err;
        const code = err.code;
        if (code)
            throw new ReportError(`${label}: cannot read it (${code})`);
        throw err;
    }
    const tail = decoder.end();
    if (tail)
        sink(tail);
}
/** A whole report file as text. */
async function readReportText(file, label, maxBytes) {
    const parts = [];
    await streamReportFile(file, label, maxBytes, (t) => parts.push(t));
    return parts.join('');
}
/** How a report file is named in the summary: workspace-relative, or under $READINESS_TEMP. */
function workspaceRelative(workspace, file, tempDir) {
    if (tempDir && inside(tempDir, file))
        return `$${environment/* TEMP_VARIABLE */.E}/${toPosix(external_node_path_default().relative(tempDir, file))}`;
    return toPosix(external_node_path_default().relative(workspace, file));
}

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/checks/command.ts
var checks_command = __webpack_require__(9812);
;// CONCATENATED MODULE: ./src/checks/reader-check.ts
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
        if (err instanceof types/* ReaderError */.ot)
            throw new ReportError(`${input.label}: ${err.message}`);
        throw err;
    }
}
function stdoutInput(command, maxBytes) {
    const label = 'stdout of run';
    const text = async () => {
        if (command.stdoutOverflow)
            throw new ReportError(`${label}: over max-report-size (${formatSize(maxBytes)})`);
        const out = decodeReport(command.stdout ?? Buffer.alloc(0));
        if (out.trim() === '')
            throw new ReportError(`${label}: the command printed nothing to read`);
        return out;
    };
    return { label, text, stream: async (sink) => sink(await text()) };
}
function fileInput(ctx, file) {
    const label = workspaceRelative(ctx.workspace, file, ctx.tempDir);
    return {
        label,
        text: () => readReportText(file, label, ctx.maxReportBytes),
        stream: (sink) => streamReportFile(file, label, ctx.maxReportBytes, sink),
    };
}
function reader_check_toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
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
        const abs = external_node_path_default().isAbsolute(file) ? file : external_node_path_default().resolve(ctx.cwd, file);
        const rel = external_node_path_default().relative(ctx.workspace, abs);
        if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
            return f;
        return { ...f, file: reader_check_toPosix(rel) };
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
            ? { ...(0,checks_command/* commandEvidence */.Ts)(ctx, command, sources), durationMs }
            : { workingDirectory: ctx.check.workingDirectory, durationMs, sources };
    };
    const error = (summary) => ({ status: 'error', score: 0, summary, metrics: {}, findings: [], evidence: evidence() });
    try {
        if (ctx.check.run) {
            command = await (0,checks_command/* runCheckCommand */.fQ)(ctx, patterns ? {} : { stdoutLimit: ctx.maxReportBytes });
            const problem = (0,checks_command/* commandProblem */.RS)(ctx, command);
            if (problem)
                return error(problem);
        }
        let inputs;
        if (patterns) {
            const files = await resolveReports(patterns, ctx.cwd, ctx.workspace, ctx.tempDir);
            sources = files.map((f) => workspaceRelative(ctx.workspace, f, ctx.tempDir));
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
        if (err instanceof ReportError || err instanceof types/* ReaderError */.ot)
            return error(err.message);
        throw err;
    }
}


/***/ }),

/***/ 2661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ limitsText),
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
/** The limits as shown next to a result: "error max 0, warning ≤ 0". */
function limitsText(limits, order) {
    const parts = [];
    for (const level of order) {
        if (limits.max?.[level] !== undefined)
            parts.push(`${level} max ${limits.max[level]}`);
        if (limits.target?.[level] !== undefined)
            parts.push(`${level} ≤ ${limits.target[level]}`);
    }
    return parts.join(', ');
}


/***/ })

};
