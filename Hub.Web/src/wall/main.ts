import { getSites } from "../api";
import type { SiteView } from "../contracts";
import type { LiveState } from "../state";
import { LiveClient } from "./liveClient";
import type { ConnectionView } from "./renderHeader";
import { retryDelayMs } from "./retry";
import { WallView, wallElements } from "./wallView";
import "../styles/wall.css";

const view = new WallView(wallElements());
let state: LiveState | null = null;
let siteHint: SiteView | null = null;
let connection: ConnectionView = { state: "connecting", staleSince: null };
/** Hub clock minus this screen's clock: TVs drift, and "3 min ago" should mean the hub's minutes. */
let clockOffsetMs = 0;
const now = () => Date.now() + clockOffsetMs;

let frame = 0;
function scheduleRender(): void {
  frame ||= requestAnimationFrame(() => {
    frame = 0;
    view.render(state, now(), connection, siteHint);
  });
}

function tick(): void {
  scheduleRender();
  setTimeout(tick, 1000 - (now() % 1000) + 5);
}

/** `?site=ID`, else the first site the hub knows; keeps asking while the hub is down. */
async function resolveSiteId(): Promise<string> {
  const fromQuery = new URLSearchParams(location.search).get("site");
  if (fromQuery) {
    // The name and time zone for the header while the first snapshot loads; the snapshot does not depend on it.
    getSites().then(sites => {
      siteHint = sites.find(s => s.id === fromQuery) ?? null;
      scheduleRender();
    }, () => undefined);
    return fromQuery;
  }
  for (let attempt = 0; ; attempt++) {
    try {
      const sites = await getSites();
      if (sites.length > 0) {
        siteHint = sites[0]!;
        return sites[0]!.id;
      }
      connection = { state: "no-site", staleSince: null, detail: "GET /api/sites answered with no sites" };
    } catch (error) {
      connection = { state: "connecting", staleSince: null, detail: error instanceof Error ? error.message : String(error) };
    }
    scheduleRender();
    await new Promise(resolve => setTimeout(resolve, retryDelayMs(attempt + 1)));
  }
}

async function main(): Promise<void> {
  tick();
  addEventListener("resize", () => {
    view.invalidate();
    scheduleRender();
  });
  const siteId = await resolveSiteId();
  const client = new LiveClient({
    hubUrl: "/hubs/live",
    siteId,
    now,
    onState: (next, serverTime) => {
      if (serverTime) {
        clockOffsetMs = Date.parse(serverTime) - Date.now();
      }
      state = next;
      scheduleRender();
    },
    onConnection: next => {
      connection = next;
      scheduleRender();
    },
    log: message => console.info(message),
  });
  await client.start();
}

void main();
