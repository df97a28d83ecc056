import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, defineConfig } from "@playwright/test";

/** The repository root: the web server must run there, whatever directory the tests are started from. */
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/**
 * Playwright's own Chromium when it has been installed (`npx playwright install chromium`), else Debian's.
 * `undefined` means "let Playwright pick its bundled build".
 */
function chromiumExecutable(): string | undefined {
  let bundled = "";
  try {
    bundled = chromium.executablePath();
  } catch {
    // No bundled browser registered for this platform; fall through to the system one.
  }
  if (bundled && existsSync(bundled)) return undefined;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  throw new Error(
    "No Chromium found: run `apt-get install -y chromium` (Debian) or `npx playwright install chromium`",
  );
}

const executablePath = chromiumExecutable();

/** The port the built site is served on; set E2E_PORT to run two suites side by side. */
const port = Number(process.env["E2E_PORT"] ?? 4322);

export default defineConfig({
  testDir: "./e2e",
  // Failure screenshots and traces go to tests/test-results/ (git-ignored), not the repository root.
  outputDir: "./test-results",
  workers: 2,
  // Spread the tests of one file (the axe pages above all) over both workers.
  fullyParallel: true,
  retries: 0,
  reporter: "list",
  forbidOnly: !!process.env["CI"],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // Serves the already-built dist/ (the test command runs `npm run build` first).
    // --ignore-lock: Astro 7 refuses to start a second preview server for a project while another one
    // (say, someone's on port 4321) holds .astro/preview.json, and under a coding agent it would move
    // itself to the background and exit; either way Playwright would lose its server.
    command: `npx astro preview --port ${port} --host 127.0.0.1 --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    cwd: repoRoot,
    reuseExistingServer: !process.env["CI"],
  },
});
