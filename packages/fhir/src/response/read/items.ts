import type { Answer, Questionnaire } from '@praktijkscan/model';
import { answerFromCoding, answerOptionsOf } from '../../canonical/answer-codings';
import { fhirUrls, questionnaireUrl } from '../../canonical/urls';
import {
  describeType,
  isObject,
  type JsonObject,
  own,
  type Path,
  type ReadContext,
  readArray,
} from './context';

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
    context.report('answer-wrong-type', answerPath, { linkId, received: describeType(answer) });
    return;
  }
  if (own(answer, 'item') !== undefined) {
    context.report('nested-item', [...answerPath, 'item'], { linkId });
  }
  const valueKeys = Object.keys(answer).filter((key) => key.startsWith('value'));
  const coding = own(answer, 'valueCoding');
  if (valueKeys.length !== 1 || !isObject(coding)) {
    const received = valueKeys.length === 0 ? 'no value' : valueKeys.join(' and ');
    context.report('answer-wrong-type', answerPath, { linkId, received });
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
  reader.answers[question.id] = value;
  context.origin(['answers', question.id], [...codingPath, 'code']);
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
    if (section && sectionId !== undefined) {
      context.report('misplaced-item', [...path, 'linkId'], {
        linkId,
        expected: topLevel,
        actual: sectionId,
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
 * Reads the answers: a group per section (linkId = section id) holding one item per answered
 * question (linkId = item id) with one `valueCoding` answer. A question without an answer is
 * missing. Everything else about the items is checked and reported, never dropped.
 */
export function readItems(
  context: ReadContext,
  resource: JsonObject,
  questionnaire: Questionnaire,
): Record<string, Answer> {
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
        received: 'an answer to a group',
      });
    }
    const children = readArray(context, group, 'item', path) ?? [];
    children.forEach((child: unknown, childIndex) => {
      readQuestion(reader, linkId, child, [...path, 'item', childIndex]);
    });
  });
  return reader.answers;
}
