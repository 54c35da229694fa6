import fc from 'fast-check';

// Property tests run 1,000 times in CI (the floor) and fewer locally to keep the loop fast.
// Mutation testing (mutation/vitest.*.config.ts) sets PRAKTIJKSCAN_PROPERTY_RUNS: it runs the tests
// once per mutant, where a few generated cases find what the fixed examples miss.
const propertyRuns = Number(process.env.PRAKTIJKSCAN_PROPERTY_RUNS);
fc.configureGlobal({
  numRuns:
    Number.isInteger(propertyRuns) && propertyRuns > 0 ? propertyRuns : process.env.CI ? 1000 : 200,
});
