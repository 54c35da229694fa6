import {
  answerScaleMax,
  type QualityAspectId,
  type QuestionnaireStructure,
  qualityAspectIds,
} from '@praktijkscan/model';
import { hl7Urls } from '../canonical/urls';
import type { FhirExtension } from '../fhir/types';

// The scores of SCORING.md as FHIRPath, for SDC form fillers that compute them live. Everything is
// integer arithmetic, as in SCORING.md, so a FHIRPath engine gets exactly scoreResponse's numbers:
//
//   q<Item>        the item's answer as an integer; empty where it is missing or "na"
//   num<Aspect>    sum of w(i,a) * v(i) over the answered items (aggregate, because sum() of an
//                  empty collection is empty in some engines)
//   den<Aspect>    sum of w(i,a) * max(i) over the same items
//   tenths<Aspect> floor((2000 * num + den) / (2 * den)), empty where den = 0: round1 in tenths
//   tenths         the non-empty aspect tenths
//
// An aspect's score is `%tenths<Aspect> / 10`; the overall score is the mean of the tenths rounded
// half up, `(2 * sum + k) div (2 * k)`, divided by 10. `div` truncates, which is floor here because
// nothing is negative. A variable's name is both a FHIRPath identifier and an R4 `id` (letters and
// digits, at most 64): the id in camelCase (`digital-care-vision` -> `qDigitalCareVision`).

const fhirpath = 'text/fhirpath';
const camel = (kind: string, id: string): string =>
  `${kind}${id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}`;
/** A FHIRPath string literal. */
const literal = (text: string): string =>
  `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
/** The sum of the terms' values, 0 where every term is empty. */
const total = (terms: readonly string[]): string =>
  terms.length === 0 ? '0' : `${combined(terms)}.aggregate($this + $total, 0)`;
/** All values of the terms, duplicates kept (`|` would drop them). */
const combined = (terms: readonly string[]): string =>
  terms.map((term, index) => (index === 0 ? term : `.combine(${term})`)).join('');

function variable(name: string, expression: string): FhirExtension {
  return { url: hl7Urls.variable, valueExpression: { name, language: fhirpath, expression } };
}

/** The name of the variable that holds an aspect's score in tenths (empty where it has none). */
export const aspectTenthsVariable = (aspect: QualityAspectId): string => camel('tenths', aspect);

/**
 * The variable name of each item: `q` and the id in camelCase, cut to 64 characters, with a number
 * added where two ids would give one name (`a-1b` and `a1b`; not so in a published questionnaire).
 */
function variableNames(kind: string, ids: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids) {
    let name = camel(kind, id).slice(0, 64);
    for (let n = 2; used.has(name); n += 1) name = `${name.slice(0, 60)}${n}`;
    used.add(name);
    names.set(id, name);
  }
  return names;
}

/**
 * The `variable` extensions of the scores group, in the order they must be evaluated: one per
 * scored item with a positive weight, then per aspect its numerator, denominator and score in
 * tenths, then the list of the aspects' tenths.
 */
export function scoreVariables(questionnaire: QuestionnaireStructure): FhirExtension[] {
  const weighted = questionnaire.items.filter(
    (item) => item.scored && qualityAspectIds.some((aspect) => item.weights[aspect] > 0),
  );
  // Looking an item up in its section, not among all items, keeps each step short, and every
  // variable holds a number, which a form filler compares cheaply: it runs these expressions again
  // after every answer.
  const names = variableNames(
    'q',
    weighted.map((item) => item.id),
  );
  const q = (id: string) => `%${names.get(id)}`;
  const answers = weighted.map((item) =>
    variable(
      names.get(item.id) ?? item.id,
      `%resource.item.where(linkId = ${literal(item.section)}).item.where(linkId = ${literal(item.id)}).answer.value.code.where($this != 'na').toInteger()`,
    ),
  );
  const perAspect = qualityAspectIds.flatMap((aspect) => {
    const items = weighted.filter((item) => item.weights[aspect] > 0);
    const num = camel('num', aspect);
    const den = camel('den', aspect);
    return [
      variable(num, total(items.map((item) => `(${q(item.id)} * ${item.weights[aspect]})`))),
      variable(
        den,
        total(
          items.map(
            (item) => `${q(item.id)}.select(${item.weights[aspect] * answerScaleMax(item.scale)})`,
          ),
        ),
      ),
      variable(
        aspectTenthsVariable(aspect),
        `iif(%${den} > 0, (2000 * %${num} + %${den}) div (2 * %${den}))`,
      ),
    ];
  });
  const tenths = variable(
    'tenths',
    combined(qualityAspectIds.map((aspect) => `%${aspectTenthsVariable(aspect)}`)),
  );
  return [...answers, ...perAspect, tenths];
}

/** The calculated score of an aspect: its tenths as a decimal with one decimal place. */
export const aspectScoreExpression = (aspect: QualityAspectId): string =>
  `%${aspectTenthsVariable(aspect)} / 10`;

/** The calculated overall score: the mean of the aspects' tenths, rounded half up, in tenths. */
export const overallScoreExpression =
  'iif(%tenths.count() > 0, ((2 * %tenths.aggregate($this + $total, 0) + %tenths.count()) div (2 * %tenths.count())) / 10)';
