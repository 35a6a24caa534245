import fc from "fast-check";

// Property tests run with a fixed seed so that CI is reproducible; set FC_SEED to explore others (FC_SEED=random for a
// fresh one each run). A failure prints its seed and path, so any run can be replayed.
const seed = process.env.FC_SEED;
if (seed !== "random") fc.configureGlobal({ seed: seed === undefined ? 20_261_122 : Number(seed) });
