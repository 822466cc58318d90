import { h } from "../dom";
import type { OffPlanGroup } from "./model";

/** The "off site / on the road" strip: vehicles away with what they carry, and assets known only by who holds them. */
export function renderOffPlan(strip: HTMLElement, groups: readonly OffPlanGroup[]): void {
  if (groups.length === 0) {
    strip.replaceChildren(h("span", { class: "empty" }, "Everything is on site"));
    return;
  }
  strip.replaceChildren(...groups.map(group =>
    h("div", { class: "offplan-group", "data-group": group.key },
      h("span", { class: "offplan-title" },
        group.vehicle ? h("span", { class: "offplan-vehicle", "data-asset-id": group.vehicle.id, "data-status": group.vehicle.status }, "▶ ") : null,
        group.title,
        group.assets.length > 0 ? h("span", { class: "offplan-count" }, ` ${group.assets.length}`) : null),
      h("span", { class: "offplan-items" }, group.assets.map(a =>
        h("span", { class: "offplan-asset", "data-asset-id": a.id, "data-status": a.status }, a.name))))));
}
