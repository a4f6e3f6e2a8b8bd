export const id = 932;
export const ids = [932];
export const modules = {

/***/ 6932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HISTORY_LENGTH: () => (/* binding */ HISTORY_LENGTH),
/* harmony export */   compare: () => (/* binding */ compare),
/* harmony export */   keyPrefix: () => (/* binding */ keyPrefix),
/* harmony export */   readBaselineFile: () => (/* binding */ readBaselineFile),
/* harmony export */   runBaseline: () => (/* binding */ runBaseline),
/* harmony export */   saveKey: () => (/* binding */ saveKey),
/* harmony export */   toBaselineFile: () => (/* binding */ toBaselineFile),
/* harmony export */   writeBaselineFile: () => (/* binding */ writeBaselineFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Baseline and trend: the last report of the default branch, kept in the Actions cache. Pure
// comparison here; the cache itself is behind a thin adapter (cache-adapter.ts).


const HISTORY_LENGTH = 20;
const FILE = 'readiness-baseline.json';
/** Cache keys are immutable, so every run saves under its own key and restores by prefix. */
function keyPrefix(ctx, branch) {
    const part = (s) => s.replace(/[^A-Za-z0-9._/-]+/g, '_');
    return `readiness-${part(ctx.workflow)}-${part(ctx.job)}-${part(branch)}-`;
}
function saveKey(ctx, branch) {
    return `${keyPrefix(ctx, branch)}${ctx.runId}-${ctx.runAttempt}`;
}
function toBaselineFile(report, ctx, previous, now) {
    const date = now.toISOString();
    const history = [...(previous?.history ?? []), { score: report.score, sha: ctx.sha, date }].slice(-HISTORY_LENGTH);
    return {
        schemaVersion: 1,
        score: report.score,
        grade: report.grade,
        sha: ctx.sha,
        runId: ctx.runId,
        date,
        checks: report.checks.map((c) => ({ id: c.id, title: c.title, status: c.status, ...(c.score !== undefined ? { score: c.score } : {}) })),
        history,
    };
}
const SEVERITY = { error: 4, fail: 3, warn: 2, skipped: 1, waived: 1, pass: 0 };
/** What changed against the baseline: score delta, checks whose status changed (new failures first), trend. */
function compare(report, base, branch) {
    const before = new Map(base.checks.map((c) => [c.id, c]));
    const changes = [];
    for (const c of report.checks) {
        const b = before.get(c.id);
        if (!b)
            changes.push({ id: c.id, title: c.title, before: null, after: c.status });
        else if (b.status !== c.status)
            changes.push({ id: c.id, title: c.title, before: b.status, after: c.status });
    }
    for (const b of base.checks)
        if (!report.checks.some((c) => c.id === b.id))
            changes.push({ id: b.id, title: b.title, before: b.status, after: null });
    // New failures first: the biggest step toward a worse status, then the rest.
    const worsening = (x) => (x.after ? SEVERITY[x.after] : 0) - (x.before ? SEVERITY[x.before] : 0);
    changes.sort((a, b) => worsening(b) - worsening(a) || a.id.localeCompare(b.id));
    const delta = report.score !== null && base.score !== null ? Math.round((report.score - base.score) * 10) / 10 : null;
    return {
        status: 'compared',
        branch,
        previous: { score: base.score, grade: base.grade, sha: base.sha, date: base.date, runId: base.runId },
        delta,
        changes,
        trend: [...base.history.map((h) => h.score), report.score],
    };
}
function readBaselineFile(dir) {
    try {
        const v = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, FILE), 'utf8'));
        return v && v.schemaVersion === 1 && Array.isArray(v.checks) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
function writeBaselineFile(dir, file) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, FILE), `${JSON.stringify(file)}\n`);
}
/**
 * Restores the newest baseline of the branch to compare with (the base branch on a pull request),
 * and on a push to the default branch saves this run's. Nothing here can fail the step: cache
 * problems come back as warnings and an `unavailable`/`error` status.
 */
async function runBaseline(report, ctx, cache, dir, now) {
    const warnings = [];
    if (!cache.available()) {
        return { info: { status: 'unavailable', reason: 'the Actions cache service is not available here (not on GitHub, or no cache service), so there is no baseline' }, warnings };
    }
    const compareBranch = ctx.baseBranch ?? ctx.defaultBranch ?? ctx.branch;
    let previous;
    let info;
    try {
        // The same folder for restore and save: a cache entry is tied to the paths it was saved from.
        const restored = await cache.restore(dir, keyPrefix(ctx, compareBranch));
        previous = restored ? readBaselineFile(dir) : undefined;
        info = previous ? compare(report, previous, compareBranch) : { status: 'none', reason: `no baseline saved yet for branch ${compareBranch}`, branch: compareBranch };
    }
    catch (err) {
        warnings.push(`baseline: could not restore from the cache: ${err.message}`);
        info = { status: 'error', reason: `could not restore the baseline: ${err.message}`, branch: compareBranch };
    }
    const onDefault = ctx.eventName === 'push' && ctx.defaultBranch !== undefined && ctx.branch === ctx.defaultBranch;
    if (onDefault) {
        try {
            writeBaselineFile(dir, toBaselineFile(report, ctx, previous, now));
            await cache.save(dir, saveKey(ctx, ctx.branch));
            info = { ...info, saved: saveKey(ctx, ctx.branch) };
        }
        catch (err) {
            warnings.push(`baseline: could not save to the cache: ${err.message}`);
        }
    }
    return { info, warnings };
}


/***/ })

};
