// Bundles the tests with esbuild and runs them with Node's built-in test runner.
//   node scripts/test.mjs           unit tests: test/*.test.ts (no browser, no build needed)
//   node scripts/test.mjs browser   browser tests: test/browser/*.test.ts against the build, in Debian's Chromium
import * as esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const suite = process.argv[2] === "browser" ? "browser" : "unit";
const folder = suite === "browser" ? path.join("test", "browser") : "test";
const out = path.join(root, "dev", "build", "test", suite);
const tests = (await readdir(path.join(root, folder))).filter(f => f.endsWith(".test.ts")).sort();

await rm(out, { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: tests.map(f => path.join(folder, f)),
  outdir: out,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "inline",
  external: ["playwright-core", "ws"],
  loader: { ".html": "text" },
  logLevel: "warning",
});

const files = tests.map(f => path.join(out, f.replace(/\.ts$/, ".mjs")));
const run = spawnSync(process.execPath, ["--enable-source-maps", "--test", "--test-concurrency=1", ...files], { stdio: "inherit" });
process.exit(run.status ?? 1);
