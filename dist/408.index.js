export const id = 408;
export const ids = [408];
export const modules = {

/***/ 7408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   testsCheck: () => (/* binding */ testsCheck)
/* harmony export */ });
/* harmony import */ var _readers_test_results_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9818);
/* harmony import */ var _readers_build_failures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9010);
/* harmony import */ var _reader_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1679);



function pct(n) {
    return `${Number.isInteger(n) ? n : n.toFixed(1)}%`;
}
const testsCheck = {
    kind: 'tests',
    execute(ctx) {
        const options = ctx.check.raw.tests;
        const minPassRate = options['min-pass-rate'] ?? 100;
        return (0,_reader_check_js__WEBPACK_IMPORTED_MODULE_1__/* .runReaderCheck */ .N1)(ctx, options.reports, async (inputs, command) => {
            const total = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, findingsTotal: 0 };
            const findings = [];
            for (const input of inputs) {
                const r = await (0,_reader_check_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInput */ .CU)(input, async () => {
                    const reader = (0,_readers_test_results_js__WEBPACK_IMPORTED_MODULE_0__/* .createTestsReader */ .tk)(options.format);
                    await input.stream((chunk) => reader.write(chunk));
                    return reader.end();
                });
                for (const k of ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'findingsTotal'])
                    total[k] += r[k];
                findings.push(...r.findings);
            }
            // Counts past 2^53 are rounded, and a failure can vanish in them (1e23 + 1 === 1e23).
            const huge = ['total', 'passed', 'failed', 'errored', 'skipped'].find((k) => !Number.isSafeInteger(total[k]));
            if (huge)
                return { status: 'error', score: 0, summary: `test counts beyond ${Number.MAX_SAFE_INTEGER} (${huge}: ${total[huge]}) cannot be counted exactly`, metrics: {}, findings };
            // A run that failed is never a pass (SPEC \u00a74): what failed to build, compile, collect or load
            // is named from the command's own text and counts as errored; a failure with no such unit
            // and no failed test counts the run itself as one errored unit.
            const exit = command && !command.signal ? command.exitCode : null;
            const failedRun = exit !== null && exit !== 0;
            const units = failedRun ? (0,_readers_build_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .buildFailures */ .gF)(command.output) : [];
            for (const u of units) {
                const dotted = u.unit.replace(/\.py$/, '').replace(/\//g, '.');
                const at = findings.findIndex((f) => f.severity === 'error' && f.rule !== 'test-failure' && (f.message.startsWith(`${u.unit} `) || f.message.includes(u.unit) || f.message.includes(dotted)));
                if (at >= 0) {
                    const f = findings[at];
                    if (u.cause && !f.message.includes(u.cause))
                        findings[at] = { ...f, message: `${f.message.replace(/: collection failure$/, ': failed to collect')}: ${u.cause}` };
                    continue;
                }
                total.total++;
                total.errored++;
                findings.push({ severity: 'error', rule: 'test-error', message: (0,_readers_build_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(u) });
            }
            const why = units[0] ? (0,_readers_build_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(units[0]) : failedRun ? (0,_readers_build_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .firstErrorLine */ .hf)(command.output) : undefined;
            if (failedRun && total.failed + total.errored === 0) {
                total.total++;
                total.errored++;
                findings.push({ severity: 'error', rule: 'test-error', message: `the test command exited ${exit}${why ? `: ${why}` : ''}` });
            }
            const ran = total.total - total.skipped;
            let passRate = ran > 0 ? (total.passed / ran) * 100 : null;
            // A failure is never "100% passed", however many passed beside it.
            if (passRate !== null && passRate >= 100 && total.passed < ran)
                passRate = 99.9;
            const metrics = { total: total.total, passed: total.passed, failed: total.failed, errored: total.errored, skipped: total.skipped, flaky: total.flaky, passRate };
            const target = `pass rate \u2265 ${pct(minPassRate)}`;
            if (total.total === 0)
                return { status: 'error', score: 0, summary: 'the report has no test cases', metrics, findings };
            if (passRate === null)
                return { status: 'error', score: 0, summary: `no test ran (${total.skipped} skipped)`, metrics, findings };
            const exited = failedRun ? `; the command exited ${exit}${why ? `: ${why}` : ''}` : '';
            // pytest stops at collection errors: nothing ran, and its JUnit holds only the errors.
            const collection = findings.filter((f) => /: (?:collection failure|failed to collect)(?:$|: )/.test(f.message)).length;
            if (total.passed + total.failed === 0 && collection > 0) {
                const collected = /collected (\d+) items?(?: \/ \d+ errors?)?/.exec(command?.output ?? '')?.[1];
                const summary = `interrupted: ${collected !== undefined ? `${collected} collected, ` : ''}${collection} collection error${collection === 1 ? '' : 's'}; no test ran${exited}`;
                return { status: 'fail', score: 0, summary, target, metrics: { ...metrics, collectionErrors: collection }, findings };
            }
            // Nothing ran because the code did not build: the project's own failure, not a lack of data.
            if (total.passed + total.failed === 0) {
                return { status: 'fail', score: 0, summary: `no test ran: ${total.errored} errored${exited || (findings[0] ? `; ${findings[0].message}` : '')}`, target, metrics, findings };
            }
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
            const passed = passRate >= minPassRate && total.errored === 0 && !failedRun;
            if (total.errored > 0 && passRate >= minPassRate)
                summary += '; errored tests (suites that failed to load or run) fail the check';
            summary += exited;
            return { status: passed ? 'pass' : 'fail', score: passRate, summary, target, metrics, findings };
        });
    },
};


/***/ })

};
