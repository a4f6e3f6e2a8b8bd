export const id = 739;
export const ids = [739];
export const modules = {

/***/ 7739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/readers/audit/model.ts
const SEVERITIES = ['critical', 'high', 'moderate', 'low', 'unknown'];
const AUDIT_FORMATS = ['npm', 'yarn', 'yarn-berry', 'pnpm', 'pip-audit', 'cargo-audit', 'osv-scanner', 'trivy'];
const RANK = { critical: 4, high: 3, moderate: 2, low: 1, unknown: 0 };
/** Maps a producer's severity word onto ours; anything unknown is `unknown`. */
function normalizeSeverity(word) {
    switch (String(word ?? '').trim().toLowerCase()) {
        case 'critical':
            return 'critical';
        case 'high':
        case 'important':
            return 'high';
        case 'moderate':
        case 'medium':
            return 'moderate';
        case 'low':
        case 'info':
        case 'informational':
        case 'negligible':
        case 'none':
            return 'low';
        default:
            return 'unknown';
    }
}
/** CVSS base score → severity (CVSS v3/v4 qualitative rating scale). */
function severityFromScore(score) {
    if (!Number.isFinite(score))
        return 'unknown';
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'moderate';
    return 'low';
}
function higher(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}
/** Collects advisories and merges those that share an id or alias (union–find over ids). */
class AdvisorySet {
    parent = new Map();
    inputs = [];
    find(id) {
        let root = id;
        while (this.parent.get(root) !== root)
            root = this.parent.get(root);
        // Path compression keeps later look-ups short.
        for (let cur = id; this.parent.get(cur) !== root;) {
            const next = this.parent.get(cur);
            this.parent.set(cur, root);
            cur = next;
        }
        return root;
    }
    add(input) {
        const ids = [...new Set(input.ids.map((i) => i.trim()).filter(Boolean))];
        if (ids.length === 0)
            return;
        for (const id of ids)
            if (!this.parent.has(id))
                this.parent.set(id, id);
        const root = this.find(ids[0]);
        for (const id of ids.slice(1)) {
            const other = this.find(id);
            if (other !== root)
                this.parent.set(other, root);
        }
        this.inputs.push({ ...input, ids });
    }
    result(format) {
        const groups = new Map();
        for (const input of this.inputs) {
            const root = this.find(input.ids[0]);
            let g = groups.get(root);
            if (!g) {
                g = { ids: [], packages: new Set(), severity: 'unknown', first: input, fixed: new Set() };
                groups.set(root, g);
            }
            for (const id of input.ids)
                if (!g.ids.includes(id))
                    g.ids.push(id);
            if (input.package)
                g.packages.add(input.package);
            if (input.fixedVersion)
                g.fixed.add(input.fixedVersion);
            g.severity = higher(g.severity, input.severity);
        }
        const counts = { critical: 0, high: 0, moderate: 0, low: 0, unknown: 0 };
        const packages = new Set();
        const entries = [];
        const level = { critical: 'error', high: 'error', moderate: 'warning', low: 'note', unknown: 'warning' };
        for (const g of groups.values()) {
            counts[g.severity]++;
            for (const p of g.packages)
                packages.add(p);
            const pkgs = [...g.packages];
            const where = pkgs.length > 0 ? ` in ${pkgs.slice(0, 3).join(', ')}${pkgs.length > 3 ? ` and ${pkgs.length - 3} more` : ''}${g.first.version && pkgs.length === 1 ? `@${g.first.version}` : ''}` : '';
            const fix = g.fixed.size > 0 ? `; fixed in ${[...g.fixed].slice(0, 3).join(', ')}` : '';
            const aliases = g.ids.length > 1 ? ` (${g.ids.slice(1, 4).join(', ')})` : '';
            entries.push({
                severity: g.severity,
                finding: { severity: level[g.severity], rule: g.ids[0], message: `${g.severity}${where}: ${g.first.title ?? g.ids[0]}${aliases}${fix}` },
            });
        }
        // Most severe first, so the summary's first findings are the ones to fix.
        entries.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
        return { format, total: groups.size, ...counts, packages: packages.size, findings: entries.map((e) => e.finding) };
    }
}

;// CONCATENATED MODULE: ./src/readers/types.ts
/** Thrown when a report cannot be read: malformed, empty or of an unknown format. */
class ReaderError extends Error {
    line;
    column;
    constructor(message, 
    /** 1-based position in the text, when known. */
    line, column) {
        super(line !== undefined ? `${message} at line ${line}${column !== undefined ? `, column ${column}` : ''}` : message);
        this.line = line;
        this.column = column;
        this.name = 'ReaderError';
    }
}
/** Findings kept per report; the rest are counted. Keeps memory flat on huge reports. */
const MAX_FINDINGS = 5000;
/** Collects findings up to a cap and counts the rest. */
class FindingList {
    cap;
    items = [];
    total = 0;
    constructor(cap = MAX_FINDINGS) {
        this.cap = cap;
    }
    add(finding) {
        this.total++;
        if (this.items.length >= this.cap)
            return false;
        this.items.push(finding);
        return true;
    }
}
/** The whole text at once, through a stream reader. */
function readAll(reader, text) {
    reader.write(text);
    return reader.end();
}
/** 1-based line and column of an offset in a text. */
function position(text, offset) {
    let line = 1;
    let last = -1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        last = i;
    }
    return { line, column: offset - last };
}
/** JSON.parse with an error that says where the text stopped making sense. */
function parseJson(text, what) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        const message = err.message;
        // Truncated input: say it ended where the text ends.
        const at = /position (\d+)/.exec(message)?.[1] ?? (/end of JSON input/.test(message) ? String(text.length) : undefined);
        const reason = message.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
        if (at !== undefined) {
            const { line, column } = position(text, Number(at));
            throw new ReaderError(`malformed ${what} JSON: ${reason}`, line, column);
        }
        throw new ReaderError(`malformed ${what} JSON: ${reason}`);
    }
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/**
 * A copy of a string that does not pin the text it was cut from. V8 keeps a slice of a big chunk
 * as a view onto the whole chunk; a reader that keeps file names from every 1 MiB chunk would
 * otherwise keep every chunk.
 */
function retain(s) {
    return s.length < 13 ? s : (' ' + s).slice(1);
}

;// CONCATENATED MODULE: ./src/readers/coverage.ts
// The coverage model every coverage reader fills, merging across files, and format detection.

const COVERAGE_METRICS = ['lines', 'branches', 'functions', 'statements', 'instructions'];
const COVERAGE_FORMATS = ['lcov', 'cobertura', 'jacoco', 'clover', 'istanbul', 'go'];
/**
 * Lines of one file, dense by line number: 0 not instrumented, 1 instrumented, 2 covered. Only
 * "covered or not" is ever scored, so a byte per line is enough, whatever the hit counts.
 */
class LineHits {
    data = new Uint8Array(64);
    max = 0;
    add(line, hits) {
        if (line >= this.data.length) {
            let size = this.data.length;
            while (size <= line)
                size *= 2;
            const grown = new Uint8Array(size);
            grown.set(this.data);
            this.data = grown;
        }
        const state = hits > 0 ? 2 : 1;
        if (state > this.data[line])
            this.data[line] = state;
        if (line > this.max)
            this.max = line;
    }
    count() {
        let covered = 0;
        let total = 0;
        for (let i = 0; i <= this.max; i++) {
            const v = this.data[i];
            if (v !== 0) {
                total++;
                if (v === 2)
                    covered++;
            }
        }
        return { covered, total };
    }
    merge(other) {
        for (let i = 0; i <= other.max; i++) {
            const v = other.data[i];
            if (v !== 0)
                this.add(i, v - 1);
        }
    }
}
const SMALL_KEY = 2 ** 29;
/** Two small numbers as one key (line and condition, statement id and arm), or a string. */
function pairKey(a, b, width = 1024) {
    return Number.isInteger(a) && Number.isInteger(b) && a >= 0 && b >= 0 && b < width && a < SMALL_KEY / width ? a * width + b : `${a}:${b}`;
}
/**
 * Items of one file (branches, functions, statements) by identity, covered or not. Small integer
 * keys live in a packed Int32Array (key × 2 + covered), so millions of branches stay a few bytes
 * each; other keys in a Map.
 */
class Tally {
    codes = new Int32Array(16);
    n = 0;
    sorted = true;
    named = new Map();
    add(key, hits) {
        const covered = hits > 0;
        if (typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < SMALL_KEY) {
            if (this.n === this.codes.length) {
                const grown = new Int32Array(this.codes.length * 2);
                grown.set(this.codes);
                this.codes = grown;
            }
            const code = key * 2 + (covered ? 1 : 0);
            if (this.n > 0 && code < this.codes[this.n - 1])
                this.sorted = false;
            this.codes[this.n++] = code;
            return;
        }
        const k = String(key);
        this.named.set(k, covered || (this.named.get(k) ?? false));
    }
    /** Sorts and folds repeated keys (covered if any entry is), in place. */
    compact() {
        let codes = this.codes.subarray(0, this.n);
        if (!this.sorted)
            codes = codes.sort();
        let out = 0;
        for (let i = 0; i < codes.length; i++) {
            const code = codes[i];
            if (out > 0 && codes[out - 1] >> 1 === code >> 1)
                codes[out - 1] = codes[out - 1] | code;
            else
                codes[out++] = code;
        }
        this.n = out;
        this.sorted = true;
    }
    count() {
        this.compact();
        let covered = 0;
        for (let i = 0; i < this.n; i++)
            covered += this.codes[i] & 1;
        for (const c of this.named.values())
            if (c)
                covered++;
        return { covered, total: this.n + this.named.size };
    }
    merge(other) {
        for (let i = 0; i < other.n; i++)
            this.add(other.codes[i] >> 1, other.codes[i] & 1);
        for (const [k, c] of other.named)
            this.add(k, c ? 1 : 0);
    }
}
/**
 * What the readers produce and what is merged across report files: per-file line and item data
 * where the format has it (merged by file, not averaged), and plain totals where it only has those.
 */
class CoverageData {
    formats;
    lines = new Map();
    items = {};
    totals = {};
    constructor(formats = new Set()) {
        this.formats = formats;
    }
    fileLines(file) {
        let l = this.lines.get(file);
        if (!l) {
            l = new LineHits();
            this.lines.set(file, l);
        }
        return l;
    }
    fileItems(metric, file) {
        const byFile = (this.items[metric] ??= new Map());
        let t = byFile.get(file);
        if (!t) {
            t = new Tally();
            byFile.set(file, t);
        }
        return t;
    }
    /** Adds reported totals; a report claiming more covered than total (or negatives) is clamped. */
    addTotal(metric, covered, total) {
        const t = (this.totals[metric] ??= { covered: 0, total: 0 });
        const tot = Math.max(0, total);
        t.covered += Math.min(Math.max(0, covered), tot);
        t.total += tot;
    }
    merge(other) {
        for (const f of other.formats)
            this.formats.add(f);
        for (const [file, lines] of other.lines)
            this.fileLines(file).merge(lines);
        for (const metric of Object.keys(other.items)) {
            for (const [file, tally] of other.items[metric])
                this.fileItems(metric, file).merge(tally);
        }
        for (const [metric, t] of Object.entries(other.totals)) {
            this.addTotal(metric, t.covered, t.total);
        }
    }
    metrics() {
        const out = {};
        const put = (metric, covered, total) => {
            const prev = out[metric];
            const c = covered + (prev?.covered ?? 0);
            const t = total + (prev?.total ?? 0);
            out[metric] = { covered: c, total: t, pct: t > 0 ? (c / t) * 100 : null };
        };
        if (this.lines.size > 0) {
            let covered = 0;
            let total = 0;
            for (const l of this.lines.values()) {
                const c = l.count();
                covered += c.covered;
                total += c.total;
            }
            put('lines', covered, total);
        }
        for (const metric of Object.keys(this.items)) {
            let covered = 0;
            let total = 0;
            for (const t of this.items[metric].values()) {
                const c = t.count();
                covered += c.covered;
                total += c.total;
            }
            put(metric, covered, total);
        }
        for (const [metric, t] of Object.entries(this.totals))
            put(metric, t.covered, t.total);
        return out;
    }
}
/** Recognises a coverage format from the first few KiB of a report. */
function detectCoverageFormat(head) {
    const text = head.replace(/^\uFEFF/, '').trimStart();
    if (/^mode: *(set|count|atomic)\b/.test(text))
        return 'go';
    if (/^(TN|SF|VER):/m.test(text.slice(0, 4096)) && !text.startsWith('<') && !text.startsWith('{'))
        return 'lcov';
    if (text.startsWith('{')) {
        if (/"(statementMap|fnMap|branchMap)"/.test(text) || /"total"\s*:\s*\{/.test(text) || /"(lines|statements)"\s*:\s*\{\s*"total"/.test(text))
            return 'istanbul';
        throw new ReaderError('unrecognised coverage JSON: expected istanbul coverage-summary.json or coverage-final.json');
    }
    if (text.startsWith('<')) {
        const root = rootElement(text);
        if (root === 'report')
            return 'jacoco';
        if (root === 'coverage') {
            // Clover and Cobertura both use <coverage>; Clover's carries a `clover` attribute and <project>.
            if (/<coverage\b[^>]*\bclover=/.test(text) || /<project\b/.test(text))
                return 'clover';
            return 'cobertura';
        }
        throw new ReaderError(`unrecognised coverage XML: the root element is <${root ?? '?'}>, expected <coverage> (Cobertura, Clover) or <report> (JaCoCo)`);
    }
    throw new ReaderError(`unrecognised coverage report: expected ${COVERAGE_FORMATS.join(', ')} (LCOV, Cobertura XML, JaCoCo XML, Clover XML, istanbul JSON, Go coverprofile)`);
}
/** Name of the first element, skipping the XML declaration, comments, processing instructions and DOCTYPE. */
function rootElement(xml) {
    const re = /<(!--[\s\S]*?-->|\?[\s\S]*?\?>|![A-Za-z][^>]*>|([A-Za-z_][\w.:-]*))/g;
    for (let m = re.exec(xml); m; m = re.exec(xml)) {
        if (m[2]) {
            const name = m[2];
            const i = name.indexOf(':');
            return i < 0 ? name : name.slice(i + 1);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/schema.ts
// The configuration contract (SPEC §2). One zod schema is the source of truth for validation,
// the TypeScript types and the JSON Schema that `readiness schema` prints.



const DEFAULT_THRESHOLD = 70;
const DEFAULT_TIMEOUT_SECONDS = 600;
const DEFAULT_WEIGHT = 1;
const DEFAULT_CATEGORY = 'quality';
const DEFAULT_MAX_REPORT_BYTES = 256 * 1024 * 1024;
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Default categories and weights (SPEC §4); they sum to 100. */
const DEFAULT_CATEGORIES = {
    build: { title: 'Build', weight: 10 },
    tests: { title: 'Tests', weight: 20 },
    coverage: { title: 'Coverage', weight: 15 },
    security: { title: 'Security', weight: 20 },
    dependencies: { title: 'Dependencies', weight: 10 },
    quality: { title: 'Quality', weight: 10 },
    docs: { title: 'Docs', weight: 10 },
    hygiene: { title: 'Hygiene', weight: 5 },
};
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const SIZE = /^\s*\d+(\.\d+)?\s*([KMG]i?B|B)?\s*$/i;
/** "256MiB" → bytes; KB/MB/GB are decimal, KiB/MiB/GiB binary. */
function parseSize(value) {
    if (typeof value === 'number')
        return value;
    const m = /^\s*(\d+(?:\.\d+)?)\s*([KMG]?)(i?)B?\s*$/i.exec(value);
    if (!m)
        return NaN;
    const power = { '': 0, K: 1, M: 2, G: 3 }[m[2].toUpperCase()];
    return Math.round(Number(m[1]) * (m[3] ? 1024 : 1000) ** power);
}
const slug = schemas/* string */.YjP()
    .regex(SLUG, { error: 'expected a slug (letters, digits, "-", "_", "."; starting with a letter or digit)' })
    .describe('Letters, digits, "-", "_" and "."; starts with a letter or digit.');
const waiveSchema = schemas/* strictObject */.rej({
    reason: schemas/* string */.YjP().trim().min(1).describe('Why the check is waived; shown in the summary.'),
    until: iso/* date */.p6().optional().describe('Last day (YYYY-MM-DD, UTC) the waiver holds; after it the waiver is ignored.'),
})
    .describe('Keep running and showing the check, but leave it out of the score and the gate.');
const envSchema = schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected an environment variable name' }), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]))
    .describe('Environment variables added to the command\'s environment.');
const reportsSchema = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)])
    .describe('Report file(s): a path or glob, or a list, relative to the working directory. Without it the reader reads the stdout of `run`.');
const percent = schemas/* number */.aig().min(0).max(100);
const count = schemas/* int */.Whr().min(0);
const levels = (names, what) => schemas/* strictObject */.rej(Object.fromEntries(names.map((n) => [n, count.optional()]))).describe(what);
const SARIF_LEVELS = ['error', 'warning', 'note'];
const AUDIT_SEVERITIES = ['critical', 'high', 'moderate', 'low', 'unknown'];
const testsSchema = schemas/* strictObject */.rej({
    reports: reportsSchema.optional(),
    format: schemas/* enum */.k5n(['junit']).optional().describe('Only JUnit XML; any producer.'),
    'min-pass-rate': percent.optional().describe('Passed share of the tests that ran, in percent, below which the check fails (default 100).'),
})
    .describe('Test results from JUnit XML.');
const coverageSchema = schemas/* strictObject */.rej({
    reports: reportsSchema.optional(),
    format: schemas/* enum */.k5n(COVERAGE_FORMATS).optional().describe('Detected from the content when left out.'),
    metric: schemas/* enum */.k5n(COVERAGE_METRICS).optional().describe('The scored metric (default lines; statements when the format has no lines).'),
    min: percent.optional().describe('Percent at or below which the check fails and scores 0 (default 0).'),
    target: percent.optional().describe('Percent at or above which the check passes and scores 100 (default 80).'),
})
    .describe('Code coverage: LCOV, Cobertura, JaCoCo, Clover, istanbul JSON or Go coverprofile.');
const sarifSchema = schemas/* strictObject */.rej({
    reports: reportsSchema.optional(),
    max: levels(SARIF_LEVELS, 'Count per level at which the check fails; 0 means none allowed.').optional(),
    target: levels(SARIF_LEVELS, 'Count per level at or below which it passes.').optional(),
})
    .describe('Static analysis results in SARIF 2.1.0.');
const auditSchema = schemas/* strictObject */.rej({
    reports: reportsSchema.optional(),
    format: schemas/* enum */.k5n(AUDIT_FORMATS).optional().describe('Detected from the content when left out.'),
    max: levels(AUDIT_SEVERITIES, 'Advisories per severity at which the check fails; 0 means none allowed.').optional(),
    target: levels(AUDIT_SEVERITIES, 'Advisories per severity at or below which it passes.').optional(),
})
    .describe('Dependency audit: npm, yarn, yarn berry, pnpm, pip-audit, cargo-audit, osv-scanner or Trivy JSON.');
const metricSchema = schemas/* strictObject */.rej({
    reports: reportsSchema.optional(),
    pattern: schemas/* string */.YjP().min(1).optional().describe('Regular expression; its first group is the number.'),
    json: schemas/* string */.YjP().min(1).optional().describe('Dot path into JSON output, e.g. "total.ms" or "results[0].value".'),
    min: schemas/* number */.aig().optional().describe('Higher is better: at or below min the check fails.'),
    max: schemas/* number */.aig().optional().describe('Lower is better: at or above max the check fails.'),
    target: schemas/* number */.aig().optional().describe('At or beyond the target the check passes.'),
    unit: schemas/* string */.YjP().max(20).optional().describe('Shown after the number, e.g. "ms" or "KiB".'),
})
    .describe('A number from a command\'s output.');
const BUILTINS = ['conflict-markers', 'secrets', 'files', 'git', 'patterns', 'checklist', 'dockerfile'];
const globs = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1))]);
const size = schemas/* union */.KCZ([schemas/* int */.Whr().min(1), schemas/* string */.YjP().regex(SIZE, { error: 'expected a size such as 5MiB, 10 MB or 1048576' })]);
const patternSchema = schemas/* strictObject */.rej({
    id: slug.describe('Metric key for this pattern.'),
    regex: schemas/* string */.YjP().min(1).describe('JavaScript regular expression, matched line by line; every match counts.'),
    files: globs.optional().describe('Globs of the files to search (default: all). A glob without "/" matches names at any depth.'),
    exclude: globs.optional().describe('Globs of files to leave out.'),
    max: count.optional().describe('Count at which the check fails; 0 means none allowed.'),
    target: count.optional().describe('Count at or below which it passes.'),
    flags: schemas/* string */.YjP().regex(/^[imsu]*$/, { error: 'expected regex flags from i, m, s, u' }).optional().describe('Regex flags, e.g. "i".'),
});
/** Options of the built-in scans; each belongs to the builtins listed in BUILTIN_OPTIONS. */
const builtinShape = {
    builtin: schemas/* enum */.k5n(BUILTINS).optional().describe('A built-in scan that needs no tool.'),
    exclude: globs.optional().describe('conflict-markers, secrets, dockerfile: globs of files to leave out.'),
    allow: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('secrets: paths, globs or finding fingerprints to allow.'),
    require: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('files: more required files (paths or globs), or default items by name.'),
    optional: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('files: default items not required (readme, license, security, contributing, changelog, codeowners, workflow, gitignore).'),
    sections: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('files: headings the README must have, e.g. Install, Usage.'),
    window: schemas/* int */.Whr().min(1).optional().describe('git: how many recent commits to check for Conventional Commit subjects (default 50).'),
    target: percent.optional().describe('git: Conventional Commit share to reach (default 80); checklist: percent of items done (default 100).'),
    'max-file-size': size.optional().describe('git: tracked files over this size are flagged (default: the top-level max-file-size, 5 MiB).'),
    patterns: schemas/* array */.YOg(patternSchema).min(1).optional().describe('patterns: the regular expressions to count.'),
    files: globs.optional().describe('checklist: Markdown files with task lists.'),
};
const BUILTIN_OPTIONS = {
    'conflict-markers': ['exclude'],
    secrets: ['exclude', 'allow'],
    files: ['require', 'optional', 'sections'],
    git: ['window', 'target', 'max-file-size'],
    patterns: ['patterns'],
    checklist: ['files', 'target'],
    dockerfile: ['exclude'],
};
/** Keys every check may carry, whatever its kind. */
const commonCheckShape = {
    id: slug.describe('Unique id of the check.'),
    title: schemas/* string */.YjP().min(1).optional().describe('Display name; defaults to the id.'),
    category: slug.optional().describe('Category id; defaults to "quality".'),
    weight: schemas/* number */.aig().min(0).optional().describe('Weight inside its category (default 1).'),
    required: schemas/* boolean */.zMY().optional().describe('A blocker: if it does not pass, the gate fails whatever the score.'),
    needs: schemas/* array */.YOg(slug).optional().describe('Ids of checks that must pass before this one runs.'),
    after: schemas/* array */.YOg(slug).optional().describe('Ids of checks to run before this one, whatever their result (a report they write).'),
    timeout: schemas/* number */.aig().positive().optional().describe('Seconds before the command\'s whole process tree is killed (default 600).'),
    'working-directory': schemas/* string */.YjP().min(1).optional().describe('Directory to run in, relative to the workspace.'),
    env: envSchema.optional(),
    waive: waiveSchema.optional(),
    run: schemas/* string */.YjP().trim().min(1).optional().describe('Shell command. Alone, the check passes when it exits 0.'),
    requires: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[A-Za-z0-9_.+-]+$/, { error: 'expected a command name' }))
        .optional()
        .describe('Commands the check needs on PATH; when one is missing the check is skipped as "not installed".'),
    tests: testsSchema.optional(),
    coverage: coverageSchema.optional(),
    sarif: sarifSchema.optional(),
    audit: auditSchema.optional(),
    metric: metricSchema.optional(),
    ...builtinShape,
};
const checkSchema = schemas/* strictObject */.rej(commonCheckShape).describe('One check.');
const categorySchema = schemas/* strictObject */.rej({
    title: schemas/* string */.YjP().min(1).optional(),
    weight: schemas/* number */.aig().min(0).describe('Share of the overall score, relative to the other categories.'),
});
const configSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional().describe('Ignored; lets editors find this schema.'),
    threshold: schemas/* number */.aig().min(0).max(100).optional().describe('Pass mark 0–100 (default 70).'),
    concurrency: schemas/* int */.Whr().min(1).optional().describe('Checks run at once (default: available CPUs).'),
    'max-report-size': schemas/* union */.KCZ([schemas/* int */.Whr().min(1), schemas/* string */.YjP().regex(SIZE, { error: 'expected a size such as 256MiB, 10 MB or 1048576' })])
        .optional()
        .describe('Largest report file a reader accepts (default 256 MiB); bytes, or a number with KB/KiB/MB/MiB/GB/GiB.'),
    'max-file-size': schemas/* union */.KCZ([schemas/* int */.Whr().min(1), schemas/* string */.YjP().regex(SIZE, { error: 'expected a size such as 5MiB, 10 MB or 1048576' })])
        .optional()
        .describe('Built-in scans skip (and count) files larger than this (default 5 MiB).'),
    categories: schemas/* record */.g1P(slug, categorySchema).optional().describe('Add categories or change the default titles and weights.'),
    checks: schemas/* array */.YOg(checkSchema).describe('The checks to run.'),
})
    .describe('Readiness Scorecard configuration');
/** The keys a check object may carry, for "did you mean" hints. */
const CHECK_KEYS = Object.keys(checkSchema.shape);
const CONFIG_KEYS = Object.keys(configSchema.shape);
/** Check keys that attach a reader; a check has at most one of these or `builtin`. */
const READER_KEYS = ['tests', 'coverage', 'sarif', 'audit', 'metric'];
/** The reader keys and `builtin` present on a (possibly invalid) check object. */
function checkKindKeys(check) {
    const keys = READER_KEYS.filter((k) => check[k] !== undefined);
    if (check.builtin !== undefined)
        keys.push('builtin');
    return keys;
}
/** The kind of a valid check: its reader key, its builtin name, or undefined for a bare `run`. */
function checkKind(check) {
    const reader = READER_KEYS.find((k) => check[k] !== undefined);
    if (reader)
        return reader;
    return typeof check.builtin === 'string' ? check.builtin : undefined;
}
/** Keys of the object schema at a config path, for unknown-key messages. */
function allowedKeysAt(path) {
    let schema = configSchema;
    const unwrap = (s) => {
        let cur = s;
        while (cur instanceof schemas/* ZodOptional */.IiU || cur instanceof schemas/* ZodDefault */.XiL || cur instanceof schemas/* ZodNullable */.l1C)
            cur = cur.unwrap();
        return cur;
    };
    for (const seg of path) {
        schema = unwrap(schema);
        if (schema instanceof schemas/* ZodObject */.bvH) {
            const next = schema.shape[String(seg)];
            if (!next)
                return undefined;
            schema = next;
        }
        else if (schema instanceof schemas/* ZodArray */.naA)
            schema = schema.element;
        else if (schema instanceof schemas/* ZodRecord */.b8S)
            schema = schema.valueType;
        else
            return undefined;
    }
    schema = unwrap(schema);
    return schema instanceof schemas/* ZodObject */.bvH ? Object.keys(schema.shape) : undefined;
}
function configJsonSchema() {
    const schema = z.toJSONSchema(configSchema, { target: 'draft-7', io: 'input' });
    return { ...schema, title: 'Readiness Scorecard configuration' };
}

;// CONCATENATED MODULE: ./src/config/explain.ts
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(seg))
            out += out ? `.${seg}` : seg;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out || '(top level)';
}
/** A short, safe description of a value found in the config. */
function describeValue(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `a list of ${value.length}`;
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string') {
        const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
        return `${JSON.stringify(shown)} (text)`;
    }
    return `${String(value)} (${typeof value === 'number' ? 'number' : typeof value})`;
}
/** Optimal string alignment distance: Levenshtein plus adjacent transpositions ("biuld"). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, d[i - 2][j - 2] + 1);
            d[i][j] = v;
        }
    }
    return d[a.length][b.length];
}
/** "did you mean …?" when a close candidate exists. */
function suggestion(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? `; did you mean "${best}"?` : '';
}
const TYPE_NAMES = {
    string: 'text',
    number: 'a number',
    int: 'an integer',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    record: 'a mapping',
};
function expectedType(expected) {
    return TYPE_NAMES[expected] ?? expected;
}
function valueAt(root, path) {
    let cur = root;
    for (const seg of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
function problemsFromZod(error, input, allowedKeys) {
    const problems = [];
    for (const issue of error.issues) {
        const path = issue.path.filter((p) => typeof p !== 'symbol');
        const found = valueAt(input, path);
        switch (issue.code) {
            case 'unrecognized_keys': {
                const allowed = allowedKeys(path) ?? [];
                for (const key of issue.keys) {
                    problems.push({
                        path: [...path, key],
                        atKey: true,
                        message: `unknown key; expected one of ${allowed.join(', ')}${suggestion(key, allowed)}`,
                    });
                }
                break;
            }
            case 'invalid_type':
                problems.push({
                    path,
                    message: found === undefined
                        ? `is required (${expectedType(issue.expected)})`
                        : `expected ${expectedType(issue.expected)}, found ${describeValue(found)}`,
                });
                break;
            case 'too_small':
            case 'too_big': {
                const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
                const inclusive = issue.inclusive !== false;
                const op = issue.code === 'too_small' ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
                const what = issue.origin === 'string'
                    ? `text of length ${op} ${String(bound)}`
                    : issue.origin === 'array'
                        ? `a list of length ${op} ${String(bound)}`
                        : `a number ${op} ${String(bound)}`;
                problems.push({ path, message: `expected ${what}, found ${describeValue(found)}` });
                break;
            }
            case 'invalid_format':
                problems.push({
                    path,
                    message: `expected ${issue.format === 'date' ? 'a date YYYY-MM-DD' : issue.message.replace(/^expected /, '')}, found ${describeValue(found)}`,
                });
                break;
            case 'invalid_value':
                problems.push({
                    path,
                    message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${describeValue(found)}${typeof found === 'string' ? suggestion(found, issue.values.map(String)) : ''}`,
                });
                break;
            case 'invalid_key':
                problems.push({ path, atKey: true, message: `invalid key: ${issue.issues[0]?.message ?? issue.message}` });
                break;
            case 'invalid_union':
                problems.push({ path, message: `expected ${unionExpectation(issue)}, found ${describeValue(found)}` });
                break;
            default:
                problems.push({ path, message: `${issue.message}, found ${describeValue(found)}` });
        }
    }
    return problems;
}
function unionExpectation(issue) {
    const names = new Set();
    for (const branch of issue.errors) {
        for (const sub of branch) {
            if (sub.code === 'invalid_type' && sub.path.length === 0)
                names.add(expectedType(sub.expected));
        }
    }
    return names.size > 0 ? [...names].join(' or ') : 'one of the allowed forms';
}

;// CONCATENATED MODULE: ./src/config/load.ts
// Finds, parses and validates the config; every problem becomes one line with file, line and field path.





/** Looked for in this order when no config path is given. */
const CONFIG_CANDIDATES = ['.github/readiness.yml', '.github/readiness.yaml', 'readiness.yml'];
class ConfigError extends Error {
    file;
    problems;
    constructor(
    /** Workspace-relative path of the file, or null when none was found. */
    file, 
    /** One line per problem. */
    problems) {
        super(problems.length === 1 ? problems[0] : `${problems.length} problems in ${file ?? 'the configuration'}:\n${problems.join('\n')}`);
        this.file = file;
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
/** The config file to use: the explicit one, else the first candidate that exists, else null. */
function findConfig(workspace, explicit) {
    if (explicit) {
        const abs = external_node_path_default().resolve(workspace, explicit);
        if (!(0,external_node_fs_.existsSync)(abs) || !(0,external_node_fs_.statSync)(abs).isFile()) {
            throw new ConfigError(explicit, [`${explicit}: config file not found (looked in ${toPosix(workspace)})`]);
        }
        return abs;
    }
    for (const candidate of CONFIG_CANDIDATES) {
        const abs = external_node_path_default().join(workspace, candidate);
        if ((0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isFile())
            return abs;
    }
    return null;
}
function loadConfigFile(workspace, file) {
    const rel = toPosix(external_node_path_default().relative(workspace, file)) || external_node_path_default().basename(file);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new ConfigError(rel, [`${rel}: cannot read the config file: ${err.message}`]);
    }
    return { config: parseConfig(text, rel), path: rel };
}
/** Parses and validates config text; throws ConfigError listing every problem at once. */
function parseConfig(text, fileName) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0) {
        throw new ConfigError(fileName, doc.errors.map((e) => {
            const pos = lineCounter.linePos(e.pos[0]);
            const where = `${fileName}:${pos.line}:${pos.col}`;
            return `${where}: invalid YAML: ${e.message.split('\n')[0]}`;
        }));
    }
    let input;
    try {
        // Aliases resolve here: an alias to no anchor, or too many of them (a "billion laughs"), throws.
        input = doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        throw new ConfigError(fileName, [`${fileName}: invalid YAML: ${err.message.split('\n')[0]}`]);
    }
    if (input === null || input === undefined) {
        throw new ConfigError(fileName, [`${fileName}: the file is empty; expected a mapping with "checks"`]);
    }
    const problems = [];
    const parsed = configSchema.safeParse(input, { reportInput: true });
    if (!parsed.success)
        problems.push(...problemsFromZod(parsed.error, input, allowedKeysAt));
    problems.push(...semanticProblems(input));
    if (problems.length > 0) {
        // In file order, so the list reads top to bottom alongside the file.
        const located = problems.map((p, i) => ({ ...locate(doc, lineCounter, p), p, i }));
        located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.i - b.i);
        const lines = located.map(({ line, p }) => `${fileName}${line ? `:${line}` : ''}: ${formatPath(p.path)}: ${p.message}`);
        throw new ConfigError(fileName, [...new Set(lines)]);
    }
    return normalize(parsed.data);
}
/** The line of the node a problem points at, when it can be found. */
function locate(doc, lineCounter, problem) {
    let node = doc.contents;
    let keyNode;
    for (const seg of problem.path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((it) => (0,dist/* isPair */.tO)(it) && (0,dist/* isScalar */.jn)(it.key) && it.key.value === seg);
            if (!pair)
                break;
            keyNode = pair.key;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
            keyNode = undefined;
            node = node.items[seg];
        }
        else
            break;
    }
    const target = problem.atKey && keyNode ? keyNode : (node ?? keyNode);
    const offset = target?.range?.[0];
    return offset === undefined ? {} : { line: lineCounter.linePos(offset).line };
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Problems zod cannot see: kinds, ids, needs, cycles, categories, paths. Works on unvalidated input. */
function semanticProblems(input) {
    if (!isRecord(input) || !Array.isArray(input.checks))
        return [];
    const problems = [];
    const checks = input.checks;
    const firstIndex = new Map();
    checks.forEach((c, i) => {
        if (!isRecord(c) || typeof c.id !== 'string')
            return;
        const first = firstIndex.get(c.id);
        if (first === undefined)
            firstIndex.set(c.id, i);
        else
            problems.push({ path: ['checks', i, 'id'], message: `duplicate id "${c.id}" (already used by checks[${first}])` });
    });
    const ids = [...firstIndex.keys()];
    const categories = new Set(Object.keys(DEFAULT_CATEGORIES));
    if (isRecord(input.categories))
        for (const k of Object.keys(input.categories))
            categories.add(k);
    checks.forEach((c, i) => {
        if (!isRecord(c))
            return;
        const kinds = checkKindKeys(c);
        if (kinds.length === 0 && c.run === undefined) {
            problems.push({ path: ['checks', i], message: `nothing to do; expected "run"${READER_KEYS.length ? `, a reader (${READER_KEYS.join(', ')})` : ''} or "builtin"` });
        }
        if (kinds.length > 1) {
            problems.push({ path: ['checks', i], message: `expected at most one reader or builtin, found ${kinds.join(' and ')}` });
        }
        const builtin = typeof c.builtin === 'string' && BUILTINS.includes(c.builtin) ? c.builtin : undefined;
        const allOptions = new Set(Object.values(BUILTIN_OPTIONS).flat());
        for (const option of allOptions) {
            if (c[option] === undefined || (builtin && BUILTIN_OPTIONS[builtin].includes(option)))
                continue;
            const owners = Object.entries(BUILTIN_OPTIONS).filter(([, o]) => o.includes(option)).map(([b]) => b);
            problems.push({ path: ['checks', i, option], atKey: true, message: `only for builtin: ${owners.join(', ')}; found ${builtin ? `builtin: ${builtin}` : 'no builtin'}` });
        }
        if (builtin === 'patterns' && c.patterns === undefined)
            problems.push({ path: ['checks', i], message: 'builtin: patterns needs "patterns" (a list of {id, regex})' });
        if (builtin === 'checklist' && c.files === undefined)
            problems.push({ path: ['checks', i], message: 'builtin: checklist needs "files" (the Markdown files with task lists)' });
        if (builtin && c.run !== undefined)
            problems.push({ path: ['checks', i, 'run'], atKey: true, message: `a builtin scan runs no command; remove "run" or the builtin` });
        if (Array.isArray(c.patterns)) {
            const seen = new Set();
            c.patterns.forEach((p, j) => {
                if (!isRecord(p))
                    return;
                if (typeof p.id === 'string') {
                    if (seen.has(p.id))
                        problems.push({ path: ['checks', i, 'patterns', j, 'id'], message: `duplicate pattern id "${p.id}"` });
                    seen.add(p.id);
                }
                if (typeof p.regex === 'string') {
                    try {
                        new RegExp(p.regex, typeof p.flags === 'string' ? p.flags.replace(/[^imsu]/g, '') : '');
                    }
                    catch (err) {
                        problems.push({ path: ['checks', i, 'patterns', j, 'regex'], message: `expected a regular expression, found ${describeValue(p.regex)}: ${err.message}` });
                    }
                }
            });
        }
        for (const key of kinds) {
            if (key === 'builtin')
                continue;
            const reader = c[key];
            if (isRecord(reader) && reader.reports === undefined && c.run === undefined) {
                problems.push({ path: ['checks', i, key], message: 'nothing to read; expected "reports" or a "run" command whose output it reads' });
            }
        }
        if (isRecord(c.metric)) {
            const m = c.metric;
            if ((m.pattern === undefined) === (m.json === undefined)) {
                problems.push({ path: ['checks', i, 'metric'], message: `expected exactly one of "pattern" or "json", found ${m.pattern === undefined ? 'neither' : 'both'}` });
            }
            if ((m.min === undefined) === (m.max === undefined)) {
                problems.push({
                    path: ['checks', i, 'metric'],
                    message: `expected exactly one of "min" (higher is better) or "max" (lower is better), found ${m.min === undefined ? 'neither' : 'both'}`,
                });
            }
            if (typeof m.pattern === 'string') {
                try {
                    new RegExp(m.pattern);
                }
                catch (err) {
                    problems.push({ path: ['checks', i, 'metric', 'pattern'], message: `expected a regular expression, found ${describeValue(m.pattern)}: ${err.message}` });
                }
            }
        }
        if (isRecord(c.coverage) && typeof c.coverage.min === 'number' && typeof c.coverage.target === 'number' && c.coverage.min > c.coverage.target) {
            problems.push({ path: ['checks', i, 'coverage', 'min'], message: `expected min ≤ target (${c.coverage.target}), found ${c.coverage.min}` });
        }
        for (const key of ['needs', 'after']) {
            const list = c[key];
            if (!Array.isArray(list))
                continue;
            list.forEach((need, j) => {
                if (typeof need !== 'string')
                    return;
                if (need === c.id)
                    problems.push({ path: ['checks', i, key, j], message: `a check cannot ${key === 'needs' ? 'need' : 'run after'} itself` });
                else if (!firstIndex.has(need)) {
                    problems.push({
                        path: ['checks', i, key, j],
                        message: `unknown check id "${need}"; expected one of ${ids.join(', ')}${suggestion(need, ids)}`,
                    });
                }
            });
        }
        if (typeof c.category === 'string' && !categories.has(c.category)) {
            const known = [...categories];
            problems.push({
                path: ['checks', i, 'category'],
                message: `unknown category "${c.category}"; expected one of ${known.join(', ')} or define it under "categories"${suggestion(c.category, known)}`,
            });
        }
        const wd = c['working-directory'];
        if (typeof wd === 'string' && (external_node_path_default().isAbsolute(wd) || external_node_path_default().posix.normalize(wd.replace(/\\/g, '/')).split('/')[0] === '..')) {
            problems.push({ path: ['checks', i, 'working-directory'], message: `expected a path inside the workspace, found ${describeValue(wd)}` });
        }
    });
    for (const cycle of findCycles(checks)) {
        const start = firstIndex.get(cycle[0]);
        problems.push({ path: ['checks', start, 'needs'], message: `needs and after form a cycle: ${[...cycle, cycle[0]].join(' → ')}` });
    }
    return problems;
}
/** Each elementary cycle reported once, starting from its first check in config order. */
function findCycles(checks) {
    const graph = new Map();
    for (const c of checks) {
        if (isRecord(c) && typeof c.id === 'string' && !graph.has(c.id)) {
            const edges = [...(Array.isArray(c.needs) ? c.needs : []), ...(Array.isArray(c.after) ? c.after : [])];
            graph.set(c.id, edges.filter((n) => typeof n === 'string' && n !== c.id));
        }
    }
    const state = new Map();
    const stack = [];
    const cycles = [];
    const seen = new Set();
    const visit = (id) => {
        state.set(id, 'visiting');
        stack.push(id);
        for (const next of graph.get(id) ?? []) {
            if (!graph.has(next))
                continue;
            if (state.get(next) === 'visiting') {
                const cycle = stack.slice(stack.indexOf(next));
                const key = [...cycle].sort().join('\0');
                if (!seen.has(key)) {
                    seen.add(key);
                    cycles.push(cycle);
                }
            }
            else if (!state.has(next))
                visit(next);
        }
        stack.pop();
        state.set(id, 'done');
    };
    for (const id of graph.keys())
        if (!state.has(id))
            visit(id);
    return cycles;
}
function normalize(raw) {
    const categories = Object.entries(DEFAULT_CATEGORIES).map(([id, c]) => ({ id, ...c }));
    for (const [id, c] of Object.entries(raw.categories ?? {})) {
        const existing = categories.find((k) => k.id === id);
        if (existing) {
            existing.weight = c.weight;
            if (c.title)
                existing.title = c.title;
        }
        else
            categories.push({ id, title: c.title ?? id, weight: c.weight });
    }
    return {
        threshold: raw.threshold ?? DEFAULT_THRESHOLD,
        maxReportBytes: raw['max-report-size'] !== undefined ? parseSize(raw['max-report-size']) : DEFAULT_MAX_REPORT_BYTES,
        maxFileBytes: raw['max-file-size'] !== undefined ? parseSize(raw['max-file-size']) : DEFAULT_MAX_FILE_BYTES,
        ...(raw.concurrency !== undefined ? { concurrency: raw.concurrency } : {}),
        categories,
        checks: raw.checks.map(normalizeCheck),
    };
}
function normalizeCheck(raw) {
    const wd = raw['working-directory'] ? external_node_path_default().posix.normalize(raw['working-directory'].replace(/\\/g, '/')).replace(/\/$/, '') : '.';
    return {
        id: raw.id,
        title: raw.title ?? raw.id,
        kind: checkKind(raw) ?? 'run',
        category: raw.category ?? DEFAULT_CATEGORY,
        weight: raw.weight ?? DEFAULT_WEIGHT,
        required: raw.required ?? false,
        needs: raw.needs ?? [],
        after: raw.after ?? [],
        timeoutMs: Math.round((raw.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000),
        workingDirectory: wd || '.',
        env: Object.fromEntries(Object.entries(raw.env ?? {}).map(([k, v]) => [k, String(v)])),
        ...(raw.waive ? { waive: { reason: raw.waive.reason, ...(raw.waive.until ? { until: raw.waive.until } : {}) } } : {}),
        ...(raw.run ? { run: raw.run } : {}),
        requires: raw.requires ?? [],
        raw,
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/run/output.ts
// Capped capture of command output and its cleaning for display.
/** Keeps the last `limit` bytes written; memory stays flat whatever the command prints. */
class TailBuffer {
    limit;
    chunks = [];
    size = 0;
    totalBytes = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.totalBytes += chunk.length;
        if (chunk.length >= this.limit) {
            this.chunks = [chunk.subarray(chunk.length - this.limit)];
            this.size = this.limit;
            return;
        }
        this.chunks.push(chunk);
        this.size += chunk.length;
        // Compact only when well over the cap, so a flood of small chunks costs O(1) amortised.
        if (this.size > this.limit * 2)
            this.compact();
    }
    compact() {
        const all = Buffer.concat(this.chunks, this.size);
        const kept = Buffer.from(all.subarray(all.length - Math.min(this.limit, all.length)));
        this.chunks = [kept];
        this.size = kept.length;
    }
    get truncated() {
        return this.totalBytes > this.limit;
    }
    /** The kept bytes as UTF-8, without a character cut in half at the start. */
    text() {
        this.compact();
        let buf = this.chunks[0] ?? Buffer.alloc(0);
        if (this.truncated) {
            let start = 0;
            while (start < buf.length && start < 4 && (buf[start] & 0xc0) === 0x80)
                start++;
            buf = buf.subarray(start);
        }
        return buf.toString('utf8');
    }
}
// CSI, OSC (BEL or ST terminated) and two-character escapes.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]/g;
/** Removes terminal escapes and applies carriage returns the way a terminal shows the final line. */
function cleanOutput(text) {
    const noAnsi = text.replace(ANSI, '');
    if (!noAnsi.includes('\r'))
        return noAnsi;
    return noAnsi
        .replace(/\r\n/g, '\n')
        .split('\n')
        .map((line) => {
        const i = line.lastIndexOf('\r', line.length - 2);
        return (i >= 0 ? line.slice(i + 1) : line).replace(/\r$/, '');
    })
        .join('\n');
}

;// CONCATENATED MODULE: ./src/run/process-tree.ts
// Finds and signals every live process a check started: its process group, plus (on Linux) any
// process carrying the check's environment marker, which catches daemons that called setsid().
// Jenkins' ProcessTreeKiller finds build leftovers the same way, by an environment variable.

const MARKER_VARIABLE = 'READINESS_SCORECARD_CHECK';
function parseStat(text) {
    // The command name is in parentheses and may itself hold spaces and parentheses.
    const close = text.lastIndexOf(')');
    if (close < 0)
        return undefined;
    const fields = text.slice(close + 2).split(' ');
    // fields[0] is field 3 (state); pgrp is field 5.
    return { state: fields[0] ?? '', pgrp: Number(fields[2]) };
}
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Process ids are handed out in increasing order until they wrap at pid_max, so everything a check
 * started has an id from its first process's up to the last one allocated. Skipping the rest keeps
 * the scan to the processes that appeared while the check ran.
 */
function newPidFilter(firstPid) {
    let last;
    try {
        last = Number((0,external_node_fs_.readFileSync)('/proc/sys/kernel/ns_last_pid', 'utf8'));
    }
    catch {
        return () => true;
    }
    if (!Number.isInteger(last))
        return () => true;
    return last >= firstPid ? (pid) => pid >= firstPid && pid <= last : (pid) => pid >= firstPid || pid <= last;
}
/**
 * Live (not zombie) processes of the tree. Zombies wait for a reaper and cannot be killed.
 * Synchronous on purpose: /proc reads are memory reads, and a few hundred of them cost about a
 * millisecond, far less than the thread-pool round trips of the async API.
 */
function treeMembers(tree) {
    if (process.platform !== 'linux')
        return signalGroup(tree.pgid, 0) ? [-tree.pgid] : [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return signalGroup(tree.pgid, 0) ? [-tree.pgid] : [];
    }
    const needle = Buffer.from(`${MARKER_VARIABLE}=${tree.marker}\0`);
    const isNew = newPidFilter(tree.pgid);
    const members = [];
    for (const name of entries) {
        const pid = Number(name);
        if (!Number.isInteger(pid) || pid === process.pid || !isNew(pid))
            continue;
        try {
            const stat = parseStat((0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8'));
            if (!stat || stat.state === 'Z' || stat.state === 'X')
                continue;
            if (stat.pgrp === tree.pgid)
                members.push(pid);
            else if ((0,external_node_fs_.readFileSync)(`/proc/${pid}/environ`).includes(needle))
                members.push(pid);
        }
        catch {
            // Gone already, or not ours to read.
        }
    }
    return members;
}
/** Signals every live member; returns how many were signalled. */
function signalTree(tree, signal) {
    const members = treeMembers(tree);
    signalGroup(tree.pgid, signal);
    for (const pid of members) {
        try {
            process.kill(pid, signal);
        }
        catch {
            // Exited meanwhile.
        }
    }
    return members.length;
}

;// CONCATENATED MODULE: ./src/run/process.ts
// Runs one shell command in its own process group with a time limit, a capped output tail and
// whole-tree cleanup. The only module that spawns check commands.





const DEFAULT_TAIL_BYTES = 64 * 1024;
const DEFAULT_KILL_GRACE_MS = 5_000;
let cachedShell;
/** bash like GitHub's `run:` steps (`-eo pipefail`), else POSIX sh. */
function findShell() {
    if (cachedShell)
        return cachedShell;
    const bash = ['/bin/bash', '/usr/bin/bash', '/usr/local/bin/bash', '/opt/homebrew/bin/bash'].find((p) => (0,external_node_fs_.existsSync)(p));
    cachedShell = bash
        ? { file: bash, args: (c) => ['--noprofile', '--norc', '-eo', 'pipefail', '-c', c] }
        : { file: '/bin/sh', args: (c) => ['-e', '-c', c] };
    return cachedShell;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Process trees of the commands running now, for the last-resort kill on a second signal. */
const running = new Set();
/**
 * SIGKILLs every running check's tree at once: a second SIGTERM or SIGINT leaves no more grace. (The
 * first one aborted the run, so no command starts after this.) Returns how many trees were signalled.
 */
function killAllCommands() {
    for (const tree of running)
        signalTree(tree, 'SIGKILL');
    return running.size;
}
function runCommand(options) {
    const started = performance.now();
    const tailBytes = options.tailBytes ?? DEFAULT_TAIL_BYTES;
    const grace = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    const tail = new TailBuffer(tailBytes);
    const elapsed = () => Math.round(performance.now() - started);
    const failed = (reason) => ({
        exitCode: null,
        signal: null,
        durationMs: elapsed(),
        timedOut: false,
        cancelled: false,
        spawnError: reason,
        output: '',
        outputBytes: 0,
        outputTruncated: false,
        leftovers: 0,
    });
    if (!(0,external_node_fs_.existsSync)(options.cwd) || !(0,external_node_fs_.statSync)(options.cwd).isDirectory()) {
        return Promise.resolve(failed(`working directory ${options.cwd} does not exist`));
    }
    if (options.signal?.aborted) {
        return Promise.resolve({ ...failed('cancelled before it started'), spawnError: undefined, cancelled: true });
    }
    const marker = (0,external_node_crypto_.randomBytes)(9).toString('base64url');
    const shell = findShell();
    const stdoutChunks = [];
    let stdoutBytes = 0;
    let stdoutOverflow = false;
    return new Promise((resolve) => {
        let child;
        try {
            // Without a reader on stdout, the shell sends stderr down the same pipe so the two keep
            // their real order; same line, so line numbers in the shell's errors stay right.
            const script = options.stdoutLimit === undefined ? `exec 2>&1; ${options.command}` : options.command;
            child = (0,external_node_child_process_.spawn)(shell.file, shell.args(script), {
                cwd: options.cwd,
                env: { ...options.env, [MARKER_VARIABLE]: marker },
                // stdin is /dev/null: a command that reads input gets end of file at once.
                stdio: ['ignore', 'pipe', 'pipe'],
                // Its own session and process group, so the whole tree can be signalled at once.
                detached: true,
            });
        }
        catch (err) {
            resolve(failed(`could not start ${shell.file}: ${err.message}`));
            return;
        }
        const pgid = child.pid;
        const tree = pgid === undefined ? undefined : { pgid, marker };
        if (tree)
            running.add(tree);
        let timedOut = false;
        let cancelled = false;
        let exit;
        let spawnError;
        let killTimer;
        let settled = false;
        child.stdout.on('data', (chunk) => {
            tail.push(chunk);
            if (options.stdoutLimit !== undefined && !stdoutOverflow) {
                if (stdoutBytes + chunk.length > options.stdoutLimit)
                    stdoutOverflow = true;
                else {
                    stdoutChunks.push(chunk);
                    stdoutBytes += chunk.length;
                }
            }
        });
        child.stderr.on('data', (chunk) => tail.push(chunk));
        const terminate = () => {
            if (!tree)
                return;
            signalTree(tree, 'SIGTERM');
            killTimer ??= setTimeout(() => signalTree(tree, 'SIGKILL'), grace);
        };
        const timer = setTimeout(() => {
            timedOut = true;
            terminate();
        }, options.timeoutMs);
        const onAbort = () => {
            cancelled = true;
            terminate();
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const streamsClosed = Promise.all([
            new Promise((r) => child.stdout.once('close', () => r())),
            new Promise((r) => child.stderr.once('close', () => r())),
        ]);
        const finish = async (leftovers) => {
            if (settled)
                return;
            settled = true;
            if (tree)
                running.delete(tree);
            clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
            // Writers are gone; give the pipes a moment to drain, then stop waiting.
            let drainTimer;
            await Promise.race([streamsClosed, new Promise((r) => (drainTimer = setTimeout(r, 1_000)))]);
            clearTimeout(drainTimer);
            child.stdout.destroy();
            child.stderr.destroy();
            const text = tail.text();
            resolve({
                exitCode: exit?.code ?? null,
                signal: exit?.signal ?? null,
                durationMs: elapsed(),
                timedOut,
                cancelled,
                ...(spawnError ? { spawnError } : {}),
                output: cleanOutput(text),
                outputBytes: tail.totalBytes,
                outputTruncated: tail.truncated,
                ...(options.stdoutLimit !== undefined ? { stdout: Buffer.concat(stdoutChunks, stdoutBytes), stdoutOverflow } : {}),
                leftovers,
            });
        };
        child.once('error', (err) => {
            spawnError = `could not start the command: ${err.message}`;
            if (pgid === undefined)
                void finish(0);
        });
        child.once('exit', (code, signal) => {
            exit = { code, signal };
            void (async () => {
                // The command is over; anything it left behind in its group or marked with its token goes too.
                let leftovers = 0;
                if (tree) {
                    leftovers = signalTree(tree, 'SIGTERM');
                    if (leftovers > 0) {
                        const deadline = performance.now() + Math.min(grace, 2_000);
                        while (treeMembers(tree).length > 0 && performance.now() < deadline)
                            await sleep(25);
                        signalTree(tree, 'SIGKILL');
                    }
                }
                await finish(leftovers);
            })();
        });
    });
}

;// CONCATENATED MODULE: ./src/checks/command.ts
// `run` alone: the command's exit code is the measurement.

/** Runs the check's `run` command with its limits. */
function runCheckCommand(ctx, options = {}) {
    return runCommand({
        command: ctx.check.run ?? '',
        cwd: ctx.cwd,
        env: { ...ctx.env, ...ctx.check.env },
        timeoutMs: ctx.check.timeoutMs,
        killGraceMs: ctx.killGraceMs,
        signal: ctx.signal,
        ...(options.stdoutLimit !== undefined ? { stdoutLimit: options.stdoutLimit } : {}),
    });
}
function commandEvidence(ctx, result, sources = []) {
    return {
        command: ctx.check.run,
        workingDirectory: ctx.check.workingDirectory,
        exitCode: result.exitCode,
        signal: result.signal,
        durationMs: result.durationMs,
        outputTail: result.output,
        outputTruncated: result.outputTruncated,
        sources,
    };
}
function seconds(ms) {
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
/**
 * Why a command did not produce a measurement, or undefined when it ran to its end.
 * Exit codes 126/127 are the shell saying the program is not executable or not installed.
 */
function commandProblem(ctx, result) {
    if (result.spawnError)
        return result.spawnError;
    if (result.cancelled)
        return 'cancelled while running';
    if (result.timedOut)
        return `timed out after ${seconds(ctx.check.timeoutMs)}; the process tree was killed`;
    if (result.exitCode === 127)
        return `command not found (exit 127)${lastLine(result.output)}`;
    if (result.exitCode === 126)
        return `command not executable (exit 126)${lastLine(result.output)}`;
    return undefined;
}
function lastLine(output) {
    const line = output.trimEnd().split('\n').pop()?.trim();
    return line ? `: ${line.length > 160 ? `${line.slice(0, 157)}...` : line}` : '';
}
const commandCheck = {
    kind: 'run',
    async execute(ctx) {
        const result = await runCheckCommand(ctx);
        const evidence = commandEvidence(ctx, result);
        const problem = commandProblem(ctx, result);
        if (problem)
            return { status: 'error', score: 0, summary: problem, metrics: {}, findings: [], evidence };
        const metrics = { exitCode: result.exitCode };
        if (result.exitCode === 0)
            return { status: 'pass', score: 100, summary: 'exit 0', metrics, findings: [], evidence };
        const summary = result.signal ? `killed by ${result.signal}` : `exit ${result.exitCode}, expected 0`;
        return { status: 'fail', score: 0, summary, metrics, findings: [], evidence };
    },
};

// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./src/readers/xml.ts
// Streaming XML with saxes: no DTD processing, no entity expansion (a reference to an entity the
// document declares is an error), errors with line and column.


/** Local name without a namespace prefix: `ns:testcase` → `testcase`. */
function localName(name) {
    const i = name.indexOf(':');
    return i < 0 ? name : name.slice(i + 1);
}
function xmlStream(what, handlers, finish) {
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    let failure;
    let sawRoot = false;
    parser.on('error', (err) => {
        if (!failure) {
            // saxes prefixes "line:column: "; keep the position structured.
            const m = /^(\d+):(\d+): (.*)$/s.exec(err.message);
            failure = m ? new ReaderError(`malformed ${what} XML: ${m[3].replace(/\.$/, '')}`, Number(m[1]), Number(m[2])) : new ReaderError(`malformed ${what} XML: ${err.message}`);
        }
        throw failure;
    });
    parser.on('opentag', (tag) => {
        sawRoot = true;
        handlers.open(localName(tag.name), tag.attributes);
    });
    if (handlers.close) {
        const close = handlers.close;
        parser.on('closetag', (tag) => close(localName(tag.name)));
    }
    if (handlers.text) {
        const text = handlers.text;
        parser.on('text', text);
        parser.on('cdata', text);
    }
    return {
        write(chunk) {
            if (failure)
                throw failure;
            parser.write(chunk);
        },
        end() {
            if (failure)
                throw failure;
            parser.close();
            if (!sawRoot)
                throw new ReaderError(`not ${what} XML: no root element`);
            return finish(sawRoot);
        },
    };
}
function numberAttr(attributes, name) {
    const raw = attributes[name];
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const n = Number(raw);
    return Number.isFinite(n) ? n : undefined;
}

;// CONCATENATED MODULE: ./src/readers/junit.ts


const MESSAGE_CAP = 2000;
function firstLine(text) {
    for (const line of text.split('\n')) {
        const t = line.trim();
        if (t)
            return t.length > 300 ? `${t.slice(0, 297)}...` : t;
    }
    return '';
}
function createJUnitReader() {
    // Suite names stay on a stack while the suite is open; copies keep them from pinning chunks.
    const suites = [];
    let depth = 0;
    let current;
    let collecting;
    let collected = '';
    let sawTestsRoot = false;
    const counts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
    const findings = new FindingList();
    const removed = new Set();
    const pendingFailures = new Map();
    let pendingCount = 0;
    const pendingRuns = (c, create) => {
        let bySuite = pendingFailures.get(c.suite);
        if (!bySuite) {
            if (!create)
                return undefined;
            pendingFailures.set(c.suite, (bySuite = new Map()));
        }
        let byClass = bySuite.get(c.classname);
        if (!byClass) {
            if (!create)
                return undefined;
            // Copied, so that remembered failures do not pin the parser's chunks of the file.
            bySuite.set(retain(c.classname), (byClass = new Map()));
        }
        let runs = byClass.get(c.name);
        if (!runs && create)
            byClass.set(retain(c.name), (runs = []));
        return runs;
    };
    const closeCase = (c) => {
        const outcome = c.error ? 'errored' : c.failure ? 'failed' : c.skipped ? 'skipped' : 'passed';
        counts.total++;
        if (outcome === 'passed') {
            const earlier = pendingCount > 0 ? pendingRuns(c, false) : undefined;
            if (earlier && earlier.length > 0) {
                // A rerun that passed: the earlier failed runs and this pass are one flaky test.
                for (const run of earlier) {
                    counts.total--;
                    counts[run.outcome]--;
                    if (run.finding)
                        removed.add(run.finding);
                    findings.total--;
                }
                pendingCount -= earlier.length;
                earlier.length = 0;
                counts.flaky++;
            }
            else if (c.flaky)
                counts.flaky++;
            counts.passed++;
            return;
        }
        counts[outcome]++;
        if (outcome === 'skipped')
            return;
        const title = c.classname && c.classname !== c.name ? `${c.classname} › ${c.name}` : c.name;
        const finding = {
            ...(c.file ? { file: retain(c.file) } : {}),
            ...(c.line ? { line: c.line } : {}),
            severity: 'error',
            rule: outcome === 'errored' ? 'test-error' : 'test-failure',
            message: retain(c.message ? `${title}: ${c.message}` : title),
        };
        const kept = findings.add(finding);
        pendingRuns(c, true).push({ outcome, ...(kept ? { finding } : {}) });
        pendingCount++;
    };
    return xmlStream('JUnit', {
        open(name, attrs) {
            depth++;
            if (depth === 1) {
                if (name !== 'testsuites' && name !== 'testsuite') {
                    throw new ReaderError(`not a JUnit report: the root element is <${name}>, expected <testsuites> or <testsuite>`);
                }
                sawTestsRoot = true;
            }
            if (name === 'testsuite') {
                suites.push(retain(attrs.name ?? ''));
                return;
            }
            if (name === 'testcase' && !current) {
                const line = numberAttr(attrs, 'line');
                current = {
                    depth,
                    suite: suites.at(-1) ?? '',
                    classname: attrs.classname ?? attrs.class ?? '',
                    name: attrs.name ?? '',
                    ...(attrs.file ? { file: attrs.file } : {}),
                    ...(line !== undefined && line > 0 ? { line: Math.floor(line) } : {}),
                    error: false,
                    failure: false,
                    skipped: false,
                    flaky: false,
                };
                return;
            }
            if (!current || depth !== current.depth + 1)
                return;
            switch (name) {
                case 'error':
                case 'failure': {
                    const kind = name;
                    if (kind === 'error')
                        current.error = true;
                    else
                        current.failure = true;
                    // The message shown comes from the outcome that decides the test (error beats failure).
                    if (current.messageFrom === 'error' && kind === 'failure')
                        return;
                    if (current.messageFrom === kind && current.message)
                        return;
                    current.messageFrom = kind;
                    const message = attrs.message ? firstLine(attrs.message) : '';
                    if (message)
                        current.message = message;
                    else {
                        delete current.message;
                        collecting = kind;
                        collected = '';
                    }
                    return;
                }
                case 'skipped':
                    current.skipped = true;
                    return;
                case 'flakyFailure':
                case 'flakyError':
                    current.flaky = true;
                    return;
                default:
                    return;
            }
        },
        text(text) {
            if (collecting && collected.length < MESSAGE_CAP)
                collected += text.slice(0, MESSAGE_CAP - collected.length);
        },
        close(name) {
            if (collecting && (name === 'error' || name === 'failure') && current && depth === current.depth + 1) {
                const line = firstLine(collected);
                if (line)
                    current.message = line;
                collecting = undefined;
                collected = '';
            }
            if (name === 'testsuite' && !(current && depth > current.depth))
                suites.pop();
            if (name === 'testcase' && current && depth === current.depth) {
                closeCase(current);
                current = undefined;
            }
            depth--;
        },
    }, () => {
        if (!sawTestsRoot)
            throw new ReaderError('not a JUnit report: no <testsuites> or <testsuite> root');
        const ran = counts.total - counts.skipped;
        return {
            ...counts,
            passRate: ran > 0 ? (counts.passed / ran) * 100 : null,
            findings: findings.items.filter((f) => !removed.has(f)),
            findingsTotal: findings.total,
        };
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(3382);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/readers/text.ts
// Bytes of a report → text: UTF-8 (with or without BOM) or UTF-16 (with a BOM, or without one
// when the text starts with ASCII). Streaming, so large reports never exist twice in memory.

/** The encoding and the length of its byte-order mark, from the first bytes. */
function sniffEncoding(head) {
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
        return { encoding: 'utf-8', bom: 3 };
    if (head[0] === 0xff && head[1] === 0xfe)
        return { encoding: 'utf-16le', bom: 2 };
    if (head[0] === 0xfe && head[1] === 0xff)
        return { encoding: 'utf-16be', bom: 2 };
    // No BOM: an ASCII first character with a zero byte beside it is UTF-16.
    if (head.length >= 4 && head[0] !== 0 && head[1] === 0 && head[2] !== 0 && head[3] === 0)
        return { encoding: 'utf-16le', bom: 0 };
    if (head.length >= 4 && head[0] === 0 && head[1] !== 0 && head[2] === 0 && head[3] !== 0)
        return { encoding: 'utf-16be', bom: 0 };
    return { encoding: 'utf-8', bom: 0 };
}
/** Decodes chunks in order; call with the first chunk first. */
class ReportDecoder {
    decoder;
    pending;
    write(chunk) {
        let bytes = chunk;
        if (!this.decoder) {
            // Wait for four bytes to sniff, so a tiny first chunk cannot hide a UTF-16 text.
            bytes = this.pending ? concat(this.pending, chunk) : chunk;
            if (bytes.length < 4) {
                this.pending = bytes;
                return '';
            }
            this.pending = undefined;
            const { encoding, bom } = sniffEncoding(bytes);
            this.decoder = new external_node_util_.TextDecoder(encoding, { ignoreBOM: true });
            bytes = bytes.subarray(bom);
        }
        return this.decoder.decode(bytes, { stream: true });
    }
    end() {
        if (!this.decoder) {
            const rest = this.pending ?? new Uint8Array();
            this.pending = undefined;
            const { encoding, bom } = sniffEncoding(rest);
            return new external_node_util_.TextDecoder(encoding, { ignoreBOM: true }).decode(rest.subarray(bom));
        }
        return this.decoder.decode();
    }
}
function concat(a, b) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
}
/** A whole buffer as text. */
function decodeReport(bytes) {
    const d = new ReportDecoder();
    return d.write(bytes) + d.end();
}

;// CONCATENATED MODULE: ./src/run/environment.ts
// The environment check commands see: the runner's, minus what belongs to this step only.
/** Reports a check writes outside the repository go to the run's own folder, named by this variable. */
const TEMP_VARIABLE = 'READINESS_TEMP';
/**
 * Removed from every check command's environment: the action's inputs (the GitHub token among
 * them), the runtime tokens the runner gives actions but not `run` steps, and the step's file
 * commands (a check must not write this step's summary or outputs).
 */
const STEP_ONLY = [/^INPUT_/i, /^ACTIONS_RUNTIME_TOKEN$/, /^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/, /^GITHUB_(OUTPUT|STEP_SUMMARY|ENV|PATH|STATE)$/];
function checkEnvironment(base) {
    const env = {};
    for (const [key, value] of Object.entries(base)) {
        if (value !== undefined && !STEP_ONLY.some((re) => re.test(key)))
            env[key] = value;
    }
    return env;
}

;// CONCATENATED MODULE: ./src/run/workspace.ts
// Report files: globs resolved inside the workspace only (no `..` escapes, no symlinks out of it),
// size limits checked before reading, and streaming reads through the report decoder.






/** A report that cannot be used; the message is the check's `error` reason. */
class ReportError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ReportError';
    }
}
function workspace_toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
function inside(root, target) {
    const rel = external_node_path_default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
function formatSize(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
    return `${bytes} B`;
}
const TEMP_PREFIX = new RegExp(`^\\$(?:\\{${TEMP_VARIABLE}\\}|${TEMP_VARIABLE})/`);
/**
 * The files the patterns match, in order, without duplicates. Patterns are relative to `cwd`;
 * each must match at least one file, and every file must really lie inside the workspace.
 */
async function resolveReports(patterns, cwd, workspace, tempDir) {
    const files = [];
    const seen = new Set();
    for (const raw of patterns) {
        // `$READINESS_TEMP/…` resolves in the run's temporary folder and must stay inside that one.
        const inTemp = tempDir !== undefined && TEMP_PREFIX.test(raw);
        const base = inTemp ? tempDir : workspace;
        for (const file of await resolvePattern(inTemp ? raw.replace(TEMP_PREFIX, '') : raw, raw, inTemp ? tempDir : cwd, base)) {
            if (!seen.has(file.real)) {
                seen.add(file.real);
                files.push(file.path);
            }
        }
    }
    return files;
}
async function resolvePattern(pattern0, raw, cwd, workspace) {
    const root = (0,external_node_fs_.realpathSync)(workspace);
    const where = workspace_toPosix(external_node_path_default().relative(workspace, cwd)) || '.';
    const out = [];
    {
        const pattern = pattern0.replace(/\\/g, '/');
        // The part before the first glob segment must stay inside; so must any `..` after it.
        const segments = pattern.split('/');
        const firstDynamic = segments.findIndex((s) => (0,tinyglobby_dist/* isDynamicPattern */.ey)(s));
        const fixed = firstDynamic < 0 ? segments : segments.slice(0, firstDynamic);
        const base = external_node_path_default().resolve(cwd, fixed.join('/') || '.');
        if (external_node_path_default().isAbsolute(pattern) || !inside(external_node_path_default().resolve(workspace), base) || (firstDynamic >= 0 && segments.slice(firstDynamic).includes('..'))) {
            throw new ReportError(`reports pattern "${raw}" points outside the workspace`);
        }
        let matches;
        if ((0,tinyglobby_dist/* isDynamicPattern */.ey)(pattern)) {
            // Symlinks are followed so that each match can be resolved and refused when it leads outside.
            matches = (await (0,tinyglobby_dist/* glob */.TI)(pattern, { cwd, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: true, expandDirectories: false })).sort();
        }
        else {
            const file = external_node_path_default().resolve(cwd, pattern);
            const info = await (0,promises_.lstat)(file).catch(() => undefined);
            // A directory, FIFO or socket by that name is not a report (and a FIFO would block a read).
            if (info && !info.isFile() && !info.isSymbolicLink())
                throw new ReportError(`${raw}: not a regular file`);
            matches = info ? [file] : [];
        }
        if (matches.length === 0)
            throw new ReportError(`no file matched reports pattern "${raw}" (in ${where})`);
        for (const match of matches) {
            let real;
            try {
                real = (0,external_node_fs_.realpathSync)(match);
            }
            catch (err) {
                throw new ReportError(`${workspace_toPosix(external_node_path_default().relative(workspace, match))}: cannot be resolved (${err.code ?? err.message}); a broken or looping symlink?`);
            }
            if (!inside(root, real))
                throw new ReportError(`${workspace_toPosix(external_node_path_default().relative(workspace, match))} is a symlink to outside the workspace`);
            out.push({ path: match, real });
        }
    }
    return out;
}
/** Checks that a report can be read: a regular, non-empty file within the size limit. */
async function checkReportFile(file, label, maxBytes) {
    let info;
    try {
        info = await (0,promises_.stat)(file);
    }
    catch (err) {
        throw new ReportError(`${label}: cannot read it (${err.code ?? err.message})`);
    }
    if (!info.isFile())
        throw new ReportError(`${label}: not a regular file`);
    if (info.size === 0)
        throw new ReportError(`${label}: the file is empty`);
    if (info.size > maxBytes)
        throw new ReportError(`${label}: ${formatSize(info.size)} is over max-report-size (${formatSize(maxBytes)})`);
    return info.size;
}
/** Streams a report file as text to `sink`, chunk by chunk. */
async function streamReportFile(file, label, maxBytes, sink) {
    await checkReportFile(file, label, maxBytes);
    const decoder = new ReportDecoder();
    let bytes = 0;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 256 * 1024 })) {
            bytes += chunk.length;
            // The file may grow while it is read; the limit holds for what is read.
            if (bytes > maxBytes)
                throw new ReportError(`${label}: over max-report-size (${formatSize(maxBytes)}) while reading`);
            const text = decoder.write(chunk);
            if (text)
                sink(text);
        }
    }
    catch (err) {
        if (err instanceof ReportError)
            throw err;
        const code = err.code;
        if (code)
            throw new ReportError(`${label}: cannot read it (${code})`);
        throw err;
    }
    const tail = decoder.end();
    if (tail)
        sink(tail);
}
/** A whole report file as text. */
async function readReportText(file, label, maxBytes) {
    const parts = [];
    await streamReportFile(file, label, maxBytes, (t) => parts.push(t));
    return parts.join('');
}
/** How a report file is named in the summary: workspace-relative, or under $READINESS_TEMP. */
function workspaceRelative(workspace, file, tempDir) {
    if (tempDir && inside(tempDir, file))
        return `$${TEMP_VARIABLE}/${workspace_toPosix(external_node_path_default().relative(tempDir, file))}`;
    return workspace_toPosix(external_node_path_default().relative(workspace, file));
}

;// CONCATENATED MODULE: ./src/checks/reader-check.ts
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
        if (err instanceof ReaderError)
            throw new ReportError(`${input.label}: ${err.message}`);
        throw err;
    }
}
function stdoutInput(command, maxBytes) {
    const label = 'stdout of run';
    const text = async () => {
        if (command.stdoutOverflow)
            throw new ReportError(`${label}: over max-report-size (${formatSize(maxBytes)})`);
        const out = decodeReport(command.stdout ?? Buffer.alloc(0));
        if (out.trim() === '')
            throw new ReportError(`${label}: the command printed nothing to read`);
        return out;
    };
    return { label, text, stream: async (sink) => sink(await text()) };
}
function fileInput(ctx, file) {
    const label = workspaceRelative(ctx.workspace, file, ctx.tempDir);
    return {
        label,
        text: () => readReportText(file, label, ctx.maxReportBytes),
        stream: (sink) => streamReportFile(file, label, ctx.maxReportBytes, sink),
    };
}
function reader_check_toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
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
        const abs = external_node_path_default().isAbsolute(file) ? file : external_node_path_default().resolve(ctx.cwd, file);
        const rel = external_node_path_default().relative(ctx.workspace, abs);
        if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
            return f;
        return { ...f, file: reader_check_toPosix(rel) };
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
            ? { ...commandEvidence(ctx, command, sources), durationMs }
            : { workingDirectory: ctx.check.workingDirectory, durationMs, sources };
    };
    const error = (summary) => ({ status: 'error', score: 0, summary, metrics: {}, findings: [], evidence: evidence() });
    try {
        if (ctx.check.run) {
            command = await runCheckCommand(ctx, patterns ? {} : { stdoutLimit: ctx.maxReportBytes });
            const problem = commandProblem(ctx, command);
            if (problem)
                return error(problem);
        }
        let inputs;
        if (patterns) {
            const files = await resolveReports(patterns, ctx.cwd, ctx.workspace, ctx.tempDir);
            sources = files.map((f) => workspaceRelative(ctx.workspace, f, ctx.tempDir));
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
        if (err instanceof ReportError || err instanceof ReaderError)
            return error(err.message);
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/checks/tests.ts
// `tests`: JUnit XML → pass rate against min-pass-rate; any errored test (a suite that failed to
// load or compile) fails the check even when the pass rate is met.


function pct(n) {
    return `${Number.isInteger(n) ? n : n.toFixed(1)}%`;
}
const testsCheck = {
    kind: 'tests',
    execute(ctx) {
        const options = ctx.check.raw.tests;
        const minPassRate = options['min-pass-rate'] ?? 100;
        return runReaderCheck(ctx, options.reports, async (inputs) => {
            const total = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, findingsTotal: 0 };
            const findings = [];
            for (const input of inputs) {
                const r = await parseInput(input, async () => {
                    const reader = createJUnitReader();
                    await input.stream((chunk) => reader.write(chunk));
                    return reader.end();
                });
                for (const k of ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'findingsTotal'])
                    total[k] += r[k];
                findings.push(...r.findings);
            }
            const ran = total.total - total.skipped;
            const passRate = ran > 0 ? (total.passed / ran) * 100 : null;
            const metrics = { total: total.total, passed: total.passed, failed: total.failed, errored: total.errored, skipped: total.skipped, flaky: total.flaky, passRate };
            const target = `pass rate ≥ ${pct(minPassRate)}`;
            if (total.total === 0)
                return { status: 'error', score: 0, summary: 'the report has no test cases', metrics, findings };
            if (passRate === null)
                return { status: 'error', score: 0, summary: `no test ran (${total.skipped} skipped)`, metrics, findings };
            const parts = [`${pct(Math.floor(passRate * 10) / 10)} passed (${total.passed}/${ran})`];
            if (total.failed)
                parts.push(`${total.failed} failed`);
            if (total.errored)
                parts.push(`${total.errored} errored`);
            if (total.skipped)
                parts.push(`${total.skipped} skipped`);
            if (total.flaky)
                parts.push(`${total.flaky} flaky`);
            let summary = `${parts.join(', ')}, target ${pct(minPassRate)}`;
            const passed = passRate >= minPassRate && total.errored === 0;
            if (total.errored > 0 && passRate >= minPassRate)
                summary += '; errored tests (suites that failed to load or run) fail the check';
            return { status: passed ? 'pass' : 'fail', score: passRate, summary, target, metrics, findings };
        });
    },
};

;// CONCATENATED MODULE: ./src/readers/clover.ts
// Clover XML (SPEC §3): statements, conditionals (branches) and methods (functions) are sums of
// the file-level <metrics>; lines are the distinct <line num> of type stmt or cond per file,
// covered when their count is above 0.


function createCloverReader() {
    const data = new CoverageData(new Set(['clover']));
    const path = [];
    let file = '';
    return xmlStream('Clover', {
        open(name, attrs) {
            path.push(name);
            const parent = path[path.length - 2];
            if (name === 'file')
                file = attrs.path ?? attrs.name ?? '';
            else if (name === 'metrics' && parent === 'file') {
                const pair = (covered, total) => [numberAttr(attrs, covered) ?? 0, numberAttr(attrs, total) ?? 0];
                const [cs, s] = pair('coveredstatements', 'statements');
                const [cc, c] = pair('coveredconditionals', 'conditionals');
                const [cm, m] = pair('coveredmethods', 'methods');
                data.addTotal('statements', cs, s);
                data.addTotal('branches', cc, c);
                data.addTotal('functions', cm, m);
            }
            else if (name === 'line' && parent === 'file' && (attrs.type === 'stmt' || attrs.type === 'cond')) {
                const num = numberAttr(attrs, 'num');
                if (num === undefined)
                    return;
                // Atlassian Clover writes cond lines with truecount/falsecount and no count.
                const count = numberAttr(attrs, 'count') ?? (numberAttr(attrs, 'truecount') ?? 0) + (numberAttr(attrs, 'falsecount') ?? 0);
                data.fileLines(file).add(num, count);
            }
        },
        close() {
            path.pop();
        },
    }, () => data);
}

;// CONCATENATED MODULE: ./src/readers/cobertura.ts
// Cobertura XML (SPEC §3): count <line> under <class><lines>, unique per (filename, number) (the
// lines under <method> repeat them); branches from condition-coverage "50% (1/2)"; the header's
// totals are used only when the report has no <line> at all.


function createCoberturaReader() {
    const data = new CoverageData(new Set(['cobertura']));
    const path = [];
    let file = '';
    let sawLine = false;
    let header;
    return xmlStream('Cobertura', {
        open(name, attrs) {
            path.push(name);
            if (path.length === 1)
                header = attrs;
            if (name === 'class')
                file = attrs.filename ?? attrs.name ?? '';
            // Only <class><lines><line>: <class><methods><method><lines><line> repeats them.
            if (name !== 'line' || path[path.length - 2] !== 'lines' || path[path.length - 3] !== 'class')
                return;
            const number = numberAttr(attrs, 'number');
            if (number === undefined)
                return;
            sawLine = true;
            data.fileLines(file).add(number, numberAttr(attrs, 'hits') ?? 0);
            if (attrs.branch?.toLowerCase() === 'true' && attrs['condition-coverage']) {
                const m = /\((\d+)\/(\d+)\)/.exec(attrs['condition-coverage']);
                if (m) {
                    const covered = Number(m[1]);
                    const total = Number(m[2]);
                    // One entry per condition of the line; a line reported twice keeps its best coverage.
                    const tally = data.fileItems('branches', file);
                    for (let i = 0; i < total; i++)
                        tally.add(pairKey(number, i), i < covered ? 1 : 0);
                }
            }
        },
        close() {
            path.pop();
        },
    }, () => {
        if (!sawLine && header) {
            const lv = numberAttr(header, 'lines-valid');
            const lc = numberAttr(header, 'lines-covered');
            if (lv !== undefined && lc !== undefined)
                data.addTotal('lines', lc, lv);
            const bv = numberAttr(header, 'branches-valid');
            const bc = numberAttr(header, 'branches-covered');
            if (bv !== undefined && bc !== undefined)
                data.addTotal('branches', bc, bv);
        }
        return data;
    });
}

;// CONCATENATED MODULE: ./src/readers/gocover.ts
// Go coverprofiles (SPEC §3): statements weighted by NumStmt; a block listed twice (several
// packages, or -coverpkg) is one block, covered if any of its counts is above 0.


const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
function createGoCoverReader() {
    const data = new CoverageData(new Set(['go']));
    let lineNo = 0;
    let rest = '';
    let sawMode = false;
    // block id → [statements, covered?]
    const blocks = new Map();
    const handle = (raw) => {
        lineNo++;
        const line = raw.trim();
        if (!line)
            return;
        if (line.startsWith('mode:')) {
            sawMode = true;
            return;
        }
        if (!sawMode)
            throw new ReaderError('not a Go coverprofile: expected "mode: set|count|atomic" first', lineNo);
        const m = BLOCK.exec(line);
        if (!m)
            throw new ReaderError('malformed Go coverprofile: expected file:line.col,line.col statements count', lineNo);
        const id = `${m[1]}:${m[2]}.${m[3]},${m[4]}.${m[5]}`;
        const covered = Number(m[7]) > 0;
        const prev = blocks.get(id);
        if (prev)
            prev.covered ||= covered;
        else
            blocks.set(id, { stmts: Number(m[6]), covered });
    };
    return {
        write(chunk) {
            const text = rest + chunk;
            const parts = text.split('\n');
            rest = parts.pop();
            for (const p of parts)
                handle(p);
        },
        end() {
            if (rest)
                handle(rest);
            rest = '';
            if (!sawMode)
                throw new ReaderError('not a Go coverprofile: no "mode:" line');
            let covered = 0;
            let total = 0;
            for (const b of blocks.values()) {
                total += b.stmts;
                if (b.covered)
                    covered += b.stmts;
            }
            data.addTotal('statements', covered, total);
            return data;
        },
    };
}

;// CONCATENATED MODULE: ./src/readers/istanbul.ts
// istanbul JSON (SPEC §3): coverage-summary.json contributes its `total`; coverage-final.json
// follows istanbul-lib-coverage: lines from statement start lines with the highest count of the
// statements on a line, statements from `s`, functions from `f`, branches from every arm of `b`.


const SUMMARY_METRICS = ['lines', 'statements', 'functions', 'branches'];
function istanbul_count(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}
function readIstanbul(text) {
    const json = parseJson(text, 'istanbul');
    if (!isObject(json))
        throw new ReaderError('not istanbul coverage: expected a JSON object');
    const data = new CoverageData(new Set(['istanbul']));
    if (isObject(json.total)) {
        // coverage-summary.json: the total is what istanbul itself reports.
        for (const metric of SUMMARY_METRICS) {
            const m = json.total[metric];
            if (isObject(m) && typeof m.total === 'number' && typeof m.covered === 'number')
                data.addTotal(metric, m.covered, m.total);
        }
        return data;
    }
    let files = 0;
    for (const [key, value] of Object.entries(json)) {
        if (!isObject(value) || !isObject(value.s) || !isObject(value.statementMap))
            continue;
        files++;
        const file = typeof value.path === 'string' ? value.path : key;
        const statementMap = value.statementMap;
        const lineMax = new Map();
        const statements = data.fileItems('statements', file);
        for (const [id, hits] of Object.entries(value.s)) {
            statements.add(/^\d+$/.test(id) ? Number(id) : id, istanbul_count(hits));
            const loc = statementMap[id];
            const line = isObject(loc) && isObject(loc.start) ? loc.start.line : undefined;
            if (typeof line !== 'number')
                continue;
            const prev = lineMax.get(line);
            if (prev === undefined || prev < istanbul_count(hits))
                lineMax.set(line, istanbul_count(hits));
        }
        const lines = data.fileLines(file);
        for (const [line, hits] of lineMax)
            lines.add(line, hits);
        if (isObject(value.f)) {
            const functions = data.fileItems('functions', file);
            for (const [id, hits] of Object.entries(value.f))
                functions.add(/^\d+$/.test(id) ? Number(id) : id, istanbul_count(hits));
        }
        if (isObject(value.b)) {
            const branches = data.fileItems('branches', file);
            for (const [id, arms] of Object.entries(value.b)) {
                if (Array.isArray(arms))
                    arms.forEach((hits, i) => branches.add(/^\d+$/.test(id) ? pairKey(Number(id), i) : `${id}:${i}`, istanbul_count(hits)));
            }
        }
    }
    if (files === 0)
        throw new ReaderError('not istanbul coverage: expected coverage-summary.json (with "total") or coverage-final.json (files with "statementMap" and "s")');
    return data;
}

;// CONCATENATED MODULE: ./src/readers/jacoco.ts
// JaCoCo XML (SPEC §3): the report-level <counter> elements (direct children of <report>):
// LINE → lines, BRANCH → branches, METHOD → functions, INSTRUCTION → instructions.


const COUNTERS = { LINE: 'lines', BRANCH: 'branches', METHOD: 'functions', INSTRUCTION: 'instructions' };
function createJacocoReader() {
    const data = new CoverageData(new Set(['jacoco']));
    let depth = 0;
    return xmlStream('JaCoCo', {
        open(name, attrs) {
            depth++;
            if (depth !== 2 || name !== 'counter')
                return;
            const metric = COUNTERS[attrs.type ?? ''];
            if (!metric)
                return;
            const missed = numberAttr(attrs, 'missed') ?? 0;
            const covered = numberAttr(attrs, 'covered') ?? 0;
            data.addTotal(metric, covered, covered + missed);
        },
        close() {
            depth--;
        },
    }, () => data);
}

;// CONCATENATED MODULE: ./src/readers/lcov.ts


const C = (s) => s.charCodeAt(0);
const COLON = C(':');
const COMMA = C(',');
const DASH = C('-');
/** Non-negative integer in text[start, end); -1 when it is not one. */
function lcov_int(text, start, end) {
    if (start >= end)
        return -1;
    let n = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9)
            return -1;
        n = n * 10 + c;
    }
    return n;
}
/** Position of the next comma before `end`, or -1. */
function comma(text, from, end) {
    for (let i = from; i < end; i++)
        if (text.charCodeAt(i) === COMMA)
            return i;
    return -1;
}
/** Branch identity in a file: (line, block, branch) packed when small, else undefined. */
function branchId(line, block, branch) {
    return line >= 0 && block >= 0 && branch >= 0 && block < 64 && branch < 64 && line < 131_072 ? line * 4096 + block * 64 + branch : undefined;
}
function createLcovReader() {
    const data = new CoverageData(new Set(['lcov']));
    const summaries = new Map();
    const detailed = { lines: new Set(), branches: new Set(), functions: new Set() };
    let file;
    let lines;
    // Whether the current record has had DA / BRDA / FN lines yet (saves a Set look-up per line).
    let recordHasDA = false;
    let recordHasBranches = false;
    let recordHasFunctions = false;
    let branches;
    let functions;
    let lineNo = 0;
    let rest = '';
    let sawRecord = false;
    const bad = (what, expected) => {
        throw new ReaderError(`malformed LCOV: ${what} expects ${expected}`, lineNo);
    };
    const needFile = (key) => {
        if (file === undefined)
            throw new ReaderError(`malformed LCOV: ${key} before any SF: record`, lineNo);
        return file;
    };
    const da = (text, v, end) => {
        if (lines === undefined)
            needFile('DA');
        const c1 = comma(text, v, end);
        if (c1 < 0)
            bad('DA', '<line>,<hits>');
        let c2 = comma(text, c1 + 1, end);
        if (c2 < 0)
            c2 = end;
        const line = lcov_int(text, v, c1);
        let hits = lcov_int(text, c1 + 1, c2);
        if (hits < 0) {
            // Some producers write negative or fractional counts; anything non-numeric is an error.
            const n = Number(text.slice(c1 + 1, c2));
            if (!Number.isFinite(n))
                bad('DA', '<line>,<hits>');
            hits = n;
        }
        if (line < 0)
            bad('DA', '<line>,<hits>');
        lines.add(line, hits);
        if (!recordHasDA) {
            recordHasDA = true;
            detailed.lines.add(file);
        }
    };
    const brda = (text, v, end) => {
        const f = needFile('BRDA');
        const c1 = comma(text, v, end);
        const c2 = c1 < 0 ? -1 : comma(text, c1 + 1, end);
        // The branch field may itself hold commas in LCOV 2 (an expression); taken is the last field.
        const c3 = text.lastIndexOf(',', end - 1);
        if (c1 < 0 || c2 < 0 || c3 <= c2)
            bad('BRDA', '<line>,<block>,<branch>,<taken>');
        const takenDash = c3 + 2 === end && text.charCodeAt(c3 + 1) === DASH;
        let taken = takenDash ? 0 : lcov_int(text, c3 + 1, end);
        if (taken < 0) {
            const n = Number(text.slice(c3 + 1, end));
            if (!Number.isFinite(n))
                bad('BRDA', '<line>,<block>,<branch>,<taken>');
            taken = n;
        }
        const id = branchId(lcov_int(text, v, c1), lcov_int(text, c1 + 1, c2), lcov_int(text, c2 + 1, c3)) ?? retain(text.slice(v, c3));
        (branches ??= data.fileItems('branches', f)).add(id, taken);
        if (!recordHasBranches) {
            recordHasBranches = true;
            detailed.branches.add(f);
        }
    };
    const fn = (key, text, v, end) => {
        const f = needFile(key);
        const c1 = comma(text, v, end);
        functions ??= data.fileItems('functions', f);
        if (key === 'FN') {
            if (c1 < 0)
                bad('FN', '<line>,<name>');
            functions.add(retain(text.slice(c1 + 1, end)), 0);
        }
        else if (key === 'FNDA') {
            if (c1 < 0)
                bad('FNDA', '<hits>,<name>');
            const hits = Number(text.slice(v, c1));
            if (!Number.isFinite(hits))
                bad('FNDA', '<hits>,<name>');
            functions.add(retain(text.slice(c1 + 1, end)), hits);
        }
        else {
            // LCOV 2: FNA:<index>,<hits>,<name>
            const c2 = c1 < 0 ? -1 : comma(text, c1 + 1, end);
            if (c2 < 0)
                bad('FNA', '<index>,<hits>,<name>');
            functions.add(retain(text.slice(c2 + 1, end)), Number(text.slice(c1 + 1, c2)) || 0);
        }
        if (!recordHasFunctions) {
            recordHasFunctions = true;
            detailed.functions.add(f);
        }
    };
    const summary = (key, text, v, end) => {
        const f = needFile(key.toUpperCase());
        const n = lcov_int(text, v, end);
        if (n < 0)
            bad(key.toUpperCase(), 'a count');
        let s = summaries.get(f);
        if (!s)
            summaries.set(f, (s = { lf: 0, lh: 0, brf: 0, brh: 0, fnf: 0, fnh: 0 }));
        s[key] += n;
    };
    const handle = (text, start, end) => {
        lineNo++;
        while (end > start && (text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 32))
            end--;
        while (start < end && text.charCodeAt(start) === 32)
            start++;
        if (start === end)
            return;
        const c0 = text.charCodeAt(start);
        const c1 = text.charCodeAt(start + 1);
        // Dispatch on the first characters; the common DA line costs no string allocation.
        if (c0 === 68 /* D */ && c1 === 65 /* A */ && text.charCodeAt(start + 2) === COLON)
            return da(text, start + 3, end);
        if (c0 === 66 /* B */ && c1 === 82 /* R */ && text.charCodeAt(start + 2) === 68 && text.charCodeAt(start + 3) === 65 && text.charCodeAt(start + 4) === COLON)
            return brda(text, start + 5, end);
        let colon = -1;
        for (let i = start; i < end && i < start + 6; i++) {
            if (text.charCodeAt(i) === COLON) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            if (text.startsWith('end_of_record', start)) {
                file = undefined;
                lines = undefined;
                recordHasDA = recordHasBranches = recordHasFunctions = false;
                branches = undefined;
                functions = undefined;
            }
            return;
        }
        const key = text.slice(start, colon);
        const v = colon + 1;
        switch (key) {
            case 'SF':
                file = retain(text.slice(v, end));
                lines = data.fileLines(file);
                recordHasDA = recordHasBranches = recordHasFunctions = false;
                branches = undefined;
                functions = undefined;
                sawRecord = true;
                return;
            case 'BRDA':
                return brda(text, v, end);
            case 'FN':
            case 'FNDA':
            case 'FNA':
                return fn(key, text, v, end);
            case 'LF':
            case 'LH':
            case 'BRF':
            case 'BRH':
            case 'FNF':
            case 'FNH':
                return summary(key.toLowerCase(), text, v, end);
            default:
                // TN, VER, FNL and others carry nothing we score.
                return;
        }
    };
    /** Handles the complete lines of `text` from `start`; returns the unfinished last line. */
    const scan = (text, start) => {
        const len = text.length;
        // Reader state in locals while scanning (closure variables are slower in the hot loop);
        // refreshed after every line the slow path handles, since that may start a new record.
        let current = recordHasDA ? lines : undefined;
        let count = lineNo;
        while (start < len) {
            // Fast path for the line that makes up most of a tracefile, "DA:<line>,<hits>": parsed
            // char by char, finding its own end of line.
            if (current !== undefined && text.charCodeAt(start) === 68 && text.charCodeAt(start + 1) === 65 && text.charCodeAt(start + 2) === COLON) {
                let i = start + 3;
                let line = 0;
                let c = text.charCodeAt(i) - 48;
                while (c >= 0 && c <= 9) {
                    line = line * 10 + c;
                    c = text.charCodeAt(++i) - 48;
                }
                if (i > start + 3 && text.charCodeAt(i) === COMMA) {
                    const from = ++i;
                    let hits = 0;
                    c = text.charCodeAt(i) - 48;
                    while (c >= 0 && c <= 9) {
                        hits = hits * 10 + c;
                        c = text.charCodeAt(++i) - 48;
                    }
                    if (i > from) {
                        let next = text.charCodeAt(i);
                        if (next === 13)
                            next = text.charCodeAt(++i);
                        if (next === 10) {
                            count++;
                            current.add(line, hits);
                            start = i + 1;
                            continue;
                        }
                    }
                }
            }
            const nl = text.indexOf('\n', start);
            if (nl === -1)
                break;
            lineNo = count;
            handle(text, start, nl);
            count = lineNo;
            current = recordHasDA ? lines : undefined;
            start = nl + 1;
        }
        lineNo = count;
        return start < len ? text.slice(start) : '';
    };
    return {
        write(chunk) {
            // The line cut by the previous chunk is finished on its own, so the loop below runs over the
            // decoder's flat string: char reads on a concatenation are several times slower.
            let start = 0;
            if (rest) {
                const nl = chunk.indexOf('\n');
                if (nl === -1) {
                    rest += chunk;
                    return;
                }
                const line = rest + chunk.slice(0, nl);
                rest = '';
                handle(line, 0, line.length);
                start = nl + 1;
            }
            rest = scan(chunk, start);
        },
        end() {
            if (rest)
                handle(rest, 0, rest.length);
            rest = '';
            if (!sawRecord)
                throw new ReaderError('not an LCOV report: no SF: record');
            for (const [f, s] of summaries) {
                if (!detailed.lines.has(f) && s.lf > 0)
                    data.addTotal('lines', s.lh, s.lf);
                if (!detailed.branches.has(f) && s.brf > 0)
                    data.addTotal('branches', s.brh, s.brf);
                if (!detailed.functions.has(f) && s.fnf > 0)
                    data.addTotal('functions', s.fnh, s.fnf);
            }
            // A file listed without DA lines is not a file of zero lines.
            for (const f of [...data.lines.keys()])
                if (!detailed.lines.has(f))
                    data.lines.delete(f);
            return data;
        },
    };
}

;// CONCATENATED MODULE: ./src/scoring/curves.ts
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

;// CONCATENATED MODULE: ./src/checks/coverage.ts









const DEFAULT_COVERAGE_TARGET = 80;
/** istanbul JSON is parsed whole; the other formats stream. */
function readerFor(format) {
    switch (format) {
        case 'lcov':
            return createLcovReader();
        case 'cobertura':
            return createCoberturaReader();
        case 'jacoco':
            return createJacocoReader();
        case 'clover':
            return createCloverReader();
        case 'go':
            return createGoCoverReader();
        case 'istanbul': {
            const parts = [];
            return { write: (c) => void parts.push(c), end: () => readIstanbul(parts.join('')) };
        }
    }
}
/** Streams one report, detecting its format from the first few KiB when none is given. */
async function readCoverage(input, format) {
    return parseInput(input, async () => {
        let reader = format ? readerFor(format) : undefined;
        let head = '';
        await input.stream((chunk) => {
            if (reader)
                return reader.write(chunk);
            head += chunk;
            if (head.length >= 4096) {
                reader = readerFor(detectCoverageFormat(head));
                reader.write(head);
                head = '';
            }
        });
        reader ??= readerFor(detectCoverageFormat(head));
        if (head)
            reader.write(head);
        return reader.end();
    });
}
function coverage_pct(n) {
    return `${Math.floor(n * 10) / 10}%`;
}
const coverageCheck = {
    kind: 'coverage',
    execute(ctx) {
        const options = ctx.check.raw.coverage;
        const min = options.min ?? 0;
        const target = options.target ?? DEFAULT_COVERAGE_TARGET;
        return runReaderCheck(ctx, options.reports, async (inputs) => {
            const merged = new CoverageData();
            for (const input of inputs)
                merged.merge(await readCoverage(input, options.format));
            const metrics = merged.metrics();
            const available = Object.keys(metrics);
            const metric = options.metric ?? (metrics.lines ? 'lines' : 'statements');
            const formats = [...merged.formats].join(' + ');
            const chosen = metrics[metric];
            if (!chosen) {
                return {
                    status: 'error',
                    score: 0,
                    summary: `the ${formats} report has no ${metric} (it has ${available.join(', ') || 'nothing'}); choose another "metric"`,
                    metrics,
                    findings: [],
                };
            }
            if (chosen.pct === null)
                return { status: 'error', score: 0, summary: `the ${formats} report has no ${metric} to cover (0 in total)`, metrics, findings: [] };
            const scored = higherIsBetter(chosen.pct, min, target);
            const summary = `${metric} ${coverage_pct(chosen.pct)} (${chosen.covered}/${chosen.total}), target ${target}%${min > 0 ? `, min ${min}%` : ''} · ${formats}`;
            return { ...scored, summary, target: `${metric} ≥ ${target}%`, metrics, findings: [] };
        });
    },
};

;// CONCATENATED MODULE: ./src/readers/sarif.ts

const LEVELS = new Set(['error', 'warning', 'note', 'none']);
function components(run) {
    const tool = isObject(run.tool) ? run.tool : {};
    const component = (c) => ({
        ...(isObject(c) && typeof c.name === 'string' ? { name: c.name } : {}),
        rules: isObject(c) && Array.isArray(c.rules) ? c.rules.filter(isObject) : [],
    });
    return { driver: component(tool.driver), extensions: Array.isArray(tool.extensions) ? tool.extensions.map(component) : [] };
}
/** The rule a result refers to: by index (in the component named by toolComponent), else by id. */
function findRule(result, run) {
    const ref = isObject(result.rule) ? result.rule : undefined;
    const index = typeof ref?.index === 'number' ? ref.index : typeof result.ruleIndex === 'number' ? result.ruleIndex : undefined;
    const id = typeof ref?.id === 'string' ? ref.id : typeof result.ruleId === 'string' ? result.ruleId : undefined;
    let component = run.driver;
    const tc = isObject(ref?.toolComponent) ? ref.toolComponent : undefined;
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
    const config = rule && isObject(rule.defaultConfiguration) ? rule.defaultConfiguration : undefined;
    if (config && typeof config.level === 'string' && LEVELS.has(config.level))
        return config.level;
    return 'warning';
}
function messageText(result, rule) {
    const message = isObject(result.message) ? result.message : {};
    let text = typeof message.text === 'string' ? message.text : undefined;
    if (text === undefined && typeof message.id === 'string' && rule && isObject(rule.messageStrings)) {
        const entry = rule.messageStrings[message.id];
        if (isObject(entry) && typeof entry.text === 'string')
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
    const first = locations.find(isObject);
    const physical = first && isObject(first.physicalLocation) ? first.physicalLocation : undefined;
    if (!physical)
        return {};
    const artifact = isObject(physical.artifactLocation) ? physical.artifactLocation : undefined;
    const region = isObject(physical.region) ? physical.region : undefined;
    const out = {};
    // A location may name its file through run.artifacts[index] instead of a uri.
    const indexed = artifact && typeof artifact.index === 'number' ? artifacts[artifact.index] : undefined;
    const uri = artifact && typeof artifact.uri === 'string' ? artifact.uri : isObject(indexed) && isObject(indexed.location) ? indexed.location.uri : undefined;
    if (typeof uri === 'string')
        out.file = uriToPath(uri);
    if (region && typeof region.startLine === 'number' && region.startLine > 0)
        out.line = region.startLine;
    if (region && typeof region.startColumn === 'number' && region.startColumn > 0)
        out.column = region.startColumn;
    return out;
}
function readSarif(text) {
    const json = parseJson(text, 'SARIF');
    if (!isObject(json) || !Array.isArray(json.runs))
        throw new ReaderError('not a SARIF log: expected an object with "runs"');
    if (json.version !== undefined && json.version !== '2.1.0') {
        throw new ReaderError(`unsupported SARIF version ${JSON.stringify(json.version)}; expected "2.1.0"`);
    }
    const counts = { error: 0, warning: 0, note: 0, suppressed: 0 };
    const findings = new FindingList();
    for (const run of json.runs) {
        if (!isObject(run))
            continue;
        const comps = components(run);
        const artifacts = Array.isArray(run.artifacts) ? run.artifacts : [];
        for (const result of Array.isArray(run.results) ? run.results : []) {
            if (!isObject(result))
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

;// CONCATENATED MODULE: ./src/checks/sarif.ts



const sarif_LEVELS = ['error', 'warning', 'note'];
/** Without limits: no errors allowed, warnings should be none. */
const DEFAULT_SARIF_LIMITS = { max: { error: 0 }, target: { warning: 0 } };
const sarifCheck = {
    kind: 'sarif',
    execute(ctx) {
        const options = ctx.check.raw.sarif;
        const limits = limitsFrom(options, DEFAULT_SARIF_LIMITS);
        return runReaderCheck(ctx, options.reports, async (inputs) => {
            const counts = { error: 0, warning: 0, note: 0, total: 0, suppressed: 0 };
            const findings = [];
            let findingsTotal = 0;
            for (const input of inputs) {
                const r = await parseInput(input, async () => readSarif(await input.text()));
                for (const k of Object.keys(counts))
                    counts[k] += r[k];
                findings.push(...r.findings);
                findingsTotal += r.findingsTotal;
            }
            const scored = levelCounts(counts, limits, sarif_LEVELS);
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

// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(4353);
var ae_cvss_calculator_default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator);
;// CONCATENATED MODULE: ./src/readers/audit/cvss.ts
// Severity from a CVSS vector (v2, v3.0, v3.1, v4.0) where a report gives only the vector.


const calculator = "Cvss4P0" in ae_cvss_calculator ? ae_cvss_calculator : (ae_cvss_calculator_default());
const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = calculator;
function cvssScore(vector) {
    const v = vector.trim();
    try {
        let scores;
        if (v.startsWith('CVSS:4.0/'))
            scores = new Cvss4P0(v).calculateScores();
        else if (v.startsWith('CVSS:3.1/'))
            scores = new Cvss3P1(v).calculateScores();
        else if (v.startsWith('CVSS:3.0/'))
            scores = new Cvss3P0(v).calculateScores();
        else if (/^(\(?AV:[LAN]\/AC:[HML]\/Au:[MSN])/.test(v))
            scores = new Cvss2(v.replace(/^\(|\)$/g, '')).calculateScores();
        const score = scores?.base ?? scores?.overall;
        return typeof score === 'number' && Number.isFinite(score) ? score : undefined;
    }
    catch {
        return undefined;
    }
}
function severityFromVector(vector) {
    if (!vector)
        return 'unknown';
    const score = cvssScore(vector);
    return score === undefined ? 'unknown' : severityFromScore(score);
}

;// CONCATENATED MODULE: ./src/readers/audit/formats.ts
// One function per producer: the report's JSON in, advisories out. Which one applies is decided by
// detectAuditFormat (index.ts) from the content, or by the check's `format`.



const str = (v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const arr = (v) => (Array.isArray(v) ? v : []);
const strings = (v) => arr(v).filter((x) => typeof x === 'string');
/** GHSA id at the end of an advisory URL (npm 7+ links advisories only by URL). */
function ghsaFromUrl(url) {
    return typeof url === 'string' ? /GHSA-[\w]{4}-[\w]{4}-[\w]{4}/i.exec(url)?.[0] : undefined;
}
/** npm 7+ `npm audit --json` (auditReportVersion 2): advisories are the objects in `via`. */
function readNpm(json, set) {
    if (!isObject(json.vulnerabilities))
        return;
    for (const entry of Object.values(json.vulnerabilities)) {
        if (!isObject(entry))
            continue;
        const fix = isObject(entry.fixAvailable) ? `${str(entry.fixAvailable.name) ?? ''}@${str(entry.fixAvailable.version) ?? ''}` : undefined;
        for (const via of arr(entry.via)) {
            // Strings name the package through which the vulnerability arrives; not an advisory.
            if (!isObject(via))
                continue;
            const id = via.source !== undefined ? `npm:${String(via.source)}` : (ghsaFromUrl(via.url) ?? str(via.title));
            if (!id)
                continue;
            const ghsa = ghsaFromUrl(via.url);
            set.add({
                ids: [ghsa ?? id, ...(ghsa ? [id] : [])],
                ...(str(via.name) ? { package: str(via.name) } : {}),
                severity: normalizeSeverity(via.severity),
                ...(str(via.title) ? { title: str(via.title) } : {}),
                ...(fix && str(via.name) === str(entry.name) ? { fixedVersion: fix } : {}),
                ...(str(via.url) ? { url: str(via.url) } : {}),
            });
        }
    }
}
function v6Advisory(advisory, set) {
    const id = advisory.id !== undefined ? `npm:${String(advisory.id)}` : undefined;
    const ghsa = str(advisory.github_advisory_id) ?? ghsaFromUrl(advisory.url);
    const ids = [ghsa, id, ...strings(advisory.cves)].filter((x) => !!x);
    const cvss = isObject(advisory.cvss) ? advisory.cvss : undefined;
    let severity = normalizeSeverity(advisory.severity);
    if (severity === 'unknown' && cvss) {
        severity = typeof cvss.score === 'number' && cvss.score > 0 ? severityFromScore(cvss.score) : severityFromVector(str(cvss.vectorString));
    }
    const version = arr(advisory.findings).map((f) => (isObject(f) ? str(f.version) : undefined)).find(Boolean);
    set.add({
        ids,
        ...(str(advisory.module_name) ? { package: str(advisory.module_name) } : {}),
        ...(version ? { version } : {}),
        severity,
        ...(str(advisory.title) ? { title: str(advisory.title) } : {}),
        ...(str(advisory.patched_versions) && advisory.patched_versions !== '<0.0.0' ? { fixedVersion: str(advisory.patched_versions) } : {}),
        ...(str(advisory.url) ? { url: str(advisory.url) } : {}),
    });
}
/** The npm 6 advisories map, also written by `pnpm audit --json` and yarn berry's `yarn npm audit --json`. */
function readAdvisoriesMap(json, set) {
    if (!isObject(json.advisories))
        return;
    for (const advisory of Object.values(json.advisories))
        if (isObject(advisory))
            v6Advisory(advisory, set);
}
/** Line-delimited JSON: yarn 1 `yarn audit --json` and yarn berry 4 `yarn npm audit --json`. */
function readYarnLines(lines, set) {
    for (const line of lines) {
        if (line.type === 'auditAdvisory' && isObject(line.data) && isObject(line.data.advisory)) {
            v6Advisory(line.data.advisory, set);
        }
        else if (str(line.value) && isObject(line.children)) {
            // Berry 4: {"value": "<package>", "children": {"ID": …, "Issue": …, "Severity": …}}
            const c = line.children;
            const id = c.ID !== undefined ? String(c.ID) : undefined;
            const ghsa = ghsaFromUrl(c.URL);
            const ids = [ghsa, id ? `npm:${id}` : undefined].filter((x) => !!x);
            if (ids.length === 0)
                continue;
            const versions = strings(c['Tree Versions']);
            set.add({
                ids,
                package: str(line.value),
                ...(versions[0] ? { version: versions[0] } : {}),
                severity: normalizeSeverity(c.Severity),
                ...(str(c.Issue) ? { title: str(c.Issue) } : {}),
            });
        }
    }
}
/** `pip-audit -f json`: no severities, so every advisory counts as `unknown`. */
function readPipAudit(json, set) {
    const deps = Array.isArray(json) ? json : arr(json.dependencies);
    for (const dep of deps) {
        if (!isObject(dep))
            continue;
        for (const vuln of arr(dep.vulns)) {
            if (!isObject(vuln) || !str(vuln.id))
                continue;
            const fixes = strings(vuln.fix_versions);
            set.add({
                ids: [str(vuln.id), ...strings(vuln.aliases)],
                ...(str(dep.name) ? { package: str(dep.name) } : {}),
                ...(str(dep.version) ? { version: str(dep.version) } : {}),
                severity: 'unknown',
                ...(str(vuln.description) ? { title: str(vuln.description).split('\n')[0].slice(0, 160) } : {}),
                ...(fixes.length > 0 ? { fixedVersion: fixes.join(', ') } : {}),
            });
        }
    }
}
/** `cargo audit --json`: `vulnerabilities.list`; `warnings` (unmaintained, yanked) are not vulnerabilities. */
function readCargoAudit(json, set) {
    const vulns = isObject(json.vulnerabilities) ? arr(json.vulnerabilities.list) : [];
    for (const v of vulns) {
        if (!isObject(v) || !isObject(v.advisory))
            continue;
        const a = v.advisory;
        const id = str(a.id);
        if (!id)
            continue;
        const pkg = isObject(v.package) ? v.package : {};
        const patched = isObject(v.versions) ? strings(v.versions.patched) : [];
        const informational = str(a.informational);
        set.add({
            ids: [id, ...strings(a.aliases)],
            ...(str(pkg.name) ?? str(a.package) ? { package: (str(pkg.name) ?? str(a.package)) } : {}),
            ...(str(pkg.version) ? { version: str(pkg.version) } : {}),
            // RustSec gives a CVSS vector (or nothing); an informational notice has no severity.
            severity: informational ? 'unknown' : severityFromVector(str(a.cvss)),
            ...(str(a.title) ? { title: str(a.title) } : {}),
            ...(patched.length > 0 ? { fixedVersion: patched.join(', ') } : {}),
            ...(str(a.url) ? { url: str(a.url) } : {}),
        });
    }
}
function osvSeverity(vuln) {
    const label = isObject(vuln.database_specific) ? normalizeSeverity(vuln.database_specific.severity) : 'unknown';
    if (label !== 'unknown')
        return label;
    let best = 'unknown';
    for (const s of arr(vuln.severity)) {
        if (!isObject(s))
            continue;
        const score = str(s.score);
        if (!score)
            continue;
        best = higher(best, /^\d+(\.\d+)?$/.test(score) ? severityFromScore(Number(score)) : severityFromVector(score));
    }
    return best;
}
function osvFixed(vuln) {
    for (const affected of arr(vuln.affected)) {
        if (!isObject(affected))
            continue;
        for (const range of arr(affected.ranges)) {
            if (!isObject(range))
                continue;
            for (const event of arr(range.events))
                if (isObject(event) && str(event.fixed))
                    return str(event.fixed);
        }
    }
    return undefined;
}
/** `osv-scanner --format json`: vulnerabilities per package, grouped by osv-scanner's own alias groups. */
function readOsvScanner(json, set) {
    for (const result of arr(json.results)) {
        if (!isObject(result))
            continue;
        for (const entry of arr(result.packages)) {
            if (!isObject(entry))
                continue;
            const pkg = isObject(entry.package) ? entry.package : {};
            const base = { ...(str(pkg.name) ? { package: str(pkg.name) } : {}), ...(str(pkg.version) ? { version: str(pkg.version) } : {}) };
            for (const vuln of arr(entry.vulnerabilities)) {
                if (!isObject(vuln) || !str(vuln.id))
                    continue;
                const fixed = osvFixed(vuln);
                set.add({
                    ids: [str(vuln.id), ...strings(vuln.aliases)],
                    ...base,
                    severity: osvSeverity(vuln),
                    ...(str(vuln.summary) ? { title: str(vuln.summary) } : {}),
                    ...(fixed ? { fixedVersion: fixed } : {}),
                });
            }
            for (const group of arr(entry.groups)) {
                if (!isObject(group))
                    continue;
                const ids = [...strings(group.ids), ...strings(group.aliases)];
                const score = str(group.max_severity);
                if (ids.length === 0)
                    continue;
                set.add({ ids, ...base, severity: score && Number.isFinite(Number(score)) ? severityFromScore(Number(score)) : 'unknown' });
            }
        }
    }
}
/** Trivy JSON (SchemaVersion 2): `Results[].Vulnerabilities[]`; the same CVE in two packages is one advisory. */
function readTrivy(json, set) {
    for (const result of arr(json.Results)) {
        if (!isObject(result))
            continue;
        for (const v of arr(result.Vulnerabilities)) {
            if (!isObject(v) || !str(v.VulnerabilityID))
                continue;
            let severity = normalizeSeverity(v.Severity);
            if (severity === 'unknown' && isObject(v.CVSS)) {
                for (const source of Object.values(v.CVSS)) {
                    if (!isObject(source))
                        continue;
                    const score = typeof source.V3Score === 'number' ? source.V3Score : typeof source.V2Score === 'number' ? source.V2Score : undefined;
                    severity = higher(severity, score !== undefined ? severityFromScore(score) : severityFromVector(str(source.V3Vector) ?? str(source.V2Vector)));
                }
            }
            set.add({
                ids: [str(v.VulnerabilityID), ...strings(v.VendorIDs)],
                ...(str(v.PkgName) ? { package: str(v.PkgName) } : {}),
                ...(str(v.InstalledVersion) ? { version: str(v.InstalledVersion) } : {}),
                severity,
                ...(str(v.Title) ? { title: str(v.Title) } : {}),
                ...(str(v.FixedVersion) ? { fixedVersion: str(v.FixedVersion) } : {}),
                ...(str(v.PrimaryURL) ? { url: str(v.PrimaryURL) } : {}),
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/readers/audit/index.ts
// Dependency audit reports: detect the producer from the content, read distinct advisories.




const EXPECTED = 'npm audit --json, yarn audit --json, yarn npm audit --json, pnpm audit --json, pip-audit -f json, cargo audit --json, osv-scanner --format json or Trivy JSON';
/** Line-delimited JSON: one object per non-empty line. */
function parseLines(text) {
    const out = [];
    let lineNo = 0;
    for (const line of text.split('\n')) {
        lineNo++;
        const t = line.trim();
        if (!t)
            continue;
        try {
            const v = JSON.parse(t);
            if (isObject(v))
                out.push(v);
        }
        catch (err) {
            throw new ReaderError(`malformed audit JSON lines: ${err.message.replace(/\s*at position.*$/, '')}`, lineNo);
        }
    }
    return out;
}
function isLineDelimited(text) {
    const first = text.indexOf('\n');
    if (first < 0)
        return false;
    const head = text.slice(0, first).trim();
    const second = text.slice(first + 1).trimStart();
    return head.startsWith('{') && head.endsWith('}') && second.startsWith('{');
}
/** npm, pnpm and yarn print their own failure (no network, endpoint refused) as JSON too. */
function auditFailure(json) {
    if (!isObject(json))
        return undefined;
    if (isObject(json.error))
        return [json.error.code, json.error.summary ?? json.error.message].filter(Boolean).join(': ') || 'unknown error';
    if (typeof json.message === 'string' && (json.statusCode !== undefined || json.uri !== undefined || json.code !== undefined))
        return json.message;
    return undefined;
}
/** Which producer wrote this JSON. */
function detectAuditFormat(text, json) {
    if (json === undefined && isLineDelimited(text)) {
        const first = parseLines(text.slice(0, text.indexOf('\n')))[0];
        if (first && (typeof first.type === 'string' || isObject(first.data)))
            return 'yarn';
        if (first && 'value' in first && isObject(first.children))
            return 'yarn-berry';
    }
    // pip-audit's older output is a list of dependency objects; any other list is not an audit.
    if (Array.isArray(json)) {
        if (json.every((d) => isObject(d) && typeof d.name === 'string'))
            return 'pip-audit';
        throw new ReaderError(`unrecognised audit report: a JSON list of ${json.length} items that are not pip-audit dependencies; expected ${EXPECTED}`);
    }
    if (!isObject(json))
        throw new ReaderError(`unrecognised audit report: expected ${EXPECTED}`);
    if (json.auditReportVersion !== undefined || (isObject(json.vulnerabilities) && !('found' in json.vulnerabilities)))
        return 'npm';
    if (isObject(json.advisories))
        return 'pnpm';
    if (Array.isArray(json.dependencies))
        return 'pip-audit';
    if (isObject(json.vulnerabilities) && 'list' in json.vulnerabilities)
        return 'cargo-audit';
    if (Array.isArray(json.results))
        return 'osv-scanner';
    if ('SchemaVersion' in json || Array.isArray(json.Results))
        return 'trivy';
    throw new ReaderError(`unrecognised audit report: expected ${EXPECTED}`);
}
const LABEL = {
    npm: 'npm audit',
    yarn: 'yarn audit',
    'yarn-berry': 'yarn npm audit',
    pnpm: 'npm 6 / pnpm / yarn berry advisories',
    'pip-audit': 'pip-audit',
    'cargo-audit': 'cargo audit',
    'osv-scanner': 'osv-scanner',
    trivy: 'Trivy',
};
/** Reads one report; `format` forces a producer, else it is detected. Merge several with one AdvisorySet. */
function readAudit(text, format, set = new AdvisorySet()) {
    const body = text.trim();
    if (!body)
        throw new ReaderError('empty audit report');
    const lines = (format === undefined || format === 'yarn' || format === 'yarn-berry') && isLineDelimited(body);
    const json = lines ? undefined : parseJson(body, 'audit');
    const failure = auditFailure(json);
    if (failure)
        throw new ReaderError(`the audit tool reported a failure instead of results: ${failure}`);
    const detected = format ?? detectAuditFormat(body, json);
    if (lines)
        readYarnLines(parseLines(body), set);
    else {
        const obj = json;
        switch (detected) {
            case 'npm':
                readNpm(obj, set);
                break;
            case 'pnpm':
            case 'yarn-berry':
                readAdvisoriesMap(obj, set);
                break;
            case 'yarn':
                // A single yarn 1 line is still line-delimited JSON.
                readYarnLines([obj], set);
                break;
            case 'pip-audit':
                readPipAudit(json, set);
                break;
            case 'cargo-audit':
                readCargoAudit(obj, set);
                break;
            case 'osv-scanner':
                readOsvScanner(obj, set);
                break;
            case 'trivy':
                readTrivy(obj, set);
                break;
        }
    }
    return set.result(LABEL[detected]);
}


;// CONCATENATED MODULE: ./src/checks/audit.ts




/** Without limits: no critical or high advisories allowed; moderate, low and unknown should be none. */
const DEFAULT_AUDIT_LIMITS = { max: { critical: 0, high: 0 }, target: { moderate: 0, low: 0, unknown: 0 } };
const auditCheck = {
    kind: 'audit',
    execute(ctx) {
        const options = ctx.check.raw.audit;
        const limits = limitsFrom(options, DEFAULT_AUDIT_LIMITS);
        return runReaderCheck(ctx, options.reports, async (inputs) => {
            // One set across files: the same advisory in two reports counts once.
            const set = new AdvisorySet();
            let result;
            const formats = new Set();
            for (const input of inputs) {
                result = await parseInput(input, async () => readAudit(await input.text(), options.format, set));
                formats.add(result.format);
            }
            const r = result;
            const metrics = { total: r.total, critical: r.critical, high: r.high, moderate: r.moderate, low: r.low, unknown: r.unknown, packages: r.packages };
            const scored = levelCounts(metrics, limits, SEVERITIES);
            const bySeverity = SEVERITIES.filter((s) => r[s] > 0).map((s) => `${r[s]} ${s}`);
            const summary = `${r.total} advisor${r.total === 1 ? 'y' : 'ies'}${bySeverity.length ? ` (${bySeverity.join(', ')})` : ''} in ${r.packages} package${r.packages === 1 ? '' : 's'}; limits: ${limitsText(limits, SEVERITIES)} · ${[...formats].join(' + ')}`;
            return { status: scored.status, score: scored.score, summary, target: limitsText(limits, SEVERITIES), metrics, findings: r.findings };
        });
    },
};

;// CONCATENATED MODULE: ./src/readers/metric.ts
// A number from a command's output: the first group of a regular expression, or a JSON path.

/** "1,234.5", "1_234", " 42 " → number; anything else is undefined. */
function toNumber(raw) {
    if (typeof raw === 'number')
        return Number.isFinite(raw) ? raw : undefined;
    if (typeof raw !== 'string')
        return undefined;
    const cleaned = raw.trim().replace(/[_,](?=\d{3}\b)/g, '');
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cleaned))
        return undefined;
    return Number(cleaned);
}
/** `a.b[0].c` or `a.b.0.c` → the segments. */
function pathSegments(path) {
    return path
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .filter((s) => s !== '');
}
function readMetric(text, source) {
    if (source.pattern !== undefined) {
        let re;
        try {
            re = new RegExp(source.pattern, 'm');
        }
        catch (err) {
            throw new ReaderError(`invalid pattern ${JSON.stringify(source.pattern)}: ${err.message}`);
        }
        const m = re.exec(text);
        if (!m)
            throw new ReaderError(`pattern ${JSON.stringify(source.pattern)} did not match the output`);
        const raw = m[1] ?? m[0];
        const n = toNumber(raw);
        if (n === undefined)
            throw new ReaderError(`pattern ${JSON.stringify(source.pattern)} matched ${JSON.stringify(raw.slice(0, 60))}, which is not a number`);
        return n;
    }
    if (source.json !== undefined) {
        let cur = parseJson(text.trim(), 'metric');
        for (const seg of pathSegments(source.json)) {
            if (Array.isArray(cur) && /^\d+$/.test(seg))
                cur = cur[Number(seg)];
            else if (isObject(cur))
                cur = cur[seg];
            else
                cur = undefined;
            if (cur === undefined)
                throw new ReaderError(`JSON path ${JSON.stringify(source.json)} not found (stopped at "${seg}")`);
        }
        const n = toNumber(cur);
        if (n === undefined)
            throw new ReaderError(`JSON path ${JSON.stringify(source.json)} is ${JSON.stringify(cur)?.slice(0, 60)}, not a number`);
        return n;
    }
    throw new ReaderError('a metric needs "pattern" or "json"');
}

;// CONCATENATED MODULE: ./src/checks/metric.ts



function show(n, unit) {
    const text = Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
    return unit ? `${text} ${unit}` : text;
}
const metricCheck = {
    kind: 'metric',
    execute(ctx) {
        const o = ctx.check.raw.metric;
        return runReaderCheck(ctx, o.reports, async (inputs) => {
            const input = inputs[0];
            const value = await parseInput(input, async () => readMetric(await input.text(), { ...(o.pattern !== undefined ? { pattern: o.pattern } : {}), ...(o.json !== undefined ? { json: o.json } : {}) }));
            const metrics = { value, ...(o.unit ? { unit: o.unit } : {}) };
            // `max` means lower is better, `min` higher is better (the config has exactly one). Without a
            // target the bound is a cliff: pass on its good side, fail past it.
            if (o.max !== undefined) {
                const target = o.target ?? o.max;
                const scored = lowerIsBetter(value, o.max, target);
                return { ...scored, summary: `${show(value, o.unit)}, target ≤ ${show(target, o.unit)}, max ${show(o.max, o.unit)}`, target: `≤ ${show(target, o.unit)}`, metrics, findings: [] };
            }
            const min = o.min;
            const target = o.target ?? min;
            const scored = higherIsBetter(value, min, target);
            return { ...scored, summary: `${show(value, o.unit)}, target ≥ ${show(target, o.unit)}, min ${show(min, o.unit)}`, target: `≥ ${show(target, o.unit)}`, metrics, findings: [] };
        });
    },
};

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/checks/globs.ts
// Path matching for the built-in scans (picomatch), on workspace-relative paths.

function matcher(patterns, fallback = () => true) {
    if (patterns === undefined || (Array.isArray(patterns) && patterns.length === 0))
        return fallback;
    const list = (Array.isArray(patterns) ? patterns : [patterns]);
    // A pattern without a slash matches the file name at any depth, as in .gitignore; picomatch's
    // basename option must not see the others (it would match their last segment only).
    const names = list.filter((p) => !p.includes('/'));
    const paths = list.filter((p) => p.includes('/'));
    const byName = names.length ? picomatch_default()(names, { dot: true, basename: true }) : () => false;
    const byPath = paths.length ? picomatch_default()(paths, { dot: true }) : () => false;
    return (p) => byName(p) || byPath(p);
}
/** Files matching `include` and not `exclude`. */
function selection(include, exclude) {
    const inc = matcher(include);
    const exc = exclude === undefined ? () => false : matcher(exclude);
    return (p) => inc(p) && !exc(p);
}

;// CONCATENATED MODULE: ./src/checks/builtin.ts
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

;// CONCATENATED MODULE: ./src/checks/conflict-markers.ts


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
    scanner: (check) => new ConflictScanner(selection(undefined, check.raw.exclude)),
    async execute(ctx) {
        const { pass, scanner } = await ctx.scan.scannerOf(ctx.check.id);
        const metrics = { files: scanner.files, markers: scanner.markers, ...scanStatsMetrics(pass) };
        const summary = scanner.markers === 0
            ? `no conflict markers in ${pass.stats.scanned} files`
            : `${scanner.markers} conflict marker line${scanner.markers === 1 ? '' : 's'} in ${scanner.files} file${scanner.files === 1 ? '' : 's'}`;
        return builtinOutcome(ctx, pass, {
            status: scanner.markers === 0 ? 'pass' : 'fail',
            score: scanner.markers === 0 ? 100 : 0,
            summary,
            target: '0 markers',
            metrics,
            findings: scanner.findings,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/secrets.ts
// builtin: secrets — committed credentials. A finding names the rule, file, line and a short
// fingerprint (a hash), never the value; every value found is handed to onSecret (core.setSecret)
// and masked in everything the run writes.



const RULES = [
    { id: 'aws-access-key-id', title: 'AWS access key id' },
    { id: 'aws-secret-access-key', title: 'AWS secret access key', minEntropy: 4 },
    { id: 'github-token', title: 'GitHub token' },
    { id: 'gitlab-token', title: 'GitLab token' },
    { id: 'slack-token', title: 'Slack token' },
    { id: 'slack-webhook', title: 'Slack webhook URL' },
    { id: 'stripe-live-key', title: 'Stripe live key' },
    { id: 'google-api-key', title: 'Google API key' },
    { id: 'npm-token', title: 'npm token' },
    { id: 'private-key', title: 'private key' },
    { id: 'jwt', title: 'JSON Web Token' },
    { id: 'generic-secret', title: 'password, secret or token assignment' },
];
// One alternation, one capture group per rule in RULES order (generic-secret has two), so a file
// is searched once for all of them. Each branch starts with a literal, which keeps it fast.
const PATTERNS = [
    /\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/,
    /(?:aws|AWS)[A-Za-z0-9_ .-]{0,30}?(?:secret|SECRET|Secret)[A-Za-z0-9_ .-]{0,20}["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/,
    /\b(gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/,
    /\b(gl(?:pat|dt|ptt|rt|cbt|oas|ft)-[A-Za-z0-9_-]{20,})\b/,
    /\b(xox[baprs]-(?:[A-Za-z0-9]+-)*[A-Za-z0-9]{10,})\b/,
    /(https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9_+/-]{20,})/,
    /\b((?:sk|rk)_live_[A-Za-z0-9]{20,})\b/,
    /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/,
    /\b(npm_[A-Za-z0-9]{36})\b|_authToken\s*=\s*([^\s$"'][^\s"']{7,})/,
    /(-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----[\s\S]*?-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----|-----BEGIN PGP PRIVATE KEY BLOCK-----[\s\S]*?-----END PGP PRIVATE KEY BLOCK-----)/,
    /\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})/,
    /(?:[Pp]assw(?:or)?d|PASSW(?:OR)?D|\b[Pp]wd|\bPWD|[Ss]ecret|SECRET|[Tt]oken|TOKEN|[Aa]pi_?[Kk]ey|API_?KEY|[Aa]ccess_?[Kk]ey|ACCESS_?KEY|[Pp]rivate_?[Kk]ey|PRIVATE_?KEY)(?:_?[Kk]ey|_?KEY)?["']?\s*(?::=|=>|=|:)\s*(?<quote>["'`]?)(?<value>[^\s"'`;,(){}[\]<>]{8,200})\k<quote>/,
];
// How many capture groups each pattern has, and the combined regex's group where each starts.
const GROUPS = PATTERNS.map((p) => new RegExp(`${p.source}|`).exec('').length - 1);
const OFFSETS = [];
for (let i = 0, next = 1; i < GROUPS.length; next += GROUPS[i], i++)
    OFFSETS.push(next);
const COMBINED = new RegExp(PATTERNS.map((p) => `(?:${p.source})`).join('|'), 'g');
const ALLOW_COMMENT = 'readiness:allow-secret';
/** Values that are examples, not secrets. */
const PLACEHOLDER = /example|x{4,}|<[^>]*>|change[-_ ]?me|\$\{[^}]*\}|^\$[A-Za-z_]|\{\{|placeholder|dummy|redacted|your[-_]|^\*+$|^(?:null|none|undefined|true|false)$/i;
/** Values in code that are references, not literals: env look-ups, attribute paths, calls. */
const REFERENCE = /^(?:process\.env|os\.environ|os\.getenv|env\(|ENV\[|System\.getenv|getenv|config\.|settings\.|self\.|this\.|params\.|args\.|props\.|options\.|secrets\.|vars\.)/;
const CODE_EXTENSIONS = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|scala|cs|php|rs|swift|c|cc|cpp|h|hpp|m|dart|lua|pl|sh|bash|zsh|ps1|vue|svelte)$/i;
/**
 * Where the generic rule does not look: generated files (source maps, minified bundles), prose
 * (documentation shows example credentials), and examples, fixtures and tests. The rules for
 * known token formats still apply there.
 */
const NO_GENERIC = /\.(?:map|md|markdown|rst|txt|adoc)$|\.min\.[cm]?js$|(^|\/)(?:examples?|samples?|fixtures?|__fixtures__|testdata|tests?|spec|__tests__|__mocks__)\/|[.-](?:example|examples|sample|spec|test)\.[^/]*$|\.(?:example|sample|template|dist|tpl)$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function shannonEntropy(value) {
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) {
        const p = n / value.length;
        h -= p * Math.log2(p);
    }
    return h;
}
/**
 * Whether a value assigned to a password/secret/token name looks like a credential rather than a
 * word, an identifier or a reference: letters and digits mixed, and enough entropy. Plain words
 * ("NextToken"), dotted paths (config.api.key) and environment look-ups are not secrets.
 */
function looksGenerated(value) {
    if (REFERENCE.test(value) || /^[A-Za-z_$][\w$]*(?:\.[\w$]+)+$/.test(value))
        return false;
    // Identifiers that are not secrets: ARNs, URLs, UUIDs (request ids), file paths.
    if (/^(?:arn:|https?:\/\/|\.{0,2}\/)/.test(value) || UUID.test(value))
        return false;
    if (!/[A-Za-z]/.test(value) || !/\d/.test(value))
        return false;
    return shannonEntropy(value) >= 3;
}
function fingerprint(rule, value) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${rule}\0${value}`).digest('hex').slice(0, 12);
}
function isDotenv(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return /^\.env(?:\..+)?$/.test(name) && !/\.(?:example|sample|template|dist|defaults|schema|tpl)$/i.test(name);
}
function lineAt(text, index, state) {
    // Matches come in order, so counting newlines from the previous match is enough.
    for (let i = text.indexOf('\n', state.index); i !== -1 && i < index; i = text.indexOf('\n', i + 1))
        state.line++;
    state.index = index;
    return state.line;
}
function lineText(text, index) {
    const start = text.lastIndexOf('\n', index - 1) + 1;
    const end = text.indexOf('\n', index);
    return text.slice(start, end === -1 ? text.length : end);
}
const SPECIFIC = PATTERNS.slice(0, -1).map((p) => new RegExp(p.source));
/** Secrets in one file's text; pure, for tests. */
function findSecrets(path, text) {
    const hits = [];
    const state = { index: 0, line: 1 };
    const code = CODE_EXTENSIONS.test(path);
    const re = new RegExp(COMBINED.source, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const r = OFFSETS.findIndex((offset, i) => {
            for (let g = offset; g < offset + GROUPS[i]; g++)
                if (m[g] !== undefined)
                    return true;
            return false;
        });
        // A rejected match may hide a real one that starts inside it ("token: ghp_…"): look again
        // one character on.
        const reject = () => {
            re.lastIndex = m.index + 1;
        };
        if (r < 0) {
            reject();
            continue;
        }
        let rule = RULES[r];
        const generic = rule.id === 'generic-secret';
        const value = generic ? m.groups?.value : [...m].slice(OFFSETS[r], OFFSETS[r] + GROUPS[r]).find((v) => v !== undefined);
        if (!value || PLACEHOLDER.test(value) || lineText(text, m.index).includes(ALLOW_COMMENT)) {
            reject();
            continue;
        }
        if (generic) {
            // In a committed .env file the dotenv finding below covers every value once.
            if (NO_GENERIC.test(path) || isDotenv(path)) {
                reject();
                continue;
            }
            const quoted = m.groups?.quote !== '';
            // In code, only quoted literals are secrets; unquoted values are expressions.
            if ((code && !quoted) || !looksGenerated(value)) {
                reject();
                continue;
            }
            // A known kind of token assigned to a variable is reported as that kind.
            const specific = SPECIFIC.findIndex((p) => p.test(value));
            if (specific >= 0)
                rule = RULES[specific];
        }
        if (rule.id === 'private-key' && value.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '').length < 64) {
            reject(); // "…" or a truncated example
            continue;
        }
        if (rule.minEntropy && shannonEntropy(value) < rule.minEntropy) {
            reject();
            continue;
        }
        hits.push({ rule: rule.id, line: lineAt(text, m.index, state), value, fingerprint: fingerprint(rule.id, value) });
    }
    if (isDotenv(path)) {
        // One finding per committed .env file (the file is the problem), with every value in it.
        const values = [];
        let first = 0;
        text.split('\n').forEach((line, i) => {
            const kv = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.]*\s*=\s*(.*?)\s*$/.exec(line);
            if (!kv || line.includes(ALLOW_COMMENT))
                return;
            const value = kv[1].replace(/\s+#.*$/, '').replace(/^(['"])(.*)\1$/, '$2');
            if (!value || PLACEHOLDER.test(value))
                return;
            values.push(value);
            first ||= i + 1;
        });
        if (values.length > 0)
            hits.push({ rule: 'dotenv', line: first, value: values.join('\n'), fingerprint: fingerprint('dotenv', path) });
    }
    return hits;
}
/** A value worth masking in logs: long enough not to mask ordinary words and numbers. */
function maskable(value) {
    return value.length >= 8 && !/^(?:\d+|true|false|yes|no|on|off)$/i.test(value);
}
class SecretScanner {
    wants;
    allowed;
    hits = [];
    constructor(wants, allowed) {
        this.wants = wants;
        this.allowed = allowed;
    }
    visit(file) {
        for (const hit of findSecrets(file.path, file.text)) {
            if (!this.allowed(file.path, hit.fingerprint))
                this.hits.push({ ...hit, file: file.path });
        }
    }
}
const TITLES = Object.fromEntries([...RULES.map((r) => [r.id, r.title]), ['dotenv', 'committed .env file with values']]);
const secretsCheck = {
    kind: 'secrets',
    scanner(check) {
        const allow = check.raw.allow ?? [];
        const fingerprints = new Set(allow.filter((a) => /^[0-9a-f]{12}$/.test(a)));
        const paths = matcher(allow.filter((a) => !fingerprints.has(a)), () => false);
        return new SecretScanner(selection(undefined, check.raw.exclude), (p, fp) => fingerprints.has(fp) || paths(p));
    },
    async execute(ctx) {
        const { pass, scanner } = await ctx.scan.scannerOf(ctx.check.id);
        // Registered before any finding, summary or log line exists.
        for (const hit of scanner.hits) {
            if (!maskable(hit.value))
                continue;
            for (const part of hit.value.split('\n'))
                if (maskable(part.trim()))
                    ctx.onSecret?.(part.trim());
        }
        const byRule = {};
        for (const hit of scanner.hits)
            byRule[hit.rule] = (byRule[hit.rule] ?? 0) + 1;
        const findings = scanner.hits.map((h) => ({
            file: h.file,
            line: h.line,
            severity: 'error',
            rule: h.rule,
            message: `${TITLES[h.rule] ?? h.rule} (fingerprint ${h.fingerprint})`,
            fingerprint: h.fingerprint,
        }));
        const n = scanner.hits.length;
        const files = new Set(scanner.hits.map((h) => h.file)).size;
        return builtinOutcome(ctx, pass, {
            status: n === 0 ? 'pass' : 'fail',
            score: n === 0 ? 100 : 0,
            summary: n === 0 ? `no secrets in ${pass.stats.scanned} files` : `${n} secret${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${Object.entries(byRule).map(([r, c]) => `${c} ${r}`).join(', ')})`,
            target: '0 secrets',
            metrics: { findings: n, ...byRule, ...scanStatsMetrics(pass) },
            findings,
        });
    },
};

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/checks/files.ts
// builtin: files — the files a maintained project keeps: a README with a real body, a licence,
// a security policy, contributing notes, a changelog, CODEOWNERS, a CI workflow, and a .gitignore
// that covers .env and dependency folders. The score is the share present.



const DEFAULT_ITEMS = ['readme', 'license', 'security', 'contributing', 'changelog', 'codeowners', 'workflow', 'gitignore'];
/** Where GitHub and common practice look for each file. */
const LOCATIONS = {
    readme: { re: /^readme(\.(md|markdown|rst|txt|adoc|org))?$/i, label: 'README' },
    license: { re: /^(licen[cs]e|copying|unlicense)([.-][^/]*)?$/i, label: 'LICENSE' },
    security: { re: /^(\.github\/|docs\/)?security(\.(md|rst|txt))?$/i, label: 'SECURITY.md' },
    contributing: { re: /^(\.github\/|docs\/)?contributing(\.(md|rst|txt))?$/i, label: 'CONTRIBUTING' },
    changelog: { re: /^(docs\/)?(changelog|changes|history|news|releases)(\.(md|rst|txt|markdown))?$/i, label: 'CHANGELOG' },
    codeowners: { re: /^(\.github\/|docs\/)?CODEOWNERS$/, label: 'CODEOWNERS' },
    workflow: { re: /^\.github\/workflows\/[^/]+\.ya?ml$/, label: 'a workflow in .github/workflows' },
};
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
            this.readme = file;
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
        const findings = [];
        const missing = (what, message, file) => findings.push({ ...(file ? { file, line: 1 } : {}), severity: 'warning', rule: `missing-${what}`, message });
        for (const item of items) {
            if (item === 'gitignore') {
                if (scanner.gitignore === undefined) {
                    missing('gitignore', 'no .gitignore at the root');
                    continue;
                }
                const ig = ignore_default()().add(scanner.gitignore);
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
            const match = matcher(pattern);
            const found = files.find((f) => match(f));
            if (found)
                present.push(found);
            else
                missing('required-file', `no file matches "${pattern}"`);
        }
        const total = items.length + sections.length + extra.length;
        if (total === 0)
            return builtinOutcome(ctx, pass, { status: 'skipped', summary: 'nothing to check: every item is optional', metrics: {}, findings: [] });
        const score = (100 * present.length) / total;
        const status = present.length === total ? 'pass' : score >= 50 ? 'warn' : 'fail';
        const summary = `${present.length}/${total} present${findings.length ? `; missing: ${findings.map((f) => f.message.replace(/^no /, '')).slice(0, 4).join('; ')}${findings.length > 4 ? '…' : ''}` : ''}`;
        return builtinOutcome(ctx, pass, {
            status,
            score,
            summary,
            target: 'all present',
            metrics: { present: present.length, required: total, missing: findings.map((f) => f.rule.replace(/^missing-/, '')) },
            findings,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/git.ts
// builtin: git — commit history and repository hygiene: the commit count, the share of
// Conventional Commit subjects among recent commits, stray merge artefacts, and tracked files over
// the size limit. A shallow clone says its history is shallow instead of misreporting it.




const DEFAULT_WINDOW = 50;
const DEFAULT_CONVENTIONAL_TARGET = 80;
const CONVENTIONAL = /^[A-Za-z]+(\([^()\r\n]*\))?!?: \S/;
const ARTEFACTS = matcher(['*.orig', '*.rej', '*.BACKUP.*', '*.LOCAL.*', '*.REMOTE.*', '*.BASE.*']);
function git(args, cwd) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => (err ? reject(new Error(stderr.trim() || err.message)) : resolve(stdout)));
    });
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
        const pass = await ctx.scan.result();
        const error = (summary) => builtinOutcome(ctx, pass, { status: 'error', score: 0, summary, metrics: {}, findings: [] });
        if (pass.list.source !== 'git')
            return error('not a git repository (or git is not installed)');
        const raw = ctx.check.raw;
        const window = raw.window ?? DEFAULT_WINDOW;
        const target = raw.target ?? DEFAULT_CONVENTIONAL_TARGET;
        const maxSize = raw['max-file-size'] !== undefined ? parseSize(raw['max-file-size']) : ctx.maxFileBytes;
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
                scores.push(Math.min(100, (100 * pct) / Math.max(target, 1e-9)));
                conventionalBelow = pct < target;
                parts.push(`${commits} commits; ${matching}/${subjects.length} recent subjects are Conventional Commits (${Math.floor(pct)}%, target ${target}%)`);
                for (const s of subjects.filter((x) => !isConventional(x)).slice(0, 10)) {
                    findings.push({ severity: 'note', rule: 'conventional-commit', message: `not a Conventional Commit subject: ${s.slice(0, 120)}` });
                }
            }
        }
        parts.push(`${artefacts.length} stray merge artefact${artefacts.length === 1 ? '' : 's'}`, `${large.length} tracked file${large.length === 1 ? '' : 's'} over ${formatBytes(maxSize)}`);
        const score = scores.reduce((a, b) => a + b, 0) / scores.length;
        const status = artefacts.length > 0 || large.length > 0 ? 'fail' : conventionalBelow ? 'warn' : 'pass';
        return builtinOutcome(ctx, pass, { status, score, summary: parts.join('; '), target: `no artefacts or large files; ≥ ${target}% Conventional Commits`, metrics, findings });
    },
};

;// CONCATENATED MODULE: ./src/checks/patterns.ts



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
            files: selection(p.files, p.exclude),
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
        const scored = levelCounts(counts, { max, target }, scanner.patterns.map((p) => p.id));
        const summary = scanner.patterns
            .map((p) => `${p.id} ${p.count}${p.max !== undefined ? ` (max ${p.max}${p.target !== undefined ? `, target ${p.target}` : ''})` : p.target !== undefined ? ` (target ${p.target})` : ''}`)
            .join(', ');
        const total = Object.values(counts).reduce((a, b) => a + b, 0);
        return builtinOutcome(ctx, pass, {
            status: scored.status,
            score: scored.score,
            summary,
            target: scanner.patterns.map((p) => (p.max !== undefined ? `${p.id} < ${Math.max(p.max, 1)}` : p.target !== undefined ? `${p.id} ≤ ${p.target}` : '')).filter(Boolean).join(', ') || 'counted only',
            metrics: { ...counts, matches: total, ...scanStatsMetrics(pass) },
            findings: scanner.findings,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/checklist.ts



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
    visit(file) {
        this.files.push({ path: file.path, items: taskItems(file.text) });
    }
}
const checklistCheck = {
    kind: 'checklist',
    scanner: (check) => new ChecklistScanner(matcher(check.raw.files)),
    async execute(ctx) {
        const { pass, scanner } = await ctx.scan.scannerOf(ctx.check.id);
        const target = ctx.check.raw.target ?? 100;
        const patterns = [ctx.check.raw.files ?? []].flat().join(', ');
        const error = (summary) => builtinOutcome(ctx, pass, { status: 'error', score: 0, summary, metrics: {}, findings: [] });
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
        const scored = higherIsBetter(pct, 0, target);
        const outcome = builtinOutcome(ctx, pass, {
            ...scored,
            summary: `${done}/${all.length} items done (${Math.floor(pct)}%), target ${target}%`,
            target: `${target}% done`,
            metrics: { done, total: all.length, pct },
            findings,
        });
        return { ...outcome, evidence: { ...outcome.evidence, sources: scanner.files.map((f) => f.path) } };
    },
};

;// CONCATENATED MODULE: ./src/checks/dockerfile.ts


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
    scanner: (check) => new DockerfileScanner(selection(undefined, check.raw.exclude)),
    async execute(ctx) {
        const { pass, scanner } = await ctx.scan.scannerOf(ctx.check.id);
        if (scanner.files.length === 0)
            return builtinOutcome(ctx, pass, { status: 'skipped', summary: 'no Dockerfile in the repository', metrics: {}, findings: [] });
        const all = scanner.files.flatMap((f) => f.results.map((r) => ({ ...r, file: f.path })));
        const met = all.filter((r) => r.met).length;
        const findings = all.filter((r) => !r.met).map((r) => ({ file: r.file, line: r.line, severity: 'warning', rule: r.rule, message: r.message }));
        const byRule = Object.fromEntries(DOCKERFILE_RULES.map((rule) => [rule, all.filter((r) => r.rule === rule && r.met).length]));
        const score = (100 * met) / all.length;
        const failed = [...new Set(findings.map((f) => f.rule))];
        const outcome = builtinOutcome(ctx, pass, {
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

;// CONCATENATED MODULE: ./src/checks/registry.ts
// Check kinds by name. All are imported up front: a check may rebuild the action's own dist/ while
// the run goes on, so no code may be loaded from disk after the first check starts.













const KINDS = {
    run: commandCheck,
    tests: testsCheck,
    coverage: coverageCheck,
    sarif: sarifCheck,
    audit: auditCheck,
    metric: metricCheck,
    'conflict-markers': conflictMarkersCheck,
    secrets: secretsCheck,
    files: filesCheck,
    git: gitCheck,
    patterns: patternsCheck,
    checklist: checklistCheck,
    dockerfile: dockerfileCheck,
};
/** The check kinds of a plan. */
function checkKinds(kinds) {
    const out = new Map();
    for (const kind of new Set(kinds)) {
        const found = KINDS[kind];
        if (found)
            out.set(kind, found);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/config/detect.ts
// Zero config: the suite a reviewer of each ecosystem would run, from manifests and lockfiles.
// Detection reads the repository and never changes it; tools it cannot assume are `requires`, so a
// missing one makes its check skipped as "not installed". The result is a config text, so a run with
// the file `readiness init` writes executes exactly the checks auto-detection ran.





const SKIP_DIRS = new Set(['node_modules', '.git', 'target', 'build', 'dist', 'vendor', '.venv', 'venv', '__pycache__', '.tox', '.gradle']);
function read(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
function readJson(file) {
    const text = read(file);
    if (text === undefined)
        return undefined;
    try {
        const v = JSON.parse(text);
        return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
function exists(dir, ...names) {
    return names.find((n) => (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, n)));
}
/** Directories (relative, forward slashes) matching workspace globs like "packages/*". */
function expandWorkspaces(root, patterns) {
    const out = new Set();
    const positive = patterns.filter((p) => !p.startsWith('!')).map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''));
    const negative = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1).replace(/^\.\//, '').replace(/\/$/, ''));
    const isMatch = picomatch_default()(positive);
    const isExcluded = negative.length ? picomatch_default()(negative) : () => false;
    const maxDepth = Math.max(1, ...positive.map((p) => (p.includes('**') ? 4 : p.split('/').length)));
    const walk = (rel, depth) => {
        if (depth > maxDepth)
            return;
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(external_node_path_default().join(root, rel), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (!e.isDirectory() || SKIP_DIRS.has(e.name) || e.name.startsWith('.'))
                continue;
            const p = rel ? `${rel}/${e.name}` : e.name;
            if (isMatch(p) && !isExcluded(p))
                out.add(p);
            walk(p, depth + 1);
        }
    };
    walk('', 1);
    return [...out].sort();
}
function detect_slug(dir) {
    return dir === '.' ? '' : `${dir.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}-`;
}
function wd(dir) {
    return dir === '.' ? {} : { 'working-directory': dir };
}
function packageManager(root, pkg) {
    const field = typeof pkg.packageManager === 'string' ? pkg.packageManager : '';
    if (field.startsWith('pnpm@'))
        return { pm: 'pnpm', why: `packageManager ${field}` };
    if (field.startsWith('yarn@'))
        return { pm: /^yarn@1\./.test(field) ? 'yarn' : 'yarn-berry', why: `packageManager ${field}` };
    if (field.startsWith('bun@'))
        return { pm: 'bun', why: `packageManager ${field}` };
    if (field.startsWith('npm@'))
        return { pm: 'npm', why: `packageManager ${field}` };
    const lock = exists(root, 'pnpm-lock.yaml', 'yarn.lock', 'bun.lockb', 'bun.lock', 'package-lock.json', 'npm-shrinkwrap.json');
    switch (lock) {
        case 'pnpm-lock.yaml':
            return { pm: 'pnpm', why: lock };
        case 'yarn.lock':
            return { pm: (0,external_node_fs_.existsSync)(external_node_path_default().join(root, '.yarnrc.yml')) ? 'yarn-berry' : 'yarn', why: (0,external_node_fs_.existsSync)(external_node_path_default().join(root, '.yarnrc.yml')) ? 'yarn.lock, .yarnrc.yml' : lock };
        case 'bun.lockb':
        case 'bun.lock':
            return { pm: 'bun', why: lock };
        case undefined:
            return { pm: 'npm', why: 'no lockfile (npm assumed)' };
        default:
            return { pm: 'npm', why: lock };
    }
}
const PM_BIN = { npm: 'npm', pnpm: 'pnpm', yarn: 'yarn', 'yarn-berry': 'yarn', bun: 'bun' };
const NO_TEST = /no test specified/;
function runScript(pm, script) {
    if (script === 'test' && pm !== 'bun')
        return `${PM_BIN[pm]} test`;
    return `${PM_BIN[pm]} run ${script}`;
}
function execBin(pm) {
    return pm === 'npm' ? 'npx --no-install' : pm === 'pnpm' ? 'pnpm exec' : pm === 'bun' ? 'bunx' : 'yarn';
}
function nodeChecks(root, dir, pm, pkg, withAudit) {
    const abs = external_node_path_default().join(root, dir);
    const scripts = (pkg.scripts && typeof pkg.scripts === 'object' ? pkg.scripts : {});
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    const where = dir === '.' ? 'package.json' : `${dir}/package.json`;
    const p = detect_slug(dir);
    const requires = { requires: [PM_BIN[pm]] };
    const out = [];
    if (scripts.build)
        out.push({ id: `${p}build`, comment: `"build" script in ${where}`, check: { category: 'build', run: runScript(pm, 'build'), ...wd(dir), ...requires } });
    const typecheck = ['typecheck', 'type-check', 'tsc'].find((s) => scripts[s]);
    if (typecheck)
        out.push({ id: `${p}typecheck`, comment: `"${typecheck}" script in ${where}`, check: { category: 'build', run: runScript(pm, typecheck), ...wd(dir), ...requires } });
    else if (deps.typescript && (0,external_node_fs_.existsSync)(external_node_path_default().join(abs, 'tsconfig.json'))) {
        out.push({ id: `${p}typecheck`, comment: `typescript and tsconfig.json in ${dir === '.' ? 'the root' : dir}`, check: { category: 'build', run: `${execBin(pm)} tsc --noEmit`, ...wd(dir), ...requires } });
    }
    if (scripts.lint)
        out.push({ id: `${p}lint`, comment: `"lint" script in ${where}`, check: { category: 'quality', run: runScript(pm, 'lint'), ...wd(dir), ...requires } });
    if (scripts.test && !NO_TEST.test(scripts.test))
        out.push({ id: `${p}test`, comment: `"test" script in ${where}`, check: { category: 'tests', run: runScript(pm, 'test'), ...wd(dir), ...requires } });
    if (withAudit) {
        const audit = { npm: 'npm audit --json', pnpm: 'pnpm audit --json', yarn: 'yarn audit --json', 'yarn-berry': 'yarn npm audit --json', bun: undefined };
        const command = audit[pm];
        if (command)
            out.push({ id: `${p}audit`, comment: `${pm === 'yarn-berry' ? 'yarn berry' : pm} lockfile: its dependency audit`, check: { category: 'dependencies', run: command, audit: {}, ...wd(dir), ...requires } });
    }
    return out;
}
function detectNode(root, reasons) {
    const pkg = readJson(external_node_path_default().join(root, 'package.json'));
    if (!pkg)
        return [];
    const { pm, why } = packageManager(root, pkg);
    const ws = Array.isArray(pkg.workspaces) ? pkg.workspaces : pkg.workspaces && typeof pkg.workspaces === 'object' && Array.isArray(pkg.workspaces.packages) ? pkg.workspaces.packages : undefined;
    let patterns = (ws ?? []).filter((w) => typeof w === 'string');
    let source = 'package.json workspaces';
    const pnpmWs = read(external_node_path_default().join(root, 'pnpm-workspace.yaml'));
    if (pnpmWs) {
        patterns = [...pnpmWs.matchAll(/^\s*-\s*['"]?([^'"\n#]+?)['"]?\s*$/gm)].map((m) => m[1]);
        source = 'pnpm-workspace.yaml';
    }
    const dirs = expandWorkspaces(root, patterns).filter((d) => (0,external_node_fs_.existsSync)(external_node_path_default().join(root, d, 'package.json')));
    reasons.push(`Node (${pm === 'yarn-berry' ? 'yarn berry' : pm}): package.json, ${why}${dirs.length ? `; ${dirs.length} workspace packages from ${source}: ${dirs.join(', ')}` : ''}`);
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(root, 'node_modules')))
        reasons.push(`Node: node_modules is missing — install dependencies (${PM_BIN[pm] === 'npm' ? 'npm ci' : `${PM_BIN[pm]} install`}) before the scorecard, or its checks fail`);
    const out = nodeChecks(root, '.', pm, pkg, true);
    for (const dir of dirs) {
        const sub = readJson(external_node_path_default().join(root, dir, 'package.json'));
        if (sub)
            out.push(...nodeChecks(root, dir, pm, sub, false));
    }
    return out;
}
// --- Python -------------------------------------------------------------------------------------
/** Whether a file within `maxDepth` folders of root (dependency and build folders left out) matches. */
function containsFile(root, matches, maxDepth = 3) {
    const walk = (dir, depth) => {
        if (depth > maxDepth)
            return false;
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return false;
        }
        return entries.some((e) => (e.isFile() && matches(e.name)) || (e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.') && walk(external_node_path_default().join(dir, e.name), depth + 1)));
    };
    return walk(root, 0);
}
function hasTests(root) {
    return !!exists(root, 'tests', 'test') || containsFile(root, (name) => /^(test_.*|.*_test)\.py$/.test(name));
}
function pythonImports(module) {
    try {
        (0,external_node_child_process_.execFileSync)('python3', ['-c', `import ${module}`], { stdio: 'ignore', timeout: 10_000 });
        return true;
    }
    catch {
        return false;
    }
}
function detectPython(root, reasons) {
    const requirements = (0,external_node_fs_.readdirSync)(root).filter((f) => /^requirements.*\.txt$/.test(f)).sort();
    const markers = [exists(root, 'pyproject.toml'), exists(root, 'setup.cfg'), exists(root, 'setup.py'), ...requirements].filter((x) => !!x);
    if (markers.length === 0)
        return [];
    const pyproject = read(external_node_path_default().join(root, 'pyproject.toml')) ?? '';
    const setupCfg = read(external_node_path_default().join(root, 'setup.cfg')) ?? '';
    const tox = read(external_node_path_default().join(root, 'tox.ini')) ?? '';
    const deps = [pyproject, setupCfg, ...requirements.map((r) => read(external_node_path_default().join(root, r)) ?? '')].join('\n');
    const out = [];
    const found = [];
    if (hasTests(root)) {
        // Reports go to the run's temporary folder: detection never writes into the repository.
        const cov = pythonImports('pytest_cov');
        found.push(`pytest${cov ? ' with pytest-cov' : ''}`);
        const run = `pytest --junitxml="$READINESS_TEMP/pytest.xml"${cov ? ' --cov --cov-report=xml:"$READINESS_TEMP/python-coverage.xml"' : ''}`;
        out.push({ id: 'pytest', comment: 'Python tests (tests/ or test_*.py); JUnit report kept out of the repository', check: { category: 'tests', run, tests: { reports: '$READINESS_TEMP/pytest.xml' }, requires: ['pytest'] } });
        if (cov)
            out.push({ id: 'python-coverage', comment: 'pytest-cov is installed: line coverage of the pytest run (read after it, pass or fail)', check: { category: 'coverage', after: ['pytest'], coverage: { reports: '$READINESS_TEMP/python-coverage.xml' } } });
    }
    const flake8 = /^\[flake8\]/m.test(setupCfg + tox) || (0,external_node_fs_.existsSync)(external_node_path_default().join(root, '.flake8'));
    const ruff = /\[tool\.ruff/.test(pyproject) || !!exists(root, 'ruff.toml', '.ruff.toml');
    if (flake8 && !ruff) {
        found.push('flake8');
        out.push({ id: 'flake8', comment: 'flake8 is configured', check: { category: 'quality', run: 'flake8', requires: ['flake8'] } });
    }
    else {
        found.push('ruff');
        out.push({ id: 'ruff', comment: ruff ? 'ruff is configured' : 'Python lint with ruff (skipped when ruff is not installed)', check: { category: 'quality', run: 'ruff check --output-format=sarif .', sarif: {}, requires: ['ruff'] } });
    }
    if (/\[tool\.mypy|^\[mypy/m.test(pyproject + setupCfg) || (0,external_node_fs_.existsSync)(external_node_path_default().join(root, 'mypy.ini')) || /\bmypy\b/.test(deps)) {
        found.push('mypy');
        out.push({ id: 'mypy', comment: 'mypy is configured or a dependency', check: { category: 'build', run: 'mypy .', requires: ['mypy'] } });
    }
    const req = requirements.find((r) => r === 'requirements.txt') ?? requirements[0];
    found.push('pip-audit');
    out.push({
        id: 'pip-audit',
        comment: `Python dependencies${req ? ` in ${req}` : ''}: pip-audit (skipped when not installed)`,
        check: { category: 'dependencies', run: `pip-audit -f json${req ? ` -r ${req}` : ''}`, audit: {}, requires: ['pip-audit'] },
    });
    reasons.push(`Python: ${markers.join(', ')} → ${found.join(', ')} (each when installed)`);
    return out;
}
// --- Rust, Go, Java -----------------------------------------------------------------------------
function detectRust(root, reasons) {
    const manifest = read(external_node_path_default().join(root, 'Cargo.toml'));
    if (manifest === undefined)
        return [];
    const workspace = /^\[workspace\]/m.test(manifest);
    const all = workspace ? ' --workspace' : '';
    reasons.push(`Rust: Cargo.toml${workspace ? ' (a workspace: commands run for all members)' : ''} → cargo build, test, clippy, audit`);
    return [
        { id: 'cargo-build', comment: 'Cargo.toml', check: { category: 'build', run: `cargo build${all} --all-targets`, requires: ['cargo'] } },
        { id: 'cargo-test', comment: 'Cargo.toml', check: { category: 'tests', needs: ['cargo-build'], run: `cargo test${all}`, requires: ['cargo'] } },
        { id: 'cargo-clippy', comment: 'clippy, when installed', check: { category: 'quality', run: `cargo clippy${all} --all-targets -- -D warnings`, requires: ['cargo', 'cargo-clippy'] } },
        { id: 'cargo-audit', comment: 'cargo audit, when installed', check: { category: 'dependencies', run: 'cargo audit --json', audit: {}, requires: ['cargo', 'cargo-audit'] } },
    ];
}
function goModules(root) {
    const work = read(external_node_path_default().join(root, 'go.work'));
    if (work !== undefined) {
        const dirs = [...work.matchAll(/^\s*(?:use\s+)?(\.[^\s()]*)\s*$/gm)].map((m) => m[1].replace(/^\.\/?/, '') || '.').filter((d) => (0,external_node_fs_.existsSync)(external_node_path_default().join(root, d, 'go.mod')));
        return { dirs: [...new Set(dirs)].sort(), why: 'go.work' };
    }
    return (0,external_node_fs_.existsSync)(external_node_path_default().join(root, 'go.mod')) ? { dirs: ['.'], why: 'go.mod' } : { dirs: [], why: '' };
}
function detectGo(root, reasons) {
    const { dirs, why } = goModules(root);
    if (dirs.length === 0)
        return [];
    reasons.push(`Go: ${why}${dirs.length > 1 || dirs[0] !== '.' ? ` (modules ${dirs.join(', ')})` : ''} → go build, vet, test with a coverprofile, govulncheck`);
    const out = [];
    for (const dir of dirs) {
        const p = detect_slug(dir);
        const profile = `$READINESS_TEMP/${p}go-coverage.out`;
        out.push({ id: `${p}go-build`, comment: `go.mod in ${dir === '.' ? 'the root' : dir}`, check: { category: 'build', run: 'go build ./...', ...wd(dir), requires: ['go'] } }, { id: `${p}go-vet`, comment: 'go vet', check: { category: 'quality', run: 'go vet ./...', ...wd(dir), requires: ['go'] } }, { id: `${p}go-test`, comment: 'go test, with a coverprofile kept out of the repository', check: { category: 'tests', run: `go test -coverprofile="${profile}" ./...`, ...wd(dir), requires: ['go'] } }, { id: `${p}go-coverage`, comment: 'statement coverage of go test', check: { category: 'coverage', after: [`${p}go-test`], coverage: { reports: profile } } }, { id: `${p}govulncheck`, comment: 'govulncheck, when installed', check: { category: 'dependencies', run: 'govulncheck ./...', ...wd(dir), requires: ['govulncheck'] } });
    }
    return out;
}
function detectJava(root, reasons) {
    const pom = read(external_node_path_default().join(root, 'pom.xml'));
    if (pom !== undefined) {
        const modules = [...pom.matchAll(/<module>([^<]+)<\/module>/g)].map((m) => m[1].trim());
        const jacoco = /jacoco-maven-plugin/.test(pom) || modules.some((m) => /jacoco-maven-plugin/.test(read(external_node_path_default().join(root, m, 'pom.xml')) ?? ''));
        reasons.push(`Java (Maven): pom.xml${modules.length ? ` with modules ${modules.join(', ')} (built by the reactor from the root)` : ''} → mvn -B verify, Surefire reports${jacoco ? ', JaCoCo' : ''}`);
        const out = [
            { id: 'maven-compile', comment: 'pom.xml', check: { category: 'build', run: 'mvn -B -q compile', requires: ['mvn'] } },
            { id: 'maven-verify', comment: 'mvn verify runs the tests; Surefire writes JUnit XML', check: { category: 'tests', needs: ['maven-compile'], run: 'mvn -B verify', tests: { reports: '**/target/surefire-reports/TEST-*.xml' }, requires: ['mvn'] } },
        ];
        if (jacoco)
            out.push({ id: 'jacoco', comment: 'jacoco-maven-plugin is configured', check: { category: 'coverage', after: ['maven-verify'], coverage: { reports: '**/target/site/jacoco/jacoco.xml' } } });
        return out;
    }
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(root, 'gradlew'))) {
        const build = [read(external_node_path_default().join(root, 'build.gradle')), read(external_node_path_default().join(root, 'build.gradle.kts'))].join('\n');
        const jacoco = /jacoco/.test(build);
        reasons.push(`Java (Gradle wrapper): gradlew → ./gradlew build, JUnit results${jacoco ? ', JaCoCo' : ''}`);
        const out = [
            { id: 'gradle-build', comment: 'the Gradle wrapper runs the build and the tests', check: { category: 'tests', run: `./gradlew build --no-daemon${jacoco ? ' jacocoTestReport' : ''}`, tests: { reports: '**/build/test-results/test/TEST-*.xml' }, requires: ['java'] } },
        ];
        if (jacoco)
            out.push({ id: 'jacoco', comment: 'jacoco is configured', check: { category: 'coverage', after: ['gradle-build'], coverage: { reports: '**/build/reports/jacoco/test/jacocoTestReport.xml' } } });
        return out;
    }
    return [];
}
// --- Always -------------------------------------------------------------------------------------
function hasDockerfile(root) {
    return containsFile(root, (name) => /^(Dockerfile|Containerfile)(\..+)?$|\.Dockerfile$/.test(name));
}
function builtins(root, reasons) {
    const out = [
        { id: 'conflict-markers', comment: 'always: unresolved merge conflicts', check: { category: 'hygiene', builtin: 'conflict-markers' } },
        { id: 'secrets', comment: 'always: committed credentials', check: { category: 'security', builtin: 'secrets' } },
        { id: 'files', comment: 'always: README, LICENSE, SECURITY.md, CONTRIBUTING, CHANGELOG, CODEOWNERS, CI, .gitignore', check: { category: 'docs', builtin: 'files' } },
    ];
    const git = (0,external_node_fs_.existsSync)(external_node_path_default().join(root, '.git'));
    if (git)
        out.push({ id: 'git', comment: 'a git repository: history and hygiene', check: { category: 'hygiene', builtin: 'git' } });
    const docker = hasDockerfile(root);
    if (docker)
        out.push({ id: 'dockerfile', comment: 'a Dockerfile is present', check: { category: 'security', builtin: 'dockerfile' } });
    reasons.push(`Always: built-in scans (conflict markers, secrets, files${git ? ', git' : ''}${docker ? ', Dockerfile' : ''})`);
    return out;
}
/** The suite for a repository with no config file. */
function detect(root) {
    const reasons = [];
    const checks = [...detectNode(root, reasons), ...detectPython(root, reasons), ...detectRust(root, reasons), ...detectGo(root, reasons), ...detectJava(root, reasons), ...builtins(root, reasons)];
    // Two ecosystems may propose the same id (a "test" script and a Go module named test): keep both.
    const seen = new Map();
    for (const c of checks) {
        const n = seen.get(c.id) ?? 0;
        seen.set(c.id, n + 1);
        if (n > 0)
            c.id = `${c.id}-${n + 1}`;
    }
    return { reasons, yaml: renderYaml(checks, reasons) };
}
function renderYaml(checks, reasons) {
    const lines = [
        '# Readiness Scorecard config, written from what auto-detection found:',
        ...reasons.map((r) => `#   ${r}`),
        '# Edit freely: see the README for every key. Checks with "requires" are skipped when the tool',
        '# is not installed; install dependencies in the workflow before the scorecard step.',
        'threshold: 70',
        'checks:',
    ];
    for (const c of checks) {
        lines.push(`  # ${c.comment}`);
        const doc = new dist/* Document */.yo([{ id: c.id, ...c.check }]);
        // Short lists read best inline: requires: [npm], needs: [build].
        (0,dist/* visit */.YR)(doc, { Seq: (_key, node, path) => void (path.length > 1 && (0,dist/* isSeq */.oP)(node) && (node.flow = true)) });
        const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
        lines.push(...body.split('\n').map((l) => `  ${l}`));
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/run/file-list.ts
// The files the built-in scans read: `git ls-files -z -co --exclude-standard` (tracked, plus
// untracked files that are not ignored); outside a git repository, a walk that honours .gitignore.




function file_list_git(args, cwd) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
    });
}
function splitNul(buf) {
    return buf
        .toString('utf8')
        .split('\0')
        .filter((s) => s !== '');
}
/** Whether `dir` is inside a git work tree (and git is installed). */
async function isGitRepository(dir) {
    try {
        return (await file_list_git(['rev-parse', '--is-inside-work-tree'], dir)).toString().trim() === 'true';
    }
    catch {
        return false;
    }
}
/** Directories a walk never enters, whatever the ignore files say. */
const ALWAYS_SKIPPED = new Set(['.git', '.hg', '.svn']);
function walk(root) {
    const out = [];
    // Each directory's own .gitignore applies below it, as git does.
    const visit = (dir, rel, rules) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        let own = rules;
        const gitignore = entries.find((e) => e.name === '.gitignore' && e.isFile());
        if (gitignore) {
            try {
                own = [...rules, { base: rel, ig: ignore_default()().add((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, '.gitignore'), 'utf8')) }];
            }
            catch {
                // An unreadable .gitignore ignores nothing.
            }
        }
        const ignored = (p, isDir) => own.some(({ base, ig }) => {
            const sub = base ? p.slice(base.length + 1) : p;
            return sub !== '' && ig.ignores(isDir ? `${sub}/` : sub);
        });
        for (const e of entries) {
            const p = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!ALWAYS_SKIPPED.has(e.name) && !ignored(p, true))
                    visit(external_node_path_default().join(dir, e.name), p, own);
            }
            else if ((e.isFile() || e.isSymbolicLink()) && !ignored(p, false))
                out.push(p);
        }
    };
    visit(root, '', []);
    return out.sort();
}
async function listFiles(workspace) {
    if (await isGitRepository(workspace)) {
        // ls-files prints paths relative to its working directory, so a workspace that is a subfolder
        // of the repository lists only its own files, relative to itself.
        const [all, tracked] = await Promise.all([file_list_git(['ls-files', '-z', '-co', '--exclude-standard'], workspace), file_list_git(['ls-files', '-z'], workspace)]);
        // A file deleted in the work tree but still in the index is listed; the scan skips it.
        const files = [...new Set(splitNul(all))].sort();
        return { files, tracked: new Set(splitNul(tracked)), source: 'git' };
    }
    return { files: walk(workspace), tracked: new Set(), source: 'walk' };
}

;// CONCATENATED MODULE: ./src/run/repository-scan.ts
// One pass over the repository for every built-in scan: each listed file is read once and handed
// to every scanner that wants it. Binary files (a NUL in the first 8 KiB), files over the size
// limit and symlinks are skipped and counted.


const BINARY_PROBE = 8192;
const EXAMPLES = 20;
/** Yield to the event loop this often, so running checks' output keeps flowing during a big pass. */
const SLICE_MS = 20;
function isBinary(bytes) {
    return bytes.subarray(0, BINARY_PROBE).includes(0);
}
async function scanRepository(workspace, list, scanners, maxFileSize, signal) {
    const started = performance.now();
    const stats = { listed: list.files.length, scanned: 0, skippedBinary: 0, skippedLarge: 0, skippedSymlink: 0, unreadable: 0 };
    const sizes = new Map();
    const skippedExamples = { binary: [], large: [], unreadable: [] };
    const note = (bucket, p) => {
        if (bucket.length < EXAMPLES)
            bucket.push(p);
    };
    let sliceStart = performance.now();
    for (const rel of list.files) {
        if (performance.now() - sliceStart > SLICE_MS) {
            await new Promise((r) => setImmediate(r));
            if (signal?.aborted)
                break;
            sliceStart = performance.now();
        }
        const abs = external_node_path_default().join(workspace, rel);
        let info;
        try {
            info = (0,external_node_fs_.lstatSync)(abs);
        }
        catch {
            // Deleted in the work tree but still in the index.
            continue;
        }
        if (info.isSymbolicLink()) {
            stats.skippedSymlink++;
            continue;
        }
        if (!info.isFile())
            continue;
        sizes.set(rel, info.size);
        const wanted = scanners.filter((s) => s.wants(rel));
        if (wanted.length === 0)
            continue;
        if (info.size > maxFileSize) {
            stats.skippedLarge++;
            note(skippedExamples.large, rel);
            continue;
        }
        let bytes;
        try {
            bytes = (0,external_node_fs_.readFileSync)(abs);
        }
        catch {
            stats.unreadable++;
            note(skippedExamples.unreadable, rel);
            continue;
        }
        if (isBinary(bytes)) {
            stats.skippedBinary++;
            note(skippedExamples.binary, rel);
            continue;
        }
        stats.scanned++;
        const file = { path: rel, text: bytes.toString('utf8') };
        for (const s of wanted)
            s.visit(file);
    }
    return { list, sizes, stats, skippedExamples, durationMs: Math.round(performance.now() - started) };
}

;// CONCATENATED MODULE: ./src/checks/scan-session.ts
// The shared pass of one engine run: built lazily by the first built-in check that needs it, with
// the scanners of every built-in check in the plan, so each file is read once for all of them.


class ScanSession {
    workspace;
    scanners;
    maxFileSize;
    signal;
    list;
    pass;
    constructor(workspace, 
    /** Scanner of each built-in check that reads file contents, by check id. */
    scanners, maxFileSize, signal) {
        this.workspace = workspace;
        this.scanners = scanners;
        this.maxFileSize = maxFileSize;
        this.signal = signal;
    }
    files() {
        return (this.list ??= listFiles(this.workspace));
    }
    /** Runs the pass once; later calls share it. */
    result() {
        this.pass ??= this.files().then((list) => scanRepository(this.workspace, list, [...this.scanners.values()], this.maxFileSize, this.signal));
        return this.pass;
    }
    /** The pass and the scanner the check added to it. */
    async scannerOf(checkId) {
        const scanner = this.scanners.get(checkId);
        if (!scanner)
            throw new Error(`no scanner registered for check ${checkId}`);
        return { pass: await this.result(), scanner: scanner };
    }
}

;// CONCATENATED MODULE: ./src/masking.ts
const MASK = '***';
class SecretMask {
    values = new Set();
    pattern;
    add(value) {
        if (!value || this.values.has(value))
            return;
        this.values.add(value);
        this.pattern = undefined;
    }
    get size() {
        return this.values.size;
    }
    apply(text) {
        if (this.values.size === 0 || !text)
            return text;
        // Longest first, so a secret that contains another is masked whole.
        this.pattern ??= new RegExp([...this.values]
            .sort((a, b) => b.length - a.length)
            .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('|'), 'g');
        return text.replace(this.pattern, MASK);
    }
    check(c) {
        if (this.values.size === 0)
            return c;
        const m = (s) => this.apply(s);
        return {
            ...c,
            summary: m(c.summary),
            findings: c.findings.map((f) => ({ ...f, message: m(f.message), ...(f.file ? { file: m(f.file) } : {}) })),
            evidence: {
                ...c.evidence,
                ...(c.evidence.command !== undefined ? { command: m(c.evidence.command) } : {}),
                ...(c.evidence.outputTail !== undefined ? { outputTail: m(c.evidence.outputTail) } : {}),
                ...(c.evidence.note !== undefined ? { note: m(c.evidence.note) } : {}),
            },
        };
    }
    report(r) {
        if (this.values.size === 0)
            return r;
        return { ...r, checks: r.checks.map((c) => this.check(c)), warnings: r.warnings.map((w) => this.apply(w)), gateReason: this.apply(r.gateReason) };
    }
}

;// CONCATENATED MODULE: ./src/run/which.ts
// Whether a command is installed: an executable file of that name on PATH.


function findExecutable(name, pathVar) {
    if (name.includes('/'))
        return isExecutable(name) ? name : undefined;
    for (const dir of (pathVar ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const candidate = external_node_path_default().join(dir, name);
        if (isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
function isExecutable(file) {
    try {
        if (!(0,external_node_fs_.statSync)(file).isFile())
            return false;
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/run/scheduler.ts
// Runs tasks in config order, at most `concurrency` at once, each after the tasks it needs.
/** Results keyed by task id. Needs that name tasks outside `tasks` are ignored (not selected). */
function schedule(tasks, options) {
    const ids = new Set(tasks.map((t) => t.id));
    const results = new Map();
    const pending = [...tasks];
    const limit = Math.max(1, Math.floor(options.concurrency));
    let running = 0;
    return new Promise((resolve) => {
        const pump = () => {
            if (options.signal?.aborted) {
                for (const task of pending.splice(0))
                    results.set(task.id, options.skip(task, 'the run was cancelled before it started'));
            }
            let progressed = true;
            while (progressed) {
                progressed = false;
                for (let i = 0; i < pending.length && running < limit; i++) {
                    const task = pending[i];
                    const needs = task.needs.filter((n) => ids.has(n));
                    const waits = [...needs, ...(task.after ?? []).filter((n) => ids.has(n))];
                    if (!waits.every((n) => results.has(n)))
                        continue;
                    pending.splice(i, 1);
                    i--;
                    progressed = true;
                    const unmet = needs.find((n) => !options.satisfies(results.get(n)));
                    if (unmet !== undefined) {
                        results.set(task.id, options.skip(task, `needs ${unmet}, which ${options.describe(results.get(unmet))}`));
                        continue;
                    }
                    running++;
                    options
                        .execute(task)
                        .then((result) => results.set(task.id, result), (err) => results.set(task.id, options.skip(task, `internal error: ${err?.message ?? String(err)}`)))
                        .finally(() => {
                        running--;
                        pump();
                    });
                }
            }
            if (running === 0) {
                // Anything still pending waits on a need that can never finish; config validation rules
                // cycles out, so this is only a guard.
                for (const task of pending.splice(0))
                    results.set(task.id, options.skip(task, 'its needs could not be ordered'));
                resolve(results);
            }
        };
        options.signal?.addEventListener('abort', () => pump(), { once: true });
        pump();
    });
}

;// CONCATENATED MODULE: ./src/scoring/scorecard.ts
/** One decimal, the precision shown everywhere; the gate compares the shown number. */
function round1(n) {
    return Math.round(n * 10) / 10;
}
function gradeFor(score) {
    if (score >= 90)
        return 'A';
    if (score >= 80)
        return 'B';
    if (score >= 70)
        return 'C';
    if (score >= 60)
        return 'D';
    return 'F';
}
/** Checks that count: measured (not skipped), not waived, and carrying a score (`error` is 0). */
function isScored(check) {
    return check.status !== 'skipped' && check.status !== 'waived';
}
function checkScore(check) {
    return check.status === 'error' ? 0 : (check.score ?? 0);
}
/** A required check blocks the gate when it did not show that it passes. */
function isBlocker(check) {
    return check.required && (check.status === 'fail' || check.status === 'error' || check.status === 'skipped');
}
function omissionReason(checks) {
    if (checks.length === 0)
        return 'no checks';
    const counts = new Map();
    for (const c of checks) {
        const key = c.status === 'skipped' || c.status === 'waived' ? c.status : 'weight 0';
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (counts.size === 1) {
        const [key] = [...counts.keys()];
        return checks.length === 1 ? `its check is ${key === 'weight 0' ? 'weighted 0' : key}` : `all ${checks.length} checks ${key === 'weight 0' ? 'weighted 0' : key}`;
    }
    return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}
function computeScorecard(checks, categoryDefs, threshold) {
    const scored = [];
    const omittedCategories = [];
    for (const def of categoryDefs) {
        const members = checks.filter((c) => c.category === def.id);
        const counted = members.filter((c) => isScored(c) && c.weight > 0);
        const weight = counted.reduce((s, c) => s + c.weight, 0);
        if (weight > 0) {
            const score = counted.reduce((s, c) => s + c.weight * checkScore(c), 0) / weight;
            scored.push({ def, score, checks: counted, weight });
        }
        else if (def.weight > 0 || members.length > 0) {
            omittedCategories.push({ id: def.id, title: def.title, weight: def.weight, reason: omissionReason(members) });
        }
    }
    const totalWeight = scored.reduce((s, c) => s + c.def.weight, 0);
    const categories = scored.map((c) => {
        const maxPoints = totalWeight > 0 ? (100 * c.def.weight) / totalWeight : 0;
        return {
            id: c.def.id,
            title: c.def.title,
            weight: c.def.weight,
            score: round1(c.score),
            points: round1((c.score * maxPoints) / 100),
            maxPoints: round1(maxPoints),
        };
    });
    const score = totalWeight > 0 ? round1(scored.reduce((s, c) => s + c.def.weight * c.score, 0) / totalWeight) : null;
    const improvements = [];
    for (const c of scored) {
        const maxPoints = totalWeight > 0 ? (100 * c.def.weight) / totalWeight : 0;
        for (const check of c.checks) {
            const lost = ((100 - checkScore(check)) / 100) * (check.weight / c.weight) * maxPoints;
            if (lost > 0.05)
                improvements.push({ id: check.id, title: check.title, status: check.status, pointsLost: round1(lost) });
        }
    }
    improvements.sort((a, b) => b.pointsLost - a.pointsLost || a.id.localeCompare(b.id));
    const blockers = checks.filter(isBlocker).map((c) => c.id);
    const reasons = [];
    if (score === null)
        reasons.push('nothing was scored');
    else if (score < threshold)
        reasons.push(`score ${score.toFixed(1)} is below the threshold ${threshold}`);
    if (blockers.length > 0) {
        const list = blockers.map((id) => `${id} (${checks.find((c) => c.id === id).status})`).join(', ');
        reasons.push(`required check${blockers.length > 1 ? 's' : ''} did not pass: ${list}`);
    }
    return {
        score,
        grade: score === null ? null : gradeFor(score),
        passed: reasons.length === 0,
        blockers,
        gateReason: reasons.join('; '),
        categories,
        omittedCategories,
        improvements,
    };
}

;// CONCATENATED MODULE: ./src/scoring/waivers.ts
/** UTC calendar date YYYY-MM-DD. */
function utcDate(now) {
    return now.toISOString().slice(0, 10);
}
/** A waiver holds through its `until` day (UTC) inclusive. */
function isExpired(until, now) {
    return until !== undefined && utcDate(now) > until;
}
/** Applies the check's waiver to its measured result. */
function applyWaiver(result, waive, now) {
    if (!waive)
        return result;
    const expired = isExpired(waive.until, now);
    const waiver = {
        reason: waive.reason,
        ...(waive.until ? { until: waive.until } : {}),
        state: expired ? 'expired' : 'active',
        measuredStatus: result.status,
        ...(result.score !== undefined ? { measuredScore: result.score } : {}),
    };
    if (expired)
        return { ...result, waiver };
    const { score: _score, ...rest } = result;
    return { ...rest, status: 'waived', waiver };
}

;// CONCATENATED MODULE: ./src/version.ts
// Kept equal to package.json's version by a test; a constant keeps package.json out of the bundle.
const TOOL_NAME = 'readiness-scorecard';
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/engine.ts
// load config → plan → run → score → report. The action and the CLI call only this.
















/** Check ids from a comma- or newline-separated list, blanks dropped. */
function parseIdList(value) {
    return value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
function defaultConcurrency() {
    return Math.max(1, typeof (external_node_os_default()).availableParallelism === 'function' ? external_node_os_default().availableParallelism() : external_node_os_default().cpus().length);
}
/** A report with nothing scored: the configuration (or the inputs) could not be used. */
function configErrorReport(startedAt, threshold, config, warnings, elapsedMs) {
    const nothing = { score: null, grade: null, passed: false, blockers: [], gateReason: '', categories: [], omittedCategories: [], improvements: [] };
    return assembleReport(nothing, {
        threshold: threshold ?? DEFAULT_THRESHOLD,
        checks: [],
        config,
        warnings,
        cancelled: false,
        reasons: [config.errors.length > 0 ? 'the configuration is invalid' : 'nothing was scored'],
        startedAt,
        durationMs: elapsedMs,
    });
}
const DETECTED_CONFIG_NAME = '(auto-detected config)';
async function loadPlan(options) {
    if (!(0,external_node_fs_.existsSync)(options.workspace) || !(0,external_node_fs_.statSync)(options.workspace).isDirectory()) {
        throw new ConfigError(null, [`${options.workspace}: the directory to audit does not exist`]);
    }
    const file = findConfig(options.workspace, options.config);
    if (!file) {
        // No config file: the suite comes from the repository's manifests, through the same parser a
        // written config goes through.
        const detection = detect(options.workspace);
        return {
            config: parseConfig(detection.yaml, DETECTED_CONFIG_NAME),
            info: { path: null, source: 'detected', errors: [], detected: { reasons: detection.reasons, yaml: detection.yaml } },
        };
    }
    const loaded = loadConfigFile(options.workspace, file);
    return { config: loaded.config, info: { path: loaded.path, source: 'file', errors: [] } };
}
function selectChecks(config, only, info) {
    if (!only || only.length === 0)
        return config.checks;
    const known = new Set(config.checks.map((c) => c.id));
    const unknown = only.filter((id) => !known.has(id));
    if (unknown.length > 0) {
        throw new ConfigError(info.path, [
            `checks: unknown check id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; expected ids from ${info.path ?? 'the config'}: ${[...known].join(', ')}`,
        ]);
    }
    const wanted = new Set(only);
    return config.checks.filter((c) => wanted.has(c.id));
}
function skippedResult(check, reason) {
    return identity(check, {
        status: 'skipped',
        summary: `skipped: ${reason}`,
        metrics: {},
        findings: [],
        evidence: { workingDirectory: check.workingDirectory, durationMs: 0, sources: [], ...(check.run ? { command: check.run } : {}) },
    });
}
function identity(check, outcome) {
    return {
        id: check.id,
        title: check.title,
        kind: check.kind,
        category: check.category,
        weight: check.weight,
        required: check.required,
        ...outcome,
    };
}
async function executeCheck(check, kind, base) {
    const started = performance.now();
    const evidenceBase = { workingDirectory: check.workingDirectory, sources: [], ...(check.run ? { command: check.run } : {}) };
    if (!kind) {
        return { status: 'error', score: 0, summary: `unknown check kind "${check.kind}"`, metrics: {}, findings: [], evidence: { ...evidenceBase, durationMs: 0 } };
    }
    // A tool that is not installed is not a failure of the project: the check says so and is not scored.
    const missing = check.requires.filter((c) => !findExecutable(c, base.env.PATH));
    if (missing.length > 0) {
        return { status: 'skipped', summary: `not installed: ${missing.join(', ')}`, metrics: {}, findings: [], evidence: { ...evidenceBase, durationMs: 0 } };
    }
    try {
        const outcome = await kind.execute({ ...base, check, cwd: external_node_path_default().resolve(base.workspace, check.workingDirectory) });
        // A version-manager shim (pyenv, asdf) is on PATH but exits 127 when the tool is not installed.
        if (check.requires.length > 0 && outcome.status === 'error' && outcome.summary.startsWith('command not found (exit 127)')) {
            return { ...outcome, status: 'skipped', score: undefined, summary: `not installed: ${outcome.summary}` };
        }
        return outcome;
    }
    catch (err) {
        // A bug in a check kind must not end the run: the check says it could not measure.
        return {
            status: 'error',
            score: 0,
            summary: `internal error: ${err?.message ?? String(err)}`,
            metrics: {},
            findings: [],
            evidence: { ...evidenceBase, durationMs: Math.round(performance.now() - started) },
        };
    }
}
/** Runs the whole scorecard. Never throws: configuration problems end in a report that says so. */
async function runEngine(options) {
    const now = options.now ?? (() => new Date());
    const startedAt = now();
    const t0 = performance.now();
    const warnings = [];
    const elapsed = () => Math.round(performance.now() - t0);
    let plan;
    let checks;
    try {
        plan = await loadPlan(options);
        checks = selectChecks(plan.config, options.only, plan.info);
    }
    catch (err) {
        if (!(err instanceof ConfigError))
            throw err;
        const info = { path: err.file, source: err.file ? 'file' : 'none', errors: err.problems };
        return configErrorReport(startedAt, options.threshold, info, warnings, elapsed());
    }
    const threshold = options.threshold ?? plan.config.threshold;
    for (const check of checks) {
        if (check.waive && isExpired(check.waive.until, startedAt)) {
            warnings.push(`${check.id}: the waiver expired on ${check.waive.until}; the check counts again (${check.waive.reason})`);
        }
    }
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    if (options.signal?.aborted)
        controller.abort();
    else
        options.signal?.addEventListener('abort', onAbort, { once: true });
    const kinds = checkKinds(checks.map((c) => c.kind));
    // Every built-in scan that reads files joins one shared pass.
    const scanners = new Map();
    for (const check of checks) {
        const scanner = kinds.get(check.kind)?.scanner?.(check);
        if (scanner)
            scanners.set(check.id, scanner);
    }
    const mask = new SecretMask();
    for (const value of options.secrets ?? [])
        mask.add(value);
    const env = options.env ?? process.env;
    const tempDir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(options.tempRoot ?? env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), 'readiness-'));
    const base = {
        workspace: options.workspace,
        env: { ...checkEnvironment(env), [TEMP_VARIABLE]: tempDir },
        tempDir,
        signal: controller.signal,
        killGraceMs: options.killGraceMs ?? DEFAULT_KILL_GRACE_MS,
        maxReportBytes: plan.config.maxReportBytes,
        maxFileBytes: plan.config.maxFileBytes,
        scan: new ScanSession(options.workspace, scanners, plan.config.maxFileBytes, controller.signal),
        onSecret: (value) => {
            mask.add(value);
            options.onSecret?.(value);
        },
    };
    const results = await schedule(checks, {
        concurrency: options.concurrency ?? plan.config.concurrency ?? defaultConcurrency(),
        signal: controller.signal,
        execute: async (check) => {
            options.onCheckStart?.(check);
            const result = mask.check(applyWaiver(identity(check, await executeCheck(check, kinds.get(check.kind), base)), check.waive, startedAt));
            options.onCheckEnd?.(result);
            return result;
        },
        satisfies: (r) => {
            const measured = r.waiver?.measuredStatus ?? r.status;
            return measured === 'pass' || measured === 'warn';
        },
        describe: (r) => {
            const measured = r.waiver?.measuredStatus ?? r.status;
            return measured === 'skipped' ? 'was skipped' : measured === 'error' ? 'could not be measured' : 'failed';
        },
        skip: (check, reason) => {
            const result = skippedResult(check, reason);
            options.onCheckEnd?.(result);
            return result;
        },
    });
    options.signal?.removeEventListener('abort', onAbort);
    // Checks that ended before the secrets scan found a value are masked again here.
    const checkResults = checks.map((c) => mask.check(results.get(c.id)));
    const cancelled = controller.signal.aborted;
    return assembleReport(computeScorecard(checkResults, plan.config.categories, threshold), {
        threshold,
        checks: checkResults,
        config: plan.info,
        warnings,
        cancelled,
        reasons: cancelled ? ['the run was cancelled'] : [],
        startedAt,
        durationMs: elapsed(),
    });
}
/** The JSON report (schemaVersion 1) of a scored set of checks; the engine and merging share it. */
function assembleReport(card, f) {
    return {
        schemaVersion: 1,
        tool: { name: TOOL_NAME, version: VERSION },
        score: card.score,
        grade: card.grade,
        threshold: f.threshold,
        passed: card.passed && f.reasons.length === 0,
        blockers: card.blockers,
        gateReason: [...f.reasons, card.gateReason].filter(Boolean).join('; '),
        categories: card.categories,
        omittedCategories: card.omittedCategories,
        improvements: card.improvements,
        checks: f.checks,
        config: f.config,
        warnings: f.warnings,
        cancelled: f.cancelled,
        startedAt: f.startedAt.toISOString(),
        durationMs: f.durationMs,
    };
}

;// CONCATENATED MODULE: ./src/github/baseline.ts
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
        const v = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, FILE), 'utf8'));
        return v && v.schemaVersion === 1 && Array.isArray(v.checks) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
function writeBaselineFile(dir, file) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, FILE), `${JSON.stringify(file)}\n`);
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

;// CONCATENATED MODULE: ./src/github/toolkit.ts
// The two heavy toolkit packages (together ~90 ms to load) load only when the workflow asks for a
// baseline or a comment, and then before the first check starts: a check may rebuild the action's
// own dist/, so nothing may be read from it later. Later calls reuse the loaded module.
let cacheModule;
let githubModule;
const loadCache = () => (cacheModule ??= __webpack_require__.e(/* import() */ 131).then(__webpack_require__.bind(__webpack_require__, 7131)));
const loadGithub = () => (githubModule ??= __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)));
/** Loads what the publishing steps will need, so they read nothing from disk after the run. */
async function preloadToolkit(needs) {
    await Promise.all([needs.cache ? loadCache() : undefined, needs.github ? loadGithub() : undefined]);
}

;// CONCATENATED MODULE: ./src/github/cache-adapter.ts
// The Actions cache behind the small interface the baseline needs; @actions/cache loads through toolkit.ts.


async function actionsCache() {
    const cache = await loadCache();
    return {
        available: () => cache.isFeatureAvailable(),
        async restore(dir, prefix) {
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
            // The prefix is both the primary key (never an exact hit) and the restore key: the newest
            // entry starting with it wins.
            return cache.restoreCache([dir], prefix, [prefix]);
        },
        async save(dir, key) {
            await cache.saveCache([dir], key);
        },
    };
}

;// CONCATENATED MODULE: ./src/github/merge.ts
// One scorecard from the reports of several runners (matrix shards): checks joined by id and
// scored once, with the categories and weights the reports carry.



class MergeError extends Error {
}
function readShard(file, label) {
    let value;
    try {
        value = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        throw new MergeError(`${label}: not a readable JSON report (${err.message})`);
    }
    const r = value;
    if (!r || typeof r !== 'object' || r.schemaVersion !== 1 || !Array.isArray(r.checks) || !Array.isArray(r.categories)) {
        throw new MergeError(`${label}: not a Readiness Scorecard report (expected schemaVersion 1 with checks and categories)`);
    }
    return { file: label, report: r };
}
const BADNESS = { error: 5, fail: 4, warn: 3, pass: 2, skipped: 1, waived: 0 };
/** The worse of two results of the same check: the lower score, then the worse status. */
function worse(a, b) {
    const sa = a.score ?? Infinity;
    const sb = b.score ?? Infinity;
    if (sa !== sb)
        return sa < sb ? a : b;
    return BADNESS[b.status] > BADNESS[a.status] ? b : a;
}
function mergeReports(shards, options) {
    if (shards.length === 0)
        throw new MergeError('no reports to merge');
    const warnings = [];
    // Categories: every one any shard knew, with its weight; a weight that differs is an error.
    const categories = new Map();
    for (const { file, report } of shards) {
        for (const c of [...report.categories, ...report.omittedCategories]) {
            const seen = categories.get(c.id);
            if (!seen)
                categories.set(c.id, { id: c.id, title: c.title, weight: c.weight, from: file });
            else if (seen.weight !== c.weight)
                throw new MergeError(`category "${c.id}" has weight ${seen.weight} in ${seen.from} and ${c.weight} in ${file}`);
        }
    }
    const checks = new Map();
    for (const { file, report } of shards) {
        for (const check of report.checks) {
            const seen = checks.get(check.id);
            if (!seen) {
                checks.set(check.id, { result: check, from: file });
                if (!categories.has(check.category))
                    categories.set(check.category, { id: check.category, title: check.category, weight: 0, from: file });
            }
            else if (options.duplicates === 'error') {
                throw new MergeError(`check "${check.id}" is in two reports: ${seen.from} and ${file} (set merge-duplicates: worst to keep the worse result)`);
            }
            else {
                const kept = worse(seen.result, check);
                checks.set(check.id, { result: kept, from: kept === check ? file : seen.from });
            }
        }
    }
    const thresholds = [...new Set(shards.map((s) => s.report.threshold))];
    let threshold = options.threshold;
    if (threshold === undefined) {
        threshold = Math.max(...thresholds);
        if (thresholds.length > 1)
            warnings.push(`the reports have different thresholds (${thresholds.join(', ')}); the strictest, ${threshold}, applies`);
    }
    for (const { file, report } of shards) {
        for (const w of report.warnings)
            warnings.push(`${file}: ${w}`);
        if (report.cancelled)
            warnings.push(`${file}: that run was cancelled; its report is partial`);
        if (report.config.errors.length > 0)
            warnings.push(`${file}: that run had an invalid configuration and scored nothing`);
    }
    const results = [...checks.values()].map((c) => c.result);
    const starts = shards.map((s) => Date.parse(s.report.startedAt)).filter(Number.isFinite);
    const ends = shards.map((s) => Date.parse(s.report.startedAt) + s.report.durationMs).filter(Number.isFinite);
    const cancelled = shards.some((s) => s.report.cancelled);
    const invalid = shards.some((s) => s.report.config.errors.length > 0);
    return assembleReport(computeScorecard(results, [...categories.values()], threshold), {
        threshold,
        checks: results,
        config: { path: null, source: 'merged', errors: [], merged: shards.map((s) => s.file) },
        warnings,
        cancelled,
        reasons: [cancelled ? 'a merged run was cancelled' : '', invalid ? 'a merged run had an invalid configuration' : ''].filter(Boolean),
        startedAt: new Date(starts.length ? Math.min(...starts) : options.now.getTime()),
        durationMs: starts.length && ends.length ? Math.max(...ends) - Math.min(...starts) : 0,
    });
}

;// CONCATENATED MODULE: ./src/github/pull-request-comment.ts
// The sticky pull-request comment: found again by a hidden marker and updated in place.
// @actions/github loads through toolkit.ts.

/** The hidden marker for one workflow and job: one comment each, even with several jobs. */
function commentMarker(workflow, job) {
    const clean = (s) => s.replace(/--/g, '-').replace(/[<>]/g, '');
    return `<!-- readiness-scorecard: ${clean(workflow)} / ${clean(job)} -->`;
}
async function upsertComment(target, marker, body) {
    const { getOctokit } = await loadGithub();
    const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
    const params = { owner: target.owner, repo: target.repo, issue_number: target.pullRequest };
    // All pages: a busy pull request can hold more than 100 comments.
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100 });
    const mine = comments.find((c) => typeof c.body === 'string' && c.body.includes(marker));
    const text = body.includes(marker) ? body : `${marker}\n${body}`;
    if (mine) {
        const r = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: mine.id, body: text });
        return { action: 'updated', id: r.data.id, url: r.data.html_url };
    }
    const r = await octokit.rest.issues.createComment({ ...params, body: text });
    return { action: 'created', id: r.data.id, url: r.data.html_url };
}
/** A warning for a failed comment that says what to do, never echoing the token. */
function describeCommentError(err) {
    const status = err.status;
    if (status === 403 || status === 401) {
        return `could not write the pull-request comment (${status}): the token cannot write comments. Pull requests from forks get a read-only token; otherwise give the job "permissions: pull-requests: write".`;
    }
    if (status === 404)
        return 'could not write the pull-request comment (404): the pull request or repository was not found with this token.';
    if (status !== undefined && status >= 500)
        return `could not write the pull-request comment: GitHub answered ${status}; the scorecard is in the job summary.`;
    return `could not write the pull-request comment: ${err?.message ?? String(err)}`;
}

;// CONCATENATED MODULE: ./src/report/format.ts
const STATUS_ICON = {
    pass: '✅',
    warn: '🟡',
    fail: '❌',
    error: '⚠️',
    skipped: '⏭️',
    waived: '💤',
};
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${s.toFixed(1)} s`;
    const m = Math.floor(s / 60);
    return `${m} min ${Math.round(s - m * 60)} s`;
}
function format_formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KiB`;
    return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
/** Scores print with one decimal, dropping `.0`. */
function formatScore(score) {
    if (score === null || score === undefined)
        return '—';
    return Number.isInteger(score) ? String(score) : score.toFixed(1);
}
/** The result column: the measurement, its target, and for waived checks what was measured. */
function resultLine(check) {
    let line = check.summary;
    // Reader summaries carry their own target; a bare command's has none to add.
    if (check.target && check.status !== 'skipped' && check.status !== 'error' && !line.includes('target') && !line.includes(check.target)) {
        line += ` (target ${check.target})`;
    }
    if (check.waiver?.state === 'active') {
        line = `waived: ${check.waiver.reason}${check.waiver.until ? ` (until ${check.waiver.until})` : ''}; measured ${check.waiver.measuredStatus}: ${line}`;
    }
    else if (check.waiver?.state === 'expired') {
        line += ` (waiver expired ${check.waiver.until})`;
    }
    return line;
}
/** Whether the check ran long enough to show a time. */
function hasRun(check) {
    return check.status !== 'skipped';
}
/** A path GitHub can place in the repository (relative, inside it), or undefined. */
function repositoryPath(file) {
    if (!file)
        return undefined;
    const f = file.replace(/\\/g, '/');
    if (f.startsWith('/') || /^[A-Za-z]:\//.test(f) || f.split('/').includes('..'))
        return undefined;
    return f;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// Escaping for text we did not write (command output, test names, report messages) in GitHub
// Markdown: it must never become HTML, a link, an image, a mention, an emoji or a table break.
const ZWSP = '\u200B';
// C0/C1 controls and the bidirectional overrides that can reorder what a reviewer reads.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// Every ASCII punctuation character may be backslash-escaped in CommonMark; these can start syntax.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~$^=]/g;
/** Removes control and bidi characters and folds line breaks into spaces. */
function singleLine(text) {
    return text.replace(/\r\n|\r|\n|\t/g, ' ').replace(CONTROLS, '');
}
function truncate(text, max) {
    if (text.length <= max)
        return text;
    return `${[...text.slice(0, max - 1)].join('')}…`;
}
/**
 * Untrusted text for a Markdown paragraph or table cell: one line, HTML entities escaped,
 * Markdown punctuation backslash-escaped, and the patterns GitHub turns into links after
 * rendering (URLs, www., e-mail, @mentions, #refs, :emoji:) broken with a zero-width space.
 */
function markdown_text(value, max = 300) {
    return breakAutolinks(escapeHtml(truncate(singleLine(value), max))).replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}
function escapeHtml(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** GitHub links URLs, www., e-mail, @mentions, #refs and :emoji: in rendered text; a zero-width space stops each. */
function breakAutolinks(value) {
    return value
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
        .replace(/@(?=[\w-])/g, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/:(?=[\w+-]+:)/g, `:${ZWSP}`);
}
/** Untrusted text as an inline code span (no autolinks or mentions inside code), safe in tables. */
function code(value, max = 300) {
    const body = truncate(singleLine(value), max).replace(/\|/g, '\\|');
    if (body.length === 0)
        return '` `';
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** Untrusted multi-line text as a fenced code block whose fence no line of the text can close. */
function codeBlock(value, language = 'text') {
    const body = value.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${body.replace(/\n$/, '')}\n${fence}`;
}
/** Text inside raw HTML (the `<summary>` of a `<details>` block, where Markdown is not parsed). */
function html(value, max = 300) {
    return breakAutolinks(escapeHtml(truncate(singleLine(value), max)).replace(/'/g, '&#39;'));
}

;// CONCATENATED MODULE: ./src/report/delta.ts


const BARS = '▁▂▃▄▅▆▇█';
/** A small trend of scores: bars scaled 0–100, gaps for runs that had no score. */
function sparkline(scores) {
    return scores.map((s) => (s === null ? '·' : BARS[Math.min(BARS.length - 1, Math.floor((Math.max(0, Math.min(100, s)) / 100) * BARS.length))])).join('');
}
function formatDelta(delta) {
    if (delta === null || delta === undefined)
        return 'n/a';
    if (delta === 0)
        return '±0';
    return `${delta > 0 ? '+' : '−'}${formatScore(Math.abs(delta))}`;
}
function renderBaseline(info, maxChanges = 20) {
    if (!info)
        return '';
    const head = '### Change against the baseline';
    if (info.status !== 'compared') {
        const why = info.reason ?? 'no baseline';
        return [head, '', `_${markdown_text(why, 300)}._ The gate does not depend on the baseline.`].join('\n');
    }
    const prev = info.previous;
    const lines = [
        head,
        '',
        `**${formatDelta(info.delta)}** against ${code(info.branch ?? '')} (${formatScore(prev.score)} → this run; ${code(prev.sha.slice(0, 7) || 'unknown')}, ${prev.date.slice(0, 10)})`,
    ];
    if (info.trend && info.trend.length > 1) {
        lines.push('', `Trend of the last ${info.trend.length} scores: ${sparkline(info.trend)} (${info.trend.map((s) => formatScore(s)).join(' → ')})`);
    }
    const changes = info.changes ?? [];
    if (changes.length === 0)
        lines.push('', 'No check changed status.');
    else {
        lines.push('', '| Check | Before | Now |', '| --- | --- | --- |');
        for (const c of changes.slice(0, maxChanges)) {
            const cell = (s) => (s ? `${STATUS_ICON[s]} ${s}` : '—');
            lines.push(`| ${markdown_text(c.title)} ${code(c.id)} | ${cell(c.before)} | ${cell(c.after)} |`);
        }
        if (changes.length > maxChanges)
            lines.push('', `…and ${changes.length - maxChanges} more changes.`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/comment.ts



/** GitHub refuses comments over 65,536 characters. */
const COMMENT_LIMIT = 65_000;
function renderComment(report, marker, runUrl) {
    const out = [marker];
    if (report.config.errors.length > 0) {
        out.push('## ❌ Readiness: the configuration is invalid', '', `${report.config.errors.length} problem(s); see the [job summary](${runUrl}).`);
        return out.join('\n');
    }
    const score = report.score === null ? 'not scored' : `${formatScore(report.score)} / 100 · grade ${report.grade}`;
    out.push(`## ${report.passed ? '✅' : '❌'} Readiness ${score} · ${report.passed ? 'passed' : 'failed'} (threshold ${report.threshold})`);
    if (!report.passed && report.gateReason)
        out.push('', `**Why:** ${markdown_text(report.gateReason, 600)}`);
    if (report.categories.length > 0) {
        out.push('', '| Category | Points |', '| --- | ---: |', ...report.categories.map((c) => `| ${markdown_text(c.title)} | ${formatScore(c.points)} / ${formatScore(c.maxPoints)} |`));
    }
    if (report.omittedCategories.length > 0)
        out.push('', `_Not scored: ${report.omittedCategories.map((c) => markdown_text(c.title)).join(', ')}._`);
    const failing = report.checks.filter((c) => c.status === 'fail' || c.status === 'error' || report.blockers.includes(c.id));
    if (failing.length > 0) {
        out.push('', '**To fix first**', '');
        const order = new Map(report.improvements.map((imp, i) => [imp.id, i]));
        failing.sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
        for (const c of failing.slice(0, 15)) {
            const lost = report.improvements.find((imp) => imp.id === c.id)?.pointsLost;
            out.push(`- ${STATUS_ICON[c.status]} ${markdown_text(c.title)} ${code(c.id)}${c.required ? ' 🔒' : ''}: ${markdown_text(resultLine(c), 200)}${lost ? ` (+${formatScore(lost)} points)` : ''}`);
        }
        if (failing.length > 15)
            out.push(`- …and ${failing.length - 15} more`);
    }
    const delta = renderBaseline(report.baseline, 10);
    if (delta)
        out.push('', delta.replace(/^### /, '#### '));
    out.push('', `[Full scorecard, evidence and output](${runUrl}) · ${report.tool.name} ${report.tool.version}`);
    let body = out.join('\n');
    if (body.length > COMMENT_LIMIT)
        body = `${body.slice(0, COMMENT_LIMIT)}\n\n…cut to fit GitHub's comment limit; see the [job summary](${runUrl}).`;
    return body;
}

;// CONCATENATED MODULE: ./src/github/context.ts
// The workflow run this step belongs to, from the runner's environment and event payload.

function payload(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        const v = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        return v && typeof v === 'object' ? v : {};
    }
    catch {
        return {};
    }
}
function readRunContext(env = process.env) {
    const event = payload(env);
    const repository = (event.repository ?? {});
    const pr = (event.pull_request ?? {});
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const isPr = eventName === 'pull_request' || eventName === 'pull_request_target';
    return {
        eventName,
        branch: (isPr ? env.GITHUB_HEAD_REF : env.GITHUB_REF_NAME) || env.GITHUB_REF_NAME || '',
        ...(isPr && env.GITHUB_BASE_REF ? { baseBranch: env.GITHUB_BASE_REF } : {}),
        ...(repository.default_branch ? { defaultBranch: repository.default_branch } : {}),
        ...(isPr && typeof pr.number === 'number' ? { pullRequest: pr.number } : {}),
        owner,
        repo,
        runId: env.GITHUB_RUN_ID ?? '0',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workflow: env.GITHUB_WORKFLOW ?? 'workflow',
        job: env.GITHUB_JOB ?? 'job',
        sha: env.GITHUB_SHA ?? '',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    };
}
function runUrl(ctx) {
    return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}

;// CONCATENATED MODULE: ./src/github/steps.ts
// The action's GitHub features around the engine: merging shard reports, the baseline in the
// Actions cache and the sticky pull-request comment. None of them can fail the gate: problems come
// back as warnings. The toolkit packages they use are preloaded by main.ts (see toolkit.ts).








/** Reads the shard reports the `merge` glob matches and merges them; throws MergeError with the reason. */
async function mergeStep(pattern, root, duplicates, threshold) {
    const files = (await (0,tinyglobby_dist/* glob */.TI)(pattern, { cwd: root, absolute: true, dot: true, onlyFiles: true })).sort();
    if (files.length === 0)
        throw new MergeError(`input merge: no report matched ${JSON.stringify(pattern)} (in ${root})`);
    const shards = files.map((f) => readShard(f, external_node_path_default().relative(root, f).split((external_node_path_default()).sep).join('/') || f));
    return mergeReports(shards, { duplicates, ...(threshold !== undefined ? { threshold } : {}), now: new Date() });
}
async function baselineStep(report, tempRoot) {
    try {
        const cache = await actionsCache();
        const outcome = await runBaseline(report, readRunContext(), cache, external_node_path_default().join(tempRoot, 'readiness-baseline'), new Date());
        return { report: { ...report, baseline: outcome.info }, warnings: outcome.warnings, notes: outcome.info.saved ? [`baseline saved under ${outcome.info.saved}`] : [] };
    }
    catch (err) {
        const reason = `the baseline could not be used: ${err.message}`;
        return { report: { ...report, baseline: { status: 'error', reason } }, warnings: [reason], notes: [] };
    }
}
async function commentStep(report, token) {
    const ctx = readRunContext();
    if (ctx.pullRequest === undefined)
        return { warnings: [], notes: ['comment: not a pull request, so no comment'] };
    if (!token)
        return { warnings: ['comment: no github-token, so no pull-request comment'], notes: [] };
    const marker = commentMarker(ctx.workflow, ctx.job);
    try {
        const r = await upsertComment({ token, apiUrl: ctx.apiUrl, owner: ctx.owner, repo: ctx.repo, pullRequest: ctx.pullRequest }, marker, renderComment(report, marker, runUrl(ctx)));
        return { warnings: [], notes: [`comment ${r.action}${r.url ? `: ${r.url}` : ''}`] };
    }
    catch (err) {
        return { warnings: [describeCommentError(err)], notes: [] };
    }
}

;// CONCATENATED MODULE: ./src/constants.ts
// Input names of action.yml, in one place.
const Inputs = {
    Config: 'config',
    Threshold: 'threshold',
    WorkingDirectory: 'working-directory',
    Mode: 'mode',
    Checks: 'checks',
    Concurrency: 'concurrency',
    ReportPath: 'report-path',
    SarifPath: 'sarif-path',
    BadgePath: 'badge-path',
    Baseline: 'baseline',
    Comment: 'comment',
    GithubToken: 'github-token',
    Merge: 'merge',
    MergeDuplicates: 'merge-duplicates',
};
const Modes = ['gate', 'report'];
const REPORT_FILE_NAME = 'readiness-report.json';

;// CONCATENATED MODULE: ./src/inputs.ts
// Reads the action's inputs into a typed object; every bad value is one clear line.





function readInputs(env = process.env) {
    const errors = [];
    const get = (name) => core/* getInput */.V4(name);
    const root = env.GITHUB_WORKSPACE || process.cwd();
    const wd = get(Inputs.WorkingDirectory);
    const workspace = external_node_path_default().resolve(root, wd || '.');
    const number = (name, min, max, integer) => {
        const raw = get(name);
        if (raw === '')
            return undefined;
        const n = Number(raw);
        if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
            errors.push(`input ${name}: expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max === Infinity ? '∞' : max}, found ${JSON.stringify(raw)}`);
            return undefined;
        }
        return n;
    };
    const threshold = number(Inputs.Threshold, 0, 100, false);
    const concurrency = number(Inputs.Concurrency, 1, Infinity, true);
    let mode = 'gate';
    const rawMode = get(Inputs.Mode);
    if (rawMode !== '') {
        if (Modes.includes(rawMode))
            mode = rawMode;
        else
            errors.push(`input mode: expected one of ${Modes.join(', ')}, found ${JSON.stringify(rawMode)}`);
    }
    const checks = parseIdList(get(Inputs.Checks));
    const rawReport = get(Inputs.ReportPath);
    const reportPath = rawReport ? external_node_path_default().resolve(root, rawReport) : external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), REPORT_FILE_NAME);
    const config = get(Inputs.Config);
    const sarif = get(Inputs.SarifPath);
    const badge = get(Inputs.BadgePath);
    const flag = (name) => {
        const raw = get(name);
        if (raw === '')
            return false;
        if (/^(true|false)$/i.test(raw))
            return raw.toLowerCase() === 'true';
        errors.push(`input ${name}: expected true or false, found ${JSON.stringify(raw)}`);
        return false;
    };
    const baseline = flag(Inputs.Baseline);
    const comment = flag(Inputs.Comment);
    const token = get(Inputs.GithubToken);
    const merge = get(Inputs.Merge);
    const rawDuplicates = get(Inputs.MergeDuplicates) || 'error';
    if (rawDuplicates !== 'error' && rawDuplicates !== 'worst')
        errors.push(`input merge-duplicates: expected error or worst, found ${JSON.stringify(rawDuplicates)}`);
    return {
        inputs: {
            workspace,
            ...(config ? { config } : {}),
            ...(threshold !== undefined ? { threshold } : {}),
            mode,
            ...(checks.length > 0 ? { checks } : {}),
            ...(concurrency !== undefined ? { concurrency } : {}),
            reportPath,
            ...(sarif ? { sarifPath: external_node_path_default().resolve(root, sarif) } : {}),
            ...(badge ? { badgePath: external_node_path_default().resolve(root, badge) } : {}),
            baseline,
            comment,
            ...(token ? { token } : {}),
            ...(merge ? { merge } : {}),
            mergeDuplicates: rawDuplicates === 'worst' ? 'worst' : 'error',
        },
        errors,
    };
}

;// CONCATENATED MODULE: ./src/report/annotations.ts

const ANNOTATION_LIMIT_PER_LEVEL = 10;
const annotations_RANK = { error: 0, warning: 1, note: 2 };
function planAnnotations(report, limit = ANNOTATION_LIMIT_PER_LEVEL) {
    const located = [];
    let order = 0;
    for (const check of report.checks) {
        if (check.status === 'waived')
            continue;
        // Annotations attach to files of the repository; absolute paths from reports do not.
        for (const finding of check.findings)
            if (repositoryPath(finding.file))
                located.push({ finding, check: check.id, order: order++ });
    }
    located.sort((a, b) => annotations_RANK[a.finding.severity] - annotations_RANK[b.finding.severity] || a.order - b.order);
    const counts = { error: 0, warning: 0, note: 0 };
    const omitted = { error: 0, warning: 0, note: 0 };
    const annotations = [];
    for (const { finding, check } of located) {
        const level = finding.severity;
        if (counts[level] >= limit) {
            omitted[level]++;
            continue;
        }
        counts[level]++;
        annotations.push({
            level,
            file: finding.file,
            ...(finding.line ? { line: finding.line } : {}),
            ...(finding.column ? { column: finding.column } : {}),
            title: `${check}: ${finding.rule}`,
            message: finding.message,
        });
    }
    return { annotations, omitted };
}

;// CONCATENATED MODULE: ./src/report/json.ts
// The JSON report file (schemaVersion 1).


function jsonText(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
function writeJson(file, value) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, jsonText(value));
}
function writeReport(report, file) {
    writeJson(file, report);
}

;// CONCATENATED MODULE: ./src/report/badge.ts
const COLOURS = { A: 'brightgreen', B: 'green', C: 'yellow', D: 'orange', F: 'red' };
function renderBadge(report) {
    if (report.score === null || report.grade === null) {
        return { schemaVersion: 1, label: 'readiness', message: report.config.errors.length ? 'config error' : 'not scored', color: 'lightgrey' };
    }
    return { schemaVersion: 1, label: 'readiness', message: `${Math.floor(report.score)} ${report.grade}`, color: COLOURS[report.grade] ?? 'lightgrey' };
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
// One SARIF 2.1.0 log with every finding of every check, ready for github/codeql-action/upload-sarif.


const INFO_URI = 'https://github.com/readiness-scorecard/readiness-scorecard';
function hash(...parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}
function renderSarif(report) {
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    // Code scanning needs a location for every result; findings about the repository as a whole
    // (a missing file, an advisory) point at the config that asked for the check.
    const anchor = report.config.path ?? 'README.md';
    for (const check of report.checks) {
        if (check.status === 'waived')
            continue;
        for (const f of check.findings) {
            const id = `${check.id}/${f.rule}`;
            let index = ruleIndex.get(id);
            if (index === undefined) {
                index = rules.length;
                ruleIndex.set(id, index);
                rules.push({
                    id,
                    name: f.rule,
                    shortDescription: { text: `${check.title}: ${f.rule}` },
                    defaultConfiguration: { level: f.severity },
                    properties: { check: check.id, kind: check.kind, category: check.category },
                });
            }
            const file = repositoryPath(f.file);
            const region = file && f.line ? { region: { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) } } : {};
            results.push({
                ruleId: id,
                ruleIndex: index,
                level: f.severity,
                message: { text: file || !f.file ? f.message : `${f.message} (${f.file})` },
                locations: [{ physicalLocation: { artifactLocation: { uri: file ?? anchor, uriBaseId: '%SRCROOT%' }, ...region } }],
                // Line-independent, so editing above a finding does not make it a new alert.
                partialFingerprints: { 'readinessFinding/v1': f.fingerprint ?? hash(id, f.file ?? '', f.message) },
            });
        }
    }
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'Readiness Scorecard', version: report.tool.version, informationUri: INFO_URI, rules } },
                results,
                properties: { score: report.score, grade: report.grade, passed: report.passed },
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
const Outputs = {
    Score: 'score',
    Grade: 'grade',
    Passed: 'passed',
    Threshold: 'threshold',
    FailedChecks: 'failed-checks',
    Report: 'report',
    Categories: 'categories',
};
/** Checks that count against the score or the gate: failed, errored, or required and skipped. */
function failedCheckIds(report) {
    return report.checks.filter((c) => c.status === 'fail' || c.status === 'error' || (c.required && c.status === 'skipped')).map((c) => c.id);
}
function outputValues(report, reportPath) {
    return {
        [Outputs.Score]: report.score === null ? '' : report.score.toFixed(1),
        [Outputs.Grade]: report.grade ?? '',
        [Outputs.Passed]: String(report.passed),
        [Outputs.Threshold]: String(report.threshold),
        [Outputs.FailedChecks]: JSON.stringify(failedCheckIds(report)),
        [Outputs.Report]: reportPath,
        [Outputs.Categories]: JSON.stringify(report.categories.map((c) => ({ id: c.id, title: c.title, score: c.score, points: c.points, maxPoints: c.maxPoints }))),
    };
}

;// CONCATENATED MODULE: ./src/report/summary.ts



/** GitHub refuses step summaries over 1 MiB; keep a margin for what else the step writes. */
const SUMMARY_LIMIT_BYTES = 1_000_000;
const bytes = (s) => Buffer.byteLength(s, 'utf8');
function headline(report) {
    const lines = [];
    if (report.config.errors.length > 0) {
        if (report.config.errors.every((e) => e.startsWith('internal error:'))) {
            lines.push('## ❌ Readiness: the run could not complete', '', 'An error inside the scorecard stopped it; nothing was scored:', '', codeBlock(report.config.errors.join('\n')));
            return lines.join('\n');
        }
        lines.push('## ❌ Readiness: the configuration is invalid', '');
        lines.push(`No checks ran. Fix ${report.config.path ? code(report.config.path) : 'the configuration'} and run again; each line names the field, what was expected and what was found:`, '', codeBlock(report.config.errors.join('\n')));
        return lines.join('\n');
    }
    const verdict = report.passed ? 'passed' : 'failed';
    const icon = report.passed ? '✅' : '❌';
    const score = report.score === null ? 'not scored' : `${formatScore(report.score)} / 100 · grade ${report.grade}`;
    lines.push(`## ${icon} Readiness ${score} · ${verdict} (threshold ${report.threshold})`);
    if (!report.passed && report.gateReason)
        lines.push('', `**Why:** ${markdown_text(report.gateReason, 1000)}`);
    if (report.blockers.length > 0) {
        const list = report.blockers.map((id) => {
            const c = report.checks.find((k) => k.id === id);
            return `${code(id)} (${c?.status ?? '?'})`;
        });
        lines.push('', `**Blockers:** ${list.join(', ')}`);
    }
    if (report.cancelled)
        lines.push('', '> [!WARNING]', '> The run was cancelled; this scorecard is partial.');
    if (report.omittedCategories.length > 0) {
        const list = report.omittedCategories.map((c) => `${markdown_text(c.title)} (${markdown_text(c.reason)})`).join(', ');
        lines.push('', `> [!NOTE]`, `> **Not scored:** ${list}. The score is the weighted mean of the other categories only.`);
    }
    return lines.join('\n');
}
function detectedSection(report) {
    const d = report.config.detected;
    if (!d)
        return '';
    return [
        '> [!NOTE]',
        '> No config file: this suite was **auto-detected**. Run `readiness init` (or copy the block below to `.github/readiness.yml`) to keep it and change it.',
        '',
        ...d.reasons.map((r) => `- ${markdown_text(r, 400)}`),
        '',
        '<details><summary>Equivalent .github/readiness.yml</summary>',
        '',
        codeBlock(d.yaml, 'yaml'),
        '',
        '</details>',
    ].join('\n');
}
function categoriesTable(report) {
    if (report.categories.length === 0)
        return '';
    const rows = report.categories.map((c) => `| ${markdown_text(c.title)} | ${formatScore(c.score)} | ${formatScore(c.points)} / ${formatScore(c.maxPoints)} | ${formatScore(c.weight)} |`);
    return [
        '### Categories',
        '',
        '| Category | Score | Points | Weight |',
        '| --- | ---: | ---: | ---: |',
        ...rows,
        // The overall score itself, not a sum of rounded points that could differ from it by 0.1.
        `| **Total** | ${formatScore(report.score)} | **${formatScore(report.score)} / 100** | |`,
    ].join('\n');
}
function checksTable(report) {
    if (report.checks.length === 0)
        return '';
    const rows = report.checks.map((c) => {
        const name = `${markdown_text(c.title)}${c.title !== c.id ? ` ${code(c.id)}` : ''}${c.required ? ' 🔒' : ''}`;
        const time = hasRun(c) ? formatDuration(c.evidence.durationMs) : '—';
        return `| ${STATUS_ICON[c.status]} ${c.status} | ${name} | ${markdown_text(resultLine(c), 240)} | ${formatScore(c.score)} | ${time} |`;
    });
    return ['### Checks', '', '| Status | Check | Result | Score | Time |', '| --- | --- | --- | ---: | ---: |', ...rows, '', '🔒 required: the gate fails if it does not pass.'].join('\n');
}
function improvementsList(report) {
    if (report.improvements.length === 0)
        return '';
    const items = report.improvements.slice(0, 10).map((imp, i) => {
        const c = report.checks.find((k) => k.id === imp.id);
        return `${i + 1}. **+${formatScore(imp.pointsLost)} points**: ${STATUS_ICON[imp.status]} ${markdown_text(imp.title)} ${code(imp.id)} — ${markdown_text(c ? resultLine(c) : '', 200)}`;
    });
    const more = report.improvements.length > 10 ? [`\n…and ${report.improvements.length - 10} more.`] : [];
    return ['### What would raise the score most', '', ...items, ...more].join('\n');
}
function checkDetails(c, budget) {
    const e = c.evidence;
    const facts = [];
    if (e.command !== undefined)
        facts.push(`**Command:** ${code(e.command, 2000)} in ${code(e.workingDirectory)}`);
    const meta = [];
    if (e.exitCode !== undefined && e.exitCode !== null)
        meta.push(`**Exit code:** ${e.exitCode}`);
    if (e.signal)
        meta.push(`**Signal:** ${e.signal}`);
    if (hasRun(c))
        meta.push(`**Duration:** ${formatDuration(e.durationMs)}`);
    meta.push(`**Category:** ${code(c.category)}`, `**Weight:** ${c.weight}`);
    if (c.required)
        meta.push('**Required:** yes');
    facts.push(meta.join(' · '));
    if (e.sources.length > 0) {
        const shown = e.sources.slice(0, 10).map((s) => code(s));
        facts.push(`**Read:** ${shown.join(', ')}${e.sources.length > 10 ? ` and ${e.sources.length - 10} more` : ''}`);
    }
    if (c.waiver) {
        facts.push(`**Waiver (${c.waiver.state}):** ${markdown_text(c.waiver.reason)}${c.waiver.until ? ` until ${c.waiver.until}` : ''}; measured ${c.waiver.measuredStatus}${c.waiver.measuredScore !== undefined ? ` (score ${formatScore(c.waiver.measuredScore)})` : ''}`);
    }
    // A built-in scan has no command; its note says what the pass read and skipped.
    const parts = [facts.join('  \n'), ...(e.note ? [codeBlock(e.note)] : [])];
    if (c.findings.length > 0 && budget.findings > 0) {
        const shown = c.findings.slice(0, budget.findings).map((f) => {
            const where = f.file ? `${code(`${f.file}${f.line ? `:${f.line}` : ''}`)} ` : '';
            return `- ${where}**${f.severity}** ${code(f.rule, 120)}: ${markdown_text(f.message, 300)}`;
        });
        const head = c.findings.length > shown.length ? `**Findings** (first ${shown.length} of ${c.findings.length}):` : `**Findings** (${c.findings.length}):`;
        parts.push([head, '', ...shown].join('\n'));
    }
    const tail = e.outputTail ?? '';
    if (tail.length > 0 && budget.tailBytes > 0) {
        let shown = tail;
        if (bytes(tail) > budget.tailBytes) {
            const buf = Buffer.from(tail, 'utf8');
            shown = buf.subarray(buf.length - budget.tailBytes).toString('utf8').replace(/^\uFFFD+/, '');
        }
        const cut = shown.length < tail.length || e.outputTruncated;
        parts.push(`**Output**${cut ? ` (last ${format_formatBytes(bytes(shown))})` : ''}:\n\n${codeBlock(shown)}`);
    }
    else if (tail.length > 0) {
        parts.push('_Output left out to keep the summary under GitHub’s size limit; it is in the JSON report._');
    }
    const title = `${STATUS_ICON[c.status]} ${c.title} — ${resultLine(c)}`;
    return `<details><summary>${html(title, 200)}</summary>\n\n${parts.join('\n\n')}\n\n</details>`;
}
const LADDER = [
    { tailBytes: 64 * 1024, findings: 20 },
    { tailBytes: 16 * 1024, findings: 20 },
    { tailBytes: 4 * 1024, findings: 10 },
    { tailBytes: 1024, findings: 5 },
    { tailBytes: 0, findings: 3 },
    { tailBytes: 0, findings: 0 },
];
/** Details shrink step by step (output tails first, then findings, then whole sections) to fit. */
function detailsSection(report, budgetBytes) {
    if (report.checks.length === 0)
        return '';
    const heading = '### Details';
    // Checks that did not pass get the larger share of the output tail.
    const ordered = report.checks;
    for (const step of LADDER) {
        const blocks = ordered.map((c) => checkDetails(c, c.status === 'pass' || c.status === 'skipped' ? { ...step, tailBytes: Math.floor(step.tailBytes / 4) } : step));
        const out = [heading, ...blocks].join('\n\n');
        if (bytes(out) <= budgetBytes)
            return out;
    }
    const minimal = { tailBytes: 0, findings: 0 };
    const blocks = [];
    let used = bytes(heading) + 200;
    let left = 0;
    for (const c of ordered) {
        const block = checkDetails(c, minimal);
        if (used + bytes(block) + 2 > budgetBytes) {
            left++;
            continue;
        }
        used += bytes(block) + 2;
        blocks.push(block);
    }
    const note = left > 0 ? [`_Details of ${left} check${left > 1 ? 's' : ''} left out to stay under GitHub’s size limit; see the JSON report._`] : [];
    return [heading, ...blocks, ...note].join('\n\n');
}
function warningsSection(report) {
    if (report.warnings.length === 0)
        return '';
    return ['### Warnings', '', ...report.warnings.slice(0, 50).map((w) => `- ${markdown_text(w, 500)}`)].join('\n');
}
function footer(report) {
    const config = report.config.source === 'file' && report.config.path
        ? `config ${code(report.config.path)}`
        : report.config.source === 'detected'
            ? 'auto-detected checks'
            : report.config.source === 'merged'
                ? `merged from ${report.config.merged?.length ?? 0} reports`
                : 'no config';
    return `---\n<sub>${config} · ${report.tool.name} ${report.tool.version} · ${formatDuration(report.durationMs)} · started ${report.startedAt}</sub>`;
}
function renderSummary(report, options = {}) {
    const limit = options.maxBytes ?? SUMMARY_LIMIT_BYTES;
    const head = [headline(report), detectedSection(report), categoriesTable(report), checksTable(report), improvementsList(report)].filter(Boolean);
    const tail = [renderBaseline(report.baseline), warningsSection(report), footer(report)].filter(Boolean);
    const fixed = bytes([...head, ...tail].join('\n\n')) + 8;
    const details = detailsSection(report, Math.max(0, limit - fixed));
    const out = [...head, details, ...tail].filter(Boolean).join('\n\n') + '\n';
    return out;
}

// EXTERNAL MODULE: ./src/run/signals.ts
var signals = __webpack_require__(6192);
;// CONCATENATED MODULE: ./src/main.ts
// The action: inputs → engine → publish (report file, outputs, summary, annotations, gate).














/** Runs one publishing step; a failure is a warning so the other steps still happen. */
function attempt(what, step) {
    try {
        step();
    }
    catch (err) {
        core/* warning */.$e(`could not ${what}: ${err.message}`);
    }
}
function publish(report, inputs) {
    attempt(`write the JSON report to ${inputs.reportPath}`, () => writeReport(report, inputs.reportPath));
    if (inputs.sarifPath)
        attempt(`write the SARIF log to ${inputs.sarifPath}`, () => writeJson(inputs.sarifPath, renderSarif(report)));
    if (inputs.badgePath)
        attempt(`write the badge to ${inputs.badgePath}`, () => writeJson(inputs.badgePath, renderBadge(report)));
    attempt('set the step outputs', () => {
        for (const [name, value] of Object.entries(outputValues(report, inputs.reportPath)))
            core/* setOutput */.uH(name, value);
    });
    attempt('write annotations', () => annotate(report));
    for (const w of report.warnings)
        core/* warning */.$e(w);
}
function annotate(report) {
    const plan = planAnnotations(report);
    for (const a of plan.annotations) {
        const props = { title: a.title, file: a.file, ...(a.line ? { startLine: a.line } : {}), ...(a.column ? { startColumn: a.column } : {}) };
        if (a.level === 'error')
            core/* error */.z3(a.message, props);
        else if (a.level === 'warning')
            core/* warning */.$e(a.message, props);
        else
            core/* notice */.lm(a.message, props);
    }
    const omitted = plan.omitted.error + plan.omitted.warning + plan.omitted.note;
    if (omitted > 0) {
        core/* info */.pq(`${omitted} more findings were not annotated (GitHub shows 10 per level per step): ${plan.omitted.error} errors, ${plan.omitted.warning} warnings, ${plan.omitted.note} notes. All are in the report.`);
    }
}
async function writeSummary(report) {
    try {
        await core/* summary */.z.addRaw(renderSummary(report)).write();
    }
    catch (err) {
        core/* warning */.$e(`could not write the job summary: ${err.message}`);
    }
}
function logScorecard(report) {
    if (report.config.errors.length > 0) {
        for (const e of report.config.errors)
            core/* error */.z3(e);
        return;
    }
    for (const c of report.checks)
        core/* info */.pq(`${c.status.padEnd(7)} ${c.id}: ${c.summary}`);
    const score = report.score === null ? 'not scored' : `${report.score.toFixed(1)}/100 (${report.grade})`;
    core/* info */.pq(`Readiness ${score}, threshold ${report.threshold}: ${report.passed ? 'passed' : 'failed'}`);
}
async function run() {
    const startedAt = new Date();
    const t0 = performance.now();
    const controller = new AbortController();
    let escalated = false;
    const stopListening = (0,signals/* onSignal */.Y)((signal, count) => {
        if (count === 1) {
            core/* warning */.$e(`received ${signal}: stopping the checks and writing a partial report`);
            controller.abort();
        }
        else {
            // A second signal leaves no grace: every check's processes die now, then the report is written.
            escalated = true;
            const killed = killAllCommands();
            core/* warning */.$e(`received ${signal} again: killed ${killed} running check${killed === 1 ? '' : 's'}; writing the partial report`);
        }
    });
    process.on('unhandledRejection', (reason) => core/* setFailed */.C1(`unexpected error: ${reason?.stack ?? String(reason)}`));
    try {
        const { inputs, errors } = readInputs();
        // Registered before anything could print it.
        if (inputs.token)
            core/* setSecret */.Pq(inputs.token);
        const elapsed = () => Math.round(performance.now() - t0);
        // Before any check runs: a check may rebuild dist/, so nothing loads from it afterwards.
        await preloadToolkit({ cache: inputs.baseline, github: inputs.comment });
        let report;
        if (errors.length > 0)
            report = configErrorReport(startedAt, inputs.threshold, { path: null, source: 'none', errors }, [], elapsed());
        else if (inputs.merge) {
            try {
                report = await mergeStep(inputs.merge, process.env.GITHUB_WORKSPACE || process.cwd(), inputs.mergeDuplicates, inputs.threshold);
            }
            catch (err) {
                report = configErrorReport(startedAt, inputs.threshold, { path: null, source: 'merged', errors: [err.message] }, [], elapsed());
            }
        }
        else {
            report = await runEngine({
                workspace: inputs.workspace,
                ...(inputs.config ? { config: inputs.config } : {}),
                ...(inputs.threshold !== undefined ? { threshold: inputs.threshold } : {}),
                ...(inputs.checks ? { only: inputs.checks } : {}),
                ...(inputs.concurrency ? { concurrency: inputs.concurrency } : {}),
                signal: controller.signal,
                // Registered with the runner before any line that could hold it is printed.
                onSecret: (value) => core/* setSecret */.Pq(value),
                ...(inputs.token ? { secrets: [inputs.token] } : {}),
                onCheckEnd: (c) => core/* info */.pq(`${c.status.padEnd(7)} ${c.id} (${c.evidence.durationMs} ms)`),
            });
        }
        if (inputs.baseline && report.config.errors.length === 0) {
            const step = await baselineStep(report, process.env.RUNNER_TEMP || external_node_os_default().tmpdir());
            report = step.report;
            step.warnings.forEach((w) => core/* warning */.$e(w));
            step.notes.forEach((n) => core/* info */.pq(n));
        }
        publish(report, inputs);
        await writeSummary(report);
        logScorecard(report);
        if (inputs.comment) {
            const step = await commentStep(report, inputs.token);
            step.warnings.forEach((w) => core/* warning */.$e(w));
            step.notes.forEach((n) => core/* info */.pq(n));
        }
        if (report.config.errors.length > 0) {
            core/* setFailed */.C1(`Readiness: the configuration is invalid (${report.config.errors.length} problem${report.config.errors.length > 1 ? 's' : ''}); see the job summary`);
        }
        else if (report.cancelled) {
            core/* setFailed */.C1('Readiness: the run was cancelled; the report is partial');
        }
        else if (!report.passed) {
            if (inputs.mode === 'gate')
                core/* setFailed */.C1(`Readiness: ${report.gateReason}`);
            else
                core/* warning */.$e(`Readiness gate would fail (mode: report): ${report.gateReason}`);
        }
    }
    catch (err) {
        // A bug of ours still leaves a report and a summary that say what happened.
        const message = `internal error: ${err?.message ?? String(err)}`;
        try {
            const { inputs } = readInputs();
            const report = configErrorReport(startedAt, inputs.threshold, { path: null, source: 'none', errors: [message] }, [], Math.round(performance.now() - t0));
            publish(report, inputs);
            await writeSummary(report);
        }
        catch {
            // Nothing more can be written; the failure below still says why.
        }
        core/* setFailed */.C1(`Readiness: unexpected error: ${err?.stack ?? String(err)}`);
    }
    finally {
        stopListening();
    }
    // After a second signal nothing may keep the process alive once the report is out.
    if (escalated)
        process.exit(process.exitCode ?? 1);
}


/***/ })

};
