// Bundles each test/*.test.ts for Node with esbuild and runs them with Node's built-in test runner.
import * as esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dev", "build", "test");
const tests = (await readdir(path.join(root, "test"))).filter(f => f.endsWith(".test.ts")).sort();

await rm(out, { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: tests.map(f => path.join("test", f)),
  outdir: out,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "inline",
  loader: { ".html": "text" },
  logLevel: "warning",
});

const files = tests.map(f => path.join(out, f.replace(/\.ts$/, ".mjs")));
const run = spawnSync(process.execPath, ["--enable-source-maps", "--test", ...files], { stdio: "inherit" });
process.exit(run.status ?? 1);
