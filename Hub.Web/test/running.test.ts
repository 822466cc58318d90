import assert from "node:assert/strict";
import { test } from "node:test";
import type { AssetView } from "../src/contracts";
import { MeterWatch, RunningWindowMs } from "../src/wall/running";
import { asset } from "./helpers";

const t0 = Date.parse("2026-12-03T10:00:00Z");
const minutes = (n: number) => t0 + n * 60_000;

/** Generator 7 as the hub reports its engine counter: `running` is false (the hub knows only ignition). */
function generator(hours: number, atMs: number): AssetView {
  return { ...asset("gen-7"), runHours: { hours, source: "engine", updatedAt: new Date(atMs).toISOString(), running: false } };
}

test("A generator whose engine hours rise reads running, although the hub's running flag is false", () => {
  const watch = new MeterWatch();
  watch.observe([generator(1251.40, minutes(0))]);
  watch.observe([generator(1251.45, minutes(3))]);
  assert.equal(watch.stateOf(generator(1251.45, minutes(3)), minutes(3.1)), "running");
  // Readings in between repeat the same 0.05 h step: still running.
  watch.observe([generator(1251.45, minutes(5))]);
  assert.equal(watch.stateOf(generator(1251.45, minutes(5)), minutes(9)), "running");
});

test("Ten minutes after its hours last rose the generator reads off, though it keeps reporting", () => {
  const watch = new MeterWatch();
  watch.observe([generator(1251.40, minutes(0))]);
  watch.observe([generator(1251.45, minutes(3))]);
  for (const m of [6, 9, 12]) {
    watch.observe([generator(1251.45, minutes(m))]);
  }
  assert.equal(watch.stateOf(generator(1251.45, minutes(12)), minutes(3) + RunningWindowMs - 1000), "running");
  assert.equal(watch.stateOf(generator(1251.45, minutes(12)), minutes(3) + RunningWindowMs + 1000), "off");
});

test("Just after the screen loads, a generator that reported a minute ago is neither running nor off until its hours move or ten minutes pass", () => {
  const watch = new MeterWatch();
  const first = generator(1251.40, minutes(0));
  watch.observe([first]);
  assert.equal(watch.stateOf(first, minutes(1)), "unknown");
  assert.equal(watch.stateOf(first, minutes(11)), "off");
  const rose = generator(1251.45, minutes(2));
  watch.observe([rose]);
  assert.equal(watch.stateOf(rose, minutes(2.1)), "running");
});

test("A meter whose last reading is older than ten minutes is off from the start", () => {
  const watch = new MeterWatch();
  const stale = generator(1251.40, minutes(0));
  watch.observe([stale]);
  assert.equal(watch.stateOf(stale, minutes(25)), "off");
});

test("An ignition meter follows the hub's running flag", () => {
  const watch = new MeterWatch();
  const van = asset("van-1");
  watch.observe([van]);
  assert.equal(watch.stateOf(van, Date.parse(van.runHours!.updatedAt)), "running");
  const parked = { ...van, runHours: { ...van.runHours!, running: false } };
  assert.equal(watch.stateOf(parked, Date.parse(van.runHours!.updatedAt)), "off");
});

test("Seeing the same state twice, or an older snapshot after a reconnect, does not make a stopped generator run", () => {
  const watch = new MeterWatch();
  const reading = generator(1251.40, minutes(0));
  watch.observe([reading]);
  watch.observe([reading]);
  assert.equal(watch.stateOf(reading, minutes(11)), "off");
  watch.observe([generator(1200, minutes(12))]); // another hub's data: hours went back
  watch.observe([generator(1200, minutes(13))]);
  assert.equal(watch.stateOf(generator(1200, minutes(13)), minutes(13.5)), "unknown");
});
