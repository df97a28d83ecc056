// Before first paint: the colour theme, and classes that let the theme control and "Copy link" take
// their place at once, not shift the page later. A page keeps the reader's stored choice (the
// control is src/scripts/theme-choice.ts); an embed (src/layouts/Embed.astro) takes ?theme= from its
// address instead, so it matches the page around it. Otherwise the system's colours apply.
var root = document.documentElement;
root.classList.add("js");
if (navigator.clipboard) root.classList.add("can-copy");
try {
  var theme = root.hasAttribute("data-embed")
    ? new URLSearchParams(location.search).get("theme")
    : localStorage.getItem("theme");
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;
} catch (error) {}
