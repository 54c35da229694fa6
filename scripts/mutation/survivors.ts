// `pnpm mutation:survivors [scoring|validation]`: the mutants the tests let live in the last
// mutation run (mutation/results/*.json), one a line as `file:line:column mutator: replacement`,
// so that they can be read without opening Stryker's HTML report, then the run's counts and its
// mutation score as Stryker computes it (detected over detected and undetected).
import { readFileSync } from 'node:fs';

interface Mutant {
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number } };
}
interface Report {
  readonly files: Record<string, { readonly source: string; readonly mutants: readonly Mutant[] }>;
}

const runs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['scoring', 'validation'];
for (const run of runs) {
  const report = JSON.parse(
    readFileSync(new URL(`../../mutation/results/${run}.json`, import.meta.url), 'utf8'),
  ) as Report;
  let count = 0;
  const statuses = new Map<string, number>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const mutant of mutants) {
      statuses.set(mutant.status, (statuses.get(mutant.status) ?? 0) + 1);
      if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
      count += 1;
      const { line, column } = mutant.location.start;
      const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
      console.log(
        `${file}:${line}:${column} ${mutant.mutatorName} (${mutant.status}): ${replacement}`,
      );
    }
  }
  const of = (status: string) => statuses.get(status) ?? 0;
  const detected = of('Killed') + of('Timeout');
  const score = (100 * detected) / (detected + count);
  const counts = [...statuses].map(([status, n]) => `${status} ${n}`).join(', ');
  console.log(`${run}: ${count} surviving mutants; ${counts}; score ${score.toFixed(2)} %\n`);
}
