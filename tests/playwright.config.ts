import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { chromiumPath, OFFLINE_FLAGS } from "./chromium.ts";
import { OTHER_STORIES, otherStoryDist } from "./other-stories.ts";

/** The repository root: the web server must run there, whatever directory the tests are started from. */
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

const executablePath = chromiumPath();

/** The port the built site is served on; set E2E_PORT to run two suites side by side. */
const port = Number(process.env["E2E_PORT"] ?? 4322);

/**
 * The font set-ups the suite runs under, one project each: Chromium reads the fontconfig file
 * tests/fonts/<name>.conf, which leaves it only the named sans and serif families. Their metrics
 * differ both ways (DejaVu sets words wider; Noto, close to Android's default, sizes form fields
 * wider), so a layout that holds in both does not lean on one font's. tests/e2e/fonts.spec.ts checks
 * that the page really renders in them.
 *
 * The first set-up runs the whole suite, with axe on every page at 320 px in both colour schemes
 * and at desktop width on one page of each template (@template-sample): the pages of a template
 * share their layout and colours, and differ only in content, which the 320 px runs check on every
 * page (measured in CI, a11y.spec was 70% of the suite's time). The second runs what text metrics
 * can change: every spec that lays pages out, the reflow check on every page, and axe at 320 px on
 * one page of each template (its rules on text metrics: target sizes, overlaps). It leaves out the
 * axe runs at desktop width and in dark mode (the same rules on roomier or recoloured layouts) and
 * the specs that test data, search logic or headers rather than layout. The whole suite twice took
 * 25 minutes of CI's 30.
 */
const FONT_SETUPS = [
  { name: "dejavu", sans: "DejaVu Sans", serif: "DejaVu Serif", layoutOnly: false },
  { name: "noto", sans: "Noto Sans", serif: "Noto Serif", layoutOnly: true },
] as const;

/**
 * A second build, made with BASE_PATH, as a newsroom hosting the site under a sub-path would, and
 * served there on a port of its own, out of the way of neighbouring suites' E2E_PORT. The
 * base-path project runs on it the tests tagged @base-path, the link crawl and search from a shared
 * link, which would catch a URL that misses the base. Its folder is git-ignored.
 */
const BASE_PATH = {
  base: "/interactive/2025/timeline/",
  dist: fileURLToPath(new URL(".tmp/base-path-dist/", import.meta.url)),
  port: port + 100,
};

/**
 * tests/e2e/embed.spec.ts frames the embeds in an article of another site: dist/ served with its
 * _headers as a host serves it, and the article, on two ports of their own (tests/embed-servers.ts).
 */
const EMBED_PORTS = { site: port + 200, host: port + 201 };

/**
 * Other whole stories (tests/other-stories.ts), each built into tests/.tmp/ by
 * tests/build-other-stories.ts and served on a port of its own, with embed servers of its own
 * (tests/embed-servers.ts, on the next free ports after the stories'): their projects run the
 * generic specs (or only the specs a story names), not this story's facts nor the font set-ups, and
 * axe and the reflow check once per page template (the pages tagged @template-sample; axe at
 * desktop, light) rather than on every page at every width: the sweep of every page stays with the
 * story in content/.
 */
const OTHER_SITES = OTHER_STORIES.map(({ name, content, specs }, index) => ({
  name,
  content,
  specs,
  dist: otherStoryDist(name),
  port: port + 300 + index,
  embedPorts: { site: port + 400 + 2 * index, host: port + 401 + 2 * index },
}));
/** Each story's own tests (one per page, person…) are tagged with its name: a project runs its own only. */
const storyTags = (names: string[]) => names.map((name) => `@${name}\\b`);

/** The specs of the stories that name theirs (tests/other-stories.ts `specs`), which no other project runs. */
const OWN_PROJECT_ONLY = OTHER_SITES.flatMap((site) => site.specs ?? []);
/**
 * Specs that run under the first font set-up only: right-to-left. The other stories run it too, on
 * theirs: a phase, a series, a figure shows only in a story that has one.
 */
const FIRST_FONT_ONLY = ["rtl.spec.ts", ...OWN_PROJECT_ONLY];

/** Specs whose outcome no font can change: files, data, headers and search results. */
const NOT_LAYOUT = [
  "calendar",
  "embed",
  "feeds",
  "links",
  "no-js",
  "permanent-urls",
  "reading",
  "search",
  "search-excerpts",
  "search-intent",
  "security",
  "sitemap",
  "sources",
  "story-vn-us-trade-talks",
  "structured-data",
  "timeline-data",
  "timelinejs",
].map((name) => `${name}.spec.ts`);

/** The environment Chromium starts with: this process's, with the font set-up's fontconfig file. */
function browserEnv(setup: string): Record<string, string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return { ...env, FONTCONFIG_FILE: fileURLToPath(new URL(`fonts/${setup}.conf`, import.meta.url)) };
}

/** A project's grepInvert from the patterns of the titles and tags it leaves out, if any. */
function grepInvert(patterns: string[]): { grepInvert?: RegExp } {
  return patterns.length > 0 ? { grepInvert: new RegExp(patterns.join("|")) } : {};
}

export default defineConfig({
  testDir: "./e2e",
  // Failure screenshots and traces go to tests/test-results/ (git-ignored), not the repository root.
  outputDir: "./test-results",
  workers: 2,
  // Spread the tests of one file (the axe pages above all) over both workers.
  fullyParallel: true,
  retries: 0,
  reporter: "list",
  metadata: { embedPorts: EMBED_PORTS },
  forbidOnly: !!process.env["CI"],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
  },
  projects: [
    ...FONT_SETUPS.map(({ name, sans, serif, layoutOnly }) => ({
      name,
      testIgnore: layoutOnly ? [...NOT_LAYOUT, ...FIRST_FONT_ONLY] : OWN_PROJECT_ONLY,
      ...grepInvert([
        ...(layoutOnly
          ? ["axe, desktop", "axe, 320px, dark", "axe, 320px, light(?!.*@template-sample)"]
          : ["axe, desktop, (?!.*@template-sample)"]),
        ...storyTags(OTHER_SITES.map((site) => site.name)),
      ]),
      // The families the page must render in, for tests/e2e/fonts.spec.ts.
      metadata: { sans, serif },
      use: { launchOptions: { executablePath, args: OFFLINE_FLAGS, env: browserEnv(name) } },
    })),
    ...OTHER_SITES.map(({ name, specs, dist, port, embedPorts }) => ({
      name,
      ...(specs
        ? { testMatch: specs }
        : { testIgnore: ["fonts.spec.ts", "story-*.spec.ts", ...OWN_PROJECT_ONLY] }),
      ...grepInvert([
        "axe, (?!desktop, light.*@template-sample)",
        "does not scroll sideways(?!.*@template-sample)",
        ...storyTags(["story", ...OTHER_SITES.map((site) => site.name).filter((other) => other !== name)]),
      ]),
      metadata: { story: name, site: { base: "/", dist }, embedPorts },
      use: {
        baseURL: `http://127.0.0.1:${port}`,
        launchOptions: { executablePath, args: OFFLINE_FLAGS, env: browserEnv("dejavu") },
      },
    })),
    {
      name: "base-path",
      grep: /@base-path/,
      ...grepInvert(storyTags(OTHER_SITES.map((site) => site.name))),
      // The site tests/e2e/fixtures.ts hands the specs: their paths get the base through sitePath().
      metadata: { site: { base: BASE_PATH.base, dist: BASE_PATH.dist } },
      use: {
        baseURL: `http://127.0.0.1:${BASE_PATH.port}`,
        launchOptions: { executablePath, args: OFFLINE_FLAGS, env: browserEnv("dejavu") },
      },
    },
  ],
  webServer: [
    // Each other story, served from its build.
    ...OTHER_SITES.map(({ dist, port }) => ({
      // Built by tests/build-other-stories.ts, which `npm run test:e2e` runs before Playwright.
      command: `npx astro preview --outDir ${dist} --port ${port} --host 127.0.0.1 --ignore-lock`,
      url: `http://127.0.0.1:${port}/`,
      cwd: repoRoot,
      reuseExistingServer: !process.env["CI"],
      timeout: 180_000,
    })),
    ...OTHER_SITES.map(({ embedPorts, dist }) => ({
      command: `npx node tests/embed-servers.ts ${embedPorts.site} ${embedPorts.host} ${dist}`,
      url: `http://127.0.0.1:${embedPorts.site}/`,
      cwd: repoRoot,
      reuseExistingServer: !process.env["CI"],
      // It serves the build that the story's server above makes: it may wait as long.
      timeout: 180_000,
    })),
    {
      // Serves the already-built dist/ (the test command runs `npm run build` first).
      // --ignore-lock: Astro 7 refuses to start a second preview server for a project while another one
      // (say, someone's on port 4321) holds .astro/preview.json, and under a coding agent it would move
      // itself to the background and exit; either way Playwright would lose its server.
      command: `npx astro preview --port ${port} --host 127.0.0.1 --ignore-lock`,
      url: `http://127.0.0.1:${port}/`,
      cwd: repoRoot,
      reuseExistingServer: !process.env["CI"],
    },
    {
      // Builds the base-path site whenever dist/ is newer, so it is built from the same code as
      // dist/ without another step in every command that runs the suite; then serves it, with
      // BASE_PATH set so that `astro preview` serves it under the base too.
      command: [
        `export BASE_PATH=${BASE_PATH.base}`,
        `{ [ ${BASE_PATH.dist}index.html -nt dist/index.html ] || npx astro build --outDir ${BASE_PATH.dist}; }`,
        `npx astro preview --outDir ${BASE_PATH.dist} --port ${BASE_PATH.port} --host 127.0.0.1 --ignore-lock`,
      ].join(" && "),
      url: `http://127.0.0.1:${BASE_PATH.port}${BASE_PATH.base}`,
      cwd: repoRoot,
      reuseExistingServer: !process.env["CI"],
      // The build comes first: about as long as `npm run build`.
      timeout: 180_000,
    },
    {
      command: `npx node tests/embed-servers.ts ${EMBED_PORTS.site} ${EMBED_PORTS.host}`,
      url: `http://127.0.0.1:${EMBED_PORTS.site}/`,
      cwd: repoRoot,
      reuseExistingServer: !process.env["CI"],
    },
  ],
});
