import assert from "node:assert/strict";
import { test } from "node:test";
import type { LonLat } from "../src/contracts";
import { localProjection, scaleBarMetres } from "../src/geo";
import { distanceM, edgePoint, formatDistance, type FrameInput, type MapFrame, mapFrame, MaxRangeM } from "../src/wall/mapFrame";
import { overlapArea } from "../src/rect";
import { placeLabels } from "../src/wall/mapLabels";
import { snapshot } from "./helpers";

const fences = snapshot.site.geofences;
const track = snapshot.tracks["van-1"]!.map(p => [p[0], p[1]] as LonLat);
const input = (positions: LonLat[], aspect = 1.2): FrameInput => ({ siteId: "north-depot", fences, positions, aspect });
const width = (f: MapFrame) => f.view.maxX - f.view.minX;
const contains = (f: MapFrame, p: LonLat) => {
  const [x, y] = localProjection(f.origin)(p);
  return x > f.view.minX && x < f.view.maxX && y > f.view.minY && y < f.view.maxY;
};

test("The map fits the depot and the customer site nearby, and holds still while the van drives about inside it", () => {
  const first = mapFrame(input([]), null)!;
  assert.ok(contains(first, fences[0]!.polygon![0]!) && contains(first, [fences[1]!.circle!.lon, fences[1]!.circle!.lat]));
  assert.ok(width(first) > 1900 && width(first) < 4000, `${width(first).toFixed(0)} m across`);
  let frame = first;
  for (let i = 1; i <= track.length; i++) {
    frame = mapFrame(input(track.slice(0, i)), frame)!;
    assert.equal(frame, first, `unchanged after ${i} track points`);
  }
  assert.equal(scaleBarMetres(width(frame)), scaleBarMetres(width(first)));
});

test("A van driving out of the view grows it to keep the van in sight, and the map refits once the van is back", () => {
  const first = mapFrame(input([]), null)!;
  const away: LonLat = [-2.31, 53.52]; // about 5 km north-west
  const grown = mapFrame(input([away]), first)!;
  assert.ok(contains(grown, away) && width(grown) > width(first));
  assert.equal(mapFrame(input([[-2.3, 53.515]]), grown), grown, "no change while the van stays inside the grown view");
  const back = mapFrame(input([[-2.2425, 53.4808]]), grown)!;
  assert.ok(Math.abs(width(back) - width(first)) < 1, "back at the depot: fitted to the fences again");
});

test("Positions replayed from a capture in another country do not zoom the map out: it stays on the site and points at them", () => {
  const amsterdam: LonLat = [4.9, 52.37];
  assert.ok(distanceM(fences[0]!.polygon![0]!, amsterdam) > MaxRangeM);
  const frame = mapFrame(input([amsterdam]), null)!;
  assert.ok(width(frame) < 4000, `${width(frame).toFixed(0)} m across`);
  assert.ok(!contains(frame, amsterdam));
  assert.equal(formatDistance(distanceM(frame.origin, amsterdam)), "494 km");
});

test("Without fences the map fits the vehicles, leaving out one replayed from far away", () => {
  const vans: LonLat[] = [[5.1, 52.09], [5.13, 52.1], [5.12, 52.07]];
  const frame = mapFrame({ siteId: "s", fences: [], positions: [...vans, [-2.24, 53.48]], aspect: 1.5 }, null)!;
  assert.ok(vans.every(v => contains(frame, v)));
  assert.ok(width(frame) < 10_000, `${width(frame).toFixed(0)} m across`);
});

test("A pointer to something off the map sits on the map's edge in its direction", () => {
  const view = { minX: -100, minY: -50, maxX: 100, maxY: 50 };
  assert.deepEqual(edgePoint(view, [1000, 0], 10), [90, 0]);
  assert.deepEqual(edgePoint(view, [0, -400], 10), [0, -40]);
  assert.deepEqual(edgePoint(view, [20, 10], 10), [20, 10], "inside: stays where it is");
});

test("Distances read as people say them", () => {
  assert.equal(formatDistance(843), "840 m");
  assert.equal(formatDistance(2430), "2.4 km");
  assert.equal(formatDistance(1_302_400), "1,302 km");
});

test("A van parked at the depot and the depot's name get labels that do not overlap, inside the view", () => {
  const view = { minX: -1000, minY: -700, maxX: 1000, maxY: 700 };
  const depot = { minX: -80, minY: -55, maxX: 80, maxY: 55 };
  const unit = 40; // metres per rem on this map
  const placed = placeLabels([
    { id: "van-1", width: 5 * 0.62 * unit, height: 1.2 * unit, marker: { at: [-80, -55], radius: 0.6 * unit } },
    { id: "van-2", width: 5 * 0.62 * unit, height: 1.2 * unit, marker: { at: [-60, -50], radius: 0.6 * unit } },
    { id: "depot", width: 11 * 0.56 * unit, height: 1.2 * unit, area: depot },
  ], view, []);
  assert.equal(placed.length, 3);
  for (const a of placed) {
    const { box } = a;
    assert.ok(box.x >= view.minX && box.y >= view.minY && box.x + box.width <= view.maxX && box.y + box.height <= view.maxY);
    for (const b of placed) {
      assert.ok(a === b || overlapArea(a.box, b.box) === 0, `${a.id} and ${b.id} overlap`);
    }
    for (const [x, y] of [[-80, -55], [-60, -50]]) {
      const r = 0.6 * unit;
      assert.equal(overlapArea(box, { x: x! - r, y: y! - r, width: 2 * r, height: 2 * r }), 0, `${a.id} covers a marker`);
    }
  }
});

test("Ten vans in one yard all get their own label; those moved away from their van get a leader line", () => {
  const view = { minX: -2000, minY: -1400, maxX: 2000, maxY: 1400 };
  const unit = 40;
  const placed = placeLabels(Array.from({ length: 10 }, (_, i) => ({
    id: `van-${i}`, width: 6 * 0.62 * unit, height: 1.2 * unit, marker: { at: [i * 5, i * 3] as [number, number], radius: 0.6 * unit },
  })), view, []);
  for (const a of placed) {
    for (const b of placed) {
      assert.ok(a === b || overlapArea(a.box, b.box) === 0, `${a.id} and ${b.id} overlap`);
    }
  }
  assert.ok(placed.some(p => p.leaderFrom !== null));
  assert.ok(placed.filter(p => p.leaderFrom === null).length >= 2, "the first ones sit right beside their van");
});
