import type { AssetView, MaintenanceStatus, MaintenanceView, SiteView, WorkOrderView } from "../contracts";
import type { LiveState } from "../state";
import { planZoneOf, sortForPlan } from "./planLayout";

export interface OffPlanGroup {
  /** vehicle:{id}, site:{id}, custodian:{kind}:{id}, unknown or not-seen. */
  readonly key: string;
  readonly title: string;
  /** For a vehicle group: the vehicle itself, shown with its load. */
  readonly vehicle: AssetView | null;
  readonly assets: AssetView[];
}

/** The group of assets no reader, beacon receiver or GPS has reported yet: a count, not a list of lost things. */
export const NotSeenGroup = "not-seen";

/**
 * Assets not on the plan: in a vehicle that is away, elsewhere on this site without a zone, at another site, known
 * only by who holds them, seen once but whereabouts unknown now, or never seen at all. Vehicles away from the plan
 * head their own group even when empty.
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
    if (asset.status === "retired" || planZoneOf(site, asset)) {
      continue;
    }
    const location = asset.location;
    const neverSeen = !location && asset.lastSeen === null;
    if (asset.kind === "vehicle" && location?.site === site.id) {
      // Parked inside the site's fence but in no zone: on site, not on the road.
      add(`site:${site.id}`, `${site.name}, zone unknown`, 2, asset);
    } else if (asset.kind === "vehicle" && !neverSeen) {
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
    } else if (neverSeen) {
      add(NotSeenGroup, "Not seen yet", 5, asset);
    } else {
      add("unknown", "Location unknown", 4, asset);
    }
  }
  return [...groups.entries()]
    .sort(([, a], [, b]) => a.rank - b.rank || a.title.localeCompare(b.title, "en", { numeric: true }))
    .map(([key, g]) => ({ key, title: g.title, vehicle: g.vehicle, assets: sortForPlan(g.assets) }));
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

/** Assets with a run-hours meter, running ones first (`running` as the screen tells it, see MeterWatch). */
export function meteredAssets(state: LiveState, running: (asset: AssetView) => boolean): AssetView[] {
  return [...state.assets.values()]
    .filter(a => a.runHours && a.status !== "retired")
    .map(a => ({ asset: a, running: running(a) }))
    .sort((a, b) => Number(b.running) - Number(a.running) || a.asset.name.localeCompare(b.asset.name, "en", { numeric: true }))
    .map(m => m.asset);
}
