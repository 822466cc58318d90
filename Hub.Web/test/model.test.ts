import assert from "node:assert/strict";
import { test } from "node:test";
import { pointInPolygon } from "../src/layout";
import { fromSnapshot } from "../src/state";
import { maintenanceCards, meteredAssets, offPlanGroups, planMarkers } from "../src/wall/model";
import { snapshot } from "./helpers";

const state = fromSnapshot(snapshot);

test("Every asset located in a zone gets one marker inside that zone's polygon, and no two share a spot", () => {
  const markers = planMarkers(state.site, state.assets.values());
  const inZones = [...state.assets.values()].filter(a => a.location?.zone);
  assert.equal(markers.length, inZones.length);
  for (const m of markers) {
    const zone = state.site.zones.find(z => z.id === m.zoneId)!;
    assert.equal(m.zoneId, m.asset.location!.zone);
    assert.ok(pointInPolygon(m.at, zone.area), `${m.asset.name} inside ${zone.name}`);
  }
  assert.equal(new Set(markers.map(m => m.at.join(","))).size, markers.length);
});

test("Vehicles and machines come first in their zone so they keep the top-left places", () => {
  const yard = planMarkers(state.site, state.assets.values()).filter(m => m.zoneId === "yard");
  assert.deepEqual(yard.slice(0, 2).map(m => m.asset.id), ["van-2", "gen-7"]);
});

test("The van on the road heads its own off-site group with the four tools aboard; checked-out tools are grouped by holder", () => {
  const groups = offPlanGroups(state.site, state.assets);
  assert.deepEqual(groups.map(g => g.title), ["Van 1 (Transit, MA21 XKL)", "With Ben Okafor"]);
  assert.equal(groups[0]!.vehicle!.id, "van-1");
  assert.deepEqual(groups[0]!.assets.map(a => a.name), ["Angle grinder #1", "Cordless drill #1", "Harness kit #1", "SDS hammer drill #1"]);
  assert.deepEqual(groups[1]!.assets.map(a => a.id), ["tool-019", "tool-002"]);
});

test("Maintenance cards put the due generator first with its open work order, then due soon, then ok", () => {
  const cards = maintenanceCards(state);
  assert.deepEqual(cards.map(c => [c.asset.id, c.plan.status]), [["gen-7", "due"], ["van-1", "due-soon"], ["van-2", "ok"]]);
  assert.equal(cards[0]!.workOrder!.id, "WO-1007");
  assert.equal(cards[0]!.hoursLeft!.toFixed(2), "-1.40");
  assert.equal(cards[1]!.hoursLeft!.toFixed(2), "15.38");
});

test("Run-hour meters list the running van first", () => {
  assert.deepEqual(meteredAssets(state).map(a => a.id), ["van-1", "gen-7", "van-2"]);
});
