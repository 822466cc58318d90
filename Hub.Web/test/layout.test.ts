import assert from "node:assert/strict";
import { test } from "node:test";
import type { PlanPoint } from "../src/contracts";
import { gridInPolygon, pointInPolygon } from "../src/layout";

const store: PlanPoint[] = [[0, 40], [30, 40], [30, 80], [0, 80]];
const lShape: PlanPoint[] = [[0, 0], [40, 0], [40, 10], [10, 10], [10, 40], [0, 40]];

function minDistance(cells: readonly PlanPoint[]): number {
  let min = Infinity;
  cells.forEach((a, i) => cells.slice(i + 1).forEach(b => (min = Math.min(min, Math.hypot(a[0] - b[0], a[1] - b[1])))));
  return min;
}

test("Thirty tools in the tool store each get their own cell inside the room, one cell apart", () => {
  const layout = gridInPolygon(store, 30, { labelBand: 5 });
  assert.equal(layout.cells.length, 30);
  assert.ok(layout.cells.every(c => pointInPolygon(c, store) && c[1] > 45), "every marker inside the store, below its label");
  assert.ok(minDistance(layout.cells) >= layout.cellSize - 1e-9);
  assert.ok(layout.cellSize > 4, `cells as big as fit (${layout.cellSize.toFixed(2)} m)`);
});

test("Markers in an L-shaped zone stay inside the L, not in the empty corner of its bounding box", () => {
  const layout = gridInPolygon(lShape, 12);
  assert.equal(layout.cells.length, 12);
  assert.ok(layout.cells.every(c => pointInPolygon(c, lShape)));
  assert.ok(layout.cells.every(c => !(c[0] > 10 && c[1] > 10)));
});

test("A few assets in a big yard get capped cells, starting at the top left", () => {
  const yard: PlanPoint[] = [[30, 0], [120, 0], [120, 80], [30, 80]];
  const layout = gridInPolygon(yard, 3, { maxCell: 12 });
  assert.equal(layout.cellSize, 12);
  assert.deepEqual(layout.cells.map(c => c[1]), [layout.cells[0]![1], layout.cells[0]![1], layout.cells[0]![1]]);
  assert.ok(layout.cells[0]![0] < layout.cells[1]![0]);
});

test("A zone too small for its assets stacks the surplus inside the zone rather than outside it", () => {
  const tiny: PlanPoint[] = [[0, 0], [1, 0], [1, 1], [0, 1]];
  const layout = gridInPolygon(tiny, 9, { minCell: 0.5 });
  assert.equal(layout.cells.length, 9);
  assert.ok(layout.cells.every(c => pointInPolygon(c, tiny)));
});

test("Point in polygon tells the gate lane from the yard around it", () => {
  const lane: PlanPoint[] = [[112, 30], [120, 30], [120, 50], [112, 50]];
  assert.equal(pointInPolygon([118, 40], lane), true);
  assert.equal(pointInPolygon([100, 40], lane), false);
  assert.equal(pointInPolygon([118, 55], lane), false);
});
