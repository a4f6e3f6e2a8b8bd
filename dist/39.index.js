export const id = 39;
export const ids = [39];
export const modules = {

/***/ 8039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsCache: () => (/* binding */ actionsCache)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// The Actions cache behind the small interface the baseline needs; @actions/cache loads only here.

async function actionsCache() {
    const cache = await __webpack_require__.e(/* import() */ 131).then(__webpack_require__.bind(__webpack_require__, 7131));
    return {
        available: () => cache.isFeatureAvailable(),
        async restore(dir, prefix) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
            // The prefix is both the primary key (never an exact hit) and the restore key: the newest
            // entry starting with it wins.
            return cache.restoreCache([dir], prefix, [prefix]);
        },
        async save(dir, key) {
            await cache.saveCache([dir], key);
        },
    };
}


/***/ })

};
