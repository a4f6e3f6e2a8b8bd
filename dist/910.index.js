export const id = 910;
export const ids = [910];
export const modules = {

/***/ 8910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_COVERAGE_TARGET: () => (/* binding */ DEFAULT_COVERAGE_TARGET),
  coverageCheck: () => (/* binding */ coverageCheck)
});

// EXTERNAL MODULE: ./src/readers/coverage.ts
var coverage = __webpack_require__(7968);
// EXTERNAL MODULE: ./src/readers/xml.ts
var xml = __webpack_require__(3018);
;// CONCATENATED MODULE: ./src/readers/clover.ts
// Clover XML (SPEC §3): statements, conditionals (branches) and methods (functions) are sums of
// the file-level <metrics>; lines are the distinct <line num> of type stmt or cond per file,
// covered when their count is above 0.


function createCloverReader() {
    const data = new coverage/* CoverageData */.Fp(new Set(['clover']));
    const path = [];
    let file = '';
    return (0,xml/* xmlStream */.yV)('Clover', {
        open(name, attrs) {
            path.push(name);
            const parent = path[path.length - 2];
            if (name === 'file')
                file = attrs.path ?? attrs.name ?? '';
            else if (name === 'metrics' && parent === 'file') {
                const pair = (covered, total) => [(0,xml/* numberAttr */.Lw)(attrs, covered) ?? 0, (0,xml/* numberAttr */.Lw)(attrs, total) ?? 0];
                const [cs, s] = pair('coveredstatements', 'statements');
                const [cc, c] = pair('coveredconditionals', 'conditionals');
                const [cm, m] = pair('coveredmethods', 'methods');
                data.addTotal('statements', cs, s);
                data.addTotal('branches', cc, c);
                data.addTotal('functions', cm, m);
            }
            else if (name === 'line' && parent === 'file' && (attrs.type === 'stmt' || attrs.type === 'cond')) {
                const num = (0,xml/* numberAttr */.Lw)(attrs, 'num');
                if (num === undefined)
                    return;
                // Atlassian Clover writes cond lines with truecount/falsecount and no count.
                const count = (0,xml/* numberAttr */.Lw)(attrs, 'count') ?? ((0,xml/* numberAttr */.Lw)(attrs, 'truecount') ?? 0) + ((0,xml/* numberAttr */.Lw)(attrs, 'falsecount') ?? 0);
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
    const data = new coverage/* CoverageData */.Fp(new Set(['cobertura']));
    const path = [];
    let file = '';
    let sawLine = false;
    let header;
    return (0,xml/* xmlStream */.yV)('Cobertura', {
        open(name, attrs) {
            path.push(name);
            if (path.length === 1)
                header = attrs;
            if (name === 'class')
                file = attrs.filename ?? attrs.name ?? '';
            // Only <class><lines><line>: <class><methods><method><lines><line> repeats them.
            if (name !== 'line' || path[path.length - 2] !== 'lines' || path[path.length - 3] !== 'class')
                return;
            const number = (0,xml/* numberAttr */.Lw)(attrs, 'number');
            if (number === undefined)
                return;
            sawLine = true;
            data.fileLines(file).add(number, (0,xml/* numberAttr */.Lw)(attrs, 'hits') ?? 0);
            if (attrs.branch?.toLowerCase() === 'true' && attrs['condition-coverage']) {
                const m = /\((\d+)\/(\d+)\)/.exec(attrs['condition-coverage']);
                if (m) {
                    const covered = Number(m[1]);
                    const total = Number(m[2]);
                    // One entry per condition of the line; a line reported twice keeps its best coverage.
                    const tally = data.fileItems('branches', file);
                    for (let i = 0; i < total; i++)
                        tally.add((0,coverage/* pairKey */.Yz)(number, i), i < covered ? 1 : 0);
                }
            }
        },
        close() {
            path.pop();
        },
    }, () => {
        if (!sawLine && header) {
            const lv = (0,xml/* numberAttr */.Lw)(header, 'lines-valid');
            const lc = (0,xml/* numberAttr */.Lw)(header, 'lines-covered');
            if (lv !== undefined && lc !== undefined)
                data.addTotal('lines', lc, lv);
            const bv = (0,xml/* numberAttr */.Lw)(header, 'branches-valid');
            const bc = (0,xml/* numberAttr */.Lw)(header, 'branches-covered');
            if (bv !== undefined && bc !== undefined)
                data.addTotal('branches', bc, bv);
        }
        return data;
    });
}

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
;// CONCATENATED MODULE: ./src/readers/gocover.ts
// Go coverprofiles (SPEC §3): statements weighted by NumStmt; a block listed twice (several
// packages, or -coverpkg) is one block, covered if any of its counts is above 0.


const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
function createGoCoverReader() {
    const data = new coverage/* CoverageData */.Fp(new Set(['go']));
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
            throw new types/* ReaderError */.ot('not a Go coverprofile: expected "mode: set|count|atomic" first', lineNo);
        const m = BLOCK.exec(line);
        if (!m)
            throw new types/* ReaderError */.ot('malformed Go coverprofile: expected file:line.col,line.col statements count', lineNo);
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
                throw new types/* ReaderError */.ot('not a Go coverprofile: no "mode:" line');
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
function count(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}
function readIstanbul(text) {
    const json = (0,types/* parseJson */.qF)(text, 'istanbul');
    if (!(0,types/* isObject */.Gv)(json))
        throw new types/* ReaderError */.ot('not istanbul coverage: expected a JSON object');
    const data = new coverage/* CoverageData */.Fp(new Set(['istanbul']));
    if ((0,types/* isObject */.Gv)(json.total)) {
        // coverage-summary.json: the total is what istanbul itself reports.
        for (const metric of SUMMARY_METRICS) {
            const m = json.total[metric];
            if ((0,types/* isObject */.Gv)(m) && typeof m.total === 'number' && typeof m.covered === 'number')
                data.addTotal(metric, m.covered, m.total);
        }
        return data;
    }
    let files = 0;
    for (const [key, value] of Object.entries(json)) {
        if (!(0,types/* isObject */.Gv)(value) || !(0,types/* isObject */.Gv)(value.s) || !(0,types/* isObject */.Gv)(value.statementMap))
            continue;
        files++;
        const file = typeof value.path === 'string' ? value.path : key;
        const statementMap = value.statementMap;
        const lineMax = new Map();
        const statements = data.fileItems('statements', file);
        for (const [id, hits] of Object.entries(value.s)) {
            statements.add(/^\d+$/.test(id) ? Number(id) : id, count(hits));
            const loc = statementMap[id];
            const line = (0,types/* isObject */.Gv)(loc) && (0,types/* isObject */.Gv)(loc.start) ? loc.start.line : undefined;
            if (typeof line !== 'number')
                continue;
            const prev = lineMax.get(line);
            if (prev === undefined || prev < count(hits))
                lineMax.set(line, count(hits));
        }
        const lines = data.fileLines(file);
        for (const [line, hits] of lineMax)
            lines.add(line, hits);
        if ((0,types/* isObject */.Gv)(value.f)) {
            const functions = data.fileItems('functions', file);
            for (const [id, hits] of Object.entries(value.f))
                functions.add(/^\d+$/.test(id) ? Number(id) : id, count(hits));
        }
        if ((0,types/* isObject */.Gv)(value.b)) {
            const branches = data.fileItems('branches', file);
            for (const [id, arms] of Object.entries(value.b)) {
                if (Array.isArray(arms))
                    arms.forEach((hits, i) => branches.add(/^\d+$/.test(id) ? (0,coverage/* pairKey */.Yz)(Number(id), i) : `${id}:${i}`, count(hits)));
            }
        }
    }
    if (files === 0)
        throw new types/* ReaderError */.ot('not istanbul coverage: expected coverage-summary.json (with "total") or coverage-final.json (files with "statementMap" and "s")');
    return data;
}

;// CONCATENATED MODULE: ./src/readers/jacoco.ts
// JaCoCo XML (SPEC §3): the report-level <counter> elements (direct children of <report>):
// LINE → lines, BRANCH → branches, METHOD → functions, INSTRUCTION → instructions.


const COUNTERS = { LINE: 'lines', BRANCH: 'branches', METHOD: 'functions', INSTRUCTION: 'instructions' };
function createJacocoReader() {
    const data = new coverage/* CoverageData */.Fp(new Set(['jacoco']));
    let depth = 0;
    return (0,xml/* xmlStream */.yV)('JaCoCo', {
        open(name, attrs) {
            depth++;
            if (depth !== 2 || name !== 'counter')
                return;
            const metric = COUNTERS[attrs.type ?? ''];
            if (!metric)
                return;
            const missed = (0,xml/* numberAttr */.Lw)(attrs, 'missed') ?? 0;
            const covered = (0,xml/* numberAttr */.Lw)(attrs, 'covered') ?? 0;
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
    const data = new coverage/* CoverageData */.Fp(new Set(['lcov']));
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
        throw new types/* ReaderError */.ot(`malformed LCOV: ${what} expects ${expected}`, lineNo);
    };
    const needFile = (key) => {
        if (file === undefined)
            throw new types/* ReaderError */.ot(`malformed LCOV: ${key} before any SF: record`, lineNo);
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
        const id = branchId(lcov_int(text, v, c1), lcov_int(text, c1 + 1, c2), lcov_int(text, c2 + 1, c3)) ?? (0,types/* retain */.aw)(text.slice(v, c3));
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
            functions.add((0,types/* retain */.aw)(text.slice(c1 + 1, end)), 0);
        }
        else if (key === 'FNDA') {
            if (c1 < 0)
                bad('FNDA', '<hits>,<name>');
            const hits = Number(text.slice(v, c1));
            if (!Number.isFinite(hits))
                bad('FNDA', '<hits>,<name>');
            functions.add((0,types/* retain */.aw)(text.slice(c1 + 1, end)), hits);
        }
        else {
            // LCOV 2: FNA:<index>,<hits>,<name>
            const c2 = c1 < 0 ? -1 : comma(text, c1 + 1, end);
            if (c2 < 0)
                bad('FNA', '<index>,<hits>,<name>');
            functions.add((0,types/* retain */.aw)(text.slice(c2 + 1, end)), Number(text.slice(c1 + 1, c2)) || 0);
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
                file = (0,types/* retain */.aw)(text.slice(v, end));
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
                throw new types/* ReaderError */.ot('not an LCOV report: no SF: record');
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

// EXTERNAL MODULE: ./src/scoring/curves.ts
var curves = __webpack_require__(2661);
// EXTERNAL MODULE: ./src/checks/reader-check.ts + 2 modules
var reader_check = __webpack_require__(8256);
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
    return (0,reader_check/* parseInput */.CU)(input, async () => {
        let reader = format ? readerFor(format) : undefined;
        let head = '';
        await input.stream((chunk) => {
            if (reader)
                return reader.write(chunk);
            head += chunk;
            if (head.length >= 4096) {
                reader = readerFor((0,coverage/* detectCoverageFormat */.p3)(head));
                reader.write(head);
                head = '';
            }
        });
        reader ??= readerFor((0,coverage/* detectCoverageFormat */.p3)(head));
        if (head)
            reader.write(head);
        return reader.end();
    });
}
function pct(n) {
    return `${Math.floor(n * 10) / 10}%`;
}
const coverageCheck = {
    kind: 'coverage',
    execute(ctx) {
        const options = ctx.check.raw.coverage;
        const min = options.min ?? 0;
        const target = options.target ?? DEFAULT_COVERAGE_TARGET;
        return (0,reader_check/* runReaderCheck */.N1)(ctx, options.reports, async (inputs) => {
            const merged = new coverage/* CoverageData */.Fp();
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
            const scored = (0,curves/* higherIsBetter */.i2)(chosen.pct, min, target);
            const summary = `${metric} ${pct(chosen.pct)} (${chosen.covered}/${chosen.total}), target ${target}%${min > 0 ? `, min ${min}%` : ''} · ${formats}`;
            return { ...scored, summary, target: `${metric} ≥ ${target}%`, metrics, findings: [] };
        });
    },
};


/***/ }),

/***/ 8256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CU: () => (/* binding */ parseInput),
  N1: () => (/* binding */ runReaderCheck)
});

// UNUSED EXPORTS: toReportList, workspacePaths

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
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

// EXTERNAL MODULE: ./src/run/environment.ts
var environment = __webpack_require__(8895);
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
function toPosix(p) {
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
const TEMP_PREFIX = new RegExp(`^\\$(?:\\{${environment/* TEMP_VARIABLE */.E}\\}|${environment/* TEMP_VARIABLE */.E})/`);
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
    const where = toPosix(external_node_path_default().relative(workspace, cwd)) || '.';
    const out = [];
    {
        const pattern = pattern0.replace(/\\/g, '/');
        // The part before the first glob segment must stay inside; so must any `..` after it.
        const segments = pattern.split('/');
        const firstDynamic = segments.findIndex((s) => (0,dist.isDynamicPattern)(s));
        const fixed = firstDynamic < 0 ? segments : segments.slice(0, firstDynamic);
        const base = external_node_path_default().resolve(cwd, fixed.join('/') || '.');
        if (external_node_path_default().isAbsolute(pattern) || !inside(external_node_path_default().resolve(workspace), base) || (firstDynamic >= 0 && segments.slice(firstDynamic).includes('..'))) {
            throw new ReportError(`reports pattern "${raw}" points outside the workspace`);
        }
        let matches;
        if ((0,dist.isDynamicPattern)(pattern)) {
            // Symlinks are followed so that each match can be resolved and refused when it leads outside.
            matches = (await (0,dist.glob)(pattern, { cwd, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: true, expandDirectories: false })).sort();
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
                throw new ReportError(`${toPosix(external_node_path_default().relative(workspace, match))}: cannot be resolved (${err.code ?? err.message}); a broken or looping symlink?`);
            }
            if (!inside(root, real))
                throw new ReportError(`${toPosix(external_node_path_default().relative(workspace, match))} is a symlink to outside the workspace`);
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
        return `$${environment/* TEMP_VARIABLE */.E}/${toPosix(external_node_path_default().relative(tempDir, file))}`;
    return toPosix(external_node_path_default().relative(workspace, file));
}

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/checks/command.ts
var checks_command = __webpack_require__(9812);
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
        if (err instanceof types/* ReaderError */.ot)
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
            ? { ...(0,checks_command/* commandEvidence */.Ts)(ctx, command, sources), durationMs }
            : { workingDirectory: ctx.check.workingDirectory, durationMs, sources };
    };
    const error = (summary) => ({ status: 'error', score: 0, summary, metrics: {}, findings: [], evidence: evidence() });
    try {
        if (ctx.check.run) {
            command = await (0,checks_command/* runCheckCommand */.fQ)(ctx, patterns ? {} : { stdoutLimit: ctx.maxReportBytes });
            const problem = (0,checks_command/* commandProblem */.RS)(ctx, command);
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
        if (err instanceof ReportError || err instanceof types/* ReaderError */.ot)
            return error(err.message);
        throw err;
    }
}


/***/ }),

/***/ 3018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lw: () => (/* binding */ numberAttr),
/* harmony export */   yV: () => (/* binding */ xmlStream)
/* harmony export */ });
/* unused harmony export localName */
/* harmony import */ var saxes__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9800);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5629);
// Streaming XML with saxes: no DTD processing, no entity expansion (a reference to an entity the
// document declares is an error), errors with line and column.


/** Local name without a namespace prefix: `ns:testcase` → `testcase`. */
function localName(name) {
    const i = name.indexOf(':');
    return i < 0 ? name : name.slice(i + 1);
}
function xmlStream(what, handlers, finish) {
    const parser = new saxes__WEBPACK_IMPORTED_MODULE_0__/* .SaxesParser */ .wT({ position: true });
    let failure;
    let sawRoot = false;
    parser.on('error', (err) => {
        if (!failure) {
            // saxes prefixes "line:column: "; keep the position structured.
            const m = /^(\d+):(\d+): (.*)$/s.exec(err.message);
            failure = m ? new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReaderError */ .ot(`malformed ${what} XML: ${m[3].replace(/\.$/, '')}`, Number(m[1]), Number(m[2])) : new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReaderError */ .ot(`malformed ${what} XML: ${err.message}`);
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
                throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ReaderError */ .ot(`not ${what} XML: no root element`);
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
