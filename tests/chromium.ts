import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/**
 * The Chromium that tests and benchmarks drive: Playwright's own build when it has been installed
 * (`npx playwright install chromium`), else Debian's.
 */
export function chromiumPath(): string {
  let bundled = "";
  try {
    bundled = chromium.executablePath();
  } catch {
    // No bundled browser registered for this platform; fall through to the system one.
  }
  if (bundled && existsSync(bundled)) return bundled;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  throw new Error(
    "No Chromium found: run `apt-get install -y chromium` (Debian) or `npx playwright install chromium`",
  );
}

/** Flags for a machine without outside network: keep Chromium's own services from trying to reach it. */
export const OFFLINE_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
