import { BASE } from "../content/urls";

/**
 * The Content-Security-Policy, in one place: Base.astro puts it in a meta tag and the build
 * writes it, with headers a meta tag cannot carry, to dist/_headers for hosts that read one.
 * No inline script or style is allowed; Pagefind's WebAssembly needs 'wasm-unsafe-eval' and its
 * Web Worker starts from a blob: URL.
 */
const POLICY: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self' 'wasm-unsafe-eval'",
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

/**
 * Netlify/Cloudflare Pages style `_headers` file: the security headers for every path of the site,
 * and a year's cache for the scripts and styles in /_astro/, whose names change with their content.
 */
export const HEADERS_FILE = `${BASE}*
  Content-Security-Policy: ${serialise({ ...POLICY, "frame-ancestors": "'none'" })}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=()
${BASE}_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;
