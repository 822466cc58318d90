import assert from "node:assert/strict";
import { test } from "node:test";
import { applyChanges, fromSnapshot, MaxPassages, type LiveState } from "../src/state";
import { batch, movedTo, passage, snapshot } from "./helpers";

function applied(state: LiveState, ...batches: ReturnType<typeof batch>[]): LiveState {
  for (const b of batches) {
    const outcome = applyChanges(state, b);
    assert.equal(outcome.kind, "applied", `batch ${b.version} should apply`);
    if (outcome.kind === "applied") {
      state = outcome.state;
    }
  }
  return state;
}

test("A snapshot becomes the state: every asset by id, passages newest first, the van's track oldest first", () => {
  const state = fromSnapshot(snapshot);
  assert.equal(state.version, snapshot.version);
  assert.equal(state.assets.size, 48); // 45 tools, two vans, a generator
  assert.equal(state.assets.get("tool-026")!.status, "missing");
  assert.deepEqual(state.passages.map(p => p.started), [...snapshot.passages.map(p => p.started)].sort().reverse());
  const track = state.tracks.get("van-1")!;
  assert.equal(track.length, 48);
  assert.ok(track.every((p, i) => i === 0 || p[2] > track[i - 1]![2]));
});

test("Changes in order move an asset, add a passage at the top and extend the van's track", () => {
  const state = applied(
    fromSnapshot(snapshot),
    batch(1, { assets: [movedTo("tool-004", "yard")] }),
    batch(2, {
      passages: [passage("north-gate/1764748800000/4800#0", "2026-12-03T10:43:10.000Z", ["Angle grinder #2"], "out")],
      trackPoints: { "van-1": [[-2.259, 53.4905, Date.parse("2026-12-03T10:42:43.000Z")]] },
    }));
  assert.equal(state.version, snapshot.version + 2);
  assert.equal(state.assets.get("tool-004")!.location!.zone, "yard");
  assert.equal(state.passages[0]!.id, "north-gate/1764748800000/4800#0");
  assert.equal(state.passages[0]!.assets[0]!.name, "Angle grinder #2");
  assert.deepEqual(state.tracks.get("van-1")!.at(-1), [-2.259, 53.4905, Date.parse("2026-12-03T10:42:43.000Z")]);
});

test("A batch whose version is not above the state's is already in it and is dropped", () => {
  const state = applied(fromSnapshot(snapshot), batch(1, { assets: [movedTo("tool-004", "yard")] }));
  const replayed = applyChanges(state, batch(1, { assets: [movedTo("tool-004", "store")] }));
  const older = applyChanges(state, batch(0, { assets: [movedTo("tool-004", "store")] }));
  assert.equal(replayed.kind, "duplicate");
  assert.equal(older.kind, "duplicate");
  assert.equal(state.assets.get("tool-004")!.location!.zone, "yard");
});

test("A skipped version means changes were lost, so the client must resubscribe", () => {
  const outcome = applyChanges(fromSnapshot(snapshot), batch(3, { assets: [movedTo("tool-004", "yard")] }));
  assert.deepEqual(outcome, { kind: "resync", reason: `missed changes ${snapshot.version + 1}..${snapshot.version + 2}` });
});

test("A merged batch that covers several versions applies when it starts at or before the state", () => {
  const merged = { ...batch(3, { assets: [movedTo("tool-004", "store")] }), fromVersion: snapshot.version - 1 };
  const outcome = applyChanges(fromSnapshot(snapshot), merged);
  assert.equal(outcome.kind, "applied");
  assert.equal(outcome.kind === "applied" && outcome.state.version, snapshot.version + 3);
});

test("A batch from a restarted hub (new instance) asks for a resync even when its version looks next", () => {
  const outcome = applyChanges(fromSnapshot(snapshot), { ...batch(1), instance: "restarted-hub" });
  assert.equal(outcome.kind, "resync");
});

test("A passage that grew comes again with the same id and replaces its entry instead of doubling it", () => {
  const first = passage("north-gate/1764748800000/4800#0", "2026-12-03T10:43:10.000Z", ["Angle grinder #2"]);
  const grown = { ...first, assets: [...first.assets, { id: "tool-005", name: "Impact driver #1" }], ended: "2026-12-03T10:43:12.000Z" };
  const state = applied(fromSnapshot(snapshot), batch(1, { passages: [first] }), batch(2, { passages: [grown] }));
  assert.equal(state.passages.filter(p => p.id === first.id).length, 1);
  assert.deepEqual(state.passages[0]!.assets.map(a => a.name), ["Angle grinder #2", "Impact driver #1"]);
  assert.equal(state.passages.length, snapshot.passages.length + 1);
});

test("Only the newest 50 passages are kept", () => {
  const many = Array.from({ length: 60 }, (_, i) =>
    passage(`p-${i}`, new Date(Date.parse("2026-12-03T11:00:00Z") + i * 1000).toISOString(), ["Breaker"]));
  const state = applied(fromSnapshot(snapshot), batch(1, { passages: many }));
  assert.equal(state.passages.length, MaxPassages);
  assert.equal(state.passages[0]!.id, "p-59");
  assert.equal(state.passages.at(-1)!.id, "p-10");
});

test("An unknown tag that was assigned is removed; a new one is added", () => {
  const tag = snapshot.unknownTags[0]!;
  const fresh = { ...tag, key: "epc:e28011606000020000000bad", count: 1 };
  const state = applied(fromSnapshot(snapshot), batch(1, { unknownTags: [fresh], removedUnknownTags: [tag.key] }));
  assert.equal(state.unknownTags.has(tag.key), false);
  assert.equal(state.unknownTags.get(fresh.key)!.count, 1);
  assert.equal(state.unknownTags.size, snapshot.unknownTags.length);
});

test("Track points repeated in a later batch are kept once, in time order", () => {
  const track = snapshot.tracks["van-1"]!;
  const state = applied(fromSnapshot(snapshot), batch(1, { trackPoints: { "van-1": [track.at(-1)!, track.at(-2)!] } }));
  assert.equal(state.tracks.get("van-1")!.length, track.length);
});

test("Applying changes never alters the state it started from", () => {
  const before = fromSnapshot(snapshot);
  applied(before, batch(1, { assets: [movedTo("tool-004", "yard")] }));
  assert.equal(before.version, snapshot.version);
  assert.equal(before.assets.get("tool-004")!.location!.zone, "workshop");
});
