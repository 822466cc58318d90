import type { AssetView } from "../contracts";
import { h } from "../dom";
import { currentHours, formatHours, formatHoursClock } from "../format";
import type { MeterState } from "./running";

const stateText: Record<MeterState, string> = { running: "running", off: "off", unknown: "" };

/**
 * Hour meters. An ignition meter that is on counts on every second from the hub's last reading; an engine counter
 * shows what it last reported (it steps in 0.05 h, so counting on between readings would jump back).
 */
export function renderRunHours(list: HTMLElement, assets: readonly AssetView[], nowMs: number, stateOf: (asset: AssetView) => MeterState): void {
  if (assets.length === 0) {
    list.replaceChildren(h("li", { class: "empty" }, "No metered assets"));
    return;
  }
  list.replaceChildren(...assets.map(asset => {
    const meter = asset.runHours!;
    const hours = currentHours(meter, nowMs);
    const state = stateOf(asset);
    return h("li", { class: "meter", "data-asset-id": asset.id, "data-running": String(state === "running"), "data-state": state },
      h("span", { class: "meter-name" }, asset.name),
      h("span", { class: "meter-hours" }, formatHours(hours)),
      h("span", { class: "meter-clock" }, formatHoursClock(hours)),
      h("span", { class: "meter-state" }, stateText[state]));
  }));
}
