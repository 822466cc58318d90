import { h } from "../dom";
import type { MaintenanceCard } from "./model";

const statusText = { ok: "OK", "due-soon": "Due soon", due: "DUE" } as const;

export function renderMaintenance(list: HTMLElement, cards: readonly MaintenanceCard[], max = 8): void {
  if (cards.length === 0) {
    list.replaceChildren(h("li", { class: "empty" }, "No maintenance plans"));
    return;
  }
  list.replaceChildren(...cards.slice(0, max).map(({ asset, plan, hoursLeft, workOrder }) =>
    h("li", { class: "maint-card", "data-status": plan.status, "data-asset-id": asset.id, "data-plan-id": plan.planId },
      h("div", { class: "maint-head" },
        h("span", { class: "maint-status" }, statusText[plan.status]),
        h("span", { class: "maint-asset" }, asset.name)),
      h("div", { class: "maint-due" },
        `${plan.planName} · `,
        plan.dueAtHours !== null ? `due at ${plan.dueAtHours.toFixed(2)} h` : "calendar plan",
        hoursLeft !== null ? h("span", { class: "maint-left" }, hoursLeft >= 0 ? ` · ${hoursLeft.toFixed(2)} h left` : ` · ${(-hoursLeft).toFixed(2)} h over`) : null),
      plan.openWorkOrder
        ? h("div", { class: "maint-wo", "data-work-order": plan.openWorkOrder },
          `Work order ${plan.openWorkOrder}${workOrder ? ` · ${workOrder.status.replace("-", " ")}` : ""}`)
        : null)));
}
