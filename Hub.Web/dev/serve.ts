// `npm run preview`: the fixture API and dist/ on http://127.0.0.1:5173 (PORT=0 picks a free port).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startPreviewServer } from "./server";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");
const server = await startPreviewServer(dist, Number(process.env.PORT ?? 5173));
const address = server.address();
console.log(`Preview server on http://127.0.0.1:${typeof address === "object" && address ? address.port : "?"}/assets.html (and / without a hub)`);
