import type { QuestionnaireStructure } from '../questionnaire/types';
import type { MigrationMap } from './schema';

/** One thing wrong with a migration map, at a path within the map. */
export interface MigrationMapProblem {
  readonly code:
    | 'wrong-questionnaire'
    | 'wrong-version'
    | 'unmapped-item'
    | 'unknown-item'
    | 'unknown-target'
    | 'scale-mismatch'
    | 'target-twice'
    | 'not-applicable-not-allowed';
  readonly path: readonly string[];
  readonly message: string;
}

/**
 * Checks a migration map against the two questionnaires it connects: every item of `from` is
 * mapped, the map names no item `from` lacks, every target exists in `to` (carried and merged
 * answers on the same scale), and no item of `to` receives a carried answer and another answer
 * too. Returns every problem; `[]` where the map is sound.
 *
 * @example
 * ```ts
 * import { checkMigrationMap, findQuestionnaireStructure, migrationMaps } from '@praktijkscan/model';
 * const map = migrationMaps[0]!;
 * checkMigrationMap(
 *   map,
 *   findQuestionnaireStructure('praktijkscan', map.from)!,
 *   findQuestionnaireStructure('praktijkscan', map.to)!,
 * ); // []
 * ```
 */
export function checkMigrationMap(
  map: MigrationMap,
  from: QuestionnaireStructure,
  to: QuestionnaireStructure,
): readonly MigrationMapProblem[] {
  const problems: MigrationMapProblem[] = [];
  const problem = (code: MigrationMapProblem['code'], path: string[], message: string) =>
    problems.push({ code, path, message });
  if (map.questionnaire !== from.id || map.questionnaire !== to.id) {
    problem('wrong-questionnaire', ['questionnaire'], `The map is for "${map.questionnaire}".`);
  }
  if (map.from !== from.version) problem('wrong-version', ['from'], `Expected ${from.version}.`);
  if (map.to !== to.version) problem('wrong-version', ['to'], `Expected ${to.version}.`);
  const fromItems = new Map(from.items.map((item) => [item.id, item]));
  const toItems = new Map(to.items.map((item) => [item.id, item]));
  for (const item of from.items) {
    if (!Object.hasOwn(map.items, item.id)) {
      problem(
        'unmapped-item',
        ['items', item.id],
        `Item "${item.id}" of ${from.version} is not mapped.`,
      );
    }
  }
  const carriedTo = new Map<string, string>();
  const mergedInto = new Map<string, string>();
  for (const [id, migration] of Object.entries(map.items)) {
    const source = fromItems.get(id);
    if (!source) {
      problem('unknown-item', ['items', id], `Item "${id}" is not in ${from.version}.`);
      continue;
    }
    const targets =
      migration.kind === 'carried'
        ? [migration.to ?? id]
        : migration.kind === 'merged'
          ? [migration.into]
          : migration.kind === 'split'
            ? migration.into
            : [];
    for (const target of targets) {
      const item = toItems.get(target);
      if (!item) {
        problem('unknown-target', ['items', id], `Item "${target}" is not in ${to.version}.`);
      } else if (
        (migration.kind === 'carried' || migration.kind === 'merged') &&
        item.scale !== source.scale
      ) {
        problem(
          'scale-mismatch',
          ['items', id],
          `"${id}" (${source.scale}) cannot carry to "${target}" (${item.scale}).`,
        );
      }
    }
    if (migration.kind === 'split' && migration.notApplicableCarried === true) {
      const refusing = [source, ...migration.into.map((target) => toItems.get(target))].filter(
        (item) => item !== undefined && !item.allowsNotApplicable,
      );
      for (const item of refusing) {
        problem(
          'not-applicable-not-allowed',
          ['items', id, 'notApplicableCarried'],
          `"${item?.id}" does not allow "na", so "na" cannot be carried.`,
        );
      }
    }
    if (migration.kind === 'carried') {
      const target = migration.to ?? id;
      if (carriedTo.has(target)) {
        problem(
          'target-twice',
          ['items', id],
          `"${target}" already receives "${carriedTo.get(target)}".`,
        );
      }
      carriedTo.set(target, id);
    }
    if (migration.kind === 'merged') mergedInto.set(migration.into, id);
  }
  for (const [target, id] of carriedTo) {
    if (mergedInto.has(target)) {
      problem('target-twice', ['items', id], `"${target}" is both carried to and merged into.`);
    }
  }
  return problems;
}
