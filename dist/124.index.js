export const id = 124;
export const ids = [124];
export const modules = {

/***/ 1679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ parseInput),
/* harmony export */   N1: () => (/* binding */ runReaderCheck)
/* harmony export */ });
/* unused harmony exports workspacePaths, toReportList */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _run_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(649);
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
var xml = __webpack_require__(3018);
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

// EXTERNAL MODULE: ./src/checks/reader-check.ts
var reader_check = __webpack_require__(1679);
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

/***/ 3018:
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
