import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "examples/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/setup-fast-check.ts"],
    testTimeout: 30_000,
    // The JSON report gives .ci/run its "N passed, N failed" line.
    reporters: ["default", "json"],
    outputFile: { json: ".vitest-results.json" },
    typecheck: { enabled: false },
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
