import { h } from "./dom";

/**
 * Removes trailing items of a list that would be cut off by its scroll-less panel, and says how many are not shown,
 * so a wall screen never shows half a card. Items are expected most important first.
 */
export function dropOverflow(list: HTMLElement, container: HTMLElement, moreText: (hidden: number) => string): number {
  const bottom = container.getBoundingClientRect().bottom;
  if (bottom === 0) {
    return 0; // not laid out (hidden panel): nothing to measure
  }
  let hidden = 0;
  const items = () => [...list.children].filter(c => !c.classList.contains("more")) as HTMLElement[];
  const overflows = () => {
    const last = list.lastElementChild;
    return last !== null && last.getBoundingClientRect().bottom > bottom - 4;
  };
  while (overflows() && items().length > 1) {
    list.querySelector(":scope > .more")?.remove();
    items().at(-1)!.remove();
    hidden++;
    list.append(h("li", { class: "more" }, moreText(hidden)));
  }
  return hidden;
}
