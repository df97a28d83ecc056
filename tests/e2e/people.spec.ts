import { eachStory, expect, test } from "./fixtures";
import { asShown } from "./story";

interface PersonFrontmatter {
  name: string;
  citations: Array<{ source: string; passage: string }>;
}

eachStory((story) => {
  for (const id of story.ids("people")) {
    const { name, citations } = story.frontmatter<PersonFrontmatter>("people", id);

    test(`/people/${id}/ lists its sources by title, each with the passages it quotes`, async ({ page }) => {
      await page.goto(`/people/${id}/`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(asShown(name));
      const sources = page.getByRole("region", { name: "Sources" });
      const sourceIds = [...new Set(citations.map((citation) => citation.source))];
      await expect(sources.getByRole("listitem")).toHaveCount(sourceIds.length);

      for (const [index, sourceId] of sourceIds.entries()) {
        const item = sources.getByRole("listitem").nth(index);
        const title = story.frontmatter<{ title: string }>("sources", sourceId).title;
        // The source's page here, then, for an article the site only links to, the article itself.
        const links = item.getByRole("link");
        const article = story.citedAddress(sourceId);
        const linked = !article.endsWith(`/sources/${sourceId}/`);
        await expect(links).toHaveCount(linked ? 2 : 1);
        await expect(links.first()).toHaveText(asShown(title));
        await expect(links.first()).toHaveAttribute("href", `/sources/${sourceId}/`);
        if (linked) await expect(links.nth(1)).toHaveAttribute("href", article);
        const passages = citations
          .filter((citation) => citation.source === sourceId)
          .map((c) => asShown(c.passage));
        await expect(item.locator("blockquote")).toHaveText(passages);
      }
    });
  }
});
