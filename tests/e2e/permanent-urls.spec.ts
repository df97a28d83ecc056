import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DIST_DIR, distPages, expect, test } from "./fixtures";

/** The committed list of public URLs: once published, a URL must keep answering. */
const PUBLISHED = readFileSync(fileURLToPath(new URL("../fixtures/public-urls.txt", import.meta.url)), "utf8")
  .split("\n")
  .filter((line) => line.startsWith("/"));

test("every published URL still answers 200 (a moved page answers with a redirect to its new place)", async ({
  request,
}) => {
  const missing: string[] = [];
  for (const url of PUBLISHED) {
    const response = await request.get(url);
    if (response.status() !== 200) missing.push(`${url} → ${response.status()}`);
  }
  expect(missing, "published URLs that no longer answer; restore them or redirect them").toEqual([]);
});

test("every page of the build is in the list of published URLs", () => {
  const unlisted = distPages().filter((page) => !PUBLISHED.includes(page));
  expect(unlisted, "new pages: add them to tests/fixtures/public-urls.txt so they stay published").toEqual(
    [],
  );
});

test("every share image of the build is in the list of published URLs", () => {
  const images = readdirSync(`${DIST_DIR}og`, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".png"))
    .map((file) => `/og/${file}`);
  expect(images.length).toBeGreaterThan(0);
  const unlisted = images.filter((image) => !PUBLISHED.includes(image));
  expect(unlisted, "new share images: add them to tests/fixtures/public-urls.txt").toEqual([]);
});
