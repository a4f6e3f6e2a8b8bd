export const id = 158;
export const ids = [158];
export const modules = {

/***/ 146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ builtinOutcome),
/* harmony export */   e: () => (/* binding */ scanStatsMetrics)
/* harmony export */ });
function scanStatsMetrics(pass) {
    const s = pass.stats;
    return { scanned: s.scanned, skippedBinary: s.skippedBinary, skippedLarge: s.skippedLarge, skippedSymlink: s.skippedSymlink, unreadable: s.unreadable };
}
/** A built-in scan's outcome: its measurement plus evidence of the shared pass. */
function builtinOutcome(ctx, pass, measured) {
    const s = pass.stats;
    const skipped = [];
    if (s.skippedBinary)
        skipped.push(`${s.skippedBinary} binary`);
    if (s.skippedLarge)
        skipped.push(`${s.skippedLarge} over max-file-size`);
    if (s.skippedSymlink)
        skipped.push(`${s.skippedSymlink} symlinks`);
    if (s.unreadable)
        skipped.push(`${s.unreadable} unreadable`);
    const note = `Scanned ${s.scanned} of ${s.listed} files listed by ${pass.list.source === 'git' ? 'git ls-files -co --exclude-standard' : 'a walk honouring .gitignore'} in ${pass.durationMs} ms${skipped.length ? `; skipped ${skipped.join(', ')}` : ''}.`;
    const examples = [...pass.skippedExamples.large.map((f) => `over max-file-size: ${f}`), ...pass.skippedExamples.unreadable.map((f) => `unreadable: ${f}`)];
    // Checks of one pass share its time: it is shown once, on the pass's first check.
    const shared = pass.timedOn !== undefined && pass.timedOn !== ctx.check.id;
    return {
        ...measured,
        evidence: {
            workingDirectory: '.',
            durationMs: shared ? 0 : pass.durationMs,
            note: [note, ...(shared ? [`The pass is shared with ${pass.timedOn}, whose time includes this check's.`] : []), ...examples].join('\n'),
            sources: [],
            ...(shared ? { timedOn: pass.timedOn } : {}),
        },
    };
}


/***/ }),

/***/ 2070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ matcher),
/* harmony export */   r: () => (/* binding */ selection)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// Path matching for the built-in scans (picomatch), on workspace-relative paths.

function matcher(patterns, fallback = () => true) {
    if (patterns === undefined || (Array.isArray(patterns) && patterns.length === 0))
        return fallback;
    const list = (Array.isArray(patterns) ? patterns : [patterns]);
    // A pattern without a slash matches the file name at any depth, as in .gitignore; picomatch's
    // basename option must not see the others (it would match their last segment only).
    const names = list.filter((p) => !p.includes('/'));
    const paths = list.filter((p) => p.includes('/'));
    const byName = names.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(names, { dot: true, basename: true }) : () => false;
    const byPath = paths.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(paths, { dot: true }) : () => false;
    return (p) => byName(p) || byPath(p);
}
/** Files matching `include` and not `exclude`. */
function selection(include, exclude) {
    const inc = matcher(include);
    const exc = exclude === undefined ? () => false : matcher(exclude);
    return (p) => inc(p) && !exc(p);
}


/***/ }),

/***/ 5238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ lineCounter),
/* harmony export */   m: () => (/* binding */ lineAt)
/* harmony export */ });
// Line numbers of matches that come in order, in one pass over the text however many there are.
function lineCounter(text) {
    const next = text.indexOf('\n');
    return { line: 1, next: next === -1 ? text.length : next };
}
/**
 * The line of `index`. Matches come in order, so counting newlines from the previous match is
 * enough; the next newline is remembered, so a file without one is not searched again per match.
 */
function lineAt(text, index, state) {
    while (state.next < index) {
        state.line++;
        const next = text.indexOf('\n', state.next + 1);
        state.next = next === -1 ? text.length : next;
    }
    return state.line;
}


/***/ }),

/***/ 1158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_PATTERN_FINDINGS: () => (/* binding */ MAX_PATTERN_FINDINGS),
/* harmony export */   patternsCheck: () => (/* binding */ patternsCheck)
/* harmony export */ });
/* harmony import */ var _scoring_curves_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2661);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(146);
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2070);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5238);




const MAX_PATTERN_FINDINGS = 50;
class PatternScanner {
    patterns;
    findings = [];
    constructor(patterns) {
        this.patterns = patterns;
    }
    wants(path) {
        return this.patterns.some((p) => p.files(path));
    }
    take() {
        const state = { counts: this.patterns.map((p) => p.count), findings: this.findings };
        for (const p of this.patterns)
            p.count = 0;
        this.findings = [];
        return state;
    }
    merge(state) {
        const s = state;
        s.counts.forEach((n, i) => (this.patterns[i].count += n));
        for (const f of s.findings)
            if (this.findings.length < MAX_PATTERN_FINDINGS)
                this.findings.push(f);
    }
    visit(file) {
        for (const p of this.patterns) {
            if (!p.files(file.path))
                continue;
            const text = file.text;
            p.regex.lastIndex = 0;
            const lines = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .lineCounter */ .L)(text);
            for (let m = p.regex.exec(text); m; m = p.regex.exec(text)) {
                // An empty match must still move on.
                if (m[0] === '')
                    p.regex.lastIndex++;
                const line = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .lineAt */ .m)(text, m.index, lines);
                p.count++;
                if (this.findings.length < MAX_PATTERN_FINDINGS) {
                    this.findings.push({ file: file.path, line, severity: 'warning', rule: p.id, message: `${p.id}: ${m[0].trim().slice(0, 80)}` });
                }
            }
        }
    }
}
const patternsCheck = {
    kind: 'patterns',
    scanner(check) {
        const patterns = (check.raw.patterns ?? []).map((p) => ({
            id: p.id,
            // ^ and $ are line anchors; every match counts.
            regex: new RegExp(p.regex, `g${(p.flags ?? '').includes('m') ? '' : 'm'}${p.flags ?? ''}`),
            files: (0,_globs_js__WEBPACK_IMPORTED_MODULE_2__/* .selection */ .r)(p.files, p.exclude),
            count: 0,
            ...(p.max !== undefined ? { max: p.max } : {}),
            ...(p.target !== undefined ? { target: p.target } : {}),
        }));
        return new PatternScanner(patterns);
    },
    async execute(ctx) {
        const { pass, scanner } = await ctx.scan.scannerOf(ctx.check.id);
        const counts = Object.fromEntries(scanner.patterns.map((p) => [p.id, p.count]));
        const max = Object.fromEntries(scanner.patterns.filter((p) => p.max !== undefined).map((p) => [p.id, p.max]));
        const target = Object.fromEntries(scanner.patterns.filter((p) => p.target !== undefined).map((p) => [p.id, p.target]));
        const scored = (0,_scoring_curves_js__WEBPACK_IMPORTED_MODULE_0__/* .levelCounts */ .pS)(counts, { max, target }, scanner.patterns.map((p) => p.id));
        const summary = scanner.patterns
            .map((p) => `${p.id} ${p.count}${p.max !== undefined ? ` (max ${p.max}${p.target !== undefined ? `, target ${p.target}` : ''})` : p.target !== undefined ? ` (target ${p.target})` : ''}`)
            .join(', ');
        const total = Object.values(counts).reduce((a, b) => a + b, 0);
        return (0,_builtin_js__WEBPACK_IMPORTED_MODULE_3__/* .builtinOutcome */ .W)(ctx, pass, {
            status: scored.status,
            score: scored.score,
            summary,
            target: scanner.patterns.map((p) => (p.max !== undefined ? `${p.id} < ${Math.max(p.max, 1)}` : p.target !== undefined ? `${p.id} \u2264 ${p.target}` : '')).filter(Boolean).join(', ') || 'counted only',
            metrics: { ...counts, matches: total, ...(0,_builtin_js__WEBPACK_IMPORTED_MODULE_3__/* .scanStatsMetrics */ .e)(pass) },
            findings: scanner.findings,
        });
    },
};


/***/ })

};
