import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    // Content builds run `astro build` in child processes; they need time, not speed.
    testTimeout: 120_000,
    // Builds share Astro's .astro/ folder, so test files run one after another.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          // The story settings the code reads (units, kinds, countries, language) come from a fixture,
          // not from content/, so that a fork telling another story keeps these tests green.
          env: { TIMELINE_CONTENT_DIR: "tests/fixtures/good-content" },
        },
      },
      { extends: true, test: { name: "build", include: ["tests/build/**/*.test.ts"] } },
    ],
  },
});
