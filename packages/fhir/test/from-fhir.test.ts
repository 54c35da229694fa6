import { questionnaire } from '@praktijkscan/model';
import { sampleAdvanced } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import {
  FhirConversionError,
  type FromFhirQuestionnaireResponseOptions,
  fhirConversionCodes,
  fromFhirQuestionnaireResponse,
  toFhirQuestionnaireResponse,
} from '../src';
import { toLegacyFhir } from './support/legacy';

// biome-ignore lint/suspicious/noExplicitAny: tests edit untyped FHIR JSON freely.
type Json = any;

/**
 * The FHIR JSON of the advanced sample as earlier versions wrote it (extensions on the resource, no
 * items of the scan's own), which must still be read. The current form is tested in
 * `from-fhir-items.test.ts`.
 */
const valid = (): Json => toLegacyFhir(sampleAdvanced);
const base = 'https://praktijkscan.nl/fhir/StructureDefinition/';
const extensionIndex = (resource: Json, url: string): number =>
  resource.extension.findIndex((extension: Json) => extension.url === url);

function problems(
  resource: unknown,
  options: FromFhirQuestionnaireResponseOptions = {},
): [string, string][] {
  try {
    fromFhirQuestionnaireResponse(resource, options);
  } catch (error) {
    if (!(error instanceof FhirConversionError)) throw error;
    return error.issues.map((issue) => [issue.pointer, issue.code]);
  }
  return [];
}

function issuesOf(resource: unknown) {
  try {
    fromFhirQuestionnaireResponse(resource);
  } catch (error) {
    if (error instanceof FhirConversionError) return error.issues;
    throw error;
  }
  throw new Error('no error');
}

// The first group and its first question, whichever they are in the published questionnaire.
const firstSection = questionnaire.sections[0]!;
const firstQuestion = questionnaire.items.find((item) => item.section === firstSection.id)!;
const strictQuestion = questionnaire.items.find(
  (item) => item.section === firstSection.id && !item.allowsNotApplicable,
)!;
const strictIndex = valid().item[0].item.findIndex(
  (item: Json) => item.linkId === strictQuestion.id,
);

describe('fromFhirQuestionnaireResponse: what is read, what is ignored', () => {
  it('reads a completed response and returns it parsed', () => {
    const response = fromFhirQuestionnaireResponse(valid());
    expect(response.practiceId).toBe('sample-zuiderpark');
    expect(response.practiceName).toBe('Huisartsen Zuiderpark');
    expect(response.completedOn).toBe(sampleAdvanced.completedOn);
    expect(response.lastPracticeVisitOn).toBe(sampleAdvanced.lastPracticeVisitOn);
  });

  it('accepts status amended', () => {
    expect(problems({ ...valid(), status: 'amended' })).toEqual([]);
  });

  it('reads a response of an earlier version (extensions) as the same response', () => {
    expect(fromFhirQuestionnaireResponse(valid())).toEqual(
      fromFhirQuestionnaireResponse(
        JSON.parse(JSON.stringify(toFhirQuestionnaireResponse(sampleAdvanced))),
      ),
    );
  });

  it('takes the date of an authored dateTime in Europe/Amsterdam, or the time zone asked for', () => {
    const completedOn = (authored: string, options: FromFhirQuestionnaireResponseOptions = {}) =>
      fromFhirQuestionnaireResponse({ ...valid(), authored }, options).completedOn;
    expect(completedOn('2026-03-14T23:30:00Z')).toBe('2026-03-15');
    expect(completedOn('2026-03-14T22:59:59Z')).toBe('2026-03-14');
    // Summer time: UTC+2.
    expect(completedOn('2026-07-01T22:30:00Z')).toBe('2026-07-02');
    expect(completedOn('2026-07-01T21:30:00Z')).toBe('2026-07-01');
    expect(completedOn('2026-05-20T23:30:00-05:00')).toBe('2026-05-21');
    expect(completedOn('2026-03-14T23:30:00Z', { timeZone: 'UTC' })).toBe('2026-03-14');
    expect(completedOn('2026-03-14T23:30:00Z', { timeZone: 'America/New_York' })).toBe(
      '2026-03-14',
    );
    // A date without a time is taken as written.
    expect(completedOn('2026-03-14')).toBe('2026-03-14');
  });

  it('rejects a time zone it does not know, and a practiceId option that is not a string', () => {
    expect(problems(valid(), { timeZone: 'Mars/Olympus' })).toEqual([['', 'invalid-option']]);
    expect(problems(valid(), { practiceId: 7 as unknown as string })).toEqual([
      ['', 'invalid-option'],
    ]);
  });

  it('ignores displays, texts, id, meta, a literal subject reference and foreign extensions', () => {
    const resource = valid();
    resource.id = 'qr-1';
    resource.meta = { versionId: '3' };
    resource.text = {
      status: 'generated',
      div: '<div xmlns="http://www.w3.org/1999/xhtml">x</div>',
    };
    resource.subject.reference = 'Organization/123';
    resource.extension.push({ url: 'http://example.org/his/batch', valueString: 'b-7' });
    resource.item[0].text = 'Visie';
    resource.item[0].item[0].text = 'Vraag';
    resource.item[0].item[0].answer[0].valueCoding.display = 'Something else';
    resource.item[0].item[0].extension = [{ url: 'http://example.org/his/x', valueString: 'y' }];
    expect(fromFhirQuestionnaireResponse(resource)).toEqual(fromFhirQuestionnaireResponse(valid()));
  });

  it('treats a question without answer as missing', () => {
    const resource = valid();
    resource.item[0].item[0].answer = undefined;
    expect(fromFhirQuestionnaireResponse(resource).answers[firstQuestion.id]).toBeUndefined();
  });

  it('reads against a custom questionnaire given in the options', () => {
    const custom = { ...questionnaire, id: 'regio-scan', version: '2.0.0' };
    const resource = {
      ...valid(),
      questionnaire: 'https://praktijkscan.nl/fhir/Questionnaire/regio-scan|2.0.0',
    };
    expect(
      fromFhirQuestionnaireResponse(resource, { questionnaire: custom }).questionnaire,
    ).toEqual({ id: 'regio-scan', version: '2.0.0' });
    expect(problems(valid(), { questionnaire: custom })).toEqual([
      ['/questionnaire', 'unknown-questionnaire'],
    ]);
  });
});

describe('fromFhirQuestionnaireResponse: problems, each with its FHIR path and code', () => {
  it('rejects what is not an object', () => {
    expect(problems(null)).toEqual([['', 'not-an-object']]);
    expect(problems([valid()])).toEqual([['', 'not-an-object']]);
  });

  it('rejects another resource type', () => {
    expect(problems({ resourceType: 'Questionnaire', status: 'active' })).toEqual([
      ['/resourceType', 'not-a-questionnaire-response'],
    ]);
  });

  it('rejects input that is too large or too deep before reading it', () => {
    let deep: Json = {};
    for (let depth = 0; depth < 40; depth += 1) deep = { extension: [deep] };
    expect(problems({ ...valid(), meta: deep })).toEqual([['', 'input-too-large']]);
    const wide = { ...valid(), contained: Array.from({ length: 100_001 }, () => 0) };
    expect(problems(wide)).toEqual([['', 'input-too-large']]);
  });

  it('rejects an unfinished or missing status', () => {
    expect(problems({ ...valid(), status: 'in-progress' })).toEqual([
      ['/status', 'unsupported-status'],
    ]);
    expect(problems({ ...valid(), status: undefined })).toEqual([['/status', 'missing-element']]);
  });

  it('rejects another questionnaire, an unknown version and a canonical without version', () => {
    expect(problems({ ...valid(), questionnaire: 'http://loinc.org/q/44249-1|1.0.0' })).toEqual([
      ['/questionnaire', 'unknown-questionnaire'],
    ]);
    expect(
      problems({
        ...valid(),
        questionnaire: 'https://praktijkscan.nl/fhir/Questionnaire/praktijkscan|9.9.9',
      }),
    ).toEqual([['/questionnaire', 'unknown-version']]);
    expect(
      problems({
        ...valid(),
        questionnaire: 'https://praktijkscan.nl/fhir/Questionnaire/praktijkscan',
      }),
    ).toEqual([['/questionnaire', 'missing-version']]);
    expect(problems({ ...valid(), questionnaire: 7 })).toEqual([['/questionnaire', 'wrong-type']]);
  });

  it('rejects a partial date and a day that does not exist', () => {
    expect(problems({ ...valid(), authored: '2026-05' })).toEqual([['/authored', 'invalid-date']]);
    expect(problems({ ...valid(), authored: '2026-02-30T10:00:00Z' })).toEqual([
      ['/authored', 'invalid-date'],
    ]);
    expect(problems({ ...valid(), authored: 'yesterday' })).toEqual([
      ['/authored', 'invalid-date'],
    ]);
    expect(problems({ ...valid(), authored: undefined })).toEqual([
      ['/authored', 'missing-element'],
    ]);
    const issues = issuesOf({ ...valid(), authored: '2026-02-30' });
    expect(issues.map((issue) => [issue.pointer, issue.code, issue.origin])).toEqual([
      ['/authored', 'invalid-date', 'model'],
    ]);
    expect(issues[0]?.responsePath).toEqual(['completedOn']);
  });

  it('rejects a missing subject and a practice identifier of another system', () => {
    expect(problems({ ...valid(), subject: undefined })).toEqual([['/subject', 'missing-element']]);
    const resource = valid();
    resource.subject.identifier.system = 'http://fhir.nl/fhir/NamingSystem/agb-z';
    expect(problems(resource)).toEqual([
      ['/subject/identifier/system', 'unknown-identifier-system'],
    ]);
    const noValue = valid();
    noValue.subject.identifier.value = undefined;
    expect(problems(noValue)).toEqual([['/subject/identifier/value', 'missing-element']]);
  });

  it('rejects an unknown linkId, in a group and at the top level', () => {
    const resource = valid();
    resource.item[0].item.push({ linkId: 'does-not-exist', answer: [] });
    resource.item.push({ linkId: 'no-such-section', item: [] });
    const last = resource.item.length - 1;
    const inGroup = resource.item[0].item.length - 1;
    expect(problems(resource)).toEqual([
      [`/item/0/item/${inGroup}/linkId`, 'unknown-link-id'],
      [`/item/${last}/linkId`, 'unknown-link-id'],
    ]);
  });

  it('rejects a question outside its section group', () => {
    const resource = valid();
    const [question] = resource.item[0].item.splice(0, 1);
    resource.item.push(question);
    resource.item[1].item.push({ ...question });
    const last = resource.item.length - 1;
    expect(problems(resource)).toEqual([
      [`/item/1/item/${resource.item[1].item.length - 1}/linkId`, 'misplaced-item'],
      [`/item/${last}/linkId`, 'misplaced-item'],
    ]);
  });

  it('rejects an item that occurs twice, and a section group that occurs twice', () => {
    const resource = valid();
    resource.item[0].item.push(resource.item[0].item[0]);
    resource.item.push({ linkId: resource.item[1].linkId, item: [] });
    expect(problems(resource)).toEqual([
      [`/item/0/item/${resource.item[0].item.length - 1}/linkId`, 'duplicate-item'],
      [`/item/${resource.item.length - 1}/linkId`, 'duplicate-item'],
    ]);
  });

  it('rejects more than one answer', () => {
    const resource = valid();
    const answer = resource.item[0].item[0].answer[0];
    resource.item[0].item[0].answer = [answer, answer];
    expect(problems(resource)).toEqual([['/item/0/item/0/answer/1', 'multiple-answers']]);
  });

  it('rejects an answer that is not a valueCoding', () => {
    const resource = valid();
    resource.item[0].item[0].answer = [{ valueInteger: 3 }];
    expect(problems(resource)).toEqual([['/item/0/item/0/answer/0', 'answer-wrong-type']]);
    resource.item[0].item[0].answer = [{ valueCoding: { code: '3' }, valueInteger: 3 }];
    expect(problems(resource)).toEqual([['/item/0/item/0/answer/0', 'answer-wrong-type']]);
  });

  it('rejects an answer of another system, an unknown code and "na" where not allowed', () => {
    const resource = valid();
    const coding = resource.item[0].item[strictIndex].answer[0].valueCoding;
    coding.system = 'http://loinc.org';
    expect(problems(resource)).toEqual([
      [`/item/0/item/${strictIndex}/answer/0/valueCoding/system`, 'answer-not-in-options'],
    ]);
    coding.system = `https://praktijkscan.nl/fhir/CodeSystem/${strictQuestion.scale}`;
    for (const code of ['9', '01', 'na', '']) {
      coding.code = code;
      expect(problems(resource)).toEqual([
        [`/item/0/item/${strictIndex}/answer/0/valueCoding/code`, 'answer-not-in-options'],
      ]);
    }
  });

  it('rejects items nested under a question or an answer', () => {
    const resource = valid();
    resource.item[0].item[0].answer[0].item = [{ linkId: 'x' }];
    resource.item[0].item[1].item = [{ linkId: 'y' }];
    expect(problems(resource)).toEqual([
      ['/item/0/item/0/answer/0/item', 'nested-item'],
      ['/item/0/item/1/item', 'nested-item'],
    ]);
  });

  it('rejects an unknown praktijkscan extension, on the resource and anywhere else', () => {
    const resource = valid();
    resource.extension.push({ url: `${base}practice-size`, valueInteger: 4 });
    resource.item[0].item[0].extension = [{ url: `${base}comment`, valueString: 'x' }];
    expect(problems(resource)).toEqual([
      ['/item/0/item/0/extension/0/url', 'unknown-extension'],
      [`/extension/${resource.extension.length - 1}/url`, 'unknown-extension'],
    ]);
  });

  it('rejects a modifierExtension anywhere, and implicitRules', () => {
    const resource = valid();
    resource.modifierExtension = [{ url: 'http://example.org/not-really', valueBoolean: true }];
    resource.item[0].item[0].answer[0].modifierExtension = [
      { url: 'http://example.org/negated', valueBoolean: true },
    ];
    resource.implicitRules = 'http://example.org/rules';
    expect(problems(resource)).toEqual([
      ['/implicitRules', 'implicit-rules'],
      ['/item/0/item/0/answer/0/modifierExtension', 'modifier-extension'],
      ['/modifierExtension', 'modifier-extension'],
    ]);
  });

  it('rejects a repeated or malformed last-practice-visit extension', () => {
    const resource = valid();
    const index = extensionIndex(resource, `${base}last-practice-visit`);
    resource.extension.push({ url: `${base}last-practice-visit`, valueDate: '2025-01-01' });
    expect(problems(resource)).toEqual([
      [`/extension/${resource.extension.length - 1}/url`, 'repeated-extension'],
    ]);
    const malformed = valid();
    malformed.extension[index] = { url: `${base}last-practice-visit`, valueString: '2025-11-04' };
    expect(problems(malformed)).toEqual([[`/extension/${index}`, 'invalid-extension']]);
  });

  it('rejects a bottleneck of another system, and lets the model judge its code', () => {
    const resource = valid();
    const index = extensionIndex(resource, `${base}bottleneck`);
    resource.extension[index].valueCoding.system = 'http://example.org';
    expect(problems(resource)).toEqual([[`/extension/${index}`, 'invalid-extension']]);
    const unknown = valid();
    unknown.extension[index].valueCoding.code = 'parking';
    const issues = issuesOf(unknown);
    expect(issues.map((issue) => [issue.pointer, issue.code, issue.origin])).toEqual([
      [`/extension/${index}/valueCoding/code`, 'unknown-bottleneck', 'model'],
    ]);
    expect(issues[0]?.responsePath).toEqual(['bottlenecks', 0]);
  });

  it('maps the model findings on ideas, own bottlenecks and the practice name to FHIR paths', () => {
    const resource = valid();
    const idea = extensionIndex(resource, `${base}improvement-idea`);
    const own = extensionIndex(resource, `${base}own-bottleneck`);
    resource.extension[idea].extension[1].valueString = 'x'.repeat(500); // title
    resource.extension[idea + 1].extension.splice(1, 1); // no title
    resource.extension[own].valueString = 'tab\u0007bell';
    resource.subject.display = 'p'.repeat(300);
    expect(problems(resource)).toEqual([
      ['/subject/display', 'too-long'],
      [`/extension/${own}/valueString`, 'invalid-text'],
      [`/extension/${idea}/extension/1/valueString`, 'too-long'],
      [`/extension/${idea + 1}`, 'missing-field'],
    ]);
  });

  it('rejects an unknown, repeated or mistyped field of an idea', () => {
    const resource = valid();
    const idea = extensionIndex(resource, `${base}improvement-idea`);
    const fields = resource.extension[idea].extension;
    fields.push({ url: 'colour', valueString: 'green' });
    fields.push({ url: 'title', valueString: 'Twice' });
    fields.push({ url: 'http://example.org/his/note', valueString: 'ignored' });
    const second = resource.extension[idea + 1].extension;
    const effect = second.findIndex((field: Json) => field.url === 'effect');
    second[effect].valueInteger = '4';
    const length = fields.length;
    // Reported once: the model's "effect is missing" would only repeat it.
    expect(problems(resource)).toEqual([
      [`/extension/${idea}/extension/${length - 3}/url`, 'unknown-extension'],
      [`/extension/${idea}/extension/${length - 2}/url`, 'repeated-extension'],
      [`/extension/${idea + 1}/extension/${effect}`, 'invalid-extension'],
    ]);
  });

  it('rejects elements of the wrong JSON type and items without linkId', () => {
    expect(problems({ ...valid(), item: 'all of them' })).toEqual([['/item', 'wrong-type']]);
    const resource = valid();
    delete resource.item[0].item[0].linkId;
    resource.item[1].linkId = 3;
    resource.extension.push(5);
    expect(problems(resource)).toEqual([
      [`/extension/${resource.extension.length - 1}`, 'wrong-type'],
      ['/item/0/item/0/linkId', 'missing-element'],
      ['/item/1/linkId', 'wrong-type'],
    ]);
  });

  it('reports every problem at once, in a stable order, and only once each', () => {
    const resource = valid();
    resource.status = 'stopped';
    resource.subject = undefined;
    resource.item[0].item[0].answer[0].valueCoding.code = '42';
    resource.extension.push({ url: `${base}nope` });
    expect(problems(resource)).toEqual([
      ['/status', 'unsupported-status'],
      [`/extension/${resource.extension.length - 1}/url`, 'unknown-extension'],
      ['/item/0/item/0/answer/0/valueCoding/code', 'answer-not-in-options'],
      // The practice id is looked for last: in the subject, the practice-id item, the options.
      ['/subject', 'missing-element'],
    ]);
  });

  it('gives a message in English or Dutch, the path as array and pointer, and the params', () => {
    const resource = valid();
    resource.item[0].item[strictIndex].answer[0].valueCoding.code = 'na';
    const [english] = issuesOf(resource);
    expect(english).toMatchObject({
      code: 'answer-not-in-options',
      origin: 'fhir',
      path: ['item', 0, 'item', strictIndex, 'answer', 0, 'valueCoding', 'code'],
      pointer: `/item/0/item/${strictIndex}/answer/0/valueCoding/code`,
      params: { linkId: strictQuestion.id, code: 'na', codes: '0, 1, 2, 3, 4' },
    });
    expect(english?.message).toBe(
      `The answer https://praktijkscan.nl/fhir/CodeSystem/agreement|na is not an option of "${strictQuestion.id}": system https://praktijkscan.nl/fhir/CodeSystem/agreement with code 0, 1, 2, 3, 4.`,
    );
    let dutch: FhirConversionError | undefined;
    try {
      fromFhirQuestionnaireResponse(resource, { locale: 'nl' });
    } catch (error) {
      dutch = error as FhirConversionError;
    }
    expect(dutch?.issues[0]?.message).toMatch(/^Het antwoord .* is geen optie van/);
    expect(dutch?.message).toContain('/item/0/item/');
    expect(Object.isFrozen(dutch?.issues)).toBe(true);
  });

  it('uses only its documented codes', () => {
    const resource = valid();
    resource.status = 'stopped';
    for (const issue of issuesOf(resource)) {
      expect(fhirConversionCodes).toContain(issue.code);
    }
  });
});
