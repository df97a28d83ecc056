/**
 * How static hosts read a site's `_headers` file (Netlify, Cloudflare Pages): rules made of a path
 * pattern, where `*` matches anything, and the headers for the paths it matches. When two rules
 * that match one path set the same header, Netlify sends the later rule's value ("replace") and
 * Cloudflare Pages joins the values with commas ("join"); for a Content-Security-Policy, a joined
 * value is two policies, and the browser enforces both.
 */
export type Merge = "replace" | "join";

export interface HeadersRule {
  pattern: RegExp;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split("\n")) {
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

/** The headers a host sends for `path` (lower-case names), merged as `merge` says. */
export function headersFor(
  rules: readonly HeadersRule[],
  path: string,
  merge: Merge,
): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const rule of rules.filter((rule) => rule.pattern.test(path))) {
    for (const [name, value] of Object.entries(rule.headers)) {
      sent[name] = merge === "join" && sent[name] !== undefined ? `${sent[name]}, ${value}` : value;
    }
  }
  return sent;
}
