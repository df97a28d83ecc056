import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { chromiumPath, OFFLINE_FLAGS } from "./chromium.ts";

/** The repository root: the web server must run there, whatever directory the tests are started from. */
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

const executablePath = chromiumPath();

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
      executablePath,
      args: OFFLINE_FLAGS,
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
