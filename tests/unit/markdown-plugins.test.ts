import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { describe, expect, test } from "vitest";
import rehypeBasePath from "../../src/markdown/rehype-base-path";
import rehypeLinkPeople from "../../src/markdown/rehype-link-people";
import rehypeMarkDates from "../../src/markdown/rehype-mark-dates";

async function render(markdown: string) {
  const processor = await createMarkdownProcessor({
    rehypePlugins: [
      rehypeMarkDates,
      [
        rehypeLinkPeople,
        {
          people: [
            { slug: "nguyen-hong-dien", names: ["Nguyễn Hồng Diên", "Nguyen Hong Dien", "Minister Dien"] },
            { slug: "howard-lutnick", names: ["Howard Lutnick"] },
          ],
          href: (slug: string) => `/people/${slug}/`,
        },
      ],
    ],
  });
  return (await processor.render(markdown)).code;
}

describe("rehypeMarkDates", () => {
  test.each([
    ["a full date", "held on June 19, 2025, online", '<time datetime="2025-06-19">June 19, 2025</time>'],
    // No year in the text: HTML's yearless form, never an invented year.
    ["a day without a year", "On May 22, they met", '<time datetime="05-22">May 22</time>'],
    [
      "a range keeps its start",
      "held from May 19-22, 2025, in",
      '<time datetime="2025-05-19">May 19-22, 2025</time>',
    ],
    ["a month and year", "focus in early June 2025.", '<time datetime="2025-06">June 2025</time>'],
  ])("marks %s", async (_, markdown, html) => {
    expect(await render(markdown)).toContain(html);
  });

  test("leaves impossible dates and plain words alone", async () => {
    const html = await render("February 30, 2025 and the May Day parade");
    expect(html).not.toContain("<time");
  });
});

describe("rehypeMarkDates in Vietnamese", () => {
  async function renderVi(markdown: string) {
    const processor = await createMarkdownProcessor({
      rehypePlugins: [[rehypeMarkDates, { language: "vi" }]],
    });
    return (await processor.render(markdown)).code;
  }

  test.each([
    ["ngày 19 tháng 6 năm 2025", '<time datetime="2025-06-19">ngày 19 tháng 6 năm 2025</time>'],
    ["Ngày 15 tháng 11 năm 2024,", '<time datetime="2024-11-15">Ngày 15 tháng 11 năm 2024</time>'],
    ["họp 4 tháng 4 năm 2025 tại", '<time datetime="2025-04-04">4 tháng 4 năm 2025</time>'],
    ["vào ngày 19 tháng 6, hai bên", '<time datetime="06-19">ngày 19 tháng 6</time>'],
    ["hạn 19/6/2025.", '<time datetime="2025-06-19">19/6/2025</time>'],
    ["từ ngày 22-5 đến", '<time datetime="05-22">ngày 22-5</time>'],
    ["trong Tháng 3 năm 2024", '<time datetime="2024-03">Tháng 3 năm 2024</time>'],
    ["quý tháng 6/2025", '<time datetime="2025-06">tháng 6/2025</time>'],
  ])("marks %s", async (markdown, html) => {
    expect(await renderVi(markdown)).toContain(html);
  });

  test("leaves lengths of time, fractions and impossible dates alone", async () => {
    const html = await renderVi("kéo dài 3 tháng 6 ngày, tỷ lệ 19/6, ngày 30 tháng 2 năm 2025, May 22, 2025");
    expect(html).not.toContain("<time");
  });
});

describe("rehypeLinkPeople", () => {
  test("links the first mention of each person, in any spelling, and only the first", async () => {
    const html = await render(
      "Nguyen Hong Dien met Howard Lutnick. Minister Dien spoke; Nguyễn Hồng Diên left.",
    );
    expect(html).toContain('<a href="/people/nguyen-hong-dien/" class="person-link">Nguyen Hong Dien</a>');
    expect(html).toContain('<a href="/people/howard-lutnick/" class="person-link">Howard Lutnick</a>');
    expect(html.match(/person-link/g)).toHaveLength(2);
  });

  test("does not link inside headings or existing links, nor inside longer words", async () => {
    const html = await render(
      "## Howard Lutnick\n\n[Howard Lutnick](https://example.com) and Minister Dienxyz",
    );
    expect(html).not.toContain("person-link");
  });
});

describe("rehypeBasePath", () => {
  const base = "/interactive/2025/story/";
  async function renderUnder(markdown: string) {
    const withBase = (path: string) => `${base}${path.slice(1)}`;
    const processor = await createMarkdownProcessor({ rehypePlugins: [[rehypeBasePath, { withBase }]] });
    return (await processor.render(markdown)).code;
  }

  test.each([
    // Links and images written from the site's root get the base.
    ["a link", "[a person](/people/a-person/)", `href="${base}people/a-person/"`],
    ["a link to a place on a page", "[the event](/#an-event)", `href="${base}#an-event"`],
    ["an image", "![a chart](/og/site.png)", `src="${base}og/site.png"`],
    // Everything else stays as written.
    ["a full address", "[an article](https://news.example/a/)", 'href="https://news.example/a/"'],
    ["an address on another host", "[a file](//cdn.example/a.png)", 'href="//cdn.example/a.png"'],
    ["a place on the page", "[below](#below)", 'href="#below"'],
    ["a relative link", "[next](next/)", 'href="next/"'],
  ])("%s", async (_, markdown, html) => {
    expect(await renderUnder(markdown)).toContain(html);
  });
});
