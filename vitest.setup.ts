import fc from 'fast-check';

// Property tests run 1,000 times in CI (the floor) and fewer locally to keep the loop fast.
// Mutation testing (mutation/vitest.*.config.ts) sets PRAKTIJKSCAN_PROPERTY_RUNS: it runs the tests
// once per mutant, where a few generated cases find what the fixed examples miss. It also sets
// PRAKTIJKSCAN_PROPERTY_SEED: the same cases on every run, so that a mutant is killed or not the
// same way each time, and a property test keeps its name ("… (with seed=N)"), by which Stryker's
// incremental mode knows it as the same test.
const propertyRuns = Number(process.env.PRAKTIJKSCAN_PROPERTY_RUNS);
const propertySeed = Number(process.env.PRAKTIJKSCAN_PROPERTY_SEED);
fc.configureGlobal({
  numRuns:
    Number.isInteger(propertyRuns) && propertyRuns > 0 ? propertyRuns : process.env.CI ? 1000 : 200,
  ...(Number.isInteger(propertySeed) ? { seed: propertySeed } : {}),
});
