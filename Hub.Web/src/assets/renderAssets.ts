import type { AssetView, Page, SiteView } from "../contracts";
import { h } from "../dom";
import { formatAgo, formatDateTime, formatHours } from "../format";
import { StatusLabel } from "../wall/status";

/** Names the page knows for ids in locations: sites, their zones and vehicles. */
export interface Names {
  readonly sites: ReadonlyMap<string, SiteView>;
  readonly assets: ReadonlyMap<string, string>;
}

export function renderAssetRows(body: HTMLElement, page: Page<AssetView>, names: Names, nowMs: number): void {
  if (page.items.length === 0) {
    body.replaceChildren(h("tr", {}, h("td", { colspan: 8, class: "empty" }, "No assets match")));
    return;
  }
  body.replaceChildren(...page.items.map(asset => {
    const timeZone = names.sites.get(asset.location?.site ?? asset.homeSite ?? "")?.timeZone ?? "UTC";
    return h("tr", { "data-asset-id": asset.id, "data-status": asset.status },
      h("td", {}, h("div", { class: "asset-name" }, asset.name), h("div", { class: "sub" }, `${asset.id} · ${asset.category}`)),
      h("td", { class: "tags" }, asset.tags.map(tag => h("code", {}, tag))),
      h("td", {}, h("span", { class: "status-pill" }, StatusLabel[asset.status])),
      h("td", {}, locationText(asset, names)),
      h("td", {}, asset.custodian ? asset.custodian.name ?? asset.custodian.id : "—"),
      h("td", asset.lastSeen ? { title: formatDateTime(asset.lastSeen, timeZone) } : {}, asset.lastSeen ? formatAgo(asset.lastSeen, nowMs) : "never"),
      h("td", { class: "num" }, asset.runHours ? `${formatHours(asset.runHours.hours)}${asset.runHours.running ? " ●" : ""}` : "—"),
      h("td", {}, asset.maintenance.length === 0
        ? "—"
        : asset.maintenance.map(m => h("div", { class: "maint", "data-status": m.status },
          `${m.planName}: ${m.status === "due" ? "DUE" : m.status === "due-soon" ? "due soon" : "ok"}`,
          m.dueAtHours !== null ? ` (${m.dueAtHours.toFixed(0)} h)` : "",
          m.openWorkOrder ? ` · ${m.openWorkOrder}` : ""))));
  }));
}

/** "Tool store, North Depot", "In Van 1", "53.48912, -2.25830", or "unknown". */
export function locationText(asset: AssetView, names: Names): string {
  const location = asset.location;
  if (!location) {
    return "unknown";
  }
  const parts: string[] = [];
  if (location.vehicle) {
    parts.push(`In ${names.assets.get(location.vehicle) ?? location.vehicle}`);
  }
  const site = location.site ? names.sites.get(location.site) : undefined;
  if (location.zone) {
    parts.push(site?.zones.find(z => z.id === location.zone)?.name ?? location.zone);
  }
  if (location.site) {
    parts.push(site?.name ?? location.site);
  }
  if (parts.length === 0 && location.lat !== null && location.lon !== null) {
    parts.push(`${location.lat.toFixed(5)}, ${location.lon.toFixed(5)}`);
  }
  return parts.join(", ") || "unknown";
}

export function renderPager(info: HTMLElement, prev: HTMLButtonElement, next: HTMLButtonElement, page: Page<unknown>): void {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const first = page.total === 0 ? 0 : (page.pageNumber - 1) * page.pageSize + 1;
  const last = Math.min(page.total, page.pageNumber * page.pageSize);
  info.textContent = `${first}–${last} of ${page.total} · page ${page.pageNumber} of ${pages}`;
  prev.disabled = page.pageNumber <= 1;
  next.disabled = page.pageNumber >= pages;
}
