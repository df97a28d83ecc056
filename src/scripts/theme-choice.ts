/**
 * The footer's light / dark / system control, out of the reader's way. src/scripts/before-paint.ts has already applied the stored choice
 * before first paint, and shown this control (hidden without JavaScript, where the system
 * preference applies); this script stores what the reader picks.
 */
const STORAGE_KEY = "theme";
const control = document.querySelector<HTMLElement>("[data-theme-choice]");
const select = control?.querySelector("select");

function store(theme: string): void {
  try {
    if (theme === "system") localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage is blocked: the choice lasts for this page only.
  }
}

if (control && select) {
  select.value = document.documentElement.dataset["theme"] ?? "system";
  select.addEventListener("change", () => {
    const theme = select.value;
    if (theme === "system") delete document.documentElement.dataset["theme"];
    else document.documentElement.dataset["theme"] = theme;
    store(theme);
  });
}
