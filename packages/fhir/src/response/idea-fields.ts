import type { ImprovementIdea } from '@praktijkscan/model';

/**
 * The fields of an improvement idea, in the order they are written, each with the `value[x]` of its
 * sub-extension in the `improvement-idea` extension. The sub-extension's url is the field name.
 */
export const ideaFields: readonly (readonly [
  keyof ImprovementIdea,
  'valueString' | 'valueDate' | 'valueInteger',
])[] = [
  ['id', 'valueString'],
  ['title', 'valueString'],
  ['date', 'valueDate'],
  ['from', 'valueString'],
  ['team', 'valueString'],
  ['problem', 'valueString'],
  ['size', 'valueString'],
  ['idea', 'valueString'],
  ['yield', 'valueString'],
  ['involve', 'valueString'],
  ['effect', 'valueInteger'],
  ['energy', 'valueInteger'],
];
