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

/**
 * Removes the last chips of a wrapping strip until it fits its scroll-less panel, least important (last) first, and
 * ends each group that lost some with a "+N more" chip, so a wall screen never shows a list cut off mid-line.
 */
export function dropOverflowChips(strip: HTMLElement, container: HTMLElement, chipSelector: string, moreText: (hidden: number) => string): number {
  const bottom = container.getBoundingClientRect().bottom;
  if (bottom === 0) {
    return 0;
  }
  const overflows = () => Math.max(...[...strip.children].map(c => c.getBoundingClientRect().bottom)) > bottom - 4;
  let hidden = 0;
  while (strip.children.length > 0 && overflows()) {
    const chip = [...strip.querySelectorAll<HTMLElement>(chipSelector)].filter(c => !c.classList.contains("more")).at(-1);
    const parent = chip?.parentElement;
    if (!chip || !parent) {
      break;
    }
    chip.remove();
    hidden++;
    const more = parent.querySelector<HTMLElement>(":scope > .more") ?? parent.appendChild(h("span", { class: "more" }));
    const count = Number(more.dataset.count ?? 0) + 1;
    more.dataset.count = String(count);
    more.textContent = moreText(count);
  }
  return hidden;
}
