// A local HTTP server standing in for the GitHub REST API's issue comments, with pagination and
// programmable failures. Tests never reach GitHub.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string };
}

export interface FakeGitHub {
  url: string;
  comments: FakeComment[];
  /** Pull requests by number: their head commit. */
  pulls: Record<number, { head: { sha: string } }>;
  checkRuns: Record<string, unknown>[];
  /** Node ids of comments minimized through GraphQL, with the classifier. */
  minimized: { id: string; classifier: string }[];
  requests: { method: string; path: string; auth?: string; body?: unknown }[];
  /**
   * Who the token is. Unset: the GITHUB_TOKEN (an app installation), for which GET /user answers
   * 403 and GraphQL's viewer is "github-actions"; comments it writes are by "github-actions[bot]".
   * Set: a personal access token of that user.
   */
  user?: string;
  /** Answer every request with this status (403, 500…) when set. */
  failWith?: number;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => resolve(data ? JSON.parse(data) : undefined));
  });
}

export async function startFakeGitHub(initial: FakeComment[] = []): Promise<FakeGitHub> {
  let nextId = 1000;
  const state: FakeGitHub = { url: '', comments: [...initial], pulls: {}, checkRuns: [], minimized: [], requests: [], close: async () => {} };
  const withUrl = (c: FakeComment) => ({ ...c, node_id: `IC_${c.id}`, html_url: `https://github.example/c/${c.id}` });
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', state.url);
    const body = await readBody(req);
    state.requests.push({ method: req.method ?? '', path: url.pathname + url.search, auth: req.headers.authorization, body });
    if (state.failWith) return send(res, state.failWith, { message: state.failWith === 403 ? 'Resource not accessible by integration' : 'Server Error' });
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && req.method === 'GET') {
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const items = state.comments.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(state.comments.length / perPage));
      const headers: Record<string, string> = {};
      if (page < last) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.toString()}>; rel="next"`;
      }
      return send(res, 200, items.map(withUrl), headers);
    }
    if (list && req.method === 'POST') {
      const c = { id: nextId++, body: (body as { body: string }).body, user: { login: state.user ?? 'github-actions[bot]' } };
      state.comments.push(c);
      return send(res, 201, withUrl(c));
    }
    if (one && req.method === 'PATCH') {
      const c = state.comments.find((x) => x.id === Number(one[3]));
      if (!c) return send(res, 404, { message: 'Not Found' });
      c.body = (body as { body: string }).body;
      return send(res, 200, withUrl(c));
    }
    const pull = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(url.pathname);
    if (pull && req.method === 'GET') {
      const pr = state.pulls[Number(pull[3])];
      return pr ? send(res, 200, { number: Number(pull[3]), ...pr }) : send(res, 404, { message: 'Not Found' });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(url.pathname) && req.method === 'POST') {
      const run = { id: 5000 + state.checkRuns.length, ...(body as Record<string, unknown>) };
      state.checkRuns.push(run);
      return send(res, 201, { ...run, html_url: `https://github.example/runs/${run.id}` });
    }
    if (url.pathname === '/user' && req.method === 'GET') {
      return state.user ? send(res, 200, { login: state.user, type: 'User' }) : send(res, 403, { message: 'Resource not accessible by integration' });
    }
    if (url.pathname === '/graphql' && req.method === 'POST') {
      const { query, variables } = body as { query: string; variables: { id: string } };
      if (/^\s*query\s*\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) return send(res, 200, { data: { viewer: { login: state.user ?? 'github-actions' } } });
      const m = /minimizeComment\(input: \{ subjectId: \$id, classifier: (\w+) \}\)/.exec(query);
      if (!m) return send(res, 200, { errors: [{ message: 'unknown query' }] });
      state.minimized.push({ id: variables.id, classifier: m[1]! });
      return send(res, 200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } });
    }
    return send(res, 404, { message: 'Not Found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((r) => server.close(() => r()));
  return state;
}
