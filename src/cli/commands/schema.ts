import { modelJsonSchema } from "../../model/json-schema.js";
import { EXIT } from "../cli-io.js";
import type { Command } from "../command.js";

/** `servicevalue schema`: print the JSON Schema of the model document (the file shipped as `servicevalue/schema.json`). */
export const schemaCommand: Command = {
  name: "schema",
  summary: "print the JSON Schema of a model file (for editors)",
  description:
    "Prints the JSON Schema (draft-07) that editors use to complete and check model files.\n" +
    "In YAML, point to it with a first line: # yaml-language-server: $schema=./node_modules/servicevalue/schema/model.schema.json",
  args: [],
  options: {},
  examples: ["servicevalue schema > model.schema.json"],
  async run(_input, { out }) {
    out(JSON.stringify(modelJsonSchema(), null, 2));
    return EXIT.ok;
  },
};
