import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "examples/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    typecheck: { enabled: false },
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
