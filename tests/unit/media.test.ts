import { describe, expect, test } from "vitest";
import { mediaProvider } from "../../src/lib/views/media";

describe("mediaProvider names who serves remote media", () => {
  test.each([
    ["YouTube, with www", "https://www.youtube.com/watch?v=abc", "YouTube"],
    ["YouTube's short links", "https://youtu.be/abc", "YouTube"],
    ["Vimeo", "https://vimeo.com/123", "Vimeo"],
    ["SoundCloud", "https://soundcloud.com/artist/track", "SoundCloud"],
    ["a post on X", "https://x.com/user/status/1", "X (Twitter)"],
    ["a tweet's old address", "https://mobile.twitter.com/user/status/1", "X (Twitter)"],
    // Any other host is named by its address, without "www."
    ["a web page", "https://www.news.example/story", "news.example"],
    // A host that only ends like a known one is not that provider.
    ["a look-alike host", "https://notyoutube.com/watch", "notyoutube.com"],
  ])("%s", (_, url, provider) => {
    expect(mediaProvider(url)).toBe(provider);
  });
});
