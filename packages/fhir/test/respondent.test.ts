import { parseResponse } from '@praktijkscan/model';
import { sampleHalfway, sampleTeam } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import {
  FhirConversionError,
  fhirUrls,
  fromFhirQuestionnaireResponse,
  toFhirQuestionnaireResponse,
} from '../src';
import { r4Errors } from './support/fhir-validators';

// biome-ignore lint/suspicious/noExplicitAny: tests break FHIR JSON on purpose.
type Json = any;
const copy = (value: object): Json => JSON.parse(JSON.stringify(value));

function problems(resource: unknown): [string, string][] {
  try {
    fromFhirQuestionnaireResponse(resource);
  } catch (error) {
    if (error instanceof FhirConversionError)
      return error.issues.map((issue) => [issue.pointer, issue.code]);
    throw error;
  }
  return [];
}

describe('the respondent as QuestionnaireResponse.author', { timeout: 60_000 }, () => {
  it('writes the role as a code and the opaque id as identifier, never a name', () => {
    const fhir = toFhirQuestionnaireResponse(sampleTeam[2] as never, { locale: 'nl' });
    expect(fhir.author).toEqual({
      type: 'PractitionerRole',
      extension: [
        {
          url: fhirUrls.respondentRole,
          valueCoding: {
            system: fhirUrls.roleSystem,
            code: 'doctors-assistant',
            display: 'Doktersassistent',
          },
        },
      ],
      identifier: { system: fhirUrls.respondentIdSystem, value: 'baken-r3' },
    });
    expect(toFhirQuestionnaireResponse(sampleHalfway).author).toBeUndefined();
  });

  it('reads back every team member losslessly, and a response without author without one', () => {
    for (const member of sampleTeam) {
      const back = fromFhirQuestionnaireResponse(copy(toFhirQuestionnaireResponse(member)));
      expect(back).toEqual(parseResponse(member));
    }
    const other = { ...sampleHalfway, respondent: { role: 'other' as const } };
    expect(
      fromFhirQuestionnaireResponse(copy(toFhirQuestionnaireResponse(other))).respondent,
    ).toEqual({
      role: 'other',
    });
    expect(
      fromFhirQuestionnaireResponse(copy(toFhirQuestionnaireResponse(sampleHalfway))).respondent,
    ).toBeUndefined();
  });

  it('is valid FHIR R4 by the independent validator', () => {
    expect(r4Errors(copy(toFhirQuestionnaireResponse(sampleTeam[0] as never)))).toEqual([]);
  });

  it('reports an unknown role, a missing role, a foreign identifier system at their FHIR paths', () => {
    const unknown = copy(toFhirQuestionnaireResponse(sampleTeam[0] as never));
    unknown.author.extension[0].valueCoding.code = 'receptionist';
    expect(problems(unknown)).toEqual([['/author/extension/0/valueCoding/code', 'unknown-role']]);

    const missing = copy(toFhirQuestionnaireResponse(sampleTeam[0] as never));
    missing.author.extension = [];
    expect(problems(missing)).toEqual([['/author/extension', 'missing-element']]);

    const foreign = copy(toFhirQuestionnaireResponse(sampleTeam[0] as never));
    foreign.author.identifier.system = 'urn:example:staff';
    expect(problems(foreign)).toEqual([['/author/identifier/system', 'unknown-identifier-system']]);

    const stray = copy(toFhirQuestionnaireResponse(sampleTeam[0] as never));
    stray.author.extension.push({
      url: `${fhirUrls.base}/StructureDefinition/name`,
      valueString: 'Jan',
    });
    expect(problems(stray)).toEqual([['/author/extension/1/url', 'unknown-extension']]);

    const wrong = copy(toFhirQuestionnaireResponse(sampleHalfway));
    wrong.author = 'gp';
    expect(problems(wrong)).toEqual([['/author', 'wrong-type']]);
  });
});
