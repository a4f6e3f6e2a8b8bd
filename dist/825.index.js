export const id = 825;
export const ids = [825];
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

/***/ 2825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   conflictMarkersCheck: () => (/* binding */ conflictMarkersCheck),
/* harmony export */   findConflictMarkers: () => (/* binding */ findConflictMarkers)
/* harmony export */ });
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2070);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(146);


/** Marker lines of one file; pure, for tests. */
function findConflictMarkers(text) {
    // Cheap test first: most files have none of the opening or closing markers.
    if (!text.includes('<<<<<<< ') && !text.includes('>>>>>>> ') && !text.includes('||||||| '))
        return { markers: 0, blocks: [] };
    const blocks = [];
    let markers = 0;
    let open;
    let lineNo = 0;
    for (const raw of text.split('\n')) {
        lineNo++;
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.startsWith('<<<<<<< ') || line === '<<<<<<<') {
            markers++;
            open = { line: lineNo, markers: 1, closed: false };
            blocks.push(open);
        }
        else if (line.startsWith('||||||| ') || line === '|||||||') {
            markers++;
            if (open)
                open.markers++;
            else
                blocks.push({ line: lineNo, markers: 1, closed: true });
        }
        else if (line === '=======' && open) {
            markers++;
            open.markers++;
        }
        else if (line.startsWith('>>>>>>> ') || line === '>>>>>>>') {
            markers++;
            if (open) {
                open.markers++;
                open.closed = true;
                open = undefined;
            }
            else
                blocks.push({ line: lineNo, markers: 1, closed: true });
        }
    }
    return { markers, blocks };
}
class ConflictScanner {
    wants;
    files = 0;
    markers = 0;
    findings = [];
    constructor(wants) {
        this.wants = wants;
    }
    mayMatch(_path, bytes) {
        return bytes.includes('<<<<<<< ') || bytes.includes('>>>>>>> ') || bytes.includes('||||||| ');
    }
    take() {
        const state = { files: this.files, markers: this.markers, findings: this.findings };
        this.files = 0;
        this.markers = 0;
        this.findings = [];
        return state;
    }
    merge(state) {
        const s = state;
        this.files += s.files;
        this.markers += s.markers;
        this.findings.push(...s.findings);
    }
    visit(file) {
        const r = findConflictMarkers(file.text);
        if (r.markers === 0)
            return;
        this.files++;
        this.markers += r.markers;
        for (const b of r.blocks) {
            this.findings.push({
                file: file.path,
                line: b.line,
                severity: 'error',
                rule: 'conflict-marker',
                message: b.closed ? `unresolved merge conflict (${b.markers} marker lines)` : 'unresolved merge conflict: "<<<<<<<" without its closing marker',
            });
        }
    }
}
const conflictMarkersCheck = {
    kind: 'conflict-markers',
    scanner: (check) => new ConflictScanner((0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .selection */ .r)(undefined, check.raw.exclude)),
    async execute(ctx) {
        const { pass, scanner } = await ctx.scan.scannerOf(ctx.check.id);
        const metrics = { files: scanner.files, markers: scanner.markers, ...(0,_builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .scanStatsMetrics */ .e)(pass) };
        const summary = scanner.markers === 0
            ? `no conflict markers in ${pass.stats.scanned} files`
            : `${scanner.markers} conflict marker line${scanner.markers === 1 ? '' : 's'} in ${scanner.files} file${scanner.files === 1 ? '' : 's'}`;
        return (0,_builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .builtinOutcome */ .W)(ctx, pass, {
            status: scanner.markers === 0 ? 'pass' : 'fail',
            score: scanner.markers === 0 ? 100 : 0,
            summary,
            target: '0 markers',
            metrics,
            findings: scanner.findings,
        });
    },
};


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


/***/ })

};
