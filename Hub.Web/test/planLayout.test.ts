import assert from "node:assert/strict";
import { test } from "node:test";
import type { AssetView, SiteView } from "../src/contracts";
import { pointInPolygon } from "../src/layout";
import { fromSnapshot } from "../src/state";
import { overlapArea } from "../src/rect";
import { fitLabel } from "../src/wall/planLabel";
import { DefaultPlanMetrics, planGeometry } from "../src/wall/planGeometry";
import { planLayout, rowExtent } from "../src/wall/planLayout";
import { asset, snapshot } from "./helpers";

const state = fromSnapshot(snapshot);
const site = state.site;
const layout = planLayout(site, state.assets.values(), DefaultPlanMetrics);
const px = (metres: number) => metres * DefaultPlanMetrics.pxPerMetre;

test("Cut names keep the number that tells sibling tools apart, and lose their bracketed description first", () => {
  assert.equal(fitLabel("Pressure washer #2", 10), "Pressu… #2");
  assert.equal(fitLabel("Pressure washer #2", 40), "Pressure washer #2");
  assert.equal(fitLabel("Van 1 (Transit, MA21 XKL)", 20), "Van 1");
  assert.equal(fitLabel("Generator 7 (20 kVA)", 8), "Gener… 7");
  assert.equal(fitLabel("Welding set", 6), "Weldi…");
  assert.equal(fitLabel("Impact driver #1", 2), "Imp… #1", "never shorter than three letters and the number");
});

test("On a 1080p wall screen every plan label is at least 14 px and still says which #1 or #2 it is", () => {
  assert.ok(layout.markers.length > 0);
  for (const m of layout.markers) {
    assert.ok(px(m.fontSize) >= 14, `${m.asset.name}: ${px(m.fontSize).toFixed(1)} px`);
    const number = /#\d+$/.exec(m.asset.name)?.[0];
    if (number) {
      assert.ok(m.label.endsWith(number), `${m.asset.name} → "${m.label}"`);
    }
  }
  for (const zone of site.zones) {
    const labels = layout.markers.filter(m => m.zoneId === zone.id).map(m => m.label);
    assert.equal(new Set(labels).size, labels.length, `labels in ${zone.name} tell every asset apart: ${labels.join(", ")}`);
  }
});

test("A zone with room lists full names at the largest size", () => {
  const workshop = layout.markers.filter(m => m.zoneId === "workshop");
  assert.deepEqual(workshop.map(m => m.label), workshop.map(m => m.asset.name));
  assert.ok(px(workshop[0]!.fontSize) >= 16, `${px(workshop[0]!.fontSize).toFixed(1)} px`);
  const yard = layout.markers.filter(m => m.zoneId === "yard");
  assert.deepEqual(yard.slice(0, 2).map(m => m.label), ["Van 2", "Generator 7"]);
});

test("Every asset in a zone is on the plan in its zone, and no row covers another, a BLE receiver or the gate", () => {
  const inZones = [...state.assets.values()].filter(a => a.location?.zone);
  assert.equal(layout.markers.length + layout.more.reduce((n, m) => n + m.count, 0), inZones.length);
  const rows = layout.markers.map(m => ({ m, rect: rowExtent(m.at, m.label.length, m.fontSize, m.side) }));
  const obstacles = planGeometry(site, DefaultPlanMetrics).obstacles;
  for (const { m, rect } of rows) {
    assert.equal(m.zoneId, m.asset.location!.zone);
    assert.ok(pointInPolygon(m.at, site.zones.find(z => z.id === m.zoneId)!.area), `${m.asset.name} in ${m.zoneId}`);
    assert.ok(obstacles.every(o => overlapArea(rect, o) === 0), `${m.asset.name} clear of receivers and the gate`);
    for (const other of rows) {
      assert.ok(other.m === m || overlapArea(rect, other.rect) < 1e-9, `${m.asset.name} and ${other.m.asset.name}`);
    }
  }
});

test("The asset in the narrow gate lane keeps its dot in the lane and its name runs out towards the yard", () => {
  const lane = layout.markers.find(m => m.zoneId === "gate-lane")!;
  assert.equal(lane.asset.id, "tool-044");
  assert.equal(lane.side, "end");
  assert.equal(lane.label, "Cable drum");
  assert.ok(pointInPolygon(lane.at, site.zones.find(z => z.id === "gate-lane")!.area));
});

test("A room too small for forty wrenches shows what fits, ends with +N more, and keeps the missing one in view", () => {
  const cupboard: SiteView = {
    ...site, receivers: [], gates: [],
    zones: [{ id: "cupboard", name: "Cupboard", kind: "room", area: [[0, 0], [30, 0], [30, 40], [0, 40]] }],
  };
  const tools: AssetView[] = Array.from({ length: 40 }, (_, i) => ({
    ...asset("tool-009"), id: `t-${i}`, name: `Torque wrench #${i + 1}`, status: i === 37 ? "missing" : "available",
    location: { ...asset("tool-009").location!, zone: "cupboard" },
  }));
  const { markers, more } = planLayout(cupboard, tools, DefaultPlanMetrics);
  assert.equal(more.length, 1);
  assert.equal(markers.length + more[0]!.count, 40);
  assert.ok(markers.length >= 20, `${markers.length} rows in two columns`);
  assert.ok(markers.some(m => m.asset.status === "missing"), "the missing wrench keeps its row");
  assert.ok(markers.every(m => px(m.fontSize) >= 14));
});

test("Labels keep their screen size whatever the plan's size in metres", () => {
  const big: SiteView = { ...site, plan: { width: 1200, height: 800 }, zones: site.zones.map(z => ({ ...z, area: z.area.map(([x, y]) => [x * 10, y * 10]) })), gates: [], receivers: [] };
  const scaled = planLayout(big, state.assets.values(), { pxPerMetre: DefaultPlanMetrics.pxPerMetre / 10, remPx: 20 });
  const workshop = scaled.markers.find(m => m.zoneId === "workshop")!;
  assert.ok(Math.abs(workshop.fontSize * (DefaultPlanMetrics.pxPerMetre / 10) - px(layout.markers.find(m => m.zoneId === "workshop")!.fontSize)) < 0.01);
});
