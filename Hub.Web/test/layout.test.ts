import assert from "node:assert/strict";
import { test } from "node:test";
import type { PlanPoint } from "../src/contracts";
import { pointInPolygon, polygonArea } from "../src/layout";

test("Point in polygon tells the gate lane from the yard around it", () => {
  const lane: PlanPoint[] = [[112, 30], [120, 30], [120, 50], [112, 50]];
  assert.equal(pointInPolygon([118, 40], lane), true);
  assert.equal(pointInPolygon([100, 40], lane), false);
  assert.equal(pointInPolygon([118, 55], lane), false);
});

test("The area of an L-shaped zone leaves out the empty corner of its bounding box", () => {
  const lShape: PlanPoint[] = [[0, 0], [40, 0], [40, 10], [10, 10], [10, 40], [0, 40]];
  assert.equal(polygonArea(lShape), 40 * 10 + 10 * 30);
});
