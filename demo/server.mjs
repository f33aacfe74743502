#!/usr/bin/env node
// Serves the built demo record software (demo/dist) with SPA fallback, and a tiny in-memory API
// for the record's own consultation notes. Loopback only. Usage: node demo/server.mjs [--port N]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), 'dist');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/**
 * Starts the server; resolves to { url, close, notes, constantes }. Extra static dirs map URL
 * prefixes to folders (test fixtures).
 */
export async function startDemoServer({ port = 0, host = '127.0.0.1', staticDirs = {} } = {}) {
  const notes = new Map();
  // The record's vital-signs form, per patient: field name → text as typed.
  const constantes = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const api = /^\/api\/patients\/([\w-]+)\/(note|constantes)$/.exec(url.pathname);
    if (api) {
      const [, id, what] = api;
      if (req.method === 'GET') return json(res, 200, what === 'note' ? { text: notes.get(id) ?? '' } : { values: constantes.get(id) ?? {} });
      if (req.method === 'PUT') {
        let body = '';
        for await (const chunk of req) body += chunk;
        try {
          const parsed = JSON.parse(body);
          if (what === 'note') {
            if (typeof parsed.text !== 'string') throw new Error('text');
            notes.set(id, parsed.text);
          } else {
            const values = parsed.values;
            if (!values || typeof values !== 'object' || Object.values(values).some((v) => typeof v !== 'string')) throw new Error('values');
            constantes.set(id, { ...values });
          }
          return json(res, 200, { ok: true });
        } catch {
          return json(res, 400, { error: 'invalid body' });
        }
      }
      return json(res, 405, { error: 'method' });
    }
    for (const [prefix, dir] of Object.entries(staticDirs)) {
      if (url.pathname.startsWith(prefix)) return sendFile(res, dir, url.pathname.slice(prefix.length), false);
    }
    return sendFile(res, root, url.pathname, true);
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    notes,
    constantes,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

function json(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function sendFile(res, dir, pathname, spaFallback) {
  const file = normalize(join(dir, decodeURIComponent(pathname)));
  if (!file.startsWith(dir)) return json(res, 403, { error: 'forbidden' });
  try {
    const s = await stat(file);
    if (s.isFile()) {
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      return res.end(await readFile(file));
    }
  } catch { /* fall through */ }
  if (!spaFallback) return json(res, 404, { error: 'not found' });
  res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' });
  res.end(await readFile(join(dir, 'index.html')));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : Number(process.env.PORT ?? 4780);
  const s = await startDemoServer({ port });
  console.log(`MédiDémo : ${s.url}`);
}
