export const id = 444;
export const ids = [444];
export const modules = {

/***/ 9444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   describeCommentError: () => (/* binding */ describeCommentError),
/* harmony export */   upsertComment: () => (/* binding */ upsertComment)
/* harmony export */ });
// The sticky pull-request comment: found again by a hidden marker and updated in place.
// @actions/github loads only here.
/** The hidden marker for one workflow and job: one comment each, even with several jobs. */
function commentMarker(workflow, job) {
    const clean = (s) => s.replace(/--/g, '-').replace(/[<>]/g, '');
    return `<!-- readiness-scorecard: ${clean(workflow)} / ${clean(job)} -->`;
}
async function upsertComment(target, marker, body) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
    const params = { owner: target.owner, repo: target.repo, issue_number: target.pullRequest };
    // All pages: a busy pull request can hold more than 100 comments.
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100 });
    const mine = comments.find((c) => typeof c.body === 'string' && c.body.includes(marker));
    const text = body.includes(marker) ? body : `${marker}\n${body}`;
    if (mine) {
        const r = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: mine.id, body: text });
        return { action: 'updated', id: r.data.id, url: r.data.html_url };
    }
    const r = await octokit.rest.issues.createComment({ ...params, body: text });
    return { action: 'created', id: r.data.id, url: r.data.html_url };
}
/** A warning for a failed comment that says what to do, never echoing the token. */
function describeCommentError(err) {
    const status = err.status;
    if (status === 403 || status === 401) {
        return `could not write the pull-request comment (${status}): the token cannot write comments. Pull requests from forks get a read-only token; otherwise give the job "permissions: pull-requests: write".`;
    }
    if (status === 404)
        return 'could not write the pull-request comment (404): the pull request or repository was not found with this token.';
    if (status !== undefined && status >= 500)
        return `could not write the pull-request comment: GitHub answered ${status}; the scorecard is in the job summary.`;
    return `could not write the pull-request comment: ${err?.message ?? String(err)}`;
}


/***/ })

};
