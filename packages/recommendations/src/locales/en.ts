import type { ReasonTexts } from './types';

/** English texts for reasons. */
export const en: ReasonTexts = {
  reason: '{fact} is {actual}; this step applies when it is {operator} {expected}.',
  reasonIs: '{fact} is {actual}.',
  operators: {
    equal: 'exactly',
    notEqual: 'anything but',
    lessThan: 'less than',
    lessThanInclusive: 'at most',
    greaterThan: 'more than',
    greaterThanInclusive: 'at least',
    in: 'one of',
    notIn: 'none of',
  },
  values: { unknown: 'unknown', notApplicable: 'not applicable', yes: 'yes', no: 'no', or: 'or' },
  facts: {
    answer: 'The answer to "{item}"',
    usage: 'The use of {application}',
    aspectScore: 'The score for {aspect}',
    aspectCoverage: 'The coverage of {aspect}',
    sectionScore: 'The score of the section "{section}"',
    sectionCoverage: 'The coverage of the section "{section}"',
    themeScore: 'The score on the IGJ theme "{theme}"',
    themeCoverage: 'The coverage of the IGJ theme "{theme}"',
    overall: 'The overall score',
    inkPhase: 'The INK phase',
    inkPhaseNextProgress: 'The progress towards the next INK phase',
    bottleneck: 'Bottleneck "{bottleneck}" named',
    ownBottleneckCount: 'The number of bottlenecks in your own words',
    ideaCount: 'The number of improvement ideas',
    completeness: 'The share of questions answered',
    monthsSinceCompletion: 'The number of months since the questionnaire was completed',
    monthsSinceVisit: 'The number of months since the last practice visit',
    selfAssessmentGap: 'Your own judgement minus the computed overall score',
  },
  roadmap: {
    afterPhase: 'After INK phase {phase} ({label}) is reached.',
    afterStep: 'Comes after "{step}", which is planned later.',
    beyondCapacity:
      'Does not fit this year at {capacity} new steps a quarter; choose again after the next scan ({date}).',
    avoid: 'Not now: little effect ({effect} of 5) for much energy ({energy} of 5).',
  },
  decimalSeparator: '.',
};
