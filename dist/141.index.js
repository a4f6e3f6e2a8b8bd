export const id = 141;
export const ids = [141];
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

/***/ 8141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CONVENTIONAL_TARGET: () => (/* binding */ DEFAULT_CONVENTIONAL_TARGET),
/* harmony export */   DEFAULT_WINDOW: () => (/* binding */ DEFAULT_WINDOW),
/* harmony export */   gitCheck: () => (/* binding */ gitCheck),
/* harmony export */   isConventional: () => (/* binding */ isConventional)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1955);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(131);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(146);
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2070);
// builtin: git \u2014 commit history and repository hygiene: the commit count, the share of
// Conventional Commit subjects among recent commits, stray merge artefacts, and tracked files over
// the size limit. A shallow clone says its history is shallow instead of misreporting it.




const DEFAULT_WINDOW = 50;
const DEFAULT_CONVENTIONAL_TARGET = 80;
const CONVENTIONAL = /^[A-Za-z]+(\([^()\r\n]*\))?!?: \S/;
const ARTEFACTS = (0,_globs_js__WEBPACK_IMPORTED_MODULE_2__/* .matcher */ .j)(['*.orig', '*.rej', '*.BACKUP.*', '*.LOCAL.*', '*.REMOTE.*', '*.BASE.*']);
/** A short git query through @actions/exec; checks' own commands use src/run/process.ts (process groups, kill trees). */
async function git(args, cwd) {
    const r = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)('git', args, { cwd, silent: true, ignoreReturnCode: true });
    if (r.exitCode !== 0)
        throw new Error(r.stderr.trim() || `git ${args[0]} exited ${r.exitCode}`);
    return r.stdout;
}
function isConventional(subject) {
    return CONVENTIONAL.test(subject);
}
function formatBytes(n) {
    return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(0)} KiB`;
}
const gitCheck = {
    kind: 'git',
    async execute(ctx) {
        const pass = await ctx.scan.result(ctx.check.id);
        const error = (summary) => (0,_builtin_js__WEBPACK_IMPORTED_MODULE_3__/* .builtinOutcome */ .W)(ctx, pass, { status: 'error', score: 0, summary, metrics: {}, findings: [] });
        if (pass.list.source !== 'git')
            return error('not a git repository (or git is not installed)');
        const raw = ctx.check.raw;
        const window = raw.window ?? DEFAULT_WINDOW;
        const target = typeof raw.target === 'number' ? raw.target : DEFAULT_CONVENTIONAL_TARGET;
        const maxSize = raw['max-file-size'] !== undefined ? (0,_config_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSize */ .DB)(raw['max-file-size']) : ctx.maxFileBytes;
        let shallow;
        let commits;
        let subjects;
        try {
            shallow = (await git(['rev-parse', '--is-shallow-repository'], ctx.workspace)).trim() === 'true';
            commits = Number((await git(['rev-list', '--count', 'HEAD'], ctx.workspace)).trim());
            subjects = (await git(['log', '--no-merges', `-n${window}`, '--format=%s'], ctx.workspace)).split('\n').filter(Boolean);
        }
        catch (err) {
            const message = err.message;
            return error(/does not have any commits|unknown revision|bad default revision/.test(message) ? 'the repository has no commits yet' : `git failed: ${message.split('\n')[0]}`);
        }
        const findings = [];
        const artefacts = pass.list.files.filter((f) => ARTEFACTS(f));
        for (const f of artefacts)
            findings.push({ file: f, severity: 'warning', rule: 'stray-merge-artefact', message: 'stray merge artefact (left by a merge tool or patch)' });
        const large = [...pass.list.tracked].filter((f) => (pass.sizes.get(f) ?? 0) > maxSize);
        for (const f of large)
            findings.push({ file: f, severity: 'warning', rule: 'large-file', message: `tracked file of ${formatBytes(pass.sizes.get(f))} (limit ${formatBytes(maxSize)})` });
        const scores = [artefacts.length === 0 ? 100 : 0, large.length === 0 ? 100 : 0];
        const parts = [];
        const metrics = { shallow, artefacts: artefacts.length, largeFiles: large.length };
        let conventionalBelow = false;
        if (shallow) {
            // A depth-1 checkout shows one commit: its count and subjects say nothing about the history.
            metrics.commits = null;
            parts.push('history is shallow (use fetch-depth: 0 in actions/checkout to measure commits)');
        }
        else {
            metrics.commits = commits;
            const matching = subjects.filter(isConventional).length;
            const pct = subjects.length > 0 ? (100 * matching) / subjects.length : null;
            metrics.conventional = { matching, window: subjects.length, pct };
            if (pct !== null) {
                // A met target scores 100 (target 0 is met by any history).
                scores.push(pct >= target ? 100 : (100 * pct) / target);
                conventionalBelow = pct < target;
                parts.push(`${commits} commit${commits === 1 ? '' : 's'}; ${matching}/${subjects.length} recent subject${subjects.length === 1 ? ' is' : 's are'} Conventional Commits (${Math.floor(pct)}%, target ${target}%)`);
                for (const s of subjects.filter((x) => !isConventional(x)).slice(0, 10)) {
                    findings.push({ severity: 'note', rule: 'conventional-commit', message: `not a Conventional Commit subject: ${s.slice(0, 120)}` });
                }
            }
        }
        parts.push(`${artefacts.length} stray merge artefact${artefacts.length === 1 ? '' : 's'}`, `${large.length} tracked file${large.length === 1 ? '' : 's'} over ${formatBytes(maxSize)}`);
        const score = scores.reduce((a, b) => a + b, 0) / scores.length;
        const status = artefacts.length > 0 || large.length > 0 ? 'fail' : conventionalBelow ? 'warn' : 'pass';
        return (0,_builtin_js__WEBPACK_IMPORTED_MODULE_3__/* .builtinOutcome */ .W)(ctx, pass, { status, score, summary: parts.join('; '), target: `no artefacts or large files; \u2265 ${target}% Conventional Commits`, metrics, findings });
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
