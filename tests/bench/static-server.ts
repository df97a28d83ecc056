import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join } from "node:path";
import { Readable } from "node:stream";
import { createGzip } from "node:zlib";
import { headersFor, parseHeadersFile, type HeadersRule, type Merge } from "../headers-file.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};

export interface StaticServer {
  server: Server;
  /** Every response body sent: bytes on the wire and the file's own size; the bench empties it between phases. */
  sent: Array<{ path: string; bytes: number; raw: number }>;
}

/** The rules of the site's `_headers` file, if it has one. */
function readHeadersFile(root: string): HeadersRule[] {
  const file = join(root, "_headers");
  return existsSync(file) ? parseHeadersFile(readFileSync(file, "utf8")) : [];
}

/**
 * Serves a built site as a CDN would: gzip for text, Pagefind's own files (already compressed) as
 * they are, and the headers of the site's `_headers` file. `extraFiles` (path → text) are served
 * as if they were in the site, so a bench can add a page without touching dist/. `merge` is how
 * the host joins two rules' values of one header (tests/headers-file.ts).
 */
export function serveStatic(
  root: string,
  port: number,
  extraFiles: Record<string, string> = {},
  merge: Merge = "replace",
): Promise<StaticServer> {
  const sent: StaticServer["sent"] = [];
  const headerRules = readHeadersFile(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const extraPath = path.endsWith("/") ? `${path}index.html` : path;
    const extra = extraFiles[extraPath];
    if (extra === undefined && !existsSync(file)) {
      response.writeHead(404).end("not found");
      return;
    }
    const type = TYPES[extname(extra === undefined ? file : extraPath)] ?? "application/octet-stream";
    const gzip =
      type !== "application/octet-stream" && /gzip/.test(String(request.headers["accept-encoding"]));
    response.writeHead(200, {
      ...headersFor(headerRules, path, merge),
      "content-type": type,
      ...(gzip && { "content-encoding": "gzip" }),
    });
    const source = extra === undefined ? createReadStream(file) : Readable.from([Buffer.from(extra)]);
    const body = gzip ? source.pipe(createGzip({ level: 9 })) : source;
    const raw = extra === undefined ? statSync(file).size : Buffer.byteLength(extra);
    const record = { path, bytes: 0, raw };
    sent.push(record);
    body.on("data", (chunk: Buffer) => (record.bytes += chunk.length));
    body.pipe(response);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve({ server, sent })));
}
