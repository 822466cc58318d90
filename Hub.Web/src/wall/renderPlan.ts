import type { SiteView } from "../contracts";
import { pathOf, present, round, s } from "../dom";
import { fitLabel, minLabelChars } from "./planLabel";
import { type PlanMetrics, planGeometry } from "./planGeometry";
import type { PlanLayout, PlanMarker } from "./planLayout";
import { StatusLabel } from "./status";

const Margin = 1.5;
const drawn = new WeakMap<SVGSVGElement, { site: SiteView; rem: number }>();

/** The plan's frame in plan metres: what the SVG's viewBox shows. */
export function planFrame(site: SiteView): { width: number; height: number } {
  return { width: (site.plan?.width ?? 100) + 2 * Margin, height: (site.plan?.height ?? 100) + 2 * Margin };
}

/**
 * Draws the site plan in plan metres (y down). The static layer (zones, gate, receivers) is redrawn only when the
 * site or the screen's scale changes; asset markers are kept per asset id and moved, so a CSS transition animates a
 * move between zones. Text is sized from the screen's rem, so it reads the same on any plan.
 */
export function renderPlan(svg: SVGSVGElement, site: SiteView, layout: PlanLayout, metrics: PlanMetrics): void {
  const geometry = planGeometry(site, metrics);
  const last = drawn.get(svg);
  if (last?.site !== site || Math.abs(last.rem - geometry.rem) > 1e-6) {
    drawStatic(svg, site, geometry);
    drawn.set(svg, { site, rem: geometry.rem });
  }
  const layer = svg.querySelector<SVGGElement>("g.markers")!;
  const existing = new Map<string, SVGGElement>();
  for (const g of layer.querySelectorAll<SVGGElement>("g.marker")) {
    existing.set(g.dataset.assetId!, g);
  }
  for (const marker of layout.markers) {
    const g = existing.get(marker.asset.id) ?? layer.appendChild(s("g", { class: "marker", "data-asset-id": marker.asset.id }));
    existing.delete(marker.asset.id);
    updateMarker(g, marker);
  }
  for (const gone of existing.values()) {
    gone.remove();
  }
  svg.querySelector("g.more")!.replaceChildren(...layout.more.map(m =>
    s("text", {
      class: "plan-more", "data-zone": m.zoneId, "data-count": m.count, x: round(m.at[0] - m.fontSize * 0.4), y: round(m.at[1]),
      "font-size": round(m.fontSize), "dominant-baseline": "central", "text-anchor": m.side,
    }, `+${m.count} more`)));
}

function drawStatic(svg: SVGSVGElement, site: SiteView, geometry: ReturnType<typeof planGeometry>): void {
  const width = site.plan?.width ?? 100;
  const height = site.plan?.height ?? 100;
  const frame = planFrame(site);
  svg.setAttribute("viewBox", `${-Margin} ${-Margin} ${frame.width} ${frame.height}`);
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  const { rem } = geometry;

  const zones = site.zones.map(zone => {
    const label = geometry.zoneLabel(zone);
    const [x, y] = label.at;
    return s("g", { class: "zone", "data-zone-id": zone.id, "data-kind": zone.kind },
      s("path", { d: pathOf(zone.area) }),
      s("text", {
        class: label.outside ? "zone-label outside" : "zone-label", x: round(x), y: round(y), "font-size": round(label.fontSize), "text-anchor": label.anchor,
      }, zone.name));
  });
  const gates = site.gates.filter(g => g.position).map(gate => {
    const r = geometry.gateRect(gate);
    const l = geometry.gateLabel(gate);
    return s("g", { class: "gate", "data-gate-id": gate.id },
      s("rect", { x: round(r.x), y: round(r.y), width: round(r.width), height: round(r.height), rx: round(rem * 0.2) }),
      s("text", { class: "gate-label", x: round(l.x + l.width), y: round(l.y + l.height * 0.8), "font-size": round(rem * 0.85), "text-anchor": "end" }, gate.name));
  });
  const receivers = site.receivers.filter(r => r.position).map(receiver => {
    const [x, y] = receiver.position!;
    const r = geometry.receiverRadius;
    return s("g", { class: "receiver", "data-receiver-id": receiver.id, transform: `translate(${x} ${y})` },
      s("path", { d: `M0 ${round(-r)} L${round(r)} ${round(r * 0.8)} L${round(-r)} ${round(r * 0.8)} Z` }),
      s("title", {}, `BLE receiver ${receiver.id}`));
  });

  svg.replaceChildren(...present<SVGElement>(
    // A configured plan image (a drawing of the depot) goes under the zones, stretched to the plan's frame.
    site.plan?.image ? s("image", { class: "plan-image", href: site.plan.image, x: 0, y: 0, width, height, preserveAspectRatio: "none" }) : null,
    site.zones.length === 0
      ? s("text", { class: "plan-empty", x: width / 2, y: height / 2, "font-size": round(rem * 1.2), "text-anchor": "middle" }, "No zones configured for this site")
      : null,
    s("g", { class: "zones" }, zones),
    s("g", { class: "receivers" }, receivers),
    s("g", { class: "gates" }, gates),
    s("g", { class: "markers" }),
    s("g", { class: "more" })));
}

function updateMarker(g: SVGGElement, marker: PlanMarker): void {
  const { asset, at, fontSize: f } = marker;
  g.style.transform = `translate(${round(at[0])}px, ${round(at[1])}px)`;
  g.dataset.status = asset.status;
  g.dataset.zone = marker.zoneId;
  g.dataset.kind = asset.kind;
  const key = `${asset.name}|${asset.status}|${asset.kind}|${round(f)}|${round(marker.labelWidth)}|${marker.side}`;
  if (g.dataset.drawn === key) {
    return;
  }
  g.dataset.drawn = key;
  const big = asset.kind === "vehicle" || asset.kind === "machine";
  const r = f * (big ? 0.45 : 0.36);
  const glyph = asset.kind === "vehicle" ? "V" : asset.kind === "machine" ? "M" : null;
  const label = s("text", {
    class: "marker-label", x: round(marker.side === "start" ? f * 0.8 : -f * 0.8), "font-size": round(f),
    "dominant-baseline": "central", "text-anchor": marker.side,
  }, marker.label);
  g.replaceChildren(...present<SVGElement>(
    big ? s("rect", { class: "marker-dot", x: round(-r), y: round(-r), width: round(2 * r), height: round(2 * r), rx: round(r * 0.3) }) : s("circle", { class: "marker-dot", r: round(r) }),
    glyph ? s("text", { class: "marker-glyph", "font-size": round(r * 1.3), "text-anchor": "middle", "dominant-baseline": "central" }, glyph) : null,
    label,
    s("title", {}, `${asset.name} — ${StatusLabel[asset.status]}`)));
  shrinkToFit(label, asset.name, marker.labelWidth);
}

/** The layout estimates text widths; the font on this screen decides. Cut the front further until the label fits. */
function shrinkToFit(text: SVGTextElement, name: string, width: number): void {
  if (typeof text.getComputedTextLength !== "function") {
    return;
  }
  for (let chars = (text.textContent ?? "").length - 1; text.getComputedTextLength() > width && chars >= minLabelChars(name); chars--) {
    text.textContent = fitLabel(name, chars);
  }
}
