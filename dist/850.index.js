export const id = 850;
export const ids = [850];
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

/***/ 1850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ITEMS: () => (/* binding */ DEFAULT_ITEMS),
/* harmony export */   README_MIN_WORDS: () => (/* binding */ README_MIN_WORDS),
/* harmony export */   filesCheck: () => (/* binding */ filesCheck),
/* harmony export */   gitignoreNeeds: () => (/* binding */ gitignoreNeeds),
/* harmony export */   headings: () => (/* binding */ headings),
/* harmony export */   readmeWords: () => (/* binding */ readmeWords),
/* harmony export */   updateTool: () => (/* binding */ updateTool)
/* harmony export */ });
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(146);
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2070);
// builtin: files \u2014 the files a maintained project keeps: a README with a real body, a licence,
// a security policy, contributing notes, a changelog, CODEOWNERS, a CI workflow, a dependency update
// tool's config (Dependabot, Renovate, Scala Steward: Scorecard's Dependency-Update-Tool), and a
// .gitignore that covers .env and dependency folders. The score is the share present.



const DEFAULT_ITEMS = ['readme', 'license', 'security', 'contributing', 'changelog', 'codeowners', 'workflow', 'dependency-updates', 'gitignore'];
/** Where GitHub and common practice look for each file. */
const LOCATIONS = {
    readme: { re: /^readme(\.(md|markdown|rst|txt|adoc|org))?$/i, label: 'README' },
    license: { re: /^(licen[cs]e|copying|unlicense)([.-][^/]*)?$/i, label: 'LICENSE' },
    security: { re: /^(\.github\/|docs\/)?security(\.(md|rst|txt))?$/i, label: 'SECURITY.md' },
    contributing: { re: /^(\.github\/|docs\/)?contributing(\.(md|rst|txt))?$/i, label: 'CONTRIBUTING' },
    changelog: { re: /^(docs\/)?(changelog|changes|history|news|releases)(\.(md|rst|txt|markdown))?$/i, label: 'CHANGELOG' },
    codeowners: { re: /^(\.github\/|docs\/)?CODEOWNERS$/, label: 'CODEOWNERS' },
    workflow: { re: /^\.github\/workflows\/[^/]+\.ya?ml$/, label: 'a workflow in .github/workflows' },
    'dependency-updates': { re: /^(\.github\/dependabot\.ya?ml|(\.github\/|\.gitlab\/)?renovate\.json5?|\.renovaterc(\.json5?)?|(\.github\/|\.config\/)?\.?scala-steward\.conf)$/i, label: 'dependency update tool config (Dependabot or Renovate)' },
};
/** The tool a dependency update config belongs to. */
function updateTool(file) {
    return /dependabot/i.test(file) ? 'Dependabot' : /renovate/i.test(file) ? 'Renovate' : 'Scala Steward';
}
/** Words of prose in a README, leaving out headings, badges, images, bare links and HTML. */
function readmeWords(text) {
    const prose = text
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .split('\n')
        .filter((line) => {
        const t = line.trim();
        if (!t || /^#{1,6}\s/.test(t) || /^[=-]{3,}$/.test(t))
            return false;
        // A line of only images, badges and links is decoration; badges nest ([![x](img)](link)).
        let stripped = t.replace(/<[^>]+>/g, '');
        for (let prev = ''; prev !== stripped;) {
            prev = stripped;
            stripped = stripped.replace(/!?\[[^[\]]*\]\([^)]*\)/g, '');
        }
        return stripped.trim().length > 0;
    })
        .join(' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
    return (prose.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []).length;
}
const README_MIN_WORDS = 30;
/** Heading texts of a Markdown or reStructuredText file. */
function headings(text) {
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    const out = [];
    let fence = false;
    lines.forEach((line, i) => {
        if (/^\s*(```|~~~)/.test(line))
            fence = !fence;
        if (fence)
            return;
        const atx = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
        if (atx)
            out.push(atx[1]);
        else if (i > 0 && /^\s*(=+|-+|~+|\^+)\s*$/.test(line) && lines[i - 1].trim() && !/^\s*[-*+]\s/.test(lines[i - 1]))
            out.push(lines[i - 1].trim());
    });
    return out;
}
/** What .gitignore must cover, from the project's manifests. */
function gitignoreNeeds(files) {
    const needs = ['.env'];
    const has = (re) => files.some((f) => re.test(f));
    if (has(/(^|\/)package\.json$/))
        needs.push('node_modules/');
    if (has(/(^|\/)(pyproject\.toml|setup\.py|setup\.cfg|requirements[^/]*\.txt|Pipfile)$/))
        needs.push('.venv/');
    if (has(/(^|\/)composer\.json$/))
        needs.push('vendor/');
    return needs;
}
class FilesScanner {
    readme;
    gitignore;
    wants(path) {
        return LOCATIONS.readme.re.test(path) || path === '.gitignore';
    }
    visit(file) {
        if (file.path === '.gitignore')
            this.gitignore = file.text;
        else if (!this.readme || /\.md$/i.test(file.path))
            this.readme = { path: file.path, text: file.text };
    }
    take() {
        const state = { readme: this.readme, gitignore: this.gitignore };
        this.readme = undefined;
        this.gitignore = undefined;
        return state;
    }
    // The same choice as visiting the batches' files in order: the last Markdown README, else the first.
    merge(state) {
        const s = state;
        if (s.gitignore !== undefined)
            this.gitignore = s.gitignore;
        if (s.readme && (!this.readme || /\.md$/i.test(s.readme.path)))
            this.readme = s.readme;
    }
}
const filesCheck = {
    kind: 'files',
    scanner: () => new FilesScanner(),
    async execute(ctx) {
        const { pass, scanner } = await ctx.scan.scannerOf(ctx.check.id);
        const files = pass.list.files;
        const raw = ctx.check.raw;
        const dropped = new Set(raw.optional ?? []);
        const extra = (raw.require ?? []).filter((r) => !DEFAULT_ITEMS.includes(r));
        const items = DEFAULT_ITEMS.filter((i) => !dropped.has(i) || raw.require?.includes(i));
        const present = [];
        const tools = [];
        const findings = [];
        const missing = (what, message, file) => findings.push({ ...(file ? { file, line: 1 } : {}), severity: 'warning', rule: `missing-${what}`, message });
        for (const item of items) {
            if (item === 'gitignore') {
                if (scanner.gitignore === undefined) {
                    missing('gitignore', 'no .gitignore at the root');
                    continue;
                }
                const ig = ignore__WEBPACK_IMPORTED_MODULE_0___default()().add(scanner.gitignore);
                const uncovered = gitignoreNeeds(files).filter((p) => !ig.ignores(p));
                if (uncovered.length > 0)
                    missing('gitignore', `.gitignore does not cover ${uncovered.join(', ')}`, '.gitignore');
                else
                    present.push('.gitignore');
                continue;
            }
            const loc = LOCATIONS[item];
            const found = files.find((f) => loc.re.test(f));
            if (!found) {
                missing(item, `no ${loc.label}`);
                continue;
            }
            if (item === 'readme') {
                const words = scanner.readme ? readmeWords(scanner.readme.text) : 0;
                if (words < README_MIN_WORDS) {
                    missing('readme', `${found} has no real body (${words} words of prose, expected at least ${README_MIN_WORDS})`, found);
                    continue;
                }
            }
            if (item === 'dependency-updates')
                tools.push(`${updateTool(found)} (${found})`);
            present.push(found);
        }
        const sections = raw.sections ?? [];
        const titles = scanner.readme ? headings(scanner.readme.text).map((h) => h.toLowerCase()) : [];
        for (const section of sections) {
            if (titles.some((t) => t.includes(section.toLowerCase())))
                present.push(`README section "${section}"`);
            else
                missing('readme-section', `README has no "${section}" section`, scanner.readme?.path);
        }
        for (const pattern of extra) {
            const match = (0,_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .matcher */ .j)(pattern);
            const found = files.find((f) => match(f));
            if (found)
                present.push(found);
            else
                missing('required-file', `no file matches "${pattern}"`);
        }
        const total = items.length + sections.length + extra.length;
        if (total === 0)
            return (0,_builtin_js__WEBPACK_IMPORTED_MODULE_2__/* .builtinOutcome */ .W)(ctx, pass, { status: 'skipped', summary: 'nothing to check: every item is optional', metrics: {}, findings: [] });
        const score = (100 * present.length) / total;
        const status = present.length === total ? 'pass' : score >= 50 ? 'warn' : 'fail';
        const summary = `${present.length}/${total} present${tools.length ? ` (updates: ${tools.join(', ')})` : ''}${findings.length ? `; missing: ${findings.map((f) => f.message.replace(/^no /, '')).slice(0, 4).join('; ')}${findings.length > 4 ? '\u2026' : ''}` : ''}`;
        return (0,_builtin_js__WEBPACK_IMPORTED_MODULE_2__/* .builtinOutcome */ .W)(ctx, pass, {
            status,
            score,
            summary,
            target: 'all present',
            metrics: { present: present.length, required: total, missing: findings.map((f) => f.rule.replace(/^missing-/, '')), ...(tools.length ? { dependencyUpdateTool: tools.join(', ') } : {}) },
            findings,
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
