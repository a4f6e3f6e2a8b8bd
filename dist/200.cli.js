export const id = 200;
export const ids = [200];
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

/***/ 1200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_SARIF_LIMITS: () => (/* binding */ DEFAULT_SARIF_LIMITS),
  limitsText: () => (/* binding */ limitsText),
  sarifCheck: () => (/* binding */ sarifCheck)
});

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
;// CONCATENATED MODULE: ./src/readers/sarif.ts

const LEVELS = new Set(['error', 'warning', 'note', 'none']);
function components(run) {
    const tool = (0,types/* isObject */.Gv)(run.tool) ? run.tool : {};
    const component = (c) => ({
        ...((0,types/* isObject */.Gv)(c) && typeof c.name === 'string' ? { name: c.name } : {}),
        rules: (0,types/* isObject */.Gv)(c) && Array.isArray(c.rules) ? c.rules.filter(types/* isObject */.Gv) : [],
    });
    return { driver: component(tool.driver), extensions: Array.isArray(tool.extensions) ? tool.extensions.map(component) : [] };
}
/** The rule a result refers to: by index (in the component named by toolComponent), else by id. */
function findRule(result, run) {
    const ref = (0,types/* isObject */.Gv)(result.rule) ? result.rule : undefined;
    const index = typeof ref?.index === 'number' ? ref.index : typeof result.ruleIndex === 'number' ? result.ruleIndex : undefined;
    const id = typeof ref?.id === 'string' ? ref.id : typeof result.ruleId === 'string' ? result.ruleId : undefined;
    let component = run.driver;
    const tc = (0,types/* isObject */.Gv)(ref?.toolComponent) ? ref.toolComponent : undefined;
    if (tc) {
        if (typeof tc.index === 'number' && run.extensions[tc.index])
            component = run.extensions[tc.index];
        else if (typeof tc.name === 'string')
            component = run.extensions.find((e) => e.name === tc.name) ?? run.driver;
    }
    if (index !== undefined && index >= 0 && component.rules[index])
        return component.rules[index];
    if (id === undefined)
        return undefined;
    const all = [run.driver, ...run.extensions];
    for (const c of all) {
        const hit = c.rules.find((r) => r.id === id);
        if (hit)
            return hit;
    }
    // Hierarchical ids ("a/b") fall back to their base rule.
    const base = id.split('/')[0];
    for (const c of all) {
        const hit = c.rules.find((r) => r.id === base);
        if (hit)
            return hit;
    }
    return undefined;
}
function effectiveLevel(result, rule) {
    if (typeof result.level === 'string' && LEVELS.has(result.level))
        return result.level;
    if (typeof result.kind === 'string' && result.kind !== 'fail')
        return 'none';
    const config = rule && (0,types/* isObject */.Gv)(rule.defaultConfiguration) ? rule.defaultConfiguration : undefined;
    if (config && typeof config.level === 'string' && LEVELS.has(config.level))
        return config.level;
    return 'warning';
}
function messageText(result, rule) {
    const message = (0,types/* isObject */.Gv)(result.message) ? result.message : {};
    let text = typeof message.text === 'string' ? message.text : undefined;
    if (text === undefined && typeof message.id === 'string' && rule && (0,types/* isObject */.Gv)(rule.messageStrings)) {
        const entry = rule.messageStrings[message.id];
        if ((0,types/* isObject */.Gv)(entry) && typeof entry.text === 'string')
            text = entry.text;
    }
    if (text === undefined)
        return '';
    const args = Array.isArray(message.arguments) ? message.arguments : [];
    return text.replace(/\{(\d+)\}/g, (m, i) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}
/** A location's path: file:// URIs decoded to paths, relative URIs kept relative. */
function uriToPath(uri) {
    let p = uri;
    if (/^file:/i.test(p))
        p = p.replace(/^file:(\/\/[^/]*)?/i, '');
    try {
        p = decodeURIComponent(p);
    }
    catch {
        // Keep it as written.
    }
    // file:///C:/x → C:/x
    return p.replace(/^\/([A-Za-z]:\/)/, '$1');
}
function sarif_location(result, artifacts) {
    const locations = Array.isArray(result.locations) ? result.locations : [];
    const first = locations.find(types/* isObject */.Gv);
    const physical = first && (0,types/* isObject */.Gv)(first.physicalLocation) ? first.physicalLocation : undefined;
    if (!physical)
        return {};
    const artifact = (0,types/* isObject */.Gv)(physical.artifactLocation) ? physical.artifactLocation : undefined;
    const region = (0,types/* isObject */.Gv)(physical.region) ? physical.region : undefined;
    const out = {};
    // A location may name its file through run.artifacts[index] instead of a uri.
    const indexed = artifact && typeof artifact.index === 'number' ? artifacts[artifact.index] : undefined;
    const uri = artifact && typeof artifact.uri === 'string' ? artifact.uri : (0,types/* isObject */.Gv)(indexed) && (0,types/* isObject */.Gv)(indexed.location) ? indexed.location.uri : undefined;
    if (typeof uri === 'string')
        out.file = uriToPath(uri);
    if (region && typeof region.startLine === 'number' && region.startLine > 0)
        out.line = region.startLine;
    if (region && typeof region.startColumn === 'number' && region.startColumn > 0)
        out.column = region.startColumn;
    return out;
}
function readSarif(text) {
    const json = (0,types/* parseJson */.qF)(text, 'SARIF');
    if (!(0,types/* isObject */.Gv)(json) || !Array.isArray(json.runs))
        throw new types/* ReaderError */.ot('not a SARIF log: expected an object with "runs"');
    if (json.version !== undefined && json.version !== '2.1.0') {
        throw new types/* ReaderError */.ot(`unsupported SARIF version ${JSON.stringify(json.version)}; expected "2.1.0"`);
    }
    const counts = { error: 0, warning: 0, note: 0, suppressed: 0 };
    const findings = new types/* FindingList */.kQ();
    for (const run of json.runs) {
        if (!(0,types/* isObject */.Gv)(run))
            continue;
        const comps = components(run);
        const artifacts = Array.isArray(run.artifacts) ? run.artifacts : [];
        for (const result of Array.isArray(run.results) ? run.results : []) {
            if (!(0,types/* isObject */.Gv)(result))
                continue;
            if ((Array.isArray(result.suppressions) && result.suppressions.length > 0) || result.baselineState === 'absent') {
                counts.suppressed++;
                continue;
            }
            const rule = findRule(result, comps);
            const level = effectiveLevel(result, rule);
            if (level === 'none')
                continue;
            counts[level]++;
            const ruleId = typeof result.ruleId === 'string' ? result.ruleId : rule && typeof rule.id === 'string' ? rule.id : 'sarif';
            findings.add({ ...sarif_location(result, artifacts), severity: level, rule: ruleId, message: messageText(result, rule) || ruleId });
        }
    }
    const rank = { error: 0, warning: 1, note: 2 };
    const sorted = [...findings.items].sort((a, b) => rank[a.severity] - rank[b.severity]);
    return { ...counts, total: counts.error + counts.warning + counts.note, findings: sorted, findingsTotal: findings.total };
}

// EXTERNAL MODULE: ./src/scoring/curves.ts
var curves = __webpack_require__(2661);
// EXTERNAL MODULE: ./src/checks/reader-check.ts
var reader_check = __webpack_require__(1679);
;// CONCATENATED MODULE: ./src/checks/sarif.ts



const sarif_LEVELS = ['error', 'warning', 'note'];
/** Without limits: no errors allowed, warnings should be none. */
const DEFAULT_SARIF_LIMITS = { max: { error: 0 }, target: { warning: 0 } };
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
const sarifCheck = {
    kind: 'sarif',
    execute(ctx) {
        const options = ctx.check.raw.sarif;
        const limits = (0,curves/* limitsFrom */.Dd)(options, DEFAULT_SARIF_LIMITS);
        return (0,reader_check/* runReaderCheck */.N1)(ctx, options.reports, async (inputs) => {
            const counts = { error: 0, warning: 0, note: 0, total: 0, suppressed: 0 };
            const findings = [];
            let findingsTotal = 0;
            for (const input of inputs) {
                const r = await (0,reader_check/* parseInput */.CU)(input, async () => readSarif(await input.text()));
                for (const k of Object.keys(counts))
                    counts[k] += r[k];
                findings.push(...r.findings);
                findingsTotal += r.findingsTotal;
            }
            const scored = (0,curves/* levelCounts */.pS)(counts, limits, sarif_LEVELS);
            const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
            let summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
            if (counts.suppressed)
                summary += ` (${counts.suppressed} suppressed)`;
            const target = limitsText(limits, sarif_LEVELS);
            summary += `; limits: ${target}`;
            return { status: scored.status, score: scored.score, summary, target, metrics: { ...counts, findingsTotal }, findings };
        });
    },
};


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
