export const id = 343;
export const ids = [343];
export const modules = {

/***/ 4343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  metricCheck: () => (/* binding */ metricCheck)
});

// EXTERNAL MODULE: ./src/readers/types.ts
var types = __webpack_require__(5629);
;// CONCATENATED MODULE: ./src/readers/metric.ts
// A number from a command's output: the first group of a regular expression, or a JSON path.

/** "1,234.5", "1_234", " 42 " \u2192 number; anything else is undefined. */
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
/** `a.b[0].c` or `a.b.0.c` \u2192 the segments. */
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
            throw new types/* ReaderError */.ot(`invalid pattern ${JSON.stringify(source.pattern)}: ${err.message}`);
        }
        const m = re.exec(text);
        if (!m)
            throw new types/* ReaderError */.ot(`pattern ${JSON.stringify(source.pattern)} did not match the output`);
        const raw = m[1] ?? m[0];
        const n = toNumber(raw);
        if (n === undefined)
            throw new types/* ReaderError */.ot(`pattern ${JSON.stringify(source.pattern)} matched ${JSON.stringify(raw.slice(0, 60))}, which is not a number`);
        return n;
    }
    if (source.json !== undefined) {
        let cur = (0,types/* parseJson */.qF)(text.trim(), 'metric');
        for (const seg of pathSegments(source.json)) {
            if (Array.isArray(cur) && /^\d+$/.test(seg))
                cur = cur[Number(seg)];
            else if ((0,types/* isObject */.Gv)(cur))
                cur = cur[seg];
            else
                cur = undefined;
            if (cur === undefined)
                throw new types/* ReaderError */.ot(`JSON path ${JSON.stringify(source.json)} not found (stopped at "${seg}")`);
        }
        const n = toNumber(cur);
        if (n === undefined)
            throw new types/* ReaderError */.ot(`JSON path ${JSON.stringify(source.json)} is ${JSON.stringify(cur)?.slice(0, 60)}, not a number`);
        return n;
    }
    throw new types/* ReaderError */.ot('a metric needs "pattern" or "json"');
}

// EXTERNAL MODULE: ./src/scoring/curves.ts
var curves = __webpack_require__(2661);
// EXTERNAL MODULE: ./src/checks/reader-check.ts
var reader_check = __webpack_require__(1679);
;// CONCATENATED MODULE: ./src/checks/metric.ts



function show(n, unit) {
    const text = Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
    return unit ? `${text} ${unit}` : text;
}
const metricCheck = {
    kind: 'metric',
    execute(ctx) {
        const o = ctx.check.raw.metric;
        return (0,reader_check/* runReaderCheck */.N1)(ctx, o.reports, async (inputs) => {
            const input = inputs[0];
            const value = await (0,reader_check/* parseInput */.CU)(input, async () => readMetric(await input.text(), { ...(o.pattern !== undefined ? { pattern: o.pattern } : {}), ...(o.json !== undefined ? { json: o.json } : {}) }));
            const metrics = { value, ...(o.unit ? { unit: o.unit } : {}) };
            // `max` means lower is better, `min` higher is better (the config has exactly one). Without a
            // target the bound is a cliff: pass on its good side, fail past it.
            if (o.max !== undefined) {
                const target = o.target ?? o.max;
                const scored = (0,curves/* lowerIsBetter */.cv)(value, o.max, target);
                return { ...scored, summary: `${show(value, o.unit)}, target \u2264 ${show(target, o.unit)}, max ${show(o.max, o.unit)}`, target: `\u2264 ${show(target, o.unit)}`, metrics, findings: [] };
            }
            const min = o.min;
            const target = o.target ?? min;
            const scored = (0,curves/* higherIsBetter */.i2)(value, min, target);
            return { ...scored, summary: `${show(value, o.unit)}, target \u2265 ${show(target, o.unit)}, min ${show(min, o.unit)}`, target: `\u2265 ${show(target, o.unit)}`, metrics, findings: [] };
        });
    },
};


/***/ })

};
