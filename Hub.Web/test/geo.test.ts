import assert from "node:assert/strict";
import { test } from "node:test";
import { fit, localProjection, originOf, scaleBarMetres } from "../src/geo";
import { snapshot } from "./helpers";

test("The North Depot fence projects to about 160 m by 111 m, north up", () => {
  const fence = snapshot.site.geofences.find(f => f.id === "north-depot-boundary")!.polygon!;
  const project = localProjection(fence[0]!);
  const [sw, se, ne] = [project(fence[0]!), project(fence[1]!), project(fence[2]!)];
  assert.ok(Math.abs(se[0] - sw[0] - 160.2) < 1, `width ${se[0] - sw[0]}`);
  assert.ok(Math.abs(sw[1] - ne[1] - 110.7) < 1, `height ${sw[1] - ne[1]}`);
  assert.ok(ne[1] < sw[1], "north is up (smaller y)");
});

/** Great-circle distance, as an independent check of the flat projection. */
function haversine([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
}

test("Customer site A lies about 1.9 km north-west of the depot on the map, within a metre of the great-circle distance", () => {
  const depot = snapshot.site.geofences[0]!.polygon![0]!;
  const circle = snapshot.site.geofences[1]!.circle!;
  const [x, y] = localProjection(depot)([circle.lon, circle.lat]);
  assert.ok(x < -1000 && y < -1000, "west and north");
  const expected = haversine(depot, [circle.lon, circle.lat]);
  assert.ok(Math.abs(expected - 1910) < 5, `great circle ${expected}`);
  assert.ok(Math.abs(Math.hypot(x, y) - expected) < 1, `projected ${Math.hypot(x, y)}, great circle ${expected}`);
});

test("Fitting pads the bounds and matches the box's aspect ratio", () => {
  const view = fit({ minX: 0, minY: 0, maxX: 1000, maxY: 100 }, 2);
  assert.ok(Math.abs((view.maxX - view.minX) / (view.maxY - view.minY) - 2) < 1e-9);
  assert.ok(view.minX < 0 && view.maxX > 1000);
});

test("The map's origin is the middle of the fences", () => {
  const [lon, lat] = originOf(snapshot.site.geofences, [])!;
  assert.ok(lon < -2.2414 && lon > -2.264 && lat > 53.4803 && lat < 53.494);
});

test("Scale bars use round lengths", () => {
  assert.equal(scaleBarMetres(2600), 500);
  assert.equal(scaleBarMetres(900), 100);
  assert.equal(scaleBarMetres(12_000), 2000);
});
