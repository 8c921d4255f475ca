/**
 * Serves the example page and fixtures on 127.0.0.1 (a free port) for the end-to-end tests,
 * and records every request it gets, so tests can tell what the pages (and the extension) asked for.
 *
 * Generated hostile pages live under /hostile/ (e2e/hostile.ts); /slow/<ms>/<path> answers <path>
 * after <ms> milliseconds (a frame that loads after the page is idle). When ../shared is there, its
 * hardening reproductions are served under /repro/ (with /nest/ and /slow/l5.html, the paths those
 * pages use).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { hostilePage } from './hostile.js';

const ROOT = resolve(import.meta.dirname, '..');
const SERVED = ['examples', 'fixtures', 'e2e/pages'];
/** The shared hardening reproductions, read in place when the folder is there. */
export const REPRO_DIR = resolve(ROOT, '..', 'shared', 'repro', 'hardening');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};
/** The delay the shared late-frame page expects for /slow/l5.html. */
const REPRO_SLOW_MS = 4000;

export interface PageServer {
  origin: string;
  requests: string[];
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** The file a path names, or null when it is outside what the server may serve. */
function fileFor(path: string): string | null {
  if (path.startsWith('/repro/') || path.startsWith('/nest/')) {
    const file = normalize(join(REPRO_DIR, path.replace(/^\/repro\//, '/')));
    return file.startsWith(REPRO_DIR) ? file : null;
  }
  const file = normalize(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
  return SERVED.some((dir) => file.startsWith(join(ROOT, dir))) ? file : null;
}

function answer(url: URL, res: ServerResponse): void {
  const path = decodeURIComponent(url.pathname);
  if (path.startsWith('/hostile/')) {
    const html = hostilePage(path.slice('/hostile/'.length), url.searchParams);
    if (html === null) res.writeHead(404).end('not found');
    else res.writeHead(200, { 'content-type': TYPES['.html']! }).end(html);
    return;
  }
  const file = fileFor(path);
  if (!file) {
    res.writeHead(404).end('not found');
    return;
  }
  readFile(file).then(
    (body) => {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    },
    () => res.writeHead(404).end('not found'),
  );
}

export async function startServer(): Promise<PageServer> {
  const requests: string[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(decodeURIComponent(url.pathname));
    let delay = 0;
    const slow = /^\/slow\/(\d+)(\/.*)$/.exec(url.pathname);
    if (slow) {
      delay = Math.min(30_000, Number(slow[1]));
      url.pathname = slow[2]!;
    } else if (url.pathname === '/slow/l5.html') {
      delay = REPRO_SLOW_MS;
      url.pathname = '/nest/l5.html';
    }
    if (delay === 0) {
      answer(url, res);
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      answer(url, res);
    }, delay);
    timers.add(timer);
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
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => {
          ok();
        });
      }),
  };
}

/** Whether ../shared's hardening reproductions can be served (tests using them skip otherwise). */
export const hasRepro = (): boolean => existsSync(REPRO_DIR);
