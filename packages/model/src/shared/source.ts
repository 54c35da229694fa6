/**
 * The seed documents (Dutch) that praktijkscan's content is grounded in, by file name.
 *
 * @example
 * ```ts
 * import { questionnaire, seedFiles } from '@praktijkscan/model';
 * seedFiles.includes(questionnaire.items[0]!.source.seed); // true
 * ```
 */
export const seedFiles = /* @__PURE__ */ Object.freeze([
  '000_b3fde464fb93530b.txt',
  '001_a329bfd150ee0d04.txt',
  '002_f3ca0ba8266c7bed.txt',
  '003_f01a0fe878612b8e.txt',
  '004_a7ae77890b5be1ca.txt',
] as const);

/** The file name of one seed document. */
export type SeedFile = (typeof seedFiles)[number];

/**
 * Where a piece of content comes from: a seed file and a heading (or a short phrase) that occurs
 * in that file, so that a reader can find the passage.
 */
export interface SourceRef {
  readonly seed: SeedFile;
  readonly heading: string;
}
