import type { PlanPoint } from "./contracts";

export interface GridLayout {
  /** Cell centres, row by row from the top left, one per item. */
  readonly cells: PlanPoint[];
  /** Cell size in plan metres (markers are drawn a little smaller). */
  readonly cellSize: number;
}

/** Even-odd ray casting. */
export function pointInPolygon([x, y]: PlanPoint, polygon: readonly PlanPoint[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

export function polygonArea(polygon: readonly PlanPoint[]): number {
  let twice = 0;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    twice += polygon[j]![0] * polygon[i]![1] - polygon[i]![0] * polygon[j]![1];
  }
  return Math.abs(twice) / 2;
}

/**
 * Places `count` markers on a square grid inside a zone so none overlap: the biggest cell (up to `maxCell`) for which
 * enough cell centres fall inside the polygon, below a band kept free at the top for the zone's label. A zone too
 * small for its count at `minCell` stacks the rest on its last cell rather than spill outside the zone.
 */
export function gridInPolygon(
  polygon: readonly PlanPoint[], count: number, options: { maxCell?: number; minCell?: number; labelBand?: number } = {},
): GridLayout {
  const { maxCell = 10, minCell = 0.5, labelBand = 0 } = options;
  if (count <= 0 || polygon.length < 3) {
    return { cells: [], cellSize: maxCell };
  }
  const xs = polygon.map(p => p[0]);
  const ys = polygon.map(p => p[1]);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys) + labelBand;
  const maxY = Math.max(...ys);

  let cell = Math.min(maxCell, Math.sqrt(polygonArea(polygon) / count));
  let best: PlanPoint[] = [];
  while (cell >= minCell) {
    best = cellsInside(polygon, minX, minY, maxX, maxY, cell);
    if (best.length >= count) {
      return { cells: best.slice(0, count), cellSize: cell };
    }
    cell *= 0.9;
  }
  cell = minCell;
  best = cellsInside(polygon, minX, minY, maxX, maxY, cell);
  const fallback: PlanPoint = best.at(-1) ?? centroid(polygon);
  const cells = Array.from({ length: count }, (_, i) => best[i] ?? fallback);
  return { cells, cellSize: cell };
}

function cellsInside(
  polygon: readonly PlanPoint[], minX: number, minY: number, maxX: number, maxY: number, cell: number,
): PlanPoint[] {
  const cols = Math.floor((maxX - minX) / cell);
  const rows = Math.floor((maxY - minY) / cell);
  const x0 = minX + (maxX - minX - cols * cell) / 2 + cell / 2;
  const y0 = minY + (maxY - minY - rows * cell) / 2 + cell / 2;
  const cells: PlanPoint[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const p: PlanPoint = [x0 + c * cell, y0 + r * cell];
      if (pointInPolygon(p, polygon)) {
        cells.push(p);
      }
    }
  }
  return cells;
}

export function centroid(polygon: readonly PlanPoint[]): PlanPoint {
  const n = polygon.length || 1;
  return [polygon.reduce((s, p) => s + p[0], 0) / n, polygon.reduce((s, p) => s + p[1], 0) / n];
}
