import type { GatewayView } from "../contracts";
import { h } from "../dom";
import { formatAgo } from "../format";

export function renderGateways(list: HTMLElement, gateways: Iterable<GatewayView>, nowMs: number): void {
  const sorted = [...gateways].sort((a, b) => Number(a.online) - Number(b.online) || a.id.localeCompare(b.id));
  list.replaceChildren(...sorted.map(g =>
    h("li", { class: "gateway", "data-gateway-id": g.id, "data-online": String(g.online) },
      h("span", { class: "gateway-dot" }),
      `${g.id} `,
      h("span", { class: "gateway-state" }, g.online ? "online" : `offline${g.lastSeen ? ` · ${formatAgo(g.lastSeen, nowMs)}` : ""}`))));
}
