import type { ReasonTexts } from './types';

/** Nederlandse teksten voor redenen. */
export const nl: ReasonTexts = {
  reason: '{fact} is {actual}; deze stap geldt als dat {operator} {expected} is.',
  reasonIs: '{fact} is {actual}.',
  operators: {
    equal: 'precies',
    notEqual: 'iets anders dan',
    lessThan: 'minder dan',
    lessThanInclusive: 'ten hoogste',
    greaterThan: 'meer dan',
    greaterThanInclusive: 'ten minste',
    in: 'een van',
    notIn: 'geen van',
  },
  values: {
    unknown: 'onbekend',
    notApplicable: 'niet van toepassing',
    yes: 'ja',
    no: 'nee',
    or: 'of',
  },
  facts: {
    answer: 'Het antwoord op "{item}"',
    usage: 'Het gebruik van {application}',
    aspectScore: 'De score voor {aspect}',
    aspectCoverage: 'De dekking van {aspect}',
    sectionScore: 'De score van het onderdeel "{section}"',
    sectionCoverage: 'De dekking van het onderdeel "{section}"',
    themeScore: 'De score op het IGJ-thema "{theme}"',
    themeCoverage: 'De dekking van het IGJ-thema "{theme}"',
    overall: 'De totaalscore',
    inkPhase: 'De INK-fase',
    inkPhaseNextProgress: 'De voortgang naar de volgende INK-fase',
    bottleneck: 'Knelpunt "{bottleneck}" genoemd',
    ownBottleneckCount: 'Het aantal knelpunten in eigen woorden',
    ideaCount: 'Het aantal verbeterideeën',
    completeness: 'Het deel van de vragen dat is beantwoord',
    monthsSinceCompletion: 'Het aantal maanden sinds het invullen van de vragenlijst',
    monthsSinceVisit: 'Het aantal maanden sinds het laatste praktijkbezoek',
    selfAssessmentGap: 'Uw eigen oordeel min de berekende totaalscore',
  },
  roadmap: {
    afterPhase: 'Na het bereiken van INK-fase {phase} ({label}).',
    afterStep: 'Komt na "{step}", dat later gepland is.',
    beyondCapacity:
      'Past niet meer in dit jaar bij {capacity} nieuwe stappen per kwartaal; kies opnieuw na de volgende scan ({date}).',
    avoid: 'Nu niet: weinig effect ({effect} van 5) voor veel energie ({energy} van 5).',
  },
  decimalSeparator: ',',
};
