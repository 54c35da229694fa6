import { findQuestionnaireStructure, migrationMaps } from '@praktijkscan/model';

/**
 * How many scored items of questionnaire `to` carry an answer from version `from`, following the
 * migration maps from one version to the next (carried and merged items count; split, dropped and
 * new ones do not). `undefined` where no chain of maps leads from `from` to `to`.
 */
export function sharedItemCount(id: string, from: string, to: string): number | undefined {
  const start = findQuestionnaireStructure(id, from);
  const end = findQuestionnaireStructure(id, to);
  if (!start || !end) return undefined;
  let version = from;
  let items = new Set(start.items.map((item) => item.id));
  while (version !== to) {
    const map = migrationMaps.find(
      (candidate) => candidate.questionnaire === id && candidate.from === version,
    );
    if (!map) return undefined;
    const next = new Set<string>();
    for (const [item, migration] of Object.entries(map.items)) {
      if (!items.has(item)) continue;
      if (migration.kind === 'carried') next.add(migration.to ?? item);
      if (migration.kind === 'merged') next.add(migration.into);
    }
    items = next;
    version = map.to;
  }
  return end.items.filter((item) => item.scored && items.has(item.id)).length;
}
