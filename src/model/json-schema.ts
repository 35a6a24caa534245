import { z } from "zod";
import { ModelSchema } from "./schema/model.js";

/** Where the published schema lives (the file `schema/model.schema.json` of the npm package). */
export const MODEL_SCHEMA_ID = "https://unpkg.com/servicevalue/schema/model.schema.json";

/** Keys the parser accepts but computes itself (a parsed model parses again); editors should not offer them. */
const DERIVED_KEYS = ["processTimeHours", "waitTimeHours"];

/** Hover text for the top-level keys. */
const TOP_LEVEL: Record<string, string> = {
  $schema: "The JSON Schema of this file, for editors.",
  name: "The name of the model (an organisation, a portfolio, a product).",
  description: "Free text.",
  currency: "ISO 4217 code of every amount in the model (EUR, USD, ...).",
  horizonYears: "Years covered by the model: year 0 is the first, horizonYears - 1 the last (1 to 50).",
  discountRate: "Yearly discount rate as a fraction (0.08 is 8%); year t is discounted by (1 + rate)^t.",
  stakeholders: "Parties in service relationships: customers, users, sponsors, suppliers, providers.",
  resources: "Resources of the four dimensions (teams, applications, contracts, processes) and the services they support.",
  services: "Business services (products) and the technical services they bundle or depend on.",
  valueStreams: "Value streams: steps from a trigger (demand) to an outcome (value).",
  journeys: "Customer journeys through the stages explore, engage, offer, agree, onboard, co-create, realize.",
  costs: "Cost entries of resources, services and investments.",
  benefits: "Benefits of services, value streams and investments.",
  risks: "Risks: loss events per year (frequency) times loss per event (impact).",
  investments: "Investments (projects, changes) with their risk reductions; their costs and benefits name them in `of`.",
  lint: "Settings for the model's health checks.",
  meta: "Free data, kept verbatim.",
};

/**
 * The JSON Schema (draft-07, what editors support best) of a model document as written in a file: for the
 * `yaml-language-server` and VS Code, which then complete keys and flag typos while typing. Generated from the zod
 * schema (`z.toJSONSchema`, input side), so it cannot drift from what `parseModel` accepts; the semantic checks
 * (references, cycles, years) are not in it. A new object on each call.
 * @example modelJsonSchema().properties.horizonYears // { default: 5, type: "integer", minimum: 1, maximum: 50, description: ... }
 */
export function modelJsonSchema(): Record<string, unknown> & { properties: Record<string, Record<string, unknown>> } {
  const generated = z.toJSONSchema(ModelSchema, {
    io: "input",
    target: "draft-7",
    // Estimates are a zod custom type that carries its own JSON Schema in its metadata.
    unrepresentable: "any",
    override: (ctx) => {
      const properties = ctx.jsonSchema.properties;
      if (properties) for (const key of DERIVED_KEYS) delete properties[key];
      if (Array.isArray(ctx.jsonSchema.required)) ctx.jsonSchema.required = ctx.jsonSchema.required.filter((k) => !DERIVED_KEYS.includes(k));
    },
  }) as Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };
  for (const [key, description] of Object.entries(TOP_LEVEL)) {
    const property = generated.properties[key];
    if (property) generated.properties[key] = { description, ...property };
  }
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: MODEL_SCHEMA_ID,
    title: "servicevalue model",
    description:
      "A model of services the ITIL 4 way: stakeholders, resources, services, value streams, journeys, costs, benefits, risks and investments (model document version 1).",
    ...rest,
  };
}
