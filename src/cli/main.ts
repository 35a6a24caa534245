/**
 * The `servicevalue` executable (built to dist/cli.js with a shebang): runs {@link run} on the process's argv.
 * @packageDocumentation
 */
import { processIo } from "./cli-io.js";
import { run } from "./run.js";

// A closed pipe (`servicevalue schema | head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

void run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
