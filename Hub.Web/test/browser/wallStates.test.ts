import assert from "node:assert/strict";
import type { Server } from "node:http";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { FakeLiveHub } from "../../dev/fakeHub";
import { FixtureServerTime, fixtureSnapshot } from "../../dev/fixture";
import type { AssetView, SiteSnapshot } from "../../src/contracts";
import { batch } from "../helpers";
import { launch, previewServer } from "./browser";

// The wall screen in states the fixture preview does not show: a hub with no site, a depot where most tools have not
// been seen or are lost, a generator whose engine hours rise.
let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("A hub with no site configured gets a calm note saying how to configure one, not the red offline banner", async () => {
  const { server, url } = await previewServer(null, { sites: [] });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${url}/`);
    await page.waitForSelector('#connection[data-state="no-site"]', { timeout: 10_000 });
    assert.equal(await page.textContent("#notice"),
      "No site is configured yet: import a configuration with POST /api/config, or start the hub with --Hub:SeedConfiguration=FILE");
    assert.equal(await page.isVisible("#notice"), true);
    assert.equal(await page.isVisible("#stale-banner"), false);
    assert.equal(await page.textContent("#connection"), "No site");
    await page.close();
  } finally {
    server.close();
  }
});

/** The depot with its workshop and store tools unaccounted for: every other one never seen, the rest lost since. */
const crowd: SiteSnapshot = {
  ...fixtureSnapshot,
  assets: fixtureSnapshot.assets.map((a, i): AssetView => (a.location?.zone === "store" || a.location?.zone === "workshop")
    ? { ...a, location: null, custodian: null, lastSeen: i % 2 === 0 ? null : a.lastSeen }
    : a),
};
const neverSeen = crowd.assets.filter(a => a.lastSeen === null).length;
const lost = crowd.assets.filter(a => a.lastSeen !== null && a.location === null && a.custodian === null).length;

async function openCrowd(width: number, height: number): Promise<{ page: Page; hub: FakeLiveHub; server: Server }> {
  const hub = new FakeLiveHub(crowd);
  const { server, url } = await previewServer(hub);
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${url}/?site=north-depot`);
  await page.waitForSelector('body[data-stale="false"]', { timeout: 10_000 });
  return { page, hub, server };
}

test("Tools never seen are a count apart from the lost ones, and a list too long for its panel ends with +N more", async () => {
  assert.ok(neverSeen >= 10 && lost >= 10, `${neverSeen} never seen, ${lost} lost`);
  for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
    const { page, hub, server } = await openCrowd(width, height);
    try {
      assert.equal(await page.textContent('#offplan .offplan-group[data-group="not-seen"]'), `Not seen yet: ${neverSeen}`);
      const unknown = page.locator('#offplan .offplan-group[data-group="unknown"]');
      const shown = await unknown.locator(".offplan-asset").count();
      const more = await unknown.locator(".more").textContent();
      assert.equal(more, `+${lost - shown} more`, `${width}×${height}: ${shown} of ${lost} lost tools listed`);
      const fits = await page.evaluate(() => {
        const panel = document.querySelector(".offplan-panel")!.getBoundingClientRect();
        return [...document.querySelectorAll("#offplan *")].every(e => e.getBoundingClientRect().bottom <= panel.bottom);
      });
      assert.ok(fits, `${width}×${height}: nothing cut off at the bottom of the panel`);
    } finally {
      await page.close();
      hub.close();
      server.close();
    }
  }
});

test("A generator whose engine hours rise reads running and joins the running meters at the top", async () => {
  const { page, hub, server } = await openCrowd(1920, 1080);
  try {
    const meter = page.locator('#run-hours .meter[data-asset-id="gen-7"]');
    assert.equal(await meter.getAttribute("data-running"), "false");
    const gen = crowd.assets.find(a => a.id === "gen-7")!;
    hub.broadcast(batch(1, { assets: [{ ...gen, runHours: { ...gen.runHours!, hours: gen.runHours!.hours + 0.05, updatedAt: FixtureServerTime } }] }));
    await page.waitForSelector('#run-hours .meter[data-asset-id="gen-7"][data-running="true"]', { timeout: 5000 });
    assert.equal(await meter.locator(".meter-state").textContent(), "running");
    assert.equal(await meter.locator(".meter-hours").textContent(), "1251.45 h");
    assert.deepEqual(await page.locator("#run-hours .meter").evaluateAll(ms => ms.map(m => (m as HTMLElement).dataset.assetId)), ["gen-7", "van-1", "van-2"]);
  } finally {
    await page.close();
    hub.close();
    server.close();
  }
});
