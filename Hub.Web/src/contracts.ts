// The hub's JSON shapes (Hub.Server/Views, docs/realtime.md): camelCase, enums as kebab-case strings,
// times as ISO 8601 UTC strings. Kept as plain types: the hub is the only writer.

export type AssetStatus = "available" | "checked-out" | "in-maintenance" | "unavailable" | "missing" | "retired";
export type PassageDirection = "in" | "out";
export type MaintenanceStatus = "ok" | "due-soon" | "due";
export type WorkOrderStatus = "open" | "in-progress" | "done" | "cancelled";
export type CustodianKind = "person" | "team" | "vehicle" | "site";

/** [x, y] in plan metres, y down. */
export type PlanPoint = [number, number];
/** [lon, lat] in degrees. */
export type LonLat = [number, number];
/** [lon, lat, unixMillis]. */
export type TrackPoint = [number, number, number];

export interface Custodian {
  kind: CustodianKind;
  id: string;
  name: string | null;
}

export interface LocationView {
  site: string | null;
  zone: string | null;
  vehicle: string | null;
  lat: number | null;
  lon: number | null;
  since: string;
  source: string;
  confidence: number;
  evidence: string[];
}

export interface RunHoursView {
  hours: number;
  source: string;
  updatedAt: string;
  running: boolean;
}

export interface MaintenanceView {
  planId: string;
  planName: string;
  status: MaintenanceStatus;
  basisHours: number;
  dueAtHours: number | null;
  openWorkOrder: string | null;
}

export interface AssetView {
  id: string;
  name: string;
  category: string;
  kind: string;
  tags: string[];
  homeSite: string | null;
  status: AssetStatus;
  custodian: Custodian | null;
  location: LocationView | null;
  lastSeen: string | null;
  runHours: RunHoursView | null;
  maintenance: MaintenanceView[];
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface PassageView {
  id: string;
  gateId: string;
  gateName: string;
  site: string;
  direction: PassageDirection;
  started: string;
  ended: string;
  assets: NamedRef[];
  people: NamedRef[];
  unknownTags: string[];
}

export interface WorkOrderView {
  id: string;
  assetId: string;
  assetName: string;
  planId: string | null;
  title: string;
  status: WorkOrderStatus;
  raisedAt: string;
  raisedAtHours: number | null;
  completedAt: string | null;
}

export interface GatewayView {
  id: string;
  online: boolean;
  lastSeen: string | null;
  softwareVersion: string | null;
  started: string | null;
  sources: string[];
  epoch: number | null;
  lastSeq: number | null;
  acknowledgedSeq: number | null;
  gaps: number;
}

export interface UnknownTagView {
  key: string;
  kind: string;
  firstSeen: string;
  lastSeen: string;
  count: number;
  gateway: string | null;
  seenBy: string | null;
  site: string | null;
  zone: string | null;
  lat: number | null;
  lon: number | null;
}

export interface ZoneView {
  id: string;
  name: string;
  kind: string;
  area: PlanPoint[];
}

export interface GateView {
  id: string;
  name: string;
  insideZone: string;
  outsideZone?: string | null;
  position?: PlanPoint | null;
}

export interface ReceiverView {
  id: string;
  zone: string;
  position?: PlanPoint | null;
}

export interface GeofenceView {
  id: string;
  name: string;
  site?: string | null;
  polygon?: LonLat[] | null;
  circle?: { lat: number; lon: number; radius: number } | null;
}

export interface SiteView {
  id: string;
  name: string;
  timeZone: string;
  plan: { width: number; height: number; image?: string | null } | null;
  zones: ZoneView[];
  gates: GateView[];
  receivers: ReceiverView[];
  geofences: GeofenceView[];
}

export interface SiteSnapshot {
  instance: string;
  version: number;
  serverTime: string;
  site: SiteView;
  assets: AssetView[];
  /** Newest first, at most 50. */
  passages: PassageView[];
  workOrders: WorkOrderView[];
  gateways: GatewayView[];
  unknownTags: UnknownTagView[];
  /** Recent GPS points per asset, oldest first. */
  tracks: Record<string, TrackPoint[]>;
}

export interface ChangeBatch {
  instance: string;
  /** The batch holds every change after this version up to `version` (several merged when the hub was busy). */
  fromVersion: number;
  version: number;
  assets: AssetView[];
  passages: PassageView[];
  workOrders: WorkOrderView[];
  gateways: GatewayView[];
  unknownTags: UnknownTagView[];
  removedUnknownTags: string[];
  trackPoints: Record<string, TrackPoint[]>;
}

export interface Page<T> {
  items: T[];
  total: number;
  pageNumber: number;
  pageSize: number;
}

/** RFC 7807 problem details as the hub returns them on 400/404/409. */
export interface ProblemDetails {
  title?: string;
  detail?: string;
  status?: number;
  errors?: Record<string, string[]>;
}
