// A local stand-in for the Actions cache service (the `_apis/artifactcache` API @actions/cache
// speaks when ACTIONS_CACHE_URL is set): entries are reserved, uploaded in chunks, committed, and
// looked up by key prefixes in order, newest first, for the same version, as the service does.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Entry {
  key: string;
  version: string;
  chunks: { start: number; data: Buffer }[];
  archive?: Buffer;
  created: number;
}

export interface CacheService {
  url: string;
  /** Keys of the committed entries, oldest first. */
  keys(): string[];
  /** Every request's method and path, in order. */
  requests: string[];
  close(): Promise<void>;
}

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (d: Buffer) => parts.push(d));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

export async function startCacheService(): Promise<CacheService> {
  const entries: Entry[] = [];
  const requests: string[] = [];
  let created = 0;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      requests.push(`${req.method} ${url.pathname}`);
      const json = (status: number, value?: unknown) => {
        res.writeHead(status, value === undefined ? {} : { 'content-type': 'application/json' });
        res.end(value === undefined ? undefined : JSON.stringify(value));
      };
      const data = await body(req);
      const api = /^\/_apis\/artifactcache\/(cache|caches)(?:\/(\d+))?$/.exec(url.pathname);
      const archive = /^\/archive\/(\d+)$/.exec(url.pathname);
      if (archive && req.method === 'GET') {
        const e = entries[Number(archive[1]) - 1];
        if (!e?.archive) return json(404);
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': e.archive.length });
        return res.end(e.archive);
      }
      if (!api) return json(404);
      const id = api[2] !== undefined ? Number(api[2]) : undefined;
      if (api[1] === 'cache' && req.method === 'GET') {
        const keys = (url.searchParams.get('keys') ?? '').split(',');
        const version = url.searchParams.get('version');
        const committed = entries.map((e, i) => ({ e, i })).filter(({ e }) => e.archive && e.version === version);
        for (const k of keys) {
          const exact = committed.find(({ e }) => e.key === k);
          const newest = exact ?? committed.filter(({ e }) => e.key.startsWith(k)).sort((a, b) => b.e.created - a.e.created)[0];
          if (newest) return json(200, { cacheKey: newest.e.key, scope: 'refs/heads/main', archiveLocation: `http://127.0.0.1:${(server.address() as AddressInfo).port}/archive/${newest.i + 1}` });
        }
        return json(204);
      }
      if (api[1] === 'caches' && id === undefined && req.method === 'POST') {
        const { key, version } = JSON.parse(data.toString()) as { key: string; version: string };
        if (entries.some((e) => e.key === key && e.version === version)) return json(409, { message: `Cache already exists: ${key}` });
        entries.push({ key, version, chunks: [], created: created++ });
        // Ids start at 1: @actions/cache takes 0 for a refused reservation.
        return json(201, { cacheId: entries.length });
      }
      const e = id !== undefined ? entries[id - 1] : undefined;
      if (!e) return json(404);
      if (req.method === 'PATCH') {
        const start = Number(/^bytes (\d+)-/.exec(req.headers['content-range'] ?? '')?.[1]);
        e.chunks.push({ start, data });
        return json(204);
      }
      if (req.method === 'POST') {
        const { size } = JSON.parse(data.toString()) as { size: number };
        const archiveBytes = Buffer.alloc(size);
        for (const c of e.chunks) c.data.copy(archiveBytes, c.start);
        e.archive = archiveBytes;
        return json(204);
      }
      return json(405);
    })().catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    keys: () => entries.filter((e) => e.archive).map((e) => e.key),
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
