// The stored colour theme, applied before first paint; the control is src/scripts/theme-choice.ts.
try {
  var theme = localStorage.getItem("theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
} catch (error) {}
