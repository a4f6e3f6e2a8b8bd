export const id = 407;
export const ids = [407];
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

/***/ 5407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_WORKFLOW_LIMITS: () => (/* binding */ DEFAULT_WORKFLOW_LIMITS),
/* harmony export */   trustedMatcher: () => (/* binding */ trustedMatcher),
/* harmony export */   workflowLimits: () => (/* binding */ workflowLimits),
/* harmony export */   workflowLimitsText: () => (/* binding */ workflowLimitsText),
/* harmony export */   workflowsCheck: () => (/* binding */ workflowsCheck)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _scoring_curves_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2661);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2011);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(146);
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2070);
/* harmony import */ var _workflow_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5314);
// builtin: workflows \u2014 the supply-chain checks OpenSSF Scorecard runs from outside after the merge
// (Pinned-Dependencies, Token-Permissions, Dangerous-Workflow), run on the checkout inside the pull
// request: every GitHub Actions workflow and every local action's action.yml, a finding per line.
// Scored by per-rule counts against `max` and `target`, as the other finding checks are.






/** GitHub runs the files directly in .github/workflows, not in subfolders. */
const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/i;
const ACTION_FILE = /(^|\/)action\.ya?ml$/;
/** Exploitable from outside (a pull request, an issue title): none allowed; the rest should be none. */
const DEFAULT_WORKFLOW_LIMITS = {
    max: { 'dangerous-trigger': 0, 'script-injection': 0, 'github-env': 0, 'insecure-commands': 0 },
    target: {
        'unpinned-action': 0,
        'permissions-missing': 0,
        'permissions-write-all': 0,
        'permissions-unneeded-write': 0,
        'download-and-run': 0,
        'persisted-credentials': 0,
        'cache-poisoning': 0,
        'unpinned-image': 0,
        'secrets-inherit': 0,
        'unpinned-install': 0,
        'suppression-without-reason': 0,
    },
};
/** The check's limits: the defaults, with each rule the config names replaced. */
function workflowLimits(max, target) {
    const out = { max: { ...DEFAULT_WORKFLOW_LIMITS.max }, target: { ...DEFAULT_WORKFLOW_LIMITS.target } };
    for (const [rule, n] of Object.entries(max ?? {})) {
        out.max[rule] = n;
        if (target?.[rule] === undefined)
            delete out.target[rule];
    }
    for (const [rule, n] of Object.entries(target ?? {})) {
        out.target[rule] = n;
        if (max?.[rule] === undefined)
            delete out.max[rule];
    }
    return out;
}
/** `trusted-actions` globs matched against owner/repo and the full action path. */
function trustedMatcher(patterns) {
    if (!patterns?.length)
        return () => false;
    const match = picomatch__WEBPACK_IMPORTED_MODULE_3___default()(patterns, { nocase: true });
    return (action) => match(action) || match(action.split('/').slice(0, 2).join('/'));
}
class WorkflowScanner {
    selected;
    trusted;
    files = [];
    constructor(selected, trusted) {
        this.selected = selected;
        this.trusted = trusted;
    }
    wants(path) {
        return (WORKFLOW_FILE.test(path) || ACTION_FILE.test(path)) && this.selected(path);
    }
    take() {
        const found = this.files;
        this.files = [];
        return found;
    }
    merge(state) {
        this.files.push(...state);
    }
    visit(file) {
        const kind = WORKFLOW_FILE.test(file.path) ? 'workflow' : 'action';
        const analysis = (0,_workflow_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .analyzeFile */ .xy)(file.text, kind, { trusted: this.trusted });
        if (!analysis.ignored)
            this.files.push({ ...analysis, path: file.path, kind });
    }
}
/** The limits, short: rules with a max by name, targets of 0 for every other rule as one phrase. */
function workflowLimitsText(limits) {
    const parts = _workflow_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKFLOW_RULES */ .KA.filter((r) => limits.max?.[r] !== undefined).map((r) => `${r} max ${limits.max[r]}`);
    const targets = _workflow_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKFLOW_RULES */ .KA.filter((r) => limits.max?.[r] === undefined && limits.target?.[r] !== undefined);
    const zero = targets.filter((r) => limits.target[r] === 0);
    parts.push(...targets.filter((r) => limits.target[r] !== 0).map((r) => `${r} \u2264 ${limits.target[r]}`));
    if (zero.length)
        parts.push(parts.length > 0 && parts.length + zero.length === _workflow_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKFLOW_RULES */ .KA.length ? 'other rules \u2264 0' : zero.map((r) => `${r} \u2264 0`).join(', '));
    return parts.join(', ');
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** The findings per rule in words, or "no findings". */
function foundText(files, counts) {
    const parts = _workflow_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKFLOW_RULES */ .KA.filter((r) => counts[r] > 0).map((r) => `${counts[r]} ${r}`);
    return parts.length ? parts.join(', ') : files.length ? 'no findings' : 'nothing to check';
}
const workflowsCheck = {
    kind: 'workflows',
    scanner: (check) => new WorkflowScanner((0,_globs_js__WEBPACK_IMPORTED_MODULE_4__/* .selection */ .r)(undefined, check.raw.exclude), trustedMatcher(check.raw['trusted-actions'])),
    async execute(ctx) {
        const { pass, scanner } = await ctx.scan.scannerOf(ctx.check.id);
        const files = [...scanner.files].sort((a, b) => a.path.localeCompare(b.path));
        const workflows = files.filter((f) => f.kind === 'workflow').length;
        const actions = files.length - workflows;
        // A workflow the pass could not read (over max-file-size, unreadable) was not checked: the
        // check says so, and is not a pass (nor "no workflow") on the files it did read.
        const unread = [...pass.skippedExamples.large, ...pass.skippedExamples.unreadable].filter((p) => scanner.wants(p)).sort();
        const why = (p) => (pass.skippedExamples.large.includes(p) ? `over max-file-size (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(pass.sizes.get(p) ?? 0)})` : 'unreadable');
        if (files.length === 0 && unread.length === 0)
            return (0,_builtin_js__WEBPACK_IMPORTED_MODULE_5__/* .builtinOutcome */ .W)(ctx, pass, { status: 'skipped', summary: 'no workflow in .github/workflows and no local action.yml', metrics: {}, findings: [] });
        const missing = (0,_workflow_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .missingPermissions */ .HR)(new Map(files.map((f) => [f.path, f])));
        const suppressed = [];
        const findings = files.flatMap((f) => {
            // permissions-missing is decided across files, so its suppression applies here.
            const own = missing.has(f.path) ? (0,_workflow_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .applySuppressions */ .px)([missing.get(f.path)], f.suppressions) : { live: [], suppressed: [] };
            suppressed.push(...[...f.suppressed, ...own.suppressed].map((s) => ({ file: f.path, line: s.line, rule: s.rule, reason: s.reason })));
            return [...f.findings, ...own.live]
                .sort((a, b) => a.line - b.line)
                .map((x) => ({ file: f.path, line: x.line, severity: x.severity ?? _workflow_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULE_SEVERITY */ .hx[x.rule], rule: x.rule, message: x.message }));
        });
        // Notes (a head checkout behind a reviewed environment or a label gate) are listed, not scored.
        const counts = Object.fromEntries(_workflow_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKFLOW_RULES */ .KA.map((r) => [r, 0]));
        for (const f of findings)
            if (f.severity !== 'note')
                counts[f.rule]++;
        const uses = files.flatMap((f) => f.uses);
        const pinnedUses = uses.filter((u) => u.state !== 'unpinned').length;
        const metrics = {
            workflows,
            actions,
            findings: findings.length,
            ...counts,
            uses: uses.length,
            pinned: uses.filter((u) => u.state === 'pinned' || u.state === 'local').length,
            trustedAtTag: uses.filter((u) => u.state === 'trusted').length,
            notes: findings.filter((f) => f.severity === 'note').length,
            suppressed: suppressed.length,
            ...(0,_builtin_js__WEBPACK_IMPORTED_MODULE_5__/* .scanStatsMetrics */ .e)(pass),
        };
        const where = `${plural(workflows, 'workflow')}${actions ? ` and ${plural(actions, 'local action')}` : ''}`;
        if (unread.length > 0) {
            return (0,_builtin_js__WEBPACK_IMPORTED_MODULE_5__/* .builtinOutcome */ .W)(ctx, pass, {
                status: 'error',
                score: 0,
                summary: `could not read ${unread[0]}: ${why(unread[0])}${unread.length > 1 ? ` (and ${unread.length - 1} more files)` : ''}; ${foundText(files, counts)} in the others`,
                metrics: { ...metrics, unread: unread.length },
                findings: [...unread.map((p) => ({ file: p, severity: 'error', rule: 'unread', message: `not checked: ${why(p)}` })), ...findings],
            });
        }
        const broken = files.filter((f) => f.error);
        if (broken.length > 0) {
            const first = broken[0];
            const parseFindings = broken.map((f) => ({ file: f.path, line: f.error.line, severity: 'error', rule: 'invalid-yaml', message: `cannot be read as a ${f.kind}: ${f.error.message}` }));
            return (0,_builtin_js__WEBPACK_IMPORTED_MODULE_5__/* .builtinOutcome */ .W)(ctx, pass, {
                status: 'error',
                score: 0,
                summary: `cannot parse ${first.path} line ${first.error.line}: ${first.error.message}${broken.length > 1 ? ` (and ${broken.length - 1} more files)` : ''}`,
                metrics: { ...metrics, unparsable: broken.length },
                findings: [...parseFindings, ...findings],
            });
        }
        const raw = ctx.check.raw;
        const limits = workflowLimits(raw.max, typeof raw.target === 'object' ? raw.target : undefined);
        const scored = (0,_scoring_curves_js__WEBPACK_IMPORTED_MODULE_0__/* .levelCounts */ .pS)(counts, limits, _workflow_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKFLOW_RULES */ .KA);
        const found = _workflow_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKFLOW_RULES */ .KA.filter((r) => counts[r] > 0).map((r) => `${counts[r]} ${r}`);
        const notes = metrics.notes;
        const pinning = `${uses.length ? `; ${pinnedUses}/${uses.length} uses pinned` : ''}${notes ? `; ${plural(notes, 'note')}` : ''}${suppressed.length ? `; ${suppressed.length} suppressed` : ''}`;
        const outcome = (0,_builtin_js__WEBPACK_IMPORTED_MODULE_5__/* .builtinOutcome */ .W)(ctx, pass, {
            status: scored.status,
            score: scored.score,
            summary: `${found.length ? found.join(', ') : 'no findings'} in ${where}${pinning}`,
            target: workflowLimitsText(limits),
            metrics,
            findings,
        });
        const listed = suppressed.map((s) => `${s.file}:${s.line} ${s.rule}: ${s.reason}`);
        const note = listed.length ? `${outcome.evidence.note}\nSuppressed ${plural(listed.length, 'finding')} (# readiness: ignore):\n${listed.join('\n')}` : outcome.evidence.note;
        return { ...outcome, evidence: { ...outcome.evidence, ...(note !== undefined ? { note } : {}), sources: files.map((f) => f.path) } };
    },
};


/***/ })

};
