/**
 * The share menu (src/components/ShareMenu.astro) is a <details>, which opens and closes without
 * JavaScript; this adds what a reader expects of a menu: Escape closes it and gives the focus back
 * to its button, and a click elsewhere on the page closes it.
 */
const menus = [...document.querySelectorAll<HTMLDetailsElement>("details[data-share-menu]")];

for (const menu of menus) {
  menu.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !menu.open) return;
    menu.open = false;
    menu.querySelector("summary")?.focus();
  });
}

document.addEventListener("click", (event) => {
  for (const menu of menus) {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  }
});
