import { accessSync, constants, statSync } from "node:fs";
import { RenderError } from "./render-error.js";

/** Where a Chromium is looked for when neither `--chromium` nor `CHROMIUM_PATH` names one, in this order. */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/** The advice printed when no Chromium is found. */
const INSTALL_CHROMIUM_HINT = "install it (Debian: apt-get install -y chromium) or pass --chromium <path>";

/** Options of {@link findChromium}. */
export interface FindChromiumOptions {
  /** A path the user gave (`--chromium`): used if it is an executable file, an error otherwise (no fallback). */
  explicit?: string;
  /** The environment to read `CHROMIUM_PATH` from; `process.env` by default. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The standard places; {@link CHROMIUM_CANDIDATES} by default. */
  candidates?: readonly string[];
}

/**
 * The path of a local Chromium (or Chrome): `explicit`, else `CHROMIUM_PATH`, else the first executable of
 * `candidates`. A path that was named but is not an executable file is a `RenderError("no-chromium")` rather than
 * a silent fallback; finding none is one too, with {@link INSTALL_CHROMIUM_HINT}.
 * @example findChromium({ explicit: "/opt/chrome/chrome" }) // "/opt/chrome/chrome", or throws RenderError("no-chromium")
 */
export function findChromium(options: FindChromiumOptions = {}): string {
  const env = options.env ?? process.env;
  const named = options.explicit ? ["--chromium", options.explicit] : env.CHROMIUM_PATH ? ["CHROMIUM_PATH", env.CHROMIUM_PATH] : undefined;
  if (named) {
    const [source, path] = named as [string, string];
    const problem = executableProblem(path);
    if (problem) throw new RenderError("no-chromium", `no Chromium at ${JSON.stringify(path)} (from ${source}): ${problem}; ${INSTALL_CHROMIUM_HINT}`);
    return path;
  }
  const candidates = options.candidates ?? CHROMIUM_CANDIDATES;
  const found = candidates.find((path) => executableProblem(path) === undefined);
  if (found === undefined) throw new RenderError("no-chromium", `no Chromium found: ${INSTALL_CHROMIUM_HINT} (looked for ${candidates.join(", ") || "nothing"})`);
  return found;
}

/** Why `path` cannot be run, or undefined when it is an executable file. */
function executableProblem(path: string): string | undefined {
  try {
    if (!statSync(path).isFile()) return "not a file";
    accessSync(path, constants.X_OK);
    return undefined;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return code === "ENOENT" || code === "ENOTDIR" ? "no such file" : code === "EACCES" ? "not executable" : String(code ?? e);
  }
}
