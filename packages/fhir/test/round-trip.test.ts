import { fc, test } from '@fast-check/vitest';
import { type Locale, parseResponse } from '@praktijkscan/model';
import { samplePractices } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import { fromFhirQuestionnaireResponse, toFhirQuestionnaireResponse } from '../src';
import { responseArb } from './support/arbitraries';

/** Response → FHIR → JSON text (as it travels) → response. */
const roundTrip = (response: unknown, locale: Locale = 'nl') =>
  fromFhirQuestionnaireResponse(
    JSON.parse(
      JSON.stringify(
        toFhirQuestionnaireResponse(response as Parameters<typeof toFhirQuestionnaireResponse>[0], {
          locale,
        }),
      ),
    ),
  );

// 1,000 runs in CI (vitest.setup.ts) take a few seconds, more on a busy machine.
describe('round trip: response → FHIR QuestionnaireResponse → response', {
  timeout: 60_000,
}, () => {
  it('gives back each sample practice exactly', () => {
    for (const sample of samplePractices) {
      const back = roundTrip(sample);
      expect(back).toEqual(parseResponse(JSON.parse(JSON.stringify(sample))));
      expect(JSON.stringify(back)).toBe(JSON.stringify(sample));
    }
  });

  test.prop([responseArb, fc.constantFrom<Locale>('nl', 'en')])(
    'gives back every valid response to the published questionnaire, deep-equal to parseResponse',
    (response, locale) => {
      const expected = parseResponse(response);
      const back = roundTrip(response, locale);
      expect(back).toEqual(expected);
      // Canonical form, key order included.
      expect(JSON.stringify(back)).toBe(JSON.stringify(expected));
    },
  );

  test.prop([responseArb])('writes the same FHIR for the response read back', (response) => {
    const fhir = toFhirQuestionnaireResponse(response);
    expect(toFhirQuestionnaireResponse(fromFhirQuestionnaireResponse(fhir))).toEqual(fhir);
  });
});
