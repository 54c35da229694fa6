// `pnpm mutation:survivors [scoring|validation]`: the mutants the tests let live in the last
// mutation run (mutation/results/*.json), one a line as `file:line:column mutator: replacement`,
// so that they can be read without opening Stryker's HTML report, then the run's counts and its
// mutation score as Stryker computes it (detected over detected and undetected).
import { readFileSync } from 'node:fs';
import { mutationScore, type StrykerReport } from './score';

const runs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['scoring', 'validation'];
for (const run of runs) {
  const report = JSON.parse(
    readFileSync(new URL(`../../mutation/results/${run}.json`, import.meta.url), 'utf8'),
  ) as StrykerReport;
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const mutant of mutants) {
      if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
      const { line, column } = mutant.location.start;
      const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
      console.log(
        `${file}:${line}:${column} ${mutant.mutatorName} (${mutant.status}): ${replacement}`,
      );
    }
  }
  const { statuses, undetected, score } = mutationScore(report);
  const counts = [...statuses].map(([status, n]) => `${status} ${n}`).join(', ');
  console.log(`${run}: ${undetected} surviving mutants; ${counts}; score ${score.toFixed(2)} %\n`);
}
