import { assignTag, getAssets, getSites, getUnknownTags, type AssetQuery } from "../api";
import type { AssetStatus, AssetView, Page, SiteView, UnknownTagView } from "../contracts";
import { byId, h } from "../dom";
import "../styles/assets.css";
import { type Names, renderAssetRows, renderPager } from "./renderAssets";
import { renderUnknownRows } from "./renderUnknownTags";

const PageSize = 25;

const form = byId<HTMLFormElement>("asset-filters");
const q = byId<HTMLInputElement>("filter-q");
const status = byId<HTMLSelectElement>("filter-status");
const site = byId<HTMLSelectElement>("filter-site");
const zone = byId<HTMLSelectElement>("filter-zone");
const prev = byId<HTMLButtonElement>("page-prev");
const next = byId<HTMLButtonElement>("page-next");

const names: Names & { sites: Map<string, SiteView>; assets: Map<string, string> } = { sites: new Map(), assets: new Map() };
let page = 1;
let loading: AbortController | null = null;

/** Filters live in the address so a filtered list can be bookmarked or sent to someone. */
function readQuery(): void {
  const params = new URLSearchParams(location.search);
  q.value = params.get("q") ?? "";
  status.value = params.get("status") ?? "";
  site.dataset.wanted = params.get("site") ?? "";
  zone.dataset.wanted = params.get("zone") ?? "";
  page = Math.max(1, Number(params.get("page")) || 1);
}

function query(): AssetQuery {
  return { q: q.value.trim(), status: status.value as AssetStatus | "", site: site.value, zone: zone.value, page, pageSize: PageSize };
}

async function loadAssets(): Promise<void> {
  loading?.abort();
  const controller = new AbortController();
  loading = controller;
  const current = query();
  const params = new URLSearchParams(Object.entries(current).filter(([k, v]) => v !== "" && k !== "pageSize" && !(k === "page" && v === 1)).map(([k, v]) => [k, String(v)]));
  const search = params.toString();
  history.replaceState(null, "", `${location.pathname}${search ? `?${search}` : ""}`);
  const error = byId("assets-error");
  try {
    const result = await getAssets(current, controller.signal);
    result.items.forEach(a => names.assets.set(a.id, a.name));
    error.hidden = true;
    renderAssetRows(byId("assets-body"), result, names, Date.now());
    renderPager(byId("page-info"), prev, next, result);
    void nameVehicles(result.items.map(a => a.location?.vehicle).filter((v): v is string => !!v), result, controller.signal);
  } catch (failure) {
    if (!controller.signal.aborted) {
      error.hidden = false;
      error.textContent = `Could not load assets: ${failure instanceof Error ? failure.message : String(failure)}`;
    }
  }
}

/** Locations name a vehicle by id; look up the names not yet known (the vehicle may be on another page). */
async function nameVehicles(ids: string[], shown: Page<AssetView>, signal: AbortSignal): Promise<void> {
  const missing = [...new Set(ids)].filter(id => !names.assets.has(id));
  if (missing.length === 0) {
    return;
  }
  await Promise.all(missing.map(async id => {
    try {
      const found = (await getAssets({ q: id, pageSize: 5 }, signal)).items.find(a => a.id === id);
      names.assets.set(id, found?.name ?? id);
    } catch {
      // Keep showing the id: the name is a nicety.
    }
  }));
  if (!signal.aborted) {
    renderAssetRows(byId("assets-body"), shown, names, Date.now());
  }
}

function fillZones(): void {
  const chosen = names.sites.get(site.value);
  const zones = chosen ? chosen.zones : [...names.sites.values()].flatMap(s => s.zones);
  const wanted = zone.dataset.wanted || zone.value;
  zone.replaceChildren(h("option", { value: "" }, "Any zone"), ...zones.map(z => h("option", { value: z.id }, z.name)));
  zone.value = zones.some(z => z.id === wanted) ? wanted : "";
  zone.dataset.wanted = "";
}

async function loadSites(): Promise<void> {
  try {
    const sites = await getSites();
    sites.forEach(s => names.sites.set(s.id, s));
    const wanted = site.dataset.wanted || "";
    site.replaceChildren(h("option", { value: "" }, "Any site"), ...sites.map(s => h("option", { value: s.id }, s.name)));
    site.value = sites.some(s => s.id === wanted) ? wanted : "";
    fillZones();
  } catch (failure) {
    const error = byId("assets-error");
    error.hidden = false;
    error.textContent = `Could not load sites: ${failure instanceof Error ? failure.message : String(failure)}`;
  }
}

let unknownTags: UnknownTagView[] = [];
function showUnknownTags(): void {
  byId("unknown-count").textContent = String(unknownTags.length);
  renderUnknownRows(byId("unknown-body"), unknownTags, names, Date.now(), {
    search: async (text, signal) => (await getAssets({ q: text, pageSize: 8 }, signal)).items,
    assign: (key, assetId) => assignTag(key, assetId),
    assigned: key => {
      unknownTags = unknownTags.filter(t => t.key !== key);
      byId("unknown-count").textContent = String(unknownTags.length);
      void loadAssets();
    },
  });
}

async function loadUnknownTags(): Promise<void> {
  const error = byId("unknown-error");
  try {
    unknownTags = await getUnknownTags();
    error.hidden = true;
    showUnknownTags();
  } catch (failure) {
    error.hidden = false;
    error.textContent = `Could not load unknown tags: ${failure instanceof Error ? failure.message : String(failure)}`;
  }
}

let typing: ReturnType<typeof setTimeout> | undefined;
q.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    page = 1;
    void loadAssets();
  }, 250);
});
form.addEventListener("submit", event => {
  event.preventDefault();
  page = 1;
  void loadAssets();
});
status.addEventListener("change", () => {
  page = 1;
  void loadAssets();
});
site.addEventListener("change", () => {
  fillZones();
  page = 1;
  void loadAssets();
});
zone.addEventListener("change", () => {
  page = 1;
  void loadAssets();
});
prev.addEventListener("click", () => {
  page = Math.max(1, page - 1);
  void loadAssets();
});
next.addEventListener("click", () => {
  page++;
  void loadAssets();
});
byId("unknown-refresh").addEventListener("click", () => void loadUnknownTags());

async function main(): Promise<void> {
  readQuery();
  await loadSites();
  await Promise.all([loadAssets(), loadUnknownTags()]);
}

void main();
