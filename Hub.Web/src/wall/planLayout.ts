import type { AssetStatus, AssetView, PlanPoint, SiteView, ZoneView } from "../contracts";
import { pointInPolygon, polygonArea } from "../layout";
import { overlapArea, type Rect } from "../rect";
import { fitLabel, minLabelChars, plainName } from "./planLabel";
import {
  boundsOf, CharWidth, DefaultPlanMetrics, MaxFontRem, MinFontRem, planGeometry, type PlanMetrics, type ZoneLabel,
} from "./planGeometry";


const RowHeight = 1.38; // × font size
const TextOffset = 0.8; // from the dot's centre to the label, × font size
const Inset = 0.5; // free space inside a zone's edge, × font size

export interface PlanMarker {
  readonly asset: AssetView;
  readonly zoneId: string;
  /** The dot's centre, in plan metres. */
  readonly at: PlanPoint;
  /** Label text size, in plan metres. */
  readonly fontSize: number;
  /** Room for the label beside the dot, in plan metres. */
  readonly labelWidth: number;
  /** The label runs right of the dot (`start`), or left of it (`end`) for a narrow zone at the plan's right side. */
  readonly side: "start" | "end";
  /** The label cut to the room it has (by estimate; the renderer checks the real width). */
  readonly label: string;
}

/** "+N more" in a zone with more assets than rows. */
export interface PlanMore {
  readonly zoneId: string;
  readonly at: PlanPoint;
  readonly fontSize: number;
  readonly side: "start" | "end";
  readonly count: number;
}

export interface PlanLayout {
  readonly markers: PlanMarker[];
  readonly more: PlanMore[];
}

/**
 * Assets whose location is a zone of this site, as a list of dot-and-name rows inside their zone, in columns, at the
 * largest text size that fits; names are shortened at the front only when they must be, and a zone with more assets
 * than rows ends with "+N more" (vehicles, machines and assets needing attention are kept). Rows keep clear of the
 * gate, the BLE receivers and smaller zones drawn inside bigger ones (the gate lane in the yard). Retired assets are
 * left off.
 */
export function planLayout(site: SiteView, assets: Iterable<AssetView>, metrics: PlanMetrics = DefaultPlanMetrics): PlanLayout {
  const byZone = new Map<string, AssetView[]>();
  for (const asset of assets) {
    const zone = planZoneOf(site, asset);
    if (zone) {
      byZone.set(zone, [...(byZone.get(zone) ?? []), asset]);
    }
  }
  const geometry = planGeometry(site, metrics);
  const obstacles: Rect[] = [...geometry.obstacles];
  const planCentreX = (site.plan?.width ?? 100) / 2;
  const layout: { markers: PlanMarker[]; more: PlanMore[] } = { markers: [], more: [] };
  // Small zones first: what they hold (labels may spill out of a narrow lane) is kept clear by the zones around them.
  for (const zone of [...site.zones].sort((a, b) => polygonArea(a.area) - polygonArea(b.area))) {
    const inZone = byZone.get(zone.id) ?? [];
    const inner = site.zones.filter(z => z !== zone && polygonArea(z.area) < polygonArea(zone.area)).map(z => boundsOf(z.area));
    const laid = layoutZone(zone, inZone, geometry.rem, geometry.zoneLabel(zone), [...obstacles, ...inner], planCentreX);
    layout.markers.push(...laid.markers);
    layout.more.push(...laid.more);
    obstacles.push(...laid.taken);
  }
  return layout;
}

function layoutZone(
  zone: ZoneView, assets: AssetView[], rem: number, label: ZoneLabel, obstacles: readonly Rect[], planCentreX: number,
): { markers: PlanMarker[]; more: PlanMore[]; taken: Rect[] } {
  if (assets.length === 0 || zone.area.length < 3) {
    return { markers: [], more: [], taken: [] };
  }
  const box = boundsOf(zone.area);
  const longest = Math.max(...assets.map(a => plainName(a.name).length));
  const shortest = Math.max(...assets.map(a => minLabelChars(a.name)));
  const minFont = MinFontRem * rem;
  const fonts: number[] = [];
  for (let f = MaxFontRem; f > MinFontRem + 1e-9; f -= 0.03) {
    fonts.push(f * rem);
  }
  fonts.push(minFont);
  const grid = (font: number, columns: number, needChars: number) => columnsIn(zone, box, label.rowsTop, font, columns, needChars, longest, obstacles);
  const n = assets.length;

  let chosen: Grid | null = null;
  if (!label.outside) {
    // 1. Everything with full names, as large as it goes, in the fewest columns (a list reads best).
    for (const font of fonts) {
      for (let c = 1; !chosen && charsFor(box.width, font, c) >= longest; c++) {
        const g = grid(font, c, longest);
        chosen = g.cells.length >= n ? g : null;
      }
      if (chosen) {
        break;
      }
    }
    // 2. Everything, names shortened at the front, at the smallest size (the most characters per column).
    for (let c = 1; !chosen && charsFor(box.width, minFont, c) >= shortest; c++) {
      const g = grid(minFont, c, shortest);
      chosen = g.cells.length >= n ? g : null;
    }
    // 3. As many as fit, the rest counted: the column count that holds the most.
    if (!chosen) {
      for (let c = 1; charsFor(box.width, minFont, c) >= shortest; c++) {
        const g = grid(minFont, c, shortest);
        if (g.cells.length > (chosen?.cells.length ?? 0)) {
          chosen = g;
        }
      }
    }
  }
  // 4. A lane too narrow for names: a column of dots below its name, names running out towards the plan's middle.
  chosen ??= spillColumn(zone, box, label.rowsTop, minFont, obstacles, box.x + box.width / 2 > planCentreX ? "end" : "start");

  if (chosen.cells.length === 0) {
    // Nowhere to draw a row: still say how many are here rather than leave them out.
    const centre: PlanPoint = [box.x + box.width / 2, (label.rowsTop + box.y + box.height) / 2];
    return { markers: [], more: [{ zoneId: zone.id, at: centre, fontSize: minFont, side: "start", count: n }], taken: [] };
  }
  const fits = chosen.cells.length >= n;
  const shown = sortForPlan(fits ? assets : pickForPlan(assets, chosen.cells.length - 1));
  const cells = chosen.cells;
  const markers = shown.map((asset, i): PlanMarker => ({
    asset, zoneId: zone.id, at: cells[i]!.dot, fontSize: chosen.font, labelWidth: cells[i]!.labelWidth, side: chosen.side,
    label: fitLabel(asset.name, cells[i]!.labelWidth / (chosen.font * CharWidth)),
  }));
  const more: PlanMore[] = fits ? [] : [{ zoneId: zone.id, at: cells[shown.length]!.dot, fontSize: chosen.font, side: chosen.side, count: n - shown.length }];
  // What other zones keep clear of: each dot with the label it actually got (a lane's labels run out of it).
  const taken = [
    ...markers.map(m => rowExtent(m.at, m.label.length, chosen.font, chosen.side)),
    ...more.map(m => rowExtent(m.at, `+${m.count} more`.length, chosen.font, chosen.side)),
  ];
  return { markers, more, taken };
}

/** A row's dot and label (by the width estimate), in plan metres. */
export function rowExtent([x, y]: PlanPoint, chars: number, font: number, side: "start" | "end"): Rect {
  const width = (TextOffset + 0.5) * font + chars * CharWidth * font;
  const h = font * RowHeight;
  return { x: side === "start" ? x - font * 0.5 : x - width, y: y - h / 2, width, height: h };
}

interface Cell {
  readonly dot: PlanPoint;
  readonly labelWidth: number;
  /** Dot and label together: what other zones keep clear of. */
  readonly rect: Rect;
}

interface Grid {
  readonly font: number;
  readonly side: "start" | "end";
  /** Column by column, top to bottom. */
  readonly cells: Cell[];
}

function charsFor(width: number, font: number, columns: number): number {
  const columnWidth = (width - 2 * Inset * font) / columns;
  return (columnWidth - (TextOffset + 0.5) * font) / (font * CharWidth);
}

/**
 * Rows of `columns` columns, column by column. An obstacle in a row (a receiver, the gate, a lane) may shorten that
 * row's label, as long as `needChars` still fit and it keeps most of its column's room (or all the longest name
 * needs); else the row is skipped.
 */
function columnsIn(
  zone: ZoneView, box: Rect, top: number, font: number, columns: number, needChars: number, longestChars: number,
  obstacles: readonly Rect[],
): Grid {
  const rowHeight = font * RowHeight;
  const left = box.x + Inset * font;
  const columnWidth = (box.width - 2 * Inset * font) / columns;
  const textOffset = (TextOffset + 0.45) * font;
  const cells: Cell[] = [];
  for (let c = 0; c < columns; c++) {
    for (let y = top; y + rowHeight <= box.y + box.height - Inset * font * 0.5; y += rowHeight) {
      const rect = { x: left + c * columnWidth, y, width: columnWidth, height: rowHeight };
      if (!insideZone(zone, rect)) {
        continue;
      }
      const blockedAt = Math.min(rect.x + rect.width, ...obstacles.filter(o => overlapArea(rect, o) > 0).map(o => o.x));
      const room = columnWidth - textOffset - 0.4 * font;
      const labelWidth = Math.min(blockedAt - rect.x - textOffset, room);
      const enough = Math.max(needChars * CharWidth * font, Math.min(0.85 * room, longestChars * CharWidth * font));
      if (labelWidth >= enough) {
        cells.push({ dot: [rect.x + font * 0.45, y + rowHeight / 2], labelWidth, rect });
      }
    }
  }
  return { font, side: "start", cells };
}

/** Rows from the bottom of a narrow lane up to its name; each label runs out of the lane on `side`. */
function spillColumn(zone: ZoneView, box: Rect, top: number, font: number, obstacles: readonly Rect[], side: "start" | "end"): Grid {
  const rowHeight = font * RowHeight;
  const cx = box.x + box.width / 2;
  const labelWidth = 14 * font * CharWidth;
  const cells: Cell[] = [];
  for (let y = box.y + box.height - rowHeight; y >= top; y -= rowHeight) {
    const dot = { x: cx - font * 0.5, y, width: font, height: rowHeight };
    const labelX = side === "start" ? cx + TextOffset * font : cx - TextOffset * font - labelWidth;
    const rect = { x: Math.min(dot.x, labelX), y, width: labelWidth + (TextOffset + 0.5) * font, height: rowHeight };
    if (insideZone(zone, dot) && obstacles.every(o => overlapArea(rect, o) === 0)) {
      cells.push({ dot: [cx, y + rowHeight / 2], labelWidth, rect });
    }
  }
  // Top to bottom, like every other zone's list.
  return { font, side, cells: cells.reverse() };
}

function insideZone(zone: ZoneView, rect: Rect): boolean {
  const corners: PlanPoint[] = [
    [rect.x + 0.01, rect.y + 0.01], [rect.x + rect.width - 0.01, rect.y + 0.01],
    [rect.x + 0.01, rect.y + rect.height - 0.01], [rect.x + rect.width - 0.01, rect.y + rect.height - 0.01],
  ];
  return corners.every(p => pointInPolygon(p, zone.area));
}

/** The zone of this site an asset is in, if it is to be drawn on the plan. */
export function planZoneOf(site: SiteView, asset: AssetView): string | null {
  const location = asset.location;
  if (asset.status === "retired" || !location?.zone || (location.site !== null && location.site !== site.id)) {
    return null;
  }
  return site.zones.some(z => z.id === location.zone) ? location.zone : null;
}

const attention: Record<AssetStatus, number> = { missing: 0, unavailable: 1, "in-maintenance": 2, "checked-out": 3, available: 4, retired: 5 };

/** Which assets keep a row when a zone is full: vehicles and machines, then those needing attention, then by name. */
function pickForPlan(assets: readonly AssetView[], count: number): AssetView[] {
  return [...assets].sort((a, b) => kindRank(a) - kindRank(b) || attention[a.status] - attention[b.status] || byName(a, b)).slice(0, count);
}

/** Vehicles and machines first (they are few and big), then by name, so rows keep their order between updates. */
export function sortForPlan(assets: readonly AssetView[]): AssetView[] {
  return [...assets].sort((a, b) => kindRank(a) - kindRank(b) || byName(a, b));
}

function kindRank(asset: AssetView): number {
  return asset.kind === "vehicle" ? 0 : asset.kind === "machine" ? 1 : 2;
}

function byName(a: AssetView, b: AssetView): number {
  return a.name.localeCompare(b.name, "en", { numeric: true });
}
