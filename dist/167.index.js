export const id = 167;
export const ids = [167,200];
export const modules = {

/***/ 7167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_AUDIT_LIMITS: () => (/* binding */ DEFAULT_AUDIT_LIMITS),
  auditCheck: () => (/* binding */ auditCheck)
});

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(4353);
var ae_cvss_calculator_default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator);
// EXTERNAL MODULE: ./src/readers/audit/model.ts
var model = __webpack_require__(4905);
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
    return score === undefined ? 'unknown' : (0,model/* severityFromScore */.qI)(score);
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
    if (!(0,types/* isObject */.Gv)(json.vulnerabilities))
        return;
    for (const entry of Object.values(json.vulnerabilities)) {
        if (!(0,types/* isObject */.Gv)(entry))
            continue;
        const fix = (0,types/* isObject */.Gv)(entry.fixAvailable) ? `${str(entry.fixAvailable.name) ?? ''}@${str(entry.fixAvailable.version) ?? ''}` : undefined;
        for (const via of arr(entry.via)) {
            // Strings name the package through which the vulnerability arrives; not an advisory.
            if (!(0,types/* isObject */.Gv)(via))
                continue;
            const id = via.source !== undefined ? `npm:${String(via.source)}` : (ghsaFromUrl(via.url) ?? str(via.title));
            if (!id)
                continue;
            const ghsa = ghsaFromUrl(via.url);
            set.add({
                ids: [ghsa ?? id, ...(ghsa ? [id] : [])],
                ...(str(via.name) ? { package: str(via.name) } : {}),
                severity: (0,model/* normalizeSeverity */.lv)(via.severity),
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
    const cvss = (0,types/* isObject */.Gv)(advisory.cvss) ? advisory.cvss : undefined;
    let severity = (0,model/* normalizeSeverity */.lv)(advisory.severity);
    if (severity === 'unknown' && cvss) {
        severity = typeof cvss.score === 'number' && cvss.score > 0 ? (0,model/* severityFromScore */.qI)(cvss.score) : severityFromVector(str(cvss.vectorString));
    }
    const version = arr(advisory.findings).map((f) => ((0,types/* isObject */.Gv)(f) ? str(f.version) : undefined)).find(Boolean);
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
    if (!(0,types/* isObject */.Gv)(json.advisories))
        return;
    for (const advisory of Object.values(json.advisories))
        if ((0,types/* isObject */.Gv)(advisory))
            v6Advisory(advisory, set);
}
/** Line-delimited JSON: yarn 1 `yarn audit --json` and yarn berry 4 `yarn npm audit --json`. */
function readYarnLines(lines, set) {
    for (const line of lines) {
        if (line.type === 'auditAdvisory' && (0,types/* isObject */.Gv)(line.data) && (0,types/* isObject */.Gv)(line.data.advisory)) {
            v6Advisory(line.data.advisory, set);
        }
        else if (str(line.value) && (0,types/* isObject */.Gv)(line.children)) {
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
                severity: (0,model/* normalizeSeverity */.lv)(c.Severity),
                ...(str(c.Issue) ? { title: str(c.Issue) } : {}),
            });
        }
    }
}
/** `pip-audit -f json`: no severities, so every advisory counts as `unknown`. */
function readPipAudit(json, set) {
    const deps = Array.isArray(json) ? json : arr(json.dependencies);
    for (const dep of deps) {
        if (!(0,types/* isObject */.Gv)(dep))
            continue;
        for (const vuln of arr(dep.vulns)) {
            if (!(0,types/* isObject */.Gv)(vuln) || !str(vuln.id))
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
    const vulns = (0,types/* isObject */.Gv)(json.vulnerabilities) ? arr(json.vulnerabilities.list) : [];
    for (const v of vulns) {
        if (!(0,types/* isObject */.Gv)(v) || !(0,types/* isObject */.Gv)(v.advisory))
            continue;
        const a = v.advisory;
        const id = str(a.id);
        if (!id)
            continue;
        const pkg = (0,types/* isObject */.Gv)(v.package) ? v.package : {};
        const patched = (0,types/* isObject */.Gv)(v.versions) ? strings(v.versions.patched) : [];
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
    const label = (0,types/* isObject */.Gv)(vuln.database_specific) ? (0,model/* normalizeSeverity */.lv)(vuln.database_specific.severity) : 'unknown';
    if (label !== 'unknown')
        return label;
    let best = 'unknown';
    for (const s of arr(vuln.severity)) {
        if (!(0,types/* isObject */.Gv)(s))
            continue;
        const score = str(s.score);
        if (!score)
            continue;
        best = (0,model/* higher */.uz)(best, /^\d+(\.\d+)?$/.test(score) ? (0,model/* severityFromScore */.qI)(Number(score)) : severityFromVector(score));
    }
    return best;
}
function osvFixed(vuln) {
    for (const affected of arr(vuln.affected)) {
        if (!(0,types/* isObject */.Gv)(affected))
            continue;
        for (const range of arr(affected.ranges)) {
            if (!(0,types/* isObject */.Gv)(range))
                continue;
            for (const event of arr(range.events))
                if ((0,types/* isObject */.Gv)(event) && str(event.fixed))
                    return str(event.fixed);
        }
    }
    return undefined;
}
/** `osv-scanner --format json`: vulnerabilities per package, grouped by osv-scanner's own alias groups. */
function readOsvScanner(json, set) {
    for (const result of arr(json.results)) {
        if (!(0,types/* isObject */.Gv)(result))
            continue;
        for (const entry of arr(result.packages)) {
            if (!(0,types/* isObject */.Gv)(entry))
                continue;
            const pkg = (0,types/* isObject */.Gv)(entry.package) ? entry.package : {};
            const base = { ...(str(pkg.name) ? { package: str(pkg.name) } : {}), ...(str(pkg.version) ? { version: str(pkg.version) } : {}) };
            for (const vuln of arr(entry.vulnerabilities)) {
                if (!(0,types/* isObject */.Gv)(vuln) || !str(vuln.id))
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
                if (!(0,types/* isObject */.Gv)(group))
                    continue;
                const ids = [...strings(group.ids), ...strings(group.aliases)];
                const score = str(group.max_severity);
                if (ids.length === 0)
                    continue;
                set.add({ ids, ...base, severity: score && Number.isFinite(Number(score)) ? (0,model/* severityFromScore */.qI)(Number(score)) : 'unknown' });
            }
        }
    }
}
/** Trivy JSON (SchemaVersion 2): `Results[].Vulnerabilities[]`; the same CVE in two packages is one advisory. */
function readTrivy(json, set) {
    for (const result of arr(json.Results)) {
        if (!(0,types/* isObject */.Gv)(result))
            continue;
        for (const v of arr(result.Vulnerabilities)) {
            if (!(0,types/* isObject */.Gv)(v) || !str(v.VulnerabilityID))
                continue;
            let severity = (0,model/* normalizeSeverity */.lv)(v.Severity);
            if (severity === 'unknown' && (0,types/* isObject */.Gv)(v.CVSS)) {
                for (const source of Object.values(v.CVSS)) {
                    if (!(0,types/* isObject */.Gv)(source))
                        continue;
                    const score = typeof source.V3Score === 'number' ? source.V3Score : typeof source.V2Score === 'number' ? source.V2Score : undefined;
                    severity = (0,model/* higher */.uz)(severity, score !== undefined ? (0,model/* severityFromScore */.qI)(score) : severityFromVector(str(source.V3Vector) ?? str(source.V2Vector)));
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
            if ((0,types/* isObject */.Gv)(v))
                out.push(v);
        }
        catch (err) {
            throw new types/* ReaderError */.ot(`malformed audit JSON lines: ${err.message.replace(/\s*at position.*$/, '')}`, lineNo);
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
    if (!(0,types/* isObject */.Gv)(json))
        return undefined;
    if ((0,types/* isObject */.Gv)(json.error))
        return [json.error.code, json.error.summary ?? json.error.message].filter(Boolean).join(': ') || 'unknown error';
    if (typeof json.message === 'string' && (json.statusCode !== undefined || json.uri !== undefined || json.code !== undefined))
        return json.message;
    return undefined;
}
/** Which producer wrote this JSON. */
function detectAuditFormat(text, json) {
    if (json === undefined && isLineDelimited(text)) {
        const first = parseLines(text.slice(0, text.indexOf('\n')))[0];
        if (first && (typeof first.type === 'string' || (0,types/* isObject */.Gv)(first.data)))
            return 'yarn';
        if (first && 'value' in first && (0,types/* isObject */.Gv)(first.children))
            return 'yarn-berry';
    }
    // pip-audit's older output is a list of dependency objects; any other list is not an audit.
    if (Array.isArray(json)) {
        if (json.every((d) => (0,types/* isObject */.Gv)(d) && typeof d.name === 'string'))
            return 'pip-audit';
        throw new types/* ReaderError */.ot(`unrecognised audit report: a JSON list of ${json.length} items that are not pip-audit dependencies; expected ${EXPECTED}`);
    }
    if (!(0,types/* isObject */.Gv)(json))
        throw new types/* ReaderError */.ot(`unrecognised audit report: expected ${EXPECTED}`);
    if (json.auditReportVersion !== undefined || ((0,types/* isObject */.Gv)(json.vulnerabilities) && !('found' in json.vulnerabilities)))
        return 'npm';
    if ((0,types/* isObject */.Gv)(json.advisories))
        return 'pnpm';
    if (Array.isArray(json.dependencies))
        return 'pip-audit';
    if ((0,types/* isObject */.Gv)(json.vulnerabilities) && 'list' in json.vulnerabilities)
        return 'cargo-audit';
    if (Array.isArray(json.results))
        return 'osv-scanner';
    if ('SchemaVersion' in json || Array.isArray(json.Results))
        return 'trivy';
    throw new types/* ReaderError */.ot(`unrecognised audit report: expected ${EXPECTED}`);
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
function readAudit(text, format, set = new model/* AdvisorySet */.ef()) {
    const body = text.trim();
    if (!body)
        throw new types/* ReaderError */.ot('empty audit report');
    const lines = (format === undefined || format === 'yarn' || format === 'yarn-berry') && isLineDelimited(body);
    const json = lines ? undefined : (0,types/* parseJson */.qF)(body, 'audit');
    const failure = auditFailure(json);
    if (failure)
        throw new types/* ReaderError */.ot(`the audit tool reported a failure instead of results: ${failure}`);
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


// EXTERNAL MODULE: ./src/scoring/curves.ts
var curves = __webpack_require__(2661);
// EXTERNAL MODULE: ./src/checks/reader-check.ts
var reader_check = __webpack_require__(1679);
// EXTERNAL MODULE: ./src/checks/sarif.ts + 1 modules
var sarif = __webpack_require__(1200);
;// CONCATENATED MODULE: ./src/checks/audit.ts





/** Without limits: no critical or high advisories allowed; moderate, low and unknown should be none. */
const DEFAULT_AUDIT_LIMITS = { max: { critical: 0, high: 0 }, target: { moderate: 0, low: 0, unknown: 0 } };
const auditCheck = {
    kind: 'audit',
    execute(ctx) {
        const options = ctx.check.raw.audit;
        const limits = (0,curves/* limitsFrom */.Dd)(options, DEFAULT_AUDIT_LIMITS);
        return (0,reader_check/* runReaderCheck */.N1)(ctx, options.reports, async (inputs) => {
            // One set across files: the same advisory in two reports counts once.
            const set = new model/* AdvisorySet */.ef();
            let result;
            const formats = new Set();
            for (const input of inputs) {
                result = await (0,reader_check/* parseInput */.CU)(input, async () => readAudit(await input.text(), options.format, set));
                formats.add(result.format);
            }
            const r = result;
            const metrics = { total: r.total, critical: r.critical, high: r.high, moderate: r.moderate, low: r.low, unknown: r.unknown, packages: r.packages };
            const scored = (0,curves/* levelCounts */.pS)(metrics, limits, model/* SEVERITIES */.oC);
            const bySeverity = model/* SEVERITIES */.oC.filter((s) => r[s] > 0).map((s) => `${r[s]} ${s}`);
            const summary = `${r.total} advisor${r.total === 1 ? 'y' : 'ies'}${bySeverity.length ? ` (${bySeverity.join(', ')})` : ''} in ${r.packages} package${r.packages === 1 ? '' : 's'}; limits: ${(0,sarif.limitsText)(limits, model/* SEVERITIES */.oC)} · ${[...formats].join(' + ')}`;
            return { status: scored.status, score: scored.score, summary, target: (0,sarif.limitsText)(limits, model/* SEVERITIES */.oC), metrics, findings: r.findings };
        });
    },
};


/***/ }),

/***/ 1679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ parseInput),
/* harmony export */   N1: () => (/* binding */ runReaderCheck)
/* harmony export */ });
/* unused harmony exports workspacePaths, toReportList */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _run_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(649);
/* harmony import */ var _readers_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3833);
/* harmony import */ var _readers_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5629);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9812);
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
        if (err instanceof _readers_types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReaderError */ .ot)
            throw new _run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportError */ .$g(`${input.label}: ${err.message}`);
        throw err;
    }
}
function stdoutInput(command, maxBytes) {
    const label = 'stdout of run';
    const text = async () => {
        if (command.stdoutOverflow)
            throw new _run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportError */ .$g(`${label}: over max-report-size (${(0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSize */ .Xq)(maxBytes)})`);
        const out = (0,_readers_text_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeReport */ .bl)(command.stdout ?? Buffer.alloc(0));
        if (out.trim() === '')
            throw new _run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportError */ .$g(`${label}: the command printed nothing to read`);
        return out;
    };
    return { label, text, stream: async (sink) => sink(await text()) };
}
function fileInput(ctx, file) {
    const label = (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceRelative */ .Uc)(ctx.workspace, file, ctx.tempDir);
    return {
        label,
        text: () => (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .readReportText */ .Kq)(file, label, ctx.maxReportBytes),
        stream: (sink) => (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .streamReportFile */ .Fi)(file, label, ctx.maxReportBytes, sink),
    };
}
function toPosix(p) {
    return p.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
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
        const abs = node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(file) ? file : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.cwd, file);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(ctx.workspace, abs);
        if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel))
            return f;
        return { ...f, file: toPosix(rel) };
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
            ? { ...(0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .commandEvidence */ .Ts)(ctx, command, sources), durationMs }
            : { workingDirectory: ctx.check.workingDirectory, durationMs, sources };
    };
    const error = (summary) => ({ status: 'error', score: 0, summary, metrics: {}, findings: [], evidence: evidence() });
    try {
        if (ctx.check.run) {
            command = await (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .runCheckCommand */ .fQ)(ctx, patterns ? {} : { stdoutLimit: ctx.maxReportBytes });
            const problem = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .commandProblem */ .RS)(ctx, command);
            if (problem)
                return error(problem);
        }
        let inputs;
        if (patterns) {
            const files = await (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveReports */ .mt)(patterns, ctx.cwd, ctx.workspace, ctx.tempDir);
            sources = files.map((f) => (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceRelative */ .Uc)(ctx.workspace, f, ctx.tempDir));
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
        if (err instanceof _run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportError */ .$g || err instanceof _readers_types_js__WEBPACK_IMPORTED_MODULE_3__/* .ReaderError */ .ot)
            return error(err.message);
        throw err;
    }
}


/***/ }),

/***/ 1200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_SARIF_LIMITS: () => (/* binding */ DEFAULT_SARIF_LIMITS),
  limitsText: () => (/* binding */ limitsText),
  sarifCheck: () => (/* binding */ sarifCheck)
});

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
;// CONCATENATED MODULE: ./src/readers/sarif.ts

const LEVELS = new Set(['error', 'warning', 'note', 'none']);
function components(run) {
    const tool = (0,types/* isObject */.Gv)(run.tool) ? run.tool : {};
    const component = (c) => ({
        ...((0,types/* isObject */.Gv)(c) && typeof c.name === 'string' ? { name: c.name } : {}),
        rules: (0,types/* isObject */.Gv)(c) && Array.isArray(c.rules) ? c.rules.filter(types/* isObject */.Gv) : [],
    });
    return { driver: component(tool.driver), extensions: Array.isArray(tool.extensions) ? tool.extensions.map(component) : [] };
}
/** The rule a result refers to: by index (in the component named by toolComponent), else by id. */
function findRule(result, run) {
    const ref = (0,types/* isObject */.Gv)(result.rule) ? result.rule : undefined;
    const index = typeof ref?.index === 'number' ? ref.index : typeof result.ruleIndex === 'number' ? result.ruleIndex : undefined;
    const id = typeof ref?.id === 'string' ? ref.id : typeof result.ruleId === 'string' ? result.ruleId : undefined;
    let component = run.driver;
    const tc = (0,types/* isObject */.Gv)(ref?.toolComponent) ? ref.toolComponent : undefined;
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
    const config = rule && (0,types/* isObject */.Gv)(rule.defaultConfiguration) ? rule.defaultConfiguration : undefined;
    if (config && typeof config.level === 'string' && LEVELS.has(config.level))
        return config.level;
    return 'warning';
}
function messageText(result, rule) {
    const message = (0,types/* isObject */.Gv)(result.message) ? result.message : {};
    let text = typeof message.text === 'string' ? message.text : undefined;
    if (text === undefined && typeof message.id === 'string' && rule && (0,types/* isObject */.Gv)(rule.messageStrings)) {
        const entry = rule.messageStrings[message.id];
        if ((0,types/* isObject */.Gv)(entry) && typeof entry.text === 'string')
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
    const first = locations.find(types/* isObject */.Gv);
    const physical = first && (0,types/* isObject */.Gv)(first.physicalLocation) ? first.physicalLocation : undefined;
    if (!physical)
        return {};
    const artifact = (0,types/* isObject */.Gv)(physical.artifactLocation) ? physical.artifactLocation : undefined;
    const region = (0,types/* isObject */.Gv)(physical.region) ? physical.region : undefined;
    const out = {};
    // A location may name its file through run.artifacts[index] instead of a uri.
    const indexed = artifact && typeof artifact.index === 'number' ? artifacts[artifact.index] : undefined;
    const uri = artifact && typeof artifact.uri === 'string' ? artifact.uri : (0,types/* isObject */.Gv)(indexed) && (0,types/* isObject */.Gv)(indexed.location) ? indexed.location.uri : undefined;
    if (typeof uri === 'string')
        out.file = uriToPath(uri);
    if (region && typeof region.startLine === 'number' && region.startLine > 0)
        out.line = region.startLine;
    if (region && typeof region.startColumn === 'number' && region.startColumn > 0)
        out.column = region.startColumn;
    return out;
}
function readSarif(text) {
    const json = (0,types/* parseJson */.qF)(text, 'SARIF');
    if (!(0,types/* isObject */.Gv)(json) || !Array.isArray(json.runs))
        throw new types/* ReaderError */.ot('not a SARIF log: expected an object with "runs"');
    if (json.version !== undefined && json.version !== '2.1.0') {
        throw new types/* ReaderError */.ot(`unsupported SARIF version ${JSON.stringify(json.version)}; expected "2.1.0"`);
    }
    const counts = { error: 0, warning: 0, note: 0, suppressed: 0 };
    const findings = new types/* FindingList */.kQ();
    for (const run of json.runs) {
        if (!(0,types/* isObject */.Gv)(run))
            continue;
        const comps = components(run);
        const artifacts = Array.isArray(run.artifacts) ? run.artifacts : [];
        for (const result of Array.isArray(run.results) ? run.results : []) {
            if (!(0,types/* isObject */.Gv)(result))
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

// EXTERNAL MODULE: ./src/scoring/curves.ts
var curves = __webpack_require__(2661);
// EXTERNAL MODULE: ./src/checks/reader-check.ts
var reader_check = __webpack_require__(1679);
;// CONCATENATED MODULE: ./src/checks/sarif.ts



const sarif_LEVELS = ['error', 'warning', 'note'];
/** Without limits: no errors allowed, warnings should be none. */
const DEFAULT_SARIF_LIMITS = { max: { error: 0 }, target: { warning: 0 } };
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
const sarifCheck = {
    kind: 'sarif',
    execute(ctx) {
        const options = ctx.check.raw.sarif;
        const limits = (0,curves/* limitsFrom */.Dd)(options, DEFAULT_SARIF_LIMITS);
        return (0,reader_check/* runReaderCheck */.N1)(ctx, options.reports, async (inputs) => {
            const counts = { error: 0, warning: 0, note: 0, total: 0, suppressed: 0 };
            const findings = [];
            let findingsTotal = 0;
            for (const input of inputs) {
                const r = await (0,reader_check/* parseInput */.CU)(input, async () => readSarif(await input.text()));
                for (const k of Object.keys(counts))
                    counts[k] += r[k];
                findings.push(...r.findings);
                findingsTotal += r.findingsTotal;
            }
            const scored = (0,curves/* levelCounts */.pS)(counts, limits, sarif_LEVELS);
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


/***/ }),

/***/ 2661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
