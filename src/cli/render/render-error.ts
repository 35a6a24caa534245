/** Why rendering failed: a missing tool (exit 2 in the CLI) or a diagram Mermaid refused (exit 1). */
export type RenderErrorCode = "no-chromium" | "no-mermaid" | "no-playwright" | "launch-failed" | "timeout" | "diagram-error";

/**
 * A failure to render Mermaid in Chromium (`launchMermaidRenderer` and its parts), with a message a person can act on
 * (`no Chromium found: install it (Debian: apt-get install -y chromium) or pass --chromium <path>`).
 * `diagram-error` carries Mermaid's own message (`Parse error on line 2: ...`).
 */
export class RenderError extends Error {
  override readonly name = "RenderError";
  readonly code: RenderErrorCode;

  constructor(code: RenderErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** The first line of a thrown value's message (browser and Playwright errors carry a long log after it). */
export function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
}
