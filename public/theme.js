// Before first paint: the theme (an embed's from ?theme=, a page's as chosen) and control classes.
var root = document.documentElement;
root.classList.add("js");
if (navigator.clipboard) root.classList.add("can-copy");
try {
  var theme = root.hasAttribute("data-embed")
    ? new URLSearchParams(location.search).get("theme")
    : localStorage.getItem("theme");
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;
} catch (e) {}
