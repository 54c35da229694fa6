// Fuzzing as a test (issue 16): arbitrary JavaScript values into the FHIR readers and writers;
// only their typed errors may come out, bounded.
import { fc, test } from '@fast-check/vitest';
import { ResponseValidationError } from '@praktijkscan/model';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { describe } from 'vitest';
import { expectOnlyTypedErrors, nearValid } from '../../../scripts/fuzz/hostile-values';
import {
  FhirConversionError,
  fromFhirQuestionnaireResponse,
  toFhirQuestionnaireResponse,
} from '../src';

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const fhir = plain(toFhirQuestionnaireResponse(sampleHalfway));
const locale = fc.constantFrom('en' as const, 'nl' as const);

describe('fuzz: fhir', () => {
  test.prop([nearValid(fhir), locale])(
    'fromFhirQuestionnaireResponse throws FhirConversionError only',
    async (make, lang) => {
      await expectOnlyTypedErrors(
        () => fromFhirQuestionnaireResponse(make(), { locale: lang }),
        [FhirConversionError],
      );
    },
  );

  test.prop([nearValid(plain(sampleHalfway)), locale])(
    'toFhirQuestionnaireResponse throws ResponseValidationError only',
    async (make, lang) => {
      await expectOnlyTypedErrors(
        () => toFhirQuestionnaireResponse(make() as never, { locale: lang }),
        [ResponseValidationError],
      );
    },
  );
});
