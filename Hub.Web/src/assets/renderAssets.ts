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
      h("td", { class: "location", title: asset.location?.lat != null && asset.location.lon != null ? `GPS ${asset.location.lat.toFixed(5)}, ${asset.location.lon.toFixed(5)}` : null },
        locationText(asset, names)),
      h("td", { class: "custodian" }, custodianText(asset)),
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

/**
 * Where the asset is, in the words the wall screen uses: "Tool store, North Depot", "North Depot, zone unknown",
 * "In Van 1", "Off site, with Amy Clarke" (checked out: the hub knows who has it, not where), "Off site, 53.48912,
 * -2.25830" (GPS only), "Not seen yet", or "unknown" (seen once, whereabouts unknown now).
 */
export function locationText(asset: AssetView, names: Names): string {
  const location = asset.location;
  const parts: string[] = [];
  if (location?.vehicle) {
    parts.push(`In ${names.assets.get(location.vehicle) ?? location.vehicle}`);
  }
  const site = location?.site ? names.sites.get(location.site) : undefined;
  if (location?.zone) {
    parts.push(site?.zones.find(z => z.id === location.zone)?.name ?? location.zone);
  }
  if (location?.site) {
    parts.push(site?.name ?? location.site);
    if (!location.zone && !location.vehicle) {
      parts.push("zone unknown");
    }
  }
  if (parts.length > 0) {
    return parts.join(", ");
  }
  const custodian = asset.custodian;
  if (custodian?.kind === "person" || custodian?.kind === "team") {
    return `Off site, with ${custodian.name ?? custodian.id}`;
  }
  if (custodian?.kind === "vehicle") {
    return `In ${custodian.name ?? names.assets.get(custodian.id) ?? custodian.id}`;
  }
  if (location?.lat != null && location.lon != null) {
    return `Off site, ${location.lat.toFixed(5)}, ${location.lon.toFixed(5)}`;
  }
  if (custodian?.kind === "site") {
    return `On site, ${custodian.name ?? custodian.id}`;
  }
  if (!location && asset.lastSeen === null) {
    return "Not seen yet";
  }
  return asset.status === "checked-out" ? "Off site" : "unknown";
}

/** Who has it: a person or team by name, "In Van 1", or "On site (North Depot)" once it is checked back in. */
export function custodianText(asset: AssetView): string {
  const custodian = asset.custodian;
  if (!custodian) {
    return "—";
  }
  const name = custodian.name ?? custodian.id;
  return custodian.kind === "site" ? `On site (${name})` : custodian.kind === "vehicle" ? `In ${name}` : name;
}

export function renderPager(info: HTMLElement, prev: HTMLButtonElement, next: HTMLButtonElement, page: Page<unknown>): void {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const first = page.total === 0 ? 0 : (page.pageNumber - 1) * page.pageSize + 1;
  const last = Math.min(page.total, page.pageNumber * page.pageSize);
  info.textContent = `${first}–${last} of ${page.total} · page ${page.pageNumber} of ${pages}`;
  prev.disabled = page.pageNumber <= 1;
  next.disabled = page.pageNumber >= pages;
}
