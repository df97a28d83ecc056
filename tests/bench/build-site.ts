import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";

export const ROOT = new URL("../..", import.meta.url).pathname;
const bin = (name: string) => join(ROOT, "node_modules/.bin", name);

export interface BuildCost {
  seconds: number;
  peakMegabytes: number;
}

/** Runs a command under GNU time, for its wall time and peak memory (RSS of the largest process). */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv): BuildCost {
  // The build's own log is not kept: at 10,000 events it outgrows spawnSync's output buffer.
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M", command, ...args], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed: ${result.error ?? ""}\n${result.stderr}`);
  }
  const [seconds, kilobytes] = result.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  return { seconds: seconds!, peakMegabytes: kilobytes! / 1024 };
}

/**
 * Builds the site (from `content`, or the real content/ when absent), search index included, into
 * `folder`/dist, from a clean cache unless `keepCache` (a rebuild, which reuses share images and
 * content data), and returns what it cost.
 */
export function buildSite(
  folder: string,
  content?: string,
  { keepCache = false } = {},
): { dist: string; build: BuildCost } {
  const dist = join(folder, "dist");
  rmSync(dist, { recursive: true, force: true });
  if (!keepCache) rmSync(join(folder, ".astro-cache"), { recursive: true, force: true });
  const env = { ...process.env, ...(content && { TIMELINE_CONTENT_DIR: content }) };
  return { dist, build: timed(bin("astro"), ["build", "--outDir", dist], env) };
}

/** Where benches build the real content; BENCH_REAL_SITE moves it, e.g. away from another checkout's benches. */
export const REAL_SITE = process.env["BENCH_REAL_SITE"] ?? "/tmp/timeline-real";

/** A built site in `folder`/dist, reused when it is already there. */
export function builtSite(folder: string, content?: string): string {
  const dist = join(folder, "dist");
  return existsSync(join(dist, "pagefind", "pagefind.js")) ? dist : buildSite(folder, content).dist;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
