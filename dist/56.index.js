export const id = 56;
export const ids = [56];
export const modules = {

/***/ 9056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isGitRepository: () => (/* binding */ isGitRepository),
/* harmony export */   listFiles: () => (/* binding */ listFiles)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_3__);
// The files the built-in scans read: `git ls-files -z -co --exclude-standard` (tracked, plus
// untracked files that are not ignored); outside a git repository, a walk that honours .gitignore.




function git(args, cwd) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
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
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        let own = rules;
        const gitignore = entries.find((e) => e.name === '.gitignore' && e.isFile());
        if (gitignore) {
            try {
                own = [...rules, { base: rel, ig: ignore__WEBPACK_IMPORTED_MODULE_3___default()().add((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, '.gitignore'), 'utf8')) }];
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
                    visit(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, e.name), p, own);
            }
            else if ((e.isFile() || e.isSymbolicLink()) && !ignored(p, false))
                out.push(p);
        }
    };
    visit(root, '', []);
    return out.sort();
}
async function listFiles(workspace) {
    if (await isGitRepository(workspace)) {
        // ls-files prints paths relative to its working directory, so a workspace that is a subfolder
        // of the repository lists only its own files, relative to itself.
        const [all, tracked] = await Promise.all([git(['ls-files', '-z', '-co', '--exclude-standard'], workspace), git(['ls-files', '-z'], workspace)]);
        // A file deleted in the work tree but still in the index is listed; the scan skips it.
        const files = [...new Set(splitNul(all))].sort();
        return { files, tracked: new Set(splitNul(tracked)), source: 'git' };
    }
    return { files: walk(workspace), tracked: new Set(), source: 'walk' };
}


/***/ })

};
