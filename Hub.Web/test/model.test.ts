import assert from "node:assert/strict";
import { test } from "node:test";
import { pointInPolygon } from "../src/layout";
import { fromSnapshot } from "../src/state";
import type { AssetView } from "../src/contracts";
import { maintenanceCards, meteredAssets, NotSeenGroup, offPlanGroups } from "../src/wall/model";
import { planLayout } from "../src/wall/planLayout";
import { asset, snapshot } from "./helpers";

const state = fromSnapshot(snapshot);

test("Every asset located in a zone of the depot is on the plan inside that zone, and no two rows overlap", () => {
  const { markers, more } = planLayout(state.site, state.assets.values());
  const inZones = [...state.assets.values()].filter(a => a.location?.zone);
  assert.equal(markers.length + more.reduce((n, m) => n + m.count, 0), inZones.length);
  for (const m of markers) {
    const zone = state.site.zones.find(z => z.id === m.zoneId)!;
    assert.equal(m.zoneId, m.asset.location!.zone);
    assert.ok(pointInPolygon(m.at, zone.area), `${m.asset.name} inside ${zone.name}`);
  }
  assert.equal(new Set(markers.map(m => m.at.join(","))).size, markers.length);
});

test("Vehicles and machines head their zone's list so they keep the top places", () => {
  const yard = planLayout(state.site, state.assets.values()).markers.filter(m => m.zoneId === "yard");
  assert.deepEqual(yard.slice(0, 2).map(m => m.asset.id), ["van-2", "gen-7"]);
  assert.ok(yard[0]!.at[1] < yard[1]!.at[1], "listed top down");
});

test("The van on the road heads its own off-site group with the four tools aboard; checked-out tools are grouped by holder", () => {
  const groups = offPlanGroups(state.site, state.assets);
  assert.deepEqual(groups.map(g => g.title), ["Van 1 (Transit, MA21 XKL)", "With Ben Okafor"]);
  assert.equal(groups[0]!.vehicle!.id, "van-1");
  assert.deepEqual(groups[0]!.assets.map(a => a.name), ["Angle grinder #1", "Cordless drill #1", "Harness kit #1", "SDS hammer drill #1"]);
  assert.deepEqual(groups[1]!.assets.map(a => a.id), ["tool-019", "tool-002"]);
});

test("Tools never seen are counted apart from those whose location is unknown now, and a van that never reported is not on the road", () => {
  const assets = new Map(state.assets);
  const neverSeen = (id: string): AssetView => ({ ...asset(id), status: "available", location: null, lastSeen: null, custodian: null });
  assets.set("tool-035", neverSeen("tool-035"));
  assets.set("tool-036", neverSeen("tool-036"));
  assets.set("van-2", { ...neverSeen("van-2"), runHours: null });
  // Seen once, now nowhere: that one is lost, not new.
  assets.set("tool-038", { ...neverSeen("tool-038"), lastSeen: "2026-12-03T08:00:00.000Z" });
  const groups = offPlanGroups(state.site, assets);
  assert.deepEqual(groups.map(g => g.key), ["vehicle:van-1", "custodian:person:p-ben", "unknown", NotSeenGroup]);
  assert.deepEqual(groups.find(g => g.key === "unknown")!.assets.map(a => a.id), ["tool-038"]);
  assert.deepEqual(groups.at(-1)!.assets.map(a => a.id).sort(), ["tool-035", "tool-036", "van-2"]);
});

test("Maintenance cards put the due generator first with its open work order, then due soon, then ok", () => {
  const cards = maintenanceCards(state);
  assert.deepEqual(cards.map(c => [c.asset.id, c.plan.status]), [["gen-7", "due"], ["van-1", "due-soon"], ["van-2", "ok"]]);
  assert.equal(cards[0]!.workOrder!.id, "WO-1007");
  assert.equal(cards[0]!.hoursLeft!.toFixed(2), "-1.40");
  assert.equal(cards[1]!.hoursLeft!.toFixed(2), "15.38");
});

test("Run-hour meters list the running ones first", () => {
  assert.deepEqual(meteredAssets(state, a => a.runHours!.running).map(a => a.id), ["van-1", "gen-7", "van-2"]);
  assert.deepEqual(meteredAssets(state, a => a.id !== "van-2").map(a => a.id), ["gen-7", "van-1", "van-2"]);
});
