// Builds the UI into dist/ (what Hub.Server serves) and the fixture preview into dev/build/.
// Bundles carry a content hash in their names so a wall screen never runs a stale script after an upgrade.
import * as esbuild from "esbuild";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const devBuild = path.join(root, "dev", "build");

const common = {
  bundle: true,
  format: "iife",
  target: ["es2022", "chrome100", "firefox100", "safari15"],
  platform: "browser",
  loader: { ".html": "text" },
  logLevel: "warning",
  absWorkingDir: root,
};

await rm(dist, { recursive: true, force: true });
await rm(devBuild, { recursive: true, force: true });

const app = await esbuild.build({
  ...common,
  entryPoints: { wall: "src/wall/main.ts", assets: "src/assets/main.ts" },
  outdir: dist,
  entryNames: "[name]-[hash]",
  minify: true,
  sourcemap: "linked",
  metafile: true,
});

/** Output file names per entry name, e.g. { wall: { js: "wall-AB12.js", css: "wall-CD34.css" } }. */
const outputs = {};
for (const [file, output] of Object.entries(app.metafile.outputs)) {
  if (!output.entryPoint) {
    continue;
  }
  const name = path.basename(file).replace(/-[A-Z0-9]+\.js$/, "");
  outputs[name] = { js: path.basename(file), css: output.cssBundle ? path.basename(output.cssBundle) : null };
}

const wallBody = await readFile(path.join(root, "public", "wall-body.html"), "utf8");
for (const [page, entry] of [["index.html", "wall"], ["assets.html", "assets"]]) {
  let html = await readFile(path.join(root, "public", page), "utf8");
  html = html
    .replace("<!--#wall-body-->", wallBody.trim())
    .replace(`src="${entry}.js"`, `src="${outputs[entry].js}"`)
    .replace(`href="${entry}.css"`, `href="${outputs[entry].css}"`);
  await writeFile(path.join(dist, page), html);
}
// Linked from both pages: without it every page load asks for /favicon.ico and gets a 404.
await copyFile(path.join(root, "public", "favicon.svg"), path.join(dist, "favicon.svg"));

await mkdir(devBuild, { recursive: true });
await esbuild.build({
  ...common,
  entryPoints: { preview: "dev/preview.ts" },
  outdir: devBuild,
  sourcemap: "inline",
});

await esbuild.build({
  ...common,
  entryPoints: { serve: "dev/serve.ts" },
  outdir: devBuild,
  external: ["ws"],
  outExtension: { ".js": ".mjs" },
  platform: "node",
  format: "esm",
  target: "node20",
});

console.log(`dist/: index.html, assets.html, favicon.svg, ${Object.values(outputs).flatMap(o => [o.js, o.css]).filter(Boolean).join(", ")}`);
console.log("dev/build/: preview.js, preview.css (open dev/preview.html), serve.mjs (npm run preview)");
