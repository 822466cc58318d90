import type { AssetView } from "../contracts";
import { h } from "../dom";
import { currentHours, formatHours, formatHoursClock } from "../format";

/** Hour meters; a running one counts on every second from the hub's last reading. */
export function renderRunHours(list: HTMLElement, assets: readonly AssetView[], nowMs: number): void {
  if (assets.length === 0) {
    list.replaceChildren(h("li", { class: "empty" }, "No metered assets"));
    return;
  }
  list.replaceChildren(...assets.map(asset => {
    const meter = asset.runHours!;
    const hours = currentHours(meter, nowMs);
    return h("li", { class: "meter", "data-asset-id": asset.id, "data-running": String(meter.running) },
      h("span", { class: "meter-name" }, asset.name),
      h("span", { class: "meter-hours" }, formatHours(hours)),
      h("span", { class: "meter-clock" }, formatHoursClock(hours)),
      h("span", { class: "meter-state" }, meter.running ? "running" : "off"));
  }));
}
