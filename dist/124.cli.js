export const id = 124;
export const ids = [124];
export const modules = {

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
var environment = __webpack_require__(1276);
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
        const firstDynamic = segments.findIndex((s) => (0,dist/* isDynamicPattern */.ey)(s));
        const fixed = firstDynamic < 0 ? segments : segments.slice(0, firstDynamic);
        const base = external_node_path_default().resolve(cwd, fixed.join('/') || '.');
        if (external_node_path_default().isAbsolute(pattern) || !inside(external_node_path_default().resolve(workspace), base) || (firstDynamic >= 0 && segments.slice(firstDynamic).includes('..'))) {
            throw new ReportError(`reports pattern "${raw}" points outside the workspace`);
        }
        let matches;
        if ((0,dist/* isDynamicPattern */.ey)(pattern)) {
            // Symlinks are followed so that each match can be resolved and refused when it leads outside.
            matches = (await (0,dist/* glob */.TI)(pattern, { cwd, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: true, expandDirectories: false })).sort();
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

/***/ 8124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  testsCheck: () => (/* binding */ testsCheck)
});

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/readers/xml.ts
var xml = __webpack_require__(637);
;// CONCATENATED MODULE: ./src/readers/junit.ts


const MESSAGE_CAP = 2000;
function firstLine(text) {
    for (const line of text.split('\n')) {
        const t = line.trim();
        if (t)
            return t.length > 300 ? `${t.slice(0, 297)}...` : t;
    }
    return '';
}
function createJUnitReader() {
    // Suite names stay on a stack while the suite is open; copies keep them from pinning chunks.
    const suites = [];
    let depth = 0;
    let current;
    let collecting;
    let collected = '';
    let sawTestsRoot = false;
    const counts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
    const findings = new types/* FindingList */.kQ();
    const removed = new Set();
    const pendingFailures = new Map();
    let pendingCount = 0;
    const pendingRuns = (c, create) => {
        let bySuite = pendingFailures.get(c.suite);
        if (!bySuite) {
            if (!create)
                return undefined;
            pendingFailures.set(c.suite, (bySuite = new Map()));
        }
        let byClass = bySuite.get(c.classname);
        if (!byClass) {
            if (!create)
                return undefined;
            // Copied, so that remembered failures do not pin the parser's chunks of the file.
            bySuite.set((0,types/* retain */.aw)(c.classname), (byClass = new Map()));
        }
        let runs = byClass.get(c.name);
        if (!runs && create)
            byClass.set((0,types/* retain */.aw)(c.name), (runs = []));
        return runs;
    };
    const closeCase = (c) => {
        const outcome = c.error ? 'errored' : c.failure ? 'failed' : c.skipped ? 'skipped' : 'passed';
        counts.total++;
        if (outcome === 'passed') {
            const earlier = pendingCount > 0 ? pendingRuns(c, false) : undefined;
            if (earlier && earlier.length > 0) {
                // A rerun that passed: the earlier failed runs and this pass are one flaky test.
                for (const run of earlier) {
                    counts.total--;
                    counts[run.outcome]--;
                    if (run.finding)
                        removed.add(run.finding);
                    findings.total--;
                }
                pendingCount -= earlier.length;
                earlier.length = 0;
                counts.flaky++;
            }
            else if (c.flaky)
                counts.flaky++;
            counts.passed++;
            return;
        }
        counts[outcome]++;
        if (outcome === 'skipped')
            return;
        const title = c.classname && c.classname !== c.name ? `${c.classname} › ${c.name}` : c.name;
        const finding = {
            ...(c.file ? { file: (0,types/* retain */.aw)(c.file) } : {}),
            ...(c.line ? { line: c.line } : {}),
            severity: 'error',
            rule: outcome === 'errored' ? 'test-error' : 'test-failure',
            message: (0,types/* retain */.aw)(c.message ? `${title}: ${c.message}` : title),
        };
        const kept = findings.add(finding);
        pendingRuns(c, true).push({ outcome, ...(kept ? { finding } : {}) });
        pendingCount++;
    };
    return (0,xml/* xmlStream */.yV)('JUnit', {
        open(name, attrs) {
            depth++;
            if (depth === 1) {
                if (name !== 'testsuites' && name !== 'testsuite') {
                    throw new types/* ReaderError */.ot(`not a JUnit report: the root element is <${name}>, expected <testsuites> or <testsuite>`);
                }
                sawTestsRoot = true;
            }
            if (name === 'testsuite') {
                suites.push((0,types/* retain */.aw)(attrs.name ?? ''));
                return;
            }
            if (name === 'testcase' && !current) {
                const line = (0,xml/* numberAttr */.Lw)(attrs, 'line');
                current = {
                    depth,
                    suite: suites.at(-1) ?? '',
                    classname: attrs.classname ?? attrs.class ?? '',
                    name: attrs.name ?? '',
                    ...(attrs.file ? { file: attrs.file } : {}),
                    ...(line !== undefined && line > 0 ? { line: Math.floor(line) } : {}),
                    error: false,
                    failure: false,
                    skipped: false,
                    flaky: false,
                };
                return;
            }
            if (!current || depth !== current.depth + 1)
                return;
            switch (name) {
                case 'error':
                case 'failure': {
                    const kind = name;
                    if (kind === 'error')
                        current.error = true;
                    else
                        current.failure = true;
                    // The message shown comes from the outcome that decides the test (error beats failure).
                    if (current.messageFrom === 'error' && kind === 'failure')
                        return;
                    if (current.messageFrom === kind && current.message)
                        return;
                    current.messageFrom = kind;
                    const message = attrs.message ? firstLine(attrs.message) : '';
                    if (message)
                        current.message = message;
                    else {
                        delete current.message;
                        collecting = kind;
                        collected = '';
                    }
                    return;
                }
                case 'skipped':
                    current.skipped = true;
                    return;
                case 'flakyFailure':
                case 'flakyError':
                    current.flaky = true;
                    return;
                default:
                    return;
            }
        },
        text(text) {
            if (collecting && collected.length < MESSAGE_CAP)
                collected += text.slice(0, MESSAGE_CAP - collected.length);
        },
        close(name) {
            if (collecting && (name === 'error' || name === 'failure') && current && depth === current.depth + 1) {
                const line = firstLine(collected);
                if (line)
                    current.message = line;
                collecting = undefined;
                collected = '';
            }
            if (name === 'testsuite' && !(current && depth > current.depth))
                suites.pop();
            if (name === 'testcase' && current && depth === current.depth) {
                closeCase(current);
                current = undefined;
            }
            depth--;
        },
    }, () => {
        if (!sawTestsRoot)
            throw new types/* ReaderError */.ot('not a JUnit report: no <testsuites> or <testsuite> root');
        const ran = counts.total - counts.skipped;
        return {
            ...counts,
            passRate: ran > 0 ? (counts.passed / ran) * 100 : null,
            findings: findings.items.filter((f) => !removed.has(f)),
            findingsTotal: findings.total,
        };
    });
}

// EXTERNAL MODULE: ./src/checks/reader-check.ts + 2 modules
var reader_check = __webpack_require__(8256);
;// CONCATENATED MODULE: ./src/checks/tests.ts
// `tests`: JUnit XML → pass rate against min-pass-rate; any errored test (a suite that failed to
// load or compile) fails the check even when the pass rate is met.


function pct(n) {
    return `${Number.isInteger(n) ? n : n.toFixed(1)}%`;
}
const testsCheck = {
    kind: 'tests',
    execute(ctx) {
        const options = ctx.check.raw.tests;
        const minPassRate = options['min-pass-rate'] ?? 100;
        return (0,reader_check/* runReaderCheck */.N1)(ctx, options.reports, async (inputs) => {
            const total = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, findingsTotal: 0 };
            const findings = [];
            for (const input of inputs) {
                const r = await (0,reader_check/* parseInput */.CU)(input, async () => {
                    const reader = createJUnitReader();
                    await input.stream((chunk) => reader.write(chunk));
                    return reader.end();
                });
                for (const k of ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'findingsTotal'])
                    total[k] += r[k];
                findings.push(...r.findings);
            }
            const ran = total.total - total.skipped;
            const passRate = ran > 0 ? (total.passed / ran) * 100 : null;
            const metrics = { total: total.total, passed: total.passed, failed: total.failed, errored: total.errored, skipped: total.skipped, flaky: total.flaky, passRate };
            const target = `pass rate ≥ ${pct(minPassRate)}`;
            if (total.total === 0)
                return { status: 'error', score: 0, summary: 'the report has no test cases', metrics, findings };
            if (passRate === null)
                return { status: 'error', score: 0, summary: `no test ran (${total.skipped} skipped)`, metrics, findings };
            const parts = [`${pct(Math.floor(passRate * 10) / 10)} passed (${total.passed}/${ran})`];
            if (total.failed)
                parts.push(`${total.failed} failed`);
            if (total.errored)
                parts.push(`${total.errored} errored`);
            if (total.skipped)
                parts.push(`${total.skipped} skipped`);
            if (total.flaky)
                parts.push(`${total.flaky} flaky`);
            let summary = `${parts.join(', ')}, target ${pct(minPassRate)}`;
            const passed = passRate >= minPassRate && total.errored === 0;
            if (total.errored > 0 && passRate >= minPassRate)
                summary += '; errored tests (suites that failed to load or run) fail the check';
            return { status: passed ? 'pass' : 'fail', score: passRate, summary, target, metrics, findings };
        });
    },
};


/***/ }),

/***/ 637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lw: () => (/* binding */ numberAttr),
/* harmony export */   yV: () => (/* binding */ xmlStream)
/* harmony export */ });
/* unused harmony export localName */
/* harmony import */ var saxes__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9800);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5629);
// Streaming XML with saxes: no DTD processing, no entity expansion (a reference to an entity the
// document declares is an error), errors with line and column.


/** Local name without a namespace prefix: `ns:testcase` → `testcase`. */
function localName(name) {
    const i = name.indexOf(':');
    return i < 0 ? name : name.slice(i + 1);
}
function xmlStream(what, handlers, finish) {
    const parser = new saxes__WEBPACK_IMPORTED_MODULE_0__/* .SaxesParser */ .wT({ position: true });
    let failure;
    let sawRoot = false;
    parser.on('error', (err) => {
        if (!failure) {
            // saxes prefixes "line:column: "; keep the position structured.
            const m = /^(\d+):(\d+): (.*)$/s.exec(err.message);
            failure = m ? new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReaderError */ .ot(`malformed ${what} XML: ${m[3].replace(/\.$/, '')}`, Number(m[1]), Number(m[2])) : new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReaderError */ .ot(`malformed ${what} XML: ${err.message}`);
        }
        throw failure;
    });
    parser.on('opentag', (tag) => {
        sawRoot = true;
        handlers.open(localName(tag.name), tag.attributes);
    });
    if (handlers.close) {
        const close = handlers.close;
        parser.on('closetag', (tag) => close(localName(tag.name)));
    }
    if (handlers.text) {
        const text = handlers.text;
        parser.on('text', text);
        parser.on('cdata', text);
    }
    return {
        write(chunk) {
            if (failure)
                throw failure;
            parser.write(chunk);
        },
        end() {
            if (failure)
                throw failure;
            parser.close();
            if (!sawRoot)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReaderError */ .ot(`not ${what} XML: no root element`);
            return finish(sawRoot);
        },
    };
}
function numberAttr(attributes, name) {
    const raw = attributes[name];
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const n = Number(raw);
    return Number.isFinite(n) ? n : undefined;
}


/***/ })

};
