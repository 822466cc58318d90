import type { SiteView } from "../contracts";
import { byId } from "../dom";
import { dropOverflow, dropOverflowChips } from "../fit";
import type { LiveState } from "../state";
import { maintenanceCards, meteredAssets, offPlanGroups } from "./model";
import { DefaultPlanMetrics, type PlanMetrics } from "./planGeometry";
import { planLayout } from "./planLayout";
import { renderGateFeed } from "./renderGateFeed";
import { renderGateways } from "./renderGateways";
import { type ConnectionView, type HeaderElements, renderHeader } from "./renderHeader";
import { renderMaintenance } from "./renderMaintenance";
import { renderMap } from "./renderMap";
import { renderOffPlan } from "./renderOffPlan";
import { planFrame, renderPlan } from "./renderPlan";
import { renderRunHours } from "./renderRunHours";
import { MeterWatch } from "./running";

export interface WallElements extends HeaderElements {
  readonly plan: SVGSVGElement;
  readonly receiverLegend: HTMLElement;
  readonly offPlan: HTMLElement;
  readonly map: SVGSVGElement;
  readonly gateFeed: HTMLElement;
  readonly runHours: HTMLElement;
  readonly maintenance: HTMLElement;
  readonly gateways: HTMLElement;
}

export function wallElements(): WallElements {
  return {
    body: document.body,
    siteName: byId("site-name"),
    clockTime: byId("clock-time"),
    clockDay: byId("clock-day"),
    connection: byId("connection"),
    staleBanner: byId("stale-banner"),
    notice: byId("notice"),
    plan: document.getElementById("plan") as unknown as SVGSVGElement,
    receiverLegend: document.querySelector<HTMLElement>(".legend-receiver")!,
    offPlan: byId("offplan"),
    map: document.getElementById("map") as unknown as SVGSVGElement,
    gateFeed: byId("gate-feed"),
    runHours: byId("run-hours"),
    maintenance: byId("maintenance"),
    gateways: byId("gateways"),
  };
}

/**
 * The wall screen drawn from a {@link LiveState}, the time and the connection: nothing else. Panels that depend on
 * the state alone are redrawn when the state object changes; the clock, ages and running meters every tick.
 */
export class WallView {
  private _drawn: LiveState | null = null;
  private readonly _meters = new MeterWatch();

  constructor(private readonly _els: WallElements) {}

  /** `siteHint` names the site in the header before its first snapshot arrives. */
  render(state: LiveState | null, nowMs: number, connection: ConnectionView, siteHint: SiteView | null = null): void {
    const els = this._els;
    renderHeader(els, state?.site ?? siteHint, nowMs, connection);
    if (!state) {
      return;
    }
    const isRunning = (asset: Parameters<MeterWatch["isRunning"]>[0]) => this._meters.isRunning(asset, nowMs);
    if (this._drawn !== state) {
      this._meters.observe(state.assets.values());
      const metrics = planMetrics(els.plan, state.site);
      const layout = planLayout(state.site, state.assets.values(), metrics);
      renderPlan(els.plan, state.site, layout, metrics);
      els.plan.dataset.markerCount = String(layout.markers.length);
      els.receiverLegend.hidden = !state.site.receivers.some(r => r.position);
      renderOffPlan(els.offPlan, offPlanGroups(state.site, state.assets));
      dropOverflowChips(els.offPlan, els.offPlan.parentElement!, ".offplan-asset", n => `+${n} more`);
      renderMap(els.map, state, boxOf(els.map), isRunning);
      renderMaintenance(els.maintenance, maintenanceCards(state));
      dropOverflow(els.maintenance, els.maintenance.parentElement!, n => `+ ${n} more`);
      this._drawn = state;
    }
    renderGateFeed(els.gateFeed, state.passages, state.site.timeZone, nowMs, { showGate: state.site.gates.length > 1 });
    dropOverflow(els.gateFeed, els.gateFeed.parentElement!, n => `+ ${n} earlier`);
    renderRunHours(els.runHours, meteredAssets(state, isRunning), nowMs, asset => this._meters.stateOf(asset, nowMs));
    renderGateways(els.gateways, state.gateways.values(), nowMs);
  }

  /** The plan and the map are fitted to their boxes: after a resize they have to be drawn again. */
  invalidate(): void {
    this._drawn = null;
  }
}

function boxOf(element: Element): { width: number; height: number; remPx: number } {
  const box = element.getBoundingClientRect();
  return { width: box.width, height: box.height, remPx: remPx() };
}

function remPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** How many screen pixels a plan metre takes in the plan's box (the SVG keeps the plan's aspect ratio). */
function planMetrics(svg: SVGSVGElement, site: SiteView): PlanMetrics {
  const box = svg.getBoundingClientRect();
  const frame = planFrame(site);
  const pxPerMetre = Math.min(box.width / frame.width, box.height / frame.height);
  return pxPerMetre > 0 ? { pxPerMetre, remPx: remPx() } : DefaultPlanMetrics;
}
