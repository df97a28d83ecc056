import { createHash } from "node:crypto";
import { BEFORE_PAINT_SCRIPT } from "../../scripts/before-paint";
import { BASE, embedPath, inDist, PAGES, withBase } from "../content/urls";

/** A CSP hash source for an inline script's exact text. */
function sha256(text: string): string {
  return `sha256-${createHash("sha256").update(text).digest("base64")}`;
}

/**
 * The Content-Security-Policy, in one place: Base.astro puts it in a meta tag and the build
 * writes it, with headers a meta tag cannot carry, to dist/_headers for hosts that read one.
 * The one inline script allowed is the one every page runs before first paint, by its hash; no
 * inline style is. Pagefind's WebAssembly needs 'wasm-unsafe-eval' and its Web Worker starts from
 * a blob: URL.
 */
const POLICY: Record<string, string> = {
  "default-src": "'self'",
  "script-src": `'self' '${sha256(BEFORE_PAINT_SCRIPT)}' 'wasm-unsafe-eval'`,
  "worker-src": "'self' blob:",
  "style-src": "'self'",
  "img-src": "'self'",
  "connect-src": "'self'",
  "font-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "form-action": "'self'",
};

const serialise = (policy: Record<string, string>) =>
  Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join("; ");

/** For `<meta http-equiv>`, which ignores frame-ancestors. */
export const CSP_META = serialise(POLICY);

/** The file's name in dist/. */
export const HEADERS_FILE_NAME = "_headers";

/** The embeds' folder in dist/, "embed/". */
const EMBED_FOLDER = inDist(embedPath(PAGES.home));

/** A rule of the file: a path, where "*" matches anything, and the headers for the paths it matches. */
const rule = (path: string, headers: string[]) => `${path}\n${headers.map((line) => `  ${line}\n`).join("")}`;

const policy = (frameAncestors: string) =>
  `Content-Security-Policy: ${serialise({ ...POLICY, "frame-ancestors": frameAncestors })}`;

/**
 * A Netlify/Cloudflare Pages style `_headers` file: the security headers for every path of the
 * site, and a year's cache for the scripts and styles in /_astro/ and the brand's files in /brand/
 * (src/brand.ts), whose names change with their content. Hosts merge the rules that match one path
 * differently (Netlify lets the later one's header replace the earlier one's; Cloudflare Pages joins
 * their values, so two policies would both apply), hence no two rules that can match one path set
 * the same header. The embeds (/embed/*) may be framed by any site, or by `embedOrigins` only; the
 * policy that forbids framing has a rule for the home page and one for each other folder and page
 * of dist/ (from `topLevel`, the names of its entries, folders ending in "/", read when the build is
 * done: "about/" → /about/*, "404.html"), whatever new folder a later change adds.
 */
export function headersFile(topLevel: readonly string[], embedOrigins?: readonly string[]): string {
  const unframed = [...topLevel]
    .sort()
    .filter((entry) => entry !== EMBED_FOLDER && /(\/|\.html)$/.test(entry))
    .map((entry) => withBase(`/${entry}${entry.endsWith("/") ? "*" : ""}`));
  return [
    rule(`${BASE}*`, [
      "X-Content-Type-Options: nosniff",
      "Referrer-Policy: strict-origin-when-cross-origin",
      "Permissions-Policy: camera=(), microphone=(), geolocation=()",
    ]),
    ...[BASE, ...unframed].map((path) => rule(path, [policy("'none'")])),
    rule(`${BASE}${EMBED_FOLDER}*`, [policy(embedOrigins ? ["'self'", ...embedOrigins].join(" ") : "*")]),
    ...[`${BASE}_astro/*`, `${BASE}brand/*`].map((path) =>
      rule(path, ["Cache-Control: public, max-age=31536000, immutable"]),
    ),
  ].join("");
}
