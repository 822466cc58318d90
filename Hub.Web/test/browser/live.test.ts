import assert from "node:assert/strict";
import type { Server } from "node:http";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { FakeLiveHub } from "../../dev/fakeHub";
import { fixtureSnapshot } from "../../dev/fixture";
import { batch, movedTo } from "../helpers";
import { launch, previewServer } from "./browser";

// The real SignalR client in the real page against a stand-in /hubs/live speaking the SignalR JSON protocol.
let browser: Browser;
let server: Server;
let hub: FakeLiveHub;
let page: Page;
before(async () => {
  browser = await launch();
  hub = new FakeLiveHub(fixtureSnapshot);
  let url: string;
  ({ server, url } = await previewServer(hub));
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${url}/?site=north-depot`);
});
after(async () => {
  await browser?.close();
  hub?.close();
  server?.close();
});

const zoneOf = (id: string) => `#plan .marker[data-asset-id="${id}"]`;

test("The wall screen subscribes to its site and shows the snapshot live", async () => {
  await page.waitForSelector('body[data-stale="false"]', { timeout: 10_000 });
  assert.deepEqual(hub.subscribes, ["north-depot"]);
  assert.equal(await page.textContent("#connection"), "Live");
  assert.equal(await page.locator("#gate-feed [data-passage-id]").count(), 5);
});

test("A change batch from the hub moves a marker to its new zone", async () => {
  hub.broadcast(batch(1, { assets: [movedTo("tool-004", "yard")] }));
  await page.waitForSelector(`${zoneOf("tool-004")}[data-zone="yard"]`, { timeout: 5000 });
});

test("When the hub goes away the data is marked stale; when it is back the screen resubscribes and catches up", async () => {
  hub.goDown();
  await page.waitForSelector('body[data-stale="true"]', { timeout: 10_000 });
  assert.match((await page.textContent("#stale-banner"))!, /^Data stale since \d\d:\d\d:\d\d — reconnecting…$/);
  assert.equal(await page.getAttribute("#connection", "data-state"), "reconnecting");

  // Meanwhile the grinder was put away in the tool store, and the hub restarted.
  const later = {
    ...fixtureSnapshot,
    instance: "hub-after-restart",
    version: 12,
    assets: fixtureSnapshot.assets.map(a => (a.id === "tool-004" ? movedTo("tool-004", "store") : a)),
  };
  hub.goUp(later);
  await page.waitForSelector('body[data-stale="false"]', { timeout: 20_000 });
  await page.waitForSelector(`${zoneOf("tool-004")}[data-zone="store"]`, { timeout: 5000 });
  assert.equal(hub.subscribes.length, 2);
});

test("A resync from the hub makes the screen subscribe again", async () => {
  const before = hub.subscribes.length;
  hub.resync();
  await hub.subscribed(before + 1, 5000);
  assert.equal(hub.subscribes.at(-1), "north-depot");
});

test("A batch that skips a version makes the screen take a fresh snapshot instead of showing a hole", async () => {
  const before = hub.subscribes.length;
  hub.broadcast({ ...batch(0), instance: "hub-after-restart", version: 15 });
  await hub.subscribed(before + 1, 5000);
  assert.equal(await page.getAttribute("body", "data-stale"), "false");
});
