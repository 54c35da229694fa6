import fc from 'fast-check';

// Property tests run 1,000 times in CI (the floor) and fewer locally to keep the loop fast.
fc.configureGlobal({ numRuns: process.env.CI ? 1000 : 200 });
