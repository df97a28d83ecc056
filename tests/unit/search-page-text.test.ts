import { describe, expect, test } from "vitest";
import { searchableText, withMentionFilters } from "../../src/lib/search/page-text";

describe("withMentionFilters", () => {
  test("each <time datetime> also names its date as filters; other dates and tags are kept", () => {
    const html =
      '<p>On <time datetime="2025-06-19T21:00+07:00">June 19</time>, not <time datetime="2025">2025</time>.</p>';
    expect(withMentionFilters(html)).toBe(
      '<p>On <time datetime="2025-06-19T21:00+07:00"><span data-pagefind-filter="mentionday:2025-06-19"></span>' +
        '<span data-pagefind-filter="mentionmonth:2025-06"></span><span data-pagefind-filter="mentionmonthday:06-19"></span>' +
        'June 19</time>, not <time datetime="2025">2025</time>.</p>',
    );
  });
});

describe("searchableText", () => {
  test("the text of data-pagefind-body, without what Pagefind ignores", () => {
    const html =
      "<html><body><header>Masthead</header><main><article data-pagefind-body><h1>Harbour talks</h1>" +
      "<nav data-pagefind-ignore>Breadcrumb</nav><p>Ministers met.</p><script>code()</script>" +
      "<textarea>embed</textarea></article></main></body></html>";
    expect(searchableText(html).split(/\s+/)).toEqual(["Harbour", "talks", "Ministers", "met."]);
  });

  test("a page without data-pagefind-body gives no text", () => {
    expect(searchableText("<html><body><p>Not indexed</p></body></html>")).toBe("");
  });
});
