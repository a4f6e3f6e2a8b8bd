export const id = 184;
export const ids = [184];
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

/***/ 2184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RULES: () => (/* binding */ RULES),
/* harmony export */   findSecrets: () => (/* binding */ findSecrets),
/* harmony export */   fingerprint: () => (/* binding */ fingerprint),
/* harmony export */   looksGenerated: () => (/* binding */ looksGenerated),
/* harmony export */   maskable: () => (/* binding */ maskable),
/* harmony export */   secretsCheck: () => (/* binding */ secretsCheck),
/* harmony export */   shannonEntropy: () => (/* binding */ shannonEntropy)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(146);
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2070);
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${rule}\0${value}`).digest('hex').slice(0, 12);
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
        const paths = (0,_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .matcher */ .j)(allow.filter((a) => !fingerprints.has(a)), () => false);
        return new SecretScanner((0,_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .selection */ .r)(undefined, check.raw.exclude), (p, fp) => fingerprints.has(fp) || paths(p));
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
        return (0,_builtin_js__WEBPACK_IMPORTED_MODULE_2__/* .builtinOutcome */ .W)(ctx, pass, {
            status: n === 0 ? 'pass' : 'fail',
            score: n === 0 ? 100 : 0,
            summary: n === 0 ? `no secrets in ${pass.stats.scanned} files` : `${n} secret${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${Object.entries(byRule).map(([r, c]) => `${c} ${r}`).join(', ')})`,
            target: '0 secrets',
            metrics: { findings: n, ...byRule, ...(0,_builtin_js__WEBPACK_IMPORTED_MODULE_2__/* .scanStatsMetrics */ .e)(pass) },
            findings,
        });
    },
};


/***/ })

};
