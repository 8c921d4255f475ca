/**
 * Serves the example page and fixtures on 127.0.0.1 (a free port) for the end-to-end tests,
 * and records every request it gets, so tests can tell what the pages (and the extension) asked for.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SERVED = ['examples', 'fixtures', 'e2e/pages'];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface PageServer {
  origin: string;
  requests: string[];
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function startServer(): Promise<PageServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
    if (!SERVED.some((dir) => file.startsWith(join(ROOT, dir)))) {
      res.writeHead(404).end('not found');
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    requests,
    url: (p) => `${origin}/${p.replace(/^\//, '')}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => {
          ok();
        });
      }),
  };
}
