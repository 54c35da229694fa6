// A vendor's ES module: the whole pipeline on the installed packages.
import { fromFhirQuestionnaireResponse, toFhirQuestionnaireResponse } from '@praktijkscan/fhir';
import { parseResponse } from '@praktijkscan/model';
import { samplePractices } from '@praktijkscan/model/samples';
import { recommend } from '@praktijkscan/recommendations';
import { buildReportData } from '@praktijkscan/report-data';
import { scoreResponse } from '@praktijkscan/scoring';

const asOf = '2026-11-22';
const out = [];
for (const sample of samplePractices) {
  const response = parseResponse(JSON.parse(JSON.stringify(sample)));
  const result = scoreResponse(response);
  const steps = await recommend(result, response, { asOf, locale: 'nl' });
  const report = buildReportData({ response, result, recommendations: steps, asOf, locale: 'nl' });
  const roundTrip = fromFhirQuestionnaireResponse(toFhirQuestionnaireResponse(response));
  out.push({
    result,
    steps,
    report,
    roundTripEqual: JSON.stringify(roundTrip) === JSON.stringify(response),
  });
}
process.stdout.write(JSON.stringify(out));
