import assert from "node:assert/strict";
import type { Server } from "node:http";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { ConfirmationMs } from "../../src/assets/renderUnknownTags";
import { launch, previewServer } from "./browser";

let browser: Browser;
let server: Server;
let base: string;
before(async () => {
  browser = await launch();
  ({ server, url: base } = await previewServer());
});
after(async () => {
  await browser?.close();
  server?.close();
});

test("Searching filters the table and pages through 48 assets 25 at a time", async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/assets.html`);
  await page.waitForSelector("#assets-body tr[data-asset-id]");
  assert.equal(await page.textContent("#page-info"), "1–25 of 48 · page 1 of 2");
  await page.click("#page-next");
  await page.waitForFunction(() => document.getElementById("page-info")?.textContent?.startsWith("26–48"));
  assert.equal(await page.locator("#assets-body tr[data-asset-id]").count(), 23);

  await page.fill("#filter-q", "drill");
  await page.waitForFunction(() => document.getElementById("page-info")?.textContent?.endsWith("page 1 of 1"));
  const names = await page.locator("#assets-body .asset-name").allTextContents();
  assert.deepEqual(names, ["Cordless drill #1", "Cordless drill #2", "Core drill", "SDS hammer drill #1", "SDS hammer drill #2"]);
  assert.match(page.url(), /\?q=drill$/);
  await page.close();
});

test("Filtering by status shows only missing assets, located where they were last seen", async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/assets.html?status=missing`);
  await page.waitForSelector("#assets-body tr[data-asset-id]");
  const rows = page.locator("#assets-body tr[data-asset-id]");
  assert.equal(await rows.count(), 1);
  assert.match((await rows.first().textContent())!, /Step ladder #2.*Missing.*Tool store, North Depot/s);
  await page.close();
});

test("Checked-out tools read off site with whoever has them; tools checked back in read on site", async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/assets.html?q=drill`);
  await page.waitForSelector("#assets-body tr[data-asset-id]");
  const cells = async (id: string) => {
    const row = page.locator(`#assets-body tr[data-asset-id="${id}"]`);
    return [await row.locator("td.location").textContent(), await row.locator("td.custodian").textContent()];
  };
  assert.deepEqual(await cells("tool-002"), ["Off site, with Ben Okafor", "Ben Okafor"]);
  assert.deepEqual(await cells("tool-001"), ["In Van 1 (Transit, MA21 XKL)", "Amy Clarke"]);
  assert.deepEqual(await cells("tool-031"), ["Workshop, North Depot", "On site (North Depot)"]);
  await page.close();
});

test("Assigning an unknown tag posts it, says so, and removes the row", async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/assets.html`);
  const row = page.locator('tr.unknown-row[data-tag-key="epc:300833b2ddd9014000000007"]');
  await row.locator(".assign-open").click();
  await page.fill('tr.assign-row[data-tag-key="epc:300833b2ddd9014000000007"] .assign-search', "core");
  await page.click('tr.assign-row .assign-choice[data-asset-id="tool-031"]');
  await row.waitFor({ state: "detached", timeout: 5000 });
  const done = page.locator('tr.assigned-row[data-tag-key="epc:300833b2ddd9014000000007"]');
  assert.equal(await done.textContent(), "✓ epc:300833b2ddd9014000000007 assigned to Core drill");
  assert.equal(await page.textContent("#unknown-count"), "2");
  assert.equal(await page.locator("tr.assign-row").count(), 0);
  await done.waitFor({ state: "detached", timeout: ConfirmationMs + 2000 });
  await page.close();
});

test("A refused assignment shows the hub's problem details and keeps the row", async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/assets.html`);
  const key = "epc:e2801160600002084a1f5c21";
  await page.locator(`tr.unknown-row[data-tag-key="${key}"] .assign-open`).click();
  await page.fill(`tr.assign-row[data-tag-key="${key}"] .assign-search`, "step ladder");
  await page.click('tr.assign-row .assign-choice[data-asset-id="tool-026"]');
  const error = page.locator(`tr.assign-row[data-tag-key="${key}"] .assign-error`);
  await error.waitFor({ state: "visible", timeout: 5000 });
  assert.equal(await error.textContent(), "Asset cannot take tags: Step ladder #2 is missing.");
  assert.equal(await page.locator(`tr.unknown-row[data-tag-key="${key}"]`).count(), 1);
  await page.close();
});

test("Both pages link a favicon that the server has, so no page load ends in a 404", async () => {
  for (const pagePath of ["/", "/assets.html"]) {
    const page = await browser.newPage();
    await page.goto(`${base}${pagePath}`);
    const href = await page.getAttribute('link[rel="icon"]', "href");
    assert.ok(href, `${pagePath} links an icon`);
    const icon = await page.request.get(new URL(href, page.url()).toString());
    assert.equal(icon.status(), 200, `${pagePath}: ${href}`);
    assert.equal(icon.headers()["content-type"], "image/svg+xml");
    assert.match(await icon.text(), /<svg[^>]*viewBox="0 0 64 64"/);
    await page.close();
  }
});
