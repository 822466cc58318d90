import type { AssetView, ChangeBatch, PassageView, SiteSnapshot } from "../src/contracts";
import { fixtureSnapshot } from "../dev/fixture";

export const snapshot: SiteSnapshot = fixtureSnapshot;

/** A change batch on top of the fixture snapshot; `version` counts from the snapshot's. */
export function batch(step: number, parts: Partial<ChangeBatch> = {}): ChangeBatch {
  return {
    instance: snapshot.instance,
    fromVersion: snapshot.version + step - 1,
    version: snapshot.version + step,
    assets: [],
    passages: [],
    workOrders: [],
    gateways: [],
    unknownTags: [],
    removedUnknownTags: [],
    trackPoints: {},
    ...parts,
  };
}

export function asset(id: string): AssetView {
  const found = snapshot.assets.find(a => a.id === id);
  if (!found) {
    throw new Error(`no asset ${id} in the fixture`);
  }
  return found;
}

export function movedTo(id: string, zone: string | null, since = "2026-12-03T10:43:00.000Z"): AssetView {
  const a = asset(id);
  return { ...a, location: { ...a.location!, site: snapshot.site.id, zone, vehicle: null, since }, lastSeen: since };
}

export function passage(id: string, started: string, assetNames: string[], direction: "in" | "out" = "in"): PassageView {
  return {
    id, gateId: "main-gate", gateName: "Main gate", site: snapshot.site.id, direction, started, ended: started,
    assets: assetNames.map((name, i) => ({ id: `a-${i}`, name })), people: [], unknownTags: [],
  };
}
