import { existsSync, readdirSync, readFileSync } from "node:fs";
import { expect, storyUnderTest, test } from "./fixtures";

/*
 * Once published, a URL must keep answering. Each story lists its public URLs in public-urls.txt at
 * the root of its content folder, so a newsroom's fork, with its own story, brings its own list.
 */

/** The story's committed list of public URLs. */
function published(): string[] {
  const file = `${storyUnderTest().content}public-urls.txt`;
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: each story lists there every public URL of its site, one path a line ` +
        '("/", "/events/<slug>/", "/og/site.png"…); to start the list, build the story and list the pages and share images of its dist/',
    );
  }
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("/"));
}

test("every published URL still answers 200 (a moved page answers with a redirect to its new place)", async ({
  request,
}) => {
  const missing: string[] = [];
  for (const url of published()) {
    const response = await request.get(url);
    if (response.status() !== 200) missing.push(`${url} → ${response.status()}`);
  }
  expect(missing, "published URLs that no longer answer; restore them or redirect them").toEqual([]);
});

test("every page of the build is in the list of published URLs", () => {
  const listed = published();
  const unlisted = storyUnderTest()
    .pages()
    .filter((page) => !listed.includes(page));
  expect(
    unlisted,
    "new pages: add them to public-urls.txt in the content folder so they stay published",
  ).toEqual([]);
});

test("every share image of the build is in the list of published URLs", () => {
  const listed = published();
  const images = readdirSync(`${storyUnderTest().dist}og`, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".png"))
    .map((file) => `/og/${file}`);
  expect(images.length).toBeGreaterThan(0);
  const unlisted = images.filter((image) => !listed.includes(image));
  expect(unlisted, "new share images: add them to public-urls.txt in the content folder").toEqual([]);
});
