export const id = 527;
export const ids = [527];
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

/***/ 6527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DOCKERFILE_RULES: () => (/* binding */ DOCKERFILE_RULES),
/* harmony export */   checkDockerfile: () => (/* binding */ checkDockerfile),
/* harmony export */   dockerfileCheck: () => (/* binding */ dockerfileCheck),
/* harmony export */   instructions: () => (/* binding */ instructions)
/* harmony export */ });
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(146);
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2070);


const DOCKERFILE_RULES = ['non-root-user', 'healthcheck', 'pinned-base-image', 'no-add-url', 'no-secret-in-env'];
const DOCKERFILE_NAME = /(^|\/)(Dockerfile|Containerfile|dockerfile)(\.[^/]+)?$|(^|\/)[^/]+\.(Dockerfile|dockerfile)$/;
const SECRET_NAME = /(passw(or)?d|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential)/i;
/** Instructions with continuation lines joined, comments and parser directives dropped. */
function instructions(text) {
    const out = [];
    let current;
    text.split('\n').forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        if (!current && /^\s*(#|$)/.test(line))
            return;
        if (current && /^\s*#/.test(line))
            return;
        const continued = /\\\s*$/.test(line);
        const body = line.replace(/\\\s*$/, '');
        if (current)
            current.args += ` ${body.trim()}`;
        else {
            const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(body);
            if (!m)
                return;
            current = { line: i + 1, keyword: m[1].toUpperCase(), args: m[2].trim() };
        }
        if (!continued) {
            out.push(current);
            current = undefined;
        }
    });
    if (current)
        out.push(current);
    return out;
}
/** The five rules for one Dockerfile. */
function checkDockerfile(text) {
    const ins = instructions(text);
    const froms = ins.filter((i) => i.keyword === 'FROM');
    if (froms.length === 0)
        return [];
    const results = [];
    const lastFrom = froms[froms.length - 1];
    const finalStage = ins.slice(ins.indexOf(lastFrom));
    const user = finalStage.filter((i) => i.keyword === 'USER').pop();
    const userName = user?.args.split(/\s+/)[0]?.split(':')[0];
    const rootUser = !user || userName === 'root' || userName === '0';
    results.push({
        rule: 'non-root-user',
        met: !rootUser,
        line: user?.line ?? lastFrom.line,
        message: user ? `the final stage runs as ${userName}` : 'no USER in the final stage: the container runs as root',
    });
    const health = finalStage.filter((i) => i.keyword === 'HEALTHCHECK').pop();
    results.push({
        rule: 'healthcheck',
        met: !!health && !/^NONE\b/i.test(health.args),
        line: health?.line ?? lastFrom.line,
        message: health ? 'HEALTHCHECK NONE disables the health check' : 'no HEALTHCHECK in the final stage',
    });
    // Build arguments declared before FROM can name the image; resolve their defaults.
    const args = new Map();
    const stages = new Set();
    const unpinned = [];
    for (const i of ins) {
        if (i.keyword === 'ARG') {
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/.exec(i.args);
            if (m && m[2] !== undefined)
                args.set(m[1], m[2].replace(/^["']|["']$/g, ''));
        }
        if (i.keyword !== 'FROM')
            continue;
        const parts = i.args.split(/\s+/).filter((p) => !p.startsWith('--'));
        let image = parts[0] ?? '';
        image = image.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, name) => args.get(name) ?? m);
        const alias = parts[1]?.toUpperCase() === 'AS' ? parts[2] : undefined;
        const pinned = image === 'scratch' || stages.has(image.toLowerCase()) || image.includes('@sha256:') || (/:[^/:]+$/.test(image) && !/:latest$/.test(image) && !image.includes('$'));
        if (!pinned)
            unpinned.push(i);
        if (alias)
            stages.add(alias.toLowerCase());
    }
    results.push({
        rule: 'pinned-base-image',
        met: unpinned.length === 0,
        line: unpinned[0]?.line ?? froms[0].line,
        message: unpinned.length ? `base image not pinned (no tag, "latest", or an unresolved build argument): ${unpinned[0].args.split(/\s+/)[0]}` : '',
    });
    const addUrl = ins.find((i) => i.keyword === 'ADD' && /(^|\s)https?:\/\//i.test(i.args) && !/--checksum=/.test(i.args));
    results.push({ rule: 'no-add-url', met: !addUrl, line: addUrl?.line ?? 1, message: 'ADD of a URL without --checksum: use curl with a checksum, or COPY' });
    const secret = ins.find((i) => {
        if (i.keyword !== 'ENV' && i.keyword !== 'ARG')
            return false;
        // ENV a=b c=d, ENV a b, ARG a=b
        const pairs = i.args.match(/([A-Za-z_][A-Za-z0-9_]*)(?:=|\s+)("[^"]*"|'[^']*'|\S+)/g) ?? [];
        return pairs.some((p) => {
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=|\s+)(.*)$/.exec(p);
            const value = (m?.[2] ?? '').replace(/^["']|["']$/g, '');
            return !!m && SECRET_NAME.test(m[1]) && value !== '' && !value.startsWith('$');
        });
    });
    results.push({ rule: 'no-secret-in-env', met: !secret, line: secret?.line ?? 1, message: `a secret-looking ${secret?.keyword ?? 'ENV'} has a literal value; pass secrets at run time or with RUN --mount=type=secret` });
    return results;
}
class DockerfileScanner {
    selected;
    files = [];
    constructor(selected) {
        this.selected = selected;
    }
    take() {
        const files = this.files;
        this.files = [];
        return files;
    }
    merge(state) {
        this.files.push(...state);
    }
    wants(path) {
        return DOCKERFILE_NAME.test(path) && this.selected(path);
    }
    visit(file) {
        const results = checkDockerfile(file.text);
        if (results.length > 0)
            this.files.push({ path: file.path, results });
    }
}
const dockerfileCheck = {
    kind: 'dockerfile',
    scanner: (check) => new DockerfileScanner((0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .selection */ .r)(undefined, check.raw.exclude)),
    async execute(ctx) {
        const { pass, scanner } = await ctx.scan.scannerOf(ctx.check.id);
        if (scanner.files.length === 0)
            return (0,_builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .builtinOutcome */ .W)(ctx, pass, { status: 'skipped', summary: 'no Dockerfile in the repository', metrics: {}, findings: [] });
        const all = scanner.files.flatMap((f) => f.results.map((r) => ({ ...r, file: f.path })));
        const met = all.filter((r) => r.met).length;
        const findings = all.filter((r) => !r.met).map((r) => ({ file: r.file, line: r.line, severity: 'warning', rule: r.rule, message: r.message }));
        const byRule = Object.fromEntries(DOCKERFILE_RULES.map((rule) => [rule, all.filter((r) => r.rule === rule && r.met).length]));
        const score = (100 * met) / all.length;
        const failed = [...new Set(findings.map((f) => f.rule))];
        const outcome = (0,_builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .builtinOutcome */ .W)(ctx, pass, {
            status: met === all.length ? 'pass' : score >= 50 ? 'warn' : 'fail',
            score,
            summary: `${met}/${all.length} rules met in ${scanner.files.length} Dockerfile${scanner.files.length === 1 ? '' : 's'}${failed.length ? `; not met: ${failed.join(', ')}` : ''}`,
            target: 'all rules met',
            metrics: { dockerfiles: scanner.files.length, rulesMet: met, rules: all.length, ...byRule },
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
