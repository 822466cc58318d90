import type {
  AssetView, ChangeBatch, GatewayView, PassageView, SiteSnapshot, SiteView, TrackPoint, UnknownTagView, WorkOrderView,
} from "./contracts";

/** What a live view knows about one site: one snapshot plus the change batches applied after it. Never mutated. */
export interface LiveState {
  readonly instance: string;
  readonly version: number;
  readonly serverTime: string;
  readonly site: SiteView;
  readonly assets: ReadonlyMap<string, AssetView>;
  /** Newest first, at most {@link MaxPassages}. */
  readonly passages: readonly PassageView[];
  readonly workOrders: ReadonlyMap<string, WorkOrderView>;
  readonly gateways: ReadonlyMap<string, GatewayView>;
  readonly unknownTags: ReadonlyMap<string, UnknownTagView>;
  /** GPS points per asset, oldest first, at most {@link MaxTrackPoints} each. */
  readonly tracks: ReadonlyMap<string, readonly TrackPoint[]>;
}

export const MaxPassages = 50;
export const MaxTrackPoints = 1000;

export type ChangeOutcome =
  | { readonly kind: "applied"; readonly state: LiveState }
  /** The batch is already part of the state (its version is not above the state's). */
  | { readonly kind: "duplicate" }
  /** The state can no longer be trusted: the client must call Subscribe again and take the new snapshot. */
  | { readonly kind: "resync"; readonly reason: string };

export function fromSnapshot(snapshot: SiteSnapshot): LiveState {
  const tracks = new Map<string, readonly TrackPoint[]>();
  for (const [assetId, points] of Object.entries(snapshot.tracks ?? {})) {
    tracks.set(assetId, mergeTrack([], points));
  }
  return {
    instance: snapshot.instance,
    version: snapshot.version,
    serverTime: snapshot.serverTime,
    site: snapshot.site,
    assets: byKey(snapshot.assets ?? [], a => a.id),
    passages: mergePassages([], snapshot.passages ?? []),
    workOrders: byKey(snapshot.workOrders ?? [], w => w.id),
    gateways: byKey(snapshot.gateways ?? [], g => g.id),
    unknownTags: byKey(snapshot.unknownTags ?? [], u => u.key),
    tracks,
  };
}

/**
 * Applies one change batch under the version rule of docs/realtime.md: a batch at or below the state's version is
 * already in it; a batch that starts at or before the state's version applies (the hub merges batches when busy, and
 * each holds the newest view of everything it covers); one that starts later, or another hub instance, means changes
 * were lost.
 */
export function applyChanges(state: LiveState, batch: ChangeBatch): ChangeOutcome {
  if (batch.instance !== state.instance) {
    return { kind: "resync", reason: `hub restarted (instance ${batch.instance}, state from ${state.instance})` };
  }
  if (batch.version <= state.version) {
    return { kind: "duplicate" };
  }
  const from = batch.fromVersion ?? batch.version - 1;
  if (from > state.version) {
    return { kind: "resync", reason: `missed changes ${state.version + 1}..${from}` };
  }

  const unknownTags = upsert(state.unknownTags, batch.unknownTags ?? [], u => u.key);
  for (const key of batch.removedUnknownTags ?? []) {
    unknownTags.delete(key);
  }
  const tracks = new Map(state.tracks);
  for (const [assetId, points] of Object.entries(batch.trackPoints ?? {})) {
    tracks.set(assetId, mergeTrack(tracks.get(assetId) ?? [], points));
  }
  return {
    kind: "applied",
    state: {
      ...state,
      version: batch.version,
      assets: upsert(state.assets, batch.assets ?? [], a => a.id),
      passages: mergePassages(state.passages, batch.passages ?? []),
      workOrders: upsert(state.workOrders, batch.workOrders ?? [], w => w.id),
      gateways: upsert(state.gateways, batch.gateways ?? [], g => g.id),
      unknownTags,
      tracks,
    },
  };
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map(item => [key(item), item]));
}

function upsert<T>(current: ReadonlyMap<string, T>, items: readonly T[], key: (item: T) => string): Map<string, T> {
  const next = new Map(current);
  for (const item of items) {
    next.set(key(item), item);
  }
  return next;
}

/** A passage that grows (more reads of the same group) comes again with the same id and replaces the old entry. */
function mergePassages(current: readonly PassageView[], incoming: readonly PassageView[]): PassageView[] {
  const all = upsert(byKey(current, p => p.id), incoming, p => p.id);
  return [...all.values()]
    .sort((a, b) => Date.parse(b.started) - Date.parse(a.started) || b.id.localeCompare(a.id))
    .slice(0, MaxPassages);
}

function mergeTrack(current: readonly TrackPoint[], incoming: readonly TrackPoint[]): TrackPoint[] {
  const byTime = new Map<number, TrackPoint>(current.map(p => [p[2], p]));
  for (const point of incoming) {
    byTime.set(point[2], point);
  }
  return [...byTime.values()].sort((a, b) => a[2] - b[2]).slice(-MaxTrackPoints);
}
