// Before first paint: the stored colour theme (the control is src/scripts/theme-choice.ts), and
// classes that let the theme control and "Copy link" take their place at once, not shift the page later.
document.documentElement.classList.add("js");
if (navigator.clipboard) document.documentElement.classList.add("can-copy");
try {
  var theme = localStorage.getItem("theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
} catch (error) {}
