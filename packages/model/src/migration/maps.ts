import { deepFreeze } from '../shared/freeze';
import v1ToV2 from './1.0.0-2.0.0.json';
import type { MigrationMap } from './schema';

/**
 * Every migration map of the praktijkscan questionnaire, oldest first: each takes a response one
 * published version further. Validated against `migrationMapSchema` and checked against both
 * questionnaires at test time.
 *
 * @example
 * ```ts
 * import { migrationMaps } from '@praktijkscan/model';
 * migrationMaps.map((map) => `${map.from} → ${map.to}`); // ['1.0.0 → 2.0.0']
 * ```
 */
export const migrationMaps: readonly MigrationMap[] = /* @__PURE__ */ deepFreeze([
  v1ToV2 as MigrationMap,
]);
