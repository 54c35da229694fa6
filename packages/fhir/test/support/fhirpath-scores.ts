import type { QualityAspectId } from '@praktijkscan/model';
import { qualityAspectIds } from '@praktijkscan/model';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import type { FhirQuestionnaire, FhirQuestionnaireItem } from '../../src';
import { fhirLinkIds } from '../../src';

/** The scores an SDC form filler computes from the Questionnaire's FHIRPath. */
export interface FhirPathScores {
  readonly aspects: Readonly<Record<QualityAspectId, number | null>>;
  readonly overall: number | null;
}

type Compiled = (resource: object, env: Record<string, unknown>) => unknown[];

/**
 * Evaluates the scores group of a Questionnaire as an SDC form filler does, with fhirpath.js (the
 * engine LHC-Forms and Smart Forms use) and the R4 model: the group's variables in order, each
 * seeing the ones before it, then each score item's calculatedExpression. `%resource` is the
 * QuestionnaireResponse. Expressions are compiled once per Questionnaire.
 */
export function fhirPathScorer(questionnaire: FhirQuestionnaire) {
  const scores = questionnaire.item?.find((item) => item.linkId === fhirLinkIds.scores);
  if (!scores) throw new Error('no scores group');
  const compile = (expression: string): Compiled =>
    fhirpath.compile(expression, r4) as unknown as Compiled;
  const variables = (scores.extension ?? []).map((extension) => {
    const expression = extension.valueExpression;
    if (extension.url !== 'http://hl7.org/fhir/StructureDefinition/variable' || !expression?.name)
      throw new Error(`not a variable: ${JSON.stringify(extension)}`);
    return { name: expression.name, run: compile(expression.expression) };
  });
  const calculated = (item: FhirQuestionnaireItem | undefined) => {
    const expression = item?.extension?.find(
      (extension) =>
        extension.url ===
        'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
    )?.valueExpression?.expression;
    if (!expression) throw new Error(`no calculatedExpression on ${item?.linkId}`);
    return compile(expression);
  };
  const byLinkId = (linkId: string) => scores.item?.find((item) => item.linkId === linkId);
  const aspectRuns = qualityAspectIds.map(
    (aspect) => [aspect, calculated(byLinkId(fhirLinkIds.aspectScores[aspect]))] as const,
  );
  const overallRun = calculated(byLinkId(fhirLinkIds.overallScore));
  const single = (values: unknown[]): number | null => {
    if (values.length === 0) return null;
    if (values.length !== 1 || typeof values[0] !== 'number')
      throw new Error(`expected one number, got ${JSON.stringify(values)}`);
    return values[0];
  };

  return (response: object): FhirPathScores => {
    const env: Record<string, unknown> = { resource: response };
    for (const variable of variables) env[variable.name] = variable.run(response, env);
    return {
      aspects: Object.fromEntries(
        aspectRuns.map(([aspect, run]) => [aspect, single(run(response, env))]),
      ) as Record<QualityAspectId, number | null>,
      overall: single(overallRun(response, env)),
    };
  };
}
