import type { AssetView, SiteView } from "../contracts";
import { pathOf, present, round, s } from "../dom";
import { centroid } from "../layout";
import { StatusLabel } from "./status";
import { LabelBandShare, type PlanMarker } from "./model";

const Margin = 1.5;
const siteDrawn = new WeakMap<SVGSVGElement, SiteView>();

/**
 * Draws the site plan in plan metres (y down). The static layer (zones, gate, receivers) is redrawn only when the
 * site changes; asset markers are kept per asset id and moved, so a CSS transition animates a move between zones.
 */
export function renderPlan(svg: SVGSVGElement, site: SiteView, markers: readonly PlanMarker[]): void {
  if (siteDrawn.get(svg) !== site) {
    drawStatic(svg, site);
    siteDrawn.set(svg, site);
  }
  const layer = svg.querySelector<SVGGElement>("g.markers")!;
  const existing = new Map<string, SVGGElement>();
  for (const g of layer.querySelectorAll<SVGGElement>("g.marker")) {
    existing.set(g.dataset.assetId!, g);
  }
  for (const marker of markers) {
    const g = existing.get(marker.asset.id) ?? layer.appendChild(s("g", { class: "marker", "data-asset-id": marker.asset.id }));
    existing.delete(marker.asset.id);
    updateMarker(g, marker);
  }
  for (const gone of existing.values()) {
    gone.remove();
  }
}

function drawStatic(svg: SVGSVGElement, site: SiteView): void {
  const width = site.plan?.width ?? 100;
  const height = site.plan?.height ?? 100;
  svg.setAttribute("viewBox", `${-Margin} ${-Margin} ${width + 2 * Margin} ${height + 2 * Margin}`);
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  const labelSize = height * LabelBandShare * 0.55;

  const zones = site.zones.map(zone => {
    const xs = zone.area.map(p => p[0]);
    const ys = zone.area.map(p => p[1]);
    const narrow = Math.max(...xs) - Math.min(...xs) < labelSize * zone.name.length * 0.5;
    const [cx] = centroid(zone.area);
    return s("g", { class: "zone", "data-zone-id": zone.id, "data-kind": zone.kind },
      s("path", { d: pathOf(zone.area) }),
      narrow
        // A lane too narrow for its name gets it written along its length.
        ? s("text", {
          class: "zone-label", x: round(cx), y: round(Math.min(...ys) + 1), "font-size": round(labelSize * 0.6),
          transform: `rotate(90 ${round(cx)} ${round(Math.min(...ys) + 1)})`, "dominant-baseline": "middle",
        }, zone.name)
        : s("text", {
          class: "zone-label", x: round(Math.min(...xs) + 1.2), y: round(Math.min(...ys) + labelSize * 1.05), "font-size": round(labelSize),
        }, zone.name));
  });

  const mark = Math.max(width, height) / 60;
  const gates = site.gates.filter(g => g.position).map(gate => {
    const [x, y] = gate.position!;
    return s("g", { class: "gate", "data-gate-id": gate.id, transform: `translate(${x} ${y})` },
      s("rect", { x: -mark * 0.35, y: -mark * 1.6, width: mark * 0.7, height: mark * 3.2, rx: mark * 0.2 }),
      s("text", { class: "gate-label", x: mark * 0.35, y: mark * 2.7, "font-size": round(mark * 0.9), "text-anchor": "end" }, gate.name));
  });
  const receivers = site.receivers.filter(r => r.position).map(receiver => {
    const [x, y] = receiver.position!;
    const r = mark * 0.45;
    return s("g", { class: "receiver", "data-receiver-id": receiver.id, transform: `translate(${x} ${y})` },
      s("path", { d: `M0 ${-r} L${r} ${r * 0.8} L${-r} ${r * 0.8} Z` }),
      s("title", {}, `BLE receiver ${receiver.id}`));
  });

  svg.replaceChildren(...present<SVGElement>(
    // A configured plan image (a drawing of the depot) goes under the zones, stretched to the plan's frame.
    site.plan?.image ? s("image", { class: "plan-image", href: site.plan.image, x: 0, y: 0, width, height, preserveAspectRatio: "none" }) : null,
    site.zones.length === 0
      ? s("text", { class: "plan-empty", x: width / 2, y: height / 2, "font-size": round(height / 16), "text-anchor": "middle" }, "No zones configured for this site")
      : null,
    s("g", { class: "zones" }, zones),
    s("g", { class: "receivers" }, receivers),
    s("g", { class: "gates" }, gates),
    s("g", { class: "markers" })));
}

function updateMarker(g: SVGGElement, marker: PlanMarker): void {
  const { asset, at, size } = marker;
  g.style.transform = `translate(${round(at[0])}px, ${round(at[1])}px)`;
  g.dataset.status = asset.status;
  g.dataset.zone = marker.zoneId;
  g.dataset.kind = asset.kind;
  const key = `${asset.name}|${asset.status}|${asset.kind}|${round(size)}`;
  if (g.dataset.drawn === key) {
    return;
  }
  g.dataset.drawn = key;
  const r = Math.min(size * 0.27, 2.4);
  const fontSize = Math.min(size * 0.2, 1.6);
  const glyph = asset.kind === "vehicle" ? "V" : asset.kind === "machine" ? "M" : null;
  g.replaceChildren(...present<SVGElement>(
    asset.kind === "vehicle" || asset.kind === "machine"
      ? s("rect", { class: "marker-dot", x: -r, y: -r, width: 2 * r, height: 2 * r, rx: r * 0.3 })
      : s("circle", { class: "marker-dot", r }),
    glyph ? s("text", { class: "marker-glyph", "font-size": round(r * 1.2), "text-anchor": "middle", "dominant-baseline": "central" }, glyph) : null,
    s("text", { class: "marker-label", y: round(r + fontSize * 1.05), "font-size": round(fontSize), "text-anchor": "middle" },
      shortLabel(asset, size / (fontSize * 0.56))),
    s("title", {}, `${asset.name} — ${StatusLabel[asset.status]}`)));
}

/** The name cut to what fits under the marker; the full name is in the tooltip and the assets page. */
export function shortLabel(asset: Pick<AssetView, "name">, maxChars: number): string {
  const name = asset.name.replace(/\s*\(.*\)\s*$/, "").replace("#", "");
  const limit = Math.max(3, Math.floor(maxChars));
  return name.length <= limit ? name : `${name.slice(0, limit - 1).trimEnd()}…`;
}
