import type { GeofenceView, LonLat, PlanPoint } from "../contracts";
import { type Bounds, emptyBounds, extend, fit, isEmpty, localProjection, originOf } from "../geo";

/**
 * Positions further than this from the site are not fitted into the map (a capture replayed from another country, a
 * van on a long trip): they get a pointer at the map's edge with their distance instead of zooming out to nothing.
 */
export const MaxRangeM = 50_000;

/** The map never shows less than this across, so a single fence or a lone van still has its surroundings. */
export const MinSpanM = 400;

/** Share of the fitted extent added on every side, so markers and their labels are not on the edge. */
const PadFraction = 0.12;

/** A view kept while what it must show spans at least this share of it; below, it fits again (the van came back). */
const MinFillShare = 0.3;

export interface MapFrame {
  /** The site drawn: another site starts afresh. */
  readonly siteId: string;
  /** Projection origin; kept for the life of the frame so the view's metres stay put. */
  readonly origin: LonLat;
  /** What the map shows, in metres around the origin (x east, y south). */
  readonly view: Bounds;
  readonly aspect: number;
}

export interface FrameInput {
  readonly siteId: string;
  readonly fences: readonly GeofenceView[];
  /** Current positions of the assets shown (not their tracks: a track may run off the map). */
  readonly positions: readonly LonLat[];
  /** Width / height of the map's box. */
  readonly aspect: number;
}

/**
 * Where the map looks. It fits the site's fences (and the other fences within range) with a margin, and then holds
 * still: it grows only when a position within range leaves the view, and fits again only when what it must show has
 * become small in it, or the box changed shape. Without fences it fits the largest group of positions within range
 * of each other.
 */
export function mapFrame(input: FrameInput, previous: MapFrame | null): MapFrame | null {
  const sameSite = previous?.siteId === input.siteId;
  const origin = sameSite ? previous!.origin : originFor(input);
  if (!origin) {
    return null;
  }
  const project = localProjection(origin);
  const needed = emptyBounds();
  for (const fence of input.fences) {
    const shape = fenceBounds(fence, project);
    if (shape && Math.hypot((shape.minX + shape.maxX) / 2, (shape.minY + shape.maxY) / 2) <= MaxRangeM) {
      extend(needed, [shape.minX, shape.minY]);
      extend(needed, [shape.maxX, shape.maxY]);
    }
  }
  for (const position of input.positions) {
    const xy = project(position);
    if (Math.hypot(xy[0], xy[1]) <= MaxRangeM) {
      extend(needed, xy);
    }
  }
  if (isEmpty(needed)) {
    extend(needed, [0, 0]);
  }
  if (sameSite && Math.abs(previous!.aspect - input.aspect) < 0.02 && stillFits(previous!.view, needed)) {
    return previous;
  }
  return { siteId: input.siteId, origin, view: fit(needed, input.aspect, PadFraction, MinSpanM), aspect: input.aspect };
}

/** The bounds of a fence in metres, or null for a fence with no shape. */
export function fenceBounds(fence: GeofenceView, project: (p: LonLat) => PlanPoint): Bounds | null {
  const bounds = emptyBounds();
  if (fence.polygon && fence.polygon.length >= 3) {
    fence.polygon.forEach(p => extend(bounds, project(p)));
  } else if (fence.circle) {
    extend(bounds, project([fence.circle.lon, fence.circle.lat]), fence.circle.radius);
  }
  return isEmpty(bounds) ? null : bounds;
}

function stillFits(view: Bounds, needed: Bounds): boolean {
  const w = view.maxX - view.minX;
  const h = view.maxY - view.minY;
  const inset = 0.03;
  const inside = needed.minX >= view.minX + w * inset && needed.maxX <= view.maxX - w * inset
    && needed.minY >= view.minY + h * inset && needed.maxY <= view.maxY - h * inset;
  const fill = Math.max(Math.max(needed.maxX - needed.minX, MinSpanM) / w, Math.max(needed.maxY - needed.minY, MinSpanM) / h);
  return inside && fill >= MinFillShare;
}

/** The site's own fences, else any fence, else the middle of the largest group of positions within range of each other. */
function originFor(input: FrameInput): LonLat | null {
  const own = input.fences.filter(f => f.site === input.siteId);
  const fenced = originOf(own.length > 0 ? own : input.fences, []);
  if (fenced) {
    return fenced;
  }
  let best: LonLat[] = [];
  for (const candidate of input.positions) {
    const project = localProjection(candidate);
    const group = input.positions.filter(p => Math.hypot(...project(p)) <= MaxRangeM);
    if (group.length > best.length) {
      best = group;
    }
  }
  return originOf([], best);
}

/** Great-circle distance in metres. */
export function distanceM([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** "850 m", "2.4 km", "1,302 km". */
export function formatDistance(metres: number): string {
  if (metres < 1000) {
    return `${Math.round(metres / 10) * 10} m`;
  }
  return metres < 10_000 ? `${(metres / 1000).toFixed(1)} km` : `${Math.round(metres / 1000).toLocaleString("en-GB")} km`;
}

/**
 * Where a pointer to something outside the view sits: on the view's edge (`inset` in from it), on the line from the
 * view's centre towards the target.
 */
export function edgePoint(view: Bounds, target: PlanPoint, inset: number): PlanPoint {
  const cx = (view.minX + view.maxX) / 2;
  const cy = (view.minY + view.maxY) / 2;
  const dx = target[0] - cx;
  const dy = target[1] - cy;
  const halfW = (view.maxX - view.minX) / 2 - inset;
  const halfH = (view.maxY - view.minY) / 2 - inset;
  const k = Math.min(dx === 0 ? Infinity : halfW / Math.abs(dx), dy === 0 ? Infinity : halfH / Math.abs(dy), 1);
  return [cx + dx * k, cy + dy * k];
}
