import { test } from '@fast-check/vitest';
import { questionnaire } from '@praktijkscan/model';
import { samplePractices } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../src';
import { validatorSafeResponseArb } from './support/arbitraries';
import { r4Errors } from './support/fhir-validators';

// biome-ignore lint/suspicious/noExplicitAny: tests break FHIR JSON on purpose.
type Json = any;
const copy = (value: object): Json => JSON.parse(JSON.stringify(value));

// The JSON Schema validator compiles a resource's schema on its first failure, which takes seconds.
describe('valid FHIR R4 by an independent validator (Medplum + the HL7 R4 JSON Schema)', {
  timeout: 60_000,
}, () => {
  it.each(['nl', 'en'] as const)('the Questionnaire in locale %s', (locale) => {
    expect(r4Errors(copy(toFhirQuestionnaire(questionnaire, { locale })))).toEqual([]);
  });

  it.each(samplePractices.map((sample) => [sample.practiceId, sample] as const))(
    'the QuestionnaireResponse of %s',
    (_, sample) => {
      expect(r4Errors(copy(toFhirQuestionnaireResponse(sample)))).toEqual([]);
      expect(r4Errors(copy(toFhirQuestionnaireResponse(sample, { locale: 'en' })))).toEqual([]);
    },
  );

  test.prop([validatorSafeResponseArb], { numRuns: 50 })(
    'the QuestionnaireResponse of any response',
    (response) => {
      expect(r4Errors(copy(toFhirQuestionnaireResponse(response)))).toEqual([]);
    },
  );
});

describe('the validators really check (broken resources are rejected)', { timeout: 60_000 }, () => {
  const fhirQuestionnaire = () => copy(toFhirQuestionnaire(questionnaire));
  const fhirResponse = () => copy(toFhirQuestionnaireResponse(samplePractices[2]!));

  it('rejects a status that is not a code of the required value set', () => {
    const broken = fhirQuestionnaire();
    broken.status = 'bogus';
    expect(r4Errors(broken).join('\n')).toMatch(/schema \.status: should be equal to one of/);
    const response = fhirResponse();
    response.status = 'done';
    expect(r4Errors(response).join('\n')).toMatch(/schema \.status/);
  });

  it('rejects an item without linkId', () => {
    const broken = fhirQuestionnaire();
    delete broken.item[0].item[1].linkId;
    expect(r4Errors(broken).join('\n')).toMatch(
      /medplum Questionnaire\.item\[0\]\.item\[1\]\.linkId: Missing required property/,
    );
  });

  it('rejects a group without items and a display item with required (R4 invariants)', () => {
    const broken = fhirQuestionnaire();
    broken.item[0].item = [];
    broken.item[1].item[0].required = true;
    const errors = r4Errors(broken).join('\n');
    expect(errors).toMatch(/que-1/);
    expect(errors).toMatch(/que-6/);
  });

  it('rejects an unknown property, a wrong item type and a bad date', () => {
    const broken = fhirResponse();
    broken.practice = 'x';
    broken.authored = '20-05-2026';
    const errors = r4Errors(broken).join('\n');
    expect(errors).toMatch(/medplum QuestionnaireResponse\.practice: Invalid additional property/);
    expect(errors).toMatch(/medplum QuestionnaireResponse\.authored: Invalid dateTime format/);
    const questionnaireBroken = fhirQuestionnaire();
    questionnaireBroken.item[0].item[1].type = 'chioce';
    expect(r4Errors(questionnaireBroken).join('\n')).toMatch(/schema \.item\[0\]\.item\[1\]\.type/);
  });

  it('rejects a text of only spaces (R4 strings need non-whitespace content)', () => {
    // The model accepts such a practice id; FHIR validators do not. See the README.
    const broken = fhirResponse();
    broken.subject.identifier.value = '   ';
    expect(r4Errors(broken).join('\n')).toMatch(/non-whitespace content/);
  });

  it('rejects an extension with both a value and sub-extensions (ext-1)', () => {
    const broken = fhirResponse();
    broken.extension = [
      {
        url: 'http://example.org/x',
        valueString: 'y',
        extension: [{ url: 'x', valueString: 'y' }],
      },
    ];
    expect(r4Errors(broken).join('\n')).toMatch(/ext-1/);
  });
});
