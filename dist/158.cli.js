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
    return {
        ...measured,
        evidence: {
            workingDirectory: '.',
            durationMs: pass.durationMs,
            note: [note, ...examples].join('\n'),
            sources: [],
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

/***/ 1158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_PATTERN_FINDINGS: () => (/* binding */ MAX_PATTERN_FINDINGS),
/* harmony export */   patternsCheck: () => (/* binding */ patternsCheck)
/* harmony export */ });
/* harmony import */ var _scoring_curves_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2661);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(146);
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2070);



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
    visit(file) {
        for (const p of this.patterns) {
            if (!p.files(file.path))
                continue;
            const text = file.text;
            p.regex.lastIndex = 0;
            let line = 1;
            let from = 0;
            for (let m = p.regex.exec(text); m; m = p.regex.exec(text)) {
                // An empty match must still move on.
                if (m[0] === '')
                    p.regex.lastIndex++;
                for (let i = text.indexOf('\n', from); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1))
                    line++;
                from = m.index;
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
            files: (0,_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .selection */ .r)(p.files, p.exclude),
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
        return (0,_builtin_js__WEBPACK_IMPORTED_MODULE_2__/* .builtinOutcome */ .W)(ctx, pass, {
            status: scored.status,
            score: scored.score,
            summary,
            target: scanner.patterns.map((p) => (p.max !== undefined ? `${p.id} < ${Math.max(p.max, 1)}` : p.target !== undefined ? `${p.id} ≤ ${p.target}` : '')).filter(Boolean).join(', ') || 'counted only',
            metrics: { ...counts, matches: total, ...(0,_builtin_js__WEBPACK_IMPORTED_MODULE_2__/* .scanStatsMetrics */ .e)(pass) },
            findings: scanner.findings,
        });
    },
};


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
