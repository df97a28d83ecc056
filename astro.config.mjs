// @ts-check
import { defineConfig } from "astro/config";
import { unified } from "@astrojs/markdown-remark";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSlug from "rehype-slug";
import { CACHE_DIR, CONTENT_DIR } from "./src/lib/content/content-dir";
import rehypeBasePath from "./src/markdown/rehype-base-path";
import rehypeLinkPeople from "./src/markdown/rehype-link-people";
import rehypeMarkDates from "./src/markdown/rehype-mark-dates";
import { readPeopleNames } from "./src/markdown/people-names";
import { HEADERS_FILE_NAME, headersFile } from "./src/lib/publish/security-headers";
import { readdirSync, writeFileSync } from "node:fs";
import { SITE } from "./src/config";
import sitemap from "@astrojs/sitemap";
import { BASE, isEmbedPath, isSeriesAlias, personPath, withBase } from "./src/lib/content/urls";
import { searchIndex } from "./src/lib/search/build-index";

export default defineConfig({
  // The public address, used for canonical URLs; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? "https://vn-us-trade-timeline.example",
  // The path the site is served under, from BASE_PATH ("/" when unset): every URL helper adds it.
  base: BASE,
  trailingSlash: "always",
  cacheDir: CACHE_DIR,
  // Two entries with one slug, or two pages at one URL, must fail the build, not overwrite.
  prerenderConflictBehavior: "error",
  integrations: [
    // Canonical pages only: a series' short links and the embeds point to their full page (the 404 page is left out by default).
    sitemap({
      filter: (page) => !isSeriesAlias(new URL(page).pathname) && !isEmbedPath(new URL(page).pathname),
    }),
    // Pagefind over the built pages: it reads every page the other integrations leave.
    searchIndex(),
    {
      // Last, so that its rules cover every top-level folder and file of dist/, pagefind/ included.
      name: "security-headers",
      hooks: {
        "astro:build:done": ({ dir }) => {
          const topLevel = readdirSync(dir, { withFileTypes: true }).map(
            (entry) => `${entry.name}${entry.isDirectory() ? "/" : ""}`,
          );
          writeFileSync(new URL(HEADERS_FILE_NAME, dir), headersFile(topLevel, SITE.embedOrigins));
        },
      },
    },
  ],
  vite: {
    // Scripts as files, never inline: cached across pages, and allowed by a strict Content-Security-Policy.
    // One stylesheet for the whole site (about 2 KB gzip): one request per page, cached for the next.
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
  },
  markdown: {
    processor: unified({
      rehypePlugins: [
        rehypeSlug,
        [rehypeAutolinkHeadings, { behavior: "wrap" }],
        [rehypeExternalLinks, { rel: ["external", "noopener", "noreferrer"] }],
        rehypeMarkDates,
        // Before the links to people, which carry the base already.
        [rehypeBasePath, { withBase }],
        [rehypeLinkPeople, { people: readPeopleNames(CONTENT_DIR), href: personPath }],
      ],
    }),
  },
});
