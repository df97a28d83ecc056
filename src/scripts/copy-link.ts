/**
 * Copy buttons: "Copy link" (src/components/CopyLink.astro) copies the page's canonical URL, and
 * "Copy embed code" (EmbedCode.astro) the text of the field its control names (data-copy-field).
 * Each control gives the words that say whether it worked (data-copied, data-not-copied). They are
 * shown only where the Clipboard API exists (src/scripts/before-paint.ts marks <html> before first paint), so
 * no reader meets a dead button.
 */
const ANNOUNCE_MS = 4000;

/** What a control copies: the text of its field, or the page's canonical URL. */
function textOf(control: HTMLElement): string | undefined {
  const field = control.dataset["copyField"];
  if (field) return document.querySelector<HTMLTextAreaElement>(`#${field}`)?.value;
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
}

for (const control of document.querySelectorAll<HTMLElement>("[data-copy-link], [data-copy-field]")) {
  const button = control.querySelector("button");
  const status = control.querySelector("[role=status]");
  const text = textOf(control);
  if (!button || !status || !text || !navigator.clipboard) continue;
  let clear: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener("click", async () => {
    const copied = await navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    );
    status.textContent = (copied ? control.dataset["copied"] : control.dataset["notCopied"]) ?? "";
    clearTimeout(clear);
    clear = setTimeout(() => (status.textContent = ""), ANNOUNCE_MS);
  });
}
