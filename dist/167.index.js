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
/**
 * npm 7+ `npm audit --json` (auditReportVersion 2): advisories are the objects in `via`. Every key of
 * `vulnerabilities` is a vulnerable package (directly, or through a dependency), as npm's own
 * `metadata.vulnerabilities.total` counts them.
 */
function readNpm(json, set) {
    if (!(0,types/* isObject */.Gv)(json.vulnerabilities))
        return;
    for (const [name, entry] of Object.entries(json.vulnerabilities)) {
        if (!(0,types/* isObject */.Gv)(entry))
            continue;
        set.addVulnerablePackage(str(entry.name) ?? name);
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
            // Berry 4: {"value": "<package>", "children": {"ID": \u2026, "Issue": \u2026, "Severity": \u2026}}
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
const audit_text = (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
/**
 * npm, pnpm and yarn print their own failure (no network, endpoint refused) as JSON too. npm puts
 * the cause in `error.summary`, or leaves that empty and says it in `message` or `error.detail`.
 */
function auditFailure(json) {
    if (!(0,types/* isObject */.Gv)(json))
        return undefined;
    if ((0,types/* isObject */.Gv)(json.error)) {
        const e = json.error;
        const said = audit_text(e.summary) ?? audit_text(e.message) ?? audit_text(json.message) ?? audit_text(e.detail);
        return [audit_text(e.code), said].filter(Boolean).join(': ') || `npm printed an error with no message: ${JSON.stringify(e).slice(0, 200)}`;
    }
    if (json.type === 'error')
        return audit_text(json.data) ?? JSON.stringify(json.data);
    if (typeof json.message === 'string' && (json.statusCode !== undefined || json.uri !== undefined || json.code !== undefined))
        return json.message;
    return undefined;
}
/** yarn 1 reports a failure as `{"type":"error","data":"\u2026"}` lines and no advisories or summary. */
function yarnFailure(lines) {
    const errors = lines.filter((l) => l.type === 'error').map((l) => audit_text(l.data) ?? JSON.stringify(l.data));
    const results = lines.some((l) => l.type === 'auditAdvisory' || l.type === 'auditSummary' || ('value' in l && (0,types/* isObject */.Gv)(l.children)));
    return errors.length > 0 && !results ? errors.join('; ') : undefined;
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
    const failure = lines ? yarnFailure(parseLines(body)) : auditFailure(json);
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
            const summary = `${r.total} advisor${r.total === 1 ? 'y' : 'ies'}${bySeverity.length ? ` (${bySeverity.join(', ')})` : ''} in ${r.packages} package${r.packages === 1 ? '' : 's'}; limits: ${(0,curves/* limitsText */.Cf)(limits, model/* SEVERITIES */.oC)} \u00b7 ${[...formats].join(' + ')}`;
            return { status: scored.status, score: scored.score, summary, target: (0,curves/* limitsText */.Cf)(limits, model/* SEVERITIES */.oC), metrics, findings: r.findings };
        });
    },
};


/***/ })

};
