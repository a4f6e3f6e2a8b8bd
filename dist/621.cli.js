export const id = 621;
export const ids = [621];
export const modules = {

/***/ 8836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ missingProgram),
/* harmony export */   Uo: () => (/* binding */ networkOutage),
/* harmony export */   YS: () => (/* binding */ packageManagerRefusal)
/* harmony export */ });
/* unused harmony export DIAGNOSIS_WINDOW */
/* harmony import */ var _readers_tool_output_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);

// Reading a failed command's own output for the two causes that mean "could not measure" rather
// than "failed": a program that is not installed, and a network or registry that could not be
// reached. Pure text in, a short cause out.
// Tool output is hostile (a minified file or a base64 blob on one line): every diagnosis here is
// linear in the output and reads at most its last DIAGNOSIS_WINDOW characters. The expressions
// below are anchored or stop at the next quote, so each line is scanned a bounded number of times.
/** The shell's line (sh: 1: tsc: not found \u00b7 bash: tsc: command not found), trusted with exit 127 only. */
const SHELL_MISSING = /^(?:\S*sh): (?:line )?\d*:? ?([^\s:]+): (?:command )?not found$/m;
/** Lines package managers print when the program a script calls is not installed; they exit 1. */
const MISSING = [
    /Command "([^"]+)" not found/, // pnpm (ERR_PNPM_RECURSIVE_EXEC_FIRST_FAIL) and yarn 1 ("error Command "tsc" not found.")
    /^Usage Error: Couldn't find a script named "([^"]+)"/m, // yarn berry
    /^\S*python[\d.]*: No module named ([\w.]+)$/m, // python -m pytest without pytest
];
/**
 * Whether the package manager echoed a script that runs `program` itself: npm and pnpm print
 * `> eslint .`, yarn 1 `$ eslint .`. Then the shell's "not found" is the script's own program, not
 * one a test ran. Plain string work per line: linear in the output, whatever it holds.
 */
function scriptRuns(output, program) {
    for (const line of output.split('\n')) {
        if (!line.startsWith('> ') && !line.startsWith('$ '))
            continue;
        for (const part of line.slice(2).split(/&&|\|\||[;|]/)) {
            const first = part.trimStart().split(/\s/, 1)[0] ?? '';
            if (first === program || first.endsWith(`/${program}`))
                return true;
        }
    }
    return false;
}
/** The program a failed command could not find, or undefined. */
function missingProgram(output, exitCode) {
    const text = outputLines(output).join('\n');
    // A test that runs a missing program prints the shell's line too; only exit 127 is the check's
    // own, or a package manager's script (pnpm and yarn exit 1) whose echoed command is that program.
    const shell = SHELL_MISSING.exec(text)?.[1];
    if (exitCode === 127)
        return shell;
    if (shell && scriptRuns(text, shell))
        return shell;
    for (const re of MISSING) {
        const m = re.exec(text);
        if (m)
            return m[1];
    }
    return undefined;
}
/** ASCII lower case, the same length as the input, so an index in it is an index in the line. */
function lower(line) {
    const low = line.toLowerCase();
    // Only a few letters (\u0130) grow when lowered; then lower the ASCII letters alone.
    return low.length === line.length ? low : line.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}
const WORD = /\w/;
const isWord = (c) => c !== undefined && WORD.test(c);
/** Index of `word` in `text` from `from` at a word boundary (\bword, and word\b unless `openEnd`), or -1. */
function wordAt(text, word, from = 0, openEnd = false) {
    for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
        if (!isWord(text[i - 1]) && (openEnd || !isWord(text[i + word.length])))
            return i;
    }
    return -1;
}
/** Earliest index of any of `words` from `from`, or -1; `bounded` asks for whole words. */
function firstOf(text, words, from = 0, bounded = false) {
    let best = -1;
    for (const w of words) {
        const i = bounded ? wordAt(text, w, from) : text.indexOf(w, from);
        if (i >= 0 && (best < 0 || i < best))
            best = i;
    }
    return best;
}
/**
 * Messages of tools that could not reach a host: DNS, refused or reset connections, and registries
 * that refuse the request (npm's audit endpoint answering 405 on a mirror). Each rule is a plain
 * string search in one line (`line` as printed, `low` its ASCII lower case) giving where the cause
 * starts, or -1: a regular expression here met a minified line and took minutes (issue 24).
 */
const OUTAGE = [
    (_, low) => firstOf(low, ['could not resolve host:', 'could not resolve host ']), // curl, git, cargo
    (_, low) => low.indexOf('unknown host'), // Gradle, Maven
    (_, low) => low.indexOf('temporary failure in name resolution'),
    (line) => firstOf(line, ['getaddrinfo ENOTFOUND', 'getaddrinfo EAI_AGAIN']),
    (line) => firstOf(line, ['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ENETUNREACH'], 0, true),
    (_, low) => low.indexOf('network is unreachable'),
    (_, low) => wordAt(low, '405 method not allowed', 0, true),
    // cargo: "failed to download from `https://index.crates.io/\u2026`"
    (_, low) => {
        const at = firstOf(low, ['failed to download', 'failed to fetch', 'failed to query']);
        return at >= 0 && firstOf(low, ['registry', 'index', 'crates.io'], at + 'failed to '.length) >= 0 ? at : -1;
    },
    // Maven and Gradle fetching an artifact ("Could not transfer artifact \u2026", "Connect to host:443
    // [\u2026] failed: \u2026"); a test's own log of a refused connection is not an outage.
    (_, low) => {
        const transfer = low.indexOf('could not transfer artifact');
        let connect = low.indexOf('connect to ');
        while (connect >= 0 && !(low[connect + 11] && !/\s/.test(low[connect + 11])))
            connect = low.indexOf('connect to ', connect + 1);
        const after = [transfer >= 0 ? transfer + 27 : -1, connect >= 0 ? connect + 12 : -1].filter((i) => i >= 0);
        if (after.length === 0)
            return -1;
        return firstOf(low, ['connection refused', 'connect timed out', 'connection timed out', 'no route to host'], Math.min(...after), true);
    },
];
/** The most output a diagnosis reads, from its end, so its cost is bounded whatever was captured. */
const DIAGNOSIS_WINDOW = 1024 * 1024;
/** The lines of the output's last DIAGNOSIS_WINDOW characters (a line cut at the start is dropped). */
function outputLines(output) {
    if (output.length <= DIAGNOSIS_WINDOW)
        return output.split('\n');
    const tail = output.slice(output.length - DIAGNOSIS_WINDOW);
    return tail.slice(tail.indexOf('\n') + 1).split('\n');
}
/** The line saying a network or registry could not be reached, or undefined. */
function networkOutage(output) {
    const lines = outputLines(output);
    const lows = lines.map(lower);
    // The rules in order, each over every line: the first rule that holds anywhere names the cause.
    for (const rule of OUTAGE) {
        for (let i = 0; i < lines.length; i++) {
            const at = rule(lines[i], lows[i]);
            if (at < 0)
                continue;
            const line = lines[i].trim();
            if (line.length <= 200)
                return line;
            // Maven puts the cause at the end of a long line ("\u2026 could not be resolved: \u2026 Unknown host x"): keep it.
            const cause = lines[i].slice(at).trim().slice(0, 120);
            return line.startsWith(cause) ? `${line.slice(0, 197)}...` : `${line.slice(0, 196 - cause.length)}... ${cause}`;
        }
    }
    return undefined;
}
/** A package manager refusing to run at all, with what to do about it. */
const REFUSALS = [
    { re: /Corepack must currently be enabled[^\n]*/, fix: 'run `corepack enable` before this step' },
    { re: /(?:Refusing to run|Cannot find matching keyid|[Ss]ignature (?:does not match|could not be verified))[^\n]*/, fix: 'update Corepack (`npm install -g corepack@latest`) or install the package manager package.json names' },
    { re: /This project is configured to use \w+[^\n]*/, fix: 'use the package manager the "packageManager" field of package.json names' },
    { re: /ERR_PNPM_BAD_PM_VERSION[^\n]*/, fix: 'install the pnpm version package.json asks for' },
    { re: /ERR_PNPM_UNSUPPORTED_ENGINE[^\n]*/, fix: 'use the Node.js and pnpm versions the "engines" field of package.json asks for' },
    { re: /(?:npm (?:ERR!|error) )?(?:code EBADENGINE|notsup Unsupported engine)[^\n]*/, fix: 'use the Node.js version the "engines" field of package.json asks for' },
    { re: /The engine "\w+" is incompatible with this module[^\n]*/, fix: 'use the versions the "engines" field of package.json asks for' },
];
/** Why a package manager refused to run (Corepack, a signature, an engine mismatch), or undefined. */
function packageManagerRefusal(output) {
    for (const { re, fix } of REFUSALS) {
        const m = re.exec(output);
        if (m)
            return `${(0,_readers_tool_output_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(m[0].replace(/^[\s\u2009]*(?:Error:|error|Usage Error:)?\s*/, '').trim(), 160)}; ${fix}`;
    }
    return undefined;
}


/***/ }),

/***/ 9812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QA: () => (/* binding */ commandCheck),
/* harmony export */   RS: () => (/* binding */ commandProblem),
/* harmony export */   Ts: () => (/* binding */ commandEvidence),
/* harmony export */   fQ: () => (/* binding */ runCheckCommand)
/* harmony export */ });
/* harmony import */ var _run_process_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);
/* harmony import */ var _command_diagnosis_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8836);
/* harmony import */ var _readers_tool_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24);
/* harmony import */ var _readers_build_failures_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9010);
// `run` alone: the command's exit code is the measurement.




/** Runs the check's `run` command with its limits. */
function runCheckCommand(ctx, options = {}) {
    return (0,_run_process_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommand */ .d1)({
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
    if (result.exitCode === 126)
        return `command not executable (exit 126)${lastWords(result.output)}`;
    // A package manager that will not run measured nothing: one error with its message, on every check it stopped.
    const refusal = result.exitCode === 0 ? undefined : (0,_command_diagnosis_js__WEBPACK_IMPORTED_MODULE_1__/* .packageManagerRefusal */ .YS)(result.output);
    if (refusal)
        return `the package manager refused to run (exit ${result.exitCode}): ${refusal}`;
    // pnpm and yarn exit 1, not 127, when a script's program is missing; the line names it.
    const missing = result.exitCode === 0 ? undefined : (0,_command_diagnosis_js__WEBPACK_IMPORTED_MODULE_1__/* .missingProgram */ .HN)(result.output, result.exitCode);
    if (missing)
        return `command not found: ${missing} (exit ${result.exitCode})`;
    if (result.exitCode === 127)
        return `command not found (exit 127)${lastWords(result.output)}`;
    return undefined;
}
function lastWords(output) {
    const line = (0,_readers_tool_output_js__WEBPACK_IMPORTED_MODULE_2__/* .lastLine */ .fM)(output, 160);
    return line ? `: ${line}` : '';
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
        const note = ctx.check.raw.note ? `; ${ctx.check.raw.note}` : '';
        if (result.exitCode === 0)
            return { status: 'pass', score: 100, summary: `exit 0${note}`, metrics, findings: [], evidence };
        // A registry or network that could not be reached measured nothing about the project.
        const outage = result.signal ? undefined : (0,_command_diagnosis_js__WEBPACK_IMPORTED_MODULE_1__/* .networkOutage */ .Uo)(result.output);
        if (outage)
            return { status: 'error', score: 0, summary: `could not reach the network (exit ${result.exitCode}): ${outage}`, metrics, findings: [], evidence };
        // The one line a reader sees first carries the line that says why (`Cannot find package '@vercel/ncc'`).
        const why = result.signal ? undefined : (0,_readers_build_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .firstErrorLine */ .hf)(result.output);
        const summary = `${result.signal ? `killed by ${result.signal}` : `exit ${result.exitCode}, expected 0`}${why ? `: ${why}` : ''}${note}`;
        return { status: 'fail', score: 0, summary, metrics, findings: [], evidence };
    },
};


/***/ }),

/***/ 3088:
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
var xml = __webpack_require__(637);
;// CONCATENATED MODULE: ./src/readers/clover.ts
// Clover XML (SPEC \u00a73): statements, conditionals (branches) and methods (functions) are sums of
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
// Cobertura XML (SPEC \u00a73): count <line> under <class><lines>, unique per (filename, number) (the
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

;// CONCATENATED MODULE: ./src/readers/coverage-warnings.ts
// coverage.py's warnings that say the scope it was given was not measured: a module named in
// `source`/`--cov` that the tests never imported, one imported before measuring began, or no data
// at all. Printed by pytest-cov (`CoverageWarning: \u2026`) and by `coverage run` (`Coverage.py warning: \u2026`).
/** The warning slugs that mean the report does not cover the scope asked for. */
const SCOPE_WARNING_SLUGS = ['module-not-imported', 'module-not-measured', 'no-data-collected'];
const WARNING = new RegExp(String.raw `(?:CoverageWarning|Coverage\.py warning):\s*(?:\[\d+\]\s*)?([^\n]+?)\.?\s*\((${SCOPE_WARNING_SLUGS.join('|')})\)`, 'g');
/** Each scope warning in a run's output once, as `Module x was never imported (module-not-imported)`. */
function coverageScopeWarnings(output) {
    const seen = new Set();
    for (const m of output.matchAll(WARNING))
        seen.add(`${m[1].trim()} (${m[2]})`);
    return [...seen];
}

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
;// CONCATENATED MODULE: ./src/readers/gocover.ts
// Go coverprofiles (SPEC \u00a73): statements weighted by NumStmt; a block listed twice (several
// packages, or -coverpkg) is one block, covered if any of its counts is above 0. For patch
// coverage, every line a block with statements spans is executable, covered when any such block ran.


const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
function createGoCoverReader() {
    const data = new coverage/* CoverageData */.Fp(new Set(['go']));
    let lineNo = 0;
    let rest = '';
    let sawMode = false;
    // block id \u2192 [statements, covered?]
    const blocks = new Map();
    const names = new Map();
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
        else {
            // One copy of each file name, not a slice pinning the chunk it was cut from.
            let file = names.get(m[1]);
            if (file === undefined) {
                file = (0,types/* retain */.aw)(m[1]);
                names.set(file, file);
            }
            blocks.set(id, { file, from: Number(m[2]), to: Number(m[4]), stmts: Number(m[6]), covered });
        }
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
                if (b.stmts > 0 && b.to >= b.from && b.to - b.from < 100_000) {
                    const lines = data.detailLines(b.file);
                    for (let l = b.from; l <= b.to; l++)
                        lines.add(l, b.covered ? 1 : 0);
                }
            }
            data.addTotal('statements', covered, total);
            return data;
        },
    };
}

;// CONCATENATED MODULE: ./src/readers/istanbul.ts
// istanbul JSON (SPEC \u00a73): coverage-summary.json contributes its `total`; coverage-final.json
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
// JaCoCo XML (SPEC \u00a73): the report-level <counter> elements (direct children of <report>):
// LINE \u2192 lines, BRANCH \u2192 branches, METHOD \u2192 functions, INSTRUCTION \u2192 instructions. The
// <package><sourcefile><line nr mi ci> elements give per-line data for patch coverage only: a
// line is executable when it has instructions, covered when one of them ran.


const COUNTERS = { LINE: 'lines', BRANCH: 'branches', METHOD: 'functions', INSTRUCTION: 'instructions' };
function createJacocoReader() {
    const data = new coverage/* CoverageData */.Fp(new Set(['jacoco']));
    let depth = 0;
    let pkg = '';
    let source;
    return (0,xml/* xmlStream */.yV)('JaCoCo', {
        open(name, attrs) {
            depth++;
            if (depth === 2 && name === 'package')
                pkg = attrs.name ?? '';
            else if (depth === 3 && name === 'sourcefile')
                source = attrs.name ? (pkg ? `${pkg}/${attrs.name}` : attrs.name) : undefined;
            else if (depth === 4 && name === 'line' && source !== undefined) {
                const nr = (0,xml/* numberAttr */.Lw)(attrs, 'nr');
                const mi = (0,xml/* numberAttr */.Lw)(attrs, 'mi') ?? 0;
                const ci = (0,xml/* numberAttr */.Lw)(attrs, 'ci') ?? 0;
                if (nr !== undefined && mi + ci > 0)
                    data.detailLines(source).add(nr, ci);
            }
            if (depth !== 2 || name !== 'counter')
                return;
            const metric = COUNTERS[attrs.type ?? ''];
            if (!metric)
                return;
            const missed = (0,xml/* numberAttr */.Lw)(attrs, 'missed') ?? 0;
            const covered = (0,xml/* numberAttr */.Lw)(attrs, 'covered') ?? 0;
            data.addTotal(metric, covered, covered + missed);
        },
        close(name) {
            if (depth === 3 && name === 'sourcefile')
                source = undefined;
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
// EXTERNAL MODULE: ./src/checks/reader-check.ts
var reader_check = __webpack_require__(1679);
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
/**
 * coverage.py's word that the scope was not measured (a source module never imported, no data),
 * from this check's own run and the runs it waits for: the report then covers less than the project
 * asked for (or nothing), so the result is not a pass but an error that quotes coverage.py.
 */
function scopeNotMeasured(ctx, outcome) {
    const outputs = [outcome.evidence.outputTail, ...[...ctx.check.needs, ...ctx.check.after].map((id) => ctx.outputOf?.(id))];
    const warnings = [...new Set(outputs.flatMap((o) => (o ? coverageScopeWarnings(o) : [])))];
    if (warnings.length === 0 || outcome.status === 'skipped')
        return outcome;
    return { ...outcome, status: 'error', score: 0, summary: `coverage.py did not measure its scope: ${warnings.join('; ')} \u00b7 ${outcome.summary}` };
}
const coverageCheck = {
    kind: 'coverage',
    async execute(ctx) {
        return scopeNotMeasured(ctx, await measureCoverage(ctx));
    },
};
/** Reads the reports and scores the chosen metric. */
function measureCoverage(ctx) {
    const options = ctx.check.raw.coverage;
    const min = options.min ?? 0;
    const target = options.target ?? DEFAULT_COVERAGE_TARGET;
    return (0,reader_check/* runReaderCheck */.N1)(ctx, options.reports, async (inputs) => {
        const merged = new coverage/* CoverageData */.Fp();
        for (const input of inputs)
            merged.merge(await readCoverage(input, options.format));
        // Kept only when the run judges new code, for patch coverage.
        ctx.lineCoverage?.set(ctx.check.id, { lines: merged.lineData(), workingDirectory: ctx.check.workingDirectory });
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
        const summary = `${metric} ${pct(chosen.pct)} (${chosen.covered}/${chosen.total}), target ${target}%${min > 0 ? `, min ${min}%` : ''} \u00b7 ${formats}`;
        return { ...scored, summary, target: `${metric} \u2265 ${target}%`, metrics, findings: [] };
    });
}


/***/ }),

/***/ 1679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ parseInput),
/* harmony export */   N1: () => (/* binding */ runReaderCheck)
/* harmony export */ });
/* unused harmony exports workspacePaths, toReportList, causeOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _run_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6120);
/* harmony import */ var _readers_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3833);
/* harmony import */ var _readers_tool_output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(24);
/* harmony import */ var _readers_build_failures_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9010);
/* harmony import */ var _readers_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5629);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9812);
/* harmony import */ var _command_diagnosis_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8836);
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
        if (err instanceof _readers_types_js__WEBPACK_IMPORTED_MODULE_4__/* .ReaderError */ .ot)
            throw new _run_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportError */ .$g(`${input.label}: ${err.message}`);
        throw err;
    }
}
function stdoutInput(command, maxBytes, read) {
    const label = 'stdout of run';
    const text = async () => {
        if (command.stdoutOverflow)
            throw new _run_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportError */ .$g(`${label}: over max-report-size (${(0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSize */ .Xq)(maxBytes)})`);
        const out = (0,_readers_text_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeReport */ .bl)(command.stdout ?? Buffer.alloc(0));
        if (out.trim() === '' && !read.allowEmpty)
            throw new _run_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportError */ .$g(`${label}: the command printed nothing to read`);
        return out;
    };
    return { label, text, stream: async (sink) => sink(await text()) };
}
function fileInput(ctx, file, read) {
    const label = (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceRelative */ .Uc)(ctx.workspace, file, ctx.tempDir);
    return {
        label,
        text: () => (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .readReportText */ .Kq)(file, label, ctx.maxReportBytes, read.allowEmpty),
        stream: (sink) => (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .streamReportFile */ .Fi)(file, label, ctx.maxReportBytes, sink, read.allowEmpty),
    };
}
function toPosix(p) {
    return p.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
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
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(file) ? file : node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.cwd, file);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(ctx.workspace, abs);
        if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
            return f;
        return { ...f, file: toPosix(rel) };
    });
}
function toReportList(reports) {
    if (reports === undefined)
        return undefined;
    return Array.isArray(reports) ? reports : [reports];
}
function isWrittenSince(file, since) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).mtimeMs >= since;
    }
    catch {
        return true; // Reading it will say what is wrong with it.
    }
}
/** What a failed command's output says went wrong: a build failure, else its first error line. */
function failureLine(command) {
    const unit = (0,_readers_build_failures_js__WEBPACK_IMPORTED_MODULE_7__/* .buildFailures */ .gF)(command.output)[0];
    return unit ? (0,_readers_build_failures_js__WEBPACK_IMPORTED_MODULE_7__/* .describeFailure */ .Ic)(unit) : (0,_readers_build_failures_js__WEBPACK_IMPORTED_MODULE_7__/* .firstErrorLine */ .hf)(command.output);
}
/** ": <why>" from a failed command's output: a build failure, the first error line, else its last line. */
function causeOf(command) {
    const why = failureLine(command) ?? (0,_readers_tool_output_js__WEBPACK_IMPORTED_MODULE_8__/* .lastLine */ .fM)(command.output);
    return why ? `: ${why}` : '';
}
async function runReaderCheck(ctx, reports, measure, read = {}) {
    const started = performance.now();
    const patterns = toReportList(reports);
    let command;
    let sources = [];
    let commandStarted;
    const evidence = () => {
        const durationMs = Math.round(performance.now() - started);
        return command
            ? { ...(0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .commandEvidence */ .Ts)(ctx, command, sources), durationMs }
            : { workingDirectory: ctx.check.workingDirectory, durationMs, sources };
    };
    const error = (summary) => ({ status: 'error', score: 0, summary, metrics: {}, findings: [], evidence: evidence() });
    try {
        if (ctx.check.run) {
            // Whole seconds: a file system that keeps coarse times still dates this run's reports after it.
            commandStarted = Math.floor(Date.now() / 1000) * 1000;
            command = await (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .runCheckCommand */ .fQ)(ctx, patterns ? {} : { stdoutLimit: ctx.maxReportBytes });
            const problem = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .commandProblem */ .RS)(ctx, command);
            if (problem)
                return error(problem);
        }
        let inputs;
        if (patterns) {
            let files;
            try {
                files = await (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveReports */ .mt)(patterns, ctx.cwd, ctx.workspace, ctx.tempDir);
            }
            catch (err) {
                // No report after a failed command: the command's own last words say why.
                if (err instanceof _run_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportError */ .$g && command && command.exitCode !== 0) {
                    const outage = (0,_command_diagnosis_js__WEBPACK_IMPORTED_MODULE_6__/* .networkOutage */ .Uo)(command.output);
                    if (outage)
                        throw new _run_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportError */ .$g(`could not reach the network (exit ${command.exitCode}): ${outage}; ${err.message}`);
                    throw new _run_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportError */ .$g(`${err.message}; the command exited ${command.exitCode}${causeOf(command)}`);
                }
                throw err;
            }
            if (commandStarted !== undefined) {
                // A report the command did not write (left by an earlier run) is not this run's result.
                const fresh = files.filter((f) => isWrittenSince(f, commandStarted));
                if (fresh.length === 0) {
                    const stale = files.map((f) => (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceRelative */ .Uc)(ctx.workspace, f, ctx.tempDir));
                    sources = stale;
                    const exited = command && command.exitCode !== 0 ? `; the command exited ${command.exitCode}${causeOf(command)}` : '';
                    throw new _run_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportError */ .$g(`the report was not written by this command: ${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ` and ${stale.length - 3} more` : ''} not modified since it started${exited}`);
                }
                files = fresh;
            }
            sources = files.map((f) => (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceRelative */ .Uc)(ctx.workspace, f, ctx.tempDir));
            inputs = files.map((f) => fileInput(ctx, f, read));
        }
        else if (command) {
            inputs = [stdoutInput(command, ctx.maxReportBytes, read)];
        }
        else {
            return error('nothing to read: give "reports" or a "run" command whose output it reads');
        }
        const measured = await measure(inputs, command);
        const findings = workspacePaths(measured.findings, ctx);
        // The measurement decides; a non-zero exit (npm audit exits 1 on advisories) is evidence.
        return { ...measured, findings, evidence: evidence() };
    }
    catch (err) {
        if (err instanceof _run_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportError */ .$g || err instanceof _readers_types_js__WEBPACK_IMPORTED_MODULE_4__/* .ReaderError */ .ot) {
            // A failed command's cause comes first: "no go test -json events" says less than `undefined: max`.
            // Only a line that says what failed, and only when the reader's message does not already say it.
            const failed = command && command.exitCode !== null && command.exitCode !== 0 && !/the command exited|could not reach the network/.test(err.message);
            const why = failed ? failureLine(command) : undefined;
            return error(why && !err.message.includes(why) ? `the command exited ${command.exitCode}: ${why} (${err.message})` : err.message);
        }
        throw err;
    }
}


/***/ }),

/***/ 9452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_SARIF_LIMITS: () => (/* binding */ DEFAULT_SARIF_LIMITS),
  sarifCheck: () => (/* binding */ sarifCheck)
});

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
;// CONCATENATED MODULE: ./src/readers/cargo-messages.ts

/** Whether the text is cargo's JSON message stream. */
function isCargoMessages(text) {
    return /^\{"reason":"/.test(text.trimStart());
}
function readCargoMessages(text) {
    const counts = { error: 0, warning: 0, note: 0 };
    const byLint = {};
    const findings = new types/* FindingList */.kQ();
    const seen = new Set();
    let messages = 0;
    let lineNo = 0;
    for (const raw of text.split('\n')) {
        lineNo++;
        const line = raw.trim();
        if (!line.startsWith('{'))
            continue;
        let v;
        try {
            v = JSON.parse(line);
        }
        catch (err) {
            throw new types/* ReaderError */.ot(`malformed cargo JSON message: ${err.message}`, lineNo);
        }
        if (!(0,types/* isObject */.Gv)(v) || v.reason !== 'compiler-message' || !(0,types/* isObject */.Gv)(v.message))
            continue;
        messages++;
        const m = v.message;
        const level = m.level === 'error' ? 'error' : m.level === 'warning' ? 'warning' : m.level === 'note' || m.level === 'help' ? 'note' : undefined;
        if (!level)
            continue;
        // The summary lines ("warning: 3 warnings emitted") carry no code and no span.
        const spans = Array.isArray(m.spans) ? m.spans.filter(types/* isObject */.Gv) : [];
        const code = (0,types/* isObject */.Gv)(m.code) && typeof m.code.code === 'string' ? m.code.code : undefined;
        if (!code && spans.length === 0)
            continue;
        const primary = spans.find((s) => s.is_primary === true) ?? spans[0];
        const file = primary && typeof primary.file_name === 'string' ? primary.file_name : undefined;
        const lineStart = primary && typeof primary.line_start === 'number' ? primary.line_start : undefined;
        const text = typeof m.message === 'string' ? m.message : '';
        // A crate built for two targets (lib and test) reports the same diagnostic twice.
        const key = `${code}\u0000${file}\u0000${lineStart}\u0000${text}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        counts[level]++;
        const rule = code ?? (level === 'error' ? 'compile-error' : 'rustc');
        byLint[rule] = (byLint[rule] ?? 0) + 1;
        findings.add({ ...(file ? { file } : {}), ...(lineStart ? { line: lineStart } : {}), severity: level, rule, message: text || rule });
    }
    if (messages === 0 && !/"reason":"build-finished"/.test(text))
        throw new types/* ReaderError */.ot('no cargo JSON messages; expected the output of cargo clippy --message-format=json');
    return { ...counts, total: counts.error + counts.warning + counts.note, suppressed: 0, severity: { critical: 0, high: 0, medium: 0, low: 0 }, findings: findings.items, findingsTotal: findings.total, byLint };
}

// EXTERNAL MODULE: ./src/readers/tool-output.ts
var tool_output = __webpack_require__(24);
;// CONCATENATED MODULE: ./src/readers/flake8.ts


// The path may hold colons (C:\...); the row, column and code after it do not.
// [^] rather than ".": a message may hold a CR or U+2028 (a quoted source line), which "." skips.
const VIOLATION = /^([^]+?):(\d+):(\d+): ([A-Z][A-Z0-9]*) ([^]*)$/;
function readFlake8(text) {
    const byLint = {};
    const findings = new types/* FindingList */.kQ();
    let errors = 0;
    const other = [];
    for (const raw of (0,tool_output/* stripColour */.Zm)(text).split('\n')) {
        const line = raw.replace(/\r$/, '');
        const m = VIOLATION.exec(line);
        if (!m) {
            // `--count` prints the total as a bare number; `--show-source`, `--statistics` and
            // `--benchmark` add lines of their own next to the violations.
            if (line.trim() !== '' && !/^\s*\d+\s*$/.test(line))
                other.push(line.trim());
            continue;
        }
        const [, file, row, col, code, message] = m;
        errors++;
        byLint[code] = (byLint[code] ?? 0) + 1;
        findings.add({ file, line: Number(row), column: Number(col), severity: 'error', rule: code, message: message || code });
    }
    // Text without a single violation that is not empty is not a clean run: flake8 said something
    // else (a traceback, "There was a critical error during execution of Flake8", another format).
    if (errors === 0 && other.length > 0) {
        // A traceback's last line names the exception; flake8's own errors come first.
        const said = other[0] === 'Traceback (most recent call last):' ? other[other.length - 1] : other.slice(0, 2).join(' ');
        throw new types/* ReaderError */.ot(`not flake8's default format (path:row:col: CODE message): ${(0,tool_output/* clip */.$Q)(said)}`);
    }
    return { error: errors, warning: 0, note: 0, total: errors, suppressed: 0, severity: { critical: 0, high: 0, medium: 0, low: 0 }, findings: findings.items, findingsTotal: findings.total, byLint };
}

;// CONCATENATED MODULE: ./src/readers/mypy.ts


// The path may hold colons (C:\...); the numbers and the severity after it do not.
const MESSAGE = /^(.+?):(-?\d+)(?::(\d+))?(?::\d+:\d+)?: (error|warning|note): (.*)$/;
const FILE_MESSAGE = /^(.+?): (error|warning|note): (.*)$/;
// Error codes are shown after two spaces, in brackets (mypy \u2265 0.990 by default, --show-error-codes before).
const CODE = /^(.*?) {2}\[([a-z][a-z0-9-]*)\]$/;
const FOUND = /^Found (\d+) errors? in (\d+) files? \((?:checked (\d+) source files?|(errors prevented further checking))\)$/;
const SUCCESS = /^Success: no issues found in (\d+) source files?$/;
function readMypy(text) {
    const counts = { error: 0, warning: 0 };
    const byLint = {};
    const findings = new types/* FindingList */.kQ();
    let firstError;
    let syntax = false;
    let summaries = 0;
    let reported = 0;
    let checked;
    let stopped = false;
    let last = '';
    let crash;
    let version = '';
    // The message being read: `--pretty` wraps a long one onto unindented lines that follow it (its
    // code at the end), then shows the source line and a marker, indented.
    let pending;
    const flush = () => {
        if (pending && pending !== 'note') {
            const { finding, body } = pending;
            const coded = CODE.exec(body);
            finding.rule = coded ? coded[2] : 'mypy';
            finding.message = coded ? coded[1] : body;
            const severity = finding.severity;
            counts[severity]++;
            byLint[finding.rule] = (byLint[finding.rule] ?? 0) + 1;
            findings.add(finding);
            if (severity === 'error') {
                firstError ??= finding;
                if (finding.rule === 'syntax')
                    syntax = true;
            }
        }
        pending = undefined;
    };
    for (const raw of (0,tool_output/* stripColour */.Zm)(text).split('\n')) {
        const line = raw.replace(/\r$/, '').trimEnd();
        if (line.trim() === '')
            continue;
        last = line.trim();
        // report_internal_error: "file:line: error: INTERNAL ERROR -- Please try using mypy master\u2026".
        if (/\berror: INTERNAL ERROR\b/.test(line)) {
            flush();
            crash ??= line;
            continue;
        }
        if (/^version: \S+$/.test(line))
            version = line.slice('version: '.length);
        // argparse's usage errors, e.g. "mypy: error: unrecognized arguments: -O".
        if (/^mypy: error: /.test(line))
            throw new types/* ReaderError */.ot(line);
        let m = FOUND.exec(line);
        if (m) {
            flush();
            summaries++;
            reported += Number(m[1]);
            if (m[4])
                stopped = true;
            else
                checked = (checked ?? 0) + Number(m[3]);
            continue;
        }
        m = SUCCESS.exec(line);
        if (m) {
            flush();
            summaries++;
            checked = (checked ?? 0) + Number(m[1]);
            continue;
        }
        const at = MESSAGE.exec(line);
        const whole = at ? undefined : FILE_MESSAGE.exec(line);
        if (!at && !whole) {
            if (pending && /^\S/.test(line)) {
                // A code wrapped onto a line of its own lost the two spaces before it.
                if (pending !== 'note')
                    pending.body += `${/^\[[a-z][a-z0-9-]*\]$/.test(line) ? '  ' : ' '}${line}`;
            }
            else
                flush();
            continue;
        }
        flush();
        const severity = (at ? at[4] : whole[2]);
        if (severity === 'note') {
            pending = 'note';
            continue;
        }
        const lineNo = at ? Number(at[2]) : 0;
        const finding = { file: (at ?? whole)[1], ...(lineNo > 0 ? { line: lineNo } : {}), ...(at?.[3] ? { column: Number(at[3]) } : {}), severity: severity, rule: 'mypy', message: '' };
        pending = { finding, body: (at ? at[5] : whole[3]) };
    }
    flush();
    if (crash)
        throw new types/* ReaderError */.ot(`mypy crashed: ${(0,tool_output/* clip */.$Q)(crash)}${version ? ` (mypy ${version})` : ''}`);
    if (summaries === 0) {
        throw new types/* ReaderError */.ot(`mypy did not finish: ${last ? (0,tool_output/* clip */.$Q)(last) : 'it printed nothing'} (no "Found N errors" or "Success: no issues found" line; mypy prints one unless run with --no-error-summary)`);
    }
    // mypy counts its error lines for the summary; reading fewer or more means the text was misread.
    if (reported !== counts.error)
        throw new types/* ReaderError */.ot(`mypy reported ${reported} error${reported === 1 ? '' : 's'} but ${counts.error} error line${counts.error === 1 ? ' was' : 's were'} read`);
    if (stopped && !syntax) {
        // A blocking error that is not in the code (a module found twice, a bad package name) means
        // mypy checked nothing: it could not measure.
        const first = firstError;
        throw new types/* ReaderError */.ot(`mypy could not check the project: ${first ? (0,tool_output/* clip */.$Q)(`${first.file}${first.line ? `:${first.line}` : ''}: ${first.message}`) : 'errors prevented further checking'}`);
    }
    const total = counts.error + counts.warning;
    return {
        error: counts.error,
        warning: counts.warning,
        note: 0,
        total,
        suppressed: 0,
        severity: { critical: 0, high: 0, medium: 0, low: 0 },
        findings: findings.items,
        findingsTotal: findings.total,
        byLint,
        ...(checked !== undefined && !stopped ? { checked } : {}),
        stopped,
    };
}

// EXTERNAL MODULE: ./src/readers/sarif.ts
var sarif = __webpack_require__(8245);
// EXTERNAL MODULE: ./src/run/workspace.ts
var workspace = __webpack_require__(6120);
// EXTERNAL MODULE: ./src/scoring/curves.ts
var curves = __webpack_require__(2661);
// EXTERNAL MODULE: ./src/checks/reader-check.ts
var reader_check = __webpack_require__(1679);
;// CONCATENATED MODULE: ./src/checks/sarif.ts









const LEVELS = ['error', 'warning', 'note'];
/** Without limits: no errors allowed, warnings should be none. */
const DEFAULT_SARIF_LIMITS = { max: { error: 0 }, target: { warning: 0 } };
/** One input in the given format; SARIF is streamed, the other formats are read whole. */
async function readInput(input, format) {
    if (format === 'flake8')
        return readFlake8(await input.text());
    if (format === 'mypy')
        return readMypy(await input.text());
    if (format === 'cargo-json')
        return readCargoMessages(await input.text());
    // Streamed, so a large log is never held whole; read whole only when it is not SARIF the
    // stream follows: cargo clippy's JSON messages (counted by lint too), or a malformed log
    // whose error must read exactly as readSarif says it.
    const stream = new sarif/* SarifStream */.m3();
    await input.stream((chunk) => stream.write(chunk));
    try {
        return stream.end();
    }
    catch (err) {
        if (!(err instanceof sarif/* SarifNotFollowed */.TU))
            throw err;
        const text = await input.text();
        return format !== 'sarif' && isCargoMessages(text) ? readCargoMessages(text) : (0,sarif/* readSarif */.qT)(text);
    }
}
/** Counts the findings of every input against the limits. */
async function measure(options, limits, inputs, command) {
    // flake8 and mypy print text, not a report: there is no note level in it.
    const text = options.format === 'flake8' || options.format === 'mypy' ? options.format : undefined;
    const counts = { error: 0, warning: 0, note: 0, total: 0, suppressed: 0 };
    const severity = { critical: 0, high: 0, medium: 0, low: 0 };
    const byLint = {};
    const findings = [];
    let findingsTotal = 0;
    let checked;
    let stopped = false;
    const failed = command && command.exitCode !== 0 && command.exitCode !== null ? command : undefined;
    for (const input of inputs) {
        let r;
        try {
            r = await (0,reader_check/* parseInput */.CU)(input, () => readInput(input, options.format));
        }
        catch (err) {
            // The tool failed and its report says nothing readable: its own last words say why (mypy
            // prints "There are no .py[i] files" to stderr).
            if (text && failed && (err instanceof workspace/* ReportError */.$g || err instanceof types/* ReaderError */.ot)) {
                const words = (0,tool_output/* lastLine */.fM)(failed.output);
                throw new workspace/* ReportError */.$g(`${err.message}${words && !err.message.includes(words) ? `; ${text} exited ${failed.exitCode}: ${words}` : ''}`);
            }
            throw err;
        }
        if (r.byLint)
            for (const [lint, n] of Object.entries(r.byLint))
                byLint[lint] = (byLint[lint] ?? 0) + n;
        for (const k of Object.keys(counts))
            counts[k] += r[k];
        for (const s of sarif/* SECURITY_SEVERITIES */.tP)
            severity[s] += r.severity[s];
        findings.push(...r.findings);
        findingsTotal += r.findingsTotal;
        if (r.checked !== undefined)
            checked = (checked ?? 0) + r.checked;
        if (r.stopped)
            stopped = true;
    }
    // flake8 exits 1 on a violation and on its own failure: a failed run that reported nothing
    // is not a clean one.
    if (text && failed && counts.total === 0) {
        const words = (0,tool_output/* lastLine */.fM)(failed.output);
        throw new workspace/* ReportError */.$g(`${text} exited ${failed.exitCode} without reporting a finding${words ? `: ${words}` : ''}`);
    }
    const scored = (0,curves/* levelCounts */.pS)(counts, limits, LEVELS);
    const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
    let summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}${text ? '' : `, ${plural(counts.note, 'note')}`}`;
    // The producer's own severity, when it gives one (Bandit: 89 medium, 388 low).
    const bySeverity = sarif/* SECURITY_SEVERITIES */.tP.filter((s) => severity[s] > 0).map((s) => `${severity[s]} ${s}`);
    if (bySeverity.length > 0)
        summary += ` (security severity: ${bySeverity.join(', ')})`;
    if (counts.suppressed)
        summary += ` (${counts.suppressed} suppressed)`;
    const lints = Object.entries(byLint).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (lints.length > 0)
        summary += ` (${lints.slice(0, 5).map(([l, n]) => `${n} ${l}`).join(', ')}${lints.length > 5 ? `, ${lints.length - 5} more lints` : ''})`;
    if (checked !== undefined)
        summary += ` in ${plural(checked, 'source file')}`;
    const target = (0,curves/* limitsText */.Cf)(limits, LEVELS);
    summary += `; limits: ${target}`;
    const metrics = { ...counts, ...(bySeverity.length > 0 ? { severity } : {}), ...(lints.length > 0 ? { byLint } : {}), findingsTotal, ...(checked !== undefined ? { checked } : {}), ...(stopped ? { stopped } : {}) };
    // Syntax errors stopped mypy: what it did not check is unknown, so the check fails whatever
    // the limits allow (as an errored test fails a tests check whatever the pass rate).
    if (stopped)
        return { status: 'fail', score: scored.score, summary: `${summary}; mypy stopped early: errors prevented further checking`, target, metrics, findings };
    return { status: scored.status, score: scored.score, summary, target, metrics, findings };
}
const sarifCheck = {
    kind: 'sarif',
    execute(ctx) {
        const options = ctx.check.raw.sarif;
        const limits = (0,curves/* limitsFrom */.Dd)(options, DEFAULT_SARIF_LIMITS);
        // flake8 prints nothing when it finds nothing.
        return (0,reader_check/* runReaderCheck */.N1)(ctx, options.reports, (inputs, command) => measure(options, limits, inputs, command), { allowEmpty: options.format === 'flake8' });
    },
};


/***/ }),

/***/ 5314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ missingPermissions),
/* harmony export */   KA: () => (/* binding */ WORKFLOW_RULES),
/* harmony export */   hx: () => (/* binding */ RULE_SEVERITY),
/* harmony export */   px: () => (/* binding */ applySuppressions),
/* harmony export */   xy: () => (/* binding */ analyzeFile)
/* harmony export */ });
/* unused harmony exports MAX_ALIAS_COUNT, untrustedContext, downloadAndRun, unpinnedInstalls, pinState */
/* harmony import */ var shell_quote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6591);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
// The supply-chain rules of builtin: workflows, on one parsed GitHub Actions workflow or action
// metadata file (action.yml). Pure: text in, findings with lines out. The YAML is parsed with
// positions, and every rule reads the parsed values (a `run:` script, a `uses:` reference), never
// the raw text, so comments, quoting and block scalars cannot fool it.


const WORKFLOW_RULES = [
    'unpinned-action',
    'permissions-missing',
    'permissions-write-all',
    'permissions-unneeded-write',
    'dangerous-trigger',
    'script-injection',
    'download-and-run',
    'persisted-credentials',
    'cache-poisoning',
    'github-env',
    'insecure-commands',
    'unpinned-image',
    'secrets-inherit',
    'unpinned-install',
    'suppression-without-reason',
];
/** Rules an attacker outside the project can exploit are errors; the rest weaken the defences. */
const RULE_SEVERITY = {
    'unpinned-action': 'warning',
    'permissions-missing': 'warning',
    'permissions-write-all': 'warning',
    'permissions-unneeded-write': 'warning',
    'dangerous-trigger': 'error',
    'script-injection': 'error',
    'download-and-run': 'warning',
    'persisted-credentials': 'warning',
    'cache-poisoning': 'warning',
    'github-env': 'error',
    'insecure-commands': 'error',
    'unpinned-image': 'warning',
    'secrets-inherit': 'warning',
    'unpinned-install': 'warning',
    'suppression-without-reason': 'warning',
};
// --- The lists the rules use --------------------------------------------------------------------
/**
 * Event fields an outsider controls (GitHub's security hardening guide, the GitHub Security Lab
 * list and OpenSSF Scorecard's Dangerous-Workflow check), after normalising `a['b']` and `a[0]` to
 * `a.b` and `a.*`. Scorecard's list plus the workflow_run copies of the same fields.
 */
const UNTRUSTED_EVENT_FIELDS = [
    /\.issue\.(title|body)\b/,
    /\.pull_request\.(title|body)\b/,
    /\.discussion\.(title|body)\b/,
    /\.comment\.body\b/,
    /\.review\.body\b/,
    /\.review_comment\.body\b/,
    /\.pages\.[^.]+\.page_name\b/,
    /\.commits\.[^.]+\.message\b/,
    /\.head_commit\.message\b/,
    /\.(head_commit|commits\.[^.]+)\.(author|committer)\.(email|name)\b/,
    /\.blocked_user\.(name|email)\b/,
    /\.pull_request\.head\.(ref|label)\b/,
    /\.pull_request\.head\.repo\.default_branch\b/,
    /\.workflow_run\.(head_branch|display_title)\b/,
    /\.workflow_run\.pull_requests\.[^.]+\.head\.ref\b/,
];
/** toJSON of the whole context or event object carries every field above. */
const UNTRUSTED_WHOLE = /tojson\(github(\.event)?\)/i;
/** Actions that never act with the token beyond reading the repository. */
const READ_ONLY_ACTIONS = /^actions\/(checkout|setup-[a-z0-9-]+|cache(\/(restore|save))?|upload-artifact|download-artifact)$/i;
/** Refs and repositories that name the pull request's (or triggering run's) head. */
const UNTRUSTED_REF = [
    /github\.event\.pull_request\.head\.(sha|ref)\b/,
    /github\.event\.pull_request\.head\.repo\.full_name\b/,
    /github\.event\.pull_request\.merge_commit_sha\b/,
    /github\.head_ref\b/,
    // Every code ref in a workflow_run payload is the triggering run's head, except its PRs' bases.
    /github\.event\.workflow_run\b(?!\.pull_requests\[[^\][]*\]\.base\.)/,
    /refs\/pull\//,
];
/** A shell step that checks out a pull request itself. */
const RUN_CHECKOUT = /\bgh\s+pr\s+checkout\b|\bpull\/[^\s/]+\/(head|merge)\b/;
/** A job condition that keeps fork pull requests out. */
const SAME_REPO_GUARD = /github\.event\.pull_request\.head\.repo\.full_name\s*==\s*github\.repository\b|github\.repository\s*==\s*github\.event\.pull_request\.head\.repo\.full_name\b/;
const TOKEN_REFERENCE = /\bgithub\.token\b|\bsecrets\.github_token\b/i;
/** Words of a script that may push with the credentials actions/checkout leaves in .git/config. */
const GIT_WRITE_WORDS = /\b(git|push|tag|commit|release|publish|deploy)\b/i;
/** Aliases a workflow may expand to, as the yaml package's default and the config's limit. */
const MAX_ALIAS_COUNT = 100;
// --- YAML helpers -------------------------------------------------------------------------------
class Parsed {
    doc;
    lines;
    text;
    constructor(doc, lines, text) {
        this.doc = doc;
        this.lines = lines;
        this.text = text;
    }
    /** Each alias resolved once: resolving searches the whole document for its anchor. */
    resolved = new Map();
    node(n) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(n))
            return n;
        if (!this.resolved.has(n))
            this.resolved.set(n, n.resolve(this.doc));
        return this.resolved.get(n);
    }
    get(map, key) {
        const m = this.node(map);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(m))
            return undefined;
        for (const pair of m.items) {
            const k = this.node(pair.key);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(k) && String(k.value) === key)
                return this.node(pair.value) ?? new yaml__WEBPACK_IMPORTED_MODULE_1__/* .Scalar */ .X5(null);
        }
        return undefined;
    }
    keyLine(map, key) {
        const m = this.node(map);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(m))
            return undefined;
        const pair = m.items.find((p) => {
            const k = this.node(p.key);
            return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(k) && String(k.value) === key;
        });
        return pair ? this.line(pair.key) : undefined;
    }
    str(n) {
        const v = this.node(n);
        return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(v) && v.value !== null && typeof v.value !== 'object' ? String(v.value) : undefined;
    }
    entries(map) {
        const m = this.node(map);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(m))
            return [];
        return m.items.map((p) => {
            const k = this.node(p.key);
            return [(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(k) ? String(k.value) : '', this.node(p.value), this.line(k)];
        });
    }
    items(seq) {
        const s = this.node(seq);
        return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(s) ? s.items.map((i) => this.node(i)).filter((i) => !!i) : [];
    }
    line(n) {
        const start = n?.range?.[0];
        return start === undefined ? 1 : this.lines.linePos(start).line;
    }
    /** Newline offsets of block literals, and search positions in other scalars, per node. */
    newlines = new WeakMap();
    cursor = new WeakMap();
    raw = new WeakMap();
    /**
     * The source line of an offset into a scalar's value (a line inside a `run: |` block). Findings
     * of one scalar come in increasing offsets, so each search starts where the last one ended.
     */
    lineIn(n, valueOffset, snippet) {
        const start = this.line(n);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(n))
            return start;
        if (n.type === yaml__WEBPACK_IMPORTED_MODULE_1__/* .Scalar */ .X5.BLOCK_LITERAL) {
            // Block literal lines are the source lines after the `|` header, one for one.
            let nl = this.newlines.get(n);
            if (!nl) {
                nl = [];
                const value = String(n.value);
                for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1))
                    nl.push(i);
                this.newlines.set(n, nl);
            }
            let lo = 0;
            let hi = nl.length;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (nl[mid] < valueOffset)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return start + 1 + lo;
        }
        // Folded and quoted scalars join lines: find the snippet in the source instead. After a miss
        // the node's later findings take its first line (no search runs twice over the same text).
        const [from, to] = n.range ?? [0, 0];
        let raw = this.raw.get(n);
        if (raw === undefined)
            this.raw.set(n, (raw = this.text.slice(from, to)));
        const pos = this.cursor.get(n) ?? 0;
        const at = snippet && pos >= 0 ? raw.indexOf(snippet, pos) : -1;
        this.cursor.set(n, at === -1 ? -1 : at + 1);
        return at === -1 ? start : this.lines.linePos(from + at).line;
    }
}
/** Script text as a list of findings' anchors: `${{ \u2026 }}` expressions with their offsets. */
function expressions(script) {
    const out = [];
    for (let i = script.indexOf('${{'); i !== -1;) {
        const end = script.indexOf('}}', i + 3);
        if (end === -1)
            break;
        out.push({ text: script.slice(i, end + 2), at: i });
        i = script.indexOf('${{', end + 2);
    }
    return out;
}
const noTaint = () => ({ env: new Map(), steps: new Map() });
/**
 * Contexts known safe, checked before the untrusted list: numbers, booleans, SHAs, ids and the
 * outcome of steps. Listed in docs/built-in-scans.md; none of them can carry shell syntax.
 */
const SAFE_CONTEXTS = [
    /^github\.(sha|run_id|run_number|run_attempt|event\.number|event\.after|event\.before|job|workflow_sha|repository_id|actor_id|retention_days)$/,
    /^github\.event\..*\.(sha|id|node_id|number|draft|merged|locked|size|additions|deletions|changed_files|commits|comments|review_comments|created_at|updated_at|closed_at|merged_at|author_association|state)$/,
    /^github\.event\..*\.head\.sha$/,
    /^steps\.[^.]+\.(outcome|conclusion)$/,
    /^(job\.status|runner\.(os|arch|temp|tool_cache)|strategy\.|needs\.[^.]+\.result$)/,
];
/** The attacker-controlled context a normalised context path reads, if any. */
function contextTaint(path, taint) {
    const p = path.toLowerCase();
    if (SAFE_CONTEXTS.some((re) => re.test(p)))
        return undefined;
    if (p === 'github' || p === 'github.event')
        return path;
    if (p === 'github.head_ref')
        return 'github.head_ref';
    if (p.startsWith('github.event.') && UNTRUSTED_EVENT_FIELDS.some((re) => re.test(p)))
        return path;
    const env = /^env\.([^.]+)$/.exec(path);
    if (env && taint.env.has(env[1]))
        return `${path} (from ${taint.env.get(env[1])})`;
    const step = /^steps\.([^.]+)\.outputs\b/.exec(path);
    if (step && taint.steps.has(step[1]))
        return `${path} (from ${taint.steps.get(step[1])})`;
    return undefined;
}
/** Functions whose result is a boolean or a hash, whatever their arguments. */
const SAFE_FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'success', 'failure', 'always', 'cancelled', 'hashfiles']);
/**
 * The attacker-controlled context an expression's value may carry, read from a parse of GitHub's
 * expression syntax: comparisons, `!` and boolean functions yield no text; `a && b` yields b (or a
 * falsy a, which is empty); `a || b` yields either. So `cond && 'x' || 'y'` is safe.
 */
function expressionTaint(inner, taint) {
    const tokens = inner.match(/'(?:[^']|'')*'|[A-Za-z_][A-Za-z0-9_-]*(?:\s*(?:\.\s*(?:[A-Za-z_][A-Za-z0-9_-]*|\*)|\[[^\][]*\]))*|\d+(?:\.\d+)?|==|!=|<=|>=|&&|\|\||[<>!(),]|\S/g) ?? [];
    let i = 0;
    const peek = () => tokens[i];
    const fail = () => {
        throw new Error('unparsed');
    };
    const primary = () => {
        const t = tokens[i++] ?? fail();
        if (t === '(') {
            const v = or();
            if (tokens[i++] !== ')')
                fail();
            return v;
        }
        if (t === '!') {
            unary();
            return undefined;
        }
        if (t.startsWith("'") || /^\d/.test(t) || /^(true|false|null)$/.test(t))
            return undefined;
        if (!/^[A-Za-z_]/.test(t))
            fail();
        if (peek() === '(') {
            i++;
            const args = [];
            while (peek() !== ')') {
                args.push(or());
                if (peek() === ',')
                    i++;
                else if (peek() !== ')')
                    fail();
            }
            i++;
            if (SAFE_FUNCTIONS.has(t.toLowerCase()))
                return undefined;
            return args.find((a) => a !== undefined);
        }
        const path = t
            .replace(/\s+/g, '')
            .replace(/\[['"]([^'"\]]+)['"]\]/g, '.$1')
            .replace(/\[[^\][]*\]/g, '.*');
        return contextTaint(path, taint);
    };
    const unary = () => primary();
    const comparison = () => {
        let v = unary();
        while (['==', '!=', '<', '>', '<=', '>='].includes(peek() ?? '')) {
            i++;
            unary();
            v = undefined;
        }
        return v;
    };
    const and = () => {
        let v = comparison();
        while (peek() === '&&') {
            i++;
            v = comparison();
        }
        return v;
    };
    const or = () => {
        let v = and();
        while (peek() === '||') {
            i++;
            const w = and();
            v = v ?? w;
        }
        return v;
    };
    try {
        const v = or();
        if (i !== tokens.length)
            fail();
        return v;
    }
    catch {
        // Not an expression this parser knows: judge it by the contexts it names, as before.
        const normal = inner.replace(/\s+/g, '').replace(/\[['"]([^'"\]]+)['"]\]/g, '.$1').replace(/\[[^\][]*\]/g, '.*');
        if (UNTRUSTED_WHOLE.test(normal))
            return normal.match(UNTRUSTED_WHOLE)[0];
        for (const m of normal.matchAll(/\b(github|env|steps)\.[A-Za-z0-9_.*-]+/g)) {
            const c = contextTaint(m[0], taint);
            if (c)
                return c;
        }
        return undefined;
    }
}
/** The attacker-controlled context an expression reads, if any. */
function untrustedContext(expression, taint = noTaint()) {
    return expressionTaint(expression.replace(/^\$\{\{|\}\}$/g, ''), taint);
}
/** The first attacker-controlled context of any `${{ }}` in a text. */
function textTaint(text, taint) {
    if (text === undefined)
        return undefined;
    for (const e of expressions(text)) {
        const c = untrustedContext(e.text, taint);
        if (c)
            return c;
    }
    return undefined;
}
const SHELLS = /^(ba|z|k|da|fi)?sh$|^bash$/;
const INTERPRETERS = /^(python[0-9.]*|perl|ruby|node)$/;
/** Whether one shell pipeline segment runs what it reads on stdin. */
function runsStdin(segment) {
    const words = segment.trim().split(/\s+/);
    let i = 0;
    while (i < words.length && (words[i] === 'sudo' || words[i] === 'env' || /^-/.test(words[i]) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i])))
        i++;
    const cmd = (words[i] ?? '').replace(/^.*\//, '');
    const args = words.slice(i + 1);
    if (SHELLS.test(cmd))
        return !args.includes('-c');
    if (INTERPRETERS.test(cmd))
        return args.length === 0 || args[0] === '-';
    return false;
}
/** Offsets of `curl \u2026 | sh`, `wget -O- \u2026 | bash`, `bash <(curl \u2026)`, `iex (iwr \u2026)` in a script. */
function downloadAndRun(script) {
    const out = [];
    const check = (line, at) => {
        const segments = line.split(/(?<!\|)\|(?!\|)/);
        let downloaded = false;
        for (const segment of segments) {
            if (downloaded && runsStdin(segment))
                return void out.push({ at, text: line.trim() });
            if (/(^|[\s;&(`$])(curl|wget)(\s|$)/.test(segment))
                downloaded = true;
        }
        // bash <(curl \u2026), sh -c "$(curl \u2026)", eval "$(wget -qO- \u2026)", source <(curl \u2026)
        // The command before each `<(curl` / `$(curl`, back to the last separator (found in one forward
        // pass) and at most 200 characters, so a hostile line costs linear time.
        let scanned = 0;
        let separator = -1;
        for (const m of line.matchAll(/[<$]\(\s*(curl|wget)\b/g)) {
            for (; scanned < m.index; scanned++)
                if ('|;&'.includes(line[scanned]))
                    separator = scanned;
            const before = line.slice(Math.max(separator + 1, m.index - 200), m.index);
            if (/(^|\s)((ba|z|k|da)?sh|bash|eval|source|\.)(\s|$)/.test(before))
                return void out.push({ at, text: line.trim() });
        }
        if (/\b(iex|invoke-expression)\b/i.test(line) && /\b(iwr|irm|invoke-webrequest|invoke-restmethod|downloadstring)\b/i.test(line))
            out.push({ at, text: line.trim() });
    };
    // Logical lines: a trailing backslash continues the command on the next line.
    for (const { line, at } of logicalLines(script))
        check(line, at);
    return out;
}
/** A `run:` script's logical lines (backslash continuations joined) with their offsets. */
function logicalLines(script) {
    const out = [];
    let offset = 0;
    let buffer = '';
    let start = 0;
    for (const raw of script.split('\n')) {
        if (buffer === '')
            start = offset;
        offset += raw.length + 1;
        const line = raw.replace(/\r$/, '');
        if (line.endsWith('\\')) {
            buffer += `${line.slice(0, -1)} `;
            continue;
        }
        out.push({ line: buffer + line, at: start });
        buffer = '';
    }
    if (buffer)
        out.push({ line: buffer, at: start });
    return out;
}
/** The simple commands of one shell line, words only, split by shell-quote (variables kept as `$X`). */
function commandsOf(line) {
    // `${{ \u2026 }}` is not shell: one opaque word for shell-quote.
    const words = (0,shell_quote__WEBPACK_IMPORTED_MODULE_0__.parse)(line.replace(/\$\{\{[^}]*\}\}/g, 'EXPR'), (name) => `$${name}`);
    const out = [[]];
    for (const w of words) {
        if (typeof w === 'string')
            out[out.length - 1].push(w);
        else if ('comment' in w)
            break;
        else if ('pattern' in w)
            out[out.length - 1].push(w.pattern);
        else if (['>', '>>', '<', '>&', '<&', '<(', '>|'].includes(w.op))
            out[out.length - 1].push(`${w.op}`);
        else
            out.push([]);
    }
    return out.filter((c) => c.length > 0);
}
/** Words that precede the command itself. */
function commandWords(words) {
    let i = 0;
    while (i < words.length && (/^(sudo|env|time|command|exec|nohup)$/.test(words[i]) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]) || (i > 0 && /^-/.test(words[i]) && /^(sudo|env)$/.test(words[i - 1]))))
        i++;
    // Redirections end the arguments.
    const rest = words.slice(i);
    const redirect = rest.findIndex((w) => /^[<>]/.test(w));
    return redirect === -1 ? rest : rest.slice(0, redirect);
}
const isPath = (arg) => /^(\.|\/|~|\$|file:|EXPR)/.test(arg) || /\.(whl|tar\.gz|tgz|zip)$/.test(arg);
const NPM_VALUE_FLAGS = new Set(['--prefix', '-C', '--registry', '--cache', '-w', '--workspace', '--tag', '--userconfig', '--loglevel']);
const PIP_VALUE_FLAGS = new Set(['--group', '--extra', '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--platform', '--python-version', '--implementation', '--abi', '--only-binary', '--no-binary', '--src', '--upgrade-strategy', '-C', '--config-settings', '--global-option', '--progress-bar', '--cache-dir', '--log', '--timeout', '--retries', '--trusted-host', '--proxy', '--python', '--report']);
const GO_VERSION = /^(v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?|[0-9a-f]{40,}|none)$/i;
/** Positional arguments after the subcommand, skipping flags and the values of flags that take one. */
function positionals(args, valueFlags) {
    const packages = [];
    const flags = new Map();
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a.startsWith('-')) {
            const [flag, inline] = a.split('=', 2);
            const values = flags.get(flag) ?? [];
            if (inline !== undefined)
                values.push(inline);
            else if (valueFlags.has(flag) && i + 1 < args.length)
                values.push(args[++i]);
            flags.set(flag, values);
        }
        else
            packages.push(a);
    }
    return { packages, flags };
}
/** Why one command installs a package outside a lockfile or hash list, if it does (Scorecard's npmCommand, pipCommand, goCommand). */
function unpinnedInstall(words) {
    const w = commandWords(words);
    const cmd = (w[0] ?? '').replace(/^.*\//, '');
    if (cmd === 'npm') {
        const sub = w.findIndex((x, i) => i > 0 && !x.startsWith('-'));
        if (sub === -1 || !/^(install|i|add|isntall|in)$/.test(w[sub]))
            return undefined;
        const { packages } = positionals(w.slice(sub + 1), NPM_VALUE_FLAGS);
        const named = packages.filter((p) => !isPath(p));
        return named.length ? `npm install ${named.join(' ')} installs outside package-lock.json: add it to package.json and run npm ci` : undefined;
    }
    let pip = -1;
    if (/^pip[0-9.]*$/.test(cmd))
        pip = 1;
    else if (/^python[0-9.]*$/.test(cmd) && w[1] === '-m' && /^pip[0-9.]*$/.test(w[2] ?? ''))
        pip = 3;
    else if (cmd === 'uv' && w[1] === 'pip')
        pip = 2;
    if (pip !== -1) {
        if (w[pip] !== 'install')
            return undefined;
        const { packages, flags } = positionals(w.slice(pip + 1), PIP_VALUE_FLAGS);
        // An editable VCS checkout is pinned only by a full commit hash.
        const editable = [...(flags.get('-e') ?? []), ...(flags.get('--editable') ?? [])].filter((e) => /^(git|hg|svn|bzr)[+:]/.test(e) && !/@[0-9a-f]{40}\b/i.test(e));
        const named = [...packages.filter((p) => !isPath(p)), ...editable];
        const requirements = [...(flags.get('-r') ?? []), ...(flags.get('--requirement') ?? [])];
        const hashed = flags.has('--require-hashes');
        if (named.length)
            return `pip install ${named.join(' ')} installs without hashes: list it in a requirements file with --hash and run pip install --require-hashes -r it`;
        if (requirements.length && !hashed)
            return `pip install -r ${requirements.join(' ')} without --require-hashes: generate hashes (pip-compile --generate-hashes) and add --require-hashes`;
        return undefined;
    }
    if (cmd === 'go') {
        const sub = w[1];
        if (sub !== 'install' && sub !== 'get')
            return undefined;
        const { packages } = positionals(w.slice(2), new Set(['-C', '-modfile', '-tags', '-ldflags', '-gcflags', '-o']));
        for (const p of packages) {
            // Scorecard's rule: a package with no host (./cmd/x, a path) resolves through go.mod and go.sum.
            if (!/\w+\.\w+\/\w+/.test(p))
                continue;
            const at = p.lastIndexOf('@');
            const version = at === -1 ? '' : p.slice(at + 1);
            if (GO_VERSION.test(version) && !version.endsWith('+incompatible'))
                continue;
            if (sub === 'get' && at === -1)
                continue; // go get without a version edits go.mod, where go.sum pins it
            return `go ${sub} ${p} fetches ${version ? `"${version}"` : 'the latest version'}, not a fixed one: name a release (@v1.2.3) or a commit`;
        }
    }
    return undefined;
}
/** `npm install <pkg>`, `pip install <pkg>` and `go install <pkg>@latest` in a script, with their offsets. */
function unpinnedInstalls(script) {
    const out = [];
    for (const { line, at } of logicalLines(script)) {
        if (!/\b(npm|pip[0-9.]*|go)\b/.test(line))
            continue;
        let commands;
        try {
            commands = commandsOf(line);
        }
        catch {
            continue; // not shell syntax shell-quote reads (an unbalanced quote across lines)
        }
        for (const c of commands) {
            const message = unpinnedInstall(c);
            if (message)
                out.push({ at, text: line.trim().slice(0, 30), message });
        }
    }
    return out;
}
// --- The rules ----------------------------------------------------------------------------------
/** Pin state of a `uses:` reference. */
function pinState(uses, trusted) {
    // ./ is the checked-out workspace; $/ (self-repository syntax) the workflow's own commit.
    if (uses.startsWith('./') || uses.startsWith('$/'))
        return 'local';
    if (uses.startsWith('docker://'))
        return /@sha256:[0-9a-f]{64}$/i.test(uses) ? 'pinned' : 'unpinned';
    const at = uses.lastIndexOf('@');
    const ref = at === -1 ? '' : uses.slice(at + 1);
    if (/^[0-9a-f]{40}$/i.test(ref))
        return 'pinned';
    const action = at === -1 ? uses : uses.slice(0, at);
    return at !== -1 && trusted(action) ? 'trusted' : 'unpinned';
}
function unpinnedMessage(uses) {
    if (uses.startsWith('docker://'))
        return `${uses} is not pinned to an image digest (@sha256:\u2026): a tag can be moved under you`;
    const at = uses.lastIndexOf('@');
    if (at === -1)
        return `${uses} names no version: pin it to a full commit SHA`;
    const ref = uses.slice(at + 1);
    if (/^[0-9a-f]{7,39}$/i.test(ref))
        return `${uses} is pinned to a short SHA: use the full 40-character commit SHA`;
    return `${uses} is not pinned to a full commit SHA: the tag or branch "${ref}" can be moved under you`;
}
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}\u2026` : s);
function stepsOf(y, seq) {
    // A `parallel:` group holds steps of its own; they run where the group stands.
    const flat = y.items(seq).flatMap((node) => (y.get(node, 'parallel') !== undefined ? y.items(y.get(node, 'parallel')) : [node]));
    return flat.map((node, i) => {
        const usesNode = y.get(node, 'uses');
        const runNode = y.get(node, 'run');
        const uses = y.str(usesNode);
        const run = y.str(runNode);
        const name = y.str(y.get(node, 'name'));
        const id = y.str(y.get(node, 'id'));
        return {
            node,
            ...(id !== undefined ? { id } : {}),
            env: y.get(node, 'env'),
            ...(uses !== undefined ? { uses, usesNode } : {}),
            ...(run !== undefined ? { run, runNode } : {}),
            line: y.line(node),
            label: name ?? (uses ? `uses ${uses}` : run ? `run: ${clip(run.trim().split('\n')[0], 40)}` : `step ${i + 1}`),
        };
    });
}
const isLocal = (uses) => uses.startsWith('./') || uses.startsWith('$/');
const actionName = (uses) => (uses.includes('@') ? uses.slice(0, uses.lastIndexOf('@')) : uses);
/** Actions whose input is code (zizmor's code sinks): where `${{ }}` is pasted into a program. */
const SCRIPT_INPUTS = {
    'actions/github-script': { input: 'script', language: 'JavaScript', fix: 'read it from context.payload or env instead' },
    'jannekem/run-python-script-action': { input: 'script', language: 'Python', fix: 'read it from os.environ, set through env:' },
    'amadevus/pwsh-script': { input: 'script', language: 'PowerShell', fix: 'read it from $env:, set through env:' },
    'azure/powershell': { input: 'inlineScript', language: 'PowerShell', fix: 'read it from $env:, set through env:' },
    'azure/cli': { input: 'inlineScript', language: 'the shell', fix: 'pass it through env: and quote "$VAR"' },
    'appleboy/ssh-action': { input: 'script', language: 'a remote shell', fix: 'pass it with envs: and quote "$VAR"' },
    'mikefarah/yq': { input: 'cmd', language: 'the shell', fix: 'pass it through env: and read it with env(VAR) in yq' },
};
/** Env maps, outermost first (workflow, job, step): what each variable's value is tainted by. */
function envTaint(y, envs, base) {
    const env = new Map(base.env);
    for (const e of envs) {
        for (const [name, value] of y.entries(e)) {
            const c = textTaint(y.str(value), { env, steps: base.steps });
            if (c)
                env.set(name, c);
            else
                env.delete(name);
        }
    }
    return { env, steps: base.steps };
}
/** A shell script's use of `$NAME` / `${NAME}` / `$env:NAME`. */
const usesVar = (script, name) => new RegExp(`\\$(\\{|env:)?${name.replace(/[^A-Za-z0-9_]/g, '')}\\b`).test(script);
const WRITES_ENV = /\$\{?(env:)?GITHUB_(ENV|PATH)\b/;
const WRITES_OUTPUT = /\$\{?(env:)?GITHUB_OUTPUT\b/;
const INSECURE = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';
const INSECURE_WRITE = new RegExp(`${INSECURE}=(?!false\\b|0\\b)`, 'i');
/** `ACTIONS_ALLOW_UNSECURE_COMMANDS` set in an env map to anything but false. */
function insecureEnvRule(y, env, out) {
    for (const [name, value, line] of y.entries(env)) {
        if (name !== INSECURE || /^(false|0|)$/i.test(y.str(value) ?? ''))
            continue;
        out.findings.push({ rule: 'insecure-commands', line, message: `${INSECURE} turns the set-env and add-path workflow commands back on, so any text the job prints can set variables such as NODE_OPTIONS: remove it and write to $GITHUB_ENV / $GITHUB_PATH` });
    }
}
/** What a step's script reads of attacker input, directly or through env: the context, if any. */
function runInput(step, taint) {
    const direct = textTaint(step.run, taint);
    if (direct)
        return direct;
    for (const [name, from] of taint.env)
        if (usesVar(step.run, name))
            return `$${name} (from ${from})`;
    return undefined;
}
/** Rules that apply to steps wherever they are: pinning, script injection, downloads and installs. */
function stepRules(y, steps, opts, out, scope) {
    const outer = envTaint(y, scope.envs, noTaint());
    // Files from the triggering run or the pull request: what a later $GITHUB_ENV write may carry.
    let untrustedFiles;
    for (const step of steps) {
        const taint = envTaint(y, [step.env], outer);
        insecureEnvRule(y, step.env, out);
        if (step.uses !== undefined)
            usesRule(y, step.uses, step.usesNode, opts, out);
        if (step.run !== undefined) {
            for (const e of expressions(step.run)) {
                const context = untrustedContext(e.text, taint);
                if (context) {
                    out.findings.push({
                        rule: 'script-injection',
                        line: y.lineIn(step.runNode, e.at, e.text),
                        message: `${e.text} in a run script: ${context} is attacker-controlled text pasted into the shell; pass it through env: and quote "$VAR"`,
                    });
                }
            }
            for (const d of downloadAndRun(step.run)) {
                out.findings.push({
                    rule: 'download-and-run',
                    line: y.lineIn(step.runNode, d.at, d.text.slice(0, 40)),
                    message: `downloads and runs a script unchecked (${clip(d.text, 80)}): download it, verify a checksum or signature, then run it`,
                });
            }
            for (const d of unpinnedInstalls(step.run)) {
                out.findings.push({ rule: 'unpinned-install', line: y.lineIn(step.runNode, d.at, d.text), message: d.message });
            }
            const input = runInput(step, taint);
            if (step.id && input && WRITES_OUTPUT.test(step.run))
                outer.steps.set(step.id, input);
            const envWrite = WRITES_ENV.exec(step.run);
            if (scope.privileged && envWrite) {
                const from = input ?? untrustedFiles;
                if (from) {
                    out.findings.push({
                        rule: 'github-env',
                        line: y.lineIn(step.runNode, envWrite.index, envWrite[0]),
                        message: `on ${scope.privileged}, ${step.label} writes attacker-controlled input (${from}) to ${envWrite[0].replace(/[${}]|env:/g, '')}: a line such as NODE_OPTIONS=\u2026 then runs in every later step with the secrets; hand the value on through step outputs or env: instead`,
                    });
                }
            }
            if (INSECURE_WRITE.test(step.run)) {
                const at = step.run.indexOf(INSECURE);
                out.findings.push({ rule: 'insecure-commands', line: y.lineIn(step.runNode, at, INSECURE), message: `${INSECURE} turns the set-env and add-path workflow commands back on: remove it and write to $GITHUB_ENV / $GITHUB_PATH` });
            }
            if (scope.privileged && /\bgh\s+run\s+download\b/.test(step.run))
                untrustedFiles ??= `artifacts downloaded by ${step.label}`;
        }
        if (step.uses !== undefined) {
            const name = actionName(step.uses).toLowerCase();
            if (scope.privileged && /^(actions\/download-artifact|dawidd6\/action-download-artifact)$/.test(name))
                untrustedFiles ??= `artifacts downloaded by ${step.label}`;
            if (scope.privileged && name === 'actions/checkout' && headCheckout(y, step))
                untrustedFiles ??= "the pull request's files";
            // An action given attacker text may hand it on in its outputs.
            const withTaint = y.entries(y.get(step.node, 'with')).map(([, v]) => textTaint(y.str(v), taint)).find((c) => c);
            if (step.id && withTaint)
                outer.steps.set(step.id, withTaint);
        }
        const sink = step.uses !== undefined ? SCRIPT_INPUTS[actionName(step.uses).toLowerCase()] : undefined;
        if (sink) {
            const scriptNode = y.get(y.get(step.node, 'with'), sink.input);
            const script = y.str(scriptNode);
            if (script === undefined)
                continue;
            for (const e of expressions(script)) {
                const context = untrustedContext(e.text, taint);
                if (context) {
                    out.findings.push({
                        rule: 'script-injection',
                        line: y.lineIn(scriptNode, e.at, e.text),
                        message: `${e.text} in ${actionName(step.uses)}'s ${sink.input}: ${context} is attacker-controlled text pasted into ${sink.language}; ${sink.fix}`,
                    });
                }
            }
        }
    }
}
function usesRule(y, uses, node, opts, out) {
    const state = pinState(uses, opts.trusted);
    const line = y.line(node);
    out.uses.push({ uses, line, state });
    if (state !== 'unpinned')
        return;
    out.findings.push({ rule: uses.startsWith('docker://') ? 'unpinned-image' : 'unpinned-action', line, message: unpinnedMessage(uses) });
}
/** The checkout's `ref` or `repository` naming the pull request's (or triggering run's) head. */
function headCheckout(y, step) {
    const withNode = y.get(step.node, 'with');
    let found;
    for (const key of ['repository', 'ref']) {
        const value = y.str(y.get(withNode, key));
        if (value && UNTRUSTED_REF.some((re) => re.test(value)))
            found = { line: y.line(y.get(withNode, key)), what: `${key}: ${value}` };
    }
    return found;
}
/** The workspace path of a local reusable workflow a job calls (`./\u2026` or `$/\u2026`). */
function localCallee(uses) {
    return uses && isLocal(uses) ? { callee: uses.slice(2).replace(/@.*$/, '') } : {};
}
/**
 * permissions-missing, per workflow file: no top-level permissions, and jobs without their own,
 * leaving out jobs that call a local reusable workflow which declares its permissions.
 */
function missingPermissions(files) {
    const out = new Map();
    for (const [path, analysis] of files) {
        const bare = (analysis.permissions?.bare ?? []).filter((j) => !(j.callee && files.get(j.callee)?.permissions?.declares));
        if (bare.length === 0)
            continue;
        const names = bare.map((j) => j.id);
        out.set(path, {
            rule: 'permissions-missing',
            line: bare[0].line,
            message: `no top-level permissions, and ${names.length === 1 ? `job ${names[0]} sets` : `jobs ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''} set`} none: the token gets the repository's default permissions; add permissions: {} or contents: read at the top`,
        });
    }
    return out;
}
/** Whether anything in a job may use a write scope of the token (so it cannot be called unneeded). */
function mayUseScope(y, scope, job, steps, workflowEnv) {
    if (y.get(job, 'uses') !== undefined)
        return true; // a reusable workflow: its jobs are elsewhere
    if (steps.some((s) => s.uses !== undefined && (isLocal(s.uses) || !READ_ONLY_ACTIONS.test(actionName(s.uses)))))
        return true; // a local action may do anything
    const mentions = (n) => {
        const v = y.node(n);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(v))
            return TOKEN_REFERENCE.test(String(v.value));
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(v))
            return v.items.some((p) => mentions(p.value));
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(v))
            return v.items.some((i) => mentions(i));
        return false;
    };
    if (mentions(workflowEnv) || mentions(job))
        return true;
    const runs = steps.filter((s) => s.run !== undefined);
    if (scope === 'id-token')
        return runs.length > 0; // OIDC is in every run step's environment
    if (scope === 'contents') {
        // actions/checkout leaves the token in .git/config unless told not to; a script may push.
        const persisted = steps.some((s) => s.uses && /^actions\/checkout$/i.test(actionName(s.uses)) && y.str(y.get(y.get(s.node, 'with'), 'persist-credentials')) !== 'false');
        return persisted && runs.some((s) => GIT_WRITE_WORDS.test(s.run));
    }
    return false;
}
function permissionRules(y, top, triggers, out) {
    const topPerms = y.get(top, 'permissions');
    const jobs = y.entries(y.get(top, 'jobs'));
    const writeAll = (perms, where) => {
        if (y.str(perms) === 'write-all')
            out.findings.push({ rule: 'permissions-write-all', line: y.line(perms), message: `permissions: write-all ${where}: grant only the scopes the jobs need` });
    };
    writeAll(topPerms, 'for the whole workflow');
    // A reusable workflow gets at most what its caller grants; the caller's file is where to set it.
    const reusableOnly = triggers.size > 0 && [...triggers].every((t) => t === 'workflow_call');
    const bare = jobs.filter(([, job]) => y.get(job, 'permissions') === undefined);
    // Decided once every file is read (missingPermissions): a job calling a local reusable workflow
    // gets no more than that workflow declares.
    out.permissions = {
        bare: topPerms === undefined && !reusableOnly ? bare.map(([id, job, line]) => ({ id, line, ...localCallee(y.str(y.get(job, 'uses'))) })) : [],
        declares: topPerms !== undefined || (jobs.length > 0 && bare.length === 0),
    };
    const workflowEnv = y.get(top, 'env');
    // Write scopes, by where they are granted, with the jobs that evidently do not use them.
    const unneeded = new Map();
    for (const [id, job] of jobs) {
        const own = y.get(job, 'permissions');
        writeAll(own, `in job ${id}`);
        const perms = own ?? topPerms;
        const steps = stepsOf(y, y.get(job, 'steps'));
        for (const [scope, value, line] of y.entries(perms)) {
            if (y.str(value) !== 'write' || mayUseScope(y, scope, job, steps, workflowEnv))
                continue;
            const entry = unneeded.get(line) ?? { scope, where: own ? `job ${id}` : 'the top level', jobs: [] };
            entry.jobs.push(id);
            unneeded.set(line, entry);
        }
    }
    for (const [line, u] of unneeded) {
        out.findings.push({
            rule: 'permissions-unneeded-write',
            line,
            message: `${u.scope}: write at ${u.where}, but ${u.jobs.length === 1 ? `job ${u.jobs[0]} uses` : `jobs ${u.jobs.join(', ')} use`} only read-only actions and never pass the token${u.scope === 'contents' ? ' or push' : ''}: make it read`,
        });
    }
}
function triggersOf(y, top) {
    const on = y.get(top, 'on');
    const single = y.str(on);
    if (single !== undefined)
        return new Set([single]);
    const seq = y.items(on).map((i) => y.str(i)).filter((s) => !!s);
    if (seq.length)
        return new Set(seq);
    return new Set(y.entries(on).map(([k]) => k));
}
/** A job or step condition that admits only pull requests a maintainer labelled. */
const LABEL_GATE = /github\.event\.pull_request\.labels\b|github\.event\.label\.name\b/;
/** Actions that restore a cache, and the setup-* inputs that make them do so. */
function restoresCache(y, step) {
    if (step.uses === undefined || isLocal(step.uses))
        return undefined;
    const name = actionName(step.uses).toLowerCase();
    const withNode = y.get(step.node, 'with');
    const input = (key) => y.str(y.get(withNode, key));
    if (name === 'actions/cache' || name === 'actions/cache/restore')
        return step.uses;
    if (name === 'swatinem/rust-cache' && input('lookup-only') !== 'true')
        return step.uses;
    if (name === 'mozilla-actions/sccache-action')
        return step.uses;
    if (/^actions\/setup-[a-z0-9-]+$/.test(name)) {
        const cache = input('cache');
        if (cache !== undefined && !/^(false|)$/i.test(cache))
            return `${step.uses} with cache: ${cache}`;
        // setup-go caches by default from v4 on (a commit SHA may be any version: counted as a default).
        const major = /@v(\d+)/.exec(step.uses)?.[1];
        if (name === 'actions/setup-go' && cache === undefined && (major === undefined || Number(major) >= 4))
            return `${step.uses} (caches by default)`;
    }
    if (name === 'ruby/setup-ruby' && input('bundler-cache') === 'true')
        return `${step.uses} with bundler-cache: true`;
    if (name === 'astral-sh/setup-uv' && input('enable-cache') === 'true')
        return `${step.uses} with enable-cache: true`;
    if (name === 'docker/build-push-action' && /type=gha/.test(input('cache-from') ?? ''))
        return `${step.uses} with cache-from: type=gha`;
    return undefined;
}
const PUBLISH_RUN = /\b(npm|pnpm|yarn(\s+npm)?)\s+publish\b|\btwine\s+upload\b|\bcargo\s+publish\b|\bgh\s+release\s+(create|upload)\b|\bdocker\s+(image\s+)?push\b|\bgoreleaser\s+release\b|\b(poetry|uv|flit|hatch)\s+publish\b|\bgem\s+push\b|\bmvn\b.*\bdeploy\b|\bgradlew?\b.*\bpublish\b|\bvsce\s+publish\b/;
const PUBLISH_ACTION = /^(pypa\/gh-action-pypi-publish|softprops\/action-gh-release|goreleaser\/goreleaser-action|js-devtools\/npm-publish|ncipollo\/release-action|actions\/create-release|svenstaro\/upload-release-action|changesets\/action)$/;
/** The step of a job that publishes or releases, if one does. */
function publishes(y, steps) {
    return steps.find((s) => {
        // A dry run (cargo publish --dry-run, npm publish --dry-run) publishes nothing.
        if (s.run !== undefined)
            return logicalLines(s.run).some(({ line }) => PUBLISH_RUN.test(line) && !/\s--dry-run\b/.test(line));
        if (s.uses === undefined)
            return false;
        const name = actionName(s.uses).toLowerCase();
        if (name === 'docker/build-push-action')
            return y.str(y.get(y.get(s.node, 'with'), 'push')) === 'true';
        return PUBLISH_ACTION.test(name);
    });
}
/** Whether a workflow runs only to release: on `release`, or on pushes of tags alone. */
function releaseTrigger(y, top, triggers) {
    if (triggers.has('release'))
        return 'release';
    const push = y.get(y.get(top, 'on'), 'push');
    if (y.get(push, 'tags') !== undefined && y.get(push, 'branches') === undefined)
        return 'pushed tags';
    return undefined;
}
/** An upload-artifact path that takes in the checkout's .git folder (and the token in .git/config). */
function uploadsGitFolder(y, step) {
    if (!step.uses || !/^actions\/upload-artifact$/i.test(actionName(step.uses)))
        return undefined;
    const withNode = y.get(step.node, 'with');
    const paths = (y.str(y.get(withNode, 'path')) ?? '').split('\n').map((p) => p.trim()).filter((p) => p && !p.startsWith('!'));
    // upload-artifact v4.4+ leaves hidden files out unless include-hidden-files is set; .git is hidden.
    const hidden = y.str(y.get(withNode, 'include-hidden-files')) === 'true';
    const major = /@v(\d+)(?:\.(\d+))?/.exec(step.uses);
    const old = major !== null && (Number(major[1]) < 4 || (Number(major[1]) === 4 && major[2] !== undefined && Number(major[2]) < 4));
    const root = paths.find((p) => /^(\.\/?|\*\*?(\/\*)?|\.\/\*\*?|\$\{\{\s*github\.workspace\s*\}\}\/?)$/.test(p));
    const git = paths.find((p) => /(^|\/)\.git(\/|$)/.test(p));
    if (git)
        return git;
    if (root && (hidden || old))
        return root;
    return undefined;
}
/**
 * The rules over a workflow's jobs: dangerous-trigger, persisted-credentials, cache-poisoning,
 * unpinned-image (container, services), secrets-inherit.
 */
function jobRules(y, top, triggers, out) {
    const privileged = ['pull_request_target', 'workflow_run'].find((t) => triggers.has(t));
    const release = releaseTrigger(y, top, triggers);
    for (const [id, job] of y.entries(y.get(top, 'jobs'))) {
        const steps = stepsOf(y, y.get(job, 'steps'));
        imageRules(y, job, out);
        const secrets = y.get(job, 'secrets');
        if (y.get(job, 'uses') !== undefined && y.str(secrets) === 'inherit') {
            out.findings.push({ rule: 'secrets-inherit', line: y.line(secrets), message: `job ${id} passes every secret of the repository to ${y.str(y.get(job, 'uses'))}: name only the ones it needs (secrets: { NPM_TOKEN: \${{ secrets.NPM_TOKEN }} })` });
        }
        // cache-poisoning: a restored cache feeds what is published.
        const publisher = publishes(y, steps);
        if (release || publisher) {
            for (const step of steps) {
                const cache = restoresCache(y, step);
                if (!cache)
                    continue;
                const why = release ? `this workflow runs on ${release}` : `job ${id} publishes (${publisher.label}, line ${publisher.line})`;
                out.findings.push({ rule: 'cache-poisoning', line: step.line, message: `${cache} restores a cache, and ${why}: a cache written by any run on the default branch ends up in the release; do not restore caches in release jobs` });
            }
        }
        // Checkouts that leave the token in .git/config, and what later reads it.
        const persisted = steps.filter((s) => s.uses && /^actions\/checkout$/i.test(actionName(s.uses)) && y.str(y.get(y.get(s.node, 'with'), 'persist-credentials')) !== 'false');
        for (const checkout of persisted) {
            const upload = steps.slice(steps.indexOf(checkout) + 1).find((s) => uploadsGitFolder(y, s));
            if (upload) {
                out.findings.push({ rule: 'persisted-credentials', line: checkout.line, message: `actions/checkout leaves the token in .git/config, and ${upload.label} (line ${upload.line}) uploads ${uploadsGitFolder(y, upload)} with it as an artifact anyone who can read the run can download: set persist-credentials: false` });
            }
        }
        if (!privileged)
            continue;
        const jobIf = y.str(y.get(job, 'if')) ?? '';
        if (SAME_REPO_GUARD.test(jobIf))
            continue;
        let checkout;
        for (const step of steps) {
            const stepIf = y.str(y.get(step.node, 'if')) ?? '';
            if (SAME_REPO_GUARD.test(stepIf))
                continue;
            if (checkout) {
                const cache = restoresCache(y, step);
                const inert = step.uses !== undefined && !isLocal(step.uses) && READ_ONLY_ACTIONS.test(actionName(step.uses)) && !cache;
                if (inert)
                    continue;
                const what = cache ? `saves a cache of it (${step.label}, line ${step.line}) that later runs on the base branch restore` : `runs it (${step.label}, line ${step.line})`;
                out.findings.push({
                    rule: 'dangerous-trigger',
                    line: checkout.line,
                    message: `on ${privileged}, job ${id} checks out the pull request's code (${checkout.what}) and then ${what} with the base repository's secrets and token${checkout.gate ? `; ${checkout.gate}, so it is reported as a note: keep that gate` : ''}`,
                    ...(checkout.gate ? { severity: 'note' } : {}),
                });
                if (checkout.step.uses && y.str(y.get(y.get(checkout.step.node, 'with'), 'persist-credentials')) !== 'false') {
                    out.findings.push({ rule: 'persisted-credentials', line: checkout.step.line, message: `actions/checkout leaves the token in .git/config, where the pull request's code run after it (line ${step.line}) can read it: set persist-credentials: false` });
                }
                break;
            }
            const gate = y.get(job, 'environment') !== undefined ? `job ${id} runs in environment ${y.str(y.get(job, 'environment')) ?? y.str(y.get(y.get(job, 'environment'), 'name')) ?? ''} (safe if it requires reviewers)` : LABEL_GATE.test(jobIf) || LABEL_GATE.test(stepIf) ? 'it runs only on pull requests a maintainer labelled' : undefined;
            if (step.uses && /^actions\/checkout$/i.test(actionName(step.uses))) {
                const head = headCheckout(y, step);
                if (head)
                    checkout = { ...head, step, ...(gate ? { gate } : {}) };
            }
            else if (step.run && RUN_CHECKOUT.test(step.run)) {
                const m = RUN_CHECKOUT.exec(step.run);
                checkout = { line: y.lineIn(step.runNode, m.index, m[0]), what: m[0], step, ...(gate ? { gate } : {}) };
            }
        }
    }
}
/** unpinned-image: a job's container and service images without a digest. */
function imageRules(y, job, out) {
    const check = (node, where) => {
        const imageNode = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node) ? y.get(node, 'image') : node;
        const image = y.str(imageNode);
        if (!image || image.includes('${{') || /@sha256:[0-9a-f]{64}$/i.test(image))
            return;
        out.findings.push({ rule: 'unpinned-image', line: y.line(imageNode), message: `${where} image ${image} is not pinned to a digest: a tag can be moved under you; use ${image.replace(/:[^:/]+$/, '')}@sha256:<digest>` });
    };
    check(y.get(job, 'container'), 'the container');
    for (const [name, service] of y.entries(y.get(job, 'services')))
        check(service, `service ${name}'s`);
}
/** `# readiness: ignore[rule, \u2026] reason` comments, by line. */
const SUPPRESSION = /#\s*readiness:\s*ignore\[([^\]]*)\]\s*(.*)$/;
/**
 * The file's suppressions with a reason; each one without a reason is a finding itself and
 * suppresses nothing, so a rule cannot be switched off silently.
 */
function suppressionsOf(text, out) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const m = SUPPRESSION.exec(lines[i]);
        if (!m)
            continue;
        const rules = m[1].split(',').map((r) => r.trim()).filter(Boolean);
        const reason = m[2].trim();
        if (!reason) {
            out.findings.push({ rule: 'suppression-without-reason', line: i + 1, message: `readiness: ignore[${rules.join(', ')}] gives no reason, so it suppresses nothing: say why after the brackets` });
            continue;
        }
        out.suppressions.push({ line: i + 1, coversNext: /^\s*#/.test(lines[i]), rules, reason });
    }
}
/** Splits findings into the live ones and those a suppression on their line or the line above covers. */
function applySuppressions(findings, suppressions) {
    const live = [];
    const suppressed = [];
    for (const f of findings) {
        const s = f.rule === 'suppression-without-reason' ? undefined : suppressions.find((x) => (x.line === f.line || (x.coversNext && x.line === f.line - 1)) && x.rules.includes(f.rule));
        if (s)
            suppressed.push({ ...f, reason: s.reason });
        else
            live.push(f);
    }
    return { live, suppressed };
}
/** Parses one file and applies every rule; `kind` says whether it is a workflow or an action.yml. */
function analyzeFile(text, kind, opts) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false });
    const out = { findings: [], uses: [], suppressions: [], suppressed: [] };
    const problem = doc.errors[0];
    if (problem) {
        out.error = { line: problem.pos ? lines.linePos(problem.pos[0]).line : 1, message: problem.message.split('\n')[0] };
        return out;
    }
    try {
        // The rules walk the document through its aliases: a "billion laughs" of nested aliases would
        // walk millions of nodes. Aliases expand here first, at most MAX_ALIAS_COUNT of them (as for
        // the config), or the file is an error the check names.
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (err) {
        let at = 0;
        (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR)(doc, {
            Alias(_, alias) {
                at = alias.range?.[0] ?? 0;
                return yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR.BREAK;
            },
        });
        out.error = { line: lines.linePos(at).line, message: `invalid YAML: ${err.message.split('\n')[0]}; at most ${MAX_ALIAS_COUNT} aliases are expanded` };
        return out;
    }
    const y = new Parsed(doc, lines, text);
    const top = y.node(doc.contents);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(top)) {
        if (kind === 'action')
            return { ...out, ignored: true };
        out.error = { line: y.line(top), message: 'expected a mapping with "on" and "jobs"' };
        return out;
    }
    if (kind === 'action') {
        const runs = y.get(top, 'runs');
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(runs))
            return { ...out, ignored: true };
        const image = y.str(y.get(runs, 'image'));
        if (image?.startsWith('docker://'))
            usesRule(y, image, y.get(runs, 'image'), opts, out);
        stepRules(y, stepsOf(y, y.get(runs, 'steps')), opts, out, { envs: [] });
    }
    else {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(y.get(top, 'jobs'))) {
            out.error = { line: y.keyLine(top, 'jobs') ?? 1, message: 'expected "jobs" to be a mapping of job ids to jobs' };
            return out;
        }
        const triggers = triggersOf(y, top);
        const privileged = ['pull_request_target', 'workflow_run'].find((t) => triggers.has(t));
        insecureEnvRule(y, y.get(top, 'env'), out);
        for (const [, job] of y.entries(y.get(top, 'jobs'))) {
            insecureEnvRule(y, y.get(job, 'env'), out);
            const reusable = y.get(job, 'uses');
            const uses = y.str(reusable);
            if (uses !== undefined)
                usesRule(y, uses, reusable, opts, out);
            stepRules(y, stepsOf(y, y.get(job, 'steps')), opts, out, { envs: [y.get(top, 'env'), y.get(job, 'env')], ...(privileged ? { privileged } : {}) });
        }
        permissionRules(y, top, triggers, out);
        jobRules(y, top, triggers, out);
    }
    suppressionsOf(text, out);
    const { live, suppressed } = applySuppressions(out.findings, out.suppressions);
    out.findings = live.sort((a, b) => a.line - b.line);
    out.suppressed = suppressed;
    return out;
}


/***/ }),

/***/ 621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  suggestion: () => (/* binding */ main_suggestion)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/config/detect/shared.ts
// What every ecosystem's detection shares: reading manifests safely, walking folders with
// dependency and build output left out, and naming checks per working directory.



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
/** Why a JSON file that exists is not a JSON object (the parser's message, with its position), or undefined. */
function jsonProblem(file) {
    const text = read(file);
    if (text === undefined)
        return undefined;
    try {
        const v = JSON.parse(text);
        return v && typeof v === 'object' && !Array.isArray(v) ? undefined : 'not a JSON object';
    }
    catch (err) {
        const message = err.message;
        // Older Node versions give only an offset: say the line and column too.
        const at = /at position (\d+)/.exec(message);
        if (!at || /line \d+/.test(message))
            return `invalid JSON: ${message}`;
        const before = text.slice(0, Number(at[1]));
        const line = before.split('\n').length;
        return `invalid JSON: ${message} (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
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
function slug(dir) {
    return dir === '.' ? '' : `${dir.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}-`;
}
function wd(dir) {
    return dir === '.' ? {} : { 'working-directory': dir };
}
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

;// CONCATENATED MODULE: ./src/config/detect/builtins.ts
// Built-in scans every repository gets: conflict markers, secrets, files; git and Dockerfile when present.



function hasDockerfile(root) {
    return containsFile(root, (name) => /^(Dockerfile|Containerfile)(\..+)?$|\.Dockerfile$/.test(name));
}
/** The folder or one of its parents holds `.git` (a folder, or a file in a worktree or submodule). */
function insideGitRepository(root) {
    for (let dir = external_node_path_default().resolve(root);; dir = external_node_path_default().dirname(dir)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, '.git')))
            return true;
        if (external_node_path_default().dirname(dir) === dir)
            return false;
    }
}
function detectBuiltins(root, reasons) {
    const out = [
        { id: 'conflict-markers', comment: 'always: unresolved merge conflicts', check: { category: 'hygiene', builtin: 'conflict-markers', required: true } },
        { id: 'secrets', comment: 'always: committed credentials', check: { category: 'security', builtin: 'secrets', required: true } },
        { id: 'files', comment: 'always: README, LICENSE, SECURITY.md, CONTRIBUTING, CHANGELOG, CODEOWNERS, CI, .gitignore', check: { category: 'docs', builtin: 'files' } },
    ];
    const git = insideGitRepository(root);
    if (git)
        out.push({ id: 'git', comment: 'a git repository: history and hygiene', check: { category: 'hygiene', builtin: 'git' } });
    const docker = hasDockerfile(root);
    if (docker)
        out.push({ id: 'dockerfile', comment: 'a Dockerfile is present', check: { category: 'security', builtin: 'dockerfile' } });
    const workflows = (0,external_node_fs_.existsSync)(external_node_path_default().join(root, '.github', 'workflows'));
    if (workflows)
        out.push({ id: 'workflows', comment: '.github/workflows exists: action pinning, token permissions, dangerous triggers, script injection', check: { category: 'security', builtin: 'workflows' } });
    reasons.push(`Always: built-in scans (conflict markers, secrets, files${git ? ', git' : ''}${docker ? ', Dockerfile' : ''}${workflows ? ', workflows' : ''})`);
    return out.map((c) => ({ origin: 'built-in', ...c }));
}

;// CONCATENATED MODULE: ./src/config/detect/ci-workflows.ts
// The project's own CI, as zero config reads it: the `run:` steps of the jobs that run on push or
// pull_request, each with its file and line, its job, its working directory and a matrix's first
// entry put in. Steps the scorecard must not run here are kept with the reason, so the summary
// can say what was left out and why.




const WORKFLOWS = '.github/workflows';
/** Workflow files beyond this size are not read for steps (the workflows check reports them). */
const MAX_BYTES = 1024 * 1024;
/** Every `run:` step of the push and pull_request jobs, in file, job and step order. */
function ciSteps(root) {
    let files;
    try {
        files = (0,external_node_fs_.readdirSync)(external_node_path_default().join(root, WORKFLOWS)).filter((f) => /\.ya?ml$/i.test(f)).sort();
    }
    catch {
        return [];
    }
    return files.flatMap((f) => stepsOf(`${WORKFLOWS}/${f}`, read(external_node_path_default().join(root, WORKFLOWS, f))));
}
function triggers(on) {
    if (typeof on === 'string')
        return [on];
    if (Array.isArray(on))
        return on.filter((x) => typeof x === 'string');
    if (on && typeof on === 'object')
        return Object.keys(on);
    return [];
}
/** The first value of each matrix key (`include` adds keys only when the matrix has none). */
function firstMatrixEntry(matrix) {
    if (!matrix || typeof matrix !== 'object' || Array.isArray(matrix))
        return undefined;
    const out = {};
    for (const [key, value] of Object.entries(matrix)) {
        if (key === 'include' || key === 'exclude')
            continue;
        if (Array.isArray(value) && value.length > 0)
            out[key] = value[0];
    }
    const include = matrix.include;
    if (Object.keys(out).length === 0 && Array.isArray(include) && include[0] && typeof include[0] === 'object')
        Object.assign(out, include[0]);
    return out;
}
const OTHER_OS = /\b(windows|macos|mac-os|osx)\b/i;
/** `${{ matrix.node }}` from the matrix's first entry; other expressions are left for the caller to refuse. */
function withMatrix(text, matrix) {
    return text.replace(/\$\{\{\s*matrix\.([\w-]+(?:\.[\w-]+)*)\s*\}\}/g, (whole, key) => {
        let value = matrix;
        for (const part of key.split('.'))
            value = value && typeof value === 'object' ? value[part] : undefined;
        return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : whole;
    });
}
function stepsOf(file, text) {
    if (text === undefined || text.length > MAX_BYTES)
        return [];
    const lines = new dist/* LineCounter */.HN();
    // Aliases are capped: a workflow of nested aliases must not cost more than its size.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents))
        return [];
    let js;
    try {
        js = doc.toJS({ maxAliasCount: 100 });
    }
    catch {
        return [];
    }
    const root = doc.contents;
    const on = triggers(js.on);
    // A push restricted to tags is a release, not the checks of a commit.
    const push = js.on && typeof js.on === 'object' && !Array.isArray(js.on) ? js.on.push : undefined;
    const tagsOnly = !!push && typeof push === 'object' && ('tags' in push || 'tags-ignore' in push) && !('branches' in push) && !('branches-ignore' in push) && !('paths' in push);
    if (!(on.includes('push') && !tagsOnly) && !on.includes('pull_request'))
        return [];
    const workflowEnv = js.env;
    const workflowDefaults = (js.defaults?.run ?? {})['working-directory'];
    const jobs = root.get('jobs', true);
    const jobsJs = (js.jobs ?? {});
    if (!(0,dist/* isMap */.jh)(jobs))
        return [];
    const out = [];
    for (const pair of jobs.items) {
        const jobId = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
        const job = pair.value;
        if (!(0,dist/* isMap */.jh)(job))
            continue;
        const jobJson = jobsJs[jobId] ?? {};
        const matrix = firstMatrixEntry(jobJson.strategy?.matrix);
        const runsOn = withMatrix(JSON.stringify(jobJson['runs-on'] ?? ''), matrix);
        const jobSkip = typeof jobJson.uses === 'string'
            ? undefined
            : OTHER_OS.test(runsOn)
                ? `the job runs on ${runsOn.replace(/["[\]]/g, '')}`
                : jobJson.container
                    ? 'the job runs in a container'
                    : jobJson.services
                        ? `the job needs services (${Object.keys(jobJson.services).join(', ')})`
                        : /\$\{\{\s*secrets\./.test(JSON.stringify([workflowEnv ?? {}, jobJson.env ?? {}]))
                            ? 'the job needs secrets'
                            : undefined;
        const jobDir = (jobJson.defaults?.run ?? {})['working-directory'] ?? workflowDefaults;
        const stepsJs = Array.isArray(jobJson.steps) ? jobJson.steps : [];
        if (typeof jobJson.uses === 'string') {
            const line = lines.linePos(job.get('uses', true) && (0,dist/* isScalar */.jn)(job.get('uses', true)) ? (job.get('uses', true).range?.[0] ?? 0) : 0).line;
            out.push({ origin: `${file}:${line} (job ${jobId})`, file, line, job: jobId, run: `uses: ${jobJson.uses}`, workingDirectory: '.', skip: 'a reusable workflow: its steps are not read' });
            continue;
        }
        const steps = job.get('steps', true);
        if (!(0,dist/* isSeq */.oP)(steps))
            continue;
        for (const [index, step] of steps.items.entries()) {
            if (!(0,dist/* isMap */.jh)(step))
                continue;
            const runNode = step.get('run', true);
            if (!(0,dist/* isScalar */.jn)(runNode) || typeof runNode.value !== 'string')
                continue;
            const line = lines.linePos(runNode.range?.[0] ?? 0).line;
            const stepJson = stepsJs[index] ?? {};
            const dir = stepJson['working-directory'] ?? jobDir ?? '.';
            const run = withMatrix(runNode.value, matrix);
            const shell = typeof stepJson.shell === 'string' ? stepJson.shell : '';
            const skip = jobSkip ??
                (/\$\{\{\s*secrets\./.test(JSON.stringify([run, stepJson.env ?? {}, stepJson.with ?? {}]))
                    ? 'the step needs secrets'
                    : shell && !/^(bash|sh)\b/.test(shell)
                        ? `the step runs in ${shell}`
                        : /\$\{\{/.test(run)
                            ? `the step uses a workflow expression (${(/\$\{\{.*?\}\}/s.exec(run)?.[0] ?? '${{ \u2026 }}').slice(0, 80)}) the scorecard does not evaluate`
                            : /\$\{\{/.test(dir)
                                ? 'the working directory is a workflow expression'
                                : undefined);
            out.push({
                origin: `${file}:${line} (job ${jobId})`,
                file,
                line,
                job: jobId,
                run,
                workingDirectory: normalizeDir(withMatrix(dir, matrix)),
                ...(skip ? { skip } : {}),
            });
        }
    }
    return out;
}
function normalizeDir(dir) {
    const d = external_node_path_default().posix.normalize(dir.replace(/^\$\{\{\s*github\.workspace\s*\}\}\/?/, '').replace(/^\.\/?/, '') || '.');
    return d === '' || d === './' ? '.' : d.replace(/\/$/, '');
}

// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(6591);
;// CONCATENATED MODULE: ./src/config/detect/shell.ts
// Shell command lines as zero config reads them: a list of simple commands joined by `&&`, `||`
// or `;`, each with its leading VAR=value assignments and its words, quotes removed. Tokenised by
// shell-quote (a real shell lexer: quotes, escapes, operators, comments); what a list of words
// cannot hold (pipes, redirections, command substitution, subshells) is kept as the reason the
// command runs as it is, never guessed at.

// Variables stay variables: shell-quote substitutes through this, and render() turns them back.
const VAR_OPEN = '\u0001';
const VAR_CLOSE = '\u0002';
const keepVariable = (name) => `${VAR_OPEN}${name}${VAR_CLOSE}`;
/** Marks an unquoted pattern (`test/*.js`): the shell expands it, so it is rendered unquoted. */
const GLOB = '\u0003';
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;
function opOf(token) {
    return typeof token === 'object' && token !== null && 'op' in token ? token.op : undefined;
}
/**
 * Split a command line (a script, or a `run:` step of several lines) into simple commands.
 * Newlines end commands as `;` does; a backslash before a newline continues the line.
 */
function parseCommandLine(text) {
    const out = [];
    // Compound commands and here-documents span lines: the whole text is then one command.
    const compound = /(?:^|[;&|]\s*|\n\s*)(if|for|while|until|case|function|select)\s|<<-?\s*['"]?\w|(?:^|\n)\s*\w+\s*\(\)\s*\{/.exec(text);
    if (compound) {
        const words = (0,shell_quote.parse)(text.split('\n')[0].replace(/\$\{\{[^}]*\}\}/g, ''), keepVariable).filter((t) => typeof t === 'string');
        return [{ joiner: null, command: { ...toCommand(compound.index === 0 ? [] : words), text: text.trim(), complex: compound[1] ? `a compound command (${compound[1]})` : 'a here-document or a shell function' } }];
    }
    // Lines are parsed one by one (shell-quote reads a newline as a space); a continued line is joined.
    const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
    for (const line of lines) {
        if (!line.trim())
            continue;
        let tokens;
        try {
            tokens = (0,shell_quote.parse)(line, keepVariable);
        }
        catch (error) {
            // `${{ \u2026 }}` and other forms shell-quote refuses: one command, run as written.
            out.push({ joiner: out.length ? ';' : null, command: { env: [], argv: [], text: line.trim(), complex: `the shell line could not be read (${error.message})` } });
            continue;
        }
        const joinerBefore = out.length ? ';' : null;
        const reason = complexity(tokens);
        if (reason) {
            // Not a plain list: the whole line is one command, run as written; its first words still
            // say what it is (`npm test 2>&1 | tee log` is a test run).
            const first = tokens.findIndex((t) => typeof t !== 'string');
            const words = tokens.slice(0, first < 0 ? undefined : first).filter((t) => typeof t === 'string');
            // `cmd 2>&1`: the 2 is the redirection's, not an argument.
            if (first > 0 && /^\d$/.test(words.at(-1) ?? ''))
                words.pop();
            out.push({ joiner: joinerBefore, command: { ...toCommand(words), text: line.trim(), complex: reason } });
            continue;
        }
        let joiner = joinerBefore;
        let words = [];
        const flush = (next) => {
            if (words.length > 0) {
                const command = toCommand(words);
                out.push({ joiner, command: { ...command, text: render(command) } });
            }
            words = [];
            joiner = next;
        };
        for (const token of tokens) {
            if (typeof token === 'string')
                words.push(token);
            else if ('comment' in token)
                break;
            else if (opOf(token) === 'glob')
                words.push(GLOB + token.pattern);
            else
                flush(opOf(token));
        }
        flush(null);
    }
    return out;
}
/** What makes a line more than commands joined by `&&`, `||` and `;`, if anything. */
function complexity(tokens) {
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (typeof token === 'string')
            continue;
        if ('comment' in token)
            return undefined;
        const op = opOf(token);
        if (op === '&&' || op === '||' || op === ';' || op === 'glob')
            continue;
        if (op === '|' || op === '|&')
            return 'a pipe';
        if (op === '&')
            return 'a command in the background';
        if (op === '(' || op === ')')
            return typeof tokens[i - 1] === 'string' && tokens[i - 1].endsWith(keepVariable('')) ? 'a command substitution' : 'a subshell';
        return `a redirection (${op})`;
    }
    return undefined;
}
function toCommand(words) {
    const env = [];
    let i = 0;
    if (words[0] === 'cross-env' || words[0] === 'env')
        i = 1;
    for (; i < words.length; i++) {
        const m = ASSIGNMENT.exec(words[i]);
        if (!m)
            break;
        env.push([m[1], m[2]]);
    }
    // `cross-env` may also come after assignments or be spelled via npx; the words after it are the command.
    return { env, argv: words.slice(i), text: '' };
}
/** A word for sh: quoted where needed, with kept variables expanded by the shell as they were. */
function renderWord(word) {
    if (word.startsWith(GLOB))
        return word.slice(1).replace(/[^\w@%+=:,./*?[\]{}!-]/g, '\\$&');
    if (!word.includes(VAR_OPEN))
        return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
    // "\u2026$VAR\u2026" in double quotes: the variable expands, the rest stays literal.
    const parts = word.split(new RegExp(`${VAR_OPEN}([^${VAR_CLOSE}]*)${VAR_CLOSE}`));
    let out = '"';
    parts.forEach((part, i) => {
        out += i % 2 === 1 ? `\${${part}}` : part.replace(/(["\\$`])/g, '\\$1');
    });
    return `${out}"`;
}
/** A simple command as one line for sh. */
function render(command) {
    return [...command.env.map(([k, v]) => `${k}=${renderWord(v)}`), ...command.argv.map(renderWord)].join(' ');
}
/** A list back as one line: its commands (each already rendered) with their joiners. */
function renderList(items) {
    return items.map((item, i) => (i === 0 ? item.text : `${item.joiner === ';' ? ';' : ` ${item.joiner}`} ${item.text}`)).join('');
}
/** A word as the command receives it after the shell: a pattern's marker taken off. */
function plainWord(word) {
    return word.startsWith(GLOB) ? word.slice(1) : word;
}
/** Whether a word is a kept variable reference (`$HOME/x`): its value is not known to detection. */
function hasVariable(word) {
    return word.includes(VAR_OPEN);
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/config/detect/python-ini.ts
// The INI dialect Python's configparser reads, as tox.ini, setup.cfg, .coveragerc, pytest.ini and
// mypy.ini are read by their tools: `key = value` or `key: value`, values continued on indented
// lines (tox commands, addopts over several lines), full-line `#`/`;` comments, keys case-folded.
// The npm `ini` package has no continuation lines, so a tox `commands =` block would read as keys.
function parseIni(text) {
    const sections = new Map();
    let section;
    let key;
    for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
        const line = raw.replace(/\s+$/, '');
        const indented = /^\s/.test(raw);
        if (/^\s*[#;]/.test(line))
            continue;
        if (line === '') {
            // Kept inside a value when an indented line follows; trailing ones are dropped below.
            if (section && key !== undefined)
                section.set(key, `${section.get(key)}\n`);
            continue;
        }
        // An indented line continues the value above it.
        if (indented && section && key !== undefined) {
            section.set(key, `${section.get(key)}\n${line.trim()}`);
            continue;
        }
        const header = /^\[([^\]]+)\]/.exec(line);
        if (header) {
            const name = header[1].trim();
            section = sections.get(name) ?? new Map();
            sections.set(name, section);
            key = undefined;
            continue;
        }
        // Before any section, or a line that is no `key = value`: configparser would refuse the file;
        // detection reads what it can and leaves the tool to say what is wrong.
        const pair = /^\s*([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(line);
        if (!section || !pair) {
            key = undefined;
            continue;
        }
        key = pair[1].toLowerCase();
        section.set(key, pair[2]);
    }
    // Trailing empty lines of a value are not part of it.
    for (const s of sections.values())
        for (const [k, v] of s)
            s.set(k, v.replace(/\n+$/, ''));
    return sections;
}
/** A value's lines, without empty ones. */
function iniLines(value) {
    return (value ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

;// CONCATENATED MODULE: ./src/config/detect/python-project.ts
// What a Python project says about itself, read once for detection: pyproject.toml (as TOML),
// setup.cfg and tox.ini (as configparser reads them), the commands its tox environments and nox
// sessions run, its dependencies and its pre-commit hooks. Only reading; nothing is run.







function isTable(v) {
    return !!v && typeof v === 'object' && !Array.isArray(v);
}
/** The value at a dotted path of tables (`tool.pytest.ini_options`), or undefined. */
function tomlAt(doc, keys) {
    let v = doc;
    for (const k of keys) {
        if (!isTable(v))
            return undefined;
        v = v[k];
    }
    return v;
}
function readToml(root, file, problems) {
    const text = read(external_node_path_default().join(root, file));
    if (text === undefined)
        return undefined;
    try {
        return (0,smol_toml_dist/* parse */.qg)(text);
    }
    catch (err) {
        const where = err instanceof smol_toml_dist/* TomlError */.zx ? ` (line ${err.line}, column ${err.column})` : '';
        problems.push(`${file} is not valid TOML${where}: ${err.message.split('\n')[0]}`);
        return undefined;
    }
}
/** tox's substitutions that matter for arguments; `{posargs}` and `{env:X}` give their default or nothing. */
function substituteTox(line) {
    return line
        .replace(/\{posargs(?::([^}]*))?\}|\[\]/g, (_m, dflt) => dflt ?? '')
        .replace(/\{env:[A-Za-z_][A-Za-z0-9_]*(?::([^}]*))?\}/g, (_m, dflt) => dflt ?? '')
        .replace(/\{(toxinidir|tox_root)\}/g, '.')
        .replace(/\{(envpython|env_python)\}/g, 'python')
        .replace(/\{(envbindir|env_bin_dir)\}\//g, '')
        // `--cov={envsitepackagesdir}/pkg` measures the installed package: by its name from here.
        .replace(/\{(envsitepackagesdir|env_site_packages_dir)\}\/?/g, '');
}
/** Arguments of one command line, as a POSIX shell splits them (tox uses shlex); operators end it. */
function splitCommand(line) {
    let tokens;
    try {
        tokens = (0,shell_quote.parse)(line, (name) => `$${name}`);
    }
    catch {
        // A substitution the parser refuses (`${x`): the words as they are, which at worst match nothing.
        return line.split(/\s+/).filter((w) => w !== '');
    }
    const argv = [];
    for (const token of tokens) {
        if (typeof token === 'string')
            argv.push(token);
        else if ('op' in token && token.op === 'glob')
            argv.push(token.pattern);
        else
            break;
    }
    return argv;
}
function toxIniCommands(tox, label) {
    const out = [];
    const envs = [...tox.keys()].filter((s) => s === 'testenv' || s.startsWith('testenv:'));
    for (const env of envs) {
        const joined = (tox.get(env)?.get('commands') ?? '').replace(/\\\n/g, ' ');
        for (let line of iniLines(joined)) {
            // A factor condition (`py312: pytest \u2026`), then `-` (errors ignored) or `!` (exit code inverted).
            line = line.replace(/^[A-Za-z0-9_.,!-]+:\s+/, '').replace(/^[-!]\s*/, '');
            const argv = splitCommand(substituteTox(line));
            if (argv.length)
                out.push({ argv, origin: `${label} [${env}] commands` });
        }
    }
    return out;
}
/** tox 4's TOML form: `env_run_base.commands` and `env.<name>.commands`, lists of argument lists. */
function toxTomlCommands(tox, label) {
    const out = [];
    const take = (commands, where) => {
        if (!Array.isArray(commands))
            return;
        for (const c of commands) {
            if (!Array.isArray(c))
                continue;
            const argv = c.filter((a) => typeof a === 'string').map(substituteTox).filter((a) => a !== '');
            if (argv.length)
                out.push({ argv, origin: `${label} ${where}` });
        }
    };
    take(tomlAt(tox, ['env_run_base', 'commands']), '[env_run_base] commands');
    const envs = tomlAt(tox, ['env']);
    if (isTable(envs))
        for (const [name, env] of Object.entries(envs))
            if (isTable(env))
                take(env.commands, `[env.${name}] commands`);
    return out;
}
/** The string literals of a Python call's arguments; f-strings resolve module-level string constants. */
function literals(args, constants) {
    const out = [];
    for (const m of args.matchAll(/([rRuUfF]{0,2})("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|\b([A-Z_][A-Z0-9_]*)\b/g)) {
        if (m[3] !== undefined) {
            const c = constants.get(m[3]);
            if (c !== undefined)
                out.push(c);
            continue;
        }
        let s = m[2].slice(1, -1);
        if (/f/i.test(m[1])) {
            let unresolved = false;
            s = s.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_x, name) => constants.get(name) ?? ((unresolved = true), ''));
            if (unresolved || /[{}]/.test(s.replace(/\{\{|\}\}/g, '')))
                continue;
            s = s.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
        }
        out.push(s);
    }
    return out;
}
/** `session.run("pytest", "--cov=pkg", \u2026)` calls of noxfile.py, with literal arguments only. */
function noxCommands(text) {
    const constants = new Map();
    for (const m of text.matchAll(/^([A-Z_][A-Z0-9_]*)\s*=\s*(["'])([^"'\n]*)\2\s*$/gm))
        constants.set(m[1], m[3]);
    const out = [];
    for (const m of text.matchAll(/\bsession\.run\(/g)) {
        // The call's end: the parenthesis that closes it, strings skipped.
        let depth = 1;
        let i = m.index + m[0].length;
        let quote = '';
        for (; i < text.length && depth > 0; i++) {
            const ch = text[i];
            if (quote) {
                if (ch === '\\')
                    i++;
                else if (ch === quote)
                    quote = '';
            }
            else if (ch === '"' || ch === "'")
                quote = ch;
            else if (ch === '(')
                depth++;
            else if (ch === ')')
                depth--;
        }
        const argv = literals(text.slice(m.index + m[0].length, i - 1), constants);
        if (!argv.length)
            continue;
        const before = text.slice(0, m.index);
        const line = before.split('\n').length;
        const session = [...before.matchAll(/^\s*def\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(/gm)].pop()?.[1];
        out.push({ argv, origin: `noxfile.py:${line}${session ? ` (session ${session})` : ''}` });
    }
    return out;
}
function preCommitHooks(root, problems) {
    const hooks = new Set();
    const file = exists(root, '.pre-commit-config.yaml', '.pre-commit-config.yml');
    const text = file && read(external_node_path_default().join(root, file));
    if (!file || text === undefined)
        return hooks;
    try {
        const doc = (0,dist/* parse */.qg)(text);
        const repos = isTable(doc) && Array.isArray(doc.repos) ? doc.repos : [];
        for (const repo of repos) {
            if (!isTable(repo) || !Array.isArray(repo.hooks))
                continue;
            for (const hook of repo.hooks)
                if (isTable(hook) && typeof hook.id === 'string')
                    hooks.add(hook.id);
        }
    }
    catch (err) {
        problems.push(`${file} is not valid YAML: ${err.message.split('\n')[0]}`);
    }
    return hooks;
}
function readPythonProject(root) {
    const problems = [];
    const pyproject = readToml(root, 'pyproject.toml', problems) ?? {};
    const setupCfg = parseIni(read(external_node_path_default().join(root, 'setup.cfg')) ?? '');
    const toxIni = read(external_node_path_default().join(root, 'tox.ini'));
    const legacy = tomlAt(pyproject, ['tool', 'tox', 'legacy_tox_ini']);
    // tox reads tox.ini first, then setup.cfg's [tox:tox] is not a commands source we follow, then pyproject.
    const [toxText, toxLabel] = toxIni !== undefined ? [toxIni, 'tox.ini'] : typeof legacy === 'string' ? [legacy, 'pyproject.toml [tool.tox] legacy_tox_ini'] : ['', 'tox.ini'];
    const tox = parseIni(toxText);
    const commands = toxIniCommands(tox, toxLabel);
    if (toxIni === undefined && typeof legacy !== 'string') {
        const toxToml = readToml(root, 'tox.toml', problems);
        if (toxToml)
            commands.push(...toxTomlCommands(toxToml, 'tox.toml'));
        else {
            const fromPyproject = tomlAt(pyproject, ['tool', 'tox']);
            if (isTable(fromPyproject))
                commands.push(...toxTomlCommands(fromPyproject, 'pyproject.toml [tool.tox]'));
        }
    }
    const nox = read(external_node_path_default().join(root, 'noxfile.py'));
    if (nox !== undefined)
        commands.push(...noxCommands(nox));
    let names = [];
    try {
        names = (0,external_node_fs_.readdirSync)(root);
    }
    catch {
        // An unreadable root has no requirements files.
    }
    const requirements = names
        .filter((f) => /^requirements.*\.(txt|in)$/.test(f))
        .sort()
        .map((file) => ({ file, text: read(external_node_path_default().join(root, file)) ?? '' }));
    return { root, pyproject, setupCfg, tox, toxLabel, commands, requirements, preCommitHooks: preCommitHooks(root, problems), problems };
}
/** A PEP 508 requirement's distribution name, normalised (`Flake8[extra]>=7` \u2192 `flake8`). */
function requirementName(spec) {
    return /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1]?.toLowerCase().replace(/[._]+/g, '-');
}
/** Every dependency list of pyproject.toml (PEP 621, dependency groups, Poetry, PDM, uv), with where it is. */
function pyprojectDependencies(doc) {
    const out = [];
    const list = (v, where) => {
        if (Array.isArray(v))
            out.push({ names: v.filter((x) => typeof x === 'string').map(requirementName).filter((x) => !!x), where });
    };
    const groups = (v, where) => {
        if (isTable(v))
            for (const [name, deps] of Object.entries(v))
                list(deps, `${where}.${name}`);
    };
    const poetry = (v, where) => {
        if (isTable(v))
            out.push({ names: Object.keys(v).map((k) => k.toLowerCase().replace(/[._]+/g, '-')), where });
    };
    list(tomlAt(doc, ['project', 'dependencies']), 'pyproject.toml [project] dependencies');
    groups(tomlAt(doc, ['project', 'optional-dependencies']), 'pyproject.toml [project.optional-dependencies]');
    groups(tomlAt(doc, ['dependency-groups']), 'pyproject.toml [dependency-groups]');
    list(tomlAt(doc, ['tool', 'uv', 'dev-dependencies']), 'pyproject.toml [tool.uv] dev-dependencies');
    groups(tomlAt(doc, ['tool', 'pdm', 'dev-dependencies']), 'pyproject.toml [tool.pdm.dev-dependencies]');
    poetry(tomlAt(doc, ['tool', 'poetry', 'dependencies']), 'pyproject.toml [tool.poetry.dependencies]');
    poetry(tomlAt(doc, ['tool', 'poetry', 'dev-dependencies']), 'pyproject.toml [tool.poetry.dev-dependencies]');
    const poetryGroups = tomlAt(doc, ['tool', 'poetry', 'group']);
    if (isTable(poetryGroups))
        for (const [name, g] of Object.entries(poetryGroups))
            poetry(tomlAt(g, ['dependencies']), `pyproject.toml [tool.poetry.group.${name}.dependencies]`);
    return out;
}
/**
 * Where the project declares that it uses a tool (distribution name, lower case): a tox or nox
 * command running it, a pre-commit hook, or a dependency list (pyproject.toml, setup.cfg, tox
 * `deps`, requirements files). Undefined when it never does.
 */
function declaredTool(project, tool, hookIds = [tool]) {
    const runs = project.commands.find((c) => {
        const argv = c.argv.filter((a) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(a));
        const program = external_node_path_default().basename(argv[0] ?? '');
        return program === tool || (/^python[\d.]*$/.test(program) && argv[1] === '-m' && argv[2] === tool.replace(/-/g, '_'));
    });
    if (runs)
        return runs.origin;
    if (hookIds.some((id) => project.preCommitHooks.has(id)))
        return '.pre-commit-config.yaml';
    for (const { names, where } of pyprojectDependencies(project.pyproject))
        if (names.includes(tool))
            return where;
    const options = project.setupCfg.get('options');
    const extras = project.setupCfg.get('options.extras_require');
    for (const [label, value] of [
        ['setup.cfg [options] install_requires', options?.get('install_requires')],
        ['setup.cfg [options] tests_require', options?.get('tests_require')],
        ...[...(extras?.entries() ?? [])].map(([k, v]) => [`setup.cfg [options.extras_require] ${k}`, v]),
    ]) {
        if (iniLines(value).some((l) => requirementName(l) === tool))
            return label;
    }
    for (const [env, section] of project.tox) {
        if ((env === 'testenv' || env.startsWith('testenv:')) && iniLines(section.get('deps')).some((l) => requirementName(l) === tool))
            return `${project.toxLabel} [${env}] deps`;
    }
    for (const { file, text } of project.requirements)
        if (text.split(/\r?\n/).some((l) => requirementName(l) === tool))
            return file;
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/detect/resolve.ts
// What a command really runs: `npm run test-ci` is the script test-ci, `tox -e py` the commands
// of [testenv:py], `make test` the target's recipe, `npx jest` jest. Each command is expanded
// into a tree whose leaves are tools, and every level keeps its text as written, so a check can
// instrument the one leaf it reads (the test runner) and run everything else as the project does.




const MAX_DEPTH = 6;
const NPM_TEST = new Set(['test', 't', 'tst']);
/** npm's own commands: `npm X` with X not here and not `run` is not a script. */
const PM_COMMANDS = new Set(['install', 'i', 'ci', 'add', 'remove', 'rm', 'uninstall', 'update', 'up', 'upgrade', 'audit', 'publish', 'pack', 'link', 'exec', 'dlx', 'x', 'config', 'set', 'version', 'why', 'list', 'ls', 'outdated', 'dedupe', 'prune', 'rebuild', 'init', 'create', 'login', 'whoami', 'cache', 'store', 'fetch', 'patch', 'import', 'env', 'node', 'workspaces', 'workspace', 'dlx', 'npm', 'plugin', 'constraints', 'info', 'view', 'help', 'bin', 'root', 'prefix', 'setup', 'recursive', '-r', '--recursive', '--filter', '-F', '-w', '--workspace', '--workspaces', '-ws']);
/** Expand every command of a command line. */
function resolveLine(text, dir, ctx, origin) {
    return expandList(text, dir, ctx, [], 0, origin);
}
function expandList(text, dir, ctx, env, depth, origin, extraArgs = []) {
    const items = parseCommandLine(text);
    const out = [];
    let cwd = dir;
    items.forEach((item, i) => {
        const command = { ...item.command, env: [...env, ...item.command.env] };
        // npm appends `-- args` to the script as a whole, so to its last command.
        if (i === items.length - 1 && extraArgs.length > 0) {
            command.argv = [...command.argv, ...extraArgs];
            command.text = command.complex ? `${command.text} ${extraArgs.join(' ')}` : render(command);
        }
        else if (env.length > 0 && !command.complex) {
            command.text = render(command);
        }
        // `cd sub && npm test`: what follows runs in sub.
        if (command.argv[0] === 'cd' && command.argv.length === 2 && !command.complex) {
            cwd = external_node_path_default().posix.normalize(external_node_path_default().posix.join(cwd, command.argv[1]));
        }
        out.push(expand({ joiner: item.joiner, text: command.text, dir: cwd, command, ...(origin ? { origin } : {}) }, ctx, depth));
    });
    return out;
}
/** One command, expanded when it names a script, a tox env, a make target or runs a tool through a launcher. */
function expand(node, ctx, depth) {
    const { argv, complex } = node.command;
    if (complex || argv.length === 0 || depth >= MAX_DEPTH)
        return { ...node, tool: argv };
    const script = scriptCall(argv);
    if (script) {
        // `pnpm -C pkg test`, `npm --prefix pkg test`, `yarn --cwd pkg test`: the script of that package,
        // run from there (the command itself still runs from the step's folder).
        const dir = script.dir ? external_node_path_default().posix.normalize(external_node_path_default().posix.join(node.dir, script.dir)) : node.dir;
        const pkg = readJson(external_node_path_default().join(ctx.root, dir, 'package.json'));
        const scripts = (pkg?.scripts && typeof pkg.scripts === 'object' ? pkg.scripts : {});
        const body = script.name === undefined ? undefined : scripts[script.name];
        if (typeof body === 'string' && script.name !== undefined) {
            const where = dir === '.' ? 'package.json' : `${dir}/package.json`;
            const children = [];
            // npm and yarn 1 run preX and postX around X; pnpm and berry do not by default.
            // (`npm test --ignore-scripts` runs neither: only the script itself.)
            const prePost = (ctx.pm === 'npm' || ctx.pm === 'yarn' || ctx.pm === undefined) && !argv.includes('--ignore-scripts');
            const pre = scripts[`pre${script.name}`];
            if (prePost && typeof pre === 'string')
                children.push(...expandList(pre, dir, ctx, node.command.env, depth + 1, `${where} scripts.pre${script.name}`));
            const main = expandList(body, dir, ctx, node.command.env, depth + 1, `${where} scripts.${script.name}`, script.args);
            if (children.length > 0 && main[0])
                main[0] = { ...main[0], joiner: '&&' };
            children.push(...main);
            node = { ...node, script: script.name };
            const post = scripts[`post${script.name}`];
            if (prePost && typeof post === 'string') {
                const after = expandList(post, dir, ctx, node.command.env, depth + 1, `${where} scripts.post${script.name}`);
                if (after[0])
                    after[0] = { ...after[0], joiner: '&&' };
                children.push(...after);
            }
            return { ...node, children };
        }
        // `pnpm vitest run`, `yarn eslint .`: not a script, so the package's binary.
        if (script.bin)
            return leaf(node, script.bin);
        return { ...node, tool: argv };
    }
    const wrapped = coverageWrapper(node, ctx, depth);
    if (wrapped)
        return wrapped;
    const launched = launcher(argv);
    if (launched && launched !== argv) {
        // `uv run tox -e lint`, `npx tsc`: what the launcher runs is expanded as if written directly.
        const inner = expand({ ...node, command: { ...node.command, argv: launched } }, ctx, depth + 1);
        return inner.children ? { ...node, children: inner.children } : leaf(node, inner.tool ?? launched);
    }
    if (launched)
        return leaf(node, launched);
    if (argv[0] === 'tox') {
        const commands = toxCommands(ctx.root, node.dir, argv);
        if (commands)
            return { ...node, children: expandList(commands.text, node.dir, ctx, node.command.env, depth + 1, commands.origin) };
    }
    if (argv[0] === 'nox') {
        const commands = resolve_noxCommands(ctx.root, node.dir, argv);
        if (commands)
            return { ...node, children: expandList(commands.text, node.dir, ctx, node.command.env, depth + 1, commands.origin) };
    }
    if (argv[0] === 'make') {
        const recipe = makeRecipe(ctx.root, node.dir, argv);
        if (recipe)
            return { ...node, children: expandList(recipe.text, node.dir, ctx, node.command.env, depth + 1, recipe.origin) };
    }
    return { ...node, tool: argv };
}
/** Words that start the command a coverage wrapper runs (`nyc --reporter=lcov npm test`). */
const WRAPPED_START = new Set(['npm', 'pnpm', 'yarn', 'bun', 'npx', 'node', 'mocha', 'ava', 'tap', 'jest', 'vitest', 'tape', 'uvu']);
/**
 * `nyc [options] npm test` where the script is one command (`mocha test/`): one leaf, the wrapper
 * around that command (`nyc [options] mocha test/`), so the runner inside can be instrumented with
 * the wrapper's own options kept. A wrapped chain stays as written.
 */
function coverageWrapper(node, ctx, depth) {
    const tool = launcher(node.command.argv) ?? node.command.argv;
    if (tool[0] !== 'nyc' && tool[0] !== 'c8')
        return undefined;
    const at = tool.findIndex((w, i) => i > 0 && WRAPPED_START.has(w));
    if (at < 0 || !['npm', 'pnpm', 'yarn', 'bun', 'npx'].includes(tool[at]))
        return undefined;
    const inner = expand({ ...node, command: { env: [], argv: tool.slice(at), text: '' }, joiner: null }, ctx, depth + 1);
    const innerLeaves = leaves(inner);
    if (innerLeaves.length !== 1 || innerLeaves[0].command.complex || !innerLeaves[0].tool)
        return undefined;
    const only = innerLeaves[0];
    const env = [...node.command.env, ...only.command.env];
    return { ...node, command: { ...node.command, env }, tool: [...tool.slice(0, at), ...only.tool], ...(only.origin ? { origin: node.origin ?? only.origin } : {}) };
}
function leaf(node, tool) {
    // `python -m pytest` is pytest; the launcher stays in the text that runs.
    return { ...node, tool: tool[0] === 'python' || tool[0] === 'python3' ? pythonModule(tool) : tool };
}
function pythonModule(argv) {
    const at = argv.indexOf('-m');
    return at >= 1 && argv.slice(1, at).every((a) => a.startsWith('-')) && argv[at + 1] ? argv.slice(at + 1) : argv;
}
/** `npm run X -- a`, `npm test`, `pnpm X`, `yarn X`, `bun run X`: the script's name and the arguments passed to it. */
function scriptCall(argv) {
    const [pm, ...all] = argv;
    if (pm !== 'npm' && pm !== 'pnpm' && pm !== 'yarn' && pm !== 'bun')
        return undefined;
    let dir;
    const rest = [...all];
    const dirAt = rest.findIndex((a) => ['-C', '--dir', '--prefix', '--cwd'].includes(a));
    if (dirAt >= 0 && rest[dirAt + 1])
        dir = rest.splice(dirAt, 2)[1];
    const found = scriptWords(pm, rest);
    return found && dir ? { ...found, dir } : found;
}
function scriptWords(pm, rest) {
    // Options before the command (`npm --silent run x`, `pnpm -s test`) do not change what runs.
    const words = rest.filter((w, i) => !(w.startsWith('-') && rest.slice(0, i).every((x) => x.startsWith('-')) && !['-r', '--recursive', '--filter', '-F', '-w', '--workspace', '--workspaces', '-ws'].includes(w)));
    const [first, ...more] = words;
    if (!first)
        return undefined;
    const afterDash = (args) => {
        const dash = args.indexOf('--');
        // npm needs `--` before the script's arguments; pnpm and yarn pass everything after the name.
        if (pm === 'npm')
            return dash >= 0 ? args.slice(dash + 1) : [];
        return dash >= 0 ? [...args.slice(0, dash), ...args.slice(dash + 1)] : args;
    };
    const runVerbs = pm === 'npm' ? ['run', 'run-script', 'rum', 'urn'] : ['run'];
    if (runVerbs.includes(first) && more[0])
        return { name: more[0], args: afterDash(more.slice(1)).filter((a) => !a.startsWith('--silent')) };
    if (pm === 'npm')
        return NPM_TEST.has(first) ? { name: 'test', args: afterDash(more) } : undefined;
    if (pm === 'bun' && first === 'test')
        return undefined;
    if (first === 'exec' || first === 'dlx' || first === 'x')
        return more[0] ? { args: [], bin: more } : undefined;
    if (PM_COMMANDS.has(first))
        return undefined;
    // pnpm, yarn and bun run a script by its name, and else a binary of the package.
    return { name: first, args: afterDash(more), bin: [first, ...afterDash(more)] };
}
/** Launcher options that take a value (`uv run --group dev pytest`, `npx -p pkg cmd`). */
const LAUNCHER_VALUE_OPTIONS = new Set(['--with', '--from', '-p', '--package', '--python', '--index-url', '--index', '-c', '--call', '--group', '--extra', '--env-file', '--directory', '--project', '--only-group', '--no-group', '-E', '--extras', '-C', '--prefix']);
/** `npx X`, `uv run X`, `poetry run X`, `pipenv run X`, `pdm run X`, `hatch run X`: the tool X. */
function launcher(argv) {
    const [first, second] = argv;
    if (first === 'npx' || first === 'bunx' || first === 'pnpx' || first === 'uvx' || first === 'pipx') {
        // Options that take a value (`uvx --with tox-uv tox`, `npx -p pkg cmd`) are skipped with it.
        let i = first === 'pipx' ? argv.indexOf('run') + 1 : 1;
        if (i === 0)
            return undefined;
        while (i < argv.length && argv[i].startsWith('-'))
            i += LAUNCHER_VALUE_OPTIONS.has(argv[i]) ? 2 : 1;
        return i < argv.length ? argv.slice(i) : undefined;
    }
    if ((first === 'uv' || first === 'poetry' || first === 'pipenv' || first === 'pdm' || first === 'hatch' || first === 'rye') && second === 'run') {
        let i = 2;
        while (i < argv.length && argv[i].startsWith('-'))
            i += LAUNCHER_VALUE_OPTIONS.has(argv[i]) ? 2 : 1;
        return i < argv.length ? argv.slice(i) : undefined;
    }
    if (first === 'python' || first === 'python3')
        return pythonModule(argv) !== argv ? argv : undefined;
    return undefined;
}
/** The project's own commands (tox environments, nox sessions), read as Python detection reads them. */
function pythonCommands(root, dir, pick) {
    const commands = readPythonProject(external_node_path_default().join(root, dir)).commands.filter((c) => pick(c.origin));
    if (commands.length === 0)
        return undefined;
    const prefix = dir === '.' ? '' : `${dir}/`;
    return { text: commands.map((c) => c.argv.map(renderWord).join(' ')).join('\n'), origin: `${prefix}${commands[0].origin}` };
}
/** `tox -e py311` (or `tox` alone): the commands of [testenv:py311], else [testenv] (or tox 4's TOML tables). */
function toxCommands(root, dir, argv) {
    const at = argv.findIndex((a) => a === '-e' || (a.startsWith('-e') && a.length > 2));
    const env = at < 0 ? undefined : (argv[at] === '-e' ? (argv[at + 1] ?? '') : argv[at].slice(2)).split(',')[0];
    const own = env ? pythonCommands(root, dir, (o) => o.endsWith(`[testenv:${env}] commands`) || o.endsWith(`[env.${env}] commands`)) : undefined;
    return own ?? pythonCommands(root, dir, (o) => o.endsWith('[testenv] commands') || o.endsWith('[env_run_base] commands'));
}
/** `nox -s tests`: the session's `session.run("\u2026", \u2026)` calls whose arguments are all literals. */
function resolve_noxCommands(root, dir, argv) {
    const at = argv.findIndex((a) => a === '-s' || a === '--session' || a === '--sessions');
    const name = at >= 0 ? argv[at + 1] : undefined;
    return name ? pythonCommands(root, dir, (o) => o.startsWith('noxfile.py') && o.endsWith(`(session ${name})`)) : undefined;
}
/** `make test`: the target's recipe, when it is plain commands (no make variables or functions). */
function makeRecipe(root, dir, argv) {
    const file = ['GNUmakefile', 'makefile', 'Makefile'].map((f) => ({ f, text: read(external_node_path_default().join(root, dir, f)) })).find((x) => x.text !== undefined);
    if (!file)
        return undefined;
    const targets = argv.slice(1).filter((a) => !a.startsWith('-') && !a.includes('='));
    if (targets.length !== 1)
        return undefined;
    const target = targets[0];
    const lines = file.text.split(/\r?\n/);
    const at = lines.findIndex((l) => new RegExp(`^${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:(?!=)`).test(l));
    if (at < 0)
        return undefined;
    const recipe = [];
    for (const line of lines.slice(at + 1)) {
        if (!line.startsWith('\t'))
            break;
        recipe.push(line.slice(1).replace(/^[@-]+/, ''));
    }
    if (recipe.length === 0 || recipe.some((l) => /\$[({]|\$\w/.test(l.replace(/\$\$/g, ''))))
        return undefined;
    return { text: recipe.map((l) => l.replace(/\$\$/g, '$')).join('\n'), origin: `${dir === '.' ? '' : `${dir}/`}${file.f} target ${target}` };
}
/** Every leaf of a node, in order. */
function leaves(node) {
    return node.children ? node.children.flatMap(leaves) : [node];
}
/**
 * The node as one command line, with `replace` put in for one leaf (the instrumented runner):
 * levels on the way to that leaf are expanded, everything else runs as written.
 */
function renderWith(node, target, replacement) {
    if (node === target)
        return replacement;
    if (!node.children || !leaves(node).includes(target))
        return node.text;
    const inner = renderList(node.children.map((child) => ({ joiner: child.joiner, text: renderWith(child, target, replacement) })));
    const childDir = node.children[0].dir;
    // A package script runs with the package's (and its ancestors') node_modules/.bin on PATH, as
    // npm, pnpm and yarn run it; expanded here, it gets the same PATH.
    const isScript = node.children.some((c) => c.origin?.includes('package.json scripts.'));
    const depth = childDir === '.' ? 0 : childDir.split('/').length;
    const bins = Array.from({ length: depth + 1 }, (_v, i) => `$PWD/${'../'.repeat(i)}node_modules/.bin`);
    const body = inner === replacement || !isScript ? inner : `PATH="${bins.join(':')}:$PATH"; ${inner}`;
    // A script of another folder (`pnpm -C pkg test`) runs from that folder, in a subshell so the
    // rest of the line stays where it was.
    if (childDir !== node.dir)
        return `( cd ${renderWord(external_node_path_default().posix.relative(node.dir, childDir))} || exit; ${body} )`;
    return body === inner ? inner : `{ ${body}; }`;
}
/** The origins on the way from the node down to a leaf, outermost first. */
function originPath(node, target) {
    if (node === target)
        return node.origin ? [node.origin] : [];
    for (const child of node.children ?? []) {
        if (child === target || leaves(child).includes(target))
            return [...(node.origin ? [node.origin] : []), ...originPath(child, target)].filter((o, i, all) => all.indexOf(o) === i);
    }
    return [];
}

;// CONCATENATED MODULE: ./src/config/detect/classify.ts

/** The category each class of check scores in. */
const CLASS_CATEGORY = { build: 'build', typecheck: 'build', lint: 'quality', format: 'quality', tests: 'tests', audit: 'dependencies' };
const TEST_RUNNERS = new Set(['jest', 'vitest', 'mocha', 'ava', 'tap', 'tape', 'uvu', 'karma', 'jasmine', 'lab', 'playwright', 'cypress', 'pytest', 'py.test', 'nose2', 'ctest', 'nextest', 'wdio', 'zx-test', 'borp', 'testem']);
const LINTERS = new Set(['eslint', 'oxlint', 'xo', 'standard', 'ts-standard', 'semistandard', 'stylelint', 'markdownlint', 'markdownlint-cli2', 'flake8', 'pylint', 'golangci-lint', 'staticcheck', 'revive', 'shellcheck', 'actionlint', 'tslint', 'publint', 'knip', 'attw', 'lockfile-lint', 'commitlint', 'hadolint', 'yamllint', 'codespell', 'cspell', 'sort-package-json', 'depcheck', 'pyflakes', 'pycodestyle', 'pydocstyle', 'bandit', 'vulture', 'ruff-check']);
const TYPE_CHECKERS = new Set(['vue-tsc', 'tsd', 'mypy', 'pyright', 'basedpyright', 'pytype', 'svelte-check', 'tstyche', 'expect-type', 'dtslint']);
const BUILDERS = new Set(['vite', 'webpack', 'rollup', 'esbuild', 'tsup', 'unbuild', 'tsdown', 'babel', 'swc', 'parcel', 'microbundle', 'ncc', 'next', 'nuxt', 'astro', 'gatsby', 'pkgroll', 'bunchee', 'obuild', 'rolldown', 'rspack', 'nest', 'lerna', 'turbo', 'nx', 'tshy', 'zshy', 'siroc', 'mkdist']);
const AUDITS = new Set(['pip-audit', 'govulncheck', 'osv-scanner', 'safety', 'audit-ci', 'better-npm-audit', 'snyk']);
const SETUP = new Set(['cd', 'echo', 'printf', 'mkdir', 'rm', 'cp', 'mv', 'ln', 'export', 'set', 'source', '.', 'sudo', 'apt-get', 'apt', 'brew', 'choco', 'corepack', 'pip', 'pip3', 'pipx', 'conda', 'mamba', 'git', 'curl', 'wget', 'chmod', 'touch', 'cat', 'ls', 'pwd', 'env', 'which', 'sleep', 'true', 'false', 'exit', 'nvm', 'volta', 'rustup', 'sdk', 'tee', 'date', 'uname', 'node-gyp', 'patch-package', 'husky', 'playwright-install', 'docker', 'docker-compose', 'kubectl', 'tar', 'unzip', 'gh', 'jq', 'test', '[']);
const DEPLOY = new Set(['semantic-release', 'changeset', 'changesets', 'np', 'release-it', 'twine', 'vercel', 'netlify', 'firebase', 'wrangler', 'surge', 'gh-pages', 'codecov', 'coveralls', 'codacy-coverage', 'aws', 'gcloud', 'az', 'heroku', 'flyctl', 'fly', 'serverless', 'sls', 'cdk', 'terraform', 'pulumi', 'lerna-publish']);
const PM_SETUP = new Set(['install', 'i', 'ci', 'add', 'remove', 'rm', 'uninstall', 'update', 'up', 'upgrade', 'rebuild', 'dedupe', 'prune', 'config', 'set', 'link', 'cache', 'store', 'fetch', 'patch', 'import', 'setup', 'init', 'create', 'login', 'whoami', 'pack', 'env', 'exec', 'dlx', 'x', 'version', 'why', 'list', 'ls', 'outdated', 'info', 'view', 'help', 'bin', 'root', 'prefix', 'plugin', 'constraints', 'node', 'doctor']);
/** What one leaf command is. `script` is the npm script it came from, a hint when the tool is unknown. */
function classifyLeaf(tool, script) {
    const [rawName, ...args] = tool;
    if (!rawName)
        return { kind: 'other', reason: 'an empty command' };
    const name = rawName.replace(/^\.\/node_modules\/\.bin\//, '').replace(/^.*\//, '');
    const sub = args.find((a) => !a.startsWith('-'));
    const has = (...flags) => args.some((a) => flags.includes(a) || flags.some((f) => f.endsWith('=') && a.startsWith(f)));
    if (DEPLOY.has(name))
        return { kind: 'deploy', reason: `${name} publishes or uploads` };
    if (name === 'npm' || name === 'pnpm' || name === 'yarn' || name === 'bun') {
        if (sub === 'publish' || sub === 'deploy' || sub === 'version')
            return { kind: 'deploy', reason: `${name} ${sub} publishes` };
        if (sub === 'audit' || (sub === 'npm' && args.includes('audit')))
            return { kind: 'audit', tool: `${name} audit` };
        if (name === 'bun' && sub === 'test')
            return { kind: 'tests', tool: 'bun test' };
        if (name === 'bun' && sub === 'build')
            return { kind: 'build', tool: 'bun build' };
        if (sub === undefined || PM_SETUP.has(sub))
            return { kind: 'setup', reason: `${`${name} ${sub ?? ''}`.trim()} installs or sets up the workspace` };
        // `pnpm -r test`, `npm run lint --workspaces`, `yarn workspaces foreach run build`: scripts of
        // several packages, judged by the script's name and run as written.
        const words = args.filter((a) => !a.startsWith('-') && !['run', 'run-script', 'workspaces', 'foreach', 'recursive'].includes(a));
        return scriptHint(words.at(-1)) ?? scriptHint(words[0]) ?? { kind: 'other', reason: `${name} ${args.join(' ')} is not a known check` };
    }
    if (name === 'cross-env')
        return { kind: 'other', reason: 'cross-env without a command' };
    if (name === 'node' || name === 'deno') {
        if (has('--test'))
            return { kind: 'tests', tool: 'node --test' };
        return scriptHint(script) ?? { kind: 'other', reason: `runs a ${name} script` };
    }
    if (name === 'c8' || name === 'nyc') {
        if (sub === 'report' || sub === 'check-coverage' || sub === 'merge' || sub === 'instrument')
            return { kind: 'other', reason: `${name} ${sub} reads the coverage of an earlier run` };
        const inner = args.findIndex((a) => !a.startsWith('-') && TEST_RUNNERS.has(a.replace(/^.*\//, '')) || a === 'node');
        return inner >= 0 ? classifyLeaf(args.slice(inner), script) : { kind: 'tests', tool: name };
    }
    if (TEST_RUNNERS.has(name)) {
        if (has('--watch', '-w', '--watchAll') || (name === 'vitest' && (sub === 'watch' || sub === 'dev' || sub === 'bench')))
            return { kind: 'other', reason: `${name} in watch or bench mode` };
        if (name === 'playwright' && sub !== 'test')
            return { kind: 'setup', reason: `playwright ${sub ?? ''} is not a test run` };
        if (name === 'cypress' && sub !== 'run')
            return { kind: 'other', reason: 'cypress open is interactive' };
        if (name === 'tap' && sub && ['report', 'replay', 'repl', 'plugin', 'build', 'version', 'config', 'list', 'help', 'debug'].includes(sub))
            return { kind: 'other', reason: `tap ${sub} is not a test run` };
        return { kind: 'tests', tool: name === 'py.test' ? 'pytest' : name };
    }
    if (name === 'coverage') {
        if (sub === 'run')
            return has('-m') || args.includes('pytest') ? { kind: 'tests', tool: 'pytest' } : { kind: 'tests', tool: 'coverage run' };
        return { kind: 'other', reason: `coverage ${sub ?? ''} reads the coverage of an earlier run` };
    }
    if (name === 'python' || name === 'python3') {
        if (sub === 'setup.py' || args.includes('build'))
            return { kind: 'build', tool: 'python -m build' };
        if (args.includes('unittest'))
            return { kind: 'tests', tool: 'unittest' };
        return scriptHint(script) ?? { kind: 'other', reason: 'runs a Python script' };
    }
    if (name === 'go') {
        if (sub === 'test') {
            // `-bench` adds benchmarks to the tests; only a `-run` that matches nothing leaves tests out.
            const run = args[args.findIndex((a) => a === '-run' || a === '--run') + 1] ?? args.find((a) => /^--?run=/.test(a))?.replace(/^--?run=/, '');
            const benchOnly = (has('-bench') || args.some((a) => /^--?bench=/.test(a))) && run !== undefined && /^\^?\$$|^x+$|^NONE$/i.test(run);
            return benchOnly ? { kind: 'other', reason: 'go test -run ^$ -bench runs benchmarks only' } : { kind: 'tests', tool: 'go test' };
        }
        if (sub === 'build')
            return { kind: 'build', tool: 'go build' };
        if (sub === 'vet')
            return { kind: 'lint', tool: 'go vet' };
        if (sub === 'fmt')
            return { kind: 'other', reason: 'go fmt rewrites files' };
        return { kind: 'setup', reason: `go ${sub ?? ''} sets up the module`.replace('  ', ' ') };
    }
    if (name === 'gofmt')
        return has('-l', '-d') && !has('-w') ? { kind: 'format', tool: 'gofmt' } : { kind: 'other', reason: 'gofmt without -l rewrites files' };
    if (name === 'cargo') {
        if (sub === 'test' || sub === 'nextest')
            return { kind: 'tests', tool: `cargo ${sub}` };
        if (sub === 'build' || sub === 'check')
            return { kind: 'build', tool: `cargo ${sub}` };
        if (sub === 'clippy')
            return { kind: 'lint', tool: 'cargo clippy' };
        if (sub === 'fmt')
            return has('--check') ? { kind: 'format', tool: 'cargo fmt' } : { kind: 'other', reason: 'cargo fmt without --check rewrites files' };
        if (sub === 'audit' || sub === 'deny')
            return { kind: 'audit', tool: `cargo ${sub}` };
        if (sub === 'publish')
            return { kind: 'deploy', reason: 'cargo publish publishes' };
        return { kind: 'setup', reason: `cargo ${sub ?? ''} is not a check` };
    }
    if (name === 'mvn' || name === 'mvnw' || name === 'gradle' || name === 'gradlew') {
        const goals = args.filter((a) => !a.startsWith('-'));
        if (goals.some((g) => /deploy|publish|release/.test(g)))
            return { kind: 'deploy', reason: `${name} ${goals.join(' ')} publishes` };
        if (goals.some((g) => ['test', 'verify', 'install', 'package', 'check', 'build'].includes(g.replace(/^.*:/, ''))))
            return { kind: 'tests', tool: name.startsWith('mvn') ? 'maven' : 'gradle' };
        return { kind: 'build', tool: name.startsWith('mvn') ? 'maven' : 'gradle' };
    }
    if (name === 'tsc' || name === 'tsgo') {
        if (has('--noEmit', '--noemit'))
            return { kind: 'typecheck', tool: 'tsc --noEmit' };
        if (has('--watch', '-w'))
            return { kind: 'other', reason: 'tsc in watch mode' };
        return script && /type|tsc|check/i.test(script) ? { kind: 'typecheck', tool: 'tsc' } : { kind: 'build', tool: 'tsc' };
    }
    if (name === 'tox' || name === 'nox') {
        // A tox env or nox session not read from its file: judged by its name, run as written.
        const at = args.findIndex((a) => ['-e', '-s', '--session', '--sessions', '-f'].includes(a));
        const env = at >= 0 ? (args[at + 1] ?? '') : '';
        if (/(?:^|[-_,])(?:typing|mypy|types?|typecheck|pyright)(?:$|[-_,])/.test(env))
            return { kind: 'typecheck', tool: `${name} ${env}` };
        if (/(?:^|[-_,])(?:lint|style|flake8|ruff|pre-commit|pylint)(?:$|[-_,])/.test(env))
            return { kind: 'lint', tool: `${name} ${env}` };
        if (/docs?|release|publish|build|dev|clean/.test(env))
            return { kind: 'other', reason: `${name} ${env} is not a check` };
        return { kind: 'tests', tool: `${name}${env ? ` ${env}` : ''}` };
    }
    if (name === 'uv' || name === 'poetry' || name === 'pipenv' || name === 'pdm' || name === 'hatch' || name === 'rye')
        return { kind: 'setup', reason: `${name} ${sub ?? ''} sets up the environment`.replace('  ', ' ') };
    if (name === 'prettier' || name === 'oxfmt' || name === 'dprint' || name === 'black' || name === 'isort' || name === 'autopep8' || name === 'yapf') {
        if (has('--check', '-c', '--list-different', '-l', '--diff') || (name === 'dprint' && sub === 'check'))
            return { kind: 'format', tool: name };
        return { kind: 'other', reason: `${name} without --check rewrites files` };
    }
    if (name === 'biome' || name === 'rome') {
        if (has('--write', '--apply', '--fix'))
            return { kind: 'other', reason: `${name} --write rewrites files` };
        if (sub === 'format')
            return { kind: 'format', tool: `${name} format` };
        return { kind: 'lint', tool: `${name} ${sub ?? 'check'}` };
    }
    if (name === 'ruff') {
        if (sub === 'format')
            return has('--check', '--diff') ? { kind: 'format', tool: 'ruff format' } : { kind: 'other', reason: 'ruff format without --check rewrites files' };
        if (has('--fix'))
            return { kind: 'other', reason: 'ruff --fix rewrites files' };
        return { kind: 'lint', tool: 'ruff' };
    }
    if (name === 'eslint' && has('--fix'))
        return { kind: 'other', reason: 'eslint --fix rewrites files' };
    if (name === 'pre-commit')
        return sub === 'run' ? { kind: 'lint', tool: 'pre-commit' } : { kind: 'setup', reason: 'pre-commit setup' };
    if (LINTERS.has(name))
        return { kind: 'lint', tool: name };
    if (TYPE_CHECKERS.has(name))
        return { kind: 'typecheck', tool: name };
    if (BUILDERS.has(name)) {
        if (sub === 'dev' || sub === 'serve' || sub === 'start' || sub === 'preview' || has('--watch', '-w'))
            return { kind: 'other', reason: `${name} ${sub ?? '--watch'} serves or watches` };
        return { kind: 'build', tool: name };
    }
    if (AUDITS.has(name))
        return { kind: 'audit', tool: name };
    if (SETUP.has(name))
        return { kind: 'setup', reason: `${name} sets up the job` };
    return scriptHint(script) ?? { kind: 'other', reason: `${name} is not a known build, lint, format, type check, test or audit tool` };
}
/** An unknown tool in a script named for its role (`"lint": "node scripts/lint.js"`). */
function scriptHint(script) {
    if (!script)
        return undefined;
    const s = script.toLowerCase();
    if (/^(pre|post)/.test(s) && !/^(preview|prettier)/.test(s))
        return undefined;
    // `test:types` checks types: the type words win over the `test` prefix.
    if (/(?:^|[:_-])(?:type-?check|types|tsc|check-types|typing)(?:$|[:_-])/.test(s))
        return { kind: 'typecheck', tool: `script ${script}` };
    if (/^test(?:$|[:_-](?!watch))/.test(s))
        return { kind: 'tests', tool: `script ${script}` };
    if (/^lint(?:$|[:_-](?!fix))/.test(s))
        return { kind: 'lint', tool: `script ${script}` };
    if (/^(?:format|fmt|prettier)[:_-]?check$/.test(s))
        return { kind: 'format', tool: `script ${script}` };
    if (/^build(?:$|[:_-](?!watch))/.test(s))
        return { kind: 'build', tool: `script ${script}` };
    return undefined;
}
const RANK = { tests: 6, typecheck: 5, lint: 4, format: 3, build: 2, audit: 1 };
/**
 * What a whole command (a script that may chain several tools) is: its tests when it runs a test
 * runner, else the strongest class among its leaves; setup or deploy when every leaf is.
 */
function classifyNode(node) {
    const all = leaves(node);
    let best;
    let deploy;
    let other;
    for (const leafNode of all) {
        const script = scriptName(leafNode.origin);
        const argv = leafNode.tool ?? leafNode.command.argv;
        const c = argv.length === 0 && leafNode.command.complex ? { kind: 'other', reason: `a command with ${leafNode.command.complex}` } : classifyLeaf(argv, script);
        if (c.kind === 'deploy')
            deploy ??= c;
        if (c.kind === 'other')
            other ??= c;
        if (c.kind === 'setup' || c.kind === 'deploy' || c.kind === 'other')
            continue;
        if (!best || RANK[c.kind] > RANK[best.classification.kind])
            best = { classification: c, runner: leafNode };
    }
    // A script that deploys is left out whatever else it runs: it would publish from the scorecard.
    if (deploy)
        return { classification: deploy };
    if (best)
        return best;
    // The script's own name says what it is when its tools do not (`"lint": "node scripts/lint.mjs"`).
    const hint = scriptHint(scriptName(node.children?.[0]?.origin));
    if (hint)
        return { classification: hint };
    return { classification: other ?? { kind: 'setup', reason: all.map((l) => classifyLeaf(l.tool ?? l.command.argv)).find((c) => c.kind === 'setup')?.['reason'] ?? 'sets up the job' } };
}
/** `package.json scripts.test-ci` \u2192 `test-ci`. */
function scriptName(origin) {
    return origin ? /scripts\.(.+)$/.exec(origin)?.[1] : undefined;
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/config/detect/node-tap-runners.ts
// node-tap: the test check reads the TAP stream the run prints (tap --reporter=tap), so the totals
// are tap's own (ava's --tap is read the same way, in node-tests.ts). node-tap 18+ measures
// coverage itself and keeps its state in `.tap/` in the package folder, which it cannot be told to
// put elsewhere: its LCOV is copied into $READINESS_TEMP, and a `.tap/` the run created is removed
// after it unless .gitignore already ignores it, so the work tree is left as it was.




const SUBCOMMANDS = new Set(['report', 'replay', 'repl', 'plugin', 'build', 'version', 'config', 'list', 'help', 'debug']);
/** Whether a .gitignore of the root or of the package ignores the package's `.tap/`. */
function tapDirIgnored(root, dir) {
    const check = (base, rel) => {
        const text = read(external_node_path_default().join(root, base, '.gitignore'));
        return text !== undefined && ignore_default()().add(text).ignores(rel);
    };
    return check('.', dir === '.' ? '.tap/' : `${dir}/.tap/`) || (dir !== '.' && check(dir, '.tap/'));
}
/** The major version of tap: the installed one, else the first number of the range. */
function tapMajor(root, dir, range) {
    for (const at of [dir, '.']) {
        const v = readJson(external_node_path_default().join(root, at, 'node_modules', 'tap', 'package.json'))?.version;
        if (typeof v === 'string' && /^\d+/.test(v))
            return Number(/^\d+/.exec(v)[0]);
    }
    const m = /(\d+)/.exec(range ?? '');
    return m ? Number(m[1]) : undefined;
}
/** node-tap's own switch for coverage: the script's flag, package.json's "tap" or .taprc. */
function tapCoverageDisabled(root, dir, args) {
    if (args.includes('--disable-coverage'))
        return true;
    const pkg = readJson(external_node_path_default().join(root, dir, 'package.json'));
    const fromPkg = pkg?.tap && typeof pkg.tap === 'object' ? pkg.tap['disable-coverage'] : undefined;
    if (fromPkg === true)
        return true;
    const rc = read(external_node_path_default().join(root, dir, '.taprc'));
    if (rc === undefined)
        return false;
    try {
        const data = (0,dist/* parse */.qg)(rc);
        return !!data && typeof data === 'object' && data['disable-coverage'] === true;
    }
    catch {
        return false;
    }
}
/** The test check (and its coverage check) for a script that is one call of node-tap. */
function nodeTapChecks(input, parsed, scriptName) {
    const { prefix: p, scripts, deps } = input;
    const pretest = scripts.pretest && !input.chain ? [input.runScript('pretest')] : [];
    const base = { ...wd(input.dir), requires: input.requires };
    const testId = input.id ?? `${p}test`;
    if (parsed.wrapper)
        return { reason: `tap runs under ${parsed.wrapper.name} (tap measures coverage itself)` };
    const major = tapMajor(input.root, input.dir, deps.tap);
    if (major !== undefined && major < 18)
        return { reason: `tap ${major} is older than 18, whose options the scorecard uses` };
    const first = parsed.args[0];
    if (first && SUBCOMMANDS.has(first))
        return { reason: `tap ${first} is not a test run` };
    // Ours replace the script's reporter and coverage report; a value given apart cannot be told from a test file.
    if (parsed.args.some((a) => ['--reporter', '-R', '--reporter-file', '-f', '--coverage-report'].includes(a))) {
        return { reason: 'the test script gives tap a reporter as a separate argument' };
    }
    const args = parsed.args.filter((a) => !/^(?:--reporter(?:-file)?=|-[Rf]\S|--coverage-report=)/.test(a));
    const coverage = !tapCoverageDisabled(input.root, input.dir, parsed.args);
    const coverageDir = `$READINESS_TEMP/${p}coverage`;
    const tap = [...parsed.env, input.execBin, 'tap', '--reporter=tap', ...(coverage ? ['--coverage-report=lcovonly', '--coverage-report=text-summary'] : []), ...args].join(' ');
    const keep = tapDirIgnored(input.root, input.dir);
    // The shell runs with -e: the exit status is kept in s, the LCOV copied, then tap's status returned.
    const steps = [
        ...(keep ? [] : ["[ -e .tap ] || trap 'rm -rf .tap' EXIT"]),
        ...pretest,
        // A report left by an earlier run must not stand in for this one's.
        ...(coverage ? ['rm -f .tap/report/lcov.info'] : []),
        `${input.chain ? input.chain(tap) : tap} || s=$?`,
        ...(coverage ? [`[ ! -f .tap/report/lcov.info ] || { mkdir -p "${coverageDir}" && cp .tap/report/lcov.info "${coverageDir}/lcov.info"; }`] : []),
        'exit ${s:-0}',
    ];
    const where = `${input.dir === '.' ? '' : `${input.dir}/`}.tap/`;
    const checks = [
        {
            id: testId,
            comment: `${input.describe ?? `"${scriptName}" script in ${input.where}`} runs tap: its TAP output (--reporter=tap), read from the run's output; ${keep ? `${where} is ignored by .gitignore and kept` : `${where} is removed after the run unless it was there before`}`,
            check: { category: 'tests', run: steps.join('; '), tests: { format: 'tap' }, ...base },
        },
    ];
    if (coverage) {
        checks.push({
            id: input.id ? `${input.id}-coverage` : `${p}coverage`,
            comment: "tap's built-in coverage: line coverage of the tap run (its LCOV, copied out of .tap/report, read after it, pass or fail)",
            check: { category: 'coverage', after: [testId], coverage: { reports: `${coverageDir}/lcov.info` }, ...base },
        });
    }
    return { checks, reason: `tap totals (TAP)${coverage ? ", coverage by tap's built-in coverage" : ''}` };
}

;// CONCATENATED MODULE: ./src/config/detect/node-tests.ts
// Node test scripts with their totals and coverage: a script that is one call of vitest, jest,
// mocha, node's test runner or ava (optionally under c8 or nyc), or of node-tap, is run with the
// runner's own machine-readable reporter writing into $READINESS_TEMP (ava and tap: TAP, read from
// the run's output), so the totals equal what the runner prints and the work tree is left as it was. Coverage adds a text summary, so the run's own output
// shows the numbers the LCOV file holds. Anything else (a chain of commands, a custom
// wrapper, watch mode) runs as the user's script does, and the check says why totals were not read.






const RUNNERS = ['vitest', 'jest', 'mocha', 'node', 'ava', 'tap'];
const WRAPPERS = ['c8', 'nyc'];
/** `npm run test:unit`, `yarn test:unit`, `pnpm run unit`: a script that only calls another. */
const DELEGATE = /^(?:npm|pnpm|yarn|bun)(?: run)? ([\w:.-]+)$/;
/** The script as env assignments, an optional coverage wrapper and one runner, or why it is not. */
function parseTestScript(script) {
    const list = parseCommandLine(script);
    if (list.length !== 1)
        return { reason: 'the test script is more than one command' };
    const command = list[0].command;
    if (command.complex)
        return { reason: `the test script has ${command.complex}` };
    return parseRunnerCommand(command.env, command.argv);
}
/** A runner's command (env assignments and words, a launcher such as npx already taken off), or why it is not one. */
function parseRunnerCommand(envPairs, argv) {
    if (argv.some(hasVariable) || envPairs.some(([, v]) => hasVariable(v)))
        return { reason: 'the test command expands a variable' };
    const tokens = [...argv];
    const env = envPairs.map(([k, v]) => `${k}=${renderWord(v)}`);
    // `cross-env A=b cmd` is the portable spelling of the shell's `A=b cmd`, which the check's sh runs.
    if (tokens[0] === 'cross-env')
        tokens.shift();
    while (tokens.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(tokens[0])) {
        const [k, ...v] = tokens.shift().split('=');
        env.push(`${k}=${renderWord(v.join('='))}`);
    }
    let wrapper;
    if (WRAPPERS.includes(tokens[0] ?? '')) {
        const name = tokens.shift();
        const at = tokens.findIndex((t) => RUNNERS.includes(t));
        if (at < 0)
            return { reason: `${name} runs a command that is not vitest, jest, mocha, node --test, ava or tap` };
        // An option value that names a runner ("--reporter mocha") would be misread; so would a value
        // given apart (`--exclude examples`), which must stay with its option: such options are kept whole.
        const before = tokens.slice(0, at);
        if (before.some((t, i) => !t.startsWith('-') && !before[i - 1]?.startsWith('-')))
            return { reason: `${name}'s arguments are not all options` };
        wrapper = { name, args: tokens.splice(0, at) };
    }
    const runner = tokens.shift();
    if (!runner || !RUNNERS.includes(runner))
        return { reason: `the test script runs ${runner ? `"${runner}"` : 'nothing'}, not vitest, jest, mocha, node --test, ava or tap` };
    if (runner === 'node' && !tokens.includes('--test'))
        return { reason: 'the test script runs node without --test' };
    if (tokens.some((t) => /^--watch(?:All)?(?:=|$)/.test(t) || t === '-w'))
        return { reason: 'the test script runs in watch mode' };
    if (runner === 'vitest' && tokens[0] && !tokens[0].startsWith('-') && tokens[0] !== 'run')
        return { reason: `vitest ${tokens[0]} is not a test run` };
    return { env, ...(wrapper ? { wrapper: { name: wrapper.name, args: wrapper.args.map(renderWord) } } : {}), runner: runner, args: tokens.map(renderWord) };
}
/** The major version of a package installed for the package folder or the root, if any. */
function installedMajor(root, dir, name) {
    for (const at of [dir, '.']) {
        const v = readJson(external_node_path_default().join(root, at, 'node_modules', name, 'package.json'))?.version;
        if (typeof v === 'string' && /^\d+/.test(v))
            return Number(/^\d+/.exec(v)[0]);
    }
    return undefined;
}
function has(deps, name) {
    return typeof deps[name] === 'string';
}
/** The test check (and a coverage check when coverage can be measured) for a package. */
function nodeTestChecks(input) {
    const { prefix: p, scripts, where } = input;
    let name = 'test';
    let script = scripts.test;
    // Follow one delegation (`"test": "npm run test:unit"`) to the script that runs the tests.
    const delegate = DELEGATE.exec(script.trim());
    if (delegate && scripts[delegate[1]] && delegate[1] !== 'test') {
        name = delegate[1];
        script = scripts[name];
    }
    const plain = (reason) => ({
        checks: [{ id: `${p}test`, comment: `"test" script in ${where}; ${reason}, so it runs as it is`, check: { category: 'tests', run: input.runScript('test'), note: `totals not read: ${reason}`, ...wd(input.dir), requires: input.requires } }],
        reason: `test script runs as it is (${reason})`,
    });
    const parsed = parseTestScript(script);
    if ('reason' in parsed)
        return chained(input, plain) ?? plain(parsed.reason);
    const planned = nodeRunnerChecks(input, parsed, name);
    return planned.checks ? planned : plain(planned.reason);
}
/**
 * A test script that chains commands (`pnpm lint && pnpm test:types && pnpm vitest run`): the
 * runner's own command is instrumented and the rest runs as written, through the same expansion
 * a CI step gets.
 */
function chained(input, plain) {
    const [node] = resolveLine(input.runScript('test'), input.dir, { root: input.root, pm: input.pm });
    if (!node)
        return undefined;
    const { classification, runner } = classifyNode(node);
    // A test step known only by its script's name (the script could not be read) is no runner to instrument.
    if (classification.kind !== 'tests' || !runner || classification.tool.startsWith('script '))
        return undefined;
    if (runner.command.complex)
        return plain(`the test command has ${runner.command.complex}`);
    const parsed = parseRunnerCommand(runner.command.env, runner.tool ?? runner.command.argv);
    if ('reason' in parsed)
        return plain(parsed.reason);
    const via = originPath(node, runner);
    const planned = nodeRunnerChecks({ ...input, chain: (command) => renderWith(node, runner, command), describe: via.join(' \u2192 ') }, parsed, scriptName(runner.origin) ?? 'test');
    return planned.checks ? { ...planned, reason: `${planned.reason}; the rest of the chain runs as written` } : plain(planned.reason);
}
/** The instrumented checks for one parsed runner command, or undefined with `plain` left to the caller. */
function nodeRunnerChecks(input, parsed, name) {
    const { prefix: p, scripts, deps, where } = input;
    if (parsed.runner === 'tap') {
        return nodeTapChecks(input, parsed, name);
    }
    // jest before 21 has no --coverageReporters (and reads --outputFile otherwise): run as it is.
    if (parsed.runner === 'jest') {
        const major = installedMajor(input.root, input.dir, 'jest');
        if (major !== undefined && major < 21)
            return { reason: `jest ${major} is older than 21, whose options the scorecard uses` };
    }
    const temp = (file) => `$READINESS_TEMP/${p}${file}`;
    const coverageDir = temp('coverage');
    const runnerArgs = [...parsed.args];
    // No report file: the run's output is read (ava's TAP).
    let report;
    let coverageBy;
    let wrapperArgs = parsed.wrapper ? [...parsed.wrapper.args] : undefined;
    let wrapperName = parsed.wrapper?.name;
    const wrapperCoverage = (w) => w === 'c8'
        ? ['--reporter=lcov', '--reporter=text-summary', `--reports-dir="${coverageDir}"`, `--temp-directory="${temp('c8-tmp')}"`]
        : ['--reporter=lcov', '--reporter=text-summary', `--report-dir="${coverageDir}"`, `--temp-dir="${temp('nyc-tmp')}"`];
    let runnerFront = [];
    switch (parsed.runner) {
        case 'vitest': {
            report = temp('vitest.json');
            if (runnerArgs[0] !== 'run')
                runnerArgs.unshift('run');
            runnerArgs.push('--reporter=default', '--reporter=json', `--outputFile.json="${report}"`);
            const provider = ['@vitest/coverage-v8', '@vitest/coverage-istanbul'].find((d) => has(deps, d));
            if (provider && !wrapperName) {
                runnerArgs.push('--coverage.enabled=true', '--coverage.reportOnFailure=true', '--coverage.reporter=lcov', '--coverage.reporter=text-summary', `--coverage.reportsDirectory="${coverageDir}"`);
                coverageBy = provider;
            }
            break;
        }
        case 'jest':
            report = temp('jest.json');
            runnerArgs.push('--json', `--outputFile="${report}"`);
            if (!wrapperName) {
                runnerArgs.push('--coverage', '--coverageReporters=lcov', '--coverageReporters=text-summary', `--coverageDirectory="${coverageDir}"`);
                coverageBy = "jest's built-in coverage";
            }
            break;
        case 'mocha':
            report = temp('mocha.xml');
            runnerArgs.push('--reporter=xunit', `--reporter-options=output="${report}"`);
            break;
        case 'ava':
            if (!runnerArgs.includes('--tap') && !runnerArgs.includes('-t'))
                runnerArgs.unshift('--tap');
            break;
        case 'node':
            report = temp('node-test.xml');
            // (`--reporter-options`: the spelling every mocha since 2.x accepts.)
            // Reporter options go before --test's file arguments; spec keeps the usual output.
            runnerFront = ['--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=junit', `--test-reporter-destination="${report}"`];
            break;
    }
    // mocha and node --test measure coverage through c8 or nyc: the script's own, or an installed one.
    if (!wrapperName && (parsed.runner === 'mocha' || parsed.runner === 'node')) {
        const installed = WRAPPERS.find((w) => has(deps, w));
        if (installed) {
            wrapperName = installed;
            wrapperArgs = [];
        }
    }
    if (wrapperName) {
        wrapperArgs = [...(wrapperArgs ?? []), ...wrapperCoverage(wrapperName)];
        coverageBy = wrapperName;
    }
    const command = [
        ...parsed.env,
        input.execBin,
        ...(wrapperName ? [wrapperName, ...wrapperArgs] : []),
        parsed.runner,
        ...runnerFront,
        ...runnerArgs,
    ].join(' ');
    // A pretest script still runs first, as `npm test` would run it.
    const run = input.chain ? input.chain(command) : scripts.pretest ? `${input.runScript('pretest')} && ${command}` : command;
    const runnerTitle = parsed.runner === 'node' ? 'node --test' : parsed.runner;
    const format = parsed.runner === 'jest' || parsed.runner === 'vitest' ? 'JSON report, kept out of the repository' : parsed.runner === 'ava' ? "TAP output (--tap), read from the run's output" : 'JUnit report, kept out of the repository';
    const testId = input.id ?? `${p}test`;
    const checks = [
        {
            id: testId,
            comment: `${input.describe ?? `"${name}" script in ${where}`} runs ${runnerTitle}: its own ${format}`,
            check: { category: 'tests', run, tests: report ? { reports: report } : { format: 'tap' }, ...wd(input.dir), requires: input.requires },
        },
    ];
    if (coverageBy) {
        checks.push({
            id: input.id ? `${input.id}-coverage` : `${p}coverage`,
            comment: `${coverageBy}: line coverage of the ${runnerTitle} run (LCOV, read after it, pass or fail)`,
            check: { category: 'coverage', after: [testId], coverage: { reports: `${coverageDir}/lcov.info` }, ...wd(input.dir), requires: input.requires },
        });
    }
    return { checks, reason: `${runnerTitle} totals${parsed.runner === 'ava' ? ' (TAP)' : ''}${coverageBy ? `, coverage by ${coverageBy}` : ''}` };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/config/detect/python-coverage.ts
// The scope pytest-cov measures, taken from the project as its own runs would: the `--cov` of a
// command its tox environments, nox sessions or CI run, else the `--cov` pytest's own config adds
// (addopts), else coverage.py's config (`source`, `source_pkgs`, `include`, `omit`), and only when
// the project names no scope anywhere, its own package(s) \u2014 never its tests.






const python_coverage_RUNNERS = new Set(['uv', 'poetry', 'pdm', 'pipenv', 'hatch', 'rye']);
/** pytest's arguments when the command runs pytest, else undefined. */
function pytestCall(argv) {
    let i = 0;
    while (i < argv.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[i]))
        i++;
    // `uv run pytest`, `poetry run python -m pytest`: the runner's own options come before the command.
    if (python_coverage_RUNNERS.has(external_node_path_default().basename(argv[i] ?? '')) && argv[i + 1] === 'run')
        for (i += 2; argv[i]?.startsWith('-');)
            i++;
    const program = external_node_path_default().basename(argv[i] ?? '');
    const isPython = /^python[\d.]*$/.test(program);
    if (program === 'pytest' || program === 'py.test')
        return { args: argv.slice(i + 1) };
    if (isPython && argv[i + 1] === '-m' && (argv[i + 2] === 'pytest' || argv[i + 2] === 'py.test'))
        return { args: argv.slice(i + 3) };
    const coverage = program === 'coverage' ? i + 1 : isPython && argv[i + 1] === '-m' && argv[i + 2] === 'coverage' ? i + 3 : -1;
    if (coverage < 0 || argv[coverage] !== 'run')
        return undefined;
    const run = { sources: [] };
    let j = coverage + 1;
    for (; j < argv.length && argv[j] !== '-m'; j++) {
        const [flag, inline] = splitFlag(argv[j]);
        const value = () => inline ?? argv[++j] ?? '';
        if (flag === '--source')
            run.sources.push(...value().split(',').filter((s) => s !== '' && !unresolved(s)));
        else if (flag === '--rcfile') {
            const rcfile = value();
            if (!unresolved(rcfile))
                run.config = rcfile;
        }
    }
    if (argv[j + 1] !== 'pytest' && argv[j + 1] !== 'py.test')
        return undefined;
    return { args: argv.slice(j + 2), coverageRun: run };
}
function splitFlag(arg) {
    const eq = arg.indexOf('=');
    return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}
/** A value only the project's shell or tox would know (`$PKG`, `{envname}`), or none (`--cov=" + PKG`). */
const unresolved = (value) => value === '' || /[$`{}]/.test(value);
/** pytest-cov's options in pytest's arguments; undefined when there are none (or none that can be read). */
function covArgs(args) {
    const out = { sources: [] };
    for (let i = 0; i < args.length; i++) {
        const [flag, inline] = splitFlag(args[i]);
        if (flag === '--cov') {
            // `--cov` takes an optional value: the next argument when it is not an option.
            const value = inline ?? (args[i + 1] !== undefined && !args[i + 1].startsWith('-') ? args[++i] : true);
            if (value === true || !unresolved(value))
                out.sources.push(value);
        }
        else if (flag === '--cov-config') {
            const value = inline ?? args[++i];
            if (value !== undefined && !unresolved(value))
                out.config = value;
        }
    }
    return out.sources.length || out.config ? out : undefined;
}
function addoptsOf(value) {
    if (Array.isArray(value))
        return value.filter((v) => typeof v === 'string');
    return typeof value === 'string' ? splitCommand(value.replace(/\n/g, ' ')) : [];
}
function pytestConfig(project) {
    for (const file of ['pytest.ini', '.pytest.ini']) {
        const text = read(external_node_path_default().join(project.root, file));
        // pytest takes pytest.ini even without a [pytest] section.
        if (text !== undefined)
            return { label: `${file} [pytest]`, addopts: addoptsOf(parseIni(text).get('pytest')?.get('addopts')) };
    }
    const iniOptions = tomlAt(project.pyproject, ['tool', 'pytest', 'ini_options']);
    if (isTable(iniOptions))
        return { label: 'pyproject.toml [tool.pytest.ini_options]', addopts: addoptsOf(iniOptions.addopts) };
    // pytest 9 reads a native [tool.pytest] table.
    const native = tomlAt(project.pyproject, ['tool', 'pytest']);
    if (isTable(native) && Object.keys(native).some((k) => k !== 'ini_options'))
        return { label: 'pyproject.toml [tool.pytest]', addopts: addoptsOf(native.addopts) };
    const toxPytest = project.toxLabel === 'tox.ini' ? project.tox.get('pytest') : undefined;
    if (toxPytest)
        return { label: 'tox.ini [pytest]', addopts: addoptsOf(toxPytest.get('addopts')) };
    const cfg = project.setupCfg.get('tool:pytest');
    if (cfg)
        return { label: 'setup.cfg [tool:pytest]', addopts: addoptsOf(cfg.get('addopts')) };
    return undefined;
}
const SCOPE_KEYS = ['source', 'source_pkgs', 'include', 'omit'];
/** A setting's values for a comment: the first few, then how many more. */
function shortList(values) {
    return values.length > 4 ? `${values.slice(0, 3).join(', ')} and ${values.length - 3} more` : values.join(', ');
}
function iniScope(sections, names) {
    const name = names.find((n) => sections.has(n));
    if (!name)
        return undefined;
    const run = sections.get(name);
    return SCOPE_KEYS.filter((k) => run.has(k)).map((k) => `${k} = ${shortList(iniLines(run.get(k).replace(/,/g, '\n')))}`);
}
function tomlScope(doc) {
    const run = tomlAt(doc, ['tool', 'coverage', 'run']);
    if (!isTable(run))
        return [];
    return SCOPE_KEYS.filter((k) => run[k] !== undefined).map((k) => `${k} = ${shortList([].concat(run[k]).map(String))}`);
}
/**
 * coverage.py's own order: the file `--cov-config` names (pytest-cov's default `.coveragerc`), then
 * setup.cfg, tox.ini and pyproject.toml; the first with a coverage section is the config.
 */
function coverageConfig(project, covConfig = '.coveragerc') {
    const named = read(external_node_path_default().join(project.root, covConfig));
    if (named !== undefined) {
        if (/\.toml$/.test(covConfig)) {
            let doc = {};
            try {
                doc = (0,smol_toml_dist/* parse */.qg)(named);
            }
            catch {
                // coverage.py says what is wrong with its own config when it runs.
            }
            return { label: `${covConfig} [tool.coverage.run]`, scope: tomlScope(doc) };
        }
        const sections = parseIni(named);
        return { label: `${covConfig} [run]`, scope: iniScope(sections, ['run', 'coverage:run']) ?? [] };
    }
    const hasCoverage = (s) => [...s.keys()].some((k) => k.startsWith('coverage:'));
    if (hasCoverage(project.setupCfg))
        return { label: 'setup.cfg [coverage:run]', scope: iniScope(project.setupCfg, ['coverage:run']) ?? [] };
    if (project.toxLabel === 'tox.ini' && hasCoverage(project.tox))
        return { label: 'tox.ini [coverage:run]', scope: iniScope(project.tox, ['coverage:run']) ?? [] };
    if (isTable(tomlAt(project.pyproject, ['tool', 'coverage'])))
        return { label: 'pyproject.toml [tool.coverage.run]', scope: tomlScope(project.pyproject) };
    return undefined;
}
const NOT_PACKAGES = new Set(['tests', 'test', 'testing', 'docs', 'doc', 'examples', 'example', 'benchmarks', 'benchmark', 'bench', 'scripts', 'tools', 'build', 'dist', 'site', 'venv', 'env']);
const NOT_MODULES = new Set(['setup', 'conftest', 'noxfile', 'tasks', 'fabfile', 'manage', 'dodo', 'version', '_version']);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function list(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() }));
    }
    catch {
        return [];
    }
}
/**
 * The project's own importable packages: those under `src/` (a namespace package too), else the
 * top-level folders with an `__init__.py`, else the top-level modules; tests, docs and examples never.
 */
function ownPackages(root) {
    const isTestModule = (n) => /^test_|_test$|^tests?$/.test(n);
    const srcDir = external_node_path_default().join(root, 'src');
    if ((0,external_node_fs_.existsSync)(srcDir)) {
        const names = list(srcDir)
            .filter((e) => IDENTIFIER.test(e.name.replace(/\.py$/, '')) && !NOT_PACKAGES.has(e.name))
            .filter((e) => (e.dir ? list(external_node_path_default().join(srcDir, e.name)).some((f) => f.name.endsWith('.py') || f.dir) : e.name.endsWith('.py') && !NOT_MODULES.has(e.name.slice(0, -3))))
            .map((e) => e.name.replace(/\.py$/, ''))
            .filter((n) => !isTestModule(n));
        if (names.length)
            return { names: names.sort(), where: names.map((n) => `src/${n}`).join(', ') };
    }
    const entries = list(root);
    const packages = entries.filter((e) => e.dir && IDENTIFIER.test(e.name) && !NOT_PACKAGES.has(e.name) && !isTestModule(e.name) && (0,external_node_fs_.existsSync)(external_node_path_default().join(root, e.name, '__init__.py'))).map((e) => e.name);
    if (packages.length)
        return { names: packages.sort(), where: packages.map((n) => `${n}/`).join(', ') };
    const modules = entries
        .filter((e) => !e.dir && e.name.endsWith('.py'))
        .map((e) => e.name.slice(0, -3))
        .filter((n) => IDENTIFIER.test(n) && !NOT_MODULES.has(n) && !isTestModule(n));
    return { names: modules.sort(), where: modules.map((n) => `${n}.py`).join(', ') };
}
function argsOf(cov) {
    const bare = cov.sources.includes(true);
    // pytest-cov reads `--cov --cov=x` as a bare `--cov`: coverage.py's config decides.
    const sources = bare ? ['--cov'] : cov.sources.map((s) => `--cov=${s}`);
    return [...sources, ...(cov.config ? [`--cov-config=${cov.config}`] : [])];
}
function describe(project, cov) {
    if (!cov.sources.includes(true) && cov.sources.length)
        return argsOf(cov).join(' ');
    const config = coverageConfig(project, cov.config);
    return config?.scope.length ? `${config.label} ${config.scope.join('; ')}` : 'every file the tests run (a bare --cov and no coverage.py scope)';
}
/**
 * The scope: a command of the project (those passed first, e.g. CI steps, then tox and nox) that
 * runs pytest with `--cov`, else pytest's addopts, else coverage.py's config, else the project's own
 * package(s). A string is why there is nothing to measure.
 */
function pytestCoverageScope(project, first = []) {
    for (const command of [...first, ...project.commands]) {
        const call = pytestCall(command.argv);
        if (!call)
            continue;
        const cov = call.coverageRun ?? covArgs(call.args);
        if (!cov || (cov.sources.length === 0 && !call.coverageRun))
            continue;
        // `coverage run` without --source measures what its config says, as a bare `--cov` does.
        const normalised = cov.sources.length ? cov : { ...cov, sources: [true] };
        return { args: argsOf(normalised), origin: command.origin, scope: describe(project, normalised) };
    }
    const config = pytestConfig(project);
    const fromAddopts = config && covArgs(config.addopts);
    if (config && fromAddopts && fromAddopts.sources.length)
        return { args: [], origin: `${config.label} addopts`, scope: describe(project, fromAddopts) };
    const coverage = coverageConfig(project, fromAddopts?.config);
    if (coverage?.scope.length)
        return { args: ['--cov'], origin: coverage.label, scope: `${coverage.label} ${coverage.scope.join('; ')}` };
    const own = ownPackages(project.root);
    if (!own.names.length)
        return 'no coverage scope in the project and no package of its own found (src/<package>, a top-level package with __init__.py, or a module)';
    return { args: own.names.map((n) => `--cov=${n}`), origin: 'convention', scope: `the project's own code: ${own.where}` };
}

;// CONCATENATED MODULE: ./src/config/detect/python.ts
// Python: pytest with a JUnit report (and pytest-cov, over the project's own coverage scope, when
// installed), a linter, mypy, bandit, pip-audit. Each check names where the project declares it; one
// that only the ecosystem's habits suggest is a suggestion.








function hasTests(root) {
    return !!exists(root, 'tests', 'test') || containsFile(root, (name) => /^(test_.*|.*_test)\.py$/.test(name));
}
function onPath(name) {
    return (process.env.PATH ?? '').split((external_node_path_default()).delimiter).some((dir) => !!dir && (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, name)));
}
function pythonImports(python, module) {
    try {
        (0,external_node_child_process_.execFileSync)(python, ['-c', `import ${module}`], { stdio: 'ignore', timeout: 10_000 });
        return true;
    }
    catch {
        return false;
    }
}
/** mypy's config in the order mypy reads it (mypy.ini, .mypy.ini, pyproject.toml, setup.cfg), and whether it names its `files`. */
function mypyConfig(project) {
    for (const [file, sections] of [
        ['mypy.ini', parseIni(read(external_node_path_default().join(project.root, 'mypy.ini')) ?? '')],
        ['.mypy.ini', parseIni(read(external_node_path_default().join(project.root, '.mypy.ini')) ?? '')],
    ]) {
        const mypy = sections.get('mypy');
        if (mypy)
            return { label: `${file} [mypy]`, files: mypy.has('files') };
    }
    const fromPyproject = tomlAt(project.pyproject, ['tool', 'mypy']);
    if (isTable(fromPyproject))
        return { label: 'pyproject.toml [tool.mypy]', files: fromPyproject.files !== undefined };
    const fromSetupCfg = project.setupCfg.get('mypy');
    if (fromSetupCfg)
        return { label: 'setup.cfg [mypy]', files: fromSetupCfg.has('files') };
    return undefined;
}
function ruffConfig(project) {
    if (isTable(tomlAt(project.pyproject, ['tool', 'ruff'])))
        return 'pyproject.toml [tool.ruff]';
    return exists(project.root, 'ruff.toml', '.ruff.toml');
}
function flake8Config(project) {
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(project.root, '.flake8')))
        return '.flake8';
    if (project.setupCfg.has('flake8'))
        return 'setup.cfg [flake8]';
    if (project.toxLabel === 'tox.ini' && project.tox.has('flake8'))
        return 'tox.ini [flake8]';
    return undefined;
}
function banditConfig(project) {
    if (isTable(tomlAt(project.pyproject, ['tool', 'bandit'])))
        return 'pyproject.toml [tool.bandit]';
    return exists(project.root, '.bandit', 'bandit.yaml', 'bandit.yml');
}
/** Where the project says it runs pytest: a CI, tox or nox command, pytest's own config, a dependency. */
function pytestOrigin(project, ci) {
    return [...ci, ...project.commands].find((c) => pytestCall(c.argv))?.origin ?? pytestConfig(project)?.label ?? declaredTool(project, 'pytest') ?? 'convention';
}
/**
 * `ci`: commands of the project's CI steps (argv and origin, e.g. `.github/workflows/ci.yml:32 (job
 * test)`), taken before tox and nox for the coverage scope and the pytest check's origin.
 */
function detectPython(root, reasons, ci = []) {
    const project = readPythonProject(root);
    const requirements = project.requirements.map((r) => r.file).filter((f) => f.endsWith('.txt'));
    const markers = [exists(root, 'pyproject.toml'), exists(root, 'setup.cfg'), exists(root, 'setup.py'), ...requirements].filter((x) => !!x);
    if (markers.length === 0)
        return [];
    const out = [];
    const found = [];
    const notes = [...project.problems];
    if (hasTests(root)) {
        // `python -m pytest` puts the project folder on sys.path, so a flat-layout package imports as
        // it does for the user; pytest's cache goes to the temporary folder, not into the repository.
        const python = onPath('python') ? 'python' : 'python3';
        const scope = pythonImports(python, 'pytest_cov') ? pytestCoverageScope(project, ci) : undefined;
        const cov = typeof scope === 'object' ? scope : undefined;
        if (typeof scope === 'string')
            notes.push(`coverage not measured: ${scope}`);
        found.push(`pytest${cov ? ` with pytest-cov (${cov.scope}, from ${cov.origin})` : ''}`);
        // Reports and coverage.py's data file go to the run's temporary folder: nothing is written
        // into the repository (a `.coverage` left there would show in git status).
        const covArgs = cov ? ` ${[...cov.args.map(renderWord), '--cov-report=xml:"$READINESS_TEMP/python-coverage.xml"', '--cov-report=term'].join(' ')}` : '';
        const run = `COVERAGE_FILE="$READINESS_TEMP/.coverage" ${python} -m pytest -p no:cacheprovider --junitxml="$READINESS_TEMP/pytest.xml"${covArgs}`;
        out.push({
            id: 'pytest',
            comment: 'Python tests (tests/ or test_*.py); JUnit report kept out of the repository',
            check: { category: 'tests', run, tests: { reports: '$READINESS_TEMP/pytest.xml' }, env: { PYTHONDONTWRITEBYTECODE: '1' }, requires: [python, 'pytest'] },
            origin: pytestOrigin(project, ci),
        });
        if (cov) {
            out.push({
                id: 'python-coverage',
                comment: `pytest-cov is installed: line coverage of the pytest run over ${cov.scope} (read after it, pass or fail; coverage.py's "never imported" and "no data" warnings make it an error)`,
                check: { category: 'coverage', after: ['pytest'], coverage: { reports: '$READINESS_TEMP/python-coverage.xml' }, requires: [python, 'pytest'] },
                origin: cov.origin,
            });
        }
    }
    const ruffOrigin = ruffConfig(project) ?? declaredTool(project, 'ruff', ['ruff', 'ruff-check']);
    const flake8Origin = flake8Config(project) ?? declaredTool(project, 'flake8');
    if (flake8Origin && !ruffOrigin) {
        found.push('flake8');
        // --format=default: the reader's format even when the project's config picks another one.
        out.push({ id: 'flake8', comment: 'flake8 is configured: violations counted by code', check: { category: 'quality', run: 'flake8 --format=default', sarif: { format: 'flake8' }, requires: ['flake8'] }, origin: flake8Origin });
    }
    else {
        found.push(ruffOrigin ? 'ruff' : 'ruff (suggested)');
        out.push({
            id: 'ruff',
            comment: ruffOrigin ? 'ruff is configured' : 'Python lint with ruff (skipped when ruff is not installed)',
            check: { category: 'quality', run: 'ruff check --output-format=sarif .', sarif: {}, requires: ['ruff'] },
            origin: ruffOrigin ?? 'convention',
            ...(ruffOrigin ? {} : { suggestion: true }),
        });
    }
    const mypy = mypyConfig(project);
    const mypyOrigin = mypy?.label ?? declaredTool(project, 'mypy');
    found.push(mypyOrigin ? 'mypy' : 'mypy (suggested)');
    // The cache goes to the temporary folder, not into the repository. The summary line is kept:
    // it tells a clean run from one that did not finish, and the reader checks its count against
    // it. stderr joins stdout so that mypy's own words on a crash or a setup error are read. A
    // config that names its `files` is followed (`mypy .` would override it: Flask's examples hold
    // two `conftest` modules that stop mypy at once).
    const files = mypy?.files ?? false;
    out.push({
        id: 'mypy',
        comment: mypyOrigin ? `mypy is configured or a dependency: errors counted by code (notes are not findings)${files ? '; the files its config names' : ''}` : 'Python type check with mypy: the project neither configures nor installs it',
        check: { category: 'build', run: `mypy --cache-dir="$READINESS_TEMP/mypy-cache" --show-column-numbers --show-error-codes --no-pretty${files ? '' : ' .'} 2>&1`, sarif: { format: 'mypy' }, requires: ['mypy'] },
        origin: mypyOrigin ?? 'convention',
        ...(mypyOrigin ? {} : { suggestion: true }),
    });
    // Bandit's SARIF keeps each result's own severity (properties.issue_severity).
    const banditOrigin = banditConfig(project) ?? declaredTool(project, 'bandit');
    found.push(banditOrigin ? 'bandit' : 'bandit (suggested)');
    out.push({
        id: 'bandit',
        comment: 'Python security lint with bandit (skipped when not installed); tests and virtualenvs left out',
        check: {
            category: 'security',
            run: 'bandit -r . -q -f sarif -o "$READINESS_TEMP/bandit.sarif" -x ./.venv,./venv,./.tox,./build,./dist,./node_modules,./tests,./test',
            sarif: { reports: '$READINESS_TEMP/bandit.sarif' },
            requires: ['bandit'],
        },
        origin: banditOrigin ?? 'convention',
        ...(banditOrigin ? {} : { suggestion: true }),
    });
    const req = requirements.find((r) => r === 'requirements.txt') ?? requirements[0];
    found.push('pip-audit');
    out.push({
        id: 'pip-audit',
        comment: `Python dependencies${req ? ` in ${req}` : ''}: pip-audit (skipped when not installed)`,
        check: { category: 'dependencies', run: `pip-audit -f json${req ? ` -r ${req}` : ''}`, audit: {}, requires: ['pip-audit'] },
        origin: declaredTool(project, 'pip-audit') ?? req ?? 'convention',
    });
    reasons.push(`Python: ${markers.join(', ')} \u2192 ${found.join(', ')} (each when installed)${notes.length ? `; ${notes.join('; ')}` : ''}`);
    return out;
}

;// CONCATENATED MODULE: ./src/config/detect/ci-suite.ts
// The suite from the project's own CI: each command of a push or pull_request job's `run:` steps,
// expanded through its scripts, classified, and run as the check of its class, with the test
// runner's machine-readable reporter added where the runner is known. Setup, deploys and steps
// that need what a scorecard run does not have are left out, each with its reason.










const PM_BIN = { npm: 'npm', pnpm: 'pnpm', yarn: 'yarn', 'yarn-berry': 'yarn', bun: 'bun' };
const EXEC_BIN = { npm: 'npx --no-install', pnpm: 'pnpm exec', yarn: 'yarn', 'yarn-berry': 'yarn', bun: 'bunx' };
const NODE_RUNNERS = new Set(['jest', 'vitest', 'mocha', 'ava', 'tap', 'node --test', 'c8', 'nyc']);
function ciSuite(root, pm) {
    const steps = ciSteps(root);
    const out = { checks: [], leftOut: [], covered: new Set(), files: [...new Set(steps.map((s) => s.file))] };
    const seen = new Set();
    for (const step of steps) {
        if (step.skip) {
            out.leftOut.push({ origin: step.origin, command: firstLine(step.run), reason: step.skip });
            continue;
        }
        for (const node of resolveLine(step.run, step.workingDirectory, { root, ...(pm ? { pm } : {}) })) {
            if (node.command.argv[0] === 'cd')
                continue;
            const { classification, runner } = classifyNode(node);
            if (classification.kind === 'setup' || classification.kind === 'deploy' || classification.kind === 'other') {
                out.leftOut.push({ origin: step.origin, command: node.text, reason: classification.reason });
                continue;
            }
            // The same command in several jobs (a matrix, a second workflow) is one check.
            // (`pnpm build` and `pnpm run build` run the same script: the key is what runs, not the spelling.)
            const key = `${node.dir}\0${leaves(node).map((l) => `${l.dir} ${l.text}`).join('\n')}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            out.covered.add(`${node.dir}|${classification.kind}`);
            const made = checksFor(root, step, node, classification.kind, 'tool' in classification ? classification.tool : classification.kind, runner, pm);
            // CI runs a job's steps one after another, and a step may use what the one before built
            // (or clean it away): the CI's checks run in the CI's order, each after the one before.
            const previous = out.checks.at(-1)?.id;
            if (previous && made[0]) {
                const after = Array.isArray(made[0].check.after) ? made[0].check.after : [];
                made[0].check.after = [previous, ...after];
            }
            out.checks.push(...made);
        }
    }
    return out;
}
function firstLine(text) {
    const line = text.trim().split('\n')[0];
    return text.trim().includes('\n') ? `${line} \u2026` : line;
}
/** A readable id: the script's name (`test-ci`), else the tool's (`go-test`, `eslint`). */
function idFor(node, tool) {
    const script = node.script ?? scriptName(node.children?.find((c) => c.origin)?.origin);
    const base = (script ?? tool).replace(/^script /, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
    return `${slug(node.dir)}${base || 'command'}`;
}
function checksFor(root, step, node, kind, tool, runner, pm) {
    const id = idFor(node, tool);
    const via = runner ? originPath(node, runner) : [];
    const origin = [step.origin, ...via].join(' \u2192 ');
    const requires = requirement(node);
    const base = { ...wd(node.dir), ...(requires ? { requires: [requires] } : {}) };
    const plain = (note) => ({
        id,
        origin,
        comment: `${step.origin}: ${node.text}`,
        check: { category: CLASS_CATEGORY[kind], run: node.text, ...(note ? { note } : {}), ...base },
    });
    if (kind !== 'tests' || !runner)
        return [plain()];
    // Piped or redirected, the runner's output is the project's own business: run as written.
    if (runner.command.complex)
        return [plain(`totals not read: the test command has ${runner.command.complex}`)];
    const leafTool = (runner.tool ?? runner.command.argv).map(plainWord);
    const chain = (instrumented) => renderWith(node, runner, instrumented);
    const describe = `${step.origin}${via.length ? ` (${via.join(' \u2192 ')})` : ''}`;
    if (NODE_RUNNERS.has(tool) || NODE_RUNNERS.has(leafTool[0])) {
        const parsed = parseRunnerCommand(runner.command.env, runner.tool ?? runner.command.argv);
        if ('reason' in parsed)
            return [plain(`totals not read: ${parsed.reason}`)];
        const pkg = readJson(external_node_path_default().join(root, node.dir, 'package.json')) ?? {};
        const rootPkg = node.dir === '.' ? {} : (readJson(external_node_path_default().join(root, 'package.json')) ?? {});
        const deps = { ...rootPkg.devDependencies, ...rootPkg.dependencies, ...pkg.dependencies, ...pkg.devDependencies };
        const manager = pm ?? 'npm';
        const planned = nodeRunnerChecks({
            root,
            dir: node.dir,
            // Each check's reports are its own: two CI steps may run the same runner in one folder.
            prefix: `${id}-`,
            pm: manager,
            scripts: {},
            deps,
            where: node.dir === '.' ? 'package.json' : `${node.dir}/package.json`,
            requires: [PM_BIN[manager]],
            execBin: EXEC_BIN[manager],
            runScript: (name) => `${PM_BIN[manager]} run ${name}`,
            chain,
            id,
            describe,
        }, parsed, scriptName(runner.origin) ?? 'test');
        if (!planned.checks)
            return [plain(`totals not read: ${planned.reason}`)];
        return planned.checks.map((c) => ({ ...c, origin }));
    }
    const temp = (file) => `"$READINESS_TEMP/${id}-${file}"`;
    if (leafTool[0] === 'pytest') {
        // The project's own --cov (in this command, else its tox, nox, addopts or coverage config, else
        // its own packages), when pytest-cov is there to measure it; ours only adds where reports go.
        const python = onPath('python') ? 'python' : 'python3';
        const own = leafTool.some((a) => a === '--cov' || a.startsWith('--cov='));
        const scope = own || !pythonImports(python, 'pytest_cov') ? undefined : pytestCoverageScope(readPythonProject(root), [{ argv: leafTool, origin }]);
        const scopeArgs = typeof scope === 'object' ? scope.args : [];
        const cov = own || typeof scope === 'object';
        const extra = ['-p', 'no:cacheprovider', `--junitxml=${temp('pytest.xml')}`, ...scopeArgs.map(renderWord), ...(cov ? [`--cov-report=xml:${temp('coverage.xml')}`, '--cov-report=term'] : [])];
        const instrumented = `COVERAGE_FILE=${temp('coverage-data')} ${runner.text} ${extra.join(' ')}`;
        // What runs is the expanded command (tox's pytest line), so its program is what must be installed.
        const pyBase = { ...base, requires: [runner.command.argv[0]] };
        const checks = [
            { id, origin, comment: `${describe}: pytest with its JUnit report, kept out of the repository`, check: { category: 'tests', run: chain(instrumented), tests: { reports: `$READINESS_TEMP/${id}-pytest.xml` }, env: { PYTHONDONTWRITEBYTECODE: '1' }, ...pyBase } },
        ];
        const scopeOrigin = own ? origin : typeof scope === 'object' ? `${origin}; coverage scope from ${scope.origin}` : origin;
        if (cov)
            checks.push({ id: `${id}-coverage`, origin: scopeOrigin, comment: `${describe}: the coverage scope the project gives (${own ? 'its own --cov' : scope.scope})`, check: { category: 'coverage', after: [id], coverage: { reports: `$READINESS_TEMP/${id}-coverage.xml` }, ...pyBase } });
        return checks;
    }
    if (leafTool[0] === 'go' && leafTool[1] === 'test') {
        const args = runner.command.argv;
        const at = args.findIndex((a) => a === '-coverprofile' || a.startsWith('-coverprofile=') || a === '--coverprofile' || a.startsWith('--coverprofile='));
        const separate = at >= 0 && !args[at].includes('=');
        const kept = args.filter((a, i) => !(i === at || (separate && i === at + 1)) && a !== '-json');
        // The project's own flags (-race, -coverpkg, -tags) stay; the profile goes to the temporary folder.
        const words = [...kept.slice(0, 2), '-json', `-coverprofile=${temp('go-coverage.out')}`, ...kept.slice(2)];
        const instrumented = [...runner.command.env.map(([k, v]) => `${k}=${renderWord(v)}`), ...words.map((w, i) => (i === 3 ? w : renderWord(w)))].join(' ');
        return [
            { id, origin, comment: `${describe}: go test -json, a coverprofile kept out of the repository`, check: { category: 'tests', run: chain(instrumented), tests: { format: 'go-test-json' }, ...base } },
            { id: `${id}-coverage`, origin, comment: 'statement coverage of the same go test run', check: { category: 'coverage', after: [id], coverage: { reports: `$READINESS_TEMP/${id}-go-coverage.out` }, ...base } },
        ];
    }
    if (leafTool[0] === 'cargo' && leafTool[1] === 'test') {
        const args = runner.command.argv;
        const dash = args.indexOf('--');
        const words = dash >= 0 ? [...args.slice(0, dash), '--no-fail-fast', ...args.slice(dash)] : [...args, '--no-fail-fast'];
        const instrumented = `${[...runner.command.env.map(([k, v]) => `${k}=${renderWord(v)}`), ...words.map(renderWord)].join(' ')} 2>&1`;
        return [{ id, origin, comment: `${describe}: libtest's "test result:" lines of every test binary`, check: { category: 'tests', run: chain(instrumented), tests: { format: 'libtest' }, ...base } }];
    }
    return [plain(`totals not read: ${tool} runs as it is`)];
}
/** The program a check needs installed: the command's first word (npx, pnpm, go, tox\u2026), unless it is a path. */
function requirement(node) {
    const first = node.command.argv[0];
    if (!first || node.command.complex || first.includes('/') || first.startsWith('.'))
        return undefined;
    return first;
}

;// CONCATENATED MODULE: ./src/config/detect/go.ts
// Go: per module (go.mod, or every module go.work uses) build, vet, test with a coverprofile, govulncheck.



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
    reasons.push(`Go: ${why}${dirs.length > 1 || dirs[0] !== '.' ? ` (modules ${dirs.join(', ')})` : ''} \u2192 go build, vet, test -json with a coverprofile, govulncheck (staticcheck suggested)`);
    const out = [];
    for (const dir of dirs) {
        const origin = dir === '.' ? 'go.mod' : `${dir}/go.mod`;
        const p = slug(dir);
        const profile = `$READINESS_TEMP/${p}go-coverage.out`;
        const module = [
            { id: `${p}go-build`, comment: `go.mod in ${dir === '.' ? 'the root' : dir}`, check: { category: 'build', run: 'go build ./...', ...wd(dir), requires: ['go'] } },
            { id: `${p}go-vet`, comment: 'go vet', check: { category: 'quality', run: 'go vet ./...', ...wd(dir), requires: ['go'] } },
            { id: `${p}go-test`, comment: 'go test -json: totals of every test and subtest; a coverprofile kept out of the repository', check: { category: 'tests', run: `go test -json -coverprofile="${profile}" ./...`, tests: { format: 'go-test-json' }, ...wd(dir), requires: ['go'] } },
            // `requires: [go]` too: without go, go test is skipped, and so is its coverage (not an error).
            { id: `${p}go-coverage`, comment: 'statement coverage of go test', check: { category: 'coverage', after: [`${p}go-test`], coverage: { reports: profile }, ...wd(dir), requires: ['go'] } },
            { id: `${p}staticcheck`, origin: 'convention', suggestion: true, comment: 'staticcheck, when installed (SARIF)', check: { category: 'quality', run: 'staticcheck -f sarif ./...', sarif: {}, ...wd(dir), requires: ['staticcheck'] } },
            { id: `${p}govulncheck`, comment: 'govulncheck, when installed', check: { category: 'dependencies', run: 'govulncheck ./...', ...wd(dir), requires: ['govulncheck'] } },
        ];
        out.push(...module.map((c) => ({ origin, ...c })));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/config/detect/java.ts
// Java: Maven (Surefire and Failsafe reports, JaCoCo when configured) or Gradle (the wrapper, else
// an installed gradle; its JUnit results, JaCoCo when its XML report is on).



// A module is a path; moditect's <module> blocks hold elements and do not match.
const MODULE = /<module>\s*([^<]+?)\s*<\/module>/g;
/** XML without its comments: a module or plugin commented out is not there. */
function uncommented(xml) {
    return xml?.replace(/<!--[\s\S]*?-->/g, '');
}
/** The pom of the root and of every module of the reactor (nested `<modules>` too). */
function reactorPoms(root) {
    const out = [];
    const seen = new Set();
    const visit = (rel, depth) => {
        // A module names a folder, or a pom file in one.
        const file = external_node_path_default().normalize(/\.xml$/.test(rel) ? rel : external_node_path_default().join(rel, 'pom.xml'));
        if (seen.has(file) || depth > 5)
            return;
        seen.add(file);
        const pom = uncommented(read(external_node_path_default().join(root, file)));
        if (pom === undefined)
            return;
        out.push(pom);
        for (const m of pom.matchAll(MODULE))
            visit(external_node_path_default().join(external_node_path_default().dirname(file), m[1]), depth + 1);
    };
    visit('.', 0);
    return out;
}
function detectMaven(root, pom, reasons) {
    const modules = [...uncommented(pom).matchAll(MODULE)].map((m) => m[1]);
    const poms = reactorPoms(root);
    const agent = poms.some((p) => /jacoco-maven-plugin/.test(p));
    // The XML exists only where a `report` goal is bound (per module), or `report-aggregate` (one
    // module for all); per-module reports win when both are, so no line counts twice.
    const perModule = agent && poms.some((p) => /<goal>\s*report\s*<\/goal>/.test(p));
    const aggregate = agent && !perModule && poms.some((p) => /<goal>\s*report-aggregate\s*<\/goal>/.test(p));
    const jacoco = perModule ? '**/target/site/jacoco/jacoco.xml' : aggregate ? '**/target/site/jacoco-aggregate/jacoco.xml' : undefined;
    // The wrapper pins the Maven version the project builds with (and fetches it); it needs only java.
    const wrapper = (0,external_node_fs_.existsSync)(external_node_path_default().join(root, 'mvnw'));
    const mvn = wrapper ? './mvnw' : 'mvn';
    const requires = wrapper ? ['java'] : ['mvn'];
    reasons.push(`Java (Maven${wrapper ? ' wrapper' : ''}): pom.xml${modules.length ? ` with modules ${modules.join(', ')} (built by the reactor from the root)` : ''} \u2192 ${mvn} verify, Surefire and Failsafe reports${jacoco ? `, JaCoCo${aggregate ? ' (aggregate report)' : ''}` : agent ? '; jacoco-maven-plugin is configured without a report goal, so coverage is not read' : ''}`);
    const out = [
        { id: 'maven-compile', comment: 'pom.xml: main and test code compile', check: { category: 'build', run: `${mvn} -B -q test-compile`, requires } },
        {
            id: 'maven-verify',
            // `clean`: reports left in target/ by an earlier build are never read as this run's.
            // maven.test.failure.ignore: every module's tests run (a failure does not stop the reactor),
            // so the exit code is the rest of the build and maven-tests counts the tests.
            comment: 'mvn verify: every module tested and packaged; test failures are counted by maven-tests',
            check: { category: 'build', needs: ['maven-compile'], run: `${mvn} -B clean verify -Dmaven.test.failure.ignore=true`, note: 'test results are read by maven-tests', requires },
        },
        {
            id: 'maven-tests',
            comment: 'the JUnit XML Surefire (unit) and Failsafe (integration) wrote in each module',
            check: { category: 'tests', needs: ['maven-compile'], after: ['maven-verify'], tests: { reports: '**/target/{surefire,failsafe}-reports/TEST-*.xml' }, requires },
        },
    ];
    if (jacoco)
        out.push({ id: 'jacoco', comment: `jacoco-maven-plugin writes its ${aggregate ? 'aggregate ' : ''}XML report in verify`, check: { category: 'coverage', needs: ['maven-compile'], after: ['maven-verify'], coverage: { reports: jacoco }, requires } });
    return out;
}
function listFiles(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
const GRADLE_FILES = ['build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts'];
/** The build scripts of the root project and of each project `settings.gradle(.kts)` includes. */
function gradleScripts(root) {
    const settings = [read(external_node_path_default().join(root, 'settings.gradle')), read(external_node_path_default().join(root, 'settings.gradle.kts'))].join('\n');
    const dirs = new Set(['.']);
    // include 'a', ':b:c' / include("a", "b"): a project path's colons are folders.
    for (const call of settings.matchAll(/^\s*include\b\s*\(?([^\n)]*)/gm)) {
        for (const name of call[1].matchAll(/["']:?([^"']+)["']/g))
            dirs.add(name[1].replace(/:/g, '/'));
    }
    const scripts = [];
    for (const dir of dirs)
        for (const f of ['build.gradle', 'build.gradle.kts'])
            scripts.push(read(external_node_path_default().join(root, dir, f)) ?? '');
    // Convention plugins in buildSrc (or an included build-logic) often hold the shared jacoco setup.
    for (const dir of ['buildSrc', 'build-logic']) {
        for (const lang of ['groovy', 'kotlin']) {
            const src = external_node_path_default().join(root, dir, 'src', 'main', lang);
            for (const f of listFiles(src))
                if (/\.gradle(\.kts)?$/.test(f))
                    scripts.push(read(external_node_path_default().join(src, f)) ?? '');
        }
    }
    return [...scripts, settings];
}
function detectGradle(root, reasons) {
    const wrapper = (0,external_node_fs_.existsSync)(external_node_path_default().join(root, 'gradlew'));
    const scripts = gradleScripts(root).join('\n');
    const jacoco = /\bjacoco\b/.test(scripts);
    // JacocoReport writes only HTML unless its XML report is turned on.
    const xml = jacoco && /xml\s*(?:\.\s*required|\.\s*enabled|\.\s*isEnabled)\s*(?:=|\.set\s*\()\s*true/.test(scripts);
    const gradle = wrapper ? './gradlew' : 'gradle';
    reasons.push(`Java (Gradle${wrapper ? ' wrapper' : ''}): ${wrapper ? 'gradlew' : GRADLE_FILES.filter((f) => (0,external_node_fs_.existsSync)(external_node_path_default().join(root, f))).join(', ')} \u2192 ${gradle} build, JUnit results${xml ? ', JaCoCo' : jacoco ? '; JaCoCo is configured but its XML report is off (reports { xml.required = true }), so coverage is not read' : ''}`);
    const out = [
        {
            id: 'gradle-build',
            // --continue: a failing test task does not stop the other projects' tests.
            comment: `${wrapper ? 'the Gradle wrapper' : 'gradle (no wrapper)'} runs the build and every test task`,
            check: {
                category: 'tests',
                run: `${gradle} build --continue --no-daemon${xml ? ' jacocoTestReport' : ''}`,
                tests: { reports: '**/build/test-results/*/TEST-*.xml' },
                requires: wrapper ? ['java'] : ['gradle'],
            },
        },
    ];
    if (xml)
        out.push({ id: 'jacoco', comment: 'jacoco is configured with its XML report', check: { category: 'coverage', after: ['gradle-build'], coverage: { reports: '**/build/reports/jacoco/test/jacocoTestReport.xml' }, requires: wrapper ? ['java'] : ['gradle'] } });
    return out;
}
function detectJava(root, reasons) {
    const pom = read(external_node_path_default().join(root, 'pom.xml'));
    if (pom !== undefined)
        return detectMaven(root, pom, reasons).map((c) => ({ origin: 'pom.xml', ...c }));
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(root, 'gradlew')) || GRADLE_FILES.some((f) => (0,external_node_fs_.existsSync)(external_node_path_default().join(root, f)))) {
        return detectGradle(root, reasons).map((c) => ({ origin: GRADLE_FILES.find((f) => (0,external_node_fs_.existsSync)(external_node_path_default().join(root, f))) ?? 'gradlew', ...c }));
    }
    return [];
}

;// CONCATENATED MODULE: ./src/config/detect/node.ts
// Node: the package manager from packageManager or the lockfile, the scripts that exist, a
// typecheck, the dependency audit, and the same per workspace package.




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
const LOCKFILES = {
    npm: ['package-lock.json', 'npm-shrinkwrap.json'],
    pnpm: ['pnpm-lock.yaml'],
    yarn: ['yarn.lock'],
    'yarn-berry': ['yarn.lock'],
    bun: ['bun.lock', 'bun.lockb'],
};
const node_PM_BIN = { npm: 'npm', pnpm: 'pnpm', yarn: 'yarn', 'yarn-berry': 'yarn', bun: 'bun' };
const NO_TEST = /no test specified/;
function runScript(pm, script) {
    if (script === 'test' && pm !== 'bun')
        return `${node_PM_BIN[pm]} test`;
    return `${node_PM_BIN[pm]} run ${script}`;
}
function execBin(pm) {
    return pm === 'npm' ? 'npx --no-install' : pm === 'pnpm' ? 'pnpm exec' : pm === 'bun' ? 'bunx' : 'yarn';
}
function dependencies(pkg) {
    return { ...pkg.dependencies, ...pkg.devDependencies };
}
/** `rootDeps`: a workspace package can use what the root installs (hoisted test tools). */
function nodeChecks(root, dir, pm, pkg, withAudit, found, rootDeps = {}) {
    const abs = external_node_path_default().join(root, dir);
    const scripts = (pkg.scripts && typeof pkg.scripts === 'object' ? pkg.scripts : {});
    const deps = { ...rootDeps, ...dependencies(pkg) };
    const where = dir === '.' ? 'package.json' : `${dir}/package.json`;
    const p = slug(dir);
    const requires = { requires: [node_PM_BIN[pm]] };
    const out = [];
    if (scripts.build)
        out.push({ id: `${p}build`, origin: `${where} scripts.build`, comment: `"build" script in ${where}`, check: { category: 'build', run: runScript(pm, 'build'), ...wd(dir), ...requires } });
    const typecheck = ['typecheck', 'type-check', 'tsc'].find((s) => scripts[s]);
    if (typecheck)
        out.push({ id: `${p}typecheck`, origin: `${where} scripts.${typecheck}`, comment: `"${typecheck}" script in ${where}`, check: { category: 'build', run: runScript(pm, typecheck), ...wd(dir), ...requires } });
    else if (deps.typescript && (0,external_node_fs_.existsSync)(external_node_path_default().join(abs, 'tsconfig.json'))) {
        // The project runs no type check of its own (no script, no CI step): a suggestion, not scored.
        out.push({ id: `${p}typecheck`, origin: 'convention', suggestion: true, comment: `typescript and tsconfig.json in ${dir === '.' ? 'the root' : dir}, but no script or CI step runs tsc`, check: { category: 'build', run: `${execBin(pm)} tsc --noEmit`, ...wd(dir), ...requires } });
    }
    if (scripts.lint)
        out.push({ id: `${p}lint`, origin: `${where} scripts.lint`, comment: `"lint" script in ${where}`, check: { category: 'quality', run: runScript(pm, 'lint'), ...wd(dir), ...requires } });
    if (scripts.test && !NO_TEST.test(scripts.test)) {
        const tests = nodeTestChecks({ root, dir, prefix: p, pm, scripts, deps, where, requires: requires.requires, execBin: execBin(pm), runScript: (name) => runScript(pm, name) });
        out.push(...tests.checks.map((c) => ({ ...c, origin: c.origin ?? `${where} scripts.test` })));
        found.push(`${dir === '.' ? '' : `${dir}: `}${tests.reason}`);
    }
    if (withAudit) {
        const audit = { npm: 'npm audit --json', pnpm: 'pnpm audit --json', yarn: 'yarn audit --json', 'yarn-berry': 'yarn npm audit --json', bun: undefined };
        const command = audit[pm];
        if (command)
            out.push({ id: `${p}audit`, origin: exists(root, ...LOCKFILES[pm]) ?? 'lockfile', comment: `${pm === 'yarn-berry' ? 'yarn berry' : pm} lockfile: its dependency audit`, check: { category: 'dependencies', run: command, audit: {}, ...wd(dir), ...requires } });
    }
    return out;
}
function detectNode(root, reasons) {
    const pkg = readJson(external_node_path_default().join(root, 'package.json'));
    if (!pkg) {
        // Present but unreadable: said, never silently treated as no Node project.
        const problem = jsonProblem(external_node_path_default().join(root, 'package.json'));
        if (problem)
            reasons.push(`Node: package.json could not be read (${problem}), so no Node checks were detected`);
        return [];
    }
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
        reasons.push(`Node: node_modules is missing \u2014 install dependencies (${node_PM_BIN[pm] === 'npm' ? 'npm ci' : `${node_PM_BIN[pm]} install`}) before the scorecard, or its checks fail`);
    // npm audit reads the lockfile; without one it can only fail with ENOLOCK, which measures nothing.
    const lockfile = exists(root, ...LOCKFILES[pm]);
    if (!lockfile)
        reasons.push(`Node: no lockfile (${LOCKFILES[pm].join(', ')}), so no dependency audit`);
    const found = [];
    const out = nodeChecks(root, '.', pm, pkg, !!lockfile, found);
    for (const dir of dirs) {
        const sub = readJson(external_node_path_default().join(root, dir, 'package.json'));
        if (sub)
            out.push(...nodeChecks(root, dir, pm, sub, false, found, dependencies(pkg)));
    }
    if (found.length > 0)
        reasons.push(`Node tests: ${found.join('; ')}`);
    return out;
}

;// CONCATENATED MODULE: ./src/config/detect/rust.ts
// Rust: cargo build, test, clippy and audit, for every member of a workspace.


function detectRust(root, reasons) {
    const manifest = read(external_node_path_default().join(root, 'Cargo.toml'));
    if (manifest === undefined)
        return [];
    const workspace = /^\[workspace\]/m.test(manifest);
    const all = workspace ? ' --workspace' : '';
    reasons.push(`Rust: Cargo.toml${workspace ? ' (a workspace: commands run for all members)' : ''} \u2192 cargo build, test (libtest totals), clippy (by lint), audit`);
    const checks = [
        { id: 'cargo-build', comment: 'Cargo.toml', check: { category: 'build', run: `cargo build${all} --all-targets`, requires: ['cargo'] } },
        // --no-fail-fast runs every test binary, so the summed "test result:" lines are cargo's totals.
        { id: 'cargo-test', comment: 'cargo test: totals from libtest\'s "test result:" lines of every test binary', check: { category: 'tests', needs: ['cargo-build'], run: `cargo test${all} --no-fail-fast 2>&1`, tests: { format: 'libtest' }, requires: ['cargo'] } },
        { id: 'cargo-clippy', comment: 'clippy, when installed: warnings counted by lint', check: { category: 'quality', needs: ['cargo-build'], run: `cargo clippy${all} --all-targets --message-format=json`, sarif: {}, requires: ['cargo', 'cargo-clippy'] } },
        { id: 'cargo-audit', comment: 'cargo audit, when installed', check: { category: 'dependencies', run: 'cargo audit --json', audit: {}, requires: ['cargo', 'cargo-audit'] } },
    ];
    return checks.map((c) => ({ origin: 'Cargo.toml', ...c }));
}

;// CONCATENATED MODULE: ./src/config/detect.ts
// Zero config: the project's own CI first, then its scripts and config files, then conventions.
// The CI's `run:` steps (push and pull_request jobs) are the checks of what they cover; for what
// CI does not cover, each ecosystem's detection proposes the checks its manifests and scripts
// declare. A check only a convention suggests is listed, not run or scored. Detection reads the
// repository and never changes it; the result is a config text, so a run with the file `readiness
// init` writes executes exactly the checks auto-detection ran.










/** One file per ecosystem, in the order their checks appear; the built-in scans come last. */
const ECOSYSTEMS = [detectNode, detectPython, detectRust, detectGo, detectJava];
/** The class of an ecosystem's check, to know whether the CI already covers it. */
function classOf(c) {
    const category = c.check.category;
    if (/typecheck|mypy|tsc/.test(c.id))
        return 'typecheck';
    if (category === 'tests' || category === 'coverage')
        return 'tests';
    if (category === 'quality')
        return 'lint';
    if (category === 'build')
        return 'build';
    if (category === 'dependencies')
        return 'audit';
    return undefined;
}
/** The suite for a repository with no config file. */
function detect(root) {
    const reasons = [];
    const pkg = readJson(external_node_path_default().join(root, 'package.json'));
    const ci = ciSuite(root, pkg ? packageManager(root, pkg).pm : undefined);
    const fromProject = ECOSYSTEMS.flatMap((detectEcosystem) => detectEcosystem(root, reasons));
    if (ci.files.length > 0) {
        reasons.unshift(`CI: ${ci.files.join(', ')} \u2192 ${ci.checks.length} check${ci.checks.length === 1 ? '' : 's'} from the run: steps of its push and pull_request jobs${ci.leftOut.length ? `; ${ci.leftOut.length} command${ci.leftOut.length === 1 ? '' : 's'} left out (below)` : ''}`);
    }
    // What the CI covers comes from the CI; the scripts and conventions fill in the rest. A
    // workspace package's check of a kind the CI runs anywhere is left to the CI too: a monorepo's
    // CI runs its packages' tests from the root (`pnpm -r test`, `turbo run build`).
    const ciClasses = new Set([...ci.covered].map((k) => k.slice(k.indexOf('|') + 1)));
    const kept = fromProject.filter((c) => {
        const cls = classOf(c);
        const dir = c.check['working-directory'] ?? '.';
        return !cls || !(ci.covered.has(`${dir}|${cls}`) || (dir !== '.' && ciClasses.has(cls)));
    });
    const suggestions = kept.filter((c) => c.suggestion);
    // The scripts' test checks the CI replaced are not this run's: their reason line goes with them.
    if (!kept.some((c) => c.check.category === 'tests' && c.origin?.includes('package.json'))) {
        const at = reasons.findIndex((r) => r.startsWith('Node tests: '));
        if (at >= 0)
            reasons.splice(at, 1);
    }
    const checks = [...ci.checks, ...kept.filter((c) => !c.suggestion), ...detectBuiltins(root, reasons)];
    // Two sources may propose the same id (a "test" script and a Go module named test): keep both.
    const seen = new Map();
    for (const c of checks) {
        const n = seen.get(c.id) ?? 0;
        seen.set(c.id, n + 1);
        if (n > 0)
            c.id = `${c.id}-${n + 1}`;
    }
    // A check may wait for one the CI replaced: it then waits for nothing.
    const ids = new Set(checks.map((c) => c.id));
    for (const c of checks) {
        for (const key of ['needs', 'after']) {
            const list = c.check[key];
            if (!Array.isArray(list))
                continue;
            const left = list.filter((id) => ids.has(id));
            if (left.length > 0)
                c.check[key] = left;
            else
                delete c.check[key];
        }
    }
    const detection = {
        reasons,
        origins: Object.fromEntries(checks.map((c) => [c.id, c.origin ?? 'convention'])),
        suggestions: suggestions.map((c) => ({ id: c.id, run: String(c.check.run ?? c.check.builtin ?? ''), origin: c.origin ?? 'convention', why: c.comment })),
        leftOut: ci.leftOut,
    };
    return { ...detection, yaml: renderYaml(checks, detection) };
}
function renderYaml(checks, d) {
    const lines = [
        '# Readiness Scorecard config, written from what auto-detection found:',
        ...d.reasons.map((r) => `#   ${oneLine(r)}`),
        '# Edit freely; every key: https://github.com/readiness-scorecard/readiness-scorecard/blob/main/docs/configuration.md',
        '# Checks with "requires" are skipped when the tool is not installed; install dependencies in the',
        '# workflow before the scorecard step.',
        'threshold: 70',
        'checks:',
    ];
    for (const c of checks) {
        lines.push(`  # ${oneLine(c.comment)}`);
        if (c.origin)
            lines.push(`  # from ${oneLine(c.origin)}`);
        lines.push(...checkYaml(c));
    }
    if (d.suggestions.length > 0) {
        lines.push('  # Suggested, not run: only a convention proposes these, no script or CI step of the project runs them.');
        for (const c of checks.length ? d.suggestions : [])
            lines.push(`  #   ${c.id}: ${oneLine(c.run)} (${oneLine(c.why)})`);
    }
    if (d.leftOut.length > 0) {
        lines.push('  # CI commands not run here:');
        for (const l of d.leftOut)
            lines.push(`  #   ${oneLine(l.origin)}: ${oneLine(l.command)} (${oneLine(l.reason)})`);
    }
    return `${lines.join('\n')}\n`;
}
function checkYaml(c) {
    const doc = new dist/* Document */.yo([{ id: c.id, ...c.check }]);
    // Short lists read best inline: requires: [npm], needs: [build].
    (0,dist/* visit */.YR)(doc, { Seq: (_key, node, path) => void (path.length > 1 && (0,dist/* isSeq */.oP)(node) && (node.flow = true)) });
    const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
    return body.split('\n').map((l) => `  ${l}`);
}
/** A comment line cannot hold a newline (a directory or command with one would end the comment). */
function oneLine(text) {
    return text.replace(/[\r\n]+/g, ' \u23ce ');
}

;// CONCATENATED MODULE: ./src/cli/init.ts
// `readiness init [DIR]`: writes the auto-detected suite to DIR/.github/readiness.yml.



function init(dir, force) {
    const file = external_node_path_default().join(dir, '.github', 'readiness.yml');
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory())
        return { file, written: false, message: `${dir}: no such directory` };
    if ((0,external_node_fs_.existsSync)(file) && !force) {
        return { file, written: false, message: `${file} already exists; use --force to overwrite it` };
    }
    const detection = detect(dir);
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, detection.yaml);
    return { file, written: true, message: `wrote ${file}:\n${detection.reasons.map((r) => `  ${r}`).join('\n')}` };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/run/bounded-file.ts
var bounded_file = __webpack_require__(791);
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
/** "did you mean \u2026?" when a close candidate exists. */
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
                const op = issue.code === 'too_small' ? (inclusive ? '\u2265' : '>') : inclusive ? '\u2264' : '<';
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
            throw new ConfigError(explicit, [`${explicit}: config file not found (looked for ${toPosix(abs)})`]);
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
/** A config is a page of YAML; a larger file is not one. */
const CONFIG_MAX_BYTES = 1024 * 1024;
function loadConfigFile(workspace, file) {
    const rel = toPosix(external_node_path_default().relative(workspace, file)) || external_node_path_default().basename(file);
    let text;
    try {
        // As for report paths: a config symlinked outside the workspace is not read (its first words
        // would reach the summary), and one past CONFIG_MAX_BYTES is refused before it fills memory.
        // A path the caller gives outside the workspace (`--config ~/team.yml`) is theirs to choose; a
        // file of the repository, or any symlink, that leads out of it is not read.
        const real = (0,external_node_fs_.realpathSync)(file);
        const root = (0,external_node_fs_.realpathSync)(workspace);
        const outside = (p) => p.startsWith('..') || external_node_path_default().isAbsolute(p);
        const given = external_node_path_default().resolve(workspace, file);
        const chosenOutside = outside(external_node_path_default().relative(external_node_path_default().resolve(workspace), given)) && !(0,external_node_fs_.lstatSync)(given).isSymbolicLink();
        if (outside(external_node_path_default().relative(root, real)) && !chosenOutside)
            throw new ConfigError(rel, [`${rel}: the config file is a symlink to outside the workspace`]);
        text = (0,bounded_file/* readBoundedFile */.Mv)(real, CONFIG_MAX_BYTES).toString('utf8');
    }
    catch (err) {
        if (err instanceof ConfigError)
            throw err;
        throw new ConfigError(rel, [`${rel}: cannot read the config file: ${err.message}`]);
    }
    return { config: parseConfig(text, rel), path: rel };
}
/** Parses and validates config text; throws ConfigError listing every problem at once. */
function parseConfig(text, fileName) {
    // YAML would accept what JSON does not (a trailing comma, a comment): a .json file must be JSON.
    if (/\.json$/i.test(fileName))
        checkJson(text.replace(/^\uFEFF/, ''), fileName);
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
    const parsed = schema/* configSchema */.Qn.safeParse(input, { reportInput: true });
    if (!parsed.success)
        problems.push(...problemsFromZod(parsed.error, input, schema/* allowedKeysAt */.a$));
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
/** Throws a ConfigError with line and column when the text is not strict JSON. */
function checkJson(text, fileName) {
    const incomplete = (n) => {
        try {
            JSON.parse(text.slice(0, n));
            return true;
        }
        catch (err) {
            return /end of JSON input|Unterminated string/i.test(err.message);
        }
    };
    // An empty file gets the same message as an empty YAML file, further on.
    if (text.trim() === '' || isJson(text))
        return;
    // Error messages differ between Node versions and not all give a position: find the first
    // character that makes the text invalid (every longer prefix is invalid too).
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (incomplete(mid + 1))
            lo = mid + 1;
        else
            hi = mid;
    }
    const before = text.slice(0, lo);
    const line = before.split('\n').length;
    const column = lo - before.lastIndexOf('\n');
    const what = lo < text.length ? `unexpected ${JSON.stringify(text[lo])}` : 'unexpected end of the file';
    throw new ConfigError(fileName, [`${fileName}:${line}:${column}: invalid JSON: ${what}`]);
}
function isJson(text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
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
    const categories = new Set(Object.keys(schema/* DEFAULT_CATEGORIES */.Bl));
    if (isRecord(input.categories))
        for (const k of Object.keys(input.categories))
            categories.add(k);
    checks.forEach((c, i) => {
        if (!isRecord(c))
            return;
        const kinds = (0,schema/* checkKindKeys */.nB)(c);
        if (kinds.length === 0 && c.run === undefined) {
            problems.push({ path: ['checks', i], message: `nothing to do; expected "run"${schema/* READER_KEYS */.$2.length ? `, a reader (${schema/* READER_KEYS */.$2.join(', ')})` : ''} or "builtin"` });
        }
        if (kinds.length > 1) {
            problems.push({ path: ['checks', i], message: `expected at most one reader or builtin, found ${kinds.join(' and ')}` });
        }
        const builtin = typeof c.builtin === 'string' && schema/* BUILTINS */.H3.includes(c.builtin) ? c.builtin : undefined;
        const allOptions = new Set(Object.values(schema/* BUILTIN_OPTIONS */.XP).flat());
        for (const option of allOptions) {
            if (c[option] === undefined || (builtin && schema/* BUILTIN_OPTIONS */.XP[builtin].includes(option)))
                continue;
            const owners = Object.entries(schema/* BUILTIN_OPTIONS */.XP).filter(([, o]) => o.includes(option)).map(([b]) => b);
            problems.push({ path: ['checks', i, option], atKey: true, message: `only for builtin: ${owners.join(', ')}; found ${builtin ? `builtin: ${builtin}` : 'no builtin'}` });
        }
        if (builtin === 'patterns' && c.patterns === undefined)
            problems.push({ path: ['checks', i], message: 'builtin: patterns needs "patterns" (a list of {id, regex})' });
        // `target` is a percent for git and checklist, counts per rule for workflows.
        if (c.target !== undefined && (builtin === 'workflows') !== isRecord(c.target)) {
            problems.push({ path: ['checks', i, 'target'], message: `expected ${builtin === 'workflows' ? 'counts per rule, e.g. { unpinned-action: 5 }' : 'a percent (0\u2013100)'}, found ${describeValue(c.target)}` });
        }
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
        if (isRecord(c.benchmark) && c.benchmark.target !== undefined && c.benchmark.max === undefined && c.benchmark.min === undefined) {
            problems.push({ path: ['checks', i, 'benchmark', 'target'], message: 'a target needs "max" (time) or "min" (throughput) beside it' });
        }
        if (isRecord(c.coverage) && typeof c.coverage.min === 'number' && typeof c.coverage.target === 'number' && c.coverage.min > c.coverage.target) {
            problems.push({ path: ['checks', i, 'coverage', 'min'], message: `expected min \u2264 target (${c.coverage.target}), found ${c.coverage.min}` });
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
        problems.push({ path: ['checks', start, 'needs'], message: `needs and after form a cycle: ${[...cycle, cycle[0]].join(' \u2192 ')}` });
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
    const categories = Object.entries(schema/* DEFAULT_CATEGORIES */.Bl).map(([id, c]) => ({ id, ...c }));
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
        threshold: raw.threshold ?? schema/* DEFAULT_THRESHOLD */.aV,
        maxReportBytes: raw['max-report-size'] !== undefined ? (0,schema/* parseSize */.DB)(raw['max-report-size']) : schema/* DEFAULT_MAX_REPORT_BYTES */.AS,
        maxFileBytes: raw['max-file-size'] !== undefined ? (0,schema/* parseSize */.DB)(raw['max-file-size']) : schema/* DEFAULT_MAX_FILE_BYTES */.CR,
        ...(raw.concurrency !== undefined ? { concurrency: raw.concurrency } : {}),
        unmeasured: raw.unmeasured ?? 'zero',
        ...(raw['new-code']
            ? {
                newCode: {
                    ...(raw['new-code'].coverage !== undefined ? { coverage: raw['new-code'].coverage } : {}),
                    ...(raw['new-code']['max-findings'] !== undefined ? { maxFindings: raw['new-code']['max-findings'] } : {}),
                    ...(raw['new-code']['max-fetch-depth'] !== undefined ? { maxFetchDepth: raw['new-code']['max-fetch-depth'] } : {}),
                },
            }
            : {}),
        ...(raw['max-drop'] !== undefined || raw['no-new-failures'] !== undefined
            ? { ratchet: { ...(raw['max-drop'] !== undefined ? { maxDrop: raw['max-drop'] } : {}), ...(raw['no-new-failures'] !== undefined ? { noNewFailures: raw['no-new-failures'] } : {}) } }
            : {}),
        categories,
        checks: raw.checks.map(normalizeCheck),
    };
}
function normalizeCheck(raw) {
    const wd = raw['working-directory'] ? external_node_path_default().posix.normalize(raw['working-directory'].replace(/\\/g, '/')).replace(/\/$/, '') : '.';
    return {
        id: raw.id,
        title: raw.title ?? raw.id,
        kind: (0,schema/* checkKind */.pK)(raw) ?? 'run',
        category: raw.category ?? schema/* DEFAULT_CATEGORY */.Fj,
        weight: raw.weight ?? schema/* DEFAULT_WEIGHT */.Di,
        // `gate: regressed` makes a benchmark a blocker unless the check says otherwise.
        required: raw.required ?? raw.benchmark?.gate === 'regressed',
        needs: raw.needs ?? [],
        after: raw.after ?? [],
        timeoutMs: Math.round((raw.timeout ?? schema/* DEFAULT_TIMEOUT_SECONDS */.KU) * 1000),
        workingDirectory: wd || '.',
        env: Object.fromEntries(Object.entries(raw.env ?? {}).map(([k, v]) => [k, String(v)])),
        ...(raw.waive ? { waive: { reason: raw.waive.reason, ...(raw.waive.until ? { until: raw.waive.until } : {}) } } : {}),
        ...(raw.run ? { run: raw.run } : {}),
        requires: raw.requires ?? [],
        raw,
    };
}

// EXTERNAL MODULE: ./src/checks/command.ts
var command = __webpack_require__(9812);
;// CONCATENATED MODULE: ./src/checks/registry.ts
// Check kinds by name. A bare command is always at hand; readers and built-in scans load on demand,
// so a run of plain commands never pays for XML, coverage, CVSS or YAML-walking code. The engine
// loads every kind its plan needs before the first check starts: a check may rebuild the action's
// own dist/ while the run goes on, so nothing may be read from it after that.

const LOADERS = {
    run: () => Promise.resolve(command/* commandCheck */.QA),
    tests: async () => (await __webpack_require__.e(/* import() */ 408).then(__webpack_require__.bind(__webpack_require__, 7408))).testsCheck,
    coverage: async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3088))).coverageCheck,
    sarif: async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9452))).sarifCheck,
    audit: async () => (await Promise.all(/* import() */[__webpack_require__.e(353), __webpack_require__.e(167)]).then(__webpack_require__.bind(__webpack_require__, 7167))).auditCheck,
    metric: async () => (await __webpack_require__.e(/* import() */ 343).then(__webpack_require__.bind(__webpack_require__, 4343))).metricCheck,
    benchmark: async () => (await __webpack_require__.e(/* import() */ 690).then(__webpack_require__.bind(__webpack_require__, 8690))).benchmarkCheck,
    'conflict-markers': async () => (await __webpack_require__.e(/* import() */ 825).then(__webpack_require__.bind(__webpack_require__, 2825))).conflictMarkersCheck,
    secrets: async () => (await __webpack_require__.e(/* import() */ 279).then(__webpack_require__.bind(__webpack_require__, 7279))).secretsCheck,
    files: async () => (await __webpack_require__.e(/* import() */ 850).then(__webpack_require__.bind(__webpack_require__, 1850))).filesCheck,
    git: async () => (await Promise.all(/* import() */[__webpack_require__.e(955), __webpack_require__.e(141)]).then(__webpack_require__.bind(__webpack_require__, 8141))).gitCheck,
    patterns: async () => (await __webpack_require__.e(/* import() */ 158).then(__webpack_require__.bind(__webpack_require__, 1158))).patternsCheck,
    checklist: async () => (await __webpack_require__.e(/* import() */ 21).then(__webpack_require__.bind(__webpack_require__, 6021))).checklistCheck,
    dockerfile: async () => (await __webpack_require__.e(/* import() */ 527).then(__webpack_require__.bind(__webpack_require__, 6527))).dockerfileCheck,
    workflows: async () => (await __webpack_require__.e(/* import() */ 407).then(__webpack_require__.bind(__webpack_require__, 5407))).workflowsCheck,
};
/** The check kinds of a plan, each loaded once, all before the caller goes on. */
async function loadCheckKinds(kinds) {
    const out = new Map();
    await Promise.all([...new Set(kinds)].map(async (kind) => {
        const load = LOADERS[kind];
        if (load)
            out.set(kind, await load());
    }));
    return out;
}

;// CONCATENATED MODULE: ./src/run/file-list.ts
// The files the built-in scans read: `git ls-files -z -co --exclude-standard` (tracked, plus
// untracked files that are not ignored); outside a git repository, a walk that honours .gitignore.




function git(args, cwd) {
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
        return (await git(['rev-parse', '--is-inside-work-tree'], dir)).toString().trim() === 'true';
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
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * The paths sorted (by UTF-16 code units, as JavaScript compares strings) without duplicates.
 * git lists them in byte order, which is the same for all but rare characters: a list already in
 * order is only checked, not sorted again.
 */
function sortedUnique(paths) {
    let ordered = true;
    for (let i = 1; i < paths.length && ordered; i++)
        ordered = paths[i - 1] < paths[i];
    if (ordered)
        return paths;
    // An unmerged path is listed once per stage; those copies end up side by side.
    return paths.sort(byCodeUnits).filter((p, i, all) => i === 0 || p !== all[i - 1]);
}
/** Two sorted lists as one (the same order as sorting both together). */
function mergeSorted(a, b) {
    if (b.length === 0)
        return a.slice();
    const out = new Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < a.length && j < b.length)
        out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < a.length)
        out[k++] = a[i++];
    while (j < b.length)
        out[k++] = b[j++];
    return out;
}
function startListing(workspace) {
    // ls-files prints paths relative to its working directory, so a workspace that is a subfolder
    // of the repository lists only its own files, relative to itself. A directory outside any
    // repository (or no git at all) makes the first call fail, and the tree is walked.
    const cached = git(['ls-files', '-z', '-c'], workspace).then((out) => ({ source: 'git', files: sortedUnique(splitNul(out)) }), () => ({ source: 'walk', files: walk(workspace) }));
    const others = git(['ls-files', '-z', '-o', '--exclude-standard'], workspace).then((out) => sortedUnique(splitNul(out)), () => []);
    const first = cached.then((c) => c.files);
    const rest = Promise.all([cached, others]).then(([c, o]) => {
        if (c.source === 'walk')
            return [];
        // A path git lists as both (an unmerged entry being resolved) is a tracked file.
        const tracked = new Set(c.files);
        return o.filter((p) => !tracked.has(p));
    });
    const whole = Promise.all([cached, rest]).then(([c, r]) => ({ files: mergeSorted(c.files, r), tracked: new Set(c.source === 'git' ? c.files : []), source: c.source }));
    // Settled by whoever awaits them; a listing nobody asks for must not be an unhandled rejection.
    whole.catch(() => undefined);
    return { first, rest, whole };
}
/** Tracked plus untracked files that are not ignored (as `git ls-files -co --exclude-standard`). */
function file_list_listFiles(workspace) {
    return startListing(workspace).whole;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/run/repository-scan.ts
// One pass over the repository for every built-in scan: each listed file is read once and handed
// to every scanner that wants it. Binary files (a NUL in the first 8 KiB), files over the size
// limit and symlinks are skipped and counted. The pass runs on worker threads (scan-pool.ts) in
// batches of files; each batch's results are merged on the main thread in file order.


const BINARY_PROBE = 8192;
const EXAMPLES = 20;
function isBinary(bytes) {
    return bytes.subarray(0, BINARY_PROBE).includes(0);
}
/** Opened without following a symlink and without blocking on a FIFO. */
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/** One read buffer per thread, grown as needed: most files are small and never need their own. */
let shared = Buffer.allocUnsafe(1 << 20);
/**
 * The file's bytes, or its size when it is over `max` (then it is not read further). Most files
 * fit the first read, so they cost no stat call; a file that fills the buffer is measured.
 */
function readFile(fd, max) {
    // A short read of a regular file is its end: no second call to see 0.
    let n = readSync(fd, shared, 0, shared.length, null);
    if (n < shared.length)
        return n > max ? { size: n } : { bytes: shared.subarray(0, n), size: n };
    const size = fstatSync(fd).size;
    if (size > max)
        return { size };
    const grown = Buffer.allocUnsafe(Math.max(size + 1, shared.length * 2));
    shared.copy(grown, 0, 0, n);
    shared = grown;
    while (n < shared.length) {
        const got = readSync(fd, shared, n, shared.length - n, null);
        if (got === 0)
            break;
        n += got;
    }
    return { bytes: shared.subarray(0, n), size: n };
}
/** Reads and scans one batch of files (on a worker thread). */
function scanBatch(workspace, files, scanners, maxFileSize) {
    const stats = { scanned: 0, skippedBinary: 0, skippedLarge: 0, skippedSymlink: 0, unreadable: 0 };
    const sizes = new Float64Array(files.length).fill(-1);
    const skippedExamples = { binary: [], large: [], unreadable: [] };
    const note = (bucket, p) => {
        if (bucket.length < EXAMPLES)
            bucket.push(p);
    };
    // Listed paths are already normal and relative: a plain prefix is all path.join would do.
    const prefix = workspace.endsWith(path.sep) ? workspace : workspace + path.sep;
    for (let index = 0; index < files.length; index++) {
        const rel = files[index];
        const abs = prefix + rel;
        const wanted = scanners.filter((s) => s.wants(rel));
        if (wanted.length === 0) {
            // Only its size is needed (the git check's large-file rule).
            let info;
            try {
                info = lstatSync(abs);
            }
            catch {
                continue; // deleted in the work tree but still in the index
            }
            if (info.isSymbolicLink())
                stats.skippedSymlink++;
            else if (info.isFile())
                sizes[index] = info.size;
            continue;
        }
        let fd;
        try {
            fd = openSync(abs, OPEN_FLAGS);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                continue;
            let info;
            try {
                info = lstatSync(abs);
            }
            catch {
                continue;
            }
            if (info.isSymbolicLink())
                stats.skippedSymlink++;
            else if (info.isFile()) {
                sizes[index] = info.size;
                if (info.size > maxFileSize) {
                    stats.skippedLarge++;
                    note(skippedExamples.large, rel);
                }
                else {
                    stats.unreadable++;
                    note(skippedExamples.unreadable, rel);
                }
            }
            continue;
        }
        try {
            let read;
            try {
                read = readFile(fd, maxFileSize);
            }
            catch (err) {
                // A directory (a submodule) is no file to scan.
                if (err.code === 'EISDIR')
                    continue;
                stats.unreadable++;
                note(skippedExamples.unreadable, rel);
                continue;
            }
            sizes[index] = read.size;
            const bytes = read.bytes;
            if (!bytes) {
                stats.skippedLarge++;
                note(skippedExamples.large, rel);
                continue;
            }
            if (isBinary(bytes)) {
                stats.skippedBinary++;
                note(skippedExamples.binary, rel);
                continue;
            }
            stats.scanned++;
            // Decoded only when some scanner may find something in it.
            const visiting = wanted.filter((s) => !s.mayMatch || s.mayMatch(rel, bytes));
            if (visiting.length === 0)
                continue;
            const file = { path: rel, text: bytes.toString('utf8') };
            for (const s of visiting)
                s.visit(file);
        }
        finally {
            closeSync(fd);
        }
    }
    return { stats, sizes, skippedExamples, states: scanners.map((s) => s.take()) };
}
/** The pass's totals from its batches, merged in file order. */
class PassTotals {
    stats;
    sizes = new Map();
    skippedExamples = { binary: [], large: [], unreadable: [] };
    constructor(listed) {
        this.stats = { listed, scanned: 0, skippedBinary: 0, skippedLarge: 0, skippedSymlink: 0, unreadable: 0 };
    }
    /** Adds one batch's results; `files` are the paths the batch was sent. */
    add(batch, scanners, files) {
        const s = this.stats;
        s.scanned += batch.stats.scanned;
        s.skippedBinary += batch.stats.skippedBinary;
        s.skippedLarge += batch.stats.skippedLarge;
        s.skippedSymlink += batch.stats.skippedSymlink;
        s.unreadable += batch.stats.unreadable;
        batch.sizes.forEach((n, i) => {
            if (n >= 0)
                this.sizes.set(files[i], n);
        });
        for (const key of ['binary', 'large', 'unreadable']) {
            const bucket = this.skippedExamples[key];
            for (const p of batch.skippedExamples[key])
                if (bucket.length < EXAMPLES)
                    bucket.push(p);
        }
        batch.states.forEach((state, i) => scanners[i].merge(state));
    }
}

;// CONCATENATED MODULE: ./src/run/scan-pool.ts
// The worker threads of one scan pass. They are started, and their code loaded, before the first
// check runs (a check may rewrite dist/ meanwhile); the pass hands them batches of files and
// merges the results in file order on the main thread.






/** Files per message: large enough that messaging costs little, small enough to balance the load. */
const BATCH_FILES = 256;
function* inBatches(files) {
    for (let i = 0; i < files.length; i += BATCH_FILES)
        yield files.slice(i, i + BATCH_FILES);
}
/** Where the worker's code is: beside the bundle (dist/scan-worker.js), or the source under tsx. */
function workerEntry() {
    const here = (0,external_node_url_.fileURLToPath)(import.meta.url);
    const dir = external_node_path_default().dirname(here);
    if (here.endsWith('.ts'))
        return { file: external_node_path_default().join(dir, 'scan-worker.ts'), execArgv: [...process.execArgv, '--import', 'tsx'] };
    return { file: external_node_path_default().join(dir, 'scan-worker.js') };
}
function defaultScanWorkers() {
    const cores = typeof (external_node_os_default()).availableParallelism === 'function' ? external_node_os_default().availableParallelism() : external_node_os_default().cpus().length;
    return Math.max(1, Math.min(cores, 4));
}
class ScanPool {
    workers = [];
    stopped;
    failWith;
    constructor() { }
    /** Starts `count` workers for these checks' scanners and waits until each has loaded its code. */
    static async start(checks, options) {
        const pool = new ScanPool();
        const entry = workerEntry();
        const ready = [];
        for (let i = 0; i < options.count; i++) {
            const worker = new external_node_worker_threads_.Worker(entry.file, { ...(entry.execArgv ? { execArgv: entry.execArgv } : {}), stdout: false, stderr: false });
            // The run never waits on an idle worker to exit.
            worker.unref();
            pool.workers.push(worker);
            ready.push(new Promise((resolve, reject) => {
                const onMessage = (msg) => {
                    if (msg.type !== 'ready')
                        return;
                    worker.off('message', onMessage);
                    worker.off('error', reject);
                    resolve();
                };
                worker.on('message', onMessage);
                worker.once('error', reject);
                worker.once('exit', (code) => reject(new Error(`the scan worker exited (code ${code}) before it started`)));
            }));
            worker.on('error', (err) => pool.fail(err));
            worker.on('exit', () => pool.fail(new Error('a scan worker exited')));
            const init = { type: 'init', workspace: options.workspace, maxFileSize: options.maxFileSize, checks };
            worker.postMessage(init);
        }
        try {
            await Promise.all(ready);
        }
        catch (err) {
            pool.terminate();
            throw new Error(`could not start the scan worker: ${err.message}`, { cause: err });
        }
        return pool;
    }
    fail(err) {
        this.stopped ??= err;
        this.failWith?.(err);
    }
    /**
     * Scans every listed file; `scanners` are the main-thread twins of the workers' scanners. The
     * workers begin on the tracked files while git still looks for untracked ones. Results are
     * merged in the order of the whole sorted list, and only once it is known: a batch into which
     * an untracked file sorts is split at that file and read again, so every scanner sees the files
     * in the same order as if the list had been complete from the start.
     */
    run(listing, scanners) {
        const started = performance.now();
        if (this.stopped)
            return Promise.reject(this.stopped);
        return new Promise((resolve, reject) => {
            /** Batches by id; `order` is the merge order once the untracked files are known. */
            const batches = [];
            const results = new Map();
            const queue = [];
            const dropped = new Set();
            let order;
            let list;
            let totals;
            let merged = 0;
            let settled = false;
            const idle = [];
            const finish = (err) => {
                if (settled)
                    return;
                settled = true;
                for (const w of this.workers)
                    w.off('message', onMessage);
                this.failWith = undefined;
                if (err)
                    reject(err);
                else
                    resolve({ list: list, sizes: totals.sizes, stats: totals.stats, skippedExamples: totals.skippedExamples, durationMs: Math.round(performance.now() - started) });
            };
            this.failWith = finish;
            const add = (files) => {
                batches.push(files);
                return batches.length - 1;
            };
            const send = (worker) => {
                let id = queue.shift();
                while (id !== undefined && dropped.has(id))
                    id = queue.shift();
                if (id === undefined) {
                    if (!idle.includes(worker))
                        idle.push(worker);
                    return;
                }
                const msg = { type: 'batch', index: id, files: batches[id] };
                worker.postMessage(msg);
            };
            const wake = () => {
                while (idle.length > 0 && queue.length > 0)
                    send(idle.shift());
            };
            const mergeReady = () => {
                if (!order || !totals)
                    return;
                // Merged in file order, so findings come out as a single thread would list them.
                for (let r = results.get(order[merged]); merged < order.length && r; r = results.get(order[merged])) {
                    results.delete(order[merged]);
                    totals.add(r, scanners, batches[order[merged]]);
                    merged++;
                }
                if (merged === order.length)
                    finish();
            };
            const onMessage = function (msg) {
                if (msg.type === 'error')
                    return finish(new Error(msg.message));
                if (msg.type !== 'batch')
                    return;
                if (!dropped.has(msg.index))
                    results.set(msg.index, msg.result);
                mergeReady();
                if (!settled)
                    send(this);
            };
            for (const w of this.workers)
                w.on('message', onMessage);
            const tracked = [];
            listing.first.then((files) => {
                if (settled)
                    return;
                for (const batch of inBatches(files)) {
                    const id = add(batch);
                    tracked.push(id);
                    queue.push(id);
                }
                // Two batches in flight per worker, so none waits for the main thread between batches.
                for (let round = 0; round < 2; round++)
                    for (const w of this.workers)
                        send(w);
                return listing.rest.then((rest) => {
                    if (settled)
                        return;
                    order = placeUntracked(tracked, batches, rest, (files) => {
                        const id = add(files);
                        queue.push(id);
                        return id;
                    }, (id) => {
                        dropped.add(id);
                        results.delete(id);
                    });
                    wake();
                    return listing.whole.then((whole) => {
                        list = whole;
                        totals = new PassTotals(whole.files.length);
                        mergeReady();
                    });
                });
            }).catch((err) => finish(err));
        });
    }
    /** Ends the workers at once, even one stuck in a regular expression. */
    terminate() {
        this.fail(new Error('the scan was stopped'));
        for (const w of this.workers)
            void w.terminate();
    }
}
/**
 * The merge order of the batches once the untracked files are known: each tracked batch into
 * which untracked files sort is dropped and its files, with those untracked ones, are batched
 * anew; untracked files between two batches, or after the last, get batches of their own.
 */
function placeUntracked(tracked, batches, rest, add, drop) {
    if (rest.length === 0)
        return [...tracked];
    const order = [];
    const chunked = (files) => {
        for (const batch of inBatches(files))
            order.push(add(batch));
    };
    let j = 0;
    for (const id of tracked) {
        const files = batches[id];
        const last = files[files.length - 1];
        // Untracked files that sort before this batch's first file go first, in batches of their own.
        const before = [];
        while (j < rest.length && rest[j] < files[0])
            before.push(rest[j++]);
        chunked(before);
        const inside = [];
        while (j < rest.length && rest[j] < last)
            inside.push(rest[j++]);
        if (inside.length === 0) {
            order.push(id);
            continue;
        }
        drop(id);
        chunked(mergeSorted(files, inside));
    }
    chunked(rest.slice(j));
    return order;
}

;// CONCATENATED MODULE: ./src/checks/scan-session.ts


/**
 * Kinds whose rules run in linear time on any input; they share one pass. A `patterns` check runs
 * user-given regular expressions, which may not: each gets a pass (and workers) of its own, so
 * stopping it at its time limit stops no other check.
 */
const SHARED_PASS_KINDS = new Set(['checklist', 'conflict-markers', 'dockerfile', 'files', 'secrets', 'git']);
/**
 * Kinds that parse what they read (YAML), whose cost grows with more than the bytes: they share a
 * pass of their own, on one worker (they read a few files), so a hostile workflow can take the
 * workflows check's time but never the secrets scan's result (issue 24).
 */
const PARSING_KINDS = new Set(['workflows']);
/** The pass a check's scan runs in. */
function passKey(check) {
    if (SHARED_PASS_KINDS.has(check.kind))
        return 'shared';
    if (PARSING_KINDS.has(check.kind))
        return `parsing:${check.kind}`;
    return `own:${check.id}`;
}
/** A built-in check that could not finish its scan: its summary is the message. */
class ScanStopped extends Error {
}
function seconds(ms) {
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
class ScanSession {
    workspace;
    maxFileSize;
    signal;
    workers;
    listed;
    groups = new Map();
    groupOf = new Map();
    checks = new Map();
    constructor(workspace, 
    /** The plan's scan checks and the scanner each adds (none for `git`). */
    planned, maxFileSize, signal, workers = defaultScanWorkers()) {
        this.workspace = workspace;
        this.maxFileSize = maxFileSize;
        this.signal = signal;
        this.workers = workers;
        for (const { check, scanner } of planned) {
            const key = passKey(check);
            let group = this.groups.get(key);
            if (!group)
                this.groups.set(key, (group = { open: new Set(), checks: [], scanners: [], finished: false, workers: key.startsWith('parsing:') ? 1 : this.workers }));
            group.open.add(check.id);
            if (scanner) {
                group.checks.push(check);
                group.scanners.push(scanner);
            }
            this.groupOf.set(check.id, group);
            this.checks.set(check.id, check);
        }
    }
    /**
     * Starts every pass's workers and waits until their code is loaded. Never rejects. With
     * `listNow` (no check of the run can change the files first), the file list is taken meanwhile.
     */
    async start(listNow = false) {
        if (listNow)
            this.listing();
        const started = [...this.groups.values()].map((g) => {
            g.pool = ScanPool.start(g.checks, { workspace: this.workspace, maxFileSize: this.maxFileSize, count: g.workers });
            // A worker that cannot start is reported by each of its checks.
            return g.pool.then(() => undefined, () => undefined);
        });
        await Promise.all(started);
    }
    listing() {
        return (this.listed ??= startListing(this.workspace));
    }
    groupFor(checkId) {
        const group = this.groupOf.get(checkId);
        if (!group)
            throw new Error(`check ${checkId} is not part of a scan pass`);
        return group;
    }
    passOf(group) {
        if (!group.pass) {
            const pool = group.pool ?? Promise.reject(new Error('the scan workers were not started'));
            group.pass = pool.then((p) => p.run(this.listing(), group.scanners));
            group.pass.then(() => (group.finished = true), () => (group.finished = true));
        }
        return group.pass;
    }
    /** The pass of the check's group, within the check's time limit and the run's. */
    async result(checkId) {
        const group = this.groupFor(checkId);
        const check = this.checks.get(checkId);
        try {
            return await this.bounded(check, group, this.passOf(group));
        }
        finally {
            group.open.delete(checkId);
            if (group.open.size === 0 && !group.finished)
                void group.pool?.then((p) => p.terminate());
        }
    }
    /** The pass and the scanner the check added to it. */
    async scannerOf(checkId) {
        const group = this.groupFor(checkId);
        const index = group.checks.findIndex((c) => c.id === checkId);
        if (index < 0)
            throw new Error(`no scanner registered for check ${checkId}`);
        return { pass: { ...(await this.result(checkId)), timedOn: group.checks[0].id }, scanner: group.scanners[index] };
    }
    bounded(check, group, work) {
        const signal = this.signal;
        if (signal?.aborted)
            return Promise.reject(new ScanStopped('cancelled before the scan ended'));
        return new Promise((resolve, reject) => {
            const end = () => {
                clearTimeout(timer);
                signal?.removeEventListener('abort', onAbort);
            };
            const timer = setTimeout(() => {
                end();
                // The pass goes on while another check still waits for it.
                const last = group.open.size === 1 && !group.finished;
                reject(new ScanStopped(`timed out after ${seconds(check.timeoutMs)}${last ? '; the scan was stopped' : ''}`));
            }, check.timeoutMs);
            const onAbort = () => {
                end();
                reject(new ScanStopped('cancelled while running'));
            };
            signal?.addEventListener('abort', onAbort, { once: true });
            work.then((v) => {
                end();
                resolve(v);
            }, (err) => {
                end();
                reject(err);
            });
        });
    }
    /** Stops every worker; the run is over. */
    close() {
        for (const g of this.groups.values())
            void g.pool?.then((p) => p.terminate(), () => undefined);
    }
}

;// CONCATENATED MODULE: ./src/masking.ts
const MASK = '***';
/** Shorter encoded forms would mask ordinary text. */
const MIN_ENCODED_LENGTH = 8;
/**
 * A value shorter than this is masked as a whole word only (not next to a letter, digit or _): a
 * found `.env` value `abc` is masked in `PASSWORD=abc` without turning "abcdef" into "***def".
 */
const WHOLE_WORD_BELOW = 8;
/**
 * The shortest value handed to the runner's log masker (core.setSecret), which masks it inside any
 * word of every later line of the job: a 1-3 character value there would make the log unreadable.
 * The action never prints a found value itself (all it prints passes through SecretMask), so a
 * shorter value is still masked in everything the action writes.
 */
const RUNNER_MIN_LENGTH = 4;
/** Whether the runner's log masker should get this value too (see RUNNER_MIN_LENGTH). */
function runnerMaskable(value) {
    return value.length >= RUNNER_MIN_LENGTH;
}
const escapeRegExp = (v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The base64 (and base64url) text that a value turns into inside any encoded stream: at each of
 * the three byte offsets, without the characters it shares with the bytes around it.
 */
function base64Forms(value) {
    const bytes = Buffer.from(value, 'utf8');
    const forms = new Set();
    for (const offset of [0, 1, 2]) {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64').replace(/=+$/, '');
        // With 1 or 2 bytes before it, the first 2 or 3 characters also carry those bytes; when the
        // value does not end on a 3-byte boundary, the last character also carries the next byte.
        const start = offset === 0 ? 0 : offset + 1;
        const end = (offset + bytes.length) % 3 === 0 ? encoded.length : encoded.length - 1;
        const form = encoded.slice(start, end);
        if (form.length >= MIN_ENCODED_LENGTH) {
            forms.add(form);
            forms.add(form.replace(/\+/g, '-').replace(/\//g, '_'));
        }
    }
    return [...forms];
}
class SecretMask {
    values = new Set();
    all = new Set();
    pattern;
    add(value) {
        if (!value || this.values.has(value))
            return;
        this.values.add(value);
        this.all.add(value);
        for (const form of base64Forms(value))
            this.all.add(form);
        this.pattern = undefined;
    }
    get size() {
        return this.values.size;
    }
    apply(text) {
        if (this.values.size === 0 || !text)
            return text;
        if (!this.pattern) {
            // Longest first, so a secret that contains another is masked whole; short values as words.
            const sorted = [...this.all].sort((a, b) => b.length - a.length);
            const long = sorted.filter((v) => v.length >= WHOLE_WORD_BELOW).map(escapeRegExp);
            const short = sorted.filter((v) => v.length < WHOLE_WORD_BELOW).map(escapeRegExp);
            if (short.length > 0)
                long.push(`(?<![A-Za-z0-9_])(?:${short.join('|')})(?![A-Za-z0-9_])`);
            this.pattern = new RegExp(long.join('|'), 'g');
        }
        return text.replace(this.pattern, MASK);
    }
    /** Every string inside the value (object keys too), masked; other values as they are. */
    deep(value) {
        if (typeof value === 'string')
            return this.apply(value);
        if (Array.isArray(value))
            return value.map((v) => this.deep(v));
        if (value !== null && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.apply(k), this.deep(v)]));
        }
        return value;
    }
    check(c) {
        return this.values.size === 0 ? c : this.deep(c);
    }
    report(r) {
        return this.values.size === 0 ? r : this.deep(r);
    }
}

// EXTERNAL MODULE: ./src/run/process.ts + 2 modules
var run_process = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/run/environment.ts
var environment = __webpack_require__(1276);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(8701);
;// CONCATENATED MODULE: ./src/run/which.ts
// Whether a command is installed. @actions/io's `which` probes the action's own PATH; a check
// environment given its own PATH (the engine's `env` option) is probed the same way on that PATH,
// since `which` only reads process.env.



async function findExecutable(name, pathVar) {
    if (pathVar === process.env.PATH && !name.includes('/'))
        return (await (0,io/* which */.K7)(name, false)) || undefined;
    return findOnPath(name, pathVar);
}
function findOnPath(name, pathVar) {
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

;// CONCATENATED MODULE: ./src/run/temp-root.ts
// Where the run keeps its own files (reports checks write, the baseline, the default JSON report):
// the runner's RUNNER_TEMP, or the system's temp folder when that is unset, missing or read-only.


function tempRoot(env = process.env) {
    const runnerTemp = env.RUNNER_TEMP;
    if (!runnerTemp)
        return { dir: external_node_os_default().tmpdir() };
    try {
        if (!(0,external_node_fs_.statSync)(runnerTemp).isDirectory())
            throw new Error('not a directory');
        (0,external_node_fs_.accessSync)(runnerTemp, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
        return { dir: runnerTemp };
    }
    catch (err) {
        const reason = err.code ?? err.message;
        return { dir: external_node_os_default().tmpdir(), warning: `RUNNER_TEMP (${runnerTemp}) cannot be used (${reason}); using ${external_node_os_default().tmpdir()} instead` };
    }
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
/**
 * Checks that count: not skipped, not waived, and carrying a score. A check in `error` counts 0 by
 * default, so breaking never raises the score; with `unmeasured: unscored` it is left out instead.
 */
function isScored(check, unmeasured = 'zero') {
    if (check.status === 'error' && unmeasured === 'unscored')
        return false;
    return check.status !== 'skipped' && check.status !== 'waived';
}
function checkScore(check) {
    return check.status === 'error' ? 0 : (check.score ?? 0);
}
/**
 * The one status rule (docs/scoring.md): `pass` at or above target, `fail` at 0 or below the
 * minimum, `warn` strictly between. A kind's own status stands except where it contradicts its
 * score: a pass or warn that scores 0 is a fail.
 */
function agreeingStatus(outcome) {
    if ((outcome.status === 'warn' || outcome.status === 'pass') && outcome.score !== undefined && outcome.score <= 0)
        return { ...outcome, status: 'fail' };
    return outcome;
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
        const key = c.status === 'skipped' || c.status === 'waived' ? c.status : c.status === 'error' ? 'unmeasured' : 'weight 0';
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (counts.size === 1) {
        const [key] = [...counts.keys()];
        return checks.length === 1 ? `its check is ${key === 'weight 0' ? 'weighted 0' : key}` : `all ${checks.length} checks ${key === 'weight 0' ? 'weighted 0' : key}`;
    }
    return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}
function computeScorecard(checks, categoryDefs, threshold, unmeasured = 'zero') {
    const scored = [];
    const omittedCategories = [];
    for (const def of categoryDefs) {
        const members = checks.filter((c) => c.category === def.id);
        const counted = members.filter((c) => isScored(c, unmeasured) && c.weight > 0);
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
    const raw = totalWeight > 0 ? scored.reduce((s, c) => s + c.def.weight * c.score, 0) / totalWeight : null;
    // Whatever produced it (weights that overflow, a score from outside), a score that is not a
    // finite number never passes the gate and is never shown as one.
    const unusable = raw !== null && !(Number.isFinite(raw) && raw >= 0 && raw <= 100);
    const score = raw === null || unusable ? null : round1(raw);
    const improvements = [];
    for (const c of scored) {
        const maxPoints = totalWeight > 0 ? (100 * c.def.weight) / totalWeight : 0;
        for (const check of c.checks) {
            // A check that could not measure is not something the repository can fix by changing its
            // code: it stays in "Could not measure", out of this list.
            if (check.status === 'error')
                continue;
            const lost = ((100 - checkScore(check)) / 100) * (check.weight / c.weight) * maxPoints;
            if (lost > 0.05)
                improvements.push({ id: check.id, title: check.title, status: check.status, pointsLost: round1(lost) });
        }
    }
    const blockers = checks.filter(isBlocker).map((c) => c.id);
    // Checks that fail the gate come first: fixing them is what lets the build pass.
    const blocking = new Set(blockers);
    improvements.sort((a, b) => Number(blocking.has(b.id)) - Number(blocking.has(a.id)) || b.pointsLost - a.pointsLost || a.id.localeCompare(b.id));
    const reasons = [];
    if (unusable)
        reasons.push(`the score could not be computed (${raw}); check the weights and scores`);
    else if (score === null)
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

// EXTERNAL MODULE: ./src/scoring/curves.ts
var curves = __webpack_require__(2661);
;// CONCATENATED MODULE: ./src/scoring/new-code.ts


/** The check's curve on its new-code measure; null when there is nothing to score (no executable changed line). */
function scoreMeasure(m) {
    switch (m.kind) {
        case 'levels': {
            const s = (0,curves/* levelCounts */.pS)(m.counts, m.limits, m.order);
            return { status: s.status, score: s.score };
        }
        case 'coverage':
            return m.pct === null ? null : (0,curves/* higherIsBetter */.i2)(m.pct, m.min, m.target);
        case 'none-allowed':
            return m.count === 0 ? { status: 'pass', score: 100 } : { status: 'fail', score: 0 };
    }
}
/** The weighted score of the scored checks' new-code views, as the main score is weighed; null when none has one. */
function newCodeScore(scored, categories, threshold) {
    const live = scored.filter((s) => s.check.status !== 'waived' && s.check.status !== 'skipped');
    if (live.length === 0)
        return null;
    const checks = live.map(({ check, scored: s }) => ({ ...check, status: s.status, score: s.score, required: false }));
    return computeScorecard(checks, categories, threshold).score;
}
/**
 * Zero config's gate on a pull request, in the spirit of Sonar's default quality gate: no new
 * error-level finding, and patch coverage at least the coverage checks' target when measured.
 */
function defaultNewCodeGate(coverageTargets) {
    return { maxErrors: 0, ...(coverageTargets.length > 0 ? { coverageWhenMeasured: Math.max(...coverageTargets) } : {}) };
}
/**
 * The gate's conditions. A condition that is set but cannot be measured (no new-code view, no
 * coverage report with per-line data) fails, with the reason: a gate never passes on nothing.
 */
function evaluateConditions(gate, view) {
    const out = [];
    if (gate.coverageWhenMeasured !== undefined && gate.coverage === undefined && view.available && view.coverage) {
        const limit = gate.coverageWhenMeasured;
        if (view.coverage.pct === null)
            out.push({ id: 'coverage', limit, actual: null, passed: true, reason: 'no executable line was changed', default: true });
        else {
            const actual = Math.floor(view.coverage.pct * 10) / 10;
            out.push({ id: 'coverage', limit, actual, passed: actual >= limit, default: true });
        }
    }
    if (gate.maxErrors !== undefined) {
        const limit = gate.maxErrors;
        if (!view.available)
            out.push({ id: 'max-errors', limit, actual: null, passed: false, reason: `not measured: ${view.reason ?? 'no new-code view'}`, default: true });
        else
            out.push({ id: 'max-errors', limit, actual: view.newErrors ?? 0, passed: (view.newErrors ?? 0) <= limit, default: true });
    }
    if (gate.coverage !== undefined) {
        const limit = gate.coverage;
        if (!view.available)
            out.push({ id: 'coverage', limit, actual: null, passed: false, reason: `not measured: ${view.reason ?? 'no new-code view'}` });
        else if (!view.coverage)
            out.push({ id: 'coverage', limit, actual: null, passed: false, reason: 'not measured: no coverage check with per-line data ran' });
        else if (view.coverage.pct === null)
            out.push({ id: 'coverage', limit, actual: null, passed: true, reason: 'no executable line was changed' });
        else {
            // Compared at the one decimal shown, as the main gate does.
            const actual = Math.floor(view.coverage.pct * 10) / 10;
            out.push({ id: 'coverage', limit, actual, passed: actual >= limit });
        }
    }
    if (gate.maxFindings !== undefined) {
        const limit = gate.maxFindings;
        if (!view.available)
            out.push({ id: 'max-findings', limit, actual: null, passed: false, reason: `not measured: ${view.reason ?? 'no new-code view'}` });
        else
            out.push({ id: 'max-findings', limit, actual: view.newFindings, passed: view.newFindings <= limit });
    }
    return out;
}
/** One line per failed condition, for the gate's reason. */
function conditionFailures(conditions) {
    return conditions
        .filter((c) => !c.passed)
        .map((c) => c.id === 'max-errors'
        ? c.actual === null
            ? `new code: new error-level findings ${c.reason ?? 'not measured'} (max ${c.limit})`
            : `new code: ${c.actual} new error-level finding${c.actual === 1 ? '' : 's'}, at most ${c.limit} allowed`
        : c.id === 'coverage'
            ? c.actual === null
                ? `new code: patch coverage ${c.reason ?? 'not measured'} (min ${c.limit}%)`
                : `new code: patch coverage ${c.actual}% is below ${c.limit}%`
            : c.actual === null
                ? `new code: new findings ${c.reason ?? 'not measured'} (max ${c.limit})`
                : `new code: ${c.actual} new finding${c.actual === 1 ? '' : 's'}, at most ${c.limit} allowed`);
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/report/report-schema.ts
// The JSON report's shape as a zod schema: what `merge` and a baseline file are checked against
// before anything in them is used. A report from outside is data from another run, maybe
// tampered with: ids that could carry workflow commands, scores of 1e9, negative weights and
// unknown statuses are refused with the field named. The type assertions at the bottom keep this
// schema and the Report type in src/types.ts the same shape.


const REPORT_SCHEMA_VERSION = 2;
const report_schema_slug = schemas/* string */.YjP().max(200).regex(schema/* SLUG */.OZ, { error: 'expected a slug (letters, digits, "-", "_", "."; starting with a letter or digit)' });
const score = schemas/* number */.aig().min(0).max(100);
const weight = schemas/* number */.aig().min(0).max(schema/* MAX_WEIGHT */.K3);
const count = schemas/* number */.aig().int().min(0);
const report_schema_status = schemas/* enum */.k5n(['pass', 'warn', 'fail', 'error', 'skipped', 'waived']);
const report_schema_text = schemas/* string */.YjP().max(1_000_000);
// Fields that are not free text are held to their form: a report from outside (a fork's artifact,
// a shard, a baseline) cannot put markup where a version, a date, a SHA or a signal goes.
const toolName = schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, { error: 'expected a tool name (lower-case letters, digits, ".", "_", "-")' });
const version = schemas/* string */.YjP().regex(/^\d{1,9}\.\d{1,9}\.\d{1,9}(?:-[0-9A-Za-z.-]{1,64})?(?:\+[0-9A-Za-z.-]{1,64})?$/, { error: 'expected a version (1.2.3)' });
/** A run's time, or '' when none was known. */
const when = schemas/* union */.KCZ([schemas/* literal */.euz(''), iso/* datetime */.w$({ offset: true }), iso/* date */.p6()], { error: 'expected an ISO 8601 date or time' });
/** A commit, or '' when none was known. */
const sha = schemas/* string */.YjP().regex(/^[0-9a-f]{0,64}$/i, { error: 'expected a commit SHA (hex)' });
const signalName = schemas/* string */.YjP().regex(/^SIG[A-Z0-9]{1,12}$/, { error: 'expected a signal name (SIGTERM)' });
const finding = schemas/* object */.Ikc({
    file: report_schema_text.optional(),
    line: count.optional(),
    column: count.optional(),
    severity: schemas/* enum */.k5n(['error', 'warning', 'note']),
    rule: report_schema_text,
    message: report_schema_text,
    fingerprint: report_schema_text.optional(),
    new: schemas/* boolean */.zMY().optional(),
});
const evidence = schemas/* object */.Ikc({
    command: report_schema_text.optional(),
    workingDirectory: report_schema_text,
    exitCode: schemas/* number */.aig().int().nullable().optional(),
    signal: signalName.nullable().optional(),
    durationMs: schemas/* number */.aig().min(0),
    outputTail: report_schema_text.optional(),
    outputTruncated: schemas/* boolean */.zMY().optional(),
    sources: schemas/* array */.YOg(report_schema_text),
    note: report_schema_text.optional(),
    timedOn: report_schema_slug.optional(),
    why: schemas/* array */.YOg(report_schema_text).optional(),
});
const waiver = schemas/* object */.Ikc({
    reason: report_schema_text,
    until: iso/* date */.p6({ error: 'expected a date (YYYY-MM-DD)' }).optional(),
    state: schemas/* enum */.k5n(['active', 'expired']),
    measuredStatus: report_schema_status,
    measuredScore: score.optional(),
});
const check = schemas/* object */.Ikc({
    id: report_schema_slug,
    title: report_schema_text,
    kind: report_schema_slug,
    category: report_schema_slug,
    weight,
    required: schemas/* boolean */.zMY(),
    status: report_schema_status,
    score: score.optional(),
    summary: report_schema_text,
    target: report_schema_text.optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
    findings: schemas/* array */.YOg(finding),
    evidence,
    waiver: waiver.optional(),
    origin: report_schema_text.optional(),
});
const category = schemas/* object */.Ikc({ id: report_schema_slug, title: report_schema_text, weight, score, points: score, maxPoints: score });
const baseline = schemas/* object */.Ikc({
    status: schemas/* enum */.k5n(['compared', 'none', 'unavailable', 'error']),
    reason: report_schema_text.optional(),
    branch: report_schema_text.optional(),
    previous: schemas/* object */.Ikc({ score: score.nullable(), grade: schemas/* string */.YjP().regex(/^[A-F]$/, { error: 'expected a grade (A to F)' }).nullable(), sha, date: when, runId: schemas/* string */.YjP().regex(/^\d{0,20}$/, { error: 'expected a run id (digits)' }) })
        .optional(),
    delta: schemas/* number */.aig().min(-100).max(100).nullable().optional(),
    changes: schemas/* array */.YOg(schemas/* object */.Ikc({ id: report_schema_slug, title: report_schema_text, before: report_schema_status.nullable(), after: report_schema_status.nullable() })).optional(),
    trend: schemas/* array */.YOg(score.nullable()).optional(),
    source: schemas/* enum */.k5n(['cache', 'file']).optional(),
    mergeBase: report_schema_text.optional(),
    behind: count.optional(),
    history: schemas/* array */.YOg(schemas/* object */.Ikc({
        score: score.nullable(),
        sha,
        date: when,
        threshold: score.optional(),
        metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()).optional(),
        benchmarks: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* number */.aig()))).optional(),
    }))
        .optional(),
    saved: report_schema_text.optional(),
});
const ratchet = schemas/* object */.Ikc({
    maxDrop: schemas/* number */.aig().min(0).max(100).optional(),
    noNewFailures: schemas/* boolean */.zMY().optional(),
    status: schemas/* enum */.k5n(['passed', 'failed', 'no-baseline']),
    reasons: schemas/* array */.YOg(report_schema_text),
});
const newCode = schemas/* object */.Ikc({
    base: report_schema_text.nullable(),
    head: report_schema_text.nullable(),
    mergeBase: report_schema_text.nullable(),
    source: schemas/* enum */.k5n(['git', 'api', 'none']),
    reason: report_schema_text.optional(),
    how: schemas/* array */.YOg(report_schema_text),
    changedFiles: count,
    changedLines: count,
    findings: schemas/* object */.Ikc({ total: count, byCheck: schemas/* record */.g1P(schemas/* string */.YjP(), count), partial: schemas/* boolean */.zMY() }),
    coverage: schemas/* object */.Ikc({
        covered: count,
        total: count,
        pct: score.nullable(),
        uncovered: schemas/* array */.YOg(schemas/* object */.Ikc({ file: report_schema_text, lines: report_schema_text })),
        unreported: count,
    })
        .nullable(),
    score: score.nullable(),
    passed: schemas/* boolean */.zMY(),
    conditions: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* enum */.k5n(['coverage', 'max-findings', 'max-errors']), limit: schemas/* number */.aig().min(0), actual: schemas/* number */.aig().min(0).nullable(), passed: schemas/* boolean */.zMY(), reason: report_schema_text.optional(), default: schemas/* boolean */.zMY().optional() })),
    checks: schemas/* array */.YOg(schemas/* object */.Ikc({
        id: report_schema_slug,
        title: report_schema_text,
        newFindings: count,
        partial: schemas/* boolean */.zMY().optional(),
        coverage: schemas/* object */.Ikc({ covered: count, total: count, pct: score.nullable() }).optional(),
        score: score.optional(),
        status: schemas/* enum */.k5n(['pass', 'warn', 'fail']).optional(),
    })),
});
const reportSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(REPORT_SCHEMA_VERSION, { error: `expected report schemaVersion ${REPORT_SCHEMA_VERSION}` }),
    tool: schemas/* object */.Ikc({ name: toolName, version }),
    score: score.nullable(),
    grade: schemas/* enum */.k5n(['A', 'B', 'C', 'D', 'F']).nullable(),
    threshold: score,
    passed: schemas/* boolean */.zMY(),
    blockers: schemas/* array */.YOg(report_schema_slug),
    gateReason: report_schema_text,
    categories: schemas/* array */.YOg(category),
    omittedCategories: schemas/* array */.YOg(schemas/* object */.Ikc({ id: report_schema_slug, title: report_schema_text, weight, reason: report_schema_text })),
    improvements: schemas/* array */.YOg(schemas/* object */.Ikc({ id: report_schema_slug, title: report_schema_text, status: report_schema_status, pointsLost: score })),
    checks: schemas/* array */.YOg(check),
    config: schemas/* object */.Ikc({
        path: report_schema_text.nullable(),
        source: schemas/* enum */.k5n(['file', 'detected', 'merged', 'none']),
        errors: schemas/* array */.YOg(report_schema_text),
        detected: schemas/* object */.Ikc({
            reasons: schemas/* array */.YOg(report_schema_text),
            yaml: report_schema_text,
            suggestions: schemas/* array */.YOg(schemas/* object */.Ikc({ id: report_schema_text, run: report_schema_text, origin: report_schema_text, why: report_schema_text })).optional(),
            leftOut: schemas/* array */.YOg(schemas/* object */.Ikc({ origin: report_schema_text, command: report_schema_text, reason: report_schema_text })).optional(),
        })
            .optional(),
        merged: schemas/* array */.YOg(report_schema_text).optional(),
        ratchet: schemas/* object */.Ikc({ maxDrop: schemas/* number */.aig().min(0).max(100).optional(), noNewFailures: schemas/* boolean */.zMY().optional() }).optional(),
    }),
    warnings: schemas/* array */.YOg(report_schema_text),
    cancelled: schemas/* boolean */.zMY(),
    unmeasured: schemas/* enum */.k5n(['zero', 'unscored']).optional(),
    baseline: baseline.optional(),
    newCode: newCode.optional(),
    ratchet: ratchet.optional(),
    startedAt: iso/* datetime */.w$({ offset: true }),
    durationMs: schemas/* number */.aig().min(0),
});
/** Checks a parsed JSON value against the report's shape; the problems name each field. */
function validateReport(value) {
    const version = value !== null && typeof value === 'object' ? value.schemaVersion : undefined;
    if (version !== REPORT_SCHEMA_VERSION) {
        return { problems: [`schemaVersion: expected ${REPORT_SCHEMA_VERSION}, found ${JSON.stringify(version) ?? 'none'}`] };
    }
    const parsed = reportSchema.safeParse(value);
    if (parsed.success)
        return { report: parsed.data };
    return {
        problems: parsed.error.issues.slice(0, 10).map((issue) => {
            // A key is the file's text: quoted (JSON escapes its control characters) unless plain.
            const key = (p) => (/^[\w-]{1,64}$/.test(String(p)) ? String(p) : JSON.stringify(String(p).slice(0, 64)));
            const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${key(p)}`)).join('').replace(/^\./, '');
            return `${where || '(the report)'}: ${issue.message}`;
        }),
    };
}
const sameShape = true;
void sameShape;

// EXTERNAL MODULE: ./src/checks/coverage.ts + 7 modules
var coverage = __webpack_require__(3088);
// EXTERNAL MODULE: ./src/checks/sarif.ts + 3 modules
var sarif = __webpack_require__(9452);
;// CONCATENATED MODULE: ./src/new-code/diff.ts
// Changed lines from a unified diff (`git diff -w -U0 -M`, or the patches of GitHub's compare):
// the added or modified lines of the new version, by new-file line number. Deleted files and
// whitespace-only edits contribute nothing; a renamed file is keyed by its new path.
/** Decodes a path git printed in C-style quotes ("a/t\303\251st\ttab"). */
function unquotePath(s) {
    if (!s.startsWith('"') || !s.endsWith('"') || s.length < 2)
        return s;
    const body = s.slice(1, -1);
    const bytes = [];
    const escapes = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '\\': 92, '"': 34 };
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            for (const b of Buffer.from(c, 'utf8'))
                bytes.push(b);
            continue;
        }
        const n = body[i + 1] ?? '';
        if (/[0-7]/.test(n)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(escapes[n] ?? n.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function stripPrefix(p, prefix) {
    return p.startsWith(prefix) ? p.slice(prefix.length) : p;
}
/** The new path from `diff --git a/X b/Y` when no ---/+++ lines say it (an empty new file). */
function headerPath(rest) {
    if (rest.startsWith('"')) {
        const end = rest.lastIndexOf(' "');
        return end > 0 ? stripPrefix(unquotePath(rest.slice(end + 1)), 'b/') : undefined;
    }
    // Unquoted: "a/P b/P" with the same P on both sides (renames always print rename lines).
    if ((rest.length - 1) % 2 !== 0)
        return undefined;
    const half = (rest.length - 1) / 2;
    const a = rest.slice(0, half);
    const b = rest.slice(half + 1);
    return a.slice(2) === b.slice(2) ? b.slice(2) : undefined;
}
/** Parses `git diff` output (any context size) into changed lines of the new version. */
function parseUnifiedDiff(text) {
    const files = new Map();
    let changedLines = 0;
    let cur;
    let next = 0;
    let inHunk = false;
    const finish = () => {
        if (!cur || cur.deleted || cur.path === undefined)
            return;
        // A file with nothing left to show (whitespace-only edits, a pure rename) did not change.
        if (cur.lines.length === 0 && cur.status !== 'added' && !cur.binary)
            return;
        const file = { path: cur.path, status: cur.status, lines: cur.lines, ...(cur.from ? { from: cur.from } : {}), ...(cur.binary ? { wholeFile: true } : {}) };
        const prev = files.get(file.path);
        if (prev) {
            file.lines = [...new Set([...prev.lines, ...file.lines])].sort((x, y) => x - y);
            changedLines -= prev.lines.length;
        }
        files.set(file.path, file);
        changedLines += file.lines.length;
    };
    let start = 0;
    const len = text.length;
    while (start < len) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = len;
        const c = text.charCodeAt(start);
        if (inHunk && c === 43 /* + */ && cur) {
            cur.lines.push(next++);
        }
        else if (inHunk && c === 32 /* space */) {
            next++;
        }
        else if (inHunk && (c === 45 /* - */ || c === 92) /* \ No newline */) {
            // Removed lines have no new line number.
        }
        else {
            const line = text.slice(start, end);
            if (line.startsWith('diff --git ')) {
                finish();
                cur = { status: 'modified', deleted: false, binary: false, lines: [] };
                cur.path = headerPath(line.slice(11));
                inHunk = false;
            }
            else if (cur && line.startsWith('@@')) {
                const m = /^@@+ [^@]*?\+(\d+)(?:,(\d+))? @@/.exec(line);
                if (m) {
                    next = Number(m[1]);
                    inHunk = true;
                }
            }
            else if (cur) {
                inHunk = false;
                if (line.startsWith('+++ ')) {
                    const p = line.slice(4).replace(/\t$/, '');
                    if (p === '/dev/null')
                        cur.deleted = true;
                    else
                        cur.path = stripPrefix(unquotePath(p), 'b/');
                }
                else if (line.startsWith('--- ')) {
                    if (line.slice(4) === '/dev/null')
                        cur.status = 'added';
                }
                else if (line.startsWith('new file mode'))
                    cur.status = 'added';
                else if (line.startsWith('deleted file mode'))
                    cur.deleted = true;
                else if (line.startsWith('rename from ')) {
                    cur.from = unquotePath(line.slice(12));
                    cur.status = 'renamed';
                }
                else if (line.startsWith('rename to '))
                    cur.path = unquotePath(line.slice(10));
                else if (line.startsWith('Binary files ') || line === 'GIT binary patch')
                    cur.binary = true;
            }
        }
        start = end + 1;
    }
    finish();
    return { files, changedLines };
}
/** Changed lines from the compare API's files. A file without a patch (too large, binary) counts whole. */
function changesFromPatches(list) {
    const files = new Map();
    let changedLines = 0;
    for (const f of list) {
        if (f.status === 'removed')
            continue;
        const status = f.status === 'added' ? 'added' : f.status === 'renamed' ? 'renamed' : 'modified';
        const base = { path: f.filename, status, ...(f.previous_filename && status === 'renamed' ? { from: f.previous_filename } : {}) };
        if (f.patch === undefined) {
            if (status === 'renamed' && f.status === 'renamed')
                continue; // a pure rename has no patch and no change
            files.set(f.filename, { ...base, lines: [], wholeFile: true });
            continue;
        }
        const header = `diff --git a/${f.filename} b/${f.filename}\n${status === 'added' ? '--- /dev/null' : `--- a/${f.filename}`}\n+++ b/${f.filename}\n`;
        const one = parseUnifiedDiff(header + f.patch).files.get(f.filename);
        if (!one)
            continue;
        files.set(f.filename, { ...one, ...base });
        changedLines += one.lines.length;
    }
    return { files, changedLines };
}
/** Whether a sorted line list holds a line (binary search). */
function hasLine(lines, line) {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const v = lines[mid];
        if (v === line)
            return true;
        if (v < line)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return false;
}
/** Line numbers as ranges: [3,4,5,9] \u2192 "3-5, 9". */
function lineRanges(lines) {
    const parts = [];
    for (let i = 0; i < lines.length; i++) {
        const startLine = lines[i];
        while (i + 1 < lines.length && lines[i + 1] === lines[i] + 1)
            i++;
        parts.push(startLine === lines[i] ? String(startLine) : `${startLine}-${lines[i]}`);
    }
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./src/github/toolkit.ts
let cacheModule;
let githubModule;
const loadCache = () => (cacheModule ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(955), __webpack_require__.e(392)]).then(__webpack_require__.bind(__webpack_require__, 9392)));
const loadGithub = () => (githubModule ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 2413)));
/** Loads what the publishing steps will need, so they read nothing from disk after the run. */
async function preloadToolkit(needs) {
    await Promise.all([needs.cache ? loadCache() : undefined, needs.github ? loadGithub() : undefined]);
}

;// CONCATENATED MODULE: ./src/new-code/event.ts
// The pull request (or merge group) a run is for, from the runner's event file. The file is
// outside input: it is validated, and only full hexadecimal SHAs are taken from it.


const event_sha = schemas/* string */.YjP().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, { error: 'expected a full commit SHA' });
const repo = schemas/* object */.Ikc({ full_name: schemas/* string */.YjP().regex(/^[\w.-]+\/[\w.-]+$/), clone_url: schemas/* string */.YjP().optional() }).loose();
const side = schemas/* object */.Ikc({ sha: event_sha, ref: schemas/* string */.YjP().optional(), repo: repo.nullable().optional() }).loose();
const pullRequestEvent = schemas/* object */.Ikc({ pull_request: schemas/* object */.Ikc({ number: schemas/* int */.Whr().positive(), base: side, head: side }).loose(), repository: repo.optional() })
    .loose();
const mergeGroupEvent = schemas/* object */.Ikc({ merge_group: schemas/* object */.Ikc({ base_sha: event_sha, head_sha: event_sha, base_ref: schemas/* string */.YjP().optional() }).loose(), repository: repo.optional() }).loose();
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'];
class event_EventError extends Error {
}
/** The change an event describes, or null for events that carry none (push, schedule). Throws EventError when the file is unusable. */
function event_readChangeEvent(eventName, eventPath) {
    if (!PULL_REQUEST_EVENTS.includes(eventName))
        return null;
    if (!eventPath)
        throw new event_EventError(`GITHUB_EVENT_PATH is not set for a ${eventName} event`);
    let json;
    try {
        json = (0,bounded_file/* readBoundedJson */.g5)(eventPath);
    }
    catch (err) {
        throw new event_EventError(`the event file ${eventPath} could not be read as JSON: ${err.message}`);
    }
    return parseChangeEvent(eventName, json);
}
function parseChangeEvent(eventName, json) {
    const problems = (e) => e.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    if (eventName === 'merge_group') {
        const r = mergeGroupEvent.safeParse(json);
        if (!r.success)
            throw new event_EventError(`the ${eventName} event file is not usable: ${problems(r.error)}`);
        const full = r.data.repository?.full_name;
        return { eventName, base: r.data.merge_group.base_sha, head: r.data.merge_group.head_sha, ...(full ? { baseRepository: full, headRepository: full } : {}) };
    }
    const r = pullRequestEvent.safeParse(json);
    if (!r.success)
        throw new event_EventError(`the ${eventName} event file is not usable: ${problems(r.error)}`);
    const pr = r.data.pull_request;
    const baseRepo = pr.base.repo?.full_name ?? r.data.repository?.full_name;
    const headRepo = pr.head.repo?.full_name;
    return {
        eventName,
        base: pr.base.sha,
        head: pr.head.sha,
        ...(baseRepo ? { baseRepository: baseRepo } : {}),
        ...(headRepo ? { headRepository: headRepo } : {}),
        pullRequest: pr.number,
    };
}

;// CONCATENATED MODULE: ./src/new-code/git.ts
// Runs git in the workspace without a shell: arguments are passed as written, never interpolated.

/** The largest diff read; a bigger one is cut and said to be so. */
const MAX_GIT_OUTPUT = 256 * 1024 * 1024;
function git_git(cwd, args, options = {}) {
    return new Promise((resolve) => {
        if (options.signal?.aborted)
            return resolve({ code: null, stdout: '', stderr: 'cancelled', truncated: false });
        // Never prompt for credentials; no pager, no colour, no user diff drivers.
        const env = { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };
        // A process group of its own, so a fetch's helpers (git-remote-https, ssh) die with it.
        const child = (0,external_node_child_process_.spawn)('git', ['-c', 'core.quotePath=false', '-c', 'color.ui=false', ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        const kill = () => {
            try {
                if (child.pid)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        };
        const out = [];
        const err = [];
        const cap = options.maxOutput ?? MAX_GIT_OUTPUT;
        let size = 0;
        let truncated = false;
        child.stdout.on('data', (b) => {
            if (truncated)
                return;
            if (size + b.length > cap) {
                // Keep what fits and stop git: the rest would only be thrown away.
                out.push(b.subarray(0, cap - size));
                size = cap;
                truncated = true;
                kill();
                return;
            }
            size += b.length;
            out.push(b);
        });
        child.stderr.on('data', (b) => err.push(b));
        const timer = options.timeoutMs ? setTimeout(kill, options.timeoutMs) : undefined;
        let settled = false;
        const done = (code, extra = '') => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') + extra, truncated });
        };
        // Cancelled: the group is killed and the caller goes on at once, whatever still holds a pipe.
        const onAbort = () => {
            kill();
            done(null, 'cancelled');
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.on('error', (e) => done(null, e.message));
        child.on('close', (code, signal) => done(code, signal ? `killed by ${signal}` : ''));
    });
}
/** The first line of git's complaint, for a reason shown to the reader. */
function gitProblem(r) {
    const line = r.stderr.split('\n').map((l) => l.replace(/^(fatal|error): /, '').trim()).find(Boolean);
    return line ?? `git exited with ${r.code}`;
}

;// CONCATENATED MODULE: ./src/new-code/merge-base.ts
// Finds the merge-base of a change's base and head, robust on shallow clones: local git first,
// then fetching what is missing in deepening steps up to a cap, then GitHub's compare API. Every
// attempt is recorded so the report can say what was used.





const DEFAULT_DEPTH_STEPS = [50, 200, 1000];
const DEFAULT_MAX_DEPTH = 1000;
async function hasCommit(cwd, sha, o) {
    return (await git_git(cwd, ['cat-file', '-e', `${sha}^{commit}`], o)).code === 0;
}
async function localMergeBase(cwd, base, head, o) {
    if (!(await hasCommit(cwd, base, o)) || !(await hasCommit(cwd, head, o)))
        return null;
    const r = await git_git(cwd, ['merge-base', base, head], o);
    const sha = r.stdout.trim();
    return r.code === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
}
/** Whether the commit's whole history is here: fewer commits than the depth fetched means the root was reached. */
async function wholeHistory(cwd, sha, depth, o) {
    const r = await git_git(cwd, ['rev-list', '--count', sha], o);
    const n = Number(r.stdout.trim());
    return r.code === 0 && Number.isInteger(n) && n < depth;
}
/** Fetches commits by SHA at a depth; returns the problem, or undefined when it worked. */
async function fetchCommits(cwd, remote, shas, depth, o) {
    const r = await git_git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', `--depth=${depth}`, remote, ...shas], o);
    return r.code === 0 ? undefined : gitProblem(r);
}
const compareAnswer = schemas/* object */.Ikc({
    merge_base_commit: schemas/* object */.Ikc({ sha: schemas/* string */.YjP().regex(/^[0-9a-f]{40,64}$/) }).loose(),
    files: schemas/* array */.YOg(schemas/* object */.Ikc({
        filename: schemas/* string */.YjP().min(1).max(4096),
        status: schemas/* string */.YjP(),
        previous_filename: schemas/* string */.YjP().max(4096).optional(),
        patch: schemas/* string */.YjP().optional(),
    })
        .loose())
        .optional(),
})
    .loose();
async function compareViaApi(api, base, head, signal) {
    const { getOctokit } = await loadGithub();
    const octokit = getOctokit(api.token, { baseUrl: api.apiUrl });
    const [owner, repo] = api.repository.split('/');
    const files = [];
    let mergeBase;
    // The compare lists 300 files at most, in pages.
    for (let page = 1; page <= 3; page++) {
        const r = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner: owner, repo: repo, basehead: `${base}...${head}`, per_page: 100, page, ...(signal ? { request: { signal } } : {}) });
        const parsed = compareAnswer.safeParse(r.data);
        if (!parsed.success)
            throw new Error(`the compare answer is not usable: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        mergeBase ??= parsed.data.merge_base_commit.sha;
        const list = parsed.data.files ?? [];
        files.push(...list.map((f) => ({ filename: f.filename, status: f.status, ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}), ...(f.patch !== undefined ? { patch: f.patch } : {}) })));
        if (list.length < 100)
            break;
    }
    return { mergeBase: mergeBase, files };
}
/**
 * The merge-base of the event's base and head SHAs in the repository at `workspace`, and how it was
 * found. Fetches missing history into the workspace's repository when it is shallow. Never throws.
 */
async function findMergeBase(workspace, event, options = {}) {
    const { base, head } = event;
    const attempts = [];
    const o = options.signal ? { signal: options.signal } : {};
    const fetchOptions = { ...o, timeoutMs: options.fetchTimeoutMs ?? 120_000 };
    const none = (reason) => ({ base, head, mergeBase: null, source: 'none', reason, attempts });
    const top = await git_git(workspace, ['rev-parse', '--show-toplevel'], o);
    let gitError;
    if (top.code !== 0)
        gitError = `${workspace} is not a git repository (${gitProblem(top)})`;
    else {
        const local = await localMergeBase(workspace, base, head, o);
        attempts.push(local ? 'git merge-base: found locally' : 'git merge-base: not found locally');
        if (local)
            return { base, head, mergeBase: local, source: 'git', attempts };
        if (options.fetch !== false) {
            const remote = options.remote ?? 'origin';
            const cap = options.maxDepth ?? DEFAULT_MAX_DEPTH;
            const steps = [...new Set([...(options.depthSteps ?? DEFAULT_DEPTH_STEPS).map((d) => Math.min(d, cap)), cap])].filter((d) => d > 0).sort((a, b) => a - b);
            for (const depth of steps) {
                // Both sides at once; when one SHA cannot be fetched (a force-pushed head gone from the
                // remote), each on its own so the other still deepens.
                let problem = await fetchCommits(workspace, remote, [base, head], depth, fetchOptions);
                if (problem) {
                    const problems = [await fetchCommits(workspace, remote, [base], depth, fetchOptions), await fetchCommits(workspace, remote, [head], depth, fetchOptions)];
                    problem = problems.filter(Boolean).join('; ') || undefined;
                }
                attempts.push(`git fetch --depth=${depth} ${remote}${problem ? `: ${problem}` : ''}`);
                const found = await localMergeBase(workspace, base, head, o);
                if (found)
                    return { base, head, mergeBase: found, source: 'git', depth, attempts };
                if ((await hasCommit(workspace, base, o)) && (await hasCommit(workspace, head, o)) && (await wholeHistory(workspace, base, depth, o)) && (await wholeHistory(workspace, head, depth, o))) {
                    gitError = 'the base and head have no common ancestor (the whole history was searched)';
                    break;
                }
            }
            gitError ??= `no merge-base within ${cap} commits of the base and the head`;
        }
        else
            gitError = 'no merge-base in the local history, and fetching is turned off';
    }
    if (options.api) {
        try {
            const r = await compareViaApi(options.api, base, head, options.signal);
            attempts.push(`GitHub compare API: merge-base ${r.mergeBase.slice(0, 12)}, ${r.files.length} files`);
            return { base, head, mergeBase: r.mergeBase, source: 'api', attempts, apiChanges: changesFromPatches(r.files) };
        }
        catch (err) {
            const status = err.status;
            attempts.push(`GitHub compare API: ${status ? `${status} ` : ''}${err.message}`);
            return none(`${gitError}; the compare API failed too (${status ? `${status} ` : ''}${err.message})`);
        }
    }
    return none(`${gitError}${top.code === 0 ? '; no github-token for the compare API' : ''}`);
}
/**
 * The merge-base for the run's event (pull_request, pull_request_target, merge_group), read and
 * validated from the event file; null for events without a change (push, schedule). Never throws:
 * an unusable event file is source none with the reason.
 */
async function mergeBaseForEvent(workspace, eventName, eventPath, options = {}) {
    try {
        const event = readChangeEvent(eventName, eventPath);
        return event ? await findMergeBase(workspace, event, options) : null;
    }
    catch (err) {
        if (err instanceof EventError)
            return { base: '', head: '', mergeBase: null, source: 'none', reason: err.message, attempts: [] };
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/new-code/changes.ts
// The changed lines of a change once its merge-base is known, numbered as the files the checks
// read: `git diff -w -M` from the merge-base to the checked-out commit. When the checkout is
// GitHub's merge commit (refs/pull/N/merge), the diff starts from the merge's base-side parent
// instead, so the lines are the pull request's as they appear in the merged files.



const SHA = /^[0-9a-f]{40,64}$/;
async function revParse(cwd, rev, o) {
    const r = await git_git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], o);
    const sha = r.stdout.trim();
    return r.code === 0 && SHA.test(sha) ? sha : undefined;
}
/** Parents recorded in a commit object (present even when a shallow clone cut the history there). */
async function parents(cwd, sha, o) {
    const r = await git_git(cwd, ['cat-file', 'commit', sha], o);
    if (r.code !== 0)
        return [];
    const out = [];
    for (const line of r.stdout.split('\n')) {
        if (line === '')
            break;
        const m = /^parent ([0-9a-f]{40,64})$/.exec(line);
        if (m)
            out.push(m[1]);
    }
    return out;
}
/**
 * `git diff -w` between two commits, paths relative to `cwd` (the audited folder of the repository).
 * Nothing the change itself carries may shape the diff: `--text` so a `-diff` or `binary` attribute
 * cannot hide a file's lines, no attributes file from the user's config, no external diff or
 * textconv. Output past `maxOutput` bytes is cut and the change set says where (`cutAt`).
 */
async function diffCommits(cwd, from, to, o = {}) {
    const r = await git_git(cwd, [
        '-c',
        'core.attributesFile=/dev/null',
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--text',
        '-w',
        '-U0',
        '-M',
        '--relative',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        from,
        to,
        '--',
    ], { ...o, env: { ...(o.env ?? process.env), GIT_ATTR_NOSYSTEM: '1' } });
    const cap = o.maxOutput ?? MAX_GIT_OUTPUT;
    if (r.truncated)
        return { ...parseUnifiedDiff(r.stdout), cutAt: cap };
    if (r.code !== 0)
        throw new Error(`git diff ${from.slice(0, 12)} ${to.slice(0, 12)} failed: ${gitProblem(r)}`);
    return parseUnifiedDiff(r.stdout);
}
function mib(bytes) {
    return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB` : `${bytes} bytes`;
}
async function ensure(cwd, sha, remote, o) {
    if ((await git_git(cwd, ['cat-file', '-e', `${sha}^{commit}`], o)).code === 0)
        return true;
    await fetchCommits(cwd, remote, [sha], 1, { ...o, timeoutMs: 120_000 });
    return (await git_git(cwd, ['cat-file', '-e', `${sha}^{commit}`], o)).code === 0;
}
async function changedLines(workspace, found, options = {}) {
    const o = options.signal ? { signal: options.signal } : {};
    const remote = options.remote ?? 'origin';
    if (!found.mergeBase)
        return { changes: null, note: '', problem: found.reason ?? 'no merge-base' };
    const checkedOut = await revParse(workspace, 'HEAD', o);
    let from = found.mergeBase;
    let to = found.head;
    let note = `git diff -w ${from.slice(0, 7)}..${to.slice(0, 7)}`;
    if (checkedOut && checkedOut !== found.head) {
        const ps = await parents(workspace, checkedOut, o);
        if (ps.length === 2 && ps.includes(found.head)) {
            from = ps.find((p) => p !== found.head);
            to = checkedOut;
            note = `git diff -w ${from.slice(0, 7)}..${to.slice(0, 7)} (the checkout is the merge of the head into the base; lines are numbered as in the merged files)`;
        }
        else {
            note += ` (the checkout ${checkedOut.slice(0, 7)} is not the head: line numbers are the head's)`;
        }
    }
    const haveBoth = (await ensure(workspace, from, remote, o)) && (await ensure(workspace, to, remote, o));
    if (haveBoth) {
        try {
            const changes = await diffCommits(workspace, from, to, { ...o, ...(options.maxDiffBytes !== undefined ? { maxOutput: options.maxDiffBytes } : {}) });
            if (changes.cutAt !== undefined) {
                return { changes, from, to, note, problem: `the diff is larger than ${mib(changes.cutAt)} and was cut there: the changed lines are only a part of the change, so the new-code conditions cannot be judged` };
            }
            return { changes, from, to, note };
        }
        catch (err) {
            if (!found.apiChanges)
                return { changes: null, note, problem: err.message };
        }
    }
    if (found.apiChanges) {
        return { changes: found.apiChanges, note: 'patches of GitHub\'s compare API (whitespace changes count; at most 300 files)' };
    }
    return { changes: null, note, problem: `the commits to diff (${from.slice(0, 7)}, ${to.slice(0, 7)}) are not in the repository and could not be fetched` };
}

;// CONCATENATED MODULE: ./src/new-code/classify.ts

/**
 * A finding is new when its line is a changed line, or when it has no line and its file is new or
 * changed. A finding without a file is about the repository as a whole: never new.
 */
function isNewFinding(f, changes) {
    if (!f.file)
        return false;
    const file = changes.files.get(f.file);
    if (!file)
        return false;
    if (!f.line || file.wholeFile)
        return true;
    return hasLine(file.lines, f.line);
}
/** Copies of the findings with `new` set; the list's order is kept. */
function markFindings(findings, changes) {
    let newCount = 0;
    const out = findings.map((f) => {
        const fresh = isNewFinding(f, changes);
        if (fresh)
            newCount++;
        return { ...f, new: fresh };
    });
    return { findings: out, newCount };
}
function normalise(p) {
    return p.replace(/\\/g, '/').replace(/^\.\//, '');
}
/**
 * Finds the changed file a coverage report's path names. Reports write paths relative to the
 * check's folder, absolute, relative to a source root (JaCoCo's package path, Cobertura's
 * <source>) or as an import path (Go): exact first, then the longest match on whole path segments.
 */
class PathMatcher {
    changes;
    workspace;
    byName = new Map();
    constructor(changes, workspace) {
        this.changes = changes;
        this.workspace = workspace;
        for (const p of changes.files.keys()) {
            const name = p.slice(p.lastIndexOf('/') + 1);
            const list = this.byName.get(name);
            if (list)
                list.push(p);
            else
                this.byName.set(name, [p]);
        }
    }
    match(reportPath, workingDirectory = '.') {
        let p = normalise(reportPath);
        const ws = normalise(this.workspace).replace(/\/$/, '');
        if (p.startsWith(`${ws}/`))
            p = p.slice(ws.length + 1);
        if (this.changes.files.has(p))
            return p;
        if (workingDirectory !== '.' && this.changes.files.has(`${workingDirectory}/${p}`))
            return `${workingDirectory}/${p}`;
        const candidates = this.byName.get(p.slice(p.lastIndexOf('/') + 1));
        if (!candidates)
            return undefined;
        let best;
        let bestLen = 0;
        let tie = false;
        for (const c of candidates) {
            // The shorter path must be the other's tail on a segment boundary.
            const [short, long] = c.length <= p.length ? [c, p] : [p, c];
            if (long !== short && !long.endsWith(`/${short}`))
                continue;
            if (short.length > bestLen) {
                best = c;
                bestLen = short.length;
                tie = false;
            }
            else if (short.length === bestLen)
                tie = true;
        }
        return tie ? undefined : best;
    }
}
/**
 * Source files a coverage tool measures. Markdown, YAML, lockfiles, images and the like are never
 * in a coverage report, so a change to them is not "missing" from one.
 */
const COVERABLE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro|py|pyx|go|rs|java|kts?|scala|groovy|clj[sc]?|c|h|cc|cpp|cxx|hpp|hh|hxx|m|mm|swift|rb|php|cs|fs|vb|dart|ex|exs|erl|lua|pl|pm|r|jl|hs|ml|zig|nim|sh|bash)$/i;
function couldBeCovered(file) {
    return COVERABLE.test(file);
}
/** Patch coverage over the changed lines from one or more coverage checks (a line is covered when any says so). */
function patchCoverage(sources, changes, workspace) {
    const matcher = new PathMatcher(changes, workspace);
    // changed file \u2192 the report files that describe it
    const hits = new Map();
    for (const s of sources) {
        for (const [reportPath, lines] of s.lines) {
            const file = matcher.match(reportPath, s.workingDirectory);
            if (!file)
                continue;
            const list = hits.get(file);
            if (list)
                list.push(lines);
            else
                hits.set(file, [lines]);
        }
    }
    let covered = 0;
    let total = 0;
    const uncovered = [];
    const unreported = [];
    for (const [path, file] of changes.files) {
        const data = hits.get(path);
        if (!data) {
            if ((file.lines.length > 0 || file.wholeFile) && couldBeCovered(path))
                unreported.push(path);
            continue;
        }
        const missed = [];
        // A file changed as a whole (binary to git, or no patch from the API): every line the reports know.
        const changed = file.wholeFile ? Array.from({ length: Math.max(0, ...data.map((d) => d.lastLine)) }, (_, i) => i + 1) : file.lines;
        for (const line of changed) {
            let state = 0;
            for (const d of data)
                state = Math.max(state, d.at(line));
            if (state === 0)
                continue;
            total++;
            if (state === 2)
                covered++;
            else
                missed.push(line);
        }
        if (missed.length > 0)
            uncovered.push({ file: path, lines: missed });
    }
    uncovered.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { covered, total, pct: total > 0 ? (covered / total) * 100 : null, uncovered, unreported: unreported.sort() };
}

;// CONCATENATED MODULE: ./src/new-code/view.ts










const view_SHA = /^[0-9a-f]{40,64}$/;
/** Where a fetched ref is kept: a namespace of our own, never a branch or tag of the repository. */
const FETCHED_REF = 'refs/readiness/new-code';
/**
 * Why a `new-code` value is not a ref to fetch, or undefined. It is passed to `git fetch` as a
 * refspec: `main:refs/heads/x` would create a branch, `+main:refs/tags/v9` force-write a tag, and
 * `-\u2026` would be an option.
 */
function refProblem(ref) {
    if (ref.startsWith('-') || ref.startsWith('+') || /[:*\s\0]/.test(ref))
        return `the ref ${JSON.stringify(ref)} is not a ref (no leading "-" or "+", no ":", "*" or spaces)`;
    return undefined;
}
async function resolveRef(workspace, ref, remote, signal) {
    const refused = refProblem(ref);
    if (refused)
        return { problem: refused };
    const o = signal ? { signal } : {};
    const local = await git_git(workspace, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], o);
    if (local.code === 0 && view_SHA.test(local.stdout.trim()))
        return local.stdout.trim();
    // Not here (a shallow checkout has no other branches): ask the remote for it.
    // Into our own namespace only (the + is ours: that ref may hold an earlier run's fetch).
    const fetched = await git_git(workspace, ['fetch', '--no-tags', '--quiet', '--depth=1', remote, `+${ref}:${FETCHED_REF}`], { ...o, timeoutMs: 120_000 });
    if (fetched.code !== 0)
        return { problem: `the ref ${JSON.stringify(ref)} is not in the repository and could not be fetched (${gitProblem(fetched)})` };
    const head = await git_git(workspace, ['rev-parse', '--verify', '--quiet', `${FETCHED_REF}^{commit}`], o);
    return head.code === 0 && view_SHA.test(head.stdout.trim()) ? head.stdout.trim() : { problem: `the ref ${JSON.stringify(ref)} could not be resolved` };
}
function unavailable(base, head, reason) {
    return { found: { base, head, mergeBase: null, source: 'none', reason, attempts: [] }, changes: null, how: [], problem: reason };
}
/**
 * The change to judge and its changed lines, or null when the run has none (`off`, or `auto` on
 * an event that is not a pull request or merge group). Never throws.
 */
async function discoverChange(workspace, request, signal) {
    const mode = request.mode.trim();
    if (mode === 'off' || mode === '')
        return null;
    const remote = request.remote ?? 'origin';
    let base;
    let head;
    if (mode === 'auto') {
        if (!PULL_REQUEST_EVENTS.includes(request.eventName ?? ''))
            return null;
        try {
            const event = event_readChangeEvent(request.eventName, request.eventPath);
            if (!event)
                return null;
            base = event.base;
            head = event.head;
        }
        catch (err) {
            if (err instanceof event_EventError)
                return unavailable('', '', err.message);
            throw err;
        }
    }
    else {
        const o = signal ? { signal } : {};
        const resolved = await resolveRef(workspace, mode, remote, signal);
        const current = await git_git(workspace, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], o);
        if (typeof resolved !== 'string')
            return unavailable('', current.stdout.trim(), resolved.problem);
        if (current.code !== 0)
            return unavailable(resolved, '', `HEAD could not be resolved in ${workspace} (${gitProblem(current)})`);
        base = resolved;
        head = current.stdout.trim();
    }
    const found = await findMergeBase(workspace, { base, head }, {
        remote,
        ...(request.api ? { api: request.api } : {}),
        ...(request.maxDepth !== undefined ? { maxDepth: request.maxDepth } : {}),
        ...(request.depthSteps ? { depthSteps: request.depthSteps } : {}),
        ...(signal ? { signal } : {}),
    });
    if (!found.mergeBase)
        return { found, changes: null, how: found.attempts, problem: found.reason ?? 'no merge-base' };
    const diff = await changedLines(workspace, found, { remote, ...(signal ? { signal } : {}), ...(request.maxDiffBytes !== undefined ? { maxDiffBytes: request.maxDiffBytes } : {}) });
    return { found, changes: diff.changes, how: [...found.attempts, ...(diff.note ? [diff.note] : [])], ...(diff.problem ? { problem: diff.problem } : {}) };
}
const SARIF_LEVELS = ['error', 'warning', 'note'];
function countBy(findings, key) {
    const out = {};
    for (const f of findings)
        out[key(f)] = (out[key(f)] ?? 0) + 1;
    return out;
}
/** The check's own curve on its new-code view, when its kind has one. */
function measureOf(check, config, fresh, patch) {
    const raw = config?.raw;
    switch (check.kind) {
        case 'coverage': {
            if (!patch)
                return undefined;
            return { kind: 'coverage', pct: patch.pct, min: raw?.coverage?.min ?? 0, target: raw?.coverage?.target ?? coverage.DEFAULT_COVERAGE_TARGET };
        }
        case 'sarif':
            return { kind: 'levels', counts: countBy(fresh, (f) => f.severity), limits: (0,curves/* limitsFrom */.Dd)((raw?.sarif ?? {}), sarif.DEFAULT_SARIF_LIMITS), order: SARIF_LEVELS };
        case 'patterns': {
            const patterns = raw?.patterns ?? [];
            const max = Object.fromEntries(patterns.filter((p) => p.max !== undefined).map((p) => [p.id, p.max]));
            const target = Object.fromEntries(patterns.filter((p) => p.target !== undefined).map((p) => [p.id, p.target]));
            return { kind: 'levels', counts: countBy(fresh, (f) => f.rule), limits: { max, target }, order: patterns.map((p) => p.id) };
        }
        case 'secrets':
        case 'conflict-markers':
            return { kind: 'none-allowed', count: fresh.length };
        default:
            return undefined;
    }
}
/** How many findings the check counted, when it kept fewer than it counted. */
function countedFindings(check) {
    const m = check.metrics;
    const n = (k) => (typeof m[k] === 'number' ? m[k] : undefined);
    if (check.kind === 'patterns')
        return n('matches');
    // One finding per conflict block (of up to four marker lines), and every block is kept: counting
    // marker lines here called every conflict "at least" (issue 24).
    if (check.kind === 'conflict-markers')
        return undefined;
    if (check.kind === 'secrets')
        return n('findings');
    return n('findingsTotal');
}
/** The targets of the coverage checks that left per-line data (zero config's default gate uses them). */
function coverageTargets(checks, lines) {
    return checks.filter((c) => c.kind === 'coverage' && lines.has(c.id)).map((c) => c.raw.coverage?.target ?? coverage.DEFAULT_COVERAGE_TARGET);
}
function buildNewCode(discovery, checks, configs, lineSources, categories, threshold, gate, workspace) {
    const { found, changes } = discovery;
    const base = {
        base: found.base || null,
        head: found.head || null,
        mergeBase: found.mergeBase,
        source: found.source,
        how: discovery.how,
    };
    if (!changes) {
        const reason = discovery.problem ?? found.reason ?? 'no changed lines could be had';
        const conditions = evaluateConditions(gate, { available: false, reason, newFindings: 0, coverage: null });
        const info = {
            ...base,
            source: 'none',
            reason,
            changedFiles: 0,
            changedLines: 0,
            findings: { total: 0, byCheck: {}, partial: false },
            coverage: null,
            score: null,
            passed: conditions.every((c) => c.passed),
            conditions,
            checks: [],
        };
        return { info, checks: [...checks], failures: conditionFailures(conditions) };
    }
    const out = [];
    const views = [];
    const scored = [];
    const byCheck = {};
    let total = 0;
    let errors = 0;
    let partial = false;
    const allSources = [];
    for (const check of checks) {
        const marked = markFindings(check.findings, changes);
        out.push({ ...check, findings: marked.findings });
        if (check.status === 'waived' || check.status === 'skipped' || check.status === 'error')
            continue;
        const fresh = marked.findings.filter((f) => f.new);
        const source = lineSources.get(check.id);
        const patch = source ? patchCoverage([source], changes, workspace) : undefined;
        if (source)
            allSources.push(source);
        const measure = measureOf(check, configs.get(check.id), fresh, patch);
        const counted = countedFindings(check);
        const isPartial = counted !== undefined && counted > check.findings.length;
        if (check.findings.length === 0 && !measure)
            continue;
        byCheck[check.id] = fresh.length;
        total += fresh.length;
        errors += fresh.filter((f) => f.severity === 'error').length;
        partial ||= isPartial;
        const s = measure ? scoreMeasure(measure) : null;
        if (s)
            scored.push({ check, scored: s });
        views.push({
            id: check.id,
            title: check.title,
            newFindings: fresh.length,
            ...(isPartial ? { partial: true } : {}),
            ...(patch ? { coverage: { covered: patch.covered, total: patch.total, pct: patch.pct } } : {}),
            ...(s ? { score: s.score, status: s.status } : {}),
        });
    }
    const patch = allSources.length > 0 ? patchCoverage(allSources, changes, workspace) : undefined;
    const coverage = patch
        ? {
            covered: patch.covered,
            total: patch.total,
            pct: patch.pct,
            uncovered: patch.uncovered.map((u) => ({ file: u.file, lines: lineRanges(u.lines) })),
            unreported: patch.unreported.length,
        }
        : null;
    // A cut diff saw only part of the change: what it counts is a lower bound at best, so no
    // condition can be judged on it (a gate never passes on part of a change).
    const cut = changes.cutAt !== undefined;
    if (cut)
        partial = true;
    const conditions = evaluateConditions(gate, cut
        ? { available: false, reason: discovery.problem ?? 'the diff was cut', newFindings: total, newErrors: errors, coverage: null }
        : { available: true, newFindings: total, newErrors: errors, coverage: coverage ? { pct: coverage.pct, total: coverage.total } : null });
    const info = {
        ...base,
        ...(discovery.problem ? { reason: discovery.problem } : {}),
        changedFiles: changes.files.size,
        changedLines: changes.changedLines,
        findings: { total, byCheck, partial },
        coverage,
        score: newCodeScore(scored, categories, threshold),
        passed: conditions.every((c) => c.passed),
        conditions,
        checks: views,
    };
    return { info, checks: out, failures: conditionFailures(conditions) };
}

;// CONCATENATED MODULE: ./src/version.ts
// Kept equal to package.json's version by a test; a constant keeps package.json out of the bundle.
const TOOL_NAME = 'readiness-scorecard';
const VERSION = '0.1.0';

// EXTERNAL MODULE: ./src/readers/build-failures.ts
var build_failures = __webpack_require__(9010);
;// CONCATENATED MODULE: ./src/engine.ts
// load config \u2192 plan \u2192 run \u2192 score \u2192 report. The action and the CLI call only this.





















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
        threshold: threshold ?? schema/* DEFAULT_THRESHOLD */.aV,
        checks: [],
        config,
        warnings,
        cancelled: false,
        reasons: [configErrorReason(config.errors)],
        startedAt,
        durationMs: elapsedMs,
    });
}
/** The gate's reason for a run that scored nothing; bad workflow inputs are named. */
function configErrorReason(errors) {
    if (errors.length === 0)
        return 'nothing was scored';
    const inputs = [...new Set(errors.map((e) => /^input ([\w-]+):/.exec(e)?.[1]).filter(Boolean))];
    return inputs.length > 0 ? `invalid workflow input ${inputs.join(', ')}` : 'the configuration is invalid';
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
            info: {
                path: null,
                source: 'detected',
                errors: [],
                detected: {
                    reasons: detection.reasons,
                    yaml: detection.yaml,
                    ...(detection.suggestions.length ? { suggestions: detection.suggestions } : {}),
                    ...(detection.leftOut.length ? { leftOut: detection.leftOut } : {}),
                },
            },
            origins: detection.origins,
        };
    }
    const loaded = loadConfigFile(options.workspace, file);
    return { config: loaded.config, info: { path: loaded.path, source: 'file', errors: [], ...(loaded.config.ratchet ? { ratchet: loaded.config.ratchet } : {}) } };
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
function withOrigin(result, origin) {
    return origin ? { ...result, origin } : result;
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
/** A failed or unmeasured command's evidence opens with the lines that say why (the raw output stays). */
function withWhy(outcome) {
    if ((outcome.status !== 'fail' && outcome.status !== 'error') || !outcome.evidence.outputTail)
        return outcome;
    const why = (0,build_failures/* whyLines */.cn)(outcome.evidence.outputTail);
    return why.length > 0 ? { ...outcome, evidence: { ...outcome.evidence, why } } : outcome;
}
async function executeCheck(check, kind, base) {
    const started = performance.now();
    const evidenceBase = { workingDirectory: check.workingDirectory, sources: [], ...(check.run ? { command: check.run } : {}) };
    if (!kind) {
        return { status: 'error', score: 0, summary: `unknown check kind "${check.kind}"`, metrics: {}, findings: [], evidence: { ...evidenceBase, durationMs: 0 } };
    }
    // A tool that is not installed is not a failure of the project: the check says so and is not scored.
    const found = await Promise.all(check.requires.map((c) => findExecutable(c, base.env.PATH)));
    const missing = check.requires.filter((_c, i) => !found[i]);
    if (missing.length > 0) {
        return { status: 'skipped', summary: `not installed: ${missing.join(', ')}`, metrics: {}, findings: [], evidence: { ...evidenceBase, durationMs: 0 } };
    }
    try {
        const outcome = withWhy(agreeingStatus(await kind.execute({ ...base, check, cwd: external_node_path_default().resolve(base.workspace, check.workingDirectory) })));
        // A version-manager shim (pyenv, asdf) is on PATH but exits 127 when the tool is not installed.
        // So does a package manager whose script calls a program that is not installed.
        if (check.requires.length > 0 && outcome.status === 'error' && outcome.summary.startsWith('command not found')) {
            const program = /^command not found: (\S+) \(exit/.exec(outcome.summary)?.[1];
            return { ...outcome, status: 'skipped', score: undefined, summary: `not installed: ${program ?? outcome.summary}` };
        }
        return outcome;
    }
    catch (err) {
        // A built-in scan stopped at its time limit or by a cancellation, as a command would be.
        if (err instanceof ScanStopped) {
            return { status: 'error', score: 0, summary: err.message, metrics: {}, findings: [], evidence: { ...evidenceBase, durationMs: Math.round(performance.now() - started) } };
        }
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
    const kinds = await loadCheckKinds(checks.map((c) => c.kind));
    // Built-in scans read the files in passes on worker threads (scan-session.ts).
    const planned = [];
    for (const check of checks) {
        const scanner = kinds.get(check.kind)?.scanner?.(check);
        if (scanner || check.kind === 'git')
            planned.push({ check, ...(scanner ? { scanner } : {}) });
    }
    const mask = new SecretMask();
    for (const value of options.secrets ?? [])
        mask.add(value);
    const env = options.env ?? process.env;
    const scan = new ScanSession(options.workspace, planned, plan.config.maxFileBytes, controller.signal);
    // Their code is loaded before the first check starts: a check may rewrite dist/ meanwhile.
    // When every check is a scan, nothing can change the files first: list them while workers start.
    if (planned.length > 0)
        await scan.start(planned.length === checks.length);
    const wantsNewCode = options.newCode !== undefined && options.newCode.mode !== 'off';
    const lineCoverage = wantsNewCode ? new Map() : undefined;
    const root = options.tempRoot ? { dir: options.tempRoot } : tempRoot(env);
    if (root.warning)
        warnings.push(root.warning);
    const tempDir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(root.dir, 'readiness-'));
    if (options.keepTemp)
        warnings.push(`the run's temporary folder is kept: ${tempDir}`);
    // Each ended check's output, for the checks that read what an earlier one printed.
    const outputs = new Map();
    try {
        const base = {
            workspace: options.workspace,
            env: { ...(0,environment/* checkEnvironment */.Qz)(env), ...(0,environment/* toolOutputEnvironment */.v4)(env, tempDir), [environment/* TEMP_VARIABLE */.E$]: tempDir },
            tempDir,
            signal: controller.signal,
            killGraceMs: options.killGraceMs ?? run_process/* DEFAULT_KILL_GRACE_MS */.ZY,
            maxReportBytes: plan.config.maxReportBytes,
            maxFileBytes: plan.config.maxFileBytes,
            scan,
            ...(lineCoverage ? { lineCoverage } : {}),
            ...(options.baselineHistory ? { baselineHistory: options.baselineHistory } : {}),
            outputOf: (id) => outputs.get(id),
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
                if (result.evidence?.outputTail !== undefined)
                    outputs.set(check.id, result.evidence.outputTail);
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
        scan.close();
        // Checks that ended before the secrets scan found a value are masked again here.
        let checkResults = checks.map((c) => withOrigin(mask.check(results.get(c.id)), plan.origins?.[c.id]));
        let newCode;
        const newCodeFailures = [];
        if (wantsNewCode && !controller.signal.aborted) {
            // After the checks, so fetching history cannot change what a check (the git scan) measured.
            const given = { ...plan.config.newCode, ...options.newCode.gate };
            // Zero config, with no gate asked for: the default new-code gate (no new error-level finding,
            // patch coverage at least the coverage checks' own target when measured).
            const asked = given.coverage !== undefined || given.maxFindings !== undefined;
            const gate = plan.info.source === 'detected' && !asked ? { ...given, ...defaultNewCodeGate(coverageTargets(checks, lineCoverage)) } : given;
            const request = { ...options.newCode, gate, ...(options.newCode.maxDepth === undefined && plan.config.newCode?.maxFetchDepth ? { maxDepth: plan.config.newCode.maxFetchDepth } : {}) };
            const discovery = await discoverChange(options.workspace, request, controller.signal).catch((err) => {
                // A bug in the new-code view must not end the run: it says it could not be made.
                const reason = `internal error: ${err?.message ?? String(err)}`;
                warnings.push(`new code: ${reason}`);
                return { found: { base: '', head: '', mergeBase: null, source: 'none', reason, attempts: [] }, changes: null, how: [], problem: reason };
            });
            // Cancelled while fetching or diffing: what git left is not a view of the change.
            if (discovery && !controller.signal.aborted) {
                const configs = new Map(checks.map((c) => [c.id, c]));
                const built = buildNewCode(discovery, checkResults, configs, lineCoverage, plan.config.categories, threshold, gate, options.workspace);
                checkResults = built.checks;
                // git's and the API's messages could echo a remote URL with credentials in it.
                const info = built.info;
                newCode = {
                    ...info,
                    how: info.how.map((h) => mask.apply(h)),
                    ...(info.reason ? { reason: mask.apply(info.reason) } : {}),
                    conditions: info.conditions.map((c) => (c.reason ? { ...c, reason: mask.apply(c.reason) } : c)),
                };
                newCodeFailures.push(...built.failures.map((f) => mask.apply(f)));
            }
        }
        options.signal?.removeEventListener('abort', onAbort);
        // A signal during the checks or the new-code git fetch and diff both cancel the run.
        const cancelled = controller.signal.aborted;
        const reasons = [...(cancelled ? ['the run was cancelled'] : []), ...newCodeFailures];
        const report = assembleReport(computeScorecard(checkResults, plan.config.categories, threshold, plan.config.unmeasured), {
            threshold,
            unmeasured: plan.config.unmeasured,
            checks: checkResults,
            config: plan.info,
            warnings,
            cancelled,
            reasons,
            startedAt,
            durationMs: elapsed(),
        });
        // Titles, warnings and the gate's reason too: no string leaves with a secret in it.
        return mask.report(newCode ? { ...report, newCode } : report);
    }
    finally {
        options.signal?.removeEventListener('abort', onAbort);
        // Nothing left behind: the reports and tools' files of this run go with it, unless asked to keep them.
        if (!options.keepTemp)
            (0,external_node_fs_.rmSync)(tempDir, { recursive: true, force: true, maxRetries: 3 });
    }
}
/** The JSON report (REPORT_SCHEMA_VERSION) of a scored set of checks; the engine and merging share it. */
function assembleReport(card, f) {
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
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
        ...(f.unmeasured ? { unmeasured: f.unmeasured } : {}),
        startedAt: f.startedAt.toISOString(),
        durationMs: f.durationMs,
    };
}

;// CONCATENATED MODULE: ./src/report/json.ts
// The JSON report file, and the other JSON files the action writes (SARIF, badge).


function jsonText(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
/**
 * Writes through a temporary file in the same folder and a rename: a full disk or a kill midway
 * leaves the old file or none, never a truncated one that a later step would misread.
 */
function writeJson(file, value) {
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
        writeFileSync(temp, jsonText(value));
        renameSync(temp, file);
    }
    catch (err) {
        rmSync(temp, { force: true });
        throw err;
    }
}
function writeReport(report, file) {
    writeJson(file, report);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/limits.ts
/** GitHub's documented limits (docs.github.com: job summaries, issue comments, annotations, SARIF upload). */
const limits_GITHUB_LIMITS = {
    /** A step's job summary: 1 MiB; bigger ones are refused and the step shows an error. */
    summaryBytes: 1024 * 1024,
    /** An issue or pull-request comment body, in characters. */
    commentChars: 65_536,
    /** A check run's output summary and text, in characters each. */
    checkRunChars: 65_535,
    /** Annotations GitHub shows per step, for each of error, warning and notice. */
    annotationsPerLevel: 10,
    /** Annotations GitHub shows per job, all steps together. */
    annotationsPerJob: 50,
    /** Runs in one SARIF file code scanning accepts. */
    sarifRuns: 20,
    /** Results per run code scanning accepts (more are dropped by GitHub without a word). */
    sarifResultsPerRun: 25_000,
    /** A SARIF upload, gzip-compressed. */
    sarifGzipBytes: 10 * 1000 * 1000,
};
/**
 * What the renderers spend: the limits less a margin for what they cannot see (other writes to the
 * same summary, the marker and notes added to a comment).
 */
const BUDGET = {
    summaryBytes: 1_000_000,
    commentChars: 65_000,
    checkRunChars: 65_000,
};
const SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
/** A check that fails the gate or cannot be measured, or a blocker. */
function failsGate(check, report) {
    return check.status === 'fail' || check.status === 'error' || (report.blockers ?? []).includes(check.id);
}
/** Priority of a finding: lower first. New findings, then those of gate-failing checks, then severity. */
function findingRank(ref, report) {
    return [ref.finding.new === true ? 0 : 1, failsGate(ref.check, report) ? 0 : 1, SEVERITY_RANK[ref.finding.severity] ?? 3, ref.order];
}
function compareRanks(a, b) {
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}
/** Every finding of every check that is not waived, highest priority first. */
function rankedFindings(report, include = () => true) {
    const refs = [];
    let order = 0;
    for (const check of report.checks) {
        if (check.status === 'waived')
            continue;
        for (const finding of check.findings)
            if (include(finding))
                refs.push({ finding, check, order: order++ });
    }
    const ranks = new Map(refs.map((r) => [r, findingRank(r, report)]));
    return refs.sort((a, b) => compareRanks(ranks.get(a), ranks.get(b)));
}
/** A check's own findings, highest priority first (new ones, then by severity). */
function rankedCheckFindings(check) {
    const refs = check.findings.map((finding, order) => ({ finding: finding, check, order }));
    return refs.sort((a, b) => compareRanks(findingRank(a, { blockers: [] }), findingRank(b, { blockers: [] }))).map((r) => r.finding);
}
/** Checks in the order they deserve space: gate-failing first, then warnings, then the rest. */
function rankedChecks(report) {
    const rank = (c) => (failsGate(c, report) ? 0 : c.status === 'warn' ? 1 : 2);
    return report.checks.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map((x) => x.c);
}
/** The first `max` items, and how many were left. */
function spendCount(items, max) {
    const n = Math.max(0, Math.min(items.length, max));
    return { kept: items.slice(0, n), omitted: items.length - n };
}
/**
 * Items in order while their sizes fit the budget. Stops at the first that does not fit, so what is
 * shown is always a prefix of the priority order (never a low item in place of a high one).
 */
function spendSize(items, budget, size) {
    let used = 0;
    let n = 0;
    for (const item of items) {
        const s = size(item);
        if (used + s > budget)
            break;
        used += s;
        n++;
    }
    return { kept: items.slice(0, n), omitted: items.length - n };
}
/** The pointer for what did not fit. */
function moreInReport(count, what = '') {
    return `${count.toLocaleString('en-US')} more${what ? ` ${what}` : ''} in the report`;
}
const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');
/** Cuts text to a budget at a line boundary when it can, and says so. */
function cutToFit(text, budget, size, note) {
    if (size(text) <= budget)
        return text;
    const room = Math.max(0, budget - size(note) - 2);
    let lo = 0;
    let hi = text.length;
    // The longest prefix whose size fits (size is monotone in the prefix length).
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (size(text.slice(0, mid)) <= room)
            lo = mid;
        else
            hi = mid - 1;
    }
    let cut = text.slice(0, lo);
    const nl = cut.lastIndexOf('\n');
    if (nl > lo / 2)
        cut = cut.slice(0, nl);
    // Never end inside a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    return `${cut}\n\n${note}`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
// One SARIF 2.1.0 log with every finding of every check, ready for github/codeql-action/upload-sarif.
// Code scanning's limits (runs per file, results per run, gzipped size, one run per category) are
// spent by priority: new findings and those of gate-failing checks are the ones kept.




const INFO_URI = 'https://github.com/readiness-scorecard/readiness-scorecard';
/** The code-scanning category of the scorecard's run; unique in the file, as code scanning requires. */
const SARIF_CATEGORY = 'readiness-scorecard/';
function hash(...parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}
function renderSarif(report, limits = { resultsPerRun: limits_GITHUB_LIMITS.sarifResultsPerRun, gzipBytes: limits_GITHUB_LIMITS.sarifGzipBytes }) {
    // Code scanning needs a location for every result; findings about the repository as a whole
    // (a missing file, an advisory) point at the config that asked for the check.
    const anchor = report.config.path ?? 'README.md';
    const ranked = rankedFindings(report);
    const total = ranked.length;
    const build = (count) => {
        const rules = [];
        const ruleIndex = new Map();
        const results = [];
        for (const { finding: f, check } of ranked.slice(0, count)) {
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
            const file = (0,format/* repositoryPath */.SH)(f.file);
            const region = file && f.line ? { region: { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) } } : {};
            results.push({
                ruleId: id,
                ruleIndex: index,
                level: f.severity,
                message: { text: file || !f.file ? f.message : `${f.message} (${f.file})` },
                locations: [{ physicalLocation: { artifactLocation: { uri: file ?? anchor, uriBaseId: '%SRCROOT%' }, ...region } }],
                // Line-independent, so editing above a finding does not make it a new alert.
                partialFingerprints: { 'readinessFinding/v1': f.fingerprint ?? hash(id, f.file ?? '', f.message) },
                // With a new-code view: what the change introduced, against what it inherited.
                ...(f.new !== undefined ? { baselineState: f.new ? 'new' : 'unchanged' } : {}),
            });
        }
        const omitted = total - results.length;
        return {
            $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
            version: '2.1.0',
            runs: [
                {
                    tool: { driver: { name: 'Readiness Scorecard', version: report.tool.version, informationUri: INFO_URI, rules } },
                    automationDetails: { id: SARIF_CATEGORY },
                    results,
                    properties: {
                        score: report.score,
                        grade: report.grade,
                        passed: report.passed,
                        ...(omitted > 0 ? { omittedResults: omitted, note: `${moreInReport(omitted, 'findings')}: code scanning takes at most ${limits.resultsPerRun.toLocaleString('en-US')} results per run and ${limits.gzipBytes / 1e6} MB gzipped` } : {}),
                    },
                },
            ],
        };
    };
    let count = Math.min(total, limits.resultsPerRun);
    let log = build(count);
    // Fit the gzipped size: scale the count by how far over it is, then step down until it fits.
    for (let size = gzippedBytes(log); size > limits.gzipBytes && count > 0; size = gzippedBytes(log)) {
        count = Math.min(count - 1, Math.floor((count * limits.gzipBytes * 0.97) / size));
        count = Math.max(0, count);
        log = build(count);
    }
    return log;
}
function gzippedBytes(log) {
    return (0,external_node_zlib_.gzipSync)(JSON.stringify(log)).length;
}
/** What code scanning would refuse in a SARIF log: too many runs, too many results, a category used twice, too big. */
function sarifProblems(log, limits = { runs: GITHUB_LIMITS.sarifRuns, resultsPerRun: GITHUB_LIMITS.sarifResultsPerRun, gzipBytes: GITHUB_LIMITS.sarifGzipBytes }) {
    const problems = [];
    const runs = Array.isArray(log.runs) ? log.runs : [];
    if (runs.length > limits.runs)
        problems.push(`${runs.length} runs; code scanning takes at most ${limits.runs} per file`);
    const ids = new Set();
    runs.forEach((run, i) => {
        const results = Array.isArray(run.results) ? run.results.length : 0;
        if (results > limits.resultsPerRun)
            problems.push(`run ${i}: ${results} results; at most ${limits.resultsPerRun}`);
        const id = String(run.automationDetails?.id ?? '');
        if (ids.has(id))
            problems.push(`run ${i}: category ${JSON.stringify(id)} is used by another run`);
        ids.add(id);
    });
    const size = gzippedBytes(log);
    if (size > limits.gzipBytes)
        problems.push(`${size} bytes gzipped; at most ${limits.gzipBytes}`);
    return problems;
}

// EXTERNAL MODULE: ./src/readers/benchmark/model.ts
var model = __webpack_require__(3025);
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
    return `${[...text.slice(0, max - 1)].join('')}\u2026`;
}
/**
 * Untrusted text for a Markdown paragraph or table cell: one line, HTML entities escaped,
 * Markdown punctuation backslash-escaped, and the patterns GitHub turns into links after
 * rendering (URLs, www., e-mail, @mentions, #refs, :emoji:) broken with a zero-width space.
 */
function markdown_text(value, max = 300) {
    return breakAutolinks(escapeHtml(truncate(singleLine(value), max))).replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}
/**
 * A value of a fixed form from a report (a version, a date, a signal): as it is when it holds only
 * letters, digits and `. - + :` and nothing GitHub would link (www., :emoji:), else as text().
 * Keeps "2026-11-20" readable in the raw Markdown while a forged value is still only text.
 */
function literal(value, max = 100) {
    return /^[A-Za-z0-9 .+:-]*$/.test(value) && value.length <= max && !/www\.|:[\w+-]+:/i.test(value) ? value : markdown_text(value, max);
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
/**
 * Text inside raw HTML (the `<summary>` of a `<details>` block, where Markdown is not parsed).
 * Autolinks are broken before escaping: breaking `#` + digit after it cut every `&#39;` in two,
 * and GitHub showed "&#39;" for each apostrophe.
 */
function html(value, max = 300) {
    return escapeHtml(breakAutolinks(truncate(singleLine(value), max))).replace(/'/g, '&#39;');
}

;// CONCATENATED MODULE: ./src/report/benchmark-table.ts
// The table of a benchmark check's verdicts, in its details: each benchmark's baseline median
// with its sample count and the noise observed (the baseline's coefficient of variation), this
// run's median, the change with its interval, and the verdict with its reason.


/** Rows shown; the JSON report has all of them. */
const MAX_BENCHMARK_ROWS = 50;
const ICON = { regressed: '\ud83d\udd34', improved: '\ud83d\udfe2', unchanged: '\u26aa', inconclusive: '\ud83d\udfe1', ignored: '\u2796' };
const pct = (x) => (x === undefined ? '' : Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%` : '\u221e');
function isRow(v) {
    const r = v;
    return !!r && typeof r === 'object' && typeof r.key === 'string' && typeof r.unit === 'string' && typeof r.median === 'number' && Array.isArray(r.samples) && typeof r.verdict === 'string' && r.verdict in ICON;
}
function benchmarkTable(c) {
    if (c.kind !== 'benchmark' || !Array.isArray(c.metrics.benchmarks))
        return undefined;
    const rows = c.metrics.benchmarks.filter(isRow);
    if (rows.length === 0)
        return undefined;
    const lines = rows.slice(0, MAX_BENCHMARK_ROWS).map((r) => {
        const base = r.baseline ? `${(0,model/* formatValue */.Fl)(r.baseline.median, r.unit)} (${r.baseline.n}; CV ${(r.baseline.cv * 100).toFixed(1)}%)` : '\u2014';
        const head = `${(0,model/* formatValue */.Fl)(r.median, r.unit)} (${r.samples.length})`;
        const change = r.change !== undefined ? `${pct(r.change)} [${pct(r.low)}, ${pct(r.high)}]` : '\u2014';
        const why = r.verdict === 'unchanged' || r.verdict === 'regressed' || r.verdict === 'improved' ? r.reason.replace(/,.*$/, '') : r.reason;
        const verdict = `${ICON[r.verdict]} ${r.verdict}${why ? `: ${markdown_text(why, 200)}` : ''}${r.bound ? `; ${markdown_text(r.bound, 100)}` : ''}`;
        return `| ${code(r.key, 120)} | ${base} | ${head} | ${change} | ${verdict} |`;
    });
    const test = c.metrics.test === 'welch' ? "Welch's t-test" : 'Mann-Whitney U';
    const significance = typeof c.metrics.significance === 'number' ? c.metrics.significance : 0.01;
    const noise = typeof c.metrics.noise === 'number' ? c.metrics.noise : 0.05;
    const more = rows.length > MAX_BENCHMARK_ROWS ? [``, `_${rows.length - MAX_BENCHMARK_ROWS} more in the JSON report._`] : [];
    return [
        `**Benchmarks** (${test}, significant at p < ${significance}; a change counts when its whole 95% interval is past \u00b1${(noise * 100).toFixed(1)}%; CV is the baseline's coefficient of variation, the noise observed):`,
        '',
        '| Benchmark | Baseline median (n) | This run median (n) | Change [95% CI] | Verdict |',
        '| --- | --- | --- | --- | --- |',
        ...lines,
        ...more,
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/delta.ts


const BARS = '\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588';
/** A small trend of scores: bars scaled 0\u2013100, gaps for runs that had no score. */
function sparkline(scores) {
    return scores.map((s) => (s === null ? '\u00b7' : BARS[Math.min(BARS.length - 1, Math.floor((Math.max(0, Math.min(100, s)) / 100) * BARS.length))])).join('');
}
function formatDelta(delta) {
    if (delta === null || delta === undefined)
        return 'n/a';
    if (delta === 0)
        return '\u00b10';
    return `${delta > 0 ? '+' : '\u2212'}${(0,format/* formatScore */.y)(Math.abs(delta))}`;
}
const delta_short = (sha) => (sha ? sha.slice(0, 7) : 'unknown');
/** Which report the baseline is, in words: the merge-base's, an ancestor's and how far back, or a file. */
function baselineOrigin(info) {
    const prev = info.previous;
    const day = literal(prev.date.slice(0, 10));
    if (info.source === 'file')
        return `the report ${code(info.branch ?? '')}${prev.sha ? ` (${code(delta_short(prev.sha))})` : ''}, ${day}`;
    const at = `${code(delta_short(prev.sha))} on ${code(info.branch ?? '')}, ${day}`;
    if (info.mergeBase !== undefined && info.behind !== undefined) {
        if (info.behind === 0)
            return `${at} (the merge-base)`;
        return `${at}: the newest report on the base branch, **${info.behind} commit${info.behind > 1 ? 's' : ''} behind** the merge-base ${code(delta_short(info.mergeBase))}`;
    }
    return at;
}
function ratchetLine(r) {
    if (!r)
        return 'The gate does not depend on the baseline.';
    const rules = [r.maxDrop !== undefined ? `max-drop ${(0,format/* formatScore */.y)(r.maxDrop)}` : '', r.noNewFailures ? 'no-new-failures' : ''].filter(Boolean).join(', ');
    if (r.status === 'no-baseline')
        return `**Ratchet** (${rules}) did not apply: there is no baseline to compare with.`;
    if (r.status === 'passed')
        return `**Ratchet** (${rules}): \u2705 held.`;
    return `**Ratchet** (${rules}): \u274c ${r.reasons.map((x) => markdown_text(x, 400)).join('; ')}.`;
}
function renderBaseline(info, maxChanges = 20, ratchet) {
    if (!info)
        return ratchet ? ['### Change against the baseline', '', ratchetLine(ratchet)].join('\n') : '';
    const head = '### Change against the baseline';
    if (info.status !== 'compared') {
        const why = info.reason ?? 'no baseline';
        return [head, '', `_${markdown_text(why, 400)}._ ${ratchetLine(ratchet)}`].join('\n');
    }
    const prev = info.previous;
    const lines = [head, '', `**${formatDelta(info.delta)}** against ${baselineOrigin(info)}, which scored ${(0,format/* formatScore */.y)(prev.score)}.`, '', ratchetLine(ratchet)];
    if (info.trend && info.trend.length > 1) {
        lines.push('', `Trend of the last ${info.trend.length} scores: ${sparkline(info.trend)} (${info.trend.map((s) => (0,format/* formatScore */.y)(s)).join(' \u2192 ')})`);
    }
    const changes = info.changes ?? [];
    if (changes.length === 0)
        lines.push('', 'No check changed status.');
    else {
        lines.push('', '| Check | Before | Now |', '| --- | --- | --- |');
        for (const c of changes.slice(0, maxChanges)) {
            const cell = (s) => (s ? `${format/* STATUS_ICON */.tW[s]} ${s}` : '\u2014');
            lines.push(`| ${markdown_text(c.title)} ${code(c.id)} | ${cell(c.before)} | ${cell(c.after)} |`);
        }
        if (changes.length > maxChanges)
            lines.push('', `\u2026and ${changes.length - maxChanges} more changes.`);
    }
    return lines.join('\n');
}
/** The baseline for a terminal: one line of delta and origin, the ratchet, the text sparkline. */
function terminalBaseline(info, ratchet) {
    const out = [];
    if (info?.status === 'compared') {
        const prev = info.previous;
        const where = info.source === 'file' ? info.branch : `${delta_short(prev.sha)} on ${info.branch}${info.behind ? `, ${info.behind} commits behind the merge-base` : ''}`;
        out.push(`Baseline ${formatDelta(info.delta)} against ${where} (${(0,format/* formatScore */.y)(prev.score)} then)`);
        if (info.trend && info.trend.length > 1)
            out.push(`  trend ${sparkline(info.trend)}  ${info.trend.map((s) => (0,format/* formatScore */.y)(s)).join(' \u2192 ')}`);
        const worse = (info.changes ?? []).filter((c) => c.before && c.after && c.before !== c.after);
        for (const c of worse.slice(0, 10))
            out.push(`  ${c.id}: ${c.before} \u2192 ${c.after}`);
    }
    else if (info)
        out.push(`Baseline: ${info.reason ?? info.status}`);
    if (ratchet)
        out.push(ratchet.status === 'failed' ? `Ratchet failed: ${ratchet.reasons.join('; ')}` : ratchet.status === 'passed' ? 'Ratchet held.' : ratchet.reasons.join('; '));
    return out;
}

;// CONCATENATED MODULE: ./src/report/new-code.ts


const SOURCE_TEXT = {
    git: 'found with git',
    api: "from GitHub's compare API",
    none: 'not found',
};
function new_code_short(sha) {
    return sha ? code(sha.slice(0, 7)) : '\u2014';
}
function new_code_pct(n) {
    return n === null ? '\u2014' : `${Math.floor(n * 10) / 10}%`;
}
function conditionLine(c) {
    const icon = c.passed ? '\u2705' : '\u274c';
    const origin = c.default ? ' _(default)_' : '';
    if (c.id === 'coverage') {
        const got = c.actual === null ? markdown_text(c.reason ?? 'not measured') : `${c.actual}%${c.reason ? ` (${markdown_text(c.reason)})` : ''}`;
        return `- ${icon} patch coverage \u2265 ${c.limit}%${origin}: ${got}`;
    }
    const got = c.actual === null ? markdown_text(c.reason ?? 'not measured') : `${c.actual}`;
    return `- ${icon} ${c.id === 'max-errors' ? 'new error-level findings' : 'new findings'} \u2264 ${c.limit}${origin}: ${got}`;
}
function renderNewCode(report, options = {}) {
    const n = report.newCode;
    if (!n)
        return '';
    const maxFindings = options.findings ?? 20;
    const maxUncovered = options.uncovered ?? 20;
    const out = [];
    const verdict = n.conditions.length === 0 ? '' : n.passed ? ' \u00b7 \u2705 new-code gate passed' : ' \u00b7 \u274c new-code gate failed';
    out.push(`## This pull request${verdict}`, '');
    if (n.source === 'none') {
        out.push(`No new-code view: ${markdown_text(n.reason ?? 'the merge-base could not be found', 600)}.`);
        if (n.how.length > 0)
            out.push('', `Tried: ${n.how.map((h) => markdown_text(h, 200)).join('; ')}.`);
        if (n.conditions.length > 0)
            out.push('', ...n.conditions.map(conditionLine));
        return out.join('\n');
    }
    // The last fetch is the one that reached the merge-base.
    const depth = [...n.how].reverse().find((h) => h.startsWith('git fetch --depth='));
    out.push(`**Merge-base** ${new_code_short(n.mergeBase)} of base ${new_code_short(n.base)} and head ${new_code_short(n.head)}, ${SOURCE_TEXT[n.source]}${n.source === 'git' && depth ? ` after fetching (${markdown_text(depth.replace(/:.*$/, ''), 80)})` : ''}` +
        ` \u00b7 **${n.changedFiles}** changed file${n.changedFiles === 1 ? '' : 's'}, **${n.changedLines}** changed line${n.changedLines === 1 ? '' : 's'}` +
        ` \u00b7 **new-code score ${(0,format/* formatScore */.y)(n.score === null ? null : Math.floor(n.score * 10) / 10)}**${n.score === null ? ' (no check has a new-code view)' : ''}`);
    if (n.reason)
        out.push('', `> [!WARNING]`, `> ${markdown_text(n.reason, 600)}`);
    if (n.conditions.length > 0) {
        const defaults = n.conditions.some((c) => c.default) ? ["Zero config's default new-code gate: no new error-level finding, and patch coverage at least the coverage check's target when measured (the inputs `new-code-max-findings` and `new-code-coverage` replace it)."] : [];
        out.push('', ...defaults, ...(defaults.length ? [''] : []), ...n.conditions.map(conditionLine));
    }
    // New findings with file:line, most severe first.
    const fresh = [];
    for (const c of report.checks)
        for (const f of c.findings)
            if (f.new)
                fresh.push({ check: c.id, ...f });
    const rank = { error: 0, warning: 1, note: 2 };
    fresh.sort((a, b) => (rank[a.severity] ?? 3) - (rank[b.severity] ?? 3));
    // Partial because a check kept part of its findings, or because the diff itself was cut.
    const partial = !n.findings.partial ? '' : n.checks.some((c) => c.partial) ? ' (at least: a check kept only part of its findings)' : ' (at least: only part of the change was read)';
    if (n.findings.total === 0)
        out.push('', `**New findings:** none${partial}.`);
    else {
        const per = Object.entries(n.findings.byCheck)
            .filter(([, v]) => v > 0)
            .map(([id, v]) => `${code(id)} ${v}`)
            .join(', ');
        out.push('', `**New findings: ${n.findings.total}**${partial} (${per})`, '');
        for (const f of fresh.slice(0, maxFindings)) {
            const where = f.file ? `${code(`${f.file}${f.line ? `:${f.line}` : ''}`)} ` : '';
            out.push(`- ${where}**${f.severity}** ${code(f.check)} ${code(f.rule, 120)}: ${markdown_text(f.message, 200)}`);
        }
        if (fresh.length > maxFindings)
            out.push(`- \u2026and ${fresh.length - maxFindings} more in the JSON report`);
    }
    if (n.coverage) {
        const c = n.coverage;
        const line = c.pct === null
            ? '**Patch coverage:** no executable line was changed'
            : `**Patch coverage: ${new_code_pct(c.pct)}** (${c.covered}/${c.total} executable changed lines covered)`;
        const unreported = c.unreported > 0 ? `; ${c.unreported} changed file${c.unreported === 1 ? '' : 's'} not in any coverage report` : '';
        out.push('', line + unreported);
        if (c.uncovered.length > 0) {
            out.push('', '<details><summary>Uncovered changed lines</summary>', '');
            for (const u of c.uncovered.slice(0, maxUncovered))
                out.push(`- ${code(u.file)}: ${code(u.lines, 400)}`);
            if (c.uncovered.length > maxUncovered)
                out.push(`- \u2026and ${c.uncovered.length - maxUncovered} more files in the JSON report`);
            out.push('', '</details>');
        }
    }
    else
        out.push('', '**Patch coverage:** no coverage check with per-line data ran.');
    const scored = n.checks.filter((c) => c.score !== undefined);
    if (scored.length > 0) {
        out.push('', '| Check | New code | Score |', '| --- | --- | ---: |');
        for (const c of scored) {
            const what = c.coverage ? (c.coverage.pct === null ? 'no executable changed line' : `patch coverage ${new_code_pct(c.coverage.pct)} (${c.coverage.covered}/${c.coverage.total})`) : `${c.newFindings} new finding${c.newFindings === 1 ? '' : 's'}${c.partial ? ' (at least)' : ''}`;
            out.push(`| ${markdown_text(c.title)} ${code(c.id)} | ${what} | ${(0,format/* formatScore */.y)(c.score === undefined ? null : Math.round(c.score * 10) / 10)} |`);
        }
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/report/trend.ts


/** Fewer points than this is not a trend. */
const MIN_POINTS = 2;
/** A number as the xychart grammar takes it: digits, one optional point, optional minus; never an exponent. */
function chartNumber(v) {
    if (Math.abs(v) >= 1e21)
        return BigInt(Math.round(v)).toString();
    const s = (Math.round(v * 1000) / 1000).toFixed(3).replace(/\.?0+$/, '');
    return s === '-0' ? '0' : s;
}
/** Words for a title: letters, digits, spaces and a little punctuation, nothing that closes a string. */
function chartWords(s, max = 60) {
    return s.replace(/[^\p{L}\p{N} _.,:/()%+-]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}
/** x-axis labels: the short commit, unique; a run without a commit is named by its position. */
function labels(history) {
    const seen = new Map();
    return history.map((h, i) => {
        const base = /^[0-9a-f]{7,40}$/i.test(h.sha) ? h.sha.slice(0, 7).toLowerCase() : `run ${i + 1}`;
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return n > 1 ? `${base} (${n})` : base;
    });
}
/** GitHub's blue for the measured line, its red for the threshold: readable in light and dark themes. */
const PALETTE = '#0969da, #cf222e';
// The x axis is the run's position: thirty commit hashes do not fit under a chart, so they are
// listed below it instead.
function xychart(title, axis, points, lines, range) {
    const y = range ? `    y-axis "${axis}" ${chartNumber(range[0])} --> ${chartNumber(range[1])}` : `    y-axis "${axis}"`;
    return [
        '```mermaid',
        '---',
        'config:',
        '  themeVariables:',
        '    xyChart:',
        `      plotColorPalette: "${PALETTE}"`,
        '---',
        'xychart-beta',
        `    title "${title}"`,
        `    x-axis "Runs, oldest first" 1 --> ${points}`,
        y,
        ...lines.map((l) => `    line [${l.map(chartNumber).join(', ')}]`),
        '```',
    ].join('\n');
}
/** The commits of the points, in order, for the line under a chart. */
function commitsLine(history) {
    return `Runs, oldest first: ${labels(history).map((l) => `\`${l}\``).join(' \u00b7 ')}.`;
}
/** The overall score's chart, or '' without at least two scored runs. */
function scoreChart(history, threshold) {
    const scored = (history ?? []).filter((h) => typeof h.score === 'number' && Number.isFinite(h.score));
    if (scored.length < MIN_POINTS)
        return '';
    const scores = scored.map((h) => h.score);
    const thresholds = scored.map((h, i) => (i === scored.length - 1 ? threshold : (h.threshold ?? threshold)));
    return xychart(`Readiness score, last ${scored.length} runs`, 'Score', scored.length, [scores, thresholds], [0, 100]);
}
/** One chart per metric check (benchmark) with at least two values in the history. */
function metricCharts(history, report) {
    const out = [];
    for (const check of report.checks) {
        if (check.kind !== 'metric')
            continue;
        const points = (history ?? []).filter((h) => typeof h.metrics?.[check.id] === 'number' && Number.isFinite(h.metrics[check.id]));
        if (points.length < MIN_POINTS)
            continue;
        const values = points.map((h) => h.metrics[check.id]);
        const unit = typeof check.metrics.unit === 'string' ? chartWords(check.metrics.unit, 20) : '';
        out.push({ id: check.id, title: check.title, values, commits: commitsLine(points), chart: xychart(chartWords(`${check.title}${unit ? ` (${unit})` : ''}`), chartWords(unit || 'value', 20), points.length, [values]) });
    }
    return out;
}
/**
 * The trend section of the summary: the score chart with the threshold, then each metric's,
 * collapsed in <details> unless it is the headline (the ratchet failed on it). '' without history.
 */
function renderTrend(report) {
    const history = report.baseline?.history;
    const score = scoreChart(history, report.threshold);
    const metrics = metricCharts(history, report);
    if (!score && metrics.length === 0)
        return '';
    const parts = [];
    if (score) {
        const scored = (history ?? []).filter((h) => typeof h.score === 'number');
        const points = scored.length;
        const open = report.ratchet?.status === 'failed' ? ' open' : '';
        parts.push(`<details${open}><summary>Score trend, last ${points} runs (threshold ${(0,format/* formatScore */.y)(report.threshold)})</summary>`, '', score, '', `Blue: the overall score; red: the threshold. ${commitsLine(scored)} The last is this run.`, '', '</details>');
    }
    for (const m of metrics) {
        parts.push(...(parts.length ? [''] : []), `<details><summary>${html(`Trend of ${m.title}, last ${m.values.length} runs`)}</summary>`, '', m.chart, '', m.commits, '', '</details>');
    }
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/report/shared-causes.ts
/**
 * A reason line in a comparable form: a tool's own prefix (`vet: `, `# pkg`, `error: `) and the
 * column dropped, so go build's `a.go:3:9: undefined: max` and go vet's `vet: a.go:3: undefined:
 * max` are one cause.
 */
function causeKey(line) {
    return line
        .trim()
        .replace(/^(?:vet|error|fatal|FAIL|ERROR)(?:\[[^\]]*\])?:\s*/, '')
        .replace(/^([^\s:]+\.\w+:\d+):\d+:/, '$1:')
        // go vet's type checker says "undeclared name" where the compiler says "undefined".
        .replace(/: undeclared name: /, ': undefined: ')
        .replace(/\s+/g, ' ');
}
/** Causes shared by two or more failed (or unmeasured) checks, the most widely shared first. */
function sharedCauses(checks) {
    const byKey = new Map();
    for (const c of checks) {
        if (c.status !== 'fail' && c.status !== 'error')
            continue;
        const seen = new Set();
        // The lines the check gave as its reason, and the compiler-style `file:line: message` lines of
        // its output (a tool whose reason was not picked out still names the same place).
        const located = (c.evidence.outputTail ?? '').split('\n').filter((l) => /^(?:\w+: )?[^\s:]+\.\w+:\d+(?::\d+)?: \S/.test(l)).slice(0, 20);
        for (const line of [...(c.evidence.why ?? []), ...located]) {
            const key = causeKey(line);
            // Only lines that name something (a file:line or a message), not bare "FAIL" banners.
            if (key.length < 8 || seen.has(key))
                continue;
            seen.add(key);
            const entry = byKey.get(key) ?? { cause: line.trim(), checks: [] };
            entry.checks.push(c.id);
            byKey.set(key, entry);
        }
    }
    const shared = [...byKey.values()].filter((e) => e.checks.length > 1);
    // A check is listed under its most widely shared cause only.
    shared.sort((a, b) => b.checks.length - a.checks.length);
    const placed = new Set();
    const out = [];
    for (const e of shared) {
        const fresh = e.checks.filter((id) => !placed.has(id));
        if (fresh.length < 2)
            continue;
        fresh.forEach((id) => placed.add(id));
        out.push({ cause: e.cause, checks: fresh });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary (SPEC \u00a75) as GitHub Markdown. Renders a Report; measures nothing.








/** GitHub refuses step summaries over 1 MiB; the budget keeps a margin for what else the step writes. */
const SUMMARY_LIMIT_BYTES = BUDGET.summaryBytes;
const bytes = (s) => Buffer.byteLength(s, 'utf8');
/** Names of the workflow inputs the errors are about ("input threshold: expected \u2026"). */
function invalidInputs(errors) {
    return [...new Set(errors.map((e) => /^input ([\w-]+):/.exec(e)?.[1]).filter((n) => !!n))];
}
function headline(report) {
    const lines = [];
    if (report.config.errors.length > 0) {
        if (report.config.errors.every((e) => e.startsWith('internal error:'))) {
            lines.push('## \u274c Readiness: the run could not complete', '', 'An error inside the scorecard stopped it; nothing was scored:', '', codeBlock(report.config.errors.join('\n')));
            return lines.join('\n');
        }
        // Workflow inputs are named in the headline: the config file may be fine.
        const inputs = invalidInputs(report.config.errors);
        lines.push(inputs.length > 0 ? `## \u274c Readiness: invalid workflow input ${inputs.map((i) => code(i)).join(', ')}` : '## \u274c Readiness: the configuration is invalid', '');
        lines.push(`No checks ran. Fix ${inputs.length > 0 ? 'the step\'s `with:` inputs' : report.config.path ? code(report.config.path) : 'the configuration'} and run again; each line names the ${inputs.length > 0 ? 'input' : 'field'}, what was expected and what was found:`, '', codeBlock(report.config.errors.join('\n')));
        return lines.join('\n');
    }
    const verdict = report.passed ? 'passed' : 'failed';
    const icon = report.passed ? '\u2705' : '\u274c';
    const score = report.score === null ? 'not scored' : `${(0,format/* formatScore */.y)(report.score)} / 100 \u00b7 grade ${report.grade}`;
    lines.push(`## ${icon} Readiness ${score} \u00b7 ${verdict} (threshold ${report.threshold})`);
    if (!report.passed && report.gateReason)
        lines.push('', `**Why:** ${markdown_text(report.gateReason, 1000)}`);
    if (report.blockers.length > 0) {
        const list = report.blockers.map((id) => {
            const c = report.checks.find((k) => k.id === id);
            return `${code(id)} (${c?.status ?? '?'})`;
        });
        // Said plainly: a required check (conflict markers and secrets are, in zero config) fails the gate whatever the score.
        lines.push('', `**Blockers:** ${list.join(', ')} \u2014 required: ${report.blockers.length === 1 ? 'it blocks' : 'they block'} the gate whatever the score.`);
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
    const origins = report.checks.filter((c) => c.origin);
    const suggestions = d.suggestions ?? [];
    const leftOut = d.leftOut ?? [];
    return [
        '> [!NOTE]',
        "> No config file: this suite was **auto-detected** from the project's own CI steps and scripts. Run `readiness init` (or copy the block below to `.github/readiness.yml`) to keep it and change it.",
        '',
        ...d.reasons.map((r) => `- ${markdown_text(r, 400)}`),
        ...(suggestions.length
            ? [
                '',
                `**Suggested, not scored** (only a convention proposes ${suggestions.length === 1 ? 'it' : 'them'}: no script or CI step of the project runs ${suggestions.length === 1 ? 'it' : 'them'}):`,
                '',
                ...suggestions.slice(0, 5).map((g) => `- ${code(g.id)}: ${code(g.run)} \u2014 ${markdown_text(g.why, 200)}`),
                ...(suggestions.length > 5 ? [`- \u2026and ${suggestions.length - 5} more, listed in the equivalent config below.`] : []),
            ]
            : []),
        ...(origins.length
            ? ['', `<details><summary>Where each check came from (${origins.length})</summary>`, '', '| Check | From |', '| --- | --- |', ...origins.map((c) => `| ${code(c.id)} | ${markdown_text(c.origin, 300)} |`), '', '</details>']
            : []),
        ...(leftOut.length
            ? ['', `<details><summary>CI commands not run here (${leftOut.length})</summary>`, '', ...leftOut.map((l) => `- ${markdown_text(l.origin, 200)}: ${code(l.command)} \u2014 ${markdown_text(l.reason, 200)}`), '', '</details>']
            : []),
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
    const rows = report.categories.map((c) => `| ${markdown_text(c.title)} | ${(0,format/* formatScore */.y)(c.score)} | ${(0,format/* formatScore */.y)(c.points)} / ${(0,format/* formatScore */.y)(c.maxPoints)} | ${(0,format/* formatScore */.y)(c.weight)} |`);
    return [
        '### Categories',
        '',
        '| Category | Score | Points | Weight |',
        '| --- | ---: | ---: | ---: |',
        ...rows,
        // The overall score itself, not a sum of rounded points that could differ from it by 0.1.
        `| **Total** | ${(0,format/* formatScore */.y)(report.score)} | **${(0,format/* formatScore */.y)(report.score)} / 100** | |`,
    ].join('\n');
}
function checkRow(c) {
    const name = `${markdown_text(c.title)}${c.title !== c.id ? ` ${code(c.id)}` : ''}${c.required ? ' \ud83d\udd12' : ''}`;
    // One line each: a short word joined to its icon, a compact time; a shared scan pass is timed once.
    const time = !(0,format/* hasRun */.gb)(c) ? '\u2014' : c.evidence.timedOn ? 'shared' : (0,format/* compactDuration */.sQ)(c.evidence.durationMs);
    return `| ${format/* STATUS_ICON */.tW[c.status]}\u00a0${format/* STATUS_WORD */.I1[c.status]} | ${name} | ${markdown_text((0,format/* resultLine */.ow)(c), 240)} | ${(0,format/* formatScore */.y)(c.score)} | ${time} |`;
}
/** The checks table; when it alone would take more than its share, gate-failing rows go first. */
function checksTable(report, budgetBytes) {
    if (report.checks.length === 0)
        return '';
    const head = ['### Checks', '', '| Status | Check | Result | Score | Time |', '| --- | --- | --- | ---: | ---: |'];
    const foot = report.checks.some((c) => c.required) ? ['', '\ud83d\udd12 required: the gate fails if it does not pass.'] : [];
    let rows = report.checks.map(checkRow);
    let more = [];
    if (bytes([...head, ...rows, ...foot].join('\n')) > budgetBytes) {
        const fit = spendSize(rankedChecks(report).map(checkRow), budgetBytes - bytes([...head, ...foot].join('\n')) - 200, (r) => bytes(r) + 1);
        rows = fit.kept;
        more = ['', `_Failing checks first; ${moreInReport(fit.omitted, 'checks')}._`];
    }
    return [...head, ...rows, ...more, ...foot].join('\n');
}
/** Checks that could not measure, apart from real failures, and what that means for the score. */
function unmeasuredSection(report) {
    const errors = report.checks.filter((c) => c.status === 'error');
    if (errors.length === 0)
        return '';
    const unscored = report.unmeasured === 'unscored';
    const n = errors.length;
    const effect = unscored
        ? `${n === 1 ? 'It is' : 'They are'} left out of the score (\`unmeasured: unscored\`): the score covers only what was measured.`
        : `${n === 1 ? 'It counts' : 'They count'} 0 (\`unmeasured: zero\`, the default), so the score is a lower bound.`;
    return [
        '### Could not measure',
        '',
        `${n} check${n === 1 ? '' : 's'} could not measure; this is not a failure of the project. ${effect}`,
        '',
        ...errors.map((c) => `- ${code(c.id)}: ${markdown_text(c.summary, 300)}`),
    ].join('\n');
}
/** One cause behind several failed checks, said once before the list of what to fix. */
function sharedCauseSection(report) {
    const causes = sharedCauses(report.checks).slice(0, 5);
    if (causes.length === 0)
        return '';
    return [
        '### One cause, several checks',
        '',
        ...causes.map((c) => `- ${code(c.cause, 300)} stopped ${c.checks.map((id) => code(id)).join(', ')}: fix it once and ${c.checks.length === 2 ? 'both' : `all ${c.checks.length}`} can pass.`),
    ].join('\n');
}
function improvementsList(report) {
    if (report.improvements.length === 0)
        return '';
    const items = report.improvements.slice(0, 10).map((imp, i) => {
        const c = report.checks.find((k) => k.id === imp.id);
        return `${i + 1}. **+${(0,format/* formatScore */.y)(imp.pointsLost)} points**: ${format/* STATUS_ICON */.tW[imp.status]} ${markdown_text(imp.title)} ${code(imp.id)} \u2014 ${markdown_text(c ? (0,format/* resultLine */.ow)(c) : '', 200)}`;
    });
    const more = report.improvements.length > 10 ? [`\n\u2026and ${report.improvements.length - 10} more.`] : [];
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
        meta.push(`**Signal:** ${literal(e.signal)}`);
    if ((0,format/* hasRun */.gb)(c))
        meta.push(e.timedOn ? `**Duration:** one scan pass with ${code(e.timedOn)}, timed there` : `**Duration:** ${(0,format/* formatDuration */.a3)(e.durationMs)}`);
    meta.push(`**Category:** ${code(c.category)}`, `**Weight:** ${c.weight}`);
    if (c.required)
        meta.push('**Required:** yes');
    facts.push(meta.join(' \u00b7 '));
    if (e.sources.length > 0) {
        const shown = e.sources.slice(0, 10).map((s) => code(s));
        facts.push(`**Read:** ${shown.join(', ')}${e.sources.length > 10 ? ` and ${e.sources.length - 10} more` : ''}`);
    }
    if (c.waiver) {
        facts.push(`**Waiver (${c.waiver.state}):** ${markdown_text(c.waiver.reason)}${c.waiver.until ? ` until ${literal(c.waiver.until)}` : ''}; measured ${c.waiver.measuredStatus}${c.waiver.measuredScore !== undefined ? ` (score ${(0,format/* formatScore */.y)(c.waiver.measuredScore)})` : ''}`);
    }
    // A built-in scan has no command; its note says what the pass read and skipped.
    const benchmarks = benchmarkTable(c);
    const parts = [facts.join('  \n'), ...(e.why && e.why.length > 0 ? [`**Why:**\n\n${codeBlock(e.why.join('\n'))}`] : []), ...(benchmarks ? [benchmarks] : []), ...(e.note ? [codeBlock(e.note)] : [])];
    if (c.findings.length > 0 && budget.findings > 0) {
        // New findings first, then by severity: what the reader must see survives the trimming.
        const shown = rankedCheckFindings(c).slice(0, budget.findings).map((f) => {
            const where = f.file ? `${code(`${f.file}${f.line ? `:${f.line}` : ''}`)} ` : '';
            return `- ${f.new ? '\ud83c\udd95 ' : ''}${where}**${f.severity}** ${code(f.rule, 120)}: ${markdown_text(f.message, 300)}`;
        });
        const head = c.findings.length > shown.length ? `**Findings** (first ${shown.length} of ${c.findings.length}; ${moreInReport(c.findings.length - shown.length)}):` : `**Findings** (${c.findings.length}):`;
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
        parts.push(`**Output**${cut ? ` (last ${(0,format/* formatBytes */.z3)(bytes(shown))})` : ''}:\n\n${codeBlock(shown)}`);
    }
    else if (tail.length > 0) {
        parts.push('_Output left out to keep the summary under GitHub\u2019s size limit; it is in the JSON report._');
    }
    const title = `${format/* STATUS_ICON */.tW[c.status]} ${c.title} \u2014 ${(0,format/* resultLine */.ow)(c)}`;
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
    let ordered = report.checks;
    for (const step of LADDER) {
        const blocks = ordered.map((c) => checkDetails(c, c.status === 'pass' || c.status === 'skipped' ? { ...step, tailBytes: Math.floor(step.tailBytes / 4) } : step));
        const out = [heading, ...blocks].join('\n\n');
        if (bytes(out) <= budgetBytes)
            return out;
    }
    const minimal = { tailBytes: 0, findings: 0 };
    // Past the ladder: the details of gate-failing checks are the ones kept.
    ordered = rankedChecks(report);
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
    const note = left > 0 ? [`_Details of ${left} check${left > 1 ? 's' : ''} left out to stay under GitHub\u2019s size limit (${moreInReport(left, 'checks')})._`] : [];
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
    const unmeasured = report.config.errors.length > 0 ? '' : report.unmeasured === 'unscored' ? ' \u00b7 checks that could not measure are unscored' : ' \u00b7 checks that could not measure count 0';
    return `---\n<sub>${config}${unmeasured} \u00b7 ${literal(`${report.tool.name} ${report.tool.version}`)} \u00b7 ${(0,format/* formatDuration */.a3)(report.durationMs)} \u00b7 started ${literal(report.startedAt)}</sub>`;
}
function renderSummary(report, options = {}) {
    const limit = options.maxBytes ?? SUMMARY_LIMIT_BYTES;
    const head = [renderNewCode(report), headline(report), detectedSection(report), categoriesTable(report), checksTable(report, Math.floor(limit / 2)), unmeasuredSection(report), sharedCauseSection(report), improvementsList(report)].filter(Boolean);
    const tail = [renderBaseline(report.baseline, 20, report.ratchet), renderTrend(report), warningsSection(report), footer(report)].filter(Boolean);
    const fixed = bytes([...head, ...tail].join('\n\n')) + 8;
    const details = detailsSection(report, Math.max(0, limit - fixed));
    const out = [...head, details, ...tail].filter(Boolean).join('\n\n') + '\n';
    // Whatever else grew (a headline of thousands of blockers), GitHub's limit is never passed.
    return bytes(out) <= limit ? out : `${cutToFit(out, limit - 1, bytes, '_The summary was cut to stay under GitHub\u2019s 1 MiB limit; everything is in the JSON report._')}\n`;
}

;// CONCATENATED MODULE: ./src/report/terminal.ts


const wrap = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
function palette(color) {
    if (!color) {
        const id = (s) => s;
        return { bold: id, dim: id, red: id, green: id, yellow: id, cyan: id };
    }
    return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
}
/** Colour when writing to a terminal, unless NO_COLOR is set (no-color.org); FORCE_COLOR wins. */
function useColor(isTTY, env) {
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false')
        return true;
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    return isTTY === true && env.TERM !== 'dumb';
}
// Terminal output is for the person at the keyboard, but report text is still untrusted:
// escape sequences in it must not drive their terminal.
function plain(s) {
    return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}
const MARK = { pass: '\u2714', warn: '!', fail: '\u2716', error: '\u26a0', skipped: '-', waived: '~' };
function statusMark(status, p) {
    const mark = `${MARK[status]} ${status.padEnd(7)}`;
    switch (status) {
        case 'pass':
            return p.green(mark);
        case 'warn':
            return p.yellow(mark);
        case 'fail':
        case 'error':
            return p.red(mark);
        default:
            return p.dim(mark);
    }
}
/** One line for a finished check, used live while the run goes on. */
function checkLine(check, p) {
    const time = (0,format/* hasRun */.gb)(check) ? p.dim((0,format/* formatDuration */.a3)(check.evidence.durationMs)) : '';
    return `${statusMark(check.status, p)} ${p.bold(plain(check.id))}  ${plain((0,format/* resultLine */.ow)(check))}  ${time}`.trimEnd();
}
function renderTerminal(report, p) {
    const out = [];
    if (report.config.errors.length > 0) {
        out.push(p.red(p.bold('Configuration invalid; no checks ran:')));
        for (const e of report.config.errors)
            out.push(`  ${plain(e)}`);
        return `${out.join('\n')}\n`;
    }
    const verdict = report.passed ? p.green(p.bold('PASSED')) : p.red(p.bold('FAILED'));
    const score = report.score === null ? 'not scored' : `${(0,format/* formatScore */.y)(report.score)}/100 (grade ${report.grade})`;
    out.push('', `${p.bold('Readiness')} ${p.bold(score)}  ${verdict}  threshold ${report.threshold}`);
    if (!report.passed && report.gateReason)
        out.push(`  ${plain(report.gateReason)}`);
    if (report.cancelled)
        out.push(p.yellow('  The run was cancelled; this scorecard is partial.'));
    if (report.config.detected) {
        out.push('', p.bold('Auto-detected (no config file; `readiness init` writes it down)'));
        for (const r of report.config.detected.reasons)
            out.push(`  ${plain(r)}`);
        const suggestions = report.config.detected.suggestions ?? [];
        if (suggestions.length > 0)
            out.push(`  Suggested, not scored (no script or CI step runs ${suggestions.length === 1 ? 'it' : 'them'}): ${suggestions.map((g) => `${plain(g.id)} (${plain(g.run)})`).join(', ')}`);
        for (const l of report.config.detected.leftOut ?? [])
            out.push(p.dim(`  not run: ${plain(l.origin)}: ${plain(l.command)} (${plain(l.reason)})`));
    }
    if (report.categories.length > 0) {
        out.push('', p.bold('Categories'));
        const width = Math.max(...report.categories.map((c) => c.title.length));
        for (const c of report.categories) {
            out.push(`  ${plain(c.title).padEnd(width)}  ${(0,format/* formatScore */.y)(c.points).padStart(5)} / ${(0,format/* formatScore */.y)(c.maxPoints).padEnd(5)} ${p.dim(`score ${(0,format/* formatScore */.y)(c.score)}`)}`);
        }
    }
    if (report.omittedCategories.length > 0) {
        out.push(p.dim(`  Not scored: ${report.omittedCategories.map((c) => `${plain(c.title)} (${c.reason})`).join(', ')}`));
    }
    if (report.checks.length > 0) {
        out.push('', p.bold('Checks'));
        for (const c of report.checks)
            out.push(`  ${checkLine(c, p)}`);
    }
    const n = report.newCode;
    if (n) {
        out.push('', p.bold('New code'));
        if (n.source === 'none')
            out.push(`  no new-code view: ${plain(n.reason ?? 'no merge-base')}`);
        else {
            const cov = n.coverage?.pct === null || n.coverage === null ? 'not measured' : `${Math.floor(n.coverage.pct * 10) / 10}% (${n.coverage.covered}/${n.coverage.total})`;
            out.push(`  merge-base ${n.mergeBase?.slice(0, 7)} (${n.source}): ${n.changedFiles} files, ${n.changedLines} lines changed`);
            out.push(`  new findings ${n.findings.total}${n.findings.partial ? '+' : ''} \u00b7 patch coverage ${cov} \u00b7 new-code score ${(0,format/* formatScore */.y)(n.score === null ? null : Math.floor(n.score * 10) / 10)}`);
            for (const u of n.coverage?.uncovered.slice(0, 10) ?? [])
                out.push(p.dim(`  uncovered ${plain(u.file)}: ${u.lines}`));
        }
        for (const c of n.conditions)
            out.push(`  ${c.passed ? p.green('\u2713') : p.red('\u2717')} ${c.id === 'coverage' ? `patch coverage \u2265 ${c.limit}%` : `new findings \u2264 ${c.limit}`}: ${c.actual === null ? plain(c.reason ?? 'not measured') : `${c.actual}${c.id === 'coverage' ? '%' : ''}`}`);
    }
    if (report.improvements.length > 0) {
        out.push('', p.bold('What would raise the score most'));
        for (const imp of report.improvements.slice(0, 5))
            out.push(`  +${(0,format/* formatScore */.y)(imp.pointsLost).padEnd(5)} ${plain(imp.id)} (${imp.status})`);
    }
    const baseline = terminalBaseline(report.baseline, report.ratchet);
    if (baseline.length > 0)
        out.push('', ...baseline.map((l) => plain(l)));
    for (const w of report.warnings)
        out.push(p.yellow(`warning: ${plain(w)}`));
    out.push('', p.dim(`${plain(`${report.tool.name} ${report.tool.version}`)} \u00b7 ${(0,format/* formatDuration */.a3)(report.durationMs)}`));
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/run/signals.ts
var signals = __webpack_require__(6192);
// EXTERNAL MODULE: ./src/github/baseline.ts
var github_baseline = __webpack_require__(6932);
;// CONCATENATED MODULE: ./src/github/baseline-source.ts
// A baseline from a file (`baseline-path`, CLI `--baseline`): a JSON report of an earlier run, or
// a saved baseline. The file comes from outside (a downloaded artifact), so only the fields read
// are taken, each validated; anything else in it is ignored.




/** Larger than any report the scorecard writes for a real repository, small enough to read at once. */
const baseline_source_MAX_BYTES = 64 * 1024 * 1024;
const baseline_source_status = schemas/* enum */.k5n(['pass', 'warn', 'fail', 'error', 'skipped', 'waived']);
const baseline_source_score = schemas/* number */.aig().min(0).max(100).nullable();
const baseline_source_text = (max) => schemas/* string */.YjP().max(max);
/** A commit and a run's time: '' when unknown; never free text (they are shown in the comment). */
const baseline_source_sha = schemas/* string */.YjP().regex(/^[0-9a-f]{0,64}$/i, { error: 'expected a commit SHA (hex)' });
const baseline_source_when = schemas/* union */.KCZ([schemas/* literal */.euz(''), iso/* datetime */.w$({ offset: true }), iso/* date */.p6()], { error: 'expected an ISO 8601 date or time' });
const historyShape = schemas/* object */.Ikc({
    score: baseline_source_score,
    sha: baseline_source_sha,
    date: baseline_source_when,
    threshold: schemas/* number */.aig().min(0).max(100).optional(),
    metrics: schemas/* record */.g1P(baseline_source_text(200), schemas/* number */.aig()).optional(),
    benchmarks: schemas/* record */.g1P(baseline_source_text(200), schemas/* record */.g1P(baseline_source_text(1000), schemas/* array */.YOg(schemas/* number */.aig()).max(github_baseline/* MAX_HISTORY_SAMPLES */.yT))).optional(),
});
// A check id goes into this run's report (a removed check), whose schema holds ids to the slug rule.
const baseline_source_check = schemas/* object */.Ikc({ id: report_schema_slug, title: baseline_source_text(1000), status: baseline_source_status, score: schemas/* number */.aig().min(0).max(100).optional() });
/** A report's check: also its kind and measured numbers, for the metric history. */
const reportCheck = baseline_source_check.extend({ kind: baseline_source_text(100).optional(), metrics: schemas/* record */.g1P(baseline_source_text(200), schemas/* unknown */.L5J()).optional() });
/** A Readiness report, as far as a baseline needs it. */
const reportShape = schemas/* object */.Ikc({
    // The fields read here are the same in both report versions.
    schemaVersion: schemas/* union */.KCZ([schemas/* literal */.euz(1), schemas/* literal */.euz(2)]),
    tool: schemas/* object */.Ikc({ name: baseline_source_text(200) }),
    score: baseline_source_score,
    grade: schemas/* enum */.k5n(['A', 'B', 'C', 'D', 'F']).nullable(),
    threshold: schemas/* number */.aig().min(0).max(100),
    checks: schemas/* array */.YOg(reportCheck),
    startedAt: iso/* datetime */.w$({ offset: true }),
    baseline: schemas/* object */.Ikc({ history: schemas/* array */.YOg(historyShape).optional() }).optional(),
});
/** The file the Actions cache keeps. */
const savedShape = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(1),
    score: baseline_source_score,
    grade: schemas/* enum */.k5n(['A', 'B', 'C', 'D', 'F']).nullable(),
    threshold: schemas/* number */.aig().min(0).max(100).optional(),
    sha: baseline_source_sha,
    runId: schemas/* string */.YjP().regex(/^\d{0,20}$/, { error: 'expected a run id (digits)' }),
    date: baseline_source_when,
    checks: schemas/* array */.YOg(baseline_source_check),
    history: schemas/* array */.YOg(historyShape),
});
class BaselineSourceError extends Error {
}
/**
 * A path segment of the file's JSON as it may be printed: a key is the file's text, and escape
 * sequences in it would drive the terminal of whoever runs `readiness --baseline`.
 */
function segment(p) {
    const s = String(p);
    return /^[\w-]{1,64}$/.test(s) ? s : JSON.stringify(s.length > 64 ? `${s.slice(0, 64)}\u2026` : s);
}
function baseline_source_describe(error) {
    return error.issues
        .slice(0, 5)
        .map((i) => `${i.path.length ? i.path.map(segment).join('.') : '(top level)'}: ${i.message}`)
        .join('; ');
}
/** Parses a baseline from JSON text; `label` names the file in messages. */
function parseBaselineSource(textValue, label) {
    let value;
    try {
        value = JSON.parse(textValue);
    }
    catch (err) {
        // Where, never what: the file may be anything, and its first bytes must not reach the log.
        const at = /position (\d+)/.exec(err.message)?.[1];
        throw new BaselineSourceError(`${label}: not JSON${at ? ` (at character ${at})` : ''}`);
    }
    const checks = value && typeof value === 'object' ? value.checks : undefined;
    if (Array.isArray(checks) && checks.length > github_baseline/* MAX_BASELINE_CHECKS */.jU) {
        throw new BaselineSourceError(`${label}: ${checks.length} checks, more than the ${github_baseline/* MAX_BASELINE_CHECKS */.jU} a baseline may hold`);
    }
    const kind = value && typeof value === 'object' && 'tool' in value ? 'report' : 'saved';
    if (kind === 'saved') {
        const r = savedShape.safeParse(value);
        if (!r.success)
            throw new BaselineSourceError(`${label}: not a Readiness report or saved baseline (schemaVersion 1): ${baseline_source_describe(r.error)}`);
        return { ...r.data, history: r.data.history.slice(-github_baseline/* HISTORY_LENGTH */.Su) };
    }
    const r = reportShape.safeParse(value);
    if (!r.success)
        throw new BaselineSourceError(`${label}: not a Readiness report (schemaVersion 1 or 2): ${baseline_source_describe(r.error)}`);
    const rep = r.data;
    // A report carries its history with the baseline it was compared with, its own run last.
    const history = (rep.baseline?.history ?? []).slice(-github_baseline/* HISTORY_LENGTH */.Su);
    const last = history.at(-1);
    return {
        schemaVersion: 1,
        score: rep.score,
        grade: rep.grade,
        threshold: rep.threshold,
        sha: last?.sha ?? '',
        runId: '',
        date: rep.startedAt,
        checks: rep.checks.map((c) => ({ id: c.id, title: c.title, status: c.status, ...(c.score !== undefined ? { score: c.score } : {}) })),
        // A report without history (no baseline that run) is one point: its score and metric values.
        history: history.length > 0 ? history : [(0,github_baseline/* historyEntry */.xg)({ score: rep.score, threshold: rep.threshold, checks: rep.checks.map((c) => ({ ...c, metrics: c.metrics ?? {} })) }, '', rep.startedAt)],
    };
}
function readBaselineSource(file, label = file) {
    let bytes;
    try {
        bytes = (0,bounded_file/* readBoundedFile */.Mv)(file, baseline_source_MAX_BYTES);
    }
    catch (err) {
        if (!(err instanceof bounded_file/* BoundedFileError */.UO))
            throw err;
        const code = /^cannot be read (\(\w+\))$/.exec(err.message)?.[1];
        throw new BaselineSourceError(`${label}: cannot read the baseline file ${code ?? `(${err.message})`}`);
    }
    return parseBaselineSource(bytes.toString('utf8').replace(/^\uFEFF/, ''), label);
}

;// CONCATENATED MODULE: ./src/scoring/ratchet.ts

const PASSED = new Set(['pass', 'warn']);
const FAILED = new Set(['fail', 'error']);
function hasRatchet(policy) {
    return policy !== undefined && (policy.maxDrop !== undefined || policy.noNewFailures === true);
}
/** Inputs override the config file's keys, one by one. */
function ratchetPolicy(config, inputs) {
    const maxDrop = inputs.maxDrop ?? config?.maxDrop;
    const noNewFailures = inputs.noNewFailures ?? config?.noNewFailures;
    return { ...(maxDrop !== undefined ? { maxDrop } : {}), ...(noNewFailures !== undefined ? { noNewFailures } : {}) };
}
/** Checks that passed (or warned) in the baseline and now fail or cannot be measured. */
function newFailures(report) {
    return (report.baseline?.changes ?? [])
        .filter((c) => c.before !== null && c.after !== null && PASSED.has(c.before) && FAILED.has(c.after))
        .map((c) => ({ id: c.id, before: c.before, after: c.after }));
}
/**
 * The report with the ratchet applied: unset, it is unchanged (the baseline is informational).
 * Without a baseline to compare with, the ratchet says so and does not fail the gate: a first run
 * (or an expired cache) cannot be a regression.
 */
function applyRatchet(report, policy) {
    if (!hasRatchet(policy))
        return report;
    const asked = { ...(policy.maxDrop !== undefined ? { maxDrop: policy.maxDrop } : {}), ...(policy.noNewFailures ? { noNewFailures: true } : {}) };
    const base = report.baseline;
    if (!base || base.status !== 'compared') {
        const why = base?.reason ?? 'no baseline was looked up';
        return { ...report, ratchet: { ...asked, status: 'no-baseline', reasons: [`the ratchet did not apply: ${why}`] } };
    }
    const reasons = [];
    if (policy.maxDrop !== undefined && base.delta !== null && base.delta !== undefined && -base.delta > policy.maxDrop) {
        reasons.push(`the score fell ${(0,format/* formatScore */.y)(-base.delta)} points below the baseline's ${(0,format/* formatScore */.y)(base.previous?.score)} (max-drop ${(0,format/* formatScore */.y)(policy.maxDrop)})`);
    }
    if (policy.maxDrop !== undefined && report.score === null && base.previous?.score !== null && base.previous?.score !== undefined) {
        reasons.push(`nothing was scored, and the baseline scored ${(0,format/* formatScore */.y)(base.previous.score)} (max-drop ${(0,format/* formatScore */.y)(policy.maxDrop)})`);
    }
    if (policy.noNewFailures) {
        const fresh = newFailures(report);
        if (fresh.length > 0)
            reasons.push(`${fresh.length === 1 ? 'a check' : `${fresh.length} checks`} that passed in the baseline now ${fresh.length === 1 ? 'fails' : 'fail'}: ${fresh.map((f) => `${f.id} (${f.before} \u2192 ${f.after})`).join(', ')} (no-new-failures)`);
    }
    const ratchet = { ...asked, status: reasons.length ? 'failed' : 'passed', reasons };
    if (reasons.length === 0)
        return { ...report, ratchet };
    return { ...report, ratchet, passed: false, gateReason: [report.gateReason, ...reasons].filter(Boolean).join('; ') };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The `readiness` command: same engine as the action, a terminal scorecard and exit codes
// 0 (gate passed), 1 (gate failed), 2 (usage or configuration error).
















const USAGE = `Usage:
  readiness [DIR] [options]     run the scorecard on DIR (default: the current directory)
  readiness init [DIR]          write the auto-detected suite to DIR/.github/readiness.yml
                                (--force overwrites an existing file)
  readiness schema              print the JSON Schema of the config file

Options:
  --config FILE        config file (default: .github/readiness.yml, .github/readiness.yaml, readiness.yml)
  --threshold N        pass mark 0-100, overrides the config
  --only ID,...        run only these checks
  --concurrency N      checks run at once (default: available CPUs)
  --json FILE          write the JSON report
  --markdown FILE      write the Markdown summary (as the action writes it)
  --sarif FILE         write every finding as SARIF 2.1.0
  --base REF           judge the change since the merge-base of REF and HEAD too:
                       new findings, patch coverage, the new-code score
  --baseline FILE      compare with the JSON report of an earlier run (--json FILE of that run)
  --max-drop N         with --baseline: fail when the score is more than N points below it
  --no-new-failures    with --baseline: fail when a check that passed in it now fails or errors
  --no-color           no colour (NO_COLOR is honoured too)
  --keep-temp          keep the run's temporary folder ($READINESS_TEMP) instead of removing it
  -h, --help           show this help
  -v, --version        print the version

Exit status: 0 the gate passed, 1 the gate failed, 2 usage or configuration error.
`;
class UsageError extends Error {
}
/** The options USAGE lists, for suggesting the nearest to a mistyped one. */
const OPTION_NAMES = [...USAGE.matchAll(/^ {2}(?:-\w, )?--([\w-]+)/gm)].map((m) => m[1]);
/** Edit distance (insertions, deletions, substitutions, adjacent swaps) between two short words. */
function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
/** "; did you mean --threshold?" for an unknown option close to a known one (--thresold). */
function main_suggestion(err) {
    if (err.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return '';
    const given = /'(-{1,2}[^'=]+)/.exec(err.message)?.[1]?.replace(/^-+/, '');
    if (!given)
        return '';
    let best;
    for (const name of OPTION_NAMES) {
        const d = distance(given, name);
        if (!best || d < best.d)
            best = { name, d };
    }
    return best && best.d <= Math.max(2, Math.floor(given.length / 3)) ? `; did you mean --${best.name}?` : '';
}
function writeFile(file, content) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, content);
}
function numberOption(name, value, min, max, integer) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
        throw new UsageError(`--${name}: expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max === Infinity ? '\u221e' : max}, found ${JSON.stringify(value)}`);
    }
    return n;
}
async function main(argv, env = process.env) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                config: { type: 'string' },
                threshold: { type: 'string' },
                only: { type: 'string' },
                concurrency: { type: 'string' },
                json: { type: 'string' },
                markdown: { type: 'string' },
                sarif: { type: 'string' },
                base: { type: 'string' },
                baseline: { type: 'string' },
                'max-drop': { type: 'string' },
                'no-new-failures': { type: 'boolean' },
                'no-color': { type: 'boolean' },
                force: { type: 'boolean' },
                'keep-temp': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        });
    }
    catch (err) {
        process.stderr.write(`readiness: ${err.message}${main_suggestion(err)}\n\n${USAGE}`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    if (values.version) {
        process.stdout.write(`${VERSION}\n`);
        return 0;
    }
    if (positionals[0] === 'schema') {
        process.stdout.write(`${JSON.stringify((0,schema/* configJsonSchema */.Mk)(), null, 2)}\n`);
        return 0;
    }
    if (positionals[0] === 'init') {
        if (positionals.length > 2) {
            process.stderr.write(`readiness init: expected at most one directory\n\n${USAGE}`);
            return 2;
        }
        const result = init(external_node_path_default().resolve(positionals[1] ?? '.'), values.force === true);
        (result.written ? process.stdout : process.stderr).write(`${result.message}\n`);
        return result.written ? 0 : 2;
    }
    if (positionals.length > 1) {
        process.stderr.write(`readiness: expected at most one directory, found ${positionals.length} arguments\n\n${USAGE}`);
        return 2;
    }
    let threshold;
    let concurrency;
    let maxDrop;
    let baseline;
    try {
        threshold = numberOption('threshold', values.threshold, 0, 100, false);
        concurrency = numberOption('concurrency', values.concurrency, 1, Infinity, true);
        maxDrop = numberOption('max-drop', values['max-drop'], 0, 100, false);
        // Read before the run: a bad baseline file is a usage error, not a wasted run.
        if (values.baseline)
            baseline = readBaselineSource(external_node_path_default().resolve(values.baseline), values.baseline);
    }
    catch (err) {
        process.stderr.write(`readiness: ${err instanceof BaselineSourceError ? '--baseline ' : ''}${err.message}\n`);
        return 2;
    }
    if (values.base !== undefined && (values.base.trim() === '' || values.base.startsWith('-') || /[\s\0]/.test(values.base))) {
        process.stderr.write(`readiness: --base: expected a git ref, found ${JSON.stringify(values.base)}\n`);
        return 2;
    }
    const workspace = external_node_path_default().resolve(positionals[0] ?? '.');
    const p = palette(!values['no-color'] && useColor(process.stdout.isTTY, env));
    const progress = palette(!values['no-color'] && useColor(process.stderr.isTTY, env));
    const controller = new AbortController();
    const stopListening = (0,signals/* onSignal */.Y)((signal, count) => {
        if (count === 1) {
            process.stderr.write(`readiness: ${signal}: stopping the checks and writing a partial report\n`);
            controller.abort();
        }
        else {
            // A second signal leaves no grace: every check's processes die now, then the report is written.
            (0,run_process/* killAllCommands */.W$)();
        }
    });
    let report = await runEngine({
        workspace,
        ...(values.config ? { config: values.config } : {}),
        ...(threshold !== undefined ? { threshold } : {}),
        ...(values.only ? { only: parseIdList(values.only) } : {}),
        ...(concurrency !== undefined ? { concurrency } : {}),
        signal: controller.signal,
        onCheckStart: (c) => process.stderr.write(progress.dim(`  \u2026 ${c.id} running\n`)),
        onCheckEnd: (c) => process.stderr.write(`  ${checkLine(c, progress)}\n`),
        ...(values.base !== undefined ? { newCode: { mode: values.base, gate: {} } } : {}),
        ...(values['keep-temp'] ? { keepTemp: true } : {}),
        ...(baseline ? { baselineHistory: baseline.history } : {}),
    });
    stopListening();
    if (report.config.errors.length === 0) {
        if (baseline)
            report = { ...report, baseline: (0,github_baseline/* compare */.UD)(report, baseline, { branch: values.baseline, source: 'file', date: report.startedAt }) };
        const asked = { ...(maxDrop !== undefined ? { maxDrop } : {}), ...(values['no-new-failures'] ? { noNewFailures: true } : {}) };
        report = applyRatchet(report, ratchetPolicy(report.config.ratchet, asked));
    }
    if (values.json)
        writeFile(values.json, jsonText(report));
    if (values.markdown)
        writeFile(values.markdown, renderSummary(report));
    if (values.sarif)
        writeFile(values.sarif, jsonText(renderSarif(report)));
    process.stdout.write(renderTerminal(report, p));
    if (report.config.errors.length > 0)
        return 2;
    return report.passed ? 0 : 1;
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ READER_KEYS),
/* harmony export */   AS: () => (/* binding */ DEFAULT_MAX_REPORT_BYTES),
/* harmony export */   Bl: () => (/* binding */ DEFAULT_CATEGORIES),
/* harmony export */   CR: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   Di: () => (/* binding */ DEFAULT_WEIGHT),
/* harmony export */   Fj: () => (/* binding */ DEFAULT_CATEGORY),
/* harmony export */   H3: () => (/* binding */ BUILTINS),
/* harmony export */   K3: () => (/* binding */ MAX_WEIGHT),
/* harmony export */   KU: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
/* harmony export */   Mk: () => (/* binding */ configJsonSchema),
/* harmony export */   OZ: () => (/* binding */ SLUG),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   XP: () => (/* binding */ BUILTIN_OPTIONS),
/* harmony export */   a$: () => (/* binding */ allowedKeysAt),
/* harmony export */   aV: () => (/* binding */ DEFAULT_THRESHOLD),
/* harmony export */   nB: () => (/* binding */ checkKindKeys),
/* harmony export */   pK: () => (/* binding */ checkKind)
/* harmony export */ });
/* unused harmony exports UNMEASURED_POLICIES, MAX_TIMEOUT_SECONDS, checkSchema, categorySchema, CHECK_KEYS, CONFIG_KEYS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4377);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8439);
/* harmony import */ var _readers_audit_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4905);
/* harmony import */ var _readers_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7968);
/* harmony import */ var _checks_workflow_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5314);
/* harmony import */ var _readers_test_results_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9818);
/* harmony import */ var _readers_sarif_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8245);
/* harmony import */ var _readers_benchmark_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3025);
// The configuration contract (SPEC \u00a72). One zod schema is the source of truth for validation,
// the TypeScript types and the JSON Schema that `readiness schema` prints.







/** Runs kept in the baseline's history (github/baseline.ts HISTORY_LENGTH), the most a window can use. */
const HISTORY_RUNS = 30;
const DEFAULT_THRESHOLD = 70;
/** How a check in `error` (it could not measure) counts; see docs/scoring.md. */
const UNMEASURED_POLICIES = ['zero', 'unscored'];
const DEFAULT_TIMEOUT_SECONDS = 600;
const DEFAULT_WEIGHT = 1;
const DEFAULT_CATEGORY = 'quality';
const DEFAULT_MAX_REPORT_BYTES = 256 * 1024 * 1024;
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Default categories and weights (SPEC \u00a74); they sum to 100. */
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
/** Ids of checks and categories; the report's schema holds ids from outside to the same rule. */
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const SIZE = /^\s*\d+(\.\d+)?\s*([KMG]i?B|B)?\s*$/i;
/** "256MiB" \u2192 bytes; KB/MB/GB are decimal, KiB/MiB/GiB binary. */
function parseSize(value) {
    if (typeof value === 'number')
        return value;
    const m = /^\s*(\d+(?:\.\d+)?)\s*([KMG]?)(i?)B?\s*$/i.exec(value);
    if (!m)
        return NaN;
    const power = { '': 0, K: 1, M: 2, G: 3 }[m[2].toUpperCase()];
    return Math.round(Number(m[1]) * (m[3] ? 1024 : 1000) ** power);
}
const slug = zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()
    .regex(SLUG, { error: 'expected a slug (letters, digits, "-", "_", "."; starting with a letter or digit)' })
    .describe('Letters, digits, "-", "_" and "."; starts with a letter or digit.');
const waiveSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    reason: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().trim().min(1).describe('Why the check is waived; shown in the summary.'),
    until: zod__WEBPACK_IMPORTED_MODULE_7__/* .date */ .p6().optional().describe('Last day (YYYY-MM-DD, UTC) the waiver holds; after it the waiver is ignored.'),
})
    .describe('Keep running and showing the check, but leave it out of the score and the gate.');
const envSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected an environment variable name' }), zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY()]))
    .describe('Environment variables added to the command\'s environment.');
const reportsSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1)).min(1)])
    .describe('Report file(s): a path or glob, or a list, relative to the working directory. Without it the reader reads the stdout of `run`.');
const percent = zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().min(0).max(100);
/** Weights are bounded so that no sum of them can overflow to Infinity and make the score NaN. */
const MAX_WEIGHT = 1_000_000;
const weight = zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().min(0).max(MAX_WEIGHT);
/** The longest time limit Node's timers can hold (2^31 \u2212 1 ms), in whole seconds. */
const MAX_TIMEOUT_SECONDS = 2_147_483;
const count = zod__WEBPACK_IMPORTED_MODULE_6__/* .int */ .Whr().min(0);
const levels = (names, what) => zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej(Object.fromEntries(names.map((n) => [n, count.optional()]))).describe(what);
const SARIF_LEVELS = ['error', 'warning', 'note'];
const AUDIT_SEVERITIES = ['critical', 'high', 'moderate', 'low', 'unknown'];
const testsSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    reports: reportsSchema.optional(),
    format: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(_readers_test_results_js__WEBPACK_IMPORTED_MODULE_3__/* .TESTS_FORMATS */ .pQ).optional().describe('junit (any producer; several documents in one file are summed), jest-json (jest --json, vitest json reporter), libtest (cargo test output), go-test-json (go test -json) or tap (TAP 13/14: ava --tap, node-tap). Detected from the content when left out.'),
    'min-pass-rate': percent.optional().describe('Passed share of the tests that ran, in percent, below which the check fails (default 100).'),
})
    .describe('Test results from JUnit XML, jest/vitest JSON, cargo test output, go test -json or TAP.');
const coverageSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    reports: reportsSchema.optional(),
    format: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(_readers_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .COVERAGE_FORMATS */ .Oo).optional().describe('Detected from the content when left out.'),
    metric: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(_readers_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .COVERAGE_METRICS */ .h6).optional().describe('The scored metric (default lines; statements when the format has no lines).'),
    min: percent.optional().describe('Percent at or below which the check fails and scores 0 (default 0).'),
    target: percent.optional().describe('Percent at or above which the check passes and scores 100 (default 80).'),
})
    .describe('Code coverage: LCOV, Cobertura, JaCoCo, Clover, istanbul JSON or Go coverprofile.');
const sarifSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    reports: reportsSchema.optional(),
    format: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(_readers_sarif_js__WEBPACK_IMPORTED_MODULE_4__/* .SARIF_FORMATS */ .J4).optional().describe('sarif (SARIF 2.1.0), cargo-json (cargo clippy --message-format=json), flake8 (its default text format) or mypy (its text output). SARIF or cargo JSON is detected from the content when left out; flake8 and mypy must be named.'),
    max: levels(SARIF_LEVELS, 'Count per level at which the check fails; 0 means none allowed.').optional(),
    target: levels(SARIF_LEVELS, 'Count per level at or below which it passes.').optional(),
})
    .describe('Static analysis results: SARIF 2.1.0, cargo clippy JSON, flake8 or mypy output.');
const auditSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    reports: reportsSchema.optional(),
    format: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(_readers_audit_model_js__WEBPACK_IMPORTED_MODULE_0__/* .AUDIT_FORMATS */ .PW).optional().describe('Detected from the content when left out.'),
    max: levels(AUDIT_SEVERITIES, 'Advisories per severity at which the check fails; 0 means none allowed.').optional(),
    target: levels(AUDIT_SEVERITIES, 'Advisories per severity at or below which it passes.').optional(),
})
    .describe('Dependency audit: npm, yarn, yarn berry, pnpm, pip-audit, cargo-audit, osv-scanner or Trivy JSON.');
const metricSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    reports: reportsSchema.optional(),
    pattern: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1).optional().describe('Regular expression; its first group is the number.'),
    json: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1).optional().describe('Dot path into JSON output, e.g. "total.ms" or "results[0].value".'),
    min: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().optional().describe('Higher is better: at or below min the check fails.'),
    max: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().optional().describe('Lower is better: at or above max the check fails.'),
    target: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().optional().describe('At or beyond the target the check passes.'),
    unit: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().max(20).optional().describe('Shown after the number, e.g. "ms" or "KiB".'),
})
    .describe('A number from a command\'s output.');
const benchmarkSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    reports: reportsSchema.optional(),
    format: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(_readers_benchmark_model_js__WEBPACK_IMPORTED_MODULE_5__/* .BENCHMARK_FORMATS */ .LS).optional().describe('hyperfine (--export-json), go-bench (go test -bench text), criterion (new/sample.json, estimates.json or raw.csv), pytest-benchmark (--benchmark-json), google-benchmark (JSON), bmf (Bencher Metric Format) or github-action-benchmark (custom JSON). Detected from the content when left out.'),
    repeat: zod__WEBPACK_IMPORTED_MODULE_6__/* .int */ .Whr().min(1).max(100).optional().describe('Runs of `run`, each read for samples (default 1).'),
    window: zod__WEBPACK_IMPORTED_MODULE_6__/* .int */ .Whr().min(1).max(HISTORY_RUNS).optional().describe('Earlier runs of the baseline\'s history whose samples form the baseline distribution (default 20).'),
    'min-samples': zod__WEBPACK_IMPORTED_MODULE_6__/* .int */ .Whr().min(2).optional().describe('Fewer samples than this on either side: inconclusive (default 5).'),
    noise: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().min(0).max(1000).optional().describe('Percent change the whole confidence interval must pass to count as a regression or improvement (default 5).'),
    significance: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().gt(0).lt(1).optional().describe('p-value below which a difference is significant (default 0.01).'),
    test: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['u', 'welch']).optional().describe('u: Mann-Whitney U (default); welch: Welch\'s t-test.'),
    confirm: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().optional().describe('Rerun once a benchmark that looks regressed; it regresses only if the rerun says so too.'),
    gate: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['regressed']).optional().describe('regressed: a regression fails the gate, as a required check; by default it is reported and scored only.'),
    ignore: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({ name: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1).describe('Benchmark name (as the table shows it); a glob matches several.'), reason: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().trim().min(1).describe('Why it is ignored; shown in the summary.') })).optional().describe('Benchmarks shown but not judged.'),
    min: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().optional().describe('Throughput: a median at or below min (ops/s or B/s) fails.'),
    max: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().optional().describe('Time: a median at or above max (seconds) fails.'),
    target: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().optional().describe('With min or max: the median at or beyond which it passes.'),
})
    .describe('Benchmarks decided by statistics against the baseline\'s samples.');
const BUILTINS = ['conflict-markers', 'secrets', 'files', 'git', 'patterns', 'checklist', 'dockerfile', 'workflows'];
const globs = zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1))]);
const size = zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .int */ .Whr().min(1), zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(SIZE, { error: 'expected a size such as 5MiB, 10 MB or 1048576' })]);
const patternSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    id: slug.describe('Metric key for this pattern.'),
    regex: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1).describe('JavaScript regular expression, matched line by line; every match counts.'),
    files: globs.optional().describe('Globs of the files to search (default: all). A glob without "/" matches names at any depth.'),
    exclude: globs.optional().describe('Globs of files to leave out.'),
    max: count.optional().describe('Count at which the check fails; 0 means none allowed.'),
    target: count.optional().describe('Count at or below which it passes.'),
    flags: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(/^[imsu]*$/, { error: 'expected regex flags from i, m, s, u' }).optional().describe('Regex flags, e.g. "i".'),
});
const workflowRuleCounts = levels(_checks_workflow_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKFLOW_RULES */ .KA, 'Findings per workflows rule.');
/** Options of the built-in scans; each belongs to the builtins listed in BUILTIN_OPTIONS. */
const builtinShape = {
    builtin: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(BUILTINS).optional().describe('A built-in scan that needs no tool.'),
    exclude: globs.optional().describe('conflict-markers, secrets, dockerfile, workflows: globs of files to leave out.'),
    allow: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1)).optional().describe('secrets: paths, globs or finding fingerprints to allow.'),
    require: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1)).optional().describe('files: more required files (paths or globs), or default items by name.'),
    optional: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1)).optional().describe('files: default items not required (readme, license, security, contributing, changelog, codeowners, workflow, dependency-updates, gitignore).'),
    sections: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1)).optional().describe('files: headings the README must have, e.g. Install, Usage.'),
    window: zod__WEBPACK_IMPORTED_MODULE_6__/* .int */ .Whr().min(1).optional().describe('git: how many recent commits to check for Conventional Commit subjects (default 50).'),
    target: zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([percent, workflowRuleCounts])
        .optional()
        .describe('git: Conventional Commit share to reach (default 80); checklist: percent of items done (default 100); workflows: findings per rule at or below which it passes.'),
    max: workflowRuleCounts.optional().describe('workflows: findings per rule at which the check fails; 0 means none allowed.'),
    'trusted-actions': zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1)).optional().describe('workflows: actions trusted at a tag, as owner/repo globs (e.g. "actions/*"); off by default.'),
    'max-file-size': size.optional().describe('git: tracked files over this size are flagged (default: the top-level max-file-size, 5 MiB).'),
    patterns: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(patternSchema).min(1).optional().describe('patterns: the regular expressions to count.'),
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
    workflows: ['exclude', 'trusted-actions', 'max', 'target'],
};
/** Keys every check may carry, whatever its kind. */
const commonCheckShape = {
    id: slug.describe('Unique id of the check.'),
    title: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1).optional().describe('Display name; defaults to the id.'),
    category: slug.optional().describe('Category id; defaults to "quality".'),
    weight: weight.optional().describe('Weight inside its category (default 1).'),
    required: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().optional().describe('A blocker: if it does not pass, the gate fails whatever the score.'),
    needs: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(slug).optional().describe('Ids of checks that must pass before this one runs.'),
    after: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(slug).optional().describe('Ids of checks to run before this one, whatever their result (a report they write).'),
    timeout: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig()
        .positive()
        // Node's timers hold 32 bits of milliseconds; a longer one would fire at once.
        .max(MAX_TIMEOUT_SECONDS)
        .optional()
        .describe('Seconds before the command\'s whole process tree is killed (default 600).'),
    'working-directory': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1).optional().describe('Directory to run in, relative to the workspace.'),
    env: envSchema.optional(),
    waive: waiveSchema.optional(),
    run: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().trim().min(1).optional().describe('Shell command. Alone, the check passes when it exits 0.'),
    note: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().trim().min(1).max(300).optional().describe('Shown after the result, e.g. why a test script\'s totals were not read.'),
    requires: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(/^[A-Za-z0-9_.+-]+$/, { error: 'expected a command name' }))
        .optional()
        .describe('Commands the check needs on PATH; when one is missing the check is skipped as "not installed".'),
    tests: testsSchema.optional(),
    coverage: coverageSchema.optional(),
    sarif: sarifSchema.optional(),
    audit: auditSchema.optional(),
    metric: metricSchema.optional(),
    benchmark: benchmarkSchema.optional(),
    ...builtinShape,
};
const checkSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej(commonCheckShape).describe('One check.');
const categorySchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1).optional(),
    weight: weight.describe('Share of the overall score, relative to the other categories.'),
});
const configSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional().describe('Ignored; lets editors find this schema.'),
    threshold: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().min(0).max(100).optional().describe('Pass mark 0\u2013100 (default 70).'),
    concurrency: zod__WEBPACK_IMPORTED_MODULE_6__/* .int */ .Whr().min(1).optional().describe('Checks run at once (default: available CPUs).'),
    'max-report-size': zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .int */ .Whr().min(1), zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(SIZE, { error: 'expected a size such as 256MiB, 10 MB or 1048576' })])
        .optional()
        .describe('Largest report file a reader accepts (default 256 MiB); bytes, or a number with KB/KiB/MB/MiB/GB/GiB.'),
    'max-file-size': zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .int */ .Whr().min(1), zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(SIZE, { error: 'expected a size such as 5MiB, 10 MB or 1048576' })])
        .optional()
        .describe('Built-in scans skip (and count) files larger than this (default 5 MiB).'),
    unmeasured: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(UNMEASURED_POLICIES)
        .optional()
        .describe('How checks that could not measure (status error) count: zero (default; a check never raises the score by breaking) or unscored (left out of the score, like skipped).'),
    'max-drop': zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().min(0).max(100).optional().describe('Ratchet: fail when the score is more than this many points below the baseline\'s (unset: the baseline is informational).'),
    'no-new-failures': zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().optional().describe('Ratchet: fail when a check that passed in the baseline now fails or errors.'),
    categories: zod__WEBPACK_IMPORTED_MODULE_6__/* .record */ .g1P(slug, categorySchema).optional().describe('Add categories or change the default titles and weights.'),
    'new-code': zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
        coverage: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().min(0).max(100).optional().describe('Minimum patch coverage % (covered / executable changed lines); the input new-code-coverage overrides it.'),
        'max-findings': zod__WEBPACK_IMPORTED_MODULE_6__/* .int */ .Whr().min(0).optional().describe('Most new findings allowed on a pull request; the input new-code-max-findings overrides it.'),
        'max-fetch-depth': zod__WEBPACK_IMPORTED_MODULE_6__/* .int */ .Whr().min(1).optional().describe('Most commits fetched on each side to find the merge-base of a shallow checkout (default 1000).'),
    })
        .optional()
        .describe('The pull-request gate on new code (SPEC \u00a75a); unset conditions are informational.'),
    checks: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(checkSchema).describe('The checks to run.'),
})
    .describe('Readiness Scorecard configuration');
/** The keys a check object may carry, for "did you mean" hints. */
const CHECK_KEYS = Object.keys(checkSchema.shape);
const CONFIG_KEYS = Object.keys(configSchema.shape);
/** Check keys that attach a reader; a check has at most one of these or `builtin`. */
const READER_KEYS = ['tests', 'coverage', 'sarif', 'audit', 'metric', 'benchmark'];
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
        while (cur instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodOptional */ .IiU || cur instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodDefault */ .XiL || cur instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodNullable */ .l1C)
            cur = cur.unwrap();
        return cur;
    };
    for (const seg of path) {
        schema = unwrap(schema);
        if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodObject */ .bvH) {
            const next = schema.shape[String(seg)];
            if (!next)
                return undefined;
            schema = next;
        }
        else if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodArray */ .naA)
            schema = schema.element;
        else if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodRecord */ .b8S)
            schema = schema.valueType;
        else
            return undefined;
    }
    schema = unwrap(schema);
    return schema instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodObject */ .bvH ? Object.keys(schema.shape) : undefined;
}
function configJsonSchema() {
    const schema = zod__WEBPACK_IMPORTED_MODULE_8__/* .toJSONSchema */ .bl(configSchema, { target: 'draft-7', io: 'input' });
    return { ...schema, title: 'Readiness Scorecard configuration' };
}


/***/ }),

/***/ 6932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ benchmarkBaseline),
/* harmony export */   Su: () => (/* binding */ HISTORY_LENGTH),
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   jU: () => (/* binding */ MAX_BASELINE_CHECKS),
/* harmony export */   xg: () => (/* binding */ historyEntry),
/* harmony export */   yT: () => (/* binding */ MAX_HISTORY_SAMPLES)
/* harmony export */ });
/* unused harmony exports ANCESTOR_CAP, commitPrefix, saveKey, metricValues, benchmarkSamples, toBaselineFile, readBaselineFile, writeBaselineFile, CANCELLED_RESTORE, runBaseline */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _run_bounded_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(791);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(131);
// Baseline and trend: the report saved for a commit of the default branch, kept in the Actions
// cache under a key that names the commit. On a pull request the baseline is the merge-base's
// report, else the newest report of a first-parent ancestor of it (never another branch's).
// Pure comparison here; the cache itself is behind a thin adapter (cache-adapter.ts).




/** Scores kept with the baseline, oldest first, this run's last. */
const HISTORY_LENGTH = 30;
/** How far back along the base branch's first-parent history a baseline is looked for. */
const ANCESTOR_CAP = 100;
const FILE = 'readiness-baseline.json';
/**
 * More checks than any real suite has: a baseline beyond it is refused before it is validated, so a
 * hostile file of a million checks costs neither the memory of checking each nor a report of a
 * million changes.
 */
const MAX_BASELINE_CHECKS = 10_000;
const part = (s) => s.replace(/[^A-Za-z0-9._/-]+/g, '_');
/** Cache keys are immutable, so every run saves under its own key; lookups are by commit prefix. */
function commitPrefix(ctx, sha) {
    return `readiness-${part(ctx.workflow)}-${part(ctx.job)}-${part(sha)}-`;
}
function saveKey(ctx) {
    return `${commitPrefix(ctx, ctx.sha)}${ctx.runId}-${ctx.runAttempt}`;
}
/** Numbers of metric checks (benchmarks), which keep their own history. */
function metricValues(report) {
    const out = {};
    for (const c of report.checks) {
        const v = c.metrics?.value;
        if (c.kind === 'metric' && typeof v === 'number' && Number.isFinite(v) && c.status !== 'error' && c.status !== 'skipped')
            out[c.id] = v;
    }
    return out;
}
/** Samples kept per benchmark and run in the history (the newest), so the cache entry stays small. */
const MAX_HISTORY_SAMPLES = 100;
/**
 * Samples of benchmark checks (check id \u2192 benchmark \u2192 samples), from `metrics.benchmarks` as the
 * benchmark check writes it; a confirming rerun's samples are not kept (they judged one run).
 */
function benchmarkSamples(report) {
    const out = {};
    for (const c of report.checks) {
        const list = c.metrics?.benchmarks;
        if (c.kind !== 'benchmark' || !Array.isArray(list) || c.status === 'error' || c.status === 'skipped')
            continue;
        const per = {};
        for (const b of list) {
            if (!b || typeof b !== 'object')
                continue;
            const { key, samples } = b;
            if (typeof key !== 'string' || !Array.isArray(samples))
                continue;
            const numbers = samples.filter((x) => typeof x === 'number' && Number.isFinite(x));
            if (numbers.length)
                per[key] = numbers.slice(-MAX_HISTORY_SAMPLES);
        }
        if (Object.keys(per).length)
            out[c.id] = per;
    }
    return out;
}
function historyEntry(report, sha, date) {
    const metrics = metricValues(report);
    const benchmarks = benchmarkSamples(report);
    return {
        score: report.score,
        sha,
        date,
        ...(report.threshold !== undefined ? { threshold: report.threshold } : {}),
        ...(Object.keys(metrics).length ? { metrics } : {}),
        ...(Object.keys(benchmarks).length ? { benchmarks } : {}),
    };
}
/**
 * A benchmark check's baseline distribution: the samples of the last `window` runs of the history
 * that measured it (the baseline's own run is the history's last), per benchmark, with how many
 * runs they pool.
 */
function benchmarkBaseline(file, checkId, window) {
    const out = new Map();
    const runs = file.history.filter((h) => h.benchmarks?.[checkId]).slice(-window);
    for (const h of runs) {
        for (const [key, samples] of Object.entries(h.benchmarks[checkId])) {
            const cur = out.get(key) ?? { samples: [], runs: 0 };
            cur.samples.push(...samples);
            cur.runs++;
            out.set(key, cur);
        }
    }
    return out;
}
function toBaselineFile(report, ctx, previous, now) {
    const date = now.toISOString();
    const history = [...(previous?.history ?? []), historyEntry(report, ctx.sha, date)].slice(-HISTORY_LENGTH);
    return {
        schemaVersion: 1,
        score: report.score,
        grade: report.grade,
        threshold: report.threshold,
        sha: ctx.sha,
        runId: ctx.runId,
        date,
        checks: report.checks.map((c) => ({ id: c.id, title: c.title, status: c.status, ...(c.score !== undefined ? { score: c.score } : {}) })),
        history,
    };
}
const SEVERITY = { error: 4, fail: 3, warn: 2, skipped: 1, waived: 1, pass: 0 };
/** What changed against the baseline: score delta, checks whose status changed (new failures first), trend. */
function compare(report, base, where) {
    const w = typeof where === 'string' ? { branch: where } : where;
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
    const history = [...base.history, historyEntry(report, w.sha ?? '', w.date ?? report.startedAt ?? '')].slice(-HISTORY_LENGTH);
    return {
        status: 'compared',
        branch: w.branch,
        ...(w.source ? { source: w.source } : {}),
        previous: { score: base.score, grade: base.grade, sha: base.sha, date: base.date, runId: base.runId },
        ...(w.from ? { mergeBase: w.from } : {}),
        ...(w.behind !== undefined ? { behind: w.behind } : {}),
        delta,
        changes,
        trend: history.map((h) => h.score),
        history,
    };
}
function readBaselineFile(dir) {
    try {
        // Restored from the cache: bounded and not through a symlink, like every file from outside.
        const v = readBoundedJson(path.join(dir, FILE));
        // Ids go into this run's report, whose schema holds them to the slug rule; a cache entry is
        // written by an earlier run, but whatever wrote it is not trusted to have kept that rule.
        const valid = v && v.schemaVersion === 1 && Array.isArray(v.checks) && Array.isArray(v.history) && v.checks.length <= MAX_BASELINE_CHECKS && v.checks.every((c) => typeof c?.id === 'string' && SLUG.test(c.id));
        return valid ? v : undefined;
    }
    catch {
        return undefined;
    }
}
function writeBaselineFile(dir, file) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, FILE), `${JSON.stringify(file)}\n`);
}
/** The commit a restored key was saved for: the candidate whose prefix it starts with. */
function matchedCommit(ctx, key, candidates) {
    const index = candidates.findIndex((sha) => key.startsWith(commitPrefix(ctx, sha)));
    return index >= 0 ? { sha: candidates[index], index } : undefined;
}
const CANCELLED_RESTORE = 'the run was cancelled while the baseline was being restored from the cache';
/** The restore, or undefined-with-cancelled once the signal fires (a cache call cannot be stopped, only left). */
function abandonable(work, signal) {
    if (!signal)
        return work.then((value) => ({ value }));
    if (signal.aborted)
        return Promise.resolve('cancelled');
    return new Promise((resolve, reject) => {
        const onAbort = () => resolve('cancelled');
        signal.addEventListener('abort', onAbort, { once: true });
        work.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolve({ value });
        }, (err) => {
            signal.removeEventListener('abort', onAbort);
            reject(err);
        });
    });
}
/**
 * Finds the baseline to compare with (the merge-base's report on a pull request, else the nearest
 * ancestor's along the first-parent history), and on a push to the default branch saves this run's
 * under its commit. Nothing here can fail the step: cache problems come back as warnings and an
 * `unavailable`/`error` status.
 */
async function runBaseline(report, ctx, cache, dir, now, target, options = {}) {
    const warnings = [];
    const here = { sha: ctx.headSha ?? ctx.sha, date: now.toISOString() };
    let previous;
    let info;
    if (options.fromFile) {
        previous = options.fromFile.file;
        info = compare(report, previous, { branch: options.fromFile.label, source: 'file', ...here });
    }
    else if (!cache || !cache.available()) {
        return { info: { status: 'unavailable', reason: 'the Actions cache service is not available here (not on GitHub, or no cache service), so there is no baseline' }, warnings };
    }
    else if (target.candidates.length === 0) {
        info = { status: 'none', reason: target.note ?? 'no commit to look a baseline up for', branch: target.branch, history: [historyEntry(report, here.sha, here.date)] };
    }
    else {
        try {
            // The same folder for restore and save: a cache entry is tied to the paths it was saved from.
            const restored = await abandonable(cache.restore(dir, target.candidates.map((sha) => commitPrefix(ctx, sha))), options.signal);
            if (restored === 'cancelled')
                return { info: { status: 'error', reason: CANCELLED_RESTORE, branch: target.branch }, warnings };
            const key = restored.value;
            const hit = key ? matchedCommit(ctx, key, target.candidates) : undefined;
            previous = hit ? readBaselineFile(dir) : undefined;
            if (previous && hit) {
                const gap = target.from ? { from: target.from, behind: hit.index } : {};
                info = compare(report, previous, { branch: target.branch, source: 'cache', ...here, ...gap });
            }
            else {
                const where = target.from ? `the merge-base ${target.from.slice(0, 7)} or its last ${target.candidates.length - 1} first-parent ancestors` : `the last ${target.candidates.length} commits of ${target.branch}`;
                info = { status: 'none', reason: `no report saved for ${where}${target.note ? ` (${target.note})` : ''}`, branch: target.branch, history: [historyEntry(report, here.sha, here.date)] };
            }
        }
        catch (err) {
            warnings.push(`baseline: could not restore from the cache: ${err.message}`);
            info = { status: 'error', reason: `could not restore the baseline: ${err.message}`, branch: target.branch };
        }
    }
    const onDefault = ctx.eventName === 'push' && ctx.defaultBranch !== undefined && ctx.branch === ctx.defaultBranch;
    if (onDefault && cache?.available() && !options.signal?.aborted) {
        try {
            writeBaselineFile(dir, toBaselineFile(report, ctx, previous, now));
            await cache.save(dir, saveKey(ctx));
            info = { ...info, saved: saveKey(ctx) };
        }
        catch (err) {
            warnings.push(`baseline: could not save to the cache: ${err.message}`);
        }
    }
    return { info, warnings };
}


/***/ }),

/***/ 4905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PW: () => (/* binding */ AUDIT_FORMATS),
/* harmony export */   ef: () => (/* binding */ AdvisorySet),
/* harmony export */   lv: () => (/* binding */ normalizeSeverity),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qI: () => (/* binding */ severityFromScore),
/* harmony export */   uz: () => (/* binding */ higher)
/* harmony export */ });
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
/** CVSS base score \u2192 severity (CVSS v3/v4 qualitative rating scale). */
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
/** Collects advisories and merges those that share an id or alias (union\u2013find over ids). */
class AdvisorySet {
    parent = new Map();
    inputs = [];
    /** Packages a report names as vulnerable beyond the advisories' own (npm 7+ lists dependents too). */
    affected = new Set();
    /** A package the producer counts as vulnerable, even when no advisory names it directly. */
    addVulnerablePackage(name) {
        this.affected.add(name);
    }
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
        const packages = new Set(this.affected);
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


/***/ }),

/***/ 3025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   LS: () => (/* binding */ BENCHMARK_FORMATS),
/* harmony export */   Xk: () => (/* binding */ seriesKey),
/* harmony export */   c_: () => (/* binding */ measureOf),
/* harmony export */   j7: () => (/* binding */ normalise),
/* harmony export */   sz: () => (/* binding */ SeriesList),
/* harmony export */   vM: () => (/* binding */ finiteNumber)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5629);
// What benchmark readers return: per benchmark and measure, every sample in a base unit (seconds,
// bytes, operations or bytes per second, or a plain count) and which direction is better.

const BENCHMARK_FORMATS = ['hyperfine', 'go-bench', 'criterion', 'pytest-benchmark', 'google-benchmark', 'bmf', 'github-action-benchmark'];
/** The key a series is compared under: its name, and its measure when not time. */
function seriesKey(s) {
    return s.measure === 'time' ? s.name : `${s.name} [${s.measure}]`;
}
/** Collects samples per name and measure, in the order first seen. */
class SeriesList {
    byKey = new Map();
    add(name, measure, unit, lowerIsBetter, value) {
        if (!Number.isFinite(value))
            return;
        const key = seriesKey({ name, measure });
        let s = this.byKey.get(key);
        if (!s) {
            s = { name, measure, unit, lowerIsBetter, samples: [] };
            this.byKey.set(key, s);
        }
        s.samples.push(value);
    }
    list(what) {
        const out = [...this.byKey.values()];
        if (out.length === 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReaderError */ .ot(`no benchmark results in the ${what} output`);
        return out;
    }
}
const TIME = { ns: 1e-9, us: 1e-6, '\u00b5s': 1e-6, '\u03bcs': 1e-6, ms: 1e-3, s: 1, sec: 1 };
const BYTES = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
/**
 * A value in a tool's unit ("ns/op", "ms", "MB/s", "ops/sec", "B/op", "allocs/op") in a base unit,
 * with its direction: a rate ("\u2026/s", "ops/sec") is higher-is-better, everything else lower.
 */
function normalise(value, rawUnit) {
    const unit = rawUnit.trim();
    const per = /^(.+?)\s*\/\s*(s|sec|second)$/i.exec(unit);
    if (per) {
        const top = per[1].toLowerCase();
        if (BYTES[top] !== undefined)
            return { value: value * BYTES[top], unit: 'B/s', lowerIsBetter: false };
        const scaled = /^([kmg])?(ops|op|iter|iters|elem|elems|items?)$/i.exec(per[1]);
        if (scaled)
            return { value: value * (scaled[1] ? { k: 1e3, m: 1e6, g: 1e9 }[scaled[1].toLowerCase()] : 1), unit: 'ops/s', lowerIsBetter: false };
        return { value, unit, lowerIsBetter: false };
    }
    // "ns/op", "ns/iter", "ms/run": a time per operation.
    const base = unit.replace(/\s*\/\s*(op|iter|iteration|run|call)$/i, '');
    if (TIME[base] !== undefined)
        return { value: value * TIME[base], unit: 's', lowerIsBetter: true };
    if (BYTES[base.toLowerCase()] !== undefined)
        return { value: value * BYTES[base.toLowerCase()], unit: 'B', lowerIsBetter: true };
    if (/^allocs?$/i.test(base))
        return { value, unit: 'count', lowerIsBetter: true };
    return { value, unit, lowerIsBetter: true };
}
/** The measure a Go-style unit names. */
function measureOf(unit, norm) {
    if (norm.unit === 's')
        return 'time';
    if (norm.unit === 'B')
        return 'memory';
    if (norm.unit === 'B/s' || norm.unit === 'ops/s')
        return 'throughput';
    if (/^allocs?\//i.test(unit))
        return 'allocs';
    return unit;
}
function finiteNumber(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
/** A value in a base unit as people read it: 12.5 ms, 3.2 MB/s, 1.2e+06 ops/s. */
function formatValue(v, unit) {
    const abs = Math.abs(v);
    const round = (x) => String(Number(x.toPrecision(4)));
    if (unit === 's') {
        if (abs === 0)
            return '0 s';
        if (abs < 1e-6)
            return `${round(v * 1e9)} ns`;
        if (abs < 1e-3)
            return `${round(v * 1e6)} \u00b5s`;
        if (abs < 1)
            return `${round(v * 1e3)} ms`;
        return `${round(v)} s`;
    }
    if (unit === 'B' || unit === 'B/s') {
        const rate = unit === 'B/s' ? '/s' : '';
        if (abs >= 1e9)
            return `${round(v / 1e9)} GB${rate}`;
        if (abs >= 1e6)
            return `${round(v / 1e6)} MB${rate}`;
        if (abs >= 1e3)
            return `${round(v / 1e3)} kB${rate}`;
        return `${round(v)} B${rate}`;
    }
    return `${round(v)}${unit === 'count' ? '' : ` ${unit}`}`;
}


/***/ }),

/***/ 9010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   cn: () => (/* binding */ whyLines),
/* harmony export */   gF: () => (/* binding */ buildFailures),
/* harmony export */   hf: () => (/* binding */ firstErrorLine)
/* harmony export */ });
/* harmony import */ var _tool_output_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
// What a failed test command's own text says about the parts that never ran: Go packages that
// failed to build, crates that did not compile, pytest files that failed to collect, jest/vitest
// suites that failed to load, Maven/Gradle compilations. Pure text in; each unit with the first
// line that says why. These lines sit outside the machine-readable reports (go test -json prints
// them as plain text, pytest's JUnit holds only "collection failure").

function lines(output) {
    return (0,_tool_output_js__WEBPACK_IMPORTED_MODULE_0__/* .stripColour */ .Zm)(output)
        .split('\n')
        .map((l) => l.replace(/\r$/, ''));
}
/** Go: `FAIL <pkg> [build failed]`, its `# <pkg>` block's first error and Go's version note. */
function goFailures(all) {
    const causes = new Map();
    let current;
    for (const line of all) {
        const header = /^# (\S+)(?: \[[^\]]+\])?$/.exec(line);
        if (header) {
            current = header[1];
            continue;
        }
        if (!current)
            continue;
        // "note: module requires Go 1.21" is the real cause of the errors above it: it goes first.
        const note = /^note: (module requires Go [\d.]+)/.exec(line);
        if (note) {
            const prior = causes.get(current);
            causes.set(current, prior ? `${note[1]}: ${prior}` : note[1]);
            continue;
        }
        if (!causes.has(current) && line.trim() && !/^(?:FAIL|ok)\s/.test(line) && !line.startsWith('{'))
            causes.set(current, line.trim());
        if (/^(?:FAIL|ok)\s/.test(line) || line.startsWith('{'))
            current = undefined;
    }
    const out = new Map();
    for (const line of all) {
        const m = /^FAIL\s+(\S+) \[(?:build|setup) failed\]/.exec(line);
        if (m && !out.has(m[1]))
            out.set(m[1], { unit: m[1], cause: causes.get(m[1]) ?? '', failed: 'build' });
    }
    // `go: go.mod requires go >= 1.21` stops every package before the first header.
    const at = all.findIndex((l) => /^go: .*requires go\b/i.test(l) || /^go: errors parsing go\.mod/.test(l));
    if (out.size === 0 && at >= 0) {
        // "go: errors parsing go.mod:" says what on the next line.
        const cause = all[at].trim().endsWith(':') && all[at + 1]?.trim() ? `${all[at].trim()} ${all[at + 1].trim()}` : all[at].trim();
        out.set('(module)', { unit: '(module)', cause, failed: 'build' });
    }
    return [...out.values()];
}
/** cargo: `error: could not compile `crate``, after the compiler's `error[E\u2026]: \u2026` lines. */
function cargoFailures(all) {
    const out = [];
    let first = '';
    for (const line of all) {
        const done = /^error: could not compile `([^`]+)`/.exec(line);
        if (done) {
            if (!out.some((f) => f.unit === done[1]))
                out.push({ unit: done[1], cause: first, failed: 'compile' });
            first = '';
        }
        else if (!first && /^error(?:\[E\d+\])?: /.test(line))
            first = line.trim();
    }
    return out;
}
/** pytest's short summary: `ERROR tests/test_x.py - ModuleNotFoundError: No module named 'x'`. */
function pytestFailures(all) {
    const out = [];
    // Each `_ ERROR collecting <file> _` section's first `E   <exception>` line.
    const sections = new Map();
    let current;
    for (const line of all) {
        const head = /^_+ ERROR collecting (\S+) _+$/.exec(line);
        if (head)
            current = head[1];
        else if (/^(?:_{3,}|={3,}) /.test(line))
            current = undefined;
        else if (current && !sections.has(current) && /^E {2,}\S/.test(line))
            sections.set(current, line.replace(/^E\s+/, '').trim());
    }
    for (const line of all) {
        const m = /^ERROR (\S+\.py)(?:::\S+)? - (.+)$/.exec(line) ?? /^ERROR (\S+\.py)$/.exec(line);
        if (m && !out.some((f) => f.unit === m[1]))
            out.push({ unit: m[1], cause: sections.get(m[1]) ?? m[2]?.trim() ?? '', failed: 'collect' });
    }
    return out;
}
/** jest: `FAIL <file>` then `\u25cf Test suite failed to run` and its message; vitest: ` FAIL  <file> [ <file> ]` then the error. */
function suiteFailures(all) {
    const out = [];
    for (let i = 0; i < all.length; i++) {
        const jest = /^\s*FAIL\s+(\S+)/.exec(all[i]);
        if (!jest)
            continue;
        const vitest = /^\s*FAIL\s+(\S+) \[ \S+ \]/.exec(all[i]);
        const window = all.slice(i + 1, i + 12);
        const at = window.findIndex((l) => /Test suite failed to run/.test(l));
        if (!vitest && at < 0)
            continue;
        const rest = window.slice(at + 1).map((l) => l.trim());
        const cause = rest.find((l) => l && !/^[\u2500\u23af]+$/.test(l)) ?? '';
        if (!out.some((f) => f.unit === jest[1]))
            out.push({ unit: jest[1], cause, failed: 'load' });
    }
    return out;
}
/** Maven's compiler plugin and Gradle's compile tasks. */
function jvmFailures(all) {
    const out = [];
    const mavenCause = all.find((l) => /^\[ERROR\] \S+\.(?:java|kt|scala):\[\d+,\d+\] /.test(l))?.replace(/^\[ERROR\] /, '').trim();
    for (const line of all) {
        const m = /^\[ERROR\] Failed to execute goal \S*(?:compiler|kotlin)\S*:(?:test)?[cC]ompile .*on project (\S+?):/.exec(line);
        if (m && !out.some((f) => f.unit === m[1]))
            out.push({ unit: m[1], cause: mavenCause ?? '', failed: 'compile' });
    }
    const gradleCause = all.find((l) => /\.(?:java|groovy):\d+: error: /.test(l) || /^e: /.test(l))?.trim();
    for (const line of all) {
        const m = /^> Task (\S*:compile\w*) FAILED/.exec(line);
        if (m && !out.some((f) => f.unit === m[1]))
            out.push({ unit: m[1], cause: gradleCause ?? '', failed: 'compile' });
    }
    return out;
}
/** "<unit> failed to build: <cause>", the way a summary names one. */
function describeFailure(f) {
    return `${f.unit === '(module)' ? 'the module' : f.unit} failed to ${f.failed}${f.cause ? `: ${f.cause}` : ''}`;
}
/** Every unit the output says failed to build, compile, collect or load, each once. */
function buildFailures(output) {
    const all = lines(output);
    return [...goFailures(all), ...cargoFailures(all), ...pytestFailures(all), ...suiteFailures(all), ...jvmFailures(all)].map((f) => ({ ...f, cause: (0,_tool_output_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(f.cause, 240) }));
}
/** Lines that carry an error, the way people scan a log for one. */
const ERROR_LINE = [
    /^(?:Error|TypeError|SyntaxError|ReferenceError|RangeError)\b.*\S/,
    /^\S*Error \[ERR_[A-Z_]+\]:.*/,
    /\bCannot find (?:package|module)\b.*/,
    /^error(?:\[E\d+\])?: .*/,
    /^ERROR\b.*/i,
    /^\[ERROR\] .*/,
    /^\S+\.\w+:\d+(?::\d+)?: (?:error: )?.*/,
    /^FAIL\b.*/,
    /^E {3}\S.*/,
    /^npm ERR! .*/,
    /^ERR_PNPM_\w+.*/,
    /^ {0,2}ERR_PNPM_\w+.*/,
    /\bnot found\b.*/,
    /\bfailed\b.*/i,
];
/**
 * The first line of a command's output that says what went wrong, for a one-line summary:
 * `Cannot find package '@vercel/ncc'`, `undefined: max`. Lines of JSON events are skipped.
 */
function firstErrorLine(output, max = 160) {
    const all = lines(output)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('{') && !l.startsWith('at '));
    for (const re of ERROR_LINE) {
        for (const line of all) {
            const m = re.exec(line);
            if (m)
                return (0,_tool_output_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(line, max);
        }
    }
    return undefined;
}
/**
 * The lines of a failed command's output that say why, in order, at most `max`: what failed to
 * build or load, FAIL lines, compiler and runtime errors. Machine-readable event lines (go test
 * -json, jest --json) and stack frames are left for the raw output.
 */
function whyLines(output, max = 8) {
    const out = [];
    for (const f of buildFailures(output))
        if (out.length < max)
            out.push(describeFailure(f));
    const wanted = /^(?:FAIL\b|ERROR\b|E {3}\S|error(?:\[E\d+\])?:|\[ERROR\]|npm ERR!|npm error\b|ERR_PNPM_|\S*Error\b.*:|\S+\.\w+:\d+(?::\d+)?: |note: |go: |sh: .*not found|.*\bnot found\b|.*Cannot find (?:package|module)\b|> Task \S+ FAILED)/;
    for (const raw of lines(output)) {
        if (out.length >= max)
            break;
        const line = raw.trim();
        if (!line || line.startsWith('{') || line.startsWith('at ') || !wanted.test(line))
            continue;
        const shown = (0,_tool_output_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(line, 240);
        if (!out.includes(shown) && !out.some((o) => o.endsWith(shown)))
            out.push(shown);
    }
    return out;
}


/***/ }),

/***/ 7968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ CoverageData),
/* harmony export */   Oo: () => (/* binding */ COVERAGE_FORMATS),
/* harmony export */   Yz: () => (/* binding */ pairKey),
/* harmony export */   h6: () => (/* binding */ COVERAGE_METRICS),
/* harmony export */   p3: () => (/* binding */ detectCoverageFormat)
/* harmony export */ });
/* unused harmony exports LineHits, Tally, rootElement */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5629);
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
    /** The highest line number with data (0 when none). */
    get lastLine() {
        return this.max;
    }
    /** State of one line: 0 not instrumented, 1 instrumented and missed, 2 covered. */
    at(line) {
        return line >= 0 && line < this.data.length ? this.data[line] : 0;
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
 * keys live in a packed Int32Array (key \u00d7 2 + covered), so millions of branches stay a few bytes
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
    /**
     * Per-line data of formats whose totals come from elsewhere (JaCoCo's report counters, Go's
     * statements): kept for patch coverage only, never counted in `metrics()`.
     */
    detail = new Map();
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
    detailLines(file) {
        let l = this.detail.get(file);
        if (!l) {
            l = new LineHits();
            this.detail.set(file, l);
        }
        return l;
    }
    /** Per-line data by file, for patch coverage: the counted lines, else the detail lines. */
    lineData() {
        if (this.detail.size === 0)
            return this.lines;
        const out = new Map(this.detail);
        for (const [file, l] of this.lines)
            out.set(file, l);
        return out;
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
        for (const [file, lines] of other.detail)
            this.detailLines(file).merge(lines);
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
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReaderError */ .ot('unrecognised coverage JSON: expected istanbul coverage-summary.json or coverage-final.json');
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
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReaderError */ .ot(`unrecognised coverage XML: the root element is <${root ?? '?'}>, expected <coverage> (Cobertura, Clover) or <report> (JaCoCo)`);
    }
    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReaderError */ .ot(`unrecognised coverage report: expected ${COVERAGE_FORMATS.join(', ')} (LCOV, Cobertura XML, JaCoCo XML, Clover XML, istanbul JSON, Go coverprofile)`);
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


/***/ }),

/***/ 8245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ SARIF_FORMATS),
/* harmony export */   TU: () => (/* binding */ SarifNotFollowed),
/* harmony export */   m3: () => (/* binding */ SarifStream),
/* harmony export */   qT: () => (/* binding */ readSarif),
/* harmony export */   tP: () => (/* binding */ SECURITY_SEVERITIES)
/* harmony export */ });
/* unused harmony exports securitySeverity, uriToPath */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5629);

/** What a `sarif` check reads: SARIF, cargo's JSON messages, flake8's and mypy's text output. */
const SARIF_FORMATS = ['sarif', 'cargo-json', 'flake8', 'mypy'];
const SECURITY_SEVERITIES = ['critical', 'high', 'medium', 'low'];
/** A result's security severity: Bandit's label on the result, else GitHub's score on the rule. */
function securitySeverity(result, rule) {
    const own = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(result.properties) ? result.properties.issue_severity : undefined;
    if (typeof own === 'string') {
        const label = own.toLowerCase();
        if (label === 'critical' || label === 'high' || label === 'medium' || label === 'low')
            return label;
    }
    const score = rule && (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(rule.properties) ? Number(rule.properties['security-severity']) : NaN;
    // GitHub's bands: over 9.0 critical, 7.0\u20138.9 high, 4.0\u20136.9 medium, 0.1\u20133.9 low.
    if (!Number.isFinite(score) || score <= 0)
        return undefined;
    return score > 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
}
const LEVELS = new Set(['error', 'warning', 'note', 'none']);
function components(run) {
    const tool = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(run.tool) ? run.tool : {};
    const component = (c) => ({
        ...((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(c) && typeof c.name === 'string' ? { name: c.name } : {}),
        rules: (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(c) && Array.isArray(c.rules) ? c.rules.filter(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv) : [],
    });
    return { driver: component(tool.driver), extensions: Array.isArray(tool.extensions) ? tool.extensions.map(component) : [] };
}
/** The rule a result refers to: by index (in the component named by toolComponent), else by id. */
function findRule(result, run) {
    const ref = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(result.rule) ? result.rule : undefined;
    const index = typeof ref?.index === 'number' ? ref.index : typeof result.ruleIndex === 'number' ? result.ruleIndex : undefined;
    const id = typeof ref?.id === 'string' ? ref.id : typeof result.ruleId === 'string' ? result.ruleId : undefined;
    let component = run.driver;
    const tc = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(ref?.toolComponent) ? ref.toolComponent : undefined;
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
    const config = rule && (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(rule.defaultConfiguration) ? rule.defaultConfiguration : undefined;
    if (config && typeof config.level === 'string' && LEVELS.has(config.level))
        return config.level;
    return 'warning';
}
function messageText(result, rule) {
    const message = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(result.message) ? result.message : {};
    let text = typeof message.text === 'string' ? message.text : undefined;
    if (text === undefined && typeof message.id === 'string' && rule && (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(rule.messageStrings)) {
        const entry = rule.messageStrings[message.id];
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(entry) && typeof entry.text === 'string')
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
    // file:///C:/x \u2192 C:/x
    return p.replace(/^\/([A-Za-z]:\/)/, '$1');
}
function location(result, artifacts) {
    const locations = Array.isArray(result.locations) ? result.locations : [];
    const first = locations.find(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv);
    const physical = first && (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(first.physicalLocation) ? first.physicalLocation : undefined;
    if (!physical)
        return {};
    const artifact = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(physical.artifactLocation) ? physical.artifactLocation : undefined;
    const region = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(physical.region) ? physical.region : undefined;
    const out = {};
    // A location may name its file through run.artifacts[index] instead of a uri.
    const indexed = artifact && typeof artifact.index === 'number' ? artifacts[artifact.index] : undefined;
    const uri = artifact && typeof artifact.uri === 'string' ? artifact.uri : (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(indexed) && (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(indexed.location) ? indexed.location.uri : undefined;
    if (typeof uri === 'string')
        out.file = uriToPath(uri);
    if (region && typeof region.startLine === 'number' && region.startLine > 0)
        out.line = region.startLine;
    if (region && typeof region.startColumn === 'number' && region.startColumn > 0)
        out.column = region.startColumn;
    return out;
}
const newTally = () => ({ counts: { error: 0, warning: 0, note: 0, suppressed: 0 }, severity: { critical: 0, high: 0, medium: 0, low: 0 }, findings: new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingList */ .kQ() });
/** Counts one result; returns the finding it added to the list, if the list kept it. */
function tally(result, comps, artifacts, t) {
    if (!(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(result))
        return undefined;
    if ((Array.isArray(result.suppressions) && result.suppressions.length > 0) || result.baselineState === 'absent') {
        t.counts.suppressed++;
        return undefined;
    }
    const rule = findRule(result, comps);
    const level = effectiveLevel(result, rule);
    if (level === 'none')
        return undefined;
    t.counts[level]++;
    const ruleId = typeof result.ruleId === 'string' ? result.ruleId : rule && typeof rule.id === 'string' ? rule.id : 'sarif';
    const security = securitySeverity(result, rule);
    if (security)
        t.severity[security]++;
    const message = messageText(result, rule) || ruleId;
    const finding = { ...location(result, artifacts), severity: level, rule: ruleId, message: security ? `${security} severity: ${message}` : message };
    return t.findings.add(finding) ? finding : undefined;
}
function checkShape(json) {
    if (!(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(json) || !Array.isArray(json.runs))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReaderError */ .ot('not a SARIF log: expected an object with "runs"');
    if (json.version !== undefined && json.version !== '2.1.0') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ReaderError */ .ot(`unsupported SARIF version ${JSON.stringify(json.version)}; expected "2.1.0"`);
    }
}
/** The runs' tallies, in order, as one result: the first findings kept, every one counted. */
function combine(tallies) {
    const counts = { error: 0, warning: 0, note: 0, suppressed: 0 };
    const severity = { critical: 0, high: 0, medium: 0, low: 0 };
    const findings = new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingList */ .kQ();
    let total = 0;
    for (const t of tallies) {
        for (const k of Object.keys(counts))
            counts[k] += t.counts[k];
        for (const k of SECURITY_SEVERITIES)
            severity[k] += t.severity[k];
        for (const f of t.findings.items)
            findings.add(f);
        total += t.findings.total;
    }
    const rank = { error: 0, warning: 1, note: 2 };
    const sorted = [...findings.items].sort((a, b) => rank[a.severity] - rank[b.severity]);
    return { ...counts, total: counts.error + counts.warning + counts.note, severity, findings: sorted, findingsTotal: total };
}
function readSarif(text) {
    const json = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(text, 'SARIF');
    checkShape(json);
    const tallies = [];
    for (const run of json.runs) {
        if (!(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(run))
            continue;
        const t = newTally();
        const comps = components(run);
        const artifacts = Array.isArray(run.artifacts) ? run.artifacts : [];
        for (const result of Array.isArray(run.results) ? run.results : [])
            tally(result, comps, artifacts, t);
        tallies.push(t);
    }
    return combine(tallies);
}
/**
 * The parts of a result readSarif looks at, and nothing else (code flows, fingerprints, related
 * locations and properties are most of a large log's size).
 */
function compact(result) {
    if (!(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(result))
        return result;
    const out = {};
    for (const key of ['level', 'kind', 'rule', 'ruleId', 'ruleIndex', 'baselineState', 'message'])
        if (result[key] !== undefined)
            out[key] = result[key];
    if (Array.isArray(result.suppressions))
        out.suppressions = result.suppressions.length > 0 ? [true] : [];
    // Bandit's own severity of the result (securitySeverity reads it).
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(result.properties) && result.properties.issue_severity !== undefined)
        out.properties = { issue_severity: result.properties.issue_severity };
    if (Array.isArray(result.locations)) {
        const first = result.locations.find(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv);
        const physical = first && (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(first.physicalLocation) ? first.physicalLocation : undefined;
        out.locations = first ? [physical ? { physicalLocation: { artifactLocation: physical.artifactLocation, region: physical.region } } : {}] : [];
    }
    return out;
}
const OBJECT = 1;
/** Whitespace and at most one comma: what separates two results. */
const SEPARATOR = /^\s*,?\s*$/;
const ARRAY = 2;
/**
 * SARIF read as it streams in. Each element of runs[].results is parsed on its own and, when its
 * run's tool (the rules) came before the results, as producers write it, counted at once and
 * dropped: memory holds the rules and the findings kept, not the log. The rest of the log is kept
 * as text with each result replaced by 0 and parsed at the end, which also checks its JSON. Any
 * shape the structure scan does not follow ends in SarifNotFollowed: the caller then reads the
 * log whole with readSarif, so a malformed log's error reads exactly alike.
 */
class SarifStream {
    skeleton = [];
    runs = [];
    /** Container kinds from the root down; for each, the last key read (objects at depths 1 and 3). */
    kinds = [];
    keys = [];
    expectKey = [];
    inString = false;
    /** Inside a string at a chunk's end: whether its last character was an unpaired backslash. */
    escape = false;
    keyParts;
    capture;
    broken = false;
    write(chunk) {
        if (this.broken)
            return;
        let seg = 0;
        // `between` marks the text between two results: whitespace and a comma, kept in the skeleton
        // as one shared ',' rather than a string per result (a large log has hundreds of thousands).
        const flush = (end, between = false) => {
            if (end > seg) {
                const piece = chunk.slice(seg, end);
                if (this.capture)
                    this.capture.pieces.push(piece);
                if (!this.capture || this.capture.depth !== 4)
                    this.skeleton.push(between && SEPARATOR.test(piece) ? (piece.includes(',') ? ',' : ' ') : piece);
            }
            seg = end;
        };
        const kinds = this.kinds;
        let i = 0;
        if (this.inString)
            i = this.skipString(chunk, 0, this.escape);
        for (; i < chunk.length; i++) {
            const c = chunk.charCodeAt(i);
            if (c === 32 || c === 10 || c === 13 || c === 9)
                continue;
            const depth = kinds.length;
            const capture = this.capture;
            if (capture && depth === capture.depth && (c === 44 || c === 93 || c === 125)) {
                flush(i);
                this.capture = undefined;
                const text = capture.pieces.join('');
                capture.done(text);
                if (this.broken)
                    return;
            }
            if (c === 44) {
                if (depth >= 1 && kinds[depth - 1] === OBJECT)
                    this.expectKey[depth - 1] = true;
                continue;
            }
            if (c === 58) {
                if (depth >= 1 && kinds[depth - 1] === OBJECT)
                    this.expectKey[depth - 1] = false;
                continue;
            }
            if (c === 93 || c === 125) {
                if (kinds.pop() !== (c === 93 ? ARRAY : OBJECT))
                    return this.fail();
                this.keys.pop();
                this.expectKey.pop();
                continue;
            }
            // A value (or a key) starts here.
            const isKey = c === 34 && depth >= 1 && kinds[depth - 1] === OBJECT && this.expectKey[depth - 1];
            if (!isKey && !this.capture)
                this.startCapture(depth, flush, i);
            if (c === 34) {
                if (isKey && (depth === 1 || depth === 3))
                    this.keyParts = [];
                i = this.skipString(chunk, i + 1, false) - 1;
                continue;
            }
            if (c === 123 || c === 91) {
                if (depth === 2 && kinds[1] === ARRAY && kinds[0] === OBJECT && this.keys[0] === 'runs' && c === 123) {
                    this.runs.push({ tally: newTally(), pending: [], kept: [] });
                }
                kinds.push(c === 123 ? OBJECT : ARRAY);
                this.keys.push(undefined);
                this.expectKey.push(c === 123);
            }
        }
        flush(chunk.length);
    }
    /**
     * Skips a string's characters from `from` (just after its opening quote, or a chunk's start);
     * returns the index after its closing quote, or the chunk's length when it goes on.
     */
    skipString(chunk, from, escaped) {
        let at = from;
        if (escaped)
            at++;
        for (;;) {
            const q = chunk.indexOf('"', at);
            if (q === -1) {
                // Goes on in the next chunk: is the chunk's last character an unpaired backslash?
                let n = 0;
                for (let k = chunk.length - 1; k >= at && chunk.charCodeAt(k) === 92; k--)
                    n++;
                this.inString = true;
                this.escape = n % 2 === 1;
                if (this.keyParts)
                    this.keyParts.push(chunk.slice(from, chunk.length));
                return chunk.length;
            }
            let n = 0;
            for (let k = q - 1; k >= at && chunk.charCodeAt(k) === 92; k--)
                n++;
            // An escaped backslash right after a chunk boundary cannot pair with this one: counted from `at`.
            if (n % 2 === 0) {
                this.inString = false;
                this.escape = false;
                if (this.keyParts)
                    this.keyEnd(chunk.slice(from, q));
                return q + 1;
            }
            at = q + 1;
        }
    }
    keyEnd(last) {
        const raw = this.keyParts.join('') + last;
        this.keyParts = undefined;
        let key = raw;
        if (raw.includes('\\')) {
            try {
                key = JSON.parse(`"${raw}"`);
            }
            catch {
                return this.fail();
            }
        }
        this.keys[this.kinds.length - 1] = key;
    }
    /** A value starting at `depth`: a result, a run's tool, or text for the skeleton. */
    startCapture(depth, flush, at) {
        const k = this.kinds;
        const inRun = depth >= 3 && k[0] === OBJECT && k[1] === ARRAY && k[2] === OBJECT && this.keys[0] === 'runs';
        if (!inRun)
            return;
        const run = this.runs[this.runs.length - 1];
        if (depth === 4 && k[3] === ARRAY && this.keys[2] === 'results') {
            run.streamed ??= run.tool !== undefined;
            flush(at, true);
            this.skeleton.push('0');
            this.capture = { pieces: [], depth: 4, done: (text) => this.result(run, text) };
        }
        else if (depth === 3 && this.keys[2] === 'tool') {
            flush(at);
            this.capture = {
                pieces: [],
                depth: 3,
                done: (text) => {
                    try {
                        run.tool = { tool: JSON.parse(text) };
                        run.comps = components(run.tool);
                    }
                    catch {
                        this.fail();
                    }
                },
            };
        }
    }
    result(run, text) {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            return this.fail();
        }
        if (!run.streamed) {
            run.kept.push(compact(value));
            return;
        }
        const finding = tally(value, run.comps, [], run.tally);
        // Its file may be named through run.artifacts, read at the end.
        if (finding && (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value) && needsArtifacts(value))
            run.pending.push({ at: run.tally.findings.items.length - 1, result: compact(value) });
    }
    fail() {
        this.broken = true;
    }
    end() {
        if (this.broken || this.inString || this.kinds.length !== 0)
            throw new SarifNotFollowed();
        let json;
        try {
            json = JSON.parse(this.skeleton.join(''));
        }
        catch {
            throw new SarifNotFollowed();
        }
        checkShape(json);
        const objects = json.runs.filter(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv);
        if (objects.length !== this.runs.length)
            throw new SarifNotFollowed();
        return combine(objects.map((run, i) => {
            const state = this.runs[i];
            const artifacts = Array.isArray(run.artifacts) ? run.artifacts : [];
            if (!state.streamed) {
                const t = newTally();
                const comps = components(run);
                for (const result of state.kept)
                    tally(result, comps, artifacts, t);
                return t;
            }
            for (const { at, result } of state.pending) {
                const f = state.tally.findings.items[at];
                state.tally.findings.items[at] = { ...location(result, artifacts), severity: f.severity, rule: f.rule, message: f.message };
            }
            return state.tally;
        }));
    }
}
/** Whether a result's first location names its file only through run.artifacts. */
function needsArtifacts(result) {
    const first = Array.isArray(result.locations) ? result.locations.find(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv) : undefined;
    const physical = first && (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(first.physicalLocation) ? first.physicalLocation : undefined;
    const artifact = physical && (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(physical.artifactLocation) ? physical.artifactLocation : undefined;
    return !!artifact && typeof artifact.uri !== 'string' && typeof artifact.index === 'number';
}
/** The stream could not follow the log (malformed, or an odd shape): read it whole with readSarif. */
class SarifNotFollowed extends Error {
    constructor() {
        super('the SARIF log needs reading whole');
    }
}


/***/ }),

/***/ 9818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pQ: () => (/* binding */ TESTS_FORMATS),
  tk: () => (/* binding */ createTestsReader)
});

// UNUSED EXPORTS: detectTestsFormat

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/readers/xml.ts
var xml = __webpack_require__(637);
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
    const findings = new types/* FindingList */.kQ();
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
            bySuite.set((0,types/* retain */.aw)(c.classname), (byClass = new Map()));
        }
        let runs = byClass.get(c.name);
        if (!runs && create)
            byClass.set((0,types/* retain */.aw)(c.name), (runs = []));
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
        const title = c.classname && c.classname !== c.name ? `${c.classname} \u203a ${c.name}` : c.name;
        const finding = {
            ...(c.file ? { file: (0,types/* retain */.aw)(c.file) } : {}),
            ...(c.line ? { line: c.line } : {}),
            severity: 'error',
            rule: outcome === 'errored' ? 'test-error' : 'test-failure',
            message: (0,types/* retain */.aw)(c.message ? `${title}: ${c.message}` : title),
        };
        const kept = findings.add(finding);
        pendingRuns(c, true).push({ outcome, ...(kept ? { finding } : {}) });
        pendingCount++;
    };
    return (0,xml/* xmlStream */.yV)('JUnit', {
        open(name, attrs) {
            depth++;
            if (depth === 1) {
                if (name !== 'testsuites' && name !== 'testsuite') {
                    throw new types/* ReaderError */.ot(`not a JUnit report: the root element is <${name}>, expected <testsuites> or <testsuite>`);
                }
                sawTestsRoot = true;
            }
            if (name === 'testsuite') {
                suites.push((0,types/* retain */.aw)(attrs.name ?? ''));
                return;
            }
            if (name === 'testcase' && !current) {
                const line = (0,xml/* numberAttr */.Lw)(attrs, 'line');
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
            throw new types/* ReaderError */.ot('not a JUnit report: no <testsuites> or <testsuite> root');
        const ran = counts.total - counts.skipped;
        return {
            ...counts,
            passRate: ran > 0 ? (counts.passed / ran) * 100 : null,
            findings: findings.items.filter((f) => !removed.has(f)),
            findingsTotal: findings.total,
        };
    });
}
/** Sums the results of several JUnit documents. */
function sumTestsResults(results) {
    const counts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, findingsTotal: 0 };
    const findings = [];
    for (const r of results) {
        for (const k of ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'findingsTotal'])
            counts[k] += r[k];
        findings.push(...r.findings);
    }
    const ran = counts.total - counts.skipped;
    return { ...counts, passRate: ran > 0 ? (counts.passed / ran) * 100 : null, findings };
}
const DECLARATION = '<?xml';
/**
 * JUnit from a stream that may hold several XML documents one after another (`cargo test --
 * --format junit` prints one per test binary): a new `<?xml` declaration starts a new document.
 */
function createJUnitDocumentsReader() {
    const results = [];
    let reader = createJUnitReader();
    let content = false;
    let carry = '';
    const feed = (s) => {
        if (!s)
            return;
        if (!content && s.trim())
            content = true;
        reader.write(s);
    };
    const finishDocument = () => {
        results.push(reader.end());
        reader = createJUnitReader();
        content = false;
    };
    return {
        write(chunk) {
            let text = carry + chunk;
            for (;;) {
                const i = text.indexOf(DECLARATION, content ? 0 : 1);
                if (i < 0)
                    break;
                feed(text.slice(0, i));
                finishDocument();
                text = text.slice(i);
            }
            // A declaration split across two chunks is found once the next chunk arrives.
            const keep = Math.min(DECLARATION.length - 1, text.length);
            feed(text.slice(0, text.length - keep));
            carry = text.slice(text.length - keep);
        },
        end() {
            feed(carry);
            if (content || results.length === 0)
                results.push(reader.end());
            return results.length === 1 ? results[0] : sumTestsResults(results);
        },
    };
}

;// CONCATENATED MODULE: ./src/readers/go-test-json.ts

/** Whether the text's first line is a test2json event. */
function isGoTestJson(text) {
    const first = text.trimStart().split('\n', 1)[0] ?? '';
    try {
        const v = JSON.parse(first);
        return (0,types/* isObject */.Gv)(v) && typeof v.Action === 'string' && ('Package' in v || 'Time' in v);
    }
    catch {
        return false;
    }
}
function readGoTestJson(text) {
    const tests = new Map();
    const packages = new Map();
    let lineNo = 0;
    for (const raw of text.split('\n')) {
        lineNo++;
        const line = raw.trim();
        if (!line)
            continue;
        // go test (Go \u2264 1.23) prints build errors as plain text between the events; its
        // `FAIL <pkg> [build failed]` line is the only sign on stdout of a package that never ran.
        if (!line.startsWith('{')) {
            const failed = /^FAIL\s+(\S+) \[(?:build|setup) failed\]/.exec(line);
            if (failed) {
                const p = packages.get(failed[1]) ?? { output: [] };
                p.action = 'build-fail';
                packages.set(failed[1], p);
            }
            continue;
        }
        let e;
        try {
            const v = JSON.parse(line);
            if (!(0,types/* isObject */.Gv)(v))
                continue;
            e = v;
        }
        catch (err) {
            throw new types/* ReaderError */.ot(`malformed go test -json line: ${err.message}`, lineNo);
        }
        const pkg = typeof e.Package === 'string' ? e.Package : typeof e.ImportPath === 'string' ? e.ImportPath : '';
        const action = String(e.Action);
        const output = typeof e.Output === 'string' ? e.Output : '';
        if (typeof e.Test === 'string') {
            const key = `${pkg}\u0000${e.Test}`;
            let t = tests.get(key);
            if (!t)
                tests.set(key, (t = { pkg, test: e.Test, action: 'run', output: [] }));
            if (action === 'pass' || action === 'fail' || action === 'skip')
                t.action = action;
            else if (action === 'output' && t.output.length < 50)
                t.output.push(output);
            continue;
        }
        let p = packages.get(pkg);
        if (!p)
            packages.set(pkg, (p = { output: [] }));
        if (action === 'pass' || action === 'fail' || action === 'skip' || action === 'build-fail')
            p.action = action;
        else if ((action === 'output' || action === 'build-output') && p.output.length < 50)
            p.output.push(output);
    }
    if (tests.size === 0 && packages.size === 0)
        throw new types/* ReaderError */.ot('no go test -json events; expected the output of go test -json');
    const counts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
    const findings = new types/* FindingList */.kQ();
    const failedPackages = new Set();
    for (const t of tests.values()) {
        counts.total++;
        if (t.action === 'pass')
            counts.passed++;
        else if (t.action === 'skip')
            counts.skipped++;
        else {
            // "run" with no end: the test binary died (a panic, a timeout) while this test ran.
            counts.failed++;
            failedPackages.add(t.pkg);
            const where = t.output.map((o) => /^\s+(\S+_test\.go):(\d+): (.*)$/.exec(o.trimEnd())).find(Boolean);
            findings.add({ ...(where ? { file: where[1], line: Number(where[2]) } : {}), severity: 'error', rule: 'test-failure', message: `${t.pkg} \u203a ${t.test}${where ? `: ${where[3].trim()}` : t.action === 'run' ? ': did not finish' : ''}` });
        }
    }
    for (const [pkg, p] of packages) {
        if ((p.action === 'fail' || p.action === 'build-fail') && !failedPackages.has(pkg)) {
            counts.total++;
            counts.errored++;
            const cause = p.output.map((o) => o.trim()).find((o) => o && !/^(FAIL|ok)\b/.test(o));
            findings.add({ severity: 'error', rule: 'test-error', message: `${pkg || 'a package'} failed to ${p.action === 'build-fail' ? 'build' : 'build or run'}${cause ? `: ${cause.slice(0, 280)}` : ''}` });
        }
    }
    const ran = counts.total - counts.skipped;
    return { ...counts, passRate: ran > 0 ? (counts.passed / ran) * 100 : null, findings: findings.items, findingsTotal: findings.total };
}

;// CONCATENATED MODULE: ./src/readers/jest-json.ts

const SKIPPED = new Set(['pending', 'skipped', 'todo', 'disabled', 'focused']);
function jest_json_firstLine(text) {
    // Jest's messages carry ANSI colours and start with a blank line or "\u25cf".
    const clean = text.replace(/\u001b\[[0-9;]*m/g, '');
    for (const line of clean.split('\n')) {
        const t = line.trim();
        if (t)
            return t.length > 300 ? `${t.slice(0, 297)}...` : t;
    }
    return '';
}
/** Whether a parsed JSON value is a jest/vitest results object. */
function isJestJson(json) {
    return (0,types/* isObject */.Gv)(json) && Array.isArray(json.testResults) && typeof json.numTotalTests === 'number';
}
function readJestJson(text, root) {
    const json = (0,types/* parseJson */.qF)(text, 'jest/vitest JSON');
    if (!isJestJson(json))
        throw new types/* ReaderError */.ot('not a jest/vitest JSON report: expected "numTotalTests" and a "testResults" list (jest --json, vitest --reporter=json)');
    const report = json;
    const counts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
    const findings = new types/* FindingList */.kQ();
    const rel = (file) => {
        if (typeof file !== 'string' || !file)
            return undefined;
        return root && file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
    };
    for (const suite of report.testResults) {
        if (!(0,types/* isObject */.Gv)(suite))
            continue;
        const file = rel(suite.name ?? suite.testFilePath);
        const tests = Array.isArray(suite.assertionResults) ? suite.assertionResults : Array.isArray(suite.testResults) ? suite.testResults : [];
        for (const t of tests) {
            if (!(0,types/* isObject */.Gv)(t))
                continue;
            counts.total++;
            const status = String(t.status);
            if (status === 'passed') {
                counts.passed++;
                // jest-circus retries: a test that passed after failing is flaky.
                if (Array.isArray(t.retryReasons) && t.retryReasons.length > 0)
                    counts.flaky++;
                continue;
            }
            if (SKIPPED.has(status)) {
                counts.skipped++;
                continue;
            }
            counts.failed++;
            const titles = [...(Array.isArray(t.ancestorTitles) ? t.ancestorTitles : []), t.title].filter((x) => typeof x === 'string' && x !== '');
            const messages = Array.isArray(t.failureMessages) ? t.failureMessages.filter((m) => typeof m === 'string') : [];
            const line = (0,types/* isObject */.Gv)(t.location) && typeof t.location.line === 'number' && t.location.line > 0 ? t.location.line : undefined;
            const message = messages.length > 0 ? jest_json_firstLine(messages[0]) : '';
            findings.add({ ...(file ? { file } : {}), ...(line ? { line } : {}), severity: 'error', rule: 'test-failure', message: `${titles.join(' \u203a ')}${message ? `: ${message}` : ''}` });
        }
        // A suite that failed without failing tests did not run: its own error is the finding.
        const suiteFailed = suite.status === 'failed' && !tests.some((t) => (0,types/* isObject */.Gv)(t) && t.status === 'failed');
        if (suiteFailed) {
            counts.total++;
            counts.errored++;
            const message = typeof suite.message === 'string' ? jest_json_firstLine(suite.message) : (0,types/* isObject */.Gv)(suite.testExecError) && typeof suite.testExecError.message === 'string' ? jest_json_firstLine(suite.testExecError.message) : '';
            findings.add({ ...(file ? { file } : {}), severity: 'error', rule: 'test-error', message: `test suite failed to run${message ? `: ${message}` : ''}` });
        }
    }
    const ran = counts.total - counts.skipped;
    return { ...counts, passRate: ran > 0 ? (counts.passed / ran) * 100 : null, findings: findings.items, findingsTotal: findings.total };
}

;// CONCATENATED MODULE: ./src/readers/libtest.ts

const RESULT = /^test result: (ok|FAILED)\. (\d+) passed; (\d+) failed; (\d+) ignored; (\d+) measured; (\d+) filtered out/gm;
const FAILED_TEST = /^test (\S+) \.\.\. FAILED$/gm;
const CRASH = /process didn't exit successfully: [^\n]*/g;
/** Whether the text is libtest output: it has at least one "test result:" line. */
function isLibtest(text) {
    return /^test result: (?:ok|FAILED)\. \d+ passed;/m.test(text);
}
function readLibtest(text) {
    const counts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
    let results = 0;
    let failedBinaries = 0;
    for (const m of text.matchAll(RESULT)) {
        results++;
        if (m[1] === 'FAILED')
            failedBinaries++;
        const passed = Number(m[2]) + Number(m[5]);
        counts.passed += passed;
        counts.failed += Number(m[3]);
        counts.skipped += Number(m[4]);
        counts.total += passed + Number(m[3]) + Number(m[4]);
    }
    const findings = new types/* FindingList */.kQ();
    for (const m of text.matchAll(FAILED_TEST))
        findings.add({ severity: 'error', rule: 'test-failure', message: `${m[1]} failed` });
    // A failing binary also ends in "didn't exit successfully"; those beyond the FAILED results crashed.
    const crashes = [...text.matchAll(CRASH)];
    for (const c of crashes.slice(failedBinaries)) {
        counts.total++;
        counts.errored++;
        findings.add({ severity: 'error', rule: 'test-error', message: `a test binary crashed: ${c[0].slice(0, 280)}` });
    }
    // Past 2^53 a sum is rounded (1e23 + 1 is 1e23): a failure could vanish into the total.
    const huge = Object.entries(counts).find(([, n]) => !Number.isSafeInteger(n));
    if (huge)
        throw new types/* ReaderError */.ot(`test counts beyond ${Number.MAX_SAFE_INTEGER} (${huge[0]}: ${huge[1]}): not the output of a real cargo test run`);
    if (results === 0 && counts.errored === 0)
        throw new types/* ReaderError */.ot('no "test result:" line: the tests did not run (a build error?); expected the output of cargo test');
    const ran = counts.total - counts.skipped;
    return { ...counts, passRate: ran > 0 ? (counts.passed / ran) * 100 : null, findings: findings.items, findingsTotal: findings.total };
}

;// CONCATENATED MODULE: ./src/readers/tap.ts

const POINT = /^(not ok|ok)\b(?:\s+(\d+))?(?:\s*-)?\s?(.*)$/;
const PLAN = /^1\.\.(\d+)\s*(?:#.*)?$/;
const BAIL = /^Bail out!\s*(.*)$/i;
const SUBTEST = /^#\s*Subtest(?::\s*(.*))?$/;
/** An unescaped `#` then SKIP or TODO (any case, "skipped" too), and the reason. */
const DIRECTIVE = /(?<!\\)#\s*(skip|todo)\S*\s*(.*)$/i;
function parsePoint(text, line) {
    const m = POINT.exec(text);
    if (!m)
        return undefined;
    let name = m[3].trim();
    let directive;
    const d = DIRECTIVE.exec(name);
    if (d) {
        directive = d[1].toLowerCase();
        name = name.slice(0, d.index).trim();
    }
    // node-tap and node's runner append "# time=12ms"; that is not part of the name.
    name = name.replace(/\s*(?<!\\)#\s*time=\S*\s*$/, '').replace(/\\#/g, '#');
    return { ok: m[1] === 'ok', name, ...(directive ? { directive } : {}), line };
}
/** Whether a text looks like a TAP stream: a version line, or test points with a plan. */
function isTap(text) {
    return /^\s*TAP version 1[34]\s*$/m.test(text) || (/^(?:not )?ok\b/m.test(text) && /^\s*1\.\.\d+/m.test(text));
}
function readTap(text) {
    const findings = new types/* FindingList */.kQ();
    const empty = () => ({ passed: 0, failed: 0, errored: 0, skipped: 0 });
    const root = { indent: 0, points: 0, counts: empty() };
    const stack = [root];
    let structural = 0;
    let bailed;
    let pendingName;
    const path = (name) => [...stack.map((b) => b.name).filter((n) => !!n), name].join(' \u203a ');
    const errored = (block, message, line) => {
        block.counts.errored++;
        findings.add({ ...(line ? { line } : {}), severity: 'error', rule: 'test-error', message });
    };
    /** A block's end: its plan against its test points. */
    const close = (block) => {
        // After "Bail out!" nothing is expected to add up.
        if (bailed !== undefined)
            return;
        const where = block.name ? `subtest "${block.name}"` : 'the run';
        if (block.plan === undefined) {
            errored(block, `${where} has no plan ("1..N"): it was cut short`);
        }
        else if (block.plan !== block.points) {
            errored(block, `${where} planned ${block.plan} test${block.plan === 1 ? '' : 's'} and reported ${block.points}${block.plan > block.points ? ': it was cut short' : ''}`);
        }
    };
    const leaf = (block, p) => {
        if (p.directive)
            block.counts.skipped++;
        else if (p.ok)
            block.counts.passed++;
        else {
            block.counts.failed++;
            findings.add({ line: p.line, severity: 'error', rule: 'test-failure', message: `${path(p.name || `test ${block.points}`)} failed` });
        }
    };
    /** The parent's point for a finished subtest: the subtest's own counts stand for it. */
    const summary = (block, child, p) => {
        const c = child.counts;
        if (child.points === 0 && c.errored === 0)
            return leaf(block, p);
        if (p.directive) {
            // Failures inside a skipped or todo subtest are not failures.
            block.counts.passed += c.passed;
            block.counts.skipped += c.skipped + c.failed + c.errored;
            return;
        }
        block.counts.passed += c.passed;
        block.counts.failed += c.failed;
        block.counts.errored += c.errored;
        block.counts.skipped += c.skipped;
        // A subtest that failed without a failing test inside (a timeout, a throw after its asserts).
        if (!p.ok && c.failed + c.errored === 0) {
            block.counts.failed++;
            findings.add({ line: p.line, severity: 'error', rule: 'test-failure', message: `${path(p.name)} failed` });
        }
    };
    const pop = () => {
        const block = stack.pop();
        if (block.child)
            absorb(block, block.child);
        close(block);
        const parent = stack[stack.length - 1];
        // A subtest whose parent never reported it (the stream stopped) still counts what it ran.
        if (parent.child)
            absorb(parent, parent.child);
        parent.child = block;
    };
    const absorb = (parent, child) => {
        for (const k of ['passed', 'failed', 'errored', 'skipped'])
            parent.counts[k] += child.counts[k];
        parent.child = undefined;
    };
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    let yamlIndent;
    let lastPointIndent = -1;
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].replace(/\t/g, '    ');
        const body = raw.trimStart();
        const indent = raw.length - body.length;
        const t = body.trimEnd();
        if (yamlIndent !== undefined) {
            if (t === '...' && indent <= yamlIndent)
                yamlIndent = undefined;
            continue;
        }
        if (t === '---' && indent > lastPointIndent && lastPointIndent >= 0) {
            yamlIndent = indent;
            continue;
        }
        const point = POINT.test(t) ? parsePoint(t, i + 1) : undefined;
        const plan = PLAN.exec(t);
        const bail = BAIL.exec(t);
        const subtest = SUBTEST.exec(t);
        const closer = t === '}' && stack.length > 1 && stack[stack.length - 1].opener !== undefined && indent < stack[stack.length - 1].indent;
        if (!point && !plan && !bail && !subtest && !closer)
            continue;
        structural++;
        if (bail) {
            bailed = bail[1] || 'no reason given';
            break;
        }
        // Leaving subtests: every deeper block ends.
        while (stack.length > 1 && indent < stack[stack.length - 1].indent) {
            const opener = stack[stack.length - 1].opener;
            pop();
            if (opener && closer) {
                const parent = stack[stack.length - 1];
                summary(parent, parent.child, opener);
                parent.child = undefined;
                break;
            }
        }
        if (closer)
            continue;
        let top = stack[stack.length - 1];
        if (top.indentUnset) {
            top.indent = indent;
            top.indentUnset = false;
        }
        else if (indent > top.indent) {
            if (top.child)
                absorb(top, top.child);
            const block = { indent, points: 0, counts: empty(), ...(pendingName ? { name: pendingName } : {}) };
            pendingName = undefined;
            stack.push(block);
            top = block;
        }
        if (subtest) {
            // "# Subtest: name" stands at the subtest's own indent (TAP 14) or its parent's (older node-tap).
            if (subtest[1] !== undefined && top.points === 0 && top.plan === undefined && !top.name && top !== root)
                top.name = subtest[1].trim();
            else
                pendingName = subtest[1]?.trim();
            continue;
        }
        if (plan) {
            top.plan = Number(plan[1]);
            continue;
        }
        if (point) {
            pendingName = undefined;
            top.points++;
            lastPointIndent = indent;
            if (/\s\{$/.test(point.name)) {
                // A buffered subtest: its block follows, closed by "}".
                const opener = { ...point, name: point.name.replace(/\s*\{$/, '') };
                stack.push({ indent: indent + 1, indentUnset: true, points: 0, counts: empty(), name: opener.name, opener });
                continue;
            }
            const child = top.child;
            top.child = undefined;
            if (child)
                summary(top, child, point);
            else
                leaf(top, point);
        }
    }
    if (structural === 0)
        throw new types/* ReaderError */.ot('no TAP output: expected "TAP version", a plan ("1..N") or test points ("ok 1 - \u2026")');
    while (stack.length > 1)
        pop();
    if (root.child)
        absorb(root, root.child);
    close(root);
    // The run stopped: what ran is counted, and the stop itself, unless a failure already shows it.
    if (bailed !== undefined && root.counts.failed + root.counts.errored === 0)
        errored(root, `Bail out! ${bailed}`);
    const c = root.counts;
    const total = c.passed + c.failed + c.errored + c.skipped;
    const ran = total - c.skipped;
    return { total, ...c, flaky: 0, passRate: ran > 0 ? (c.passed / ran) * 100 : null, findings: findings.items, findingsTotal: findings.total };
}

;// CONCATENATED MODULE: ./src/readers/test-results.ts
// Test results in any of the formats the runners write: JUnit XML (one or several documents),
// jest/vitest JSON, cargo's libtest text, go test -json and TAP (ava, node-tap). The format is given or detected from
// the first bytes; XML is streamed, the others are read whole (they are small).






const TESTS_FORMATS = ['junit', 'jest-json', 'libtest', 'go-test-json', 'tap'];
/** The format of a report from its start (a few KiB are enough). */
function detectTestsFormat(head) {
    const t = head.trimStart();
    if (t.startsWith('<'))
        return 'junit';
    if (t.startsWith('{'))
        return isGoTestJson(t) ? 'go-test-json' : 'jest-json';
    if (isLibtest(head))
        return 'libtest';
    if (isTap(head))
        return 'tap';
    throw new types/* ReaderError */.ot('unrecognised test report: expected JUnit XML, jest/vitest JSON, go test -json, cargo test output or TAP');
}
/** A reader for one report; with no format, the first chunk decides. */
function createTestsReader(format) {
    let chosen = format;
    let xml;
    let text = '';
    return {
        write(chunk) {
            if (!chosen && (text + chunk).trim() === '') {
                text += chunk;
                return;
            }
            // Only XML is streamed; text formats are told apart once all of it is in.
            if (!chosen && (text + chunk).trimStart().startsWith('<'))
                chosen = 'junit';
            if (chosen === 'junit') {
                xml ??= createJUnitDocumentsReader();
                if (text)
                    xml.write(text);
                text = '';
                xml.write(chunk);
            }
            else
                text += chunk;
        },
        end() {
            if (!chosen) {
                if (text.trim() === '')
                    throw new types/* ReaderError */.ot('empty test report');
                chosen = detectTestsFormat(text);
            }
            switch (chosen) {
                case 'junit':
                    xml ??= createJUnitDocumentsReader();
                    if (text)
                        xml.write(text);
                    return xml.end();
                case 'jest-json':
                    return readJestJson(text);
                case 'libtest':
                    return readLibtest(text);
                case 'go-test-json':
                    return readGoTestJson(text);
                case 'tap':
                    return readTap(text);
            }
        },
    };
}


/***/ }),

/***/ 3833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bl: () => (/* binding */ decodeReport),
/* harmony export */   l6: () => (/* binding */ ReportDecoder)
/* harmony export */ });
/* unused harmony export sniffEncoding */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
// Bytes of a report \u2192 text: UTF-8 (with or without BOM) or UTF-16 (with a BOM, or without one
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
            this.decoder = new node_util__WEBPACK_IMPORTED_MODULE_0__.TextDecoder(encoding, { ignoreBOM: true });
            bytes = bytes.subarray(bom);
        }
        return this.decoder.decode(bytes, { stream: true });
    }
    end() {
        if (!this.decoder) {
            const rest = this.pending ?? new Uint8Array();
            this.pending = undefined;
            const { encoding, bom } = sniffEncoding(rest);
            return new node_util__WEBPACK_IMPORTED_MODULE_0__.TextDecoder(encoding, { ignoreBOM: true }).decode(rest.subarray(bom));
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


/***/ }),

/***/ 24:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Zm: () => (/* binding */ stripColour),
/* harmony export */   fM: () => (/* binding */ lastLine)
/* harmony export */ });
// Shared by the readers of tools' plain-text output (flake8, mypy) and the messages that quote it.
// Colours (FORCE_COLOR turns them on even into a pipe): CSI sequences and the charset reset
// `ESC ( B` that curses' sgr0 sends.
const COLOUR = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[()][0-9A-Za-z]/g;
function stripColour(text) {
    return text.replace(COLOUR, '');
}
/** A line as a message may quote it: at most `max` characters, an ellipsis where it was cut. */
function clip(line, max = 200) {
    return line.length > max ? `${line.slice(0, max - 3)}...` : line;
}
/** The last line a command printed that is not blank, clipped. */
function lastLine(output, max = 200) {
    return clip(output.trimEnd().split('\n').filter((l) => l.trim()).pop()?.trim() ?? '', max);
}


/***/ }),

/***/ 5629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   aw: () => (/* binding */ retain),
/* harmony export */   kQ: () => (/* binding */ FindingList),
/* harmony export */   ot: () => (/* binding */ ReaderError),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* unused harmony exports MAX_FINDINGS, readAll, position */
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


/***/ }),

/***/ 637:
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


/** Local name without a namespace prefix: `ns:testcase` \u2192 `testcase`. */
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

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ STATUS_WORD),
/* harmony export */   SH: () => (/* binding */ repositoryPath),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   gb: () => (/* binding */ hasRun),
/* harmony export */   ow: () => (/* binding */ resultLine),
/* harmony export */   sQ: () => (/* binding */ compactDuration),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON),
/* harmony export */   y: () => (/* binding */ formatScore),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
const STATUS_ICON = {
    pass: '\u2705',
    warn: '\ud83d\udfe1',
    fail: '\u274c',
    error: '\u26a0\ufe0f',
    skipped: '\u23ed\ufe0f',
    waived: '\ud83d\udca4',
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
/** A time that never wraps in a table cell: `450ms`, `2.3s`, `1m03s`. */
function compactDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${s.toFixed(1)}s`;
    const m = Math.floor(s / 60);
    return `${m}m${String(Math.round(s - m * 60)).padStart(2, '0')}s`;
}
/** Short status words for narrow columns. */
const STATUS_WORD = { pass: 'pass', warn: 'warn', fail: 'fail', error: 'error', skipped: 'skip', waived: 'waived' };
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KiB`;
    return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
/** Scores print with one decimal, dropping `.0`. */
function formatScore(score) {
    if (score === null || score === undefined)
        return '\u2014';
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


/***/ }),

/***/ 791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ readBoundedFile),
/* harmony export */   UO: () => (/* binding */ BoundedFileError),
/* harmony export */   g5: () => (/* binding */ readBoundedJson)
/* harmony export */ });
/* unused harmony export MAX_INPUT_FILE_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Reading a file someone else made (a report or event file from an artifact, a baseline, a shard)
// without trusting what it is: a FIFO would block the open or the read forever, a symlink to
// /dev/zero would be read without end, and a file may grow while it is read. So the file is opened
// without following a symlink and without blocking, fstat'ed on that descriptor (what is read is
// what was checked), and at most `maxBytes` are read, whatever its size said.

/** Reports, shards, baselines and event files are refused past this size. */
const MAX_INPUT_FILE_BYTES = 64 * 1024 * 1024;
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/** Why a file was not read; `message` is the reason alone, for the caller to name the file. */
class BoundedFileError extends Error {
    name = 'BoundedFileError';
}
function mib(bytes) {
    return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}
/** The file's bytes: a regular file (not through a symlink) of at most `maxBytes`. */
function readBoundedFile(file, maxBytes = MAX_INPUT_FILE_BYTES) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, OPEN_FLAGS);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ELOOP')
            throw new BoundedFileError('is a symlink; it is not followed');
        throw new BoundedFileError(`cannot be read (${code ?? err.message})`);
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!info.isFile())
            throw new BoundedFileError(`not a regular file (${info.isFIFO() ? 'a named pipe' : info.isCharacterDevice() ? 'a device' : info.isDirectory() ? 'a directory' : 'a special file'})`);
        if (info.size > maxBytes)
            throw new BoundedFileError(`${mib(info.size)}, over the ${mib(maxBytes)} limit`);
        // One byte more than the limit tells a file that grew past it from one that fits.
        const buf = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
        let n = 0;
        for (;;) {
            if (n === buf.length)
                throw new BoundedFileError(`grew over the ${mib(maxBytes)} limit while read`);
            const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, n, buf.length - n, null);
            if (got === 0)
                break;
            n += got;
            if (n > maxBytes)
                throw new BoundedFileError(`grew over the ${mib(maxBytes)} limit while read`);
        }
        return buf.subarray(0, n);
    }
    catch (err) {
        if (err instanceof BoundedFileError)
            throw err;
        throw new BoundedFileError(`cannot be read (${err.code ?? err.message})`);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The file parsed as JSON. A parse error names where, never what the file holds: a refused file
 * may be anything (/etc/passwd), and its first bytes must not reach a log or a summary.
 */
function readBoundedJson(file, maxBytes = MAX_INPUT_FILE_BYTES) {
    const text = readBoundedFile(file, maxBytes).toString('utf8').replace(/^\uFEFF/, '');
    try {
        return JSON.parse(text);
    }
    catch (err) {
        const at = /position (\d+)/.exec(err.message)?.[1];
        throw new BoundedFileError(text.trim() === '' ? 'is empty; expected JSON' : `not valid JSON${at ? ` (at character ${at})` : ''}`);
    }
}


/***/ }),

/***/ 1276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ TEMP_VARIABLE),
/* harmony export */   Qz: () => (/* binding */ checkEnvironment),
/* harmony export */   v4: () => (/* binding */ toolOutputEnvironment)
/* harmony export */ });
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
/**
 * Where tools that write beside the code send their files instead, when the runner has not chosen:
 * coverage.py's data file (pytest-cov leaves `.coverage` in the repository otherwise) and mypy's
 * cache. The repository's `git status` is the same after a run as before it.
 */
function toolOutputEnvironment(base, tempDir) {
    const env = {};
    if (!base.COVERAGE_FILE)
        env.COVERAGE_FILE = `${tempDir}/.coverage`;
    if (!base.MYPY_CACHE_DIR)
        env.MYPY_CACHE_DIR = `${tempDir}/.mypy_cache`;
    return env;
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZY: () => (/* binding */ DEFAULT_KILL_GRACE_MS),
  W$: () => (/* binding */ killAllCommands),
  d1: () => (/* binding */ runCommand)
});

// UNUSED EXPORTS: DEFAULT_TAIL_BYTES, findShell

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
    // pnpm prints a bare "undefined" line before some of its errors (a command not found): noise.
    const noAnsi = text.replace(ANSI, '').replace(/^undefined\r?\n/, '');
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
// whole-tree cleanup. The only module that spawns check commands: @actions/exec (used for short git
// and tool calls) cannot start a process group, so it could not kill a check's whole tree on a timeout.





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
                        if (signalTree(tree, 'SIGKILL') > 0) {
                            // Delivered at once, but on a loaded machine a process takes a moment to end: the
                            // check is over when its processes are, not when they were signalled.
                            const killed = performance.now() + 2_000;
                            while (treeMembers(tree).length > 0 && performance.now() < killed)
                                await sleep(25);
                        }
                    }
                }
                await finish(leftovers);
            })();
        });
    });
}


/***/ }),

/***/ 6120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ ReportError),
/* harmony export */   Fi: () => (/* binding */ streamReportFile),
/* harmony export */   Kq: () => (/* binding */ readReportText),
/* harmony export */   Uc: () => (/* binding */ workspaceRelative),
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   mt: () => (/* binding */ resolveReports)
/* harmony export */ });
/* unused harmony export checkReportFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3382);
/* harmony import */ var _readers_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3833);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1276);
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
    return p.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
}
function inside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}
function formatSize(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
    return `${bytes} B`;
}
const TEMP_PREFIX = new RegExp(`^\\$(?:\\{${_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .TEMP_VARIABLE */ .E$}\\}|${_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .TEMP_VARIABLE */ .E$})/`);
/**
 * The files the patterns match, in order, without duplicates. Patterns are relative to `cwd`;
 * each must match at least one file, and every file must really lie inside the workspace.
 */
async function resolveReports(patterns, cwd, workspace, tempDir) {
    const files = [];
    const seen = new Set();
    for (const raw of patterns) {
        // `$READINESS_TEMP/\u2026` resolves in the run's temporary folder and must stay inside that one.
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
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace);
    const where = toPosix(node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, cwd)) || '.';
    const out = [];
    {
        const pattern = pattern0.replace(/\\/g, '/');
        // The part before the first glob segment must stay inside; so must any `..` after it.
        const segments = pattern.split('/');
        const firstDynamic = segments.findIndex((s) => (0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__/* .isDynamicPattern */ .ey)(s));
        const fixed = firstDynamic < 0 ? segments : segments.slice(0, firstDynamic);
        const base = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, fixed.join('/') || '.');
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(pattern) || !inside(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace), base) || (firstDynamic >= 0 && segments.slice(firstDynamic).includes('..'))) {
            throw new ReportError(`reports pattern "${raw}" points outside the workspace`);
        }
        let matches;
        if ((0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__/* .isDynamicPattern */ .ey)(pattern)) {
            // Symlinks are followed so that each match can be resolved and refused when it leads outside.
            matches = (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__/* .glob */ .TI)(pattern, { cwd, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: true, expandDirectories: false })).sort();
        }
        else {
            const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, pattern);
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file).catch(() => undefined);
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
                real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(match);
            }
            catch (err) {
                throw new ReportError(`${toPosix(node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, match))}: cannot be resolved (${err.code ?? err.message}); a broken or looping symlink?`);
            }
            if (!inside(root, real))
                throw new ReportError(`${toPosix(node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, match))} is a symlink to outside the workspace`);
            out.push({ path: match, real });
        }
    }
    return out;
}
/** Checks that a report can be read: a regular, non-empty file (unless empty is allowed) within the size limit. */
async function checkReportFile(file, label, maxBytes, allowEmpty = false) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
    }
    catch (err) {
        throw new ReportError(`${label}: cannot read it (${err.code ?? err.message})`);
    }
    if (!info.isFile())
        throw new ReportError(`${label}: not a regular file`);
    if (info.size === 0 && !allowEmpty)
        throw new ReportError(`${label}: the file is empty`);
    if (info.size > maxBytes)
        throw new ReportError(`${label}: ${formatSize(info.size)} is over max-report-size (${formatSize(maxBytes)})`);
    return info.size;
}
/** Streams a report file as text to `sink`, chunk by chunk. */
async function streamReportFile(file, label, maxBytes, sink, allowEmpty = false) {
    await checkReportFile(file, label, maxBytes, allowEmpty);
    const decoder = new _readers_text_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportDecoder */ .l6();
    let bytes = 0;
    try {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: 256 * 1024 })) {
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
async function readReportText(file, label, maxBytes, allowEmpty = false) {
    const parts = [];
    await streamReportFile(file, label, maxBytes, (t) => parts.push(t), allowEmpty);
    return parts.join('');
}
/** How a report file is named in the summary: workspace-relative, or under $READINESS_TEMP. */
function workspaceRelative(workspace, file, tempDir) {
    if (tempDir && inside(tempDir, file))
        return `$${_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .TEMP_VARIABLE */ .E$}/${toPosix(node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(tempDir, file))}`;
    return toPosix(node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, file));
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
// Check scores from measurements (SPEC \u00a73, \u00a74): linear between a failing bound and a target.
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
            // Strictly between is a warning; at 0 it is a failure, as everywhere (docs/scoring.md).
            const left = Math.max(0, (100 * (t + NO_MAX_SPAN - count)) / NO_MAX_SPAN);
            s = count <= t ? { status: 'pass', score: 100 } : left > 0 ? { status: 'warn', score: left } : { status: 'fail', score: 0 };
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
/** The limits as shown next to a result: "error max 0, warning \u2264 0". */
function limitsText(limits, order) {
    const parts = [];
    for (const level of order) {
        if (limits.max?.[level] !== undefined)
            parts.push(`${level} max ${limits.max[level]}`);
        if (limits.target?.[level] !== undefined)
            parts.push(`${level} \u2264 ${limits.target[level]}`);
    }
    return parts.join(', ');
}


/***/ })

};
