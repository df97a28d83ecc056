import { describe, expect, test } from "vitest";
import { typographicQuotes } from "../../src/lib/views/typographic-quotes";

describe("typographicQuotes", () => {
  test.each([
    // An apostrophe, in text as Astro escapes it.
    ["<p>each country&#39;s level</p>", "<p>each country’s level</p>"],
    // Double quotes around words, and around a link: the quote marks sit in the text on either side.
    ['<p>says "Date not given".</p>', "<p>says “Date not given”.</p>"],
    [
      '<p>The article "<a href="/x/">Title</a>" is ours.</p>',
      '<p>The article “<a href="/x/">Title</a>” is ours.</p>',
    ],
    // Single quotes around a phrase, and a Vietnamese text.
    ["<li>the 'reciprocal' tariff</li>", "<li>the ‘reciprocal’ tariff</li>"],
    ['<h1>Bộ trưởng nói "sẽ ký"</h1>', "<h1>Bộ trưởng nói “sẽ ký”</h1>"],
    // The page's title too.
    ["<title>The minister's visit</title>", "<title>The minister’s visit</title>"],
  ])("%s", (html, expected) => {
    expect(typographicQuotes(html)).toBe(expected);
  });

  test.each([
    // Attributes, code, what a reader copies from a form field, scripts and styles say exactly what they say.
    ['<a title="it\'s" href="/a-b/">x</a>'],
    ['<p>Paste <code>&lt;iframe src="/embed/"&gt;</code></p>'],
    ['<textarea>&lt;iframe title="The minister\'s visit"&gt;</textarea>'],
    ['<pre>"as is"</pre>'],
    ['<script>addEventListener("message", () => {});</script>'],
    ['<style>a::after { content: "\'"; }</style>'],
  ])("leaves %s as it is", (html) => {
    expect(typographicQuotes(html)).toBe(html);
  });

  test("the rest of a page is left byte for byte", () => {
    const page =
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A</title></head><body><p class=x>it\'s &amp; <br>more</p></body></html>';
    expect(typographicQuotes(page)).toBe(page.replace("it's", "it’s"));
  });
});
