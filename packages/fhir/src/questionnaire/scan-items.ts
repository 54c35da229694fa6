import {
  bottlenecks,
  type Locale,
  type LocalizedText,
  type QuestionnaireStructure,
  qualityAspectIds,
  qualityAspects,
  responseLimits,
} from '@praktijkscan/model';
import { fhirLinkIds, type IdeaFieldName, ideaFieldNames } from '../canonical/link-ids';
import { translated } from '../canonical/translation';
import { fhirUrls, hl7Urls } from '../canonical/urls';
import type { FhirExtension, FhirQuestionnaireItem } from '../fhir/types';
import { aspectScoreExpression, overallScoreExpression, scoreVariables } from './score-expressions';
import { scanItemTextsEn } from './texts/en';
import { scanItemTextsNl } from './texts/nl';
import type { ScanItemTexts } from './texts/types';

const texts: Readonly<Record<Locale, ScanItemTexts>> = { nl: scanItemTextsNl, en: scanItemTextsEn };

/** A text of the scan's own items in both languages. */
const both = (pick: (texts: ScanItemTexts) => string): LocalizedText => ({
  nl: pick(texts.nl),
  en: pick(texts.en),
});

/** The `questionnaire-itemControl` extension with one code. */
export function itemControl(code: 'help' | 'radio-button' | 'check-box'): FhirExtension {
  const display = { help: 'Help-Button', 'radio-button': 'Radio Button', 'check-box': 'Check-box' }[
    code
  ];
  return {
    url: hl7Urls.itemControl,
    valueCodeableConcept: {
      coding: [{ system: hl7Urls.itemControlSystem, code, display }],
      text: display,
    },
  };
}

/** A `display` child shown behind a help button. */
export function helpItem(
  linkId: string,
  help: LocalizedText,
  locale: Locale,
): FhirQuestionnaireItem {
  const text = translated(help, locale);
  return {
    extension: [itemControl('help')],
    linkId: `${linkId}.help`,
    text: text.value,
    _text: text.element,
    type: 'display',
  };
}

interface Field {
  readonly linkId: string;
  readonly text: LocalizedText;
  readonly type: 'string' | 'text' | 'date';
  readonly maxLength?: number;
  readonly extension?: readonly FhirExtension[];
  readonly required?: boolean;
  readonly repeats?: boolean;
  readonly help?: LocalizedText;
}

function field(spec: Field, locale: Locale): FhirQuestionnaireItem {
  const text = translated(spec.text, locale);
  return {
    ...(spec.extension ? { extension: spec.extension } : {}),
    linkId: spec.linkId,
    text: text.value,
    _text: text.element,
    type: spec.type,
    required: spec.required ?? false,
    ...(spec.repeats ? { repeats: true } : {}),
    ...(spec.maxLength === undefined ? {} : { maxLength: spec.maxLength }),
    ...(spec.help ? { item: [helpItem(spec.linkId, spec.help, locale)] } : {}),
  };
}

function group(
  linkId: string,
  title: LocalizedText,
  item: FhirQuestionnaireItem[],
  locale: Locale,
  extras: Partial<FhirQuestionnaireItem> = {},
): FhirQuestionnaireItem {
  const text = translated(title, locale);
  return { ...extras, linkId, text: text.value, _text: text.element, type: 'group', item };
}

/** The group with the practice's name and id, the completion date and the last practice visit. */
export function practiceGroup(locale: Locale): FhirQuestionnaireItem {
  return group(
    fhirLinkIds.practice,
    both((t) => t.practice),
    [
      field(
        {
          linkId: fhirLinkIds.practiceName,
          text: both((t) => t.practiceName),
          type: 'string',
          maxLength: responseLimits.maxPracticeNameLength,
        },
        locale,
      ),
      field(
        {
          linkId: fhirLinkIds.practiceId,
          text: both((t) => t.practiceId),
          type: 'string',
          maxLength: responseLimits.maxPracticeIdLength,
          help: both((t) => t.practiceIdHelp),
        },
        locale,
      ),
      field(
        {
          linkId: fhirLinkIds.completedOn,
          text: both((t) => t.completedOn),
          type: 'date',
          // Today in the filler's own calendar; the person can change it.
          extension: [
            {
              url: hl7Urls.initialExpression,
              valueExpression: { language: 'text/fhirpath', expression: 'today()' },
            },
          ],
        },
        locale,
      ),
      field(
        {
          linkId: fhirLinkIds.lastPracticeVisit,
          text: both((t) => t.lastPracticeVisit),
          type: 'date',
        },
        locale,
      ),
    ],
    locale,
  );
}

/** The group with the known bottlenecks (multiple choice) and the practice's own (repeating text). */
export function bottlenecksGroup(locale: Locale): FhirQuestionnaireItem {
  const question = translated(
    both((t) => t.bottleneck),
    locale,
  );
  return group(
    fhirLinkIds.bottlenecks,
    both((t) => t.bottlenecks),
    [
      {
        extension: [itemControl('check-box')],
        linkId: fhirLinkIds.bottleneck,
        text: question.value,
        _text: question.element,
        type: 'choice',
        required: false,
        repeats: true,
        answerOption: bottlenecks.map((bottleneck) => {
          const display = translated(bottleneck.label, locale);
          return {
            valueCoding: {
              system: fhirUrls.bottleneckSystem,
              code: bottleneck.id,
              display: display.value,
              _display: display.element,
            },
          };
        }),
      },
      field(
        {
          linkId: fhirLinkIds.ownBottleneck,
          text: both((t) => t.ownBottleneck),
          type: 'string',
          repeats: true,
          maxLength: responseLimits.maxOwnBottleneckLength,
        },
        locale,
      ),
    ],
    locale,
  );
}

/** Effect or energy: a choice of 1..5, the ends labelled. */
function ratingItem(kind: 'effect' | 'energy', locale: Locale): FhirQuestionnaireItem {
  const text = translated(
    both((t) => t.ideaFields[kind]),
    locale,
  );
  return {
    extension: [itemControl('radio-button')],
    linkId: fhirLinkIds.ideaFields[kind],
    text: text.value,
    _text: text.element,
    type: 'choice',
    required: true,
    answerOption: [1, 2, 3, 4, 5].map((value) => {
      const end = value === 1 ? 0 : value === 5 ? 1 : undefined;
      const label =
        end === undefined
          ? { nl: String(value), en: String(value) }
          : both((t) => `${value} – ${t.ratingEnds[kind][end]}`);
      const display = translated(label, locale);
      return {
        valueCoding: {
          system: fhirUrls.ratingSystem,
          code: String(value),
          display: display.value,
          _display: display.element,
        },
      };
    }),
  };
}

const ideaFieldTypes: Readonly<
  Record<Exclude<IdeaFieldName, 'effect' | 'energy'>, Pick<Field, 'type' | 'maxLength'>>
> = {
  id: { type: 'string', maxLength: responseLimits.maxIdLength },
  title: { type: 'string', maxLength: responseLimits.maxIdeaTitleLength },
  date: { type: 'date' },
  from: { type: 'string', maxLength: responseLimits.maxIdeaTitleLength },
  team: { type: 'string', maxLength: responseLimits.maxIdeaTitleLength },
  problem: { type: 'text', maxLength: responseLimits.maxIdeaTextLength },
  size: { type: 'text', maxLength: responseLimits.maxIdeaTextLength },
  idea: { type: 'text', maxLength: responseLimits.maxIdeaTextLength },
  yield: { type: 'text', maxLength: responseLimits.maxIdeaTextLength },
  involve: { type: 'text', maxLength: responseLimits.maxIdeaTextLength },
};

/**
 * The repeating group of one improvement idea: the fields of the improvement form (seed 004), with
 * effect and energy as 1..5. The id is hidden: `fromFhirQuestionnaireResponse` numbers ideas
 * without one (`idea-1`, `idea-2`, …), and `toFhirQuestionnaireResponse` writes it.
 */
export function ideaGroup(locale: Locale): FhirQuestionnaireItem {
  return group(
    fhirLinkIds.idea,
    both((t) => t.idea),
    ideaFieldNames.map((name) =>
      name === 'effect' || name === 'energy'
        ? ratingItem(name, locale)
        : field(
            {
              linkId: fhirLinkIds.ideaFields[name],
              text: both((t) => t.ideaFields[name]),
              ...ideaFieldTypes[name],
              ...(name === 'id'
                ? { extension: [{ url: hl7Urls.hidden, valueBoolean: true }] }
                : {}),
              ...(name === 'title' ? { required: true } : {}),
            },
            locale,
          ),
    ),
    locale,
    { required: false, repeats: true },
  );
}

/**
 * The read-only group of calculated scores: one `decimal` per quality aspect and the overall
 * score, each with a FHIRPath `calculatedExpression` over the variables of the group (see
 * `score-expressions.ts`).
 */
export function scoresGroup(
  questionnaire: QuestionnaireStructure,
  locale: Locale,
): FhirQuestionnaireItem {
  const help = translated(
    both((t) => t.scoresHelp),
    locale,
  );
  const scoreItem = (linkId: string, label: LocalizedText, expression: string) => {
    const text = translated(label, locale);
    return {
      extension: [
        {
          url: hl7Urls.calculatedExpression,
          valueExpression: { language: 'text/fhirpath', expression },
        },
      ],
      linkId,
      text: text.value,
      _text: text.element,
      type: 'decimal' as const,
      readOnly: true,
    };
  };
  return group(
    fhirLinkIds.scores,
    both((t) => t.scores),
    [
      {
        linkId: `${fhirLinkIds.scores}.description`,
        text: help.value,
        _text: help.element,
        type: 'display',
      },
      ...qualityAspectIds.map((aspect) =>
        scoreItem(
          fhirLinkIds.aspectScores[aspect],
          qualityAspects.find((candidate) => candidate.id === aspect)?.label ?? {
            nl: aspect,
            en: aspect,
          },
          aspectScoreExpression(aspect),
        ),
      ),
      scoreItem(
        fhirLinkIds.overallScore,
        both((t) => t.overallScore),
        overallScoreExpression,
      ),
    ],
    locale,
    { extension: scoreVariables(questionnaire) },
  );
}
