import { bottleneckIds } from '@praktijkscan/model';
import { fhirLinkIds, type IdeaFieldName, ideaFieldNames } from '../../canonical/link-ids';
import { fhirUrls } from '../../canonical/urls';
import {
  describeType,
  isObject,
  type JsonObject,
  own,
  type Path,
  type ReadContext,
  readArray,
} from './context';

/** A value read from an item, with the FHIR path of its value. */
export interface Located<T> {
  readonly value: T;
  readonly path: Path;
}

/** What the scan's own items carry; each field is absent where its item is. */
export interface ScanItemData {
  /** The linkIds of the practice and bottleneck items whose answers had a problem (reported). */
  failed?: Set<string>;
  practiceName?: Located<string>;
  practiceId?: Located<string>;
  completedOn?: Located<string>;
  lastPracticeVisitOn?: Located<string>;
  bottlenecks?: Located<string>[];
  ownBottlenecks?: Located<string>[];
  /** One per idea group with at least one answer: its fields, and the path of the group. */
  ideas?: {
    readonly path: Path;
    readonly fields: Partial<Record<IdeaFieldName, Located<unknown>>>;
    /** The fields whose answers had a problem (reported). */
    readonly failed: readonly IdeaFieldName[];
  }[];
}

type ValueKind =
  | { readonly kind: 'valueString' }
  | { readonly kind: 'valueDate' }
  | { readonly kind: 'valueCoding'; readonly system: string; readonly codes: readonly string[] };

interface ChildSpec {
  readonly value: ValueKind;
  readonly repeats: boolean;
}

const text: ChildSpec = { value: { kind: 'valueString' }, repeats: false };
const date: ChildSpec = { value: { kind: 'valueDate' }, repeats: false };
const rating: ChildSpec = {
  value: { kind: 'valueCoding', system: fhirUrls.ratingSystem, codes: ['1', '2', '3', '4', '5'] },
  repeats: false,
};

const practiceChildren: Readonly<Record<string, ChildSpec>> = {
  [fhirLinkIds.practiceName]: text,
  [fhirLinkIds.practiceId]: text,
  [fhirLinkIds.completedOn]: date,
  [fhirLinkIds.lastPracticeVisit]: date,
};
const bottleneckChildren: Readonly<Record<string, ChildSpec>> = {
  [fhirLinkIds.bottleneck]: {
    value: { kind: 'valueCoding', system: fhirUrls.bottleneckSystem, codes: bottleneckIds },
    repeats: true,
  },
  [fhirLinkIds.ownBottleneck]: { value: { kind: 'valueString' }, repeats: true },
};
const ideaChildren: Readonly<Record<string, ChildSpec>> = Object.fromEntries(
  ideaFieldNames.map((name) => [
    fhirLinkIds.ideaFields[name],
    name === 'effect' || name === 'energy' ? rating : name === 'date' ? date : text,
  ]),
);
const scoreChildren: ReadonlySet<string> = new Set([
  ...Object.values(fhirLinkIds.aspectScores),
  fhirLinkIds.overallScore,
]);

/** The group each of the scan's own linkIds belongs under. */
const parentOf: ReadonlyMap<string, string> = new Map([
  ...Object.keys(practiceChildren).map((id) => [id, fhirLinkIds.practice] as const),
  ...Object.keys(bottleneckChildren).map((id) => [id, fhirLinkIds.bottlenecks] as const),
  ...Object.keys(ideaChildren).map((id) => [id, fhirLinkIds.idea] as const),
  ...[...scoreChildren].map((id) => [id, fhirLinkIds.scores] as const),
]);

/** The top-level groups of the scan's own items. */
export const scanGroupIds: ReadonlySet<string> = new Set([
  fhirLinkIds.practice,
  fhirLinkIds.bottlenecks,
  fhirLinkIds.idea,
  fhirLinkIds.scores,
]);

/** The group a scan linkId belongs under, where it is one of the scan's own items. */
export function scanParentOf(linkId: string): string | undefined {
  return parentOf.get(linkId);
}

/** The values of one answered child item, or `undefined` where a problem was reported. */
function readChildAnswers(
  context: ReadContext,
  item: JsonObject,
  path: Path,
  linkId: string,
  spec: ChildSpec,
): Located<string>[] | undefined {
  const answers = readArray(context, item, 'answer', path);
  if (answers === undefined || answers.length === 0) return [];
  if (!spec.repeats && answers.length > 1) {
    context.report('multiple-answers', [...path, 'answer', 1], { linkId, count: answers.length });
    return undefined;
  }
  const values: Located<string>[] = [];
  let ok = true;
  answers.forEach((answer: unknown, index) => {
    const answerPath = [...path, 'answer', index];
    const expected = spec.value.kind;
    if (!isObject(answer)) {
      context.report('answer-wrong-type', answerPath, {
        linkId,
        expected,
        received: describeType(answer),
      });
      ok = false;
      return;
    }
    if (own(answer, 'item') !== undefined) {
      context.report('nested-item', [...answerPath, 'item'], { linkId });
      ok = false;
    }
    const valueKeys = Object.keys(answer).filter((key) => key.startsWith('value'));
    const value = own(answer, spec.value.kind);
    const shapeOk =
      valueKeys.length === 1 &&
      (spec.value.kind === 'valueCoding' ? isObject(value) : typeof value === 'string');
    if (!shapeOk) {
      const received = valueKeys.length === 0 ? 'no value' : valueKeys.join(' and ');
      context.report('answer-wrong-type', answerPath, { linkId, expected, received });
      ok = false;
      return;
    }
    if (spec.value.kind !== 'valueCoding') {
      values.push({ value: value as string, path: [...answerPath, spec.value.kind] });
      return;
    }
    const coding = value as JsonObject;
    const system = own(coding, 'system');
    const code = own(coding, 'code');
    if (
      system !== spec.value.system ||
      typeof code !== 'string' ||
      !spec.value.codes.includes(code)
    ) {
      context.report(
        'answer-not-in-options',
        [...answerPath, 'valueCoding', system === spec.value.system ? 'code' : 'system'],
        {
          linkId,
          system: typeof system === 'string' ? system : describeType(system),
          code: typeof code === 'string' ? code : describeType(code),
          expectedSystem: spec.value.system,
          codes: spec.value.codes.join(', '),
        },
      );
      ok = false;
      return;
    }
    values.push({ value: code, path: [...answerPath, 'valueCoding', 'code'] });
  });
  return ok ? values : undefined;
}

/**
 * Reads the children of one of the scan's groups: each must be one of its items, once, with
 * answers of the item's type. Returns the answers by linkId; children without an answer are left
 * out, as in a section.
 */
function readChildren(
  context: ReadContext,
  group: JsonObject,
  path: Path,
  groupId: string,
  children: Readonly<Record<string, ChildSpec>>,
  questionnaireLabel: string,
  failed: Set<string>,
): Map<string, Located<string>[]> {
  const found = new Map<string, Located<string>[]>();
  const seen = new Set<string>();
  const list = readArray(context, group, 'item', path) ?? [];
  list.forEach((child: unknown, index) => {
    const childPath = [...path, 'item', index];
    if (!isObject(child)) {
      context.report('wrong-type', childPath, {
        expected: 'an item object',
        received: describeType(child),
      });
      return;
    }
    const linkId = own(child, 'linkId');
    if (typeof linkId !== 'string') {
      if (linkId === undefined)
        context.report('missing-element', [...childPath, 'linkId'], { element: 'linkId' });
      else
        context.report('wrong-type', [...childPath, 'linkId'], {
          expected: 'a string',
          received: describeType(linkId),
        });
      return;
    }
    const spec = Object.hasOwn(children, linkId) ? children[linkId] : undefined;
    if (!spec) {
      const parent = scanParentOf(linkId);
      if (parent !== undefined && parent !== groupId) {
        context.report('misplaced-item', [...childPath, 'linkId'], {
          linkId,
          expected: parent,
          actual: groupId,
        });
      } else {
        context.report('unknown-link-id', [...childPath, 'linkId'], {
          linkId,
          questionnaire: questionnaireLabel,
        });
      }
      return;
    }
    if (seen.has(linkId)) {
      context.report('duplicate-item', [...childPath, 'linkId'], { linkId });
      return;
    }
    seen.add(linkId);
    if (own(child, 'item') !== undefined) {
      context.report('nested-item', [...childPath, 'item'], { linkId });
    }
    const values = readChildAnswers(context, child, childPath, linkId, spec);
    if (values === undefined) failed.add(linkId);
    else if (values.length > 0) found.set(linkId, values);
  });
  return found;
}

/** Reports an answer given to a group: groups have items, never answers. */
function checkNoGroupAnswer(context: ReadContext, group: JsonObject, path: Path, linkId: string) {
  if (own(group, 'answer') !== undefined) {
    context.report('answer-wrong-type', [...path, 'answer'], {
      linkId,
      expected: 'item',
      received: 'an answer to a group',
    });
  }
}

/**
 * Reads one top-level group of the scan's own items (practice, bottlenecks, an idea, the scores)
 * into `data`. The scores are checked for their linkIds only: they are derived from the answers,
 * and the reader of the response computes them again.
 */
export function readScanGroup(
  context: ReadContext,
  group: JsonObject,
  path: Path,
  linkId: string,
  data: ScanItemData,
  seenGroups: Set<string>,
  questionnaireLabel: string,
): void {
  checkNoGroupAnswer(context, group, path, linkId);
  if (linkId !== fhirLinkIds.idea) {
    if (seenGroups.has(linkId)) {
      context.report('duplicate-item', [...path, 'linkId'], { linkId });
      return;
    }
    seenGroups.add(linkId);
  }
  const one = (found: Map<string, Located<string>[]>, id: string) => found.get(id)?.[0];
  data.failed ??= new Set();
  const failed = data.failed;
  switch (linkId) {
    case fhirLinkIds.practice: {
      const found = readChildren(
        context,
        group,
        path,
        linkId,
        practiceChildren,
        questionnaireLabel,
        failed,
      );
      const name = one(found, fhirLinkIds.practiceName);
      const id = one(found, fhirLinkIds.practiceId);
      const completed = one(found, fhirLinkIds.completedOn);
      const visit = one(found, fhirLinkIds.lastPracticeVisit);
      if (name) data.practiceName = name;
      if (id) data.practiceId = id;
      if (completed) data.completedOn = completed;
      if (visit) data.lastPracticeVisitOn = visit;
      return;
    }
    case fhirLinkIds.bottlenecks: {
      const found = readChildren(
        context,
        group,
        path,
        linkId,
        bottleneckChildren,
        questionnaireLabel,
        failed,
      );
      const known = found.get(fhirLinkIds.bottleneck);
      const own = found.get(fhirLinkIds.ownBottleneck);
      if (known) data.bottlenecks = known;
      if (own) data.ownBottlenecks = own;
      return;
    }
    case fhirLinkIds.idea: {
      const ideaFailed = new Set<string>();
      const found = readChildren(
        context,
        group,
        path,
        linkId,
        ideaChildren,
        questionnaireLabel,
        ideaFailed,
      );
      // A repetition that was added and left empty is no idea.
      if (found.size === 0 && ideaFailed.size === 0) return;
      const fields: Partial<Record<IdeaFieldName, Located<unknown>>> = {};
      for (const name of ideaFieldNames) {
        const value = one(found, fhirLinkIds.ideaFields[name]);
        if (!value) continue;
        fields[name] =
          name === 'effect' || name === 'energy'
            ? { value: Number(value.value), path: value.path }
            : value;
      }
      const failedFields = ideaFieldNames.filter((name) =>
        ideaFailed.has(fhirLinkIds.ideaFields[name]),
      );
      data.ideas = [...(data.ideas ?? []), { path, fields, failed: failedFields }];
      return;
    }
    default:
      readScoreNames(context, group, path, questionnaireLabel);
  }
}

/** The score items: known linkIds only; their answers are not read. */
function readScoreNames(context: ReadContext, group: JsonObject, path: Path, label: string) {
  const list = readArray(context, group, 'item', path) ?? [];
  list.forEach((child: unknown, index) => {
    const childPath = [...path, 'item', index];
    const linkId = isObject(child) ? own(child, 'linkId') : undefined;
    if (typeof linkId !== 'string') {
      context.report('wrong-type', childPath, {
        expected: 'an item with a linkId',
        received: describeType(child),
      });
      return;
    }
    if (!scoreChildren.has(linkId)) {
      const parent = scanParentOf(linkId);
      if (parent !== undefined) {
        context.report('misplaced-item', [...childPath, 'linkId'], {
          linkId,
          expected: parent,
          actual: fhirLinkIds.scores,
        });
      } else {
        context.report('unknown-link-id', [...childPath, 'linkId'], {
          linkId,
          questionnaire: label,
        });
      }
    }
  });
}
