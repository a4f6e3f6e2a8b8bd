export const id = 647;
export const ids = [647];
export const modules = {

/***/ 5647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isBinary: () => (/* binding */ isBinary),
/* harmony export */   scanRepository: () => (/* binding */ scanRepository)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
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
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, rel);
        let info;
        try {
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs);
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
            bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs);
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


/***/ })

};
