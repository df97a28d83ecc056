import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join } from "node:path";
import { Readable } from "node:stream";
import { createGzip } from "node:zlib";

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

/**
 * The rules of the site's `_headers` file (what Netlify and Cloudflare Pages read): each a path
 * pattern, where `*` matches anything, and the headers for the paths it matches.
 */
function readHeadersFile(root: string): Array<{ pattern: RegExp; headers: Record<string, string> }> {
  const file = join(root, "_headers");
  if (!existsSync(file)) return [];
  const rules: Array<{ pattern: RegExp; headers: Record<string, string> }> = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("/")) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replaceAll("*", ".*");
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: {} });
    } else if (line.trim() && rules.length > 0) {
      const [name, ...value] = line.trim().split(":");
      rules.at(-1)!.headers[name!.toLowerCase()] = value.join(":").trim();
    }
  }
  return rules;
}

/**
 * Serves a built site as a CDN would: gzip for text, Pagefind's own files (already compressed) as
 * they are, and the headers of the site's `_headers` file. `extraFiles` (path → text) are served
 * as if they were in the site, so a bench can add a page without touching dist/.
 */
export function serveStatic(
  root: string,
  port: number,
  extraFiles: Record<string, string> = {},
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
    const siteHeaders = headerRules.filter((rule) => rule.pattern.test(path)).map((rule) => rule.headers);
    response.writeHead(200, {
      ...Object.assign({}, ...siteHeaders),
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
