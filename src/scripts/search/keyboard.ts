/**
 * The search page's keys: arrow keys move between the field and the results, Escape returns to the
 * field, and "/" (outside a text field) or Ctrl/⌘-K brings the reader back to it from anywhere.
 */
export function listenForKeys(input: HTMLInputElement, list: HTMLElement): void {
  const moveFocus = (event: KeyboardEvent) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>("a")];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next =
      event.key === "ArrowDown"
        ? links[index + 1]
        : event.key === "ArrowUp"
          ? (links[index - 1] ?? input)
          : event.key === "Escape" && index >= 0
            ? input
            : undefined;
    if (!next) return;
    event.preventDefault();
    next.focus();
  };
  input.addEventListener("keydown", moveFocus);
  list.addEventListener("keydown", moveFocus);
  document.addEventListener("keydown", (event) => focusSearchField(event, input));
}

function focusSearchField(event: KeyboardEvent, input: HTMLInputElement): void {
  const typing = event.target instanceof HTMLElement && event.target.matches("input, textarea, select");
  const slash = event.key === "/" && !typing;
  const commandK = event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey);
  if (!slash && !commandK) return;
  event.preventDefault();
  input.focus();
  input.select();
}
