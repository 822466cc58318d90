import type { GeofenceView, LonLat, PlanPoint } from "./contracts";

const EarthRadiusM = 6_371_008.8;

/** Projects lon/lat onto a flat local plane in metres (x east, y south, so SVG's y-down fits). */
export type Projection = (lonLat: LonLat) => PlanPoint;

/** Equirectangular around an origin: exact enough over the few tens of kilometres one site's map covers. */
export function localProjection(origin: LonLat): Projection {
  const [lon0, lat0] = origin;
  const cosLat = Math.cos((lat0 * Math.PI) / 180);
  const k = (Math.PI / 180) * EarthRadiusM;
  return ([lon, lat]) => [(lon - lon0) * k * cosLat, -(lat - lat0) * k];
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function emptyBounds(): Bounds {
  return { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
}

export function extend(bounds: Bounds, [x, y]: PlanPoint, radius = 0): void {
  bounds.minX = Math.min(bounds.minX, x - radius);
  bounds.minY = Math.min(bounds.minY, y - radius);
  bounds.maxX = Math.max(bounds.maxX, x + radius);
  bounds.maxY = Math.max(bounds.maxY, y + radius);
}

export function isEmpty(bounds: Bounds): boolean {
  return !(bounds.maxX >= bounds.minX && bounds.maxY >= bounds.minY);
}

/**
 * Pads bounds by a fraction of their size, never less than `minSpan` metres across, and grows the short side to the
 * target aspect ratio so the fitted view fills its box.
 */
export function fit(bounds: Bounds, aspect: number, padFraction = 0.08, minSpan = 400): Bounds {
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cy = (bounds.minY + bounds.maxY) / 2;
  let w = Math.max(bounds.maxX - bounds.minX, minSpan) * (1 + 2 * padFraction);
  let h = Math.max(bounds.maxY - bounds.minY, minSpan / aspect) * (1 + 2 * padFraction);
  if (w / h < aspect) {
    w = h * aspect;
  } else {
    h = w / aspect;
  }
  return { minX: cx - w / 2, minY: cy - h / 2, maxX: cx + w / 2, maxY: cy + h / 2 };
}

/** A round number of metres for a scale bar about a fifth of the view's width: 50, 100, 200, 500, 1000, ... */
export function scaleBarMetres(viewWidth: number): number {
  const target = viewWidth / 5;
  const magnitude = 10 ** Math.floor(Math.log10(target));
  for (const step of [5, 2, 1]) {
    if (step * magnitude <= target) {
      return step * magnitude;
    }
  }
  return magnitude;
}

/** The map's origin: the middle of the fences, or of whatever points there are. */
export function originOf(fences: readonly GeofenceView[], points: readonly LonLat[]): LonLat | null {
  const all: LonLat[] = [...points];
  for (const fence of fences) {
    if (fence.polygon) {
      all.push(...fence.polygon);
    }
    if (fence.circle) {
      all.push([fence.circle.lon, fence.circle.lat]);
    }
  }
  if (all.length === 0) {
    return null;
  }
  const lons = all.map(p => p[0]);
  const lats = all.map(p => p[1]);
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}
