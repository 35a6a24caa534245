import type { Page } from "playwright-core";

/**
 * Make a page report script execution: `alert`, `confirm`, `prompt`, `print` and `eval` (the usual payload calls) push
 * to `window.__xss` instead of acting, and so does any payload that writes `window.__xss.push(...)` itself.
 */
export async function installXssTrap(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__xss = [];
    for (const name of ["alert", "confirm", "prompt", "print"]) {
      window[name] = (...args) => { window.__xss.push(name + "(" + args.map(String).join(",") + ")"); };
    }
  })()`);
}

/** What a mounted diagram left in the live DOM that could run code, and what ran. */
export interface XssProbe {
  /** Calls the trap recorded since the page opened. */
  calls: string[];
  /** Elements or attributes that can run code: `<script>`, `on*` handlers, `javascript:` links, `<iframe>`, `<object>`, `<embed>`. */
  dangerous: string[];
}

/** What {@link mountAndProbe} found: the probe, and for each diagram its visible text or Mermaid's error. */
export interface MountResult extends XssProbe {
  /** `"<index>: <message>"` for each diagram Mermaid refused or drew as its error diagram. */
  errors: string[];
  /** The text each mounted diagram shows (without `<style>`, `<title>`, `<desc>`); `""` for a failed one. */
  visibleTexts: string[];
}

/**
 * Mount diagrams the way a docs site does (`mermaid.render`, then `element.innerHTML = svg` and `bindFunctions`,
 * which is what `mermaid.run` does), in the live DOM where an `<img onerror>` would fire; wait for pending image
 * errors and timers; then report what ran and what is dangerous in the mounted DOM, and what each diagram shows.
 */
export async function mountAndProbe(page: Page, diagrams: readonly string[]): Promise<MountResult> {
  return (await page.evaluate(`(async (diagrams) => {
    const errors = [];
    const visibleTexts = [];
    const host = document.createElement("div");
    host.id = "mounted";
    document.body.append(host);
    for (const [i, text] of diagrams.entries()) {
      const element = document.createElement("div");
      host.append(element);
      try {
        const { svg, bindFunctions } = await globalThis.mermaid.render("xss" + i, text);
        element.innerHTML = svg;
        bindFunctions?.(element);
        const visible = element.cloneNode(true);
        for (const hidden of visible.querySelectorAll("style, title, desc")) hidden.remove();
        visibleTexts.push(visible.textContent ?? "");
        const root = element.querySelector("svg");
        if (root?.getAttribute("aria-roledescription") === "error" || /Syntax error in text/.test(visibleTexts[i])) errors.push(i + ": Mermaid drew its error diagram");
      } catch (e) {
        visibleTexts.push("");
        errors.push(i + ": " + (e instanceof Error ? e.message : String(e)));
        for (const leftover of ["xss" + i, "dxss" + i, "ixss" + i]) document.getElementById(leftover)?.remove();
      }
    }
    // Image errors and timers fire asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const dangerous = [];
    for (const el of document.body.querySelectorAll("*")) {
      const tag = el.tagName.toLowerCase();
      if (["script", "iframe", "object", "embed"].includes(tag)) dangerous.push("<" + tag + ">");
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) dangerous.push("<" + tag + " " + attr.name + ">");
        if (/href$/i.test(attr.name) && /^\\s*(javascript|data|vbscript):/i.test(attr.value)) dangerous.push("<" + tag + " " + attr.name + "=" + attr.value + ">");
      }
    }
    host.remove();
    return { calls: [...window.__xss], dangerous, errors, visibleTexts };
  })(${JSON.stringify(diagrams)})`)) as MountResult;
}
