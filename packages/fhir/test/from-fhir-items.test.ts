import { sampleHalfway } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import {
  FhirConversionError,
  type FromFhirQuestionnaireResponseOptions,
  fromFhirQuestionnaireResponse,
  toFhirQuestionnaireResponse,
} from '../src';

// biome-ignore lint/suspicious/noExplicitAny: tests edit untyped FHIR JSON freely.
type Json = any;

/** The halfway sample as the current version writes it: with the scan's own items. */
const valid = (): Json => JSON.parse(JSON.stringify(toFhirQuestionnaireResponse(sampleHalfway)));
const group = (resource: Json, linkId: string): Json =>
  resource.item.find((item: Json) => item.linkId === linkId);
const child = (parent: Json, linkId: string): Json =>
  parent.item.find((item: Json) => item.linkId === linkId);
const indexOf = (resource: Json, linkId: string): number =>
  resource.item.findIndex((item: Json) => item.linkId === linkId);

function problems(resource: unknown, options: FromFhirQuestionnaireResponseOptions = {}) {
  try {
    fromFhirQuestionnaireResponse(resource, options);
  } catch (error) {
    if (!(error instanceof FhirConversionError)) throw error;
    return error.issues.map((issue) => [issue.pointer, issue.code]);
  }
  return [];
}

/** What a form filler sends: no subject, an authored instant, the items only. */
function asFormFillerSends(): Json {
  const resource = valid();
  delete resource.subject;
  resource.authored = '2026-04-08T12:00:00.000Z';
  return resource;
}

describe('fromFhirQuestionnaireResponse: the scan as items, as form fillers send it', () => {
  it('reads every field from the items', () => {
    expect(fromFhirQuestionnaireResponse(asFormFillerSends())).toEqual(sampleHalfway);
  });

  it('takes the practice id from the subject, else the item, else the option', () => {
    const fromSubject = valid();
    child(group(fromSubject, 'scan.practice'), 'scan.practice-id').answer = undefined;
    expect(fromFhirQuestionnaireResponse(fromSubject).practiceId).toBe(sampleHalfway.practiceId);
    expect(fromFhirQuestionnaireResponse(asFormFillerSends()).practiceId).toBe(
      sampleHalfway.practiceId,
    );
    const nothing = asFormFillerSends();
    group(nothing, 'scan.practice').item = group(nothing, 'scan.practice').item.filter(
      (item: Json) => item.linkId !== 'scan.practice-id',
    );
    expect(problems(nothing)).toEqual([['/subject', 'missing-element']]);
    expect(fromFhirQuestionnaireResponse(nothing, { practiceId: 'from-login' }).practiceId).toBe(
      'from-login',
    );
    // A subject by reference only (as LHC-Forms writes one) leaves the id to the item.
    const byReference = { ...asFormFillerSends(), subject: { reference: 'Organization/7' } };
    expect(fromFhirQuestionnaireResponse(byReference).practiceId).toBe(sampleHalfway.practiceId);
  });

  it('reports a practice id in the item that differs from the subject', () => {
    const resource = valid();
    const practice = indexOf(resource, 'scan.practice');
    child(resource.item[practice], 'scan.practice-id').answer = [{ valueString: 'other' }];
    expect(problems(resource)).toEqual([
      [`/item/${practice}/item/1/answer/0/valueString`, 'conflicting-values'],
    ]);
  });

  it('takes the completion date from its item before authored', () => {
    const resource = asFormFillerSends();
    resource.authored = '2026-12-31T23:30:00Z';
    expect(fromFhirQuestionnaireResponse(resource).completedOn).toBe(sampleHalfway.completedOn);
  });

  it('accepts empty groups, text copies, weights that agree and foreign extensions', () => {
    const resource = asFormFillerSends();
    resource.item.push({ linkId: 'scan.idea', text: 'Verbeteridee', item: [] });
    resource.item.push({
      linkId: 'scan.scores',
      item: [{ linkId: 'scan.score.safety', answer: [{ valueDecimal: 12.3 }] }],
    });
    resource.meta = { tag: [{ code: 'lformsVersion: 40.1.3' }] };
    const section = resource.item[1];
    section.text = 'Visie en beleid';
    section.item[0].text = 'Een vraag';
    const coding = section.item[0].answer[0].valueCoding;
    coding.extension = [
      {
        url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
        valueDecimal: Number(coding.code),
      },
      {
        url: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
        valueDecimal: Number(coding.code),
      },
      { url: 'http://example.org/renderer', valueString: 'x' },
    ];
    expect(fromFhirQuestionnaireResponse(resource)).toEqual(sampleHalfway);
  });

  it('numbers ideas that have no id, skipping the ids in use', () => {
    const resource = asFormFillerSends();
    const ideas = resource.item.filter((item: Json) => item.linkId === 'scan.idea');
    ideas[0].item = ideas[0].item.filter((item: Json) => item.linkId !== 'scan.idea.id');
    ideas[1].item.find((item: Json) => item.linkId === 'scan.idea.id').answer = [
      { valueString: 'idea-1' },
    ];
    ideas[2].item = ideas[2].item.filter((item: Json) => item.linkId !== 'scan.idea.id');
    expect(fromFhirQuestionnaireResponse(resource).ideas.map((idea) => idea.id)).toEqual([
      'idea-2',
      'idea-1',
      'idea-3',
    ]);
  });

  it('reports a weight that disagrees, an answer outside the options, a bad date and effect 0', () => {
    const resource = asFormFillerSends();
    const section = resource.item[1];
    section.item[0].answer[0].valueCoding.extension = [
      { url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: 9 },
    ];
    const bottlenecks = indexOf(resource, 'scan.bottlenecks');
    resource.item[bottlenecks].item[0].answer[0].valueCoding.code = 'parking';
    const practice = indexOf(resource, 'scan.practice');
    child(resource.item[practice], 'scan.completed-on').answer = [{ valueDate: '8 april' }];
    const idea = indexOf(resource, 'scan.idea');
    const effect = resource.item[idea].item.findIndex(
      (item: Json) => item.linkId === 'scan.idea.effect',
    );
    resource.item[idea].item[effect].answer[0].valueCoding.code = '0';
    expect(problems(resource)).toEqual([
      ['/item/1/item/0/answer/0/valueCoding/extension/0', 'weight-mismatch'],
      [`/item/${bottlenecks}/item/0/answer/0/valueCoding/code`, 'answer-not-in-options'],
      [`/item/${idea}/item/${effect}/answer/0/valueCoding/code`, 'answer-not-in-options'],
      [`/item/${practice}/item/2/answer/0/valueDate`, 'invalid-date'],
    ]);
  });

  it('reports answers of the wrong type, misplaced and unknown items, and data given twice', () => {
    const resource = asFormFillerSends();
    const practice = indexOf(resource, 'scan.practice');
    child(resource.item[practice], 'scan.practice-name').answer = [{ valueInteger: 3 }];
    resource.item[1].item.push({ linkId: 'scan.idea.title', answer: [{ valueString: 'x' }] });
    resource.item[practice].item.push({ linkId: 'scan.colour', answer: [{ valueString: 'x' }] });
    resource.extension = [
      {
        url: 'https://praktijkscan.nl/fhir/StructureDefinition/own-bottleneck',
        valueString: 'Oud',
      },
    ];
    const bottlenecks = indexOf(resource, 'scan.bottlenecks');
    expect(problems(resource)).toEqual([
      [`/item/${practice}/item/0/answer/0`, 'answer-wrong-type'],
      [
        `/item/${practice}/item/${resource.item[practice].item.length - 1}/linkId`,
        'unknown-link-id',
      ],
      [`/item/1/item/${resource.item[1].item.length - 1}/linkId`, 'misplaced-item'],
      [`/item/${bottlenecks}/item/1/answer/0/valueString`, 'conflicting-values'],
    ]);
  });
});
