import { eachStory, expect, test } from "./fixtures";

interface PersonFrontmatter {
  name: string;
  citations: Array<{ source: string; passage: string }>;
}

eachStory((story) => {
  for (const id of story.ids("people")) {
    const { name, citations } = story.frontmatter<PersonFrontmatter>("people", id);

    test(`/people/${id}/ lists its sources by title, each with the passages it quotes`, async ({ page }) => {
      await page.goto(`/people/${id}/`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      const sources = page.getByRole("region", { name: "Sources" });
      const sourceIds = [...new Set(citations.map((citation) => citation.source))];
      await expect(sources.getByRole("listitem")).toHaveCount(sourceIds.length);

      for (const [index, sourceId] of sourceIds.entries()) {
        const item = sources.getByRole("listitem").nth(index);
        const title = story.frontmatter<{ title: string }>("sources", sourceId).title;
        await expect(item.getByRole("link")).toHaveText(title);
        await expect(item.getByRole("link")).toHaveAttribute("href", `/sources/${sourceId}/`);
        const passages = citations.filter((citation) => citation.source === sourceId).map((c) => c.passage);
        await expect(item.locator("blockquote")).toHaveText(passages);
      }
    });
  }
});
