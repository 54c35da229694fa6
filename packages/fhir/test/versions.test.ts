import { sampleHalfway, sampleHalfwayV1 } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import { fromFhirQuestionnaireResponse, toFhirQuestionnaireResponse } from '../src';

describe('every published questionnaire version', () => {
  it('converts a response of 1.0.0 and of 2.0.0 to FHIR and back unchanged', () => {
    for (const sample of [sampleHalfwayV1, sampleHalfway]) {
      const fhir = toFhirQuestionnaireResponse(sample);
      expect(JSON.stringify(fhir)).toContain(sample.questionnaire.version);
      expect(fromFhirQuestionnaireResponse(fhir)).toEqual(sample);
    }
  });
});
