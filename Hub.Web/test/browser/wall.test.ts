import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { launch, previewServer, previewUrl } from "./browser";

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function open(url: string, width = 1920, height = 1080) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(url);
  return page;
}

test("The wall screen shows the fixture live: newest passage first with its assets and people", async () => {
  const page = await open(previewUrl);
  assert.equal(await page.getAttribute("body", "data-stale"), "false");
  const entries = page.locator("#gate-feed [data-passage-id]");
  assert.equal(await entries.count(), 5);
  const first = entries.first();
  assert.equal(await first.getAttribute("data-direction"), "out");
  assert.equal(await first.locator(".passage-dir").textContent(), "OUT");
  assert.equal(await first.locator(".passage-time").textContent(), "10:18:13");
  assert.match((await first.textContent())!, /Cordless drill #1.*with Amy Clarke.*1 unknown tag/s);
  await page.close();
});

test("Every asset in a zone has a marker on the plan, in its zone, coloured by status", async () => {
  const page = await open(previewUrl);
  assert.equal(await page.locator("#plan .marker").count(), 41);
  assert.equal(await page.getAttribute('#plan .marker[data-asset-id="tool-026"]', "data-status"), "missing");
  assert.equal(await page.getAttribute('#plan .marker[data-asset-id="gen-7"]', "data-zone"), "yard");
  const fill = await page.locator('#plan .marker[data-asset-id="tool-029"] .marker-dot').evaluate(e => getComputedStyle(e).fill);
  assert.equal(fill, "rgb(255, 125, 69)", "unavailable is orange");
  await page.close();
});

test("The due generator's maintenance card is red and names its work order", async () => {
  const page = await open(previewUrl);
  const due = page.locator('.maint-card[data-status="due"]');
  assert.equal(await due.count(), 1);
  assert.equal(await due.getAttribute("data-asset-id"), "gen-7");
  assert.match((await due.textContent())!, /DUE.*Generator 7.*due at 1250\.00 h.*1\.40 h over.*WO-1007/s);
  assert.equal(await due.evaluate(e => getComputedStyle(e).backgroundColor), "rgb(255, 59, 82)");
  await page.close();
});

test("A change batch moves an asset to its new zone on the plan", async () => {
  const page = await open(`${previewUrl}?play=1`);
  await page.waitForSelector('#plan .marker[data-asset-id="tool-004"][data-zone="yard"]', { timeout: 10_000 });
  await page.close();
});

test("While the hub is unreachable the screen says since when its data is stale, and dims it", async () => {
  const page = await open(`${previewUrl}?stale=1`, 1280, 720);
  assert.equal(await page.getAttribute("body", "data-stale"), "true");
  assert.equal(await page.textContent("#stale-banner"), "Data stale since 10:40:02 — reconnecting…");
  assert.equal(await page.locator(".wall-grid").evaluate(e => getComputedStyle(e).opacity), "0.45");
  await page.close();
});

test("The wall screen fits 1920×1080 and 1280×720 without scrolling", async () => {
  for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
    const page = await open(previewUrl, width, height);
    const size = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
    assert.deepEqual(size, { w: width, h: height }, `${width}×${height}`);
    await page.close();
  }
});

test("Served without a hub, the wall screen names the site, marks itself stale and keeps retrying", async () => {
  const { server, url } = await previewServer();
  try {
    const page = await open(`${url}/`);
    await page.waitForFunction(() => document.getElementById("site-name")?.textContent === "North Depot", undefined, { timeout: 10_000 });
    assert.equal(await page.getAttribute("body", "data-stale"), "true");
    assert.equal(await page.getAttribute("#connection", "data-state"), "connecting");
    assert.match((await page.textContent("#stale-banner"))!, /No data from the hub yet — connecting…/);
    await page.close();
  } finally {
    server.close();
  }
});
