// Applies the reader's stored colour theme before first paint (a classic script in <head>, so it
// blocks rendering for the few bytes it takes). The header's theme control is src/scripts/theme-choice.ts.
try {
  var theme = localStorage.getItem("theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
} catch (error) {
  // Storage is blocked: the system preference applies.
}
