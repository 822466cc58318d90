// A realistic snapshot of the demo depot (deploy/demo/site.json) at 10:42 on a December morning: tools spread over
// the zones, a van out on the road with its load and a GPS track, a generator due for service, a few passages.
// The site, zones, assets and people come from the demo configuration itself, so the fixture follows it.
import demo from "../../deploy/demo/site.json";
import type {
  AssetStatus, AssetView, ChangeBatch, Custodian, LocationView, MaintenanceView, PassageView, SiteSnapshot, SiteView, TrackPoint,
} from "../src/contracts";

export const FixtureServerTime = "2026-12-03T10:42:13.000Z";
const now = Date.parse(FixtureServerTime);
const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();

const siteConfig = demo.sites[0]!;
export const fixtureSite: SiteView = {
  id: siteConfig.id,
  name: siteConfig.name,
  timeZone: siteConfig.timeZone,
  plan: siteConfig.plan,
  zones: demo.zones.filter(z => z.site === siteConfig.id).map(z => ({ id: z.id, name: z.name, kind: z.kind, area: z.area as [number, number][] })),
  gates: demo.gates.map(g => ({ id: g.id, name: g.name, insideZone: g.insideZone, position: g.position as [number, number] })),
  receivers: demo.receivers.map(r => ({ id: r.id, zone: r.zone, position: r.position as [number, number] })),
  geofences: demo.geofences.map(f => ({
    id: f.id, name: f.name, site: f.site ?? null, polygon: (f.polygon as [number, number][] | undefined) ?? null, circle: f.circle ?? null,
  })),
};

const person = (id: string): Custodian => ({ kind: "person", id, name: demo.people.find(p => p.id === id)!.name });

/** Where each asset is: zone id, "van-1" (aboard, on the road), "person" (checked out, no location) or "road". */
const placement: Record<string, string> = {
  "tool-001": "van-1", "tool-003": "van-1", "tool-007": "van-1", "tool-023": "van-1",
  "tool-002": "person", "tool-019": "person",
  "tool-004": "workshop", "tool-005": "workshop", "tool-009": "workshop", "tool-015": "workshop", "tool-017": "workshop",
  "tool-029": "workshop", "tool-031": "workshop", "tool-037": "workshop", "tool-041": "workshop",
  "tool-035": "yard", "tool-036": "yard", "tool-038": "yard", "tool-040": "yard", "tool-042": "yard", "tool-043": "yard",
  "tool-044": "gate-lane",
  "van-1": "road", "van-2": "yard", "gen-7": "yard",
};

const status: Record<string, AssetStatus> = {
  "tool-001": "checked-out", "tool-003": "checked-out", "tool-007": "checked-out", "tool-023": "checked-out",
  "tool-002": "checked-out", "tool-019": "checked-out", "van-1": "checked-out",
  "tool-017": "in-maintenance", "tool-029": "unavailable", "tool-026": "missing",
};

const vanTrack: TrackPoint[] = buildVanTrack();

function locationOf(id: string, kind: string): LocationView | null {
  const where = placement[id] ?? "store";
  const since = at(id === "tool-026" ? 60 * 26 : 30 + (parseInt(id.slice(-2), 16) % 90));
  const source = kind === "vehicle" ? "gps" : id.endsWith("1") || id.endsWith("5") ? "ble" : "rfid-gate";
  if (where === "person") {
    return null;
  }
  if (where === "road") {
    const last = vanTrack.at(-1)!;
    return { site: null, zone: null, vehicle: null, lat: last[1], lon: last[0], since: at(24), source: "gps", confidence: 0.95, evidence: [] };
  }
  if (where === "van-1") {
    return { site: null, zone: null, vehicle: "van-1", lat: null, lon: null, since: at(24), source: "rfid-gate", confidence: 0.9, evidence: ["north-gate/1764748800000/4711#3"] };
  }
  return { site: siteConfig.id, zone: where, vehicle: null, lat: null, lon: null, since, source, confidence: 0.8, evidence: [] };
}

function custodianOf(id: string): Custodian | null {
  if (placement[id] === "van-1" || id === "van-1") {
    return person("p-amy");
  }
  return placement[id] === "person" ? person("p-ben") : { kind: "site", id: siteConfig.id, name: siteConfig.name };
}

const meters: Record<string, { hours: number; running: boolean; source: string }> = {
  "van-1": { hours: 1984.62, running: true, source: "ignition" },
  "van-2": { hours: 1122.31, running: false, source: "ignition" },
  "gen-7": { hours: 1251.4, running: false, source: "engine" },
};

const maintenance: Record<string, MaintenanceView[]> = {
  "gen-7": [{ planId: "gen-250h", planName: "250 h service", status: "due", basisHours: 1000, dueAtHours: 1250, openWorkOrder: "WO-1007" }],
  "van-1": [{ planId: "van-500h", planName: "500 h engine service", status: "due-soon", basisHours: 1500, dueAtHours: 2000, openWorkOrder: null }],
  "van-2": [{ planId: "van-500h", planName: "500 h engine service", status: "ok", basisHours: 1000, dueAtHours: 1500, openWorkOrder: null }],
};

export const fixtureAssets: AssetView[] = demo.assets.map(a => ({
  id: a.id,
  name: a.name,
  category: a.category,
  kind: a.kind,
  tags: a.tags,
  homeSite: a.site,
  status: status[a.id] ?? "available",
  custodian: custodianOf(a.id),
  location: locationOf(a.id, a.kind),
  lastSeen: a.id === "tool-026" ? at(60 * 26) : at(a.id === "van-1" ? 0.1 : 2 + (a.id.length % 7)),
  runHours: meters[a.id] ? { ...meters[a.id]!, updatedAt: at(0.2) } : null,
  maintenance: maintenance[a.id] ?? [],
}));

const names = new Map(fixtureAssets.map(a => [a.id, a.name]));
const ref = (id: string) => ({ id, name: names.get(id) ?? demo.people.find(p => p.id === id)!.name });
const passage = (id: string, minutesAgo: number, direction: "in" | "out", assets: string[], people: string[], unknown: string[] = []): PassageView => ({
  id, gateId: "main-gate", gateName: "Main gate", site: siteConfig.id, direction,
  started: at(minutesAgo), ended: at(minutesAgo - 0.07), assets: assets.map(ref), people: people.map(ref), unknownTags: unknown,
});

export const fixturePassages: PassageView[] = [
  passage("north-gate/1764748800000/4711#0", 24, "out", ["van-1", "tool-001", "tool-003", "tool-007", "tool-023"], ["p-amy"], ["epc:e2801160600002084a1f5c21"]),
  passage("north-gate/1764748800000/4650#0", 51, "in", ["van-2", "tool-036", "tool-038"], ["p-ben", "p-dev"]),
  passage("north-gate/1764748800000/4602#0", 77, "out", ["tool-002", "tool-019"], ["p-ben"]),
  passage("north-gate/1764748800000/4544#0", 118, "in", ["tool-042"], ["p-cara"], ["epc:e2801160600002084a1f5c21", "epc:300833b2ddd9014000000007"]),
  passage("north-gate/1764748800000/4490#0", 142, "out", ["van-2", "tool-036", "tool-038"], ["p-dev"]),
];

export const fixtureSnapshot: SiteSnapshot = {
  instance: "7f3c9a2e-preview",
  version: 1840,
  serverTime: FixtureServerTime,
  site: fixtureSite,
  assets: fixtureAssets,
  passages: fixturePassages,
  workOrders: [{
    id: "WO-1007", assetId: "gen-7", assetName: "Generator 7 (20 kVA)", planId: "gen-250h", title: "250 h service",
    status: "open", raisedAt: at(95), raisedAtHours: 1249.75, completedAt: null,
  }],
  gateways: [{
    id: "north-gate", online: true, lastSeen: at(0.05), softwareVersion: "0.3.0", started: at(220), sources: ["llrp:gate-reader", "ble:rx-yard"],
    epoch: 1764748800000, lastSeq: 4790, acknowledgedSeq: 4790, gaps: 0,
  }],
  unknownTags: [
    { key: "epc:e2801160600002084a1f5c21", kind: "rfid", firstSeen: at(118), lastSeen: at(24), count: 9, gateway: "north-gate", seenBy: "gate-reader", site: siteConfig.id, zone: "gate-lane", lat: null, lon: null },
    { key: "epc:300833b2ddd9014000000007", kind: "rfid", firstSeen: at(118), lastSeen: at(118), count: 3, gateway: "north-gate", seenBy: "gate-reader", site: siteConfig.id, zone: "gate-lane", lat: null, lon: null },
    { key: "ibeacon:fda50693-a4e2-4fb1-afcf-c6eb07647825:300:2", kind: "ble", firstSeen: at(300), lastSeen: at(1), count: 412, gateway: "north-gate", seenBy: "rx-workshop", site: siteConfig.id, zone: "workshop", lat: null, lon: null },
  ],
  tracks: { "van-1": vanTrack },
};

/** Two batches after the snapshot, for `preview.html?play=1`: a grinder carried into the yard, the van driving on. */
export function fixtureChanges(): ChangeBatch[] {
  const grinder = fixtureAssets.find(a => a.id === "tool-004")!;
  const last = vanTrack.at(-1)!;
  const moreTrack: TrackPoint[] = [1, 2, 3, 4].map(i => [last[0] - 0.0009 * i, last[1] + 0.0005 * i, last[2] + 15_000 * i]);
  const empty = { passages: [], workOrders: [], gateways: [], unknownTags: [], removedUnknownTags: [], trackPoints: {} };
  return [
    {
      ...empty, instance: fixtureSnapshot.instance, fromVersion: fixtureSnapshot.version, version: fixtureSnapshot.version + 1,
      assets: [{ ...grinder, location: { ...grinder.location!, zone: "yard", since: at(-0.05) }, lastSeen: at(-0.05) }],
    },
    { ...empty, instance: fixtureSnapshot.instance, fromVersion: fixtureSnapshot.version + 1, version: fixtureSnapshot.version + 2, assets: [], trackPoints: { "van-1": moreTrack } },
  ];
}

/** The van left the depot gate 24 minutes ago, heading north-west towards customer site A, one point every 30 s. */
function buildVanTrack(): TrackPoint[] {
  // Waypoints along the main roads between the depot (east side gate) and Salford, lon/lat.
  const waypoints: [number, number][] = [
    [-2.24135, 53.4808], [-2.2409, 53.4822], [-2.2431, 53.4839], [-2.2468, 53.4851], [-2.2502, 53.4858],
    [-2.2536, 53.4873], [-2.2561, 53.4889], [-2.2583, 53.4901],
  ];
  const points: TrackPoint[] = [];
  const count = 48;
  for (let i = 0; i < count; i++) {
    const f = (i / (count - 1)) * (waypoints.length - 1);
    const k = Math.min(Math.floor(f), waypoints.length - 2);
    const t = f - k;
    const [lon0, lat0] = waypoints[k]!;
    const [lon1, lat1] = waypoints[k + 1]!;
    points.push([lon0 + (lon1 - lon0) * t, lat0 + (lat1 - lat0) * t, now - (count - 1 - i) * 30_000]);
  }
  return points;
}
