import type { AssetView, LonLat, PlanPoint, TrackPoint } from "../contracts";
import { pathOf, round, s } from "../dom";
import { emptyBounds, extend, fit, isEmpty, localProjection, originOf, scaleBarMetres } from "../geo";
import type { LiveState } from "../state";

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

/**
 * An outline map without tiles: geofences and GPS tracks projected onto a local plane in metres and fitted to the
 * box, so it needs no map server and reads at a glance which van is where.
 */
export function renderMap(svg: SVGSVGElement, state: LiveState, box: { width: number; height: number; remPx: number }): void {
  const fences = state.site.geofences ?? [];
  const vehicles = mapVehicles(state);
  const origin = originOf(fences, vehicles.flatMap(v => [v.at, ...v.track.map(p => [p[0], p[1]] as LonLat)]));
  if (!origin) {
    svg.replaceChildren();
    svg.dataset.empty = "true";
    return;
  }
  delete svg.dataset.empty;
  const project = localProjection(origin);

  const bounds = emptyBounds();
  const fenceShapes = fences.map(fence => {
    if (fence.polygon && fence.polygon.length >= 3) {
      const points = fence.polygon.map(project);
      points.forEach(p => extend(bounds, p));
      return { fence, shape: s("path", { d: pathOf(points) }), labelAt: topLeft(points) };
    }
    if (fence.circle) {
      const c = project([fence.circle.lon, fence.circle.lat]);
      extend(bounds, c, fence.circle.radius);
      return { fence, shape: s("circle", { cx: round(c[0]), cy: round(c[1]), r: fence.circle.radius }), labelAt: [c[0], c[1] - fence.circle.radius] as PlanPoint };
    }
    return null;
  }).filter(x => x !== null);
  const projected = vehicles.map(v => ({ ...v, xy: project(v.at), path: v.track.map(p => project([p[0], p[1]])) }));
  projected.forEach(v => {
    extend(bounds, v.xy);
    v.path.forEach(p => extend(bounds, p));
  });
  if (isEmpty(bounds)) {
    extend(bounds, [0, 0]);
  }

  const aspect = box.width > 0 && box.height > 0 ? box.width / box.height : 1.5;
  // Text and markers are sized in screen rems, converted to metres, so they read the same at any zoom.
  const unitOf = (width: number) => (box.width > 0 ? (width / box.width) * box.remPx * 0.75 : width / 48);
  let view = fit(bounds, aspect);
  // Labels run to the right of fences and markers: make room for them and fit again.
  const firstUnit = unitOf(view.maxX - view.minX);
  fenceShapes.forEach(({ fence, labelAt }) => extend(bounds, [labelAt[0] + fence.name.length * firstUnit * 0.75 * 1.3, labelAt[1] - firstUnit * 1.5]));
  projected.forEach(v => extend(bounds, [v.xy[0] + (2 + v.asset.name.length * 0.8) * firstUnit, v.xy[1]]));
  view = fit(bounds, aspect);
  const w = view.maxX - view.minX;
  const unit = unitOf(w);
  svg.setAttribute("viewBox", `${round(view.minX)} ${round(view.minY)} ${round(w)} ${round(view.maxY - view.minY)}`);
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");

  const bar = scaleBarMetres(w);
  const barX = view.minX + unit;
  const barY = view.maxY - unit * 1.2;

  svg.replaceChildren(
    s("g", { class: "fences" }, fenceShapes.map(({ fence, shape, labelAt }) =>
      s("g", { class: "fence", "data-fence-id": fence.id, "data-own-site": String(fence.site === state.site.id) },
        shape,
        s("text", { class: "fence-label", x: round(labelAt[0]), y: round(labelAt[1] - unit * 0.5), "font-size": round(unit * 1.3) }, fence.name)))),
    s("g", { class: "tracks" }, projected.filter(v => v.path.length > 1).map(v =>
      s("polyline", { class: "track", "data-asset-id": v.asset.id, points: v.path.map(([x, y]) => `${round(x)},${round(y)}`).join(" ") }))),
    s("g", { class: "vehicles" }, projected.map(v =>
      s("g", {
        class: "map-marker", "data-asset-id": v.asset.id, "data-status": v.asset.status, "data-kind": v.asset.kind,
        "data-running": String(v.asset.runHours?.running ?? false), transform: `translate(${round(v.xy[0])} ${round(v.xy[1])})`,
      },
      s("circle", { r: round(unit * 0.9) }),
      s("text", { class: "map-label", x: round(unit * 1.4), y: round(unit * 0.45), "font-size": round(unit * 1.4) }, v.asset.name.replace(/\s*\(.*\)\s*$/, ""))))),
    s("g", { class: "scale-bar" },
      s("path", { d: `M${round(barX)} ${round(barY)} h${bar}` }),
      s("text", { x: round(barX), y: round(barY - unit * 0.5), "font-size": round(unit * 1.1) }, bar >= 1000 ? `${bar / 1000} km` : `${bar} m`)));
}

function topLeft(points: readonly PlanPoint[]): PlanPoint {
  return [Math.min(...points.map(p => p[0])), Math.min(...points.map(p => p[1]))];
}
