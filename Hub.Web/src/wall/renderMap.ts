import type { AssetView, LonLat, PlanPoint, TrackPoint } from "../contracts";
import { pathOf, round, s } from "../dom";
import { localProjection, scaleBarMetres } from "../geo";
import type { LiveState } from "../state";
import { distanceM, edgePoint, fenceBounds, formatDistance, type MapFrame, mapFrame } from "./mapFrame";
import type { Rect } from "../rect";
import { type LabelRequest, placeLabels } from "./mapLabels";

export interface MapVehicle {
  readonly asset: AssetView;
  readonly at: LonLat;
  readonly track: readonly TrackPoint[];
}

/** Assets with a GPS position (from their newest track point, else their location), vehicles first. */
export function mapVehicles(state: LiveState): MapVehicle[] {
  const result: MapVehicle[] = [];
  for (const asset of state.assets.values()) {
    if (asset.status === "retired") {
      continue;
    }
    const track = state.tracks.get(asset.id) ?? [];
    const last = track.at(-1);
    const at: LonLat | null = last
      ? [last[0], last[1]]
      : asset.location?.lat != null && asset.location.lon != null ? [asset.location.lon, asset.location.lat] : null;
    if (at) {
      result.push({ asset, at, track });
    }
  }
  return result.sort((a, b) => Number(b.asset.kind === "vehicle") - Number(a.asset.kind === "vehicle") || a.asset.name.localeCompare(b.asset.name));
}

export interface MapBox {
  readonly width: number;
  readonly height: number;
  readonly remPx: number;
}

/** The view each map shows, kept between draws so the map holds still while vans move inside it. */
const frames = new WeakMap<SVGSVGElement, MapFrame>();

/**
 * An outline map without tiles: geofences and GPS tracks projected onto a local plane in metres, so it needs no map
 * server and reads at a glance which van is where. Text and markers are sized in screen rems (converted to metres),
 * so they read the same at any zoom; labels are placed so they do not overlap; something far away gets a pointer on
 * the edge with its distance.
 */
export function renderMap(svg: SVGSVGElement, state: LiveState, box: MapBox, isRunning: (asset: AssetView) => boolean): void {
  const fences = state.site.geofences ?? [];
  const vehicles = mapVehicles(state);
  const aspect = box.width > 0 && box.height > 0 ? box.width / box.height : 1.5;
  const frame = mapFrame({ siteId: state.site.id, fences, positions: vehicles.map(v => v.at), aspect }, frames.get(svg) ?? null);
  if (!frame) {
    frames.delete(svg);
    svg.replaceChildren();
    svg.dataset.empty = "true";
    return;
  }
  frames.set(svg, frame);
  delete svg.dataset.empty;
  const project = localProjection(frame.origin);
  const { view } = frame;
  const w = view.maxX - view.minX;
  const rem = box.width > 0 ? (w / box.width) * box.remPx : w / 40;
  svg.setAttribute("viewBox", `${round(view.minX)} ${round(view.minY)} ${round(w)} ${round(view.maxY - view.minY)}`);
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  svg.dataset.scaleMetres = String(scaleBarMetres(w));

  const fenceShapes = fences.map(fence => {
    const bounds = fenceBounds(fence, project);
    if (!bounds) {
      return null;
    }
    const shape = fence.polygon && fence.polygon.length >= 3
      ? s("path", { d: pathOf(fence.polygon.map(project)) })
      : s("circle", { cx: round((bounds.minX + bounds.maxX) / 2), cy: round((bounds.minY + bounds.maxY) / 2), r: fence.circle!.radius });
    return { fence, bounds, shape, own: fence.site === state.site.id };
  }).filter(f => f !== null);

  const markerRadius = rem * 0.6;
  const inset = rem * 1.2;
  const markers = vehicles.map(v => {
    const xy = project(v.at);
    const shown = xy[0] >= view.minX + markerRadius && xy[0] <= view.maxX - markerRadius && xy[1] >= view.minY + markerRadius && xy[1] <= view.maxY - markerRadius;
    const name = v.asset.name.replace(/\s*\(.*\)\s*$/, "");
    return shown
      ? { ...v, xy, at: xy, name, offView: false as const }
      : { ...v, xy, at: edgePoint(view, xy, inset), name: `${name} · ${formatDistance(distanceM(frame.origin, v.at))}`, offView: true as const };
  });

  const bar = scaleBarMetres(w);
  const barX = view.minX + rem * 0.8;
  const barY = view.maxY - rem * 0.9;
  const labelSize = rem * 1.05;
  const fenceSize = rem * 0.95;
  // Widths as DejaVu Sans (wide) sets them, so narrower fonts only leave more room.
  const textBox = (text: string, size: number, bold: boolean) => ({ width: text.length * size * (bold ? 0.7 : 0.6), height: size * 1.2 });
  const requests: LabelRequest[] = [
    ...markers.map(m => ({ id: `asset:${m.asset.id}`, ...textBox(m.name, labelSize, true), marker: { at: m.at, radius: markerRadius } })),
    ...[...fenceShapes].sort((a, b) => Number(b.own) - Number(a.own))
      .map(f => ({ id: `fence:${f.fence.id}`, ...textBox(f.fence.name, fenceSize, false), area: f.bounds })),
  ];
  const scaleBar: Rect = { x: barX, y: barY - rem * 1.3, width: Math.max(bar, rem * 4), height: rem * 1.6 };
  const placed = new Map(placeLabels(requests, view, [scaleBar]).map(p => [p.id, p]));
  const text = (id: string, cls: string, size: number, content: string, anchorX?: number) => {
    const p = placed.get(id)!;
    // A label left of its marker is anchored at its right end, so a font wider than estimated grows away from it.
    const leftOf = anchorX !== undefined && p.box.x + p.box.width <= anchorX;
    return s("text", {
      class: cls, "data-for": id, x: round(leftOf ? p.box.x + p.box.width : p.box.x), y: round(p.box.y + p.box.height * 0.8),
      "font-size": round(size), "text-anchor": leftOf ? "end" : "start",
    }, content);
  };
  const leader = (id: string) => {
    const p = placed.get(id)!;
    if (!p.leaderFrom) {
      return null;
    }
    const to = nearestPoint(p.box, p.leaderFrom);
    return s("line", { class: "leader", x1: round(p.leaderFrom[0]), y1: round(p.leaderFrom[1]), x2: round(to[0]), y2: round(to[1]) });
  };

  svg.replaceChildren(
    s("g", { class: "fences" }, fenceShapes.map(f =>
      s("g", { class: "fence", "data-fence-id": f.fence.id, "data-own-site": String(f.own) }, f.shape))),
    s("g", { class: "tracks" }, markers.filter(m => !m.offView && m.track.length > 1).map(m =>
      s("polyline", { class: "track", "data-asset-id": m.asset.id, points: m.track.map(p => project([p[0], p[1]])).map(([x, y]) => `${round(x)},${round(y)}`).join(" ") }))),
    s("g", { class: "leaders" }, markers.map(m => leader(`asset:${m.asset.id}`))),
    s("g", { class: "vehicles" }, markers.map(m =>
      s("g", {
        class: "map-marker", "data-asset-id": m.asset.id, "data-status": m.asset.status, "data-kind": m.asset.kind,
        "data-running": String(isRunning(m.asset)), "data-off-view": String(m.offView), transform: `translate(${round(m.at[0])} ${round(m.at[1])})`,
      },
      m.offView ? pointer(m.xy[0] - m.at[0], m.xy[1] - m.at[1], markerRadius * 1.3) : s("circle", { r: round(markerRadius) })))),
    s("g", { class: "labels" },
      fenceShapes.map(f => text(`fence:${f.fence.id}`, "fence-label", fenceSize, f.fence.name)),
      markers.map(m => text(`asset:${m.asset.id}`, "map-label", labelSize, m.name, m.at[0]))),
    s("g", { class: "scale-bar" },
      s("path", { d: `M${round(barX)} ${round(barY)} h${bar}` }),
      s("text", { x: round(barX), y: round(barY - rem * 0.4), "font-size": round(rem * 0.85) }, bar >= 1000 ? `${bar / 1000} km` : `${bar} m`)));
}

/** An arrowhead pointing along (dx, dy): to a vehicle beyond the map's edge. */
function pointer(dx: number, dy: number, size: number): SVGElement {
  const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  return s("path", { class: "pointer", d: `M${round(size)} 0 L${round(-size * 0.7)} ${round(size * 0.75)} L${round(-size * 0.35)} 0 L${round(-size * 0.7)} ${round(-size * 0.75)} Z`, transform: `rotate(${round(angle)})` });
}

function nearestPoint(box: Rect, [x, y]: PlanPoint): PlanPoint {
  return [Math.min(Math.max(x, box.x), box.x + box.width), Math.min(Math.max(y, box.y), box.y + box.height)];
}
