import type { SiteView } from "../contracts";
import { byId } from "../dom";
import { dropOverflow } from "../fit";
import type { LiveState } from "../state";
import { maintenanceCards, meteredAssets, offPlanGroups, planMarkers } from "./model";
import { renderGateFeed } from "./renderGateFeed";
import { renderGateways } from "./renderGateways";
import { type ConnectionView, type HeaderElements, renderHeader } from "./renderHeader";
import { renderMaintenance } from "./renderMaintenance";
import { renderMap } from "./renderMap";
import { renderOffPlan } from "./renderOffPlan";
import { renderPlan } from "./renderPlan";
import { renderRunHours } from "./renderRunHours";

export interface WallElements extends HeaderElements {
  readonly plan: SVGSVGElement;
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
    plan: document.getElementById("plan") as unknown as SVGSVGElement,
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

  constructor(private readonly _els: WallElements) {}

  /** `siteHint` names the site in the header before its first snapshot arrives. */
  render(state: LiveState | null, nowMs: number, connection: ConnectionView, siteHint: SiteView | null = null): void {
    const els = this._els;
    renderHeader(els, state?.site ?? siteHint, nowMs, connection);
    if (!state) {
      return;
    }
    if (this._drawn !== state) {
      const markers = planMarkers(state.site, state.assets.values());
      renderPlan(els.plan, state.site, markers);
      els.plan.dataset.markerCount = String(markers.length);
      renderOffPlan(els.offPlan, offPlanGroups(state.site, state.assets));
      renderMap(els.map, state, boxOf(els.map));
      renderMaintenance(els.maintenance, maintenanceCards(state));
      dropOverflow(els.maintenance, els.maintenance.parentElement!, n => `+ ${n} more`);
      this._drawn = state;
    }
    renderGateFeed(els.gateFeed, state.passages, state.site.timeZone, nowMs, { showGate: state.site.gates.length > 1 });
    dropOverflow(els.gateFeed, els.gateFeed.parentElement!, n => `+ ${n} earlier`);
    renderRunHours(els.runHours, meteredAssets(state), nowMs);
    renderGateways(els.gateways, state.gateways.values(), nowMs);
  }

  /** The map is fitted to its box: after a resize it has to be drawn again. */
  invalidate(): void {
    this._drawn = null;
  }
}

function boxOf(element: Element): { width: number; height: number; remPx: number } {
  const box = element.getBoundingClientRect();
  return { width: box.width, height: box.height, remPx: parseFloat(getComputedStyle(document.documentElement).fontSize) || 16 };
}
