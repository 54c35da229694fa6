// A vendor's TypeScript: compiled with tsc under node16 and bundler resolution, at the oldest
// TypeScript the packages support and at the one the repository uses.
import { fromFhirQuestionnaireResponse, toFhirQuestionnaireResponse } from '@praktijkscan/fhir';
import { type PracticeResponse, parseResponse } from '@praktijkscan/model';
import { questionnaire as dutchQuestionnaire } from '@praktijkscan/model/nl';
import { samplePractices } from '@praktijkscan/model/samples';
import { type RecommendedStep, recommend } from '@praktijkscan/recommendations';
import { buildReportData, type ReportData } from '@praktijkscan/report-data';
import { type ScoreResult, scoreResponse } from '@praktijkscan/scoring';

export async function pipeline(text: string): Promise<ReportData> {
  const response: PracticeResponse = parseResponse(JSON.parse(text));
  const result: ScoreResult = scoreResponse(response);
  const steps: RecommendedStep[] = await recommend(result, response, { asOf: '2026-11-22' });
  const back: PracticeResponse = fromFhirQuestionnaireResponse(
    toFhirQuestionnaireResponse(response),
  );
  void back;
  return buildReportData({
    response,
    result,
    recommendations: steps,
    asOf: '2026-11-22',
    locale: 'nl',
  });
}

export const firstSample: string = samplePractices[0]?.practiceId ?? '';
export const itemCount: number = dutchQuestionnaire.items.length;
