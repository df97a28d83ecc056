/**
 * What every page runs in <head> before first paint: the colour theme (an embed's from ?theme=, a
 * page's as the reader chose) and the classes that show script-only controls. It is written into
 * the page, so no download holds up the first paint; the Content-Security-Policy allows exactly
 * this text by its hash (src/lib/publish/security-headers.ts), hence a string, not a module.
 */
export const BEFORE_PAINT_SCRIPT = `{
  const root = document.documentElement;
  root.classList.add("js");
  if (navigator.clipboard) root.classList.add("can-copy");
  try {
    const theme = root.hasAttribute("data-embed")
      ? new URLSearchParams(location.search).get("theme")
      : localStorage.getItem("theme");
    if (theme === "light" || theme === "dark") root.dataset.theme = theme;
  } catch {}
}`;
