import { afterEach, describe, expect, it, vi } from "vitest";
import { processIo } from "../../src/cli/cli-io.js";
import { createStyle } from "../../src/cli/style.js";

describe("processIo", () => {
  const tty = process.stdout.isTTY;
  afterEach(() => {
    process.stdout.isTTY = tty;
    vi.unstubAllEnvs();
  });

  it("colours only on a terminal, and never with NO_COLOR set", () => {
    process.stdout.isTTY = true;
    vi.stubEnv("NO_COLOR", "");
    expect(processIo().color).toBe(true);
    vi.stubEnv("NO_COLOR", "1");
    expect(processIo().color).toBe(false);
    process.stdout.isTTY = false;
    vi.stubEnv("NO_COLOR", "");
    expect(processIo().color).toBe(false);
  });
});

describe("createStyle", () => {
  it("wraps text in ANSI codes only when colour is on", () => {
    expect(createStyle(false).red("x")).toBe("x");
    expect(createStyle(true).red("x")).toBe("\u001b[31mx\u001b[39m");
    expect(createStyle(true).bold("x")).toBe("\u001b[1mx\u001b[22m");
  });
});
