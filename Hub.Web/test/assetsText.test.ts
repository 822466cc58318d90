import assert from "node:assert/strict";
import { test } from "node:test";
import { custodianText, locationText, type Names } from "../src/assets/renderAssets";
import type { AssetView } from "../src/contracts";
import { asset, snapshot } from "./helpers";

const names: Names = { sites: new Map([[snapshot.site.id, snapshot.site]]), assets: new Map([["van-1", "Van 1 (Transit, MA21 XKL)"]]) };
const drill = asset("tool-002"); // checked out to Ben Okafor, no location

test("A checked-out tool reads off site with whoever has it, not unknown", () => {
  assert.equal(locationText(drill, names), "Off site, with Ben Okafor");
  assert.equal(custodianText(drill), "Ben Okafor");
  assert.equal(locationText({ ...drill, custodian: null }, names), "Off site");
});

test("A tool checked back in reads on site, in its zone when known", () => {
  const saw = asset("tool-010"); // Circular saw #2, in the store
  assert.equal(locationText(saw, names), "Tool store, North Depot");
  assert.equal(custodianText(saw), "On site (North Depot)");
  assert.equal(locationText({ ...saw, location: { ...saw.location!, zone: null } }, names), "North Depot, zone unknown");
  assert.equal(locationText({ ...saw, location: null }, names), "On site, North Depot");
});

test("A tool never seen reads not seen yet; one seen once and lost since reads unknown", () => {
  const never: AssetView = { ...asset("tool-035"), location: null, lastSeen: null, custodian: null };
  assert.equal(locationText(never, names), "Not seen yet");
  assert.equal(locationText({ ...never, lastSeen: "2026-12-03T08:00:00.000Z" }, names), "unknown");
});

test("Aboard a van, or on the road with GPS only", () => {
  assert.equal(locationText(asset("tool-001"), names), "In Van 1 (Transit, MA21 XKL)");
  const van = asset("van-1");
  assert.equal(locationText({ ...van, custodian: null }, names), "Off site, 53.49010, -2.25830");
});
