/**
 * The display font (story.yaml's brand.font, served from /brand/) sets the masthead and every
 * heading in full, whatever the story's script: the build cuts it to the story's characters and
 * refuses text it lacks, so no letter is left to a fallback font. One page of each template; not
 * the embeds, which keep to the serif stack (src/styles/tokens.css) and their 15 KB.
 */
import { templateSamples } from "./axe";
import { eachStory, test } from "./fixtures";
import { expectDisplayFont } from "./rendered-fonts";

eachStory((story) => {
  for (const path of [...templateSamples(story.pages())].filter((path) => !path.startsWith("/embed/"))) {
    test(`the masthead and headings are in the display font alone on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectDisplayFont(page, path);
    });
  }
});
