// `npm run preview`: dist/ with the fixture API and a fake live hub on http://127.0.0.1:5173 (PORT=0 picks a free
// port; NO_HUB=1 leaves /hubs/live out, to see the wall screen while the hub is unreachable).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FakeLiveHub } from "./fakeHub";
import { fixtureSnapshot } from "./fixture";
import { startPreviewServer } from "./server";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");
const hub = process.env.NO_HUB ? null : new FakeLiveHub(fixtureSnapshot);
const server = await startPreviewServer(dist, Number(process.env.PORT ?? 5173), hub);
const address = server.address();
const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : "?"}`;
console.log(`Preview server: ${base}/ (wall screen, ${hub ? "fake live hub" : "no hub"}) and ${base}/assets.html`);
