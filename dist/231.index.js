export const id = 231;
export const ids = [231];
export const modules = {

/***/ 4231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   renderComment: () => (/* binding */ renderComment)
/* harmony export */ });
/* harmony import */ var _delta_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5208);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2011);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);



/** GitHub refuses comments over 65,536 characters. */
const COMMENT_LIMIT = 65_000;
function renderComment(report, marker, runUrl) {
    const out = [marker];
    if (report.config.errors.length > 0) {
        out.push('## ❌ Readiness: the configuration is invalid', '', `${report.config.errors.length} problem(s); see the [job summary](${runUrl}).`);
        return out.join('\n');
    }
    const score = report.score === null ? 'not scored' : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatScore */ .y)(report.score)} / 100 · grade ${report.grade}`;
    out.push(`## ${report.passed ? '✅' : '❌'} Readiness ${score} · ${report.passed ? 'passed' : 'failed'} (threshold ${report.threshold})`);
    if (!report.passed && report.gateReason)
        out.push('', `**Why:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(report.gateReason, 600)}`);
    if (report.categories.length > 0) {
        out.push('', '| Category | Points |', '| --- | ---: |', ...report.categories.map((c) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(c.title)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatScore */ .y)(c.points)} / ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatScore */ .y)(c.maxPoints)} |`));
    }
    if (report.omittedCategories.length > 0)
        out.push('', `_Not scored: ${report.omittedCategories.map((c) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(c.title)).join(', ')}._`);
    const failing = report.checks.filter((c) => c.status === 'fail' || c.status === 'error' || report.blockers.includes(c.id));
    if (failing.length > 0) {
        out.push('', '**To fix first**', '');
        const order = new Map(report.improvements.map((imp, i) => [imp.id, i]));
        failing.sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
        for (const c of failing.slice(0, 15)) {
            const lost = report.improvements.find((imp) => imp.id === c.id)?.pointsLost;
            out.push(`- ${_format_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_ICON */ .tW[c.status]} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(c.title)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(c.id)}${c.required ? ' 🔒' : ''}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .resultLine */ .ow)(c), 200)}${lost ? ` (+${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatScore */ .y)(lost)} points)` : ''}`);
        }
        if (failing.length > 15)
            out.push(`- …and ${failing.length - 15} more`);
    }
    const delta = (0,_delta_js__WEBPACK_IMPORTED_MODULE_0__/* .renderBaseline */ .qL)(report.baseline, 10);
    if (delta)
        out.push('', delta.replace(/^### /, '#### '));
    out.push('', `[Full scorecard, evidence and output](${runUrl}) · ${report.tool.name} ${report.tool.version}`);
    let body = out.join('\n');
    if (body.length > COMMENT_LIMIT)
        body = `${body.slice(0, COMMENT_LIMIT)}\n\n…cut to fit GitHub's comment limit; see the [job summary](${runUrl}).`;
    return body;
}


/***/ })

};
