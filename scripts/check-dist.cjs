// Checks the built package the way users load it (run after `npm run build`, by `npm run check:package`):
// both entries, ESM and CJS, share one ModelError class, and the worker thread of simulateParallel loads from dist.
const assert = require("node:assert/strict");
const path = require("node:path");

const dist = path.join(__dirname, "..", "dist");
const main = require(path.join(dist, "index.cjs"));
const node = require(path.join(dist, "node.cjs"));

(async () => {
  assert.equal(main.ModelError, node.ModelError, "CJS: servicevalue and servicevalue/node must share ModelError");
  await assert.rejects(node.readModel(path.join(dist, "missing.yaml")), (e) => e instanceof main.ModelError);
  const esmMain = await import(path.join(dist, "index.js"));
  const esmNode = await import(path.join(dist, "node.js"));
  assert.equal(esmMain.ModelError, esmNode.ModelError, "ESM: servicevalue and servicevalue/node must share ModelError");
  const model = await node.readModel(path.join(__dirname, "..", "examples", "modern-workplace.yaml"));
  for (const api of [node, esmNode]) {
    const parallel = await api.simulateParallel(model, { iterations: 1000, seed: 1, workers: 2 });
    assert.deepEqual(parallel, api.simulate(model, { iterations: 1000, seed: 1 }), "simulateParallel must equal simulate");
  }
  console.log("dist: ESM and CJS entries share ModelError; simulateParallel runs its worker from dist");
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
