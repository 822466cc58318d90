// A stand-in for the hub over the fixture, serving dist/ — to try both pages without Hub.Server: the REST API the
// assets page uses (search, paging, assigning unknown tags and its failures) and, when given one, a fake
// `/hubs/live` (dev/fakeHub.ts) for the wall screen. Without it /hubs/live answers 404: the wall screen's
// "hub unreachable" look. Started by `npm run preview` (dev/serve.ts) and by the browser tests.
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import type { AssetView, ProblemDetails, SiteView, UnknownTagView } from "../src/contracts";
import type { FakeLiveHub } from "./fakeHub";
import { fixtureAssets, fixtureSite, fixtureSnapshot } from "./fixture";

const types: Record<string, string> = {
  ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".map": "application/json", ".svg": "image/svg+xml",
};

export interface PreviewOptions {
  /** What `GET /api/sites` answers; `[]` is a hub with no configuration imported yet. Default: the fixture's site. */
  readonly sites?: SiteView[];
}

/** Starts the preview server on 127.0.0.1 (port 0 picks a free one) with fresh fixture data; resolves once listening. */
export function startPreviewServer(distFolder: string, port: number, hub: FakeLiveHub | null = null, options: PreviewOptions = {}): Promise<Server> {
  const dist = path.resolve(distFolder);
  const data = { sites: options.sites ?? [fixtureSite], unknownTags: [...fixtureSnapshot.unknownTags], assets: new Map(fixtureAssets.map(a => [a.id, a])) };
  const server = createServer((req, res) => {
    if (hub && req.method === "POST" && req.url?.startsWith("/hubs/live/negotiate")) {
      return hub.negotiate(res);
    }
    handle(req, res, dist, data).catch((error: unknown) => problem(res, 500, { title: "Preview server error", detail: String(error) }));
  });
  server.on("upgrade", (req, socket, head) => {
    if (hub && req.url?.startsWith("/hubs/live?")) {
      hub.upgrade(req, socket, head);
    } else {
      socket.destroy();
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

interface Data {
  sites: SiteView[];
  unknownTags: UnknownTagView[];
  assets: Map<string, AssetView>;
}

async function handle(req: IncomingMessage, res: ServerResponse, dist: string, data: Data): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const assign = /^\/api\/tags\/([^/]+)\/assign$/.exec(url.pathname);
  if (req.method === "GET" && url.pathname === "/api/sites") {
    return json(res, 200, data.sites);
  }
  if (req.method === "GET" && url.pathname === "/api/assets") {
    const all = [...data.assets.values()].filter(a => matches(a, url.searchParams)).sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }));
    const pageSize = Math.min(200, Number(url.searchParams.get("pageSize")) || 50);
    const pageNumber = Math.max(1, Number(url.searchParams.get("page")) || 1);
    return json(res, 200, { items: all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize), total: all.length, pageNumber, pageSize });
  }
  if (req.method === "GET" && url.pathname === "/api/tags/unknown") {
    return json(res, 200, data.unknownTags);
  }
  if (req.method === "POST" && assign) {
    return assignTag(req, res, decodeURIComponent(assign[1]!), data);
  }
  if (url.pathname.startsWith("/api/") || url.pathname.startsWith("/hubs/")) {
    return problem(res, 404, { title: "Not found", detail: `${req.method} ${url.pathname} is not part of the preview server.` });
  }
  const file = path.join(dist, path.normalize(url.pathname === "/" ? "/index.html" : url.pathname));
  if (!file.startsWith(dist + path.sep)) {
    return problem(res, 404, { title: "Not found" });
  }
  try {
    const content = await readFile(file);
    res.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" });
    res.end(content);
  } catch {
    problem(res, 404, { title: "Not found", detail: url.pathname });
  }
}

/** The failures the real endpoint documents: 400 no asset id, 404 no such asset, 409 the tag or asset cannot take it. */
async function assignTag(req: IncomingMessage, res: ServerResponse, key: string, data: Data): Promise<void> {
  let body: { assetId?: string };
  try {
    body = JSON.parse(await readBody(req)) as { assetId?: string };
  } catch {
    return problem(res, 400, { title: "The request body is not JSON." });
  }
  if (!body.assetId) {
    return problem(res, 400, { title: "One or more validation errors occurred.", errors: { assetId: ["An asset id is required."] } });
  }
  const asset = data.assets.get(body.assetId);
  if (!asset) {
    return problem(res, 404, { title: "Asset not found", detail: `No asset has the id '${body.assetId}'.` });
  }
  if (!data.unknownTags.some(t => t.key === key)) {
    return problem(res, 409, { title: "Tag already assigned", detail: `${key} is no longer an unknown tag.` });
  }
  if (asset.status === "retired" || asset.status === "missing") {
    return problem(res, 409, { title: "Asset cannot take tags", detail: `${asset.name} is ${asset.status}.` });
  }
  data.unknownTags = data.unknownTags.filter(t => t.key !== key);
  data.assets.set(asset.id, { ...asset, tags: [...asset.tags, key] });
  return json(res, 200, data.assets.get(asset.id));
}

function matches(asset: AssetView, params: URLSearchParams): boolean {
  const q = params.get("q")?.toLowerCase();
  const text = [asset.id, asset.name, asset.category, ...asset.tags].join(" ").toLowerCase();
  return (!q || text.includes(q))
    && (!params.get("tag") || asset.tags.includes(params.get("tag")!))
    && (!params.get("status") || asset.status === params.get("status"))
    && (!params.get("site") || (asset.location?.site ?? asset.homeSite) === params.get("site"))
    && (!params.get("zone") || asset.location?.zone === params.get("zone"));
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": status >= 400 ? "application/problem+json" : "application/json" });
  res.end(JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, body: ProblemDetails): void {
  json(res, status, { status, ...body });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", chunk => (text += chunk));
    req.on("end", () => resolve(text));
    req.on("error", reject);
  });
}
