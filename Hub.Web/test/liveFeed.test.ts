import assert from "node:assert/strict";
import { test } from "node:test";
import { LiveFeed } from "../src/liveFeed";
import { batch, movedTo, snapshot } from "./helpers";

test("Changes that arrive while Subscribe is in flight are applied on top of the snapshot, old ones dropped", () => {
  const feed = new LiveFeed();
  feed.beginSubscribe();
  // The hub joined the group before reading the snapshot: it sends one batch the snapshot already holds, and one after.
  assert.equal(feed.receiveChanges(batch(1, { assets: [movedTo("tool-004", "yard")] })).kind, "unchanged");
  assert.equal(feed.receiveChanges(batch(0, { assets: [movedTo("tool-004", "store")] })).kind, "unchanged");
  const result = feed.receiveSnapshot(snapshot);
  assert.equal(result.kind, "state");
  assert.equal(feed.state!.version, snapshot.version + 1);
  assert.equal(feed.state!.assets.get("tool-004")!.location!.zone, "yard");
});

test("A duplicate batch after the snapshot changes nothing", () => {
  const feed = new LiveFeed();
  feed.beginSubscribe();
  feed.receiveSnapshot(snapshot);
  assert.equal(feed.receiveChanges(batch(0, { assets: [movedTo("tool-004", "store")] })).kind, "unchanged");
  assert.equal(feed.state!.assets.get("tool-004")!.location!.zone, "workshop");
});

test("A resync replaces the whole state with the new snapshot: what changed meanwhile is caught up", () => {
  const feed = new LiveFeed();
  feed.beginSubscribe();
  feed.receiveSnapshot(snapshot);
  assert.equal(feed.receiveChanges(batch(5)).kind, "resync");

  const later = {
    ...snapshot,
    version: snapshot.version + 9,
    assets: snapshot.assets.filter(a => a.id !== "tool-044").map(a => (a.id === "tool-004" ? movedTo("tool-004", "store") : a)),
  };
  feed.beginSubscribe();
  const result = feed.receiveSnapshot(later);
  assert.equal(result.kind, "state");
  assert.equal(feed.state!.version, snapshot.version + 9);
  assert.equal(feed.state!.assets.get("tool-004")!.location!.zone, "store");
  assert.equal(feed.state!.assets.has("tool-044"), false);
});

test("After a hub restart the new instance's snapshot is taken even though its version is lower", () => {
  const feed = new LiveFeed();
  feed.beginSubscribe();
  feed.receiveSnapshot(snapshot);
  const restarted = { ...snapshot, instance: "hub-restarted", version: 3 };
  feed.beginSubscribe();
  feed.receiveChanges({ ...batch(1), instance: snapshot.instance }); // a late batch of the old instance
  assert.equal(feed.receiveSnapshot(restarted).kind, "state");
  assert.equal(feed.state!.instance, "hub-restarted");
  assert.equal(feed.state!.version, 3);
  const next = feed.receiveChanges({ ...batch(0, { assets: [movedTo("tool-004", "yard")] }), instance: "hub-restarted", fromVersion: 3, version: 4 });
  assert.equal(next.kind, "state");
  assert.equal(feed.state!.assets.get("tool-004")!.location!.zone, "yard");
});

test("A gap among the held batches asks for another resync rather than showing a state with a hole in it", () => {
  const feed = new LiveFeed();
  feed.beginSubscribe();
  feed.receiveChanges(batch(2));
  assert.equal(feed.receiveSnapshot(snapshot).kind, "resync");
});

test("Changes before any snapshot cannot be placed and ask for a subscribe", () => {
  assert.equal(new LiveFeed().receiveChanges(batch(1)).kind, "resync");
});
