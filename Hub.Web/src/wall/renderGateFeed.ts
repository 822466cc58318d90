import type { PassageView } from "../contracts";
import { h } from "../dom";
import { formatAgo, formatTime } from "../format";

/** How long a passage stays highlighted as just happened. */
const FreshMs = 60_000;

/** Newest passages first; each entry reads from across the room: direction, time, what, with whom. */
export function renderGateFeed(
  list: HTMLElement, passages: readonly PassageView[], timeZone: string, nowMs: number, options: { showGate: boolean; max?: number },
): void {
  if (passages.length === 0) {
    list.replaceChildren(h("li", { class: "empty" }, "No gate passages yet"));
    return;
  }
  list.replaceChildren(...passages.slice(0, options.max ?? 12).map(p => {
    const fresh = nowMs - Date.parse(p.ended) < FreshMs;
    const unknown = p.unknownTags.length;
    return h("li", { class: fresh ? "passage fresh" : "passage", "data-passage-id": p.id, "data-direction": p.direction },
      h("div", { class: "passage-head" },
        h("span", { class: "passage-dir" }, p.direction === "in" ? "IN" : "OUT"),
        h("time", { class: "passage-time", datetime: p.started }, formatTime(p.started, timeZone)),
        h("span", { class: "passage-ago" }, formatAgo(p.ended, nowMs)),
        options.showGate ? h("span", { class: "passage-gate" }, p.gateName) : null),
      h("div", { class: "passage-assets" },
        p.assets.length > 0 ? p.assets.map(a => h("span", { class: "passage-asset", "data-asset-id": a.id }, a.name)) : h("span", { class: "none" }, "no assets")),
      p.people.length > 0 ? h("div", { class: "passage-people" }, `with ${p.people.map(x => x.name).join(", ")}`) : null,
      unknown > 0 ? h("div", { class: "passage-unknown", "data-count": unknown }, `+ ${unknown} unknown tag${unknown === 1 ? "" : "s"}`) : null);
  }));
}
