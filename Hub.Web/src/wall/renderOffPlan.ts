import { h } from "../dom";
import { NotSeenGroup, type OffPlanGroup } from "./model";

/**
 * The "off site / on the road" strip: vehicles away with what they carry, assets known only by who holds them, those
 * whose whereabouts are unknown now, and a count of those never seen at all (listed on the assets page).
 */
export function renderOffPlan(strip: HTMLElement, groups: readonly OffPlanGroup[]): void {
  if (groups.length === 0) {
    strip.replaceChildren(h("span", { class: "empty" }, "Everything is on site"));
    return;
  }
  strip.replaceChildren(...groups.map(group => group.key === NotSeenGroup
    ? h("div", { class: "offplan-group offplan-not-seen", "data-group": group.key, "data-count": group.assets.length },
      h("span", { class: "offplan-title" }, `${group.title}: ${group.assets.length}`))
    : h("div", { class: "offplan-group", "data-group": group.key },
      h("span", { class: "offplan-title" },
        group.vehicle ? h("span", { class: "offplan-vehicle", "data-asset-id": group.vehicle.id, "data-status": group.vehicle.status }, "▶ ") : null,
        group.title,
        group.assets.length > 0 ? h("span", { class: "offplan-count" }, ` ${group.assets.length}`) : null),
      h("span", { class: "offplan-items" }, group.assets.map(a =>
        h("span", { class: "offplan-asset", "data-asset-id": a.id, "data-status": a.status }, a.name))))));
}
