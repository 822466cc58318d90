import { existsSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import type { FakeLiveHub } from "../../dev/fakeHub";
import { type PreviewOptions, startPreviewServer } from "../../dev/server";

/** Hub.Web's root: the test bundles run from dev/build/test/browser. */
export const webRoot = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), "..", "..", "..", "..");
export const previewUrl = `file://${path.join(webRoot, "dev", "preview.html")}`;

const ChromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, never a downloaded one. */
export async function launch(): Promise<Browser> {
  if (!existsSync(ChromiumPath)) {
    throw new Error(`Browser tests need Chromium at ${ChromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  if (!existsSync(path.join(webRoot, "dist", "index.html"))) {
    throw new Error("Browser tests need the build: run npm run build first");
  }
  return chromium.launch({ executablePath: ChromiumPath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
}

export async function previewServer(hub: FakeLiveHub | null = null, options: PreviewOptions = {}): Promise<{ server: Server; url: string }> {
  const server = await startPreviewServer(path.join(webRoot, "dist"), 0, hub, options);
  const address = server.address();
  if (!address || typeof address === "string") {
    throw new Error("preview server has no port");
  }
  return { server, url: `http://127.0.0.1:${address.port}` };
}
