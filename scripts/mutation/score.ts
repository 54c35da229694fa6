// Stryker's mutation score, read from its JSON report: detected (killed or timed out) over detected
// and undetected (survived or without coverage); ignored, static, compile and runtime errors count
// in neither, as in Stryker's own score.

export interface StrykerMutant {
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number } };
}

export interface StrykerReport {
  readonly files: Record<
    string,
    { readonly source: string; readonly mutants: readonly StrykerMutant[] }
  >;
}

export interface MutationScore {
  /** Mutants by status, in the order the report first names each status. */
  readonly statuses: ReadonlyMap<string, number>;
  readonly detected: number;
  readonly undetected: number;
  /** Percent, or 100 where no mutant counts (as Stryker says of an empty run). */
  readonly score: number;
}

export function mutationScore(report: StrykerReport): MutationScore {
  const statuses = new Map<string, number>();
  for (const { mutants } of Object.values(report.files))
    for (const mutant of mutants)
      statuses.set(mutant.status, (statuses.get(mutant.status) ?? 0) + 1);
  const of = (status: string) => statuses.get(status) ?? 0;
  const detected = of('Killed') + of('Timeout');
  const undetected = of('Survived') + of('NoCoverage');
  const score = detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);
  return { statuses, detected, undetected, score };
}
