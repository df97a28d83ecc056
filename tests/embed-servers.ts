/**
 * The two origins of tests/e2e/embed.spec.ts, started by tests/playwright.config.ts:
 * `node tests/embed-servers.ts <site port> <host port> [<build folder>]`.
 * - The site: dist/ (or another story's build) served as a static host serves it, with the headers of dist/_headers, two rules'
 *   values of one header joined as Cloudflare Pages joins them (the merge that would let a stray
 *   frame-ancestors 'none' reach an embed).
 * - Another site, the host: a news article with, in its body, the HTML given in `?html=` (an embed
 *   code, as a CMS would paste it).
 */
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { serveStatic } from "./bench/static-server.ts";

const [sitePort, hostPort] = process.argv.slice(2, 4).map(Number);
const dist = process.argv[4] ?? fileURLToPath(new URL("../dist/", import.meta.url));

const article = (html: string) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>An article on another site</title></head>
  <body>
    <main>
      <h1>An article on another site</h1>
      <p><a href="#before">A link before the embed</a></p>
      ${html}
      <p><a href="#after">A link after the embed</a></p>
    </main>
  </body>
</html>
`;

await serveStatic(dist, sitePort!, {}, "join");
createServer((request, response) => {
  const html = new URL(request.url ?? "/", "http://host.invalid").searchParams.get("html") ?? "";
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(article(html));
}).listen(hostPort, "127.0.0.1");
console.log(`site on ${sitePort}, host on ${hostPort}`);
