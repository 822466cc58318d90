import type { AssetView, MaintenanceStatus, MaintenanceView, PlanPoint, SiteView, WorkOrderView } from "../contracts";
import { gridInPolygon } from "../layout";
import type { LiveState } from "../state";

export interface PlanMarker {
  readonly asset: AssetView;
  readonly zoneId: string;
  readonly at: PlanPoint;
  /** Cell size in plan metres. */
  readonly size: number;
}

/** Label band kept free at the top of each zone, in plan metres, as a share of the plan's height. */
export const LabelBandShare = 0.07;

/** Assets whose location is a zone of this site, laid out on a grid inside their zone; retired assets are left off. */
export function planMarkers(site: SiteView, assets: Iterable<AssetView>): PlanMarker[] {
  const byZone = new Map<string, AssetView[]>();
  for (const asset of assets) {
    const zone = zoneOf(site, asset);
    if (zone) {
      byZone.set(zone, [...(byZone.get(zone) ?? []), asset]);
    }
  }
  const labelBand = (site.plan?.height ?? 80) * LabelBandShare;
  const markers: PlanMarker[] = [];
  for (const zone of site.zones) {
    const inZone = (byZone.get(zone.id) ?? []).sort(markerOrder);
    const band = Math.min(labelBand, zoneHeight(zone.area) * 0.3);
    const layout = gridInPolygon(zone.area, inZone.length, { maxCell: 12, labelBand: band });
    inZone.forEach((asset, i) => markers.push({ asset, zoneId: zone.id, at: layout.cells[i]!, size: layout.cellSize }));
  }
  return markers;
}

function zoneOf(site: SiteView, asset: AssetView): string | null {
  const location = asset.location;
  if (asset.status === "retired" || !location?.zone || (location.site !== null && location.site !== site.id)) {
    return null;
  }
  return site.zones.some(z => z.id === location.zone) ? location.zone : null;
}

/** Vehicles and machines first (they are few and big), then by name, so markers keep their places between updates. */
function markerOrder(a: AssetView, b: AssetView): number {
  return kindRank(a) - kindRank(b) || a.name.localeCompare(b.name, "en", { numeric: true });
}

function kindRank(asset: AssetView): number {
  return asset.kind === "vehicle" ? 0 : asset.kind === "machine" ? 1 : 2;
}

function zoneHeight(area: readonly PlanPoint[]): number {
  const ys = area.map(p => p[1]);
  return Math.max(...ys) - Math.min(...ys);
}

export interface OffPlanGroup {
  /** vehicle:{id}, site:{id}, custodian:{kind}:{id} or unknown. */
  readonly key: string;
  readonly title: string;
  /** For a vehicle group: the vehicle itself, shown with its load. */
  readonly vehicle: AssetView | null;
  readonly assets: AssetView[];
}

/**
 * Assets not on the plan: in a vehicle that is away, elsewhere on this site without a zone, at another site, or known
 * only by who holds them. Vehicles away from the plan head their own group even when empty.
 */
export function offPlanGroups(site: SiteView, assets: ReadonlyMap<string, AssetView>): OffPlanGroup[] {
  const groups = new Map<string, { title: string; vehicle: AssetView | null; assets: AssetView[]; rank: number }>();
  const add = (key: string, title: string, rank: number, asset: AssetView | null, vehicle: AssetView | null = null) => {
    const group = groups.get(key) ?? { title, vehicle, assets: [], rank };
    if (asset) {
      group.assets.push(asset);
    }
    groups.set(key, group);
  };
  for (const asset of assets.values()) {
    if (asset.status === "retired" || zoneOf(site, asset)) {
      continue;
    }
    const location = asset.location;
    if (asset.kind === "vehicle" && location?.site === site.id) {
      // Parked inside the site's fence but in no zone: on site, not on the road.
      add(`site:${site.id}`, `${site.name}, zone unknown`, 2, asset);
    } else if (asset.kind === "vehicle") {
      add(`vehicle:${asset.id}`, asset.name, 0, null, asset);
    } else if (location?.vehicle) {
      const vehicle = assets.get(location.vehicle) ?? null;
      add(`vehicle:${location.vehicle}`, vehicle?.name ?? location.vehicle, 0, asset, vehicle);
    } else if (location?.site === site.id) {
      add(`site:${site.id}`, `${site.name}, zone unknown`, 2, asset);
    } else if (location?.site) {
      add(`site:${location.site}`, `At ${location.site}`, 3, asset);
    } else if (asset.custodian && asset.custodian.kind !== "site") {
      const c = asset.custodian;
      add(`custodian:${c.kind}:${c.id}`, `With ${c.name ?? c.id}`, 1, asset);
    } else {
      add("unknown", "Location unknown", 4, asset);
    }
  }
  return [...groups.entries()]
    .sort(([, a], [, b]) => a.rank - b.rank || a.title.localeCompare(b.title, "en", { numeric: true }))
    .map(([key, g]) => ({ key, title: g.title, vehicle: g.vehicle, assets: g.assets.sort(markerOrder) }));
}

export interface MaintenanceCard {
  readonly asset: AssetView;
  readonly plan: MaintenanceView;
  /** Hours left until due (negative when overdue), when the plan counts hours. */
  readonly hoursLeft: number | null;
  readonly workOrder: WorkOrderView | null;
}

const statusRank: Record<MaintenanceStatus, number> = { due: 0, "due-soon": 1, ok: 2 };

/** One card per asset and plan, the most urgent first. */
export function maintenanceCards(state: LiveState): MaintenanceCard[] {
  const cards: MaintenanceCard[] = [];
  for (const asset of state.assets.values()) {
    if (asset.status === "retired") {
      continue;
    }
    for (const plan of asset.maintenance ?? []) {
      const hoursLeft = plan.dueAtHours !== null && asset.runHours ? plan.dueAtHours - asset.runHours.hours : null;
      const workOrder = plan.openWorkOrder ? state.workOrders.get(plan.openWorkOrder) ?? null : null;
      cards.push({ asset, plan, hoursLeft, workOrder });
    }
  }
  return cards.sort((a, b) =>
    statusRank[a.plan.status] - statusRank[b.plan.status]
    || (a.hoursLeft ?? Infinity) - (b.hoursLeft ?? Infinity)
    || a.asset.name.localeCompare(b.asset.name, "en", { numeric: true }));
}

/** Assets with a run-hours meter, running ones first. */
export function meteredAssets(state: LiveState): AssetView[] {
  return [...state.assets.values()]
    .filter(a => a.runHours && a.status !== "retired")
    .sort((a, b) => Number(b.runHours!.running) - Number(a.runHours!.running) || a.name.localeCompare(b.name, "en", { numeric: true }));
}
