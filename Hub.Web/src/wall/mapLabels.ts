import type { PlanPoint } from "../contracts";
import type { Bounds } from "../geo";
import { overlapArea, type Rect } from "../rect";

/** A label to place, in map metres: next to a marker (a point with a radius) or next to an area (a fence). */
export interface LabelRequest {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly marker?: { readonly at: PlanPoint; readonly radius: number };
  readonly area?: Bounds;
}

export interface PlacedLabel {
  readonly id: string;
  /** The text's box, top left. */
  readonly box: Rect;
  /** Where a leader line starts when the label had to move away from its marker; null when it sits beside it. */
  readonly leaderFrom: PlanPoint | null;
}

/**
 * Places labels, in the order given (most important first), so none overlaps another label, a marker or an obstacle
 * (the scale bar): beside the marker if there is room, else further out with a leader line; a fence's name above or
 * below its outline. Labels stay inside the view; one that fits nowhere goes where it overlaps least.
 */
export function placeLabels(requests: readonly LabelRequest[], view: Bounds, obstacles: readonly Rect[]): PlacedLabel[] {
  // Each marker keeps its own label out of every other label's way, but not out of its own.
  const taken: { rect: Rect; owner: string | null }[] = obstacles.map(rect => ({ rect, owner: null }));
  for (const r of requests) {
    if (r.marker) {
      const { at, radius } = r.marker;
      taken.push({ rect: { x: at[0] - radius, y: at[1] - radius, width: 2 * radius, height: 2 * radius }, owner: r.id });
    }
  }
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const candidates = request.marker ? markerCandidates(request) : areaCandidates(request);
    let best: { box: Rect; leader: boolean; overlap: number } | null = null;
    for (const candidate of candidates) {
      if (!inside(candidate.box, view)) {
        continue;
      }
      const overlap = taken.reduce((sum, t) => sum + (t.owner === request.id ? 0 : overlapArea(candidate.box, t.rect)), 0);
      if (overlap === 0) {
        best = { ...candidate, overlap };
        break;
      }
      if (!best || overlap < best.overlap) {
        best = { ...candidate, overlap };
      }
    }
    const chosen = best ?? { ...candidates[0]!, overlap: 0 };
    taken.push({ rect: chosen.box, owner: null });
    placed.push({ id: request.id, box: chosen.box, leaderFrom: chosen.leader && request.marker ? request.marker.at : null });
  }
  return placed;
}

/** Right, left, above, below and the diagonals, then the same further out (with a leader line). */
function markerCandidates(request: LabelRequest): { box: Rect; leader: boolean }[] {
  const { width: w, height: h } = request;
  const [x, y] = request.marker!.at;
  const r = request.marker!.radius;
  const result: { box: Rect; leader: boolean }[] = [];
  for (const step of [0, 1, 2, 3]) {
    const d = r + h * 0.25 + step * h * 1.1;
    const diagonal = d * 0.75;
    const leader = step > 0;
    result.push(
      { box: { x: x + d, y: y - h / 2, width: w, height: h }, leader },
      { box: { x: x - d - w, y: y - h / 2, width: w, height: h }, leader },
      { box: { x: x + diagonal, y: y - diagonal - h, width: w, height: h }, leader },
      { box: { x: x + diagonal, y: y + diagonal, width: w, height: h }, leader },
      { box: { x: x - diagonal - w, y: y - diagonal - h, width: w, height: h }, leader },
      { box: { x: x - diagonal - w, y: y + diagonal, width: w, height: h }, leader },
      { box: { x: x - w / 2, y: y - d - h, width: w, height: h }, leader },
      { box: { x: x - w / 2, y: y + d, width: w, height: h }, leader });
  }
  return result;
}

/** Above or below the outline at either end, then inside its top, then further above or below. */
function areaCandidates(request: LabelRequest): { box: Rect; leader: boolean }[] {
  const { width: w, height: h } = request;
  const a = request.area!;
  const gap = h * 0.2;
  const box = (x: number, y: number) => ({ box: { x, y, width: w, height: h }, leader: false });
  return [
    box(a.minX, a.minY - gap - h), box(a.maxX - w, a.minY - gap - h),
    box(a.minX, a.maxY + gap), box(a.maxX - w, a.maxY + gap),
    box(a.minX + gap, a.minY + gap),
    box(a.minX, a.minY - gap - 2.2 * h), box(a.minX, a.maxY + gap + 1.2 * h),
    box(a.maxX + gap, (a.minY + a.maxY) / 2 - h / 2), box(a.minX - gap - w, (a.minY + a.maxY) / 2 - h / 2),
  ];
}

function inside(r: Rect, view: Bounds): boolean {
  return r.x >= view.minX && r.y >= view.minY && r.x + r.width <= view.maxX && r.y + r.height <= view.maxY;
}
