// The same pipeline as pipeline.mjs, from CommonJS: it must print the same bytes.
const {
  fromFhirQuestionnaireResponse,
  toFhirQuestionnaireResponse,
} = require('@praktijkscan/fhir');
const { parseResponse } = require('@praktijkscan/model');
const { samplePractices } = require('@praktijkscan/model/samples');
const { recommend } = require('@praktijkscan/recommendations');
const { buildReportData } = require('@praktijkscan/report-data');
const { scoreResponse } = require('@praktijkscan/scoring');

async function main() {
  const asOf = '2026-11-22';
  const out = [];
  for (const sample of samplePractices) {
    const response = parseResponse(JSON.parse(JSON.stringify(sample)));
    const result = scoreResponse(response);
    const steps = await recommend(result, response, { asOf, locale: 'nl' });
    const report = buildReportData({
      response,
      result,
      recommendations: steps,
      asOf,
      locale: 'nl',
    });
    const roundTrip = fromFhirQuestionnaireResponse(toFhirQuestionnaireResponse(response));
    out.push({
      result,
      steps,
      report,
      roundTripEqual: JSON.stringify(roundTrip) === JSON.stringify(response),
    });
  }
  process.stdout.write(JSON.stringify(out));
}
main();
