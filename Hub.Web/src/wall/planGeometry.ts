import type { GateView, PlanPoint, SiteView, ZoneView } from "../contracts";
import type { Rect } from "../rect";

/** How the plan is scaled on screen: labels are sized in screen pixels, whatever the plan's size in metres. */
export interface PlanMetrics {
  /** Screen pixels per plan metre. */
  readonly pxPerMetre: number;
  /** The root font size in pixels (the wall screen scales it with the screen height: 20 px at 1080p). */
  readonly remPx: number;
}

/** The demo depot (120 m × 80 m) on a 1080p wall screen: for tests and before the plan is laid out. */
export const DefaultPlanMetrics: PlanMetrics = { pxPerMetre: 7.3, remPx: 20 };

/** Marker labels between 0.9 rem and 0.72 rem: 18 to 14.4 px at 1080p, readable from 3 m. */
export const MaxFontRem = 0.9;
export const MinFontRem = 0.72;
/** Zone names, and the band kept free for them at the top of each zone. */
export const ZoneLabelRem = 1.1;
/** Average character width × font size: an estimate (the renderer measures the real text). */
export const CharWidth = 0.58;

export interface ZoneLabel {
  /** The text's anchor point (baseline). */
  readonly at: PlanPoint;
  readonly anchor: "start" | "end";
  readonly fontSize: number;
  /** Where rows start, below the name (or at the top of a lane whose name is outside it). */
  readonly rowsTop: number;
  /** The name's box when it is written outside its zone (a narrow lane): other zones keep clear of it. */
  readonly outside: Rect | null;
}

/** Screen-sized parts of the static plan (zone names, gate, receivers) in plan metres, shared by the layout and the drawing. */
export function planGeometry(site: SiteView, metrics: PlanMetrics) {
  const rem = metrics.remPx / metrics.pxPerMetre;
  const planCentreX = (site.plan?.width ?? 100) / 2;
  const zoneLabel = (zone: ZoneView): ZoneLabel => {
    const box = boundsOf(zone.area);
    const size = rem * ZoneLabelRem;
    if (box.width >= zone.name.length * size * CharWidth + size) {
      return { at: [box.x + size * 0.45, box.y + size * 1.05], anchor: "start", fontSize: size, rowsTop: box.y + size * 1.45, outside: null };
    }
    // A lane too narrow for its name has it written just outside, above it (below it at the plan's top edge).
    const font = size * 0.8;
    const width = zone.name.length * font * CharWidth;
    const anchor = box.x + box.width / 2 > planCentreX ? "end" : "start";
    const x = anchor === "end" ? box.x + box.width : box.x;
    const above = box.y - font * 1.3 >= 0;
    const top = above ? box.y - font * 1.25 : box.y + box.height + font * 0.15;
    return {
      at: [x, top + font * 0.95], anchor, fontSize: font, rowsTop: box.y + font * 0.3,
      outside: { x: anchor === "end" ? x - width : x, y: top, width, height: font * 1.2 },
    };
  };
  const gateRect = (gate: GateView): Rect => {
    const [x, y] = gate.position!;
    return { x: x - rem * 0.3, y: y - rem * 1.4, width: rem * 0.6, height: rem * 2.8 };
  };
  // The gate's name sits left of it, towards the plan, not across the lane.
  const gateLabel = (gate: GateView): Rect => {
    const [x, y] = gate.position!;
    const width = gate.name.length * rem * 0.85 * CharWidth;
    return { x: x - rem * 0.5 - width, y: y - rem * 0.55, width, height: rem * 1.1 };
  };
  return {
    rem,
    zoneLabel,
    gateRect,
    gateLabel,
    receiverRadius: rem * 0.45,
    obstacles: [
      ...site.zones.map(z => zoneLabel(z).outside).filter(r => r !== null),
      ...site.gates.filter(g => g.position).flatMap(g => [gateRect(g), gateLabel(g)]),
      ...site.receivers.filter(r => r.position).map(r => square(r.position!, rem * 0.6)),
    ],
  };
}

export function boundsOf(area: readonly PlanPoint[]): Rect {
  const xs = area.map(p => p[0]);
  const ys = area.map(p => p[1]);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

function square([x, y]: PlanPoint, half: number): Rect {
  return { x: x - half, y: y - half, width: 2 * half, height: 2 * half };
}
