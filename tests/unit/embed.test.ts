import { describe, expect, test } from "vitest";
import { embedCode, oembed } from "../../src/lib/publish/embed";
import { EMBED_HEIGHT_MESSAGE } from "../../src/lib/publish/embed-message";

const SITE_URL = new URL("https://timeline.example");
const EMBEDDABLE = { page: "/events/an-event/", title: 'Talks "resume" & continue', height: 560 };
const code = embedCode(EMBEDDABLE, SITE_URL);
const [frame, listener] = code.split("\n");

describe("the embed code", () => {
  test("a frame of the embed, with a title, lazy, as wide as its column and as tall as asked", () => {
    expect(frame).toBe(
      '<iframe src="https://timeline.example/embed/events/an-event/" title="Talks &quot;resume&quot; &amp; continue" loading="lazy" height="560" style="width:100%;border:0"></iframe>',
    );
  });

  test("then an inline listener and no script from anywhere", () => {
    expect(listener).toMatch(/^<script>[^<]+<\/script>$/);
    expect(code).not.toMatch(/<script[^>]*\ssrc=/);
  });

  /** Runs the listener as a host page would, with one frame, and returns what it does with `event`. */
  function heightAfter(event: { origin: string; fromFrame: boolean; data: unknown }): string {
    const frameElement = { contentWindow: {}, style: { height: "" } };
    let onMessage: (event: object) => void = () => {};
    const script = listener!.replace(/^<script>|<\/script>$/g, "");
    new Function("addEventListener", "document", script)(
      (_type: string, handler: typeof onMessage) => (onMessage = handler),
      { querySelectorAll: () => [frameElement] },
    );
    onMessage({ ...event, source: event.fromFrame ? frameElement.contentWindow : {} });
    return frameElement.style.height;
  }

  test.each([
    { case: "the embed's height message", origin: SITE_URL.origin, fromFrame: true, height: "321px" },
    { case: "another site's message", origin: "https://other.example", fromFrame: true, height: "" },
    {
      case: "a look-alike site's message",
      origin: `${SITE_URL.origin}.other.example`,
      fromFrame: true,
      height: "",
    },
    { case: "a message from another frame", origin: SITE_URL.origin, fromFrame: false, height: "" },
  ])("the listener resizes the frame for $case only", ({ origin, fromFrame, height }) => {
    expect(heightAfter({ origin, fromFrame, data: { type: EMBED_HEIGHT_MESSAGE, height: 321 } })).toBe(
      height,
    );
  });

  test("the listener leaves the frame alone for other messages", () => {
    expect(heightAfter({ origin: SITE_URL.origin, fromFrame: true, data: "hello" })).toBe("");
    expect(
      heightAfter({ origin: SITE_URL.origin, fromFrame: true, data: { type: "other", height: 9 } }),
    ).toBe("");
  });
});

test("the oEmbed response: a rich type 1.0 with the code, its size, title and provider", () => {
  const response = oembed(EMBEDDABLE, SITE_URL);
  expect(Object.keys(response).sort()).toEqual(
    ["height", "html", "provider_name", "provider_url", "title", "type", "version", "width"].sort(),
  );
  expect(response).toMatchObject({
    version: "1.0",
    type: "rich",
    title: EMBEDDABLE.title,
    provider_url: "https://timeline.example/",
    html: code,
    height: 560,
  });
  expect(response.width).toBeGreaterThan(0);
  expect(response.provider_name).toBeTruthy();
});
