export const id = 21;
export const ids = [21];
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

/***/ 6021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_OPEN_ITEMS: () => (/* binding */ MAX_OPEN_ITEMS),
/* harmony export */   checklistCheck: () => (/* binding */ checklistCheck),
/* harmony export */   taskItems: () => (/* binding */ taskItems)
/* harmony export */ });
/* harmony import */ var _scoring_curves_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2661);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(146);
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2070);



const MAX_OPEN_ITEMS = 50;
const TASK = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s+(.*)$/;
/** Task list items of a Markdown text, outside fenced code blocks. */
function taskItems(text) {
    const items = [];
    let fence;
    text.split('\n').forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        const f = /^\s*(`{3,}|~{3,})/.exec(line);
        if (f) {
            if (!fence)
                fence = f[1][0].repeat(f[1].length);
            else if (f[1].startsWith(fence))
                fence = undefined;
            return;
        }
        if (fence)
            return;
        const m = TASK.exec(line);
        if (m)
            items.push({ line: i + 1, done: m[1] !== ' ', text: m[2].trim() });
    });
    return items;
}
class ChecklistScanner {
    wants;
    files = [];
    constructor(wants) {
        this.wants = wants;
    }
    take() {
        const files = this.files;
        this.files = [];
        return files;
    }
    merge(state) {
        this.files.push(...state);
    }
    visit(file) {
        this.files.push({ path: file.path, items: taskItems(file.text) });
    }
}
const checklistCheck = {
    kind: 'checklist',
    scanner: (check) => new ChecklistScanner((0,_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .matcher */ .j)(check.raw.files)),
    async execute(ctx) {
        const { pass, scanner } = await ctx.scan.scannerOf(ctx.check.id);
        const target = typeof ctx.check.raw.target === 'number' ? ctx.check.raw.target : 100;
        const patterns = [ctx.check.raw.files ?? []].flat().join(', ');
        const error = (summary) => (0,_builtin_js__WEBPACK_IMPORTED_MODULE_2__/* .builtinOutcome */ .W)(ctx, pass, { status: 'error', score: 0, summary, metrics: {}, findings: [] });
        if (scanner.files.length === 0)
            return error(`no file matched files: ${patterns}`);
        const all = scanner.files.flatMap((f) => f.items.map((item) => ({ ...item, file: f.path })));
        if (all.length === 0)
            return error(`no task list items ("- [ ]" or "- [x]") in ${scanner.files.map((f) => f.path).join(', ')}`);
        const done = all.filter((i) => i.done).length;
        const pct = (100 * done) / all.length;
        const findings = all
            .filter((i) => !i.done)
            .slice(0, MAX_OPEN_ITEMS)
            .map((i) => ({ file: i.file, line: i.line, severity: 'note', rule: 'open-item', message: i.text.slice(0, 200) }));
        const scored = (0,_scoring_curves_js__WEBPACK_IMPORTED_MODULE_0__/* .higherIsBetter */ .i2)(pct, 0, target);
        const outcome = (0,_builtin_js__WEBPACK_IMPORTED_MODULE_2__/* .builtinOutcome */ .W)(ctx, pass, {
            ...scored,
            summary: `${done}/${all.length} items done (${Math.floor(pct)}%), target ${target}%`,
            target: `${target}% done`,
            metrics: { done, total: all.length, pct },
            findings,
        });
        return { ...outcome, evidence: { ...outcome.evidence, sources: scanner.files.map((f) => f.path) } };
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
