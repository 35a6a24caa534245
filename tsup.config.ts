import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM + CJS + .d.ts, one chunk graph so both entries share code.
    entry: { index: "src/index.ts", node: "src/node.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: "node20",
    platform: "neutral",
    // import.meta.url in the CJS build (simulateParallel finds its worker script next to the bundle).
    shims: true,
    // Shared chunks in the CJS build too, so `servicevalue` and `servicevalue/node` share one ModelError class.
    splitting: true,
    external: ["mermaid", "playwright-core"],
  },
  {
    // The worker thread of simulateParallel, loaded by URL from dist/ (ESM works from both builds).
    entry: { "simulate-worker": "src/io/workers/simulate-worker.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
  },
  {
    // The CLI: ESM only, with a shebang.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    external: ["mermaid", "playwright-core"],
  },
]);
