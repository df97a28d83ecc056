/**
 * Whole test stories the end-to-end suite also runs on, beside the one in content/: each gets a
 * project of its own in tests/playwright.config.ts, which runs the generic specs on its build in
 * tests/.tmp/<name>-dist/ (made by tests/build-other-stories.ts). A content folder, from the
 * repository root, named as its project is. Plain TypeScript, so that Node runs it as it is.
 */
import { fileURLToPath } from "node:url";

export interface OtherStory {
  name: string;
  content: string;
  /** The only specs its project runs, where it is there for them alone; every generic spec otherwise. */
  specs?: string[];
}

export const OTHER_STORIES: OtherStory[] = [
  { name: "second-story", content: "tests/fixtures/second-story/" },
  // The interface in Vietnamese: axe and search in the story's language (tests/e2e/language.spec.ts).
  { name: "vi-story", content: "tests/fixtures/vi-story/", specs: ["language.spec.ts"] },
];

/** The build of another story: its folder under tests/.tmp/ (git-ignored), with a trailing slash. */
export const otherStoryDist = (name: string) => fileURLToPath(new URL(`.tmp/${name}-dist/`, import.meta.url));
