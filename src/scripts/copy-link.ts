/**
 * "Copy link" buttons (src/components/CopyLink.astro) copy the page's canonical URL. They are
 * shown only where the Clipboard API exists (public/theme.js marks <html> before first paint), so
 * no reader meets a dead button.
 */
const ANNOUNCE_MS = 4000;

for (const control of document.querySelectorAll<HTMLElement>("[data-copy-link]")) {
  const button = control.querySelector("button");
  const status = control.querySelector("[role=status]");
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (!button || !status || !canonical || !navigator.clipboard) continue;
  let clear: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener("click", async () => {
    const copied = await navigator.clipboard.writeText(canonical).then(
      () => true,
      () => false,
    );
    status.textContent = copied ? "Link copied" : "Could not copy the link";
    clearTimeout(clear);
    clear = setTimeout(() => (status.textContent = ""), ANNOUNCE_MS);
  });
}
