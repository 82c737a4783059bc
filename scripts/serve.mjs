// A small static file server for the demo and the tests: www/ at /, data/ at /data/.
// It sends the strict Content-Security-Policy that government sites use, so every page is
// always exercised under it, and it binds to 127.0.0.1 only.
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const defaultMounts = [
  ['/data/', join(root, 'data')],
  ['/', join(root, 'www')],
];

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function resolvePath(mounts, urlPath) {
  for (const [prefix, dir] of mounts) {
    if (urlPath.startsWith(prefix)) {
      const file = normalize(join(dir, urlPath.slice(prefix.length)));
      // Refuse anything that climbs out of the mounted folder.
      return file === dir || file.startsWith(dir + sep) ? file : null;
    }
  }
  return null;
}

// What a web server would compress: everything here but images.
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.wasm', '.svg']);

async function handle(mounts, req, res, { gzip = false } = {}) {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('bad request');
    return;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = resolvePath(mounts, path);
  const info = file && (await stat(file).catch(() => null));
  if (!info || !info.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const headers = {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  };
  const compress = gzip && compressible.has(extname(file))
    && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (compress) {
    delete headers['content-length'];
    Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') res.end();
  else if (compress) createReadStream(file).pipe(createGzip({ level: 9 })).pipe(res);
  else createReadStream(file).pipe(res);
}

/**
 * Starts the server; port 0 picks a free one. `extra` mounts more folders first, as
 * [urlPrefix, absolutePath] pairs (the tests add their fixture pages); `gzip` compresses
 * responses as a production server would (the benchmark's throttled loads). Resolves to
 * { server, url }.
 */
export function startServer(port = 8000, host = '127.0.0.1', extra = [], options = {}) {
  const mounts = [...extra, ...defaultMounts];
  const server = createServer((req, res) => {
    handle(mounts, req, res, options).catch(() => res.writeHead(500).end());
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      ok({ server, url: `http://${host}:${server.address().port}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer(Number(process.argv[2] ?? 8000));
  console.log(`civic-stats demo: ${url}`);
}
