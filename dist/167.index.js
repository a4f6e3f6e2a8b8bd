export const id = 167;
export const ids = [167];
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
// EXTERNAL MODULE: ./src/checks/reader-check.ts + 2 modules
var reader_check = __webpack_require__(8256);
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
            const summary = `${r.total} advisor${r.total === 1 ? 'y' : 'ies'}${bySeverity.length ? ` (${bySeverity.join(', ')})` : ''} in ${r.packages} package${r.packages === 1 ? '' : 's'}; limits: ${(0,curves/* limitsText */.Cf)(limits, model/* SEVERITIES */.oC)} · ${[...formats].join(' + ')}`;
            return { status: scored.status, score: scored.score, summary, target: (0,curves/* limitsText */.Cf)(limits, model/* SEVERITIES */.oC), metrics, findings: r.findings };
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
