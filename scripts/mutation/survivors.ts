// `pnpm mutation:survivors [scoring|validation]`: the mutants the tests let live in the last
// mutation run (mutation/results/*.json), one a line as `file:line:column mutator: replacement`,
// so that they can be read without opening Stryker's HTML report.
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
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const mutant of mutants) {
      if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
      count += 1;
      const { line, column } = mutant.location.start;
      const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
      console.log(
        `${file}:${line}:${column} ${mutant.mutatorName} (${mutant.status}): ${replacement}`,
      );
    }
  }
  console.log(`${run}: ${count} surviving mutants\n`);
}
