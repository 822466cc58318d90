import { formatDay, formatTime } from "../format";

/** `no-site`: the hub answers but has no site configured yet (nothing is wrong with the connection). */
export type ConnectionState = "connecting" | "live" | "reconnecting" | "offline" | "no-site";

export interface ConnectionView {
  readonly state: ConnectionState;
  /** While not live: when the screen last had live data (null before the first snapshot). */
  readonly staleSince: number | null;
  readonly detail?: string | undefined;
}

export interface HeaderElements {
  readonly body: HTMLElement;
  readonly siteName: HTMLElement;
  readonly clockTime: HTMLElement;
  readonly clockDay: HTMLElement;
  readonly connection: HTMLElement;
  readonly staleBanner: HTMLElement;
  readonly notice: HTMLElement;
}

const connectionText: Record<ConnectionState, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting…",
  offline: "Offline",
  "no-site": "No site",
};

export const NoSiteMessage =
  "No site is configured yet: import a configuration with POST /api/config, or start the hub with --Hub:SeedConfiguration=FILE";

export function renderHeader(
  els: HeaderElements, site: { name: string; timeZone: string } | null, nowMs: number, connection: ConnectionView,
): void {
  const timeZone = site?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  els.siteName.textContent = site?.name ?? "TrackHub";
  els.clockTime.textContent = formatTime(nowMs, timeZone);
  els.clockDay.textContent = `${formatDay(nowMs, timeZone)} · ${timeZone}`;
  els.connection.dataset.state = connection.state;
  els.connection.textContent = connectionText[connection.state];
  // Why it is not live (a refused Subscribe, the transport's error) is for whoever walks up to the screen, not for the room.
  els.connection.title = connection.detail ?? "";

  // Anything not live is stale, including a screen that has not had its first snapshot yet.
  const stale = connection.state !== "live";
  els.body.dataset.stale = String(stale);
  els.body.dataset.connection = connection.state;
  // A hub without a site is a setup step, not a fault: a calm note saying what to do, not the red banner.
  const noSite = connection.state === "no-site";
  els.notice.hidden = !noSite;
  els.notice.textContent = noSite ? NoSiteMessage : "";
  els.staleBanner.hidden = !stale || noSite;
  if (stale && !noSite) {
    const retry = connection.state === "connecting" ? "connecting…" : "reconnecting…";
    els.staleBanner.textContent = connection.staleSince !== null
      ? `Data stale since ${formatTime(connection.staleSince, timeZone)} — ${retry}`
      : `No data from the hub yet — ${retry}`;
  }
}
