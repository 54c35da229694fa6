import type { Answer, Questionnaire } from '@praktijkscan/model';
import { answerFromCoding, answerOptionsOf } from '../../canonical/answer-codings';
import { fhirUrls, hl7Urls, questionnaireUrl } from '../../canonical/urls';
import {
  describeType,
  isObject,
  type JsonObject,
  own,
  type Path,
  type ReadContext,
  readArray,
} from './context';
import { readScanGroup, type ScanItemData, scanGroupIds, scanParentOf } from './scan-items';

/** The linkId of an item; reports it where it is missing or not a string. */
function linkIdOf(context: ReadContext, item: JsonObject, path: Path): string | undefined {
  const linkId = own(item, 'linkId');
  if (typeof linkId === 'string') return linkId;
  if (linkId === undefined)
    context.report('missing-element', [...path, 'linkId'], { element: 'linkId' });
  else
    context.report('wrong-type', [...path, 'linkId'], {
      expected: 'a string',
      received: describeType(linkId),
    });
  return undefined;
}

// How messages name the top level of the resource, where the section groups are.
const topLevel = 'QuestionnaireResponse';

interface Reader {
  readonly context: ReadContext;
  readonly questionnaire: Questionnaire;
  readonly label: string;
  readonly seen: Set<string>;
  readonly answers: Record<string, Answer>;
}

function readAnswer(
  reader: Reader,
  question: Questionnaire['items'][number],
  item: JsonObject,
  path: Path,
): void {
  const { context } = reader;
  const linkId = question.id;
  const answers = readArray(context, item, 'answer', path);
  if (answers === undefined || answers.length === 0) return;
  if (answers.length > 1) {
    context.report('multiple-answers', [...path, 'answer', 1], { linkId, count: answers.length });
    return;
  }
  const answerPath = [...path, 'answer', 0];
  const answer = answers[0];
  if (!isObject(answer)) {
    context.report('answer-wrong-type', answerPath, {
      linkId,
      expected: 'valueCoding',
      received: describeType(answer),
    });
    return;
  }
  if (own(answer, 'item') !== undefined) {
    context.report('nested-item', [...answerPath, 'item'], { linkId });
  }
  const valueKeys = Object.keys(answer).filter((key) => key.startsWith('value'));
  const coding = own(answer, 'valueCoding');
  if (valueKeys.length !== 1 || !isObject(coding)) {
    const received = valueKeys.length === 0 ? 'no value' : valueKeys.join(' and ');
    context.report('answer-wrong-type', answerPath, { linkId, expected: 'valueCoding', received });
    return;
  }
  const codingPath = [...answerPath, 'valueCoding'];
  const system = own(coding, 'system');
  const code = own(coding, 'code');
  const value = answerFromCoding(question, system, code);
  if (value === undefined) {
    const expectedSystem = fhirUrls.answerSystems[question.scale];
    context.report(
      'answer-not-in-options',
      [...codingPath, system === expectedSystem ? 'code' : 'system'],
      {
        linkId,
        system: typeof system === 'string' ? system : describeType(system),
        code: typeof code === 'string' ? code : describeType(code),
        expectedSystem,
        codes: answerOptionsOf(question)
          .map((option) => option.code)
          .join(', '),
      },
    );
    return;
  }
  if (!weightsAgree(context, linkId, value, answer, answerPath, coding, codingPath)) return;
  reader.answers[question.id] = value;
  context.origin(['answers', question.id], [...codingPath, 'code']);
}

const weightUrls: readonly string[] = [hl7Urls.itemWeight, hl7Urls.ordinalValue];

/**
 * A renderer may copy the option's weight onto the answer or its Coding (`itemWeight`,
 * `ordinalValue`). A copy that agrees is harmless; one that disagrees means the form was scored
 * with other weights than ours, and is reported.
 */
function weightsAgree(
  context: ReadContext,
  linkId: string,
  value: Answer,
  answer: JsonObject,
  answerPath: Path,
  coding: JsonObject,
  codingPath: Path,
): boolean {
  let agree = true;
  for (const [holder, holderPath] of [
    [answer, answerPath],
    [coding, codingPath],
  ] as const) {
    const extensions = own(holder, 'extension');
    if (!Array.isArray(extensions)) continue;
    extensions.forEach((extension: unknown, index) => {
      if (!isObject(extension) || !weightUrls.includes(own(extension, 'url') as string)) return;
      const weight = own(extension, 'valueDecimal') ?? own(extension, 'valueInteger');
      if (value !== 'na' && weight === value) return;
      context.report('weight-mismatch', [...holderPath, 'extension', index], {
        linkId,
        url: String(own(extension, 'url')),
        weight: typeof weight === 'number' ? weight : describeType(weight),
        expected: value === 'na' ? 'none' : value,
        code: String(value),
      });
      agree = false;
    });
  }
  return agree;
}

function readQuestion(reader: Reader, sectionId: string | undefined, item: unknown, path: Path) {
  const { context, questionnaire } = reader;
  if (!isObject(item)) {
    context.report('wrong-type', path, {
      expected: 'an item object',
      received: describeType(item),
    });
    return;
  }
  const linkId = linkIdOf(context, item, path);
  if (linkId === undefined) return;
  const question = questionnaire.items.find((candidate) => candidate.id === linkId);
  if (!question) {
    const section = questionnaire.sections.find((candidate) => candidate.id === linkId);
    const scanParent = scanParentOf(linkId);
    if ((section || scanGroupIds.has(linkId)) && sectionId !== undefined) {
      context.report('misplaced-item', [...path, 'linkId'], {
        linkId,
        expected: topLevel,
        actual: sectionId,
      });
    } else if (scanParent !== undefined) {
      context.report('misplaced-item', [...path, 'linkId'], {
        linkId,
        expected: scanParent,
        actual: sectionId ?? topLevel,
      });
    } else {
      context.report('unknown-link-id', [...path, 'linkId'], {
        linkId,
        questionnaire: reader.label,
      });
    }
    return;
  }
  if (question.section !== sectionId) {
    context.report('misplaced-item', [...path, 'linkId'], {
      linkId,
      expected: question.section,
      actual: sectionId ?? topLevel,
    });
    return;
  }
  if (reader.seen.has(linkId)) {
    context.report('duplicate-item', [...path, 'linkId'], { linkId });
    return;
  }
  reader.seen.add(linkId);
  if (own(item, 'item') !== undefined) context.report('nested-item', [...path, 'item'], { linkId });
  readAnswer(reader, question, item, path);
}

/**
 * Reads the items: a group per section (linkId = section id) holding one item per answered
 * question (linkId = item id) with one `valueCoding` answer, and the groups of the scan's own
 * items (practice, bottlenecks, ideas, scores). A question without an answer is missing; a group
 * without answers is nothing. Everything else about the items is checked and reported, never
 * dropped.
 */
export function readItems(
  context: ReadContext,
  resource: JsonObject,
  questionnaire: Questionnaire,
): { answers: Record<string, Answer>; scan: ScanItemData } {
  const scan: ScanItemData = {};
  const scanGroupsSeen = new Set<string>();
  const reader: Reader = {
    context,
    questionnaire,
    label: `${questionnaireUrl(questionnaire.id)}|${questionnaire.version}`,
    seen: new Set(),
    answers: {},
  };
  const groups = readArray(context, resource, 'item', []) ?? [];
  groups.forEach((group: unknown, index) => {
    const path = ['item', index];
    if (!isObject(group)) {
      context.report('wrong-type', path, {
        expected: 'an item object',
        received: describeType(group),
      });
      return;
    }
    const linkId = linkIdOf(context, group, path);
    if (linkId === undefined) return;
    if (scanGroupIds.has(linkId)) {
      readScanGroup(context, group, path, linkId, scan, scanGroupsSeen, reader.label);
      return;
    }
    const section = questionnaire.sections.find((candidate) => candidate.id === linkId);
    if (!section) {
      // Not a section: a question at the top level, or nothing known.
      readQuestion(reader, undefined, group, path);
      return;
    }
    if (reader.seen.has(linkId)) {
      context.report('duplicate-item', [...path, 'linkId'], { linkId });
      return;
    }
    reader.seen.add(linkId);
    if (own(group, 'answer') !== undefined) {
      context.report('answer-wrong-type', [...path, 'answer'], {
        linkId,
        expected: 'item',
        received: 'an answer to a group',
      });
    }
    const children = readArray(context, group, 'item', path) ?? [];
    children.forEach((child: unknown, childIndex) => {
      readQuestion(reader, linkId, child, [...path, 'item', childIndex]);
    });
  });
  return { answers: reader.answers, scan };
}
