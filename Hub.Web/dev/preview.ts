// Renders the wall screen from the fixture, with no hub: open dev/preview.html after `npm run build`.
//   ?stale=1  shows the screen as it looks while the hub is unreachable
//   ?play=1   applies two change batches (a move between zones, more GPS points) after 2 and 4 seconds
import wallBody from "../public/wall-body.html";
import { LiveFeed } from "../src/liveFeed";
import type { LiveState } from "../src/state";
import type { ConnectionView } from "../src/wall/renderHeader";
import { WallView, wallElements } from "../src/wall/wallView";
import "../src/styles/wall.css";
import { FixtureServerTime, fixtureChanges, fixtureSnapshot } from "./fixture";

document.body.className = "wall";
document.body.innerHTML = wallBody;

const params = new URLSearchParams(location.search);
const started = Date.now();
const now = () => Date.parse(FixtureServerTime) + (Date.now() - started);
const connection: ConnectionView = params.has("stale")
  ? { state: "reconnecting", staleSince: Date.parse(FixtureServerTime) - 131_000 }
  : { state: "live", staleSince: null };

const feed = new LiveFeed();
feed.beginSubscribe();
const first = feed.receiveSnapshot(fixtureSnapshot);
let state: LiveState | null = first.kind === "state" ? first.state : null;

const view = new WallView(wallElements());
const render = () => view.render(state, now(), connection);
render();
setInterval(render, 1000);
addEventListener("resize", () => {
  view.invalidate();
  render();
});

if (params.has("play")) {
  fixtureChanges().forEach((batch, i) => setTimeout(() => {
    const result = feed.receiveChanges(batch);
    if (result.kind === "state") {
      state = result.state;
      render();
    }
  }, 2000 * (i + 1)));
}
document.body.dataset.preview = "ready";
