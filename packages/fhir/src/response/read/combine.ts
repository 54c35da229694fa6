import type { IdeaFieldName } from '../../canonical/link-ids';
import { fhirLinkIds, ideaFieldNames } from '../../canonical/link-ids';
import { fhirUrls } from '../../canonical/urls';
import type { Path, ReadContext } from './context';
import type { ExtensionData } from './extensions';
import type { SubjectData } from './header';
import type { Located, ScanItemData } from './scan-items';

/** Everything of a response besides the answers and the questionnaire. */
export interface PracticeData {
  practiceId?: string;
  practiceName?: string;
  completedOn?: string;
  lastPracticeVisitOn?: string;
  bottlenecks: string[];
  ownBottlenecks: string[];
  ideas: Record<string, unknown>[];
}

/** The sources of the practice data besides the items. */
export interface Sources {
  readonly subject: SubjectData;
  readonly authored: string | undefined;
  readonly authoredPresent: boolean;
  readonly extensions: ExtensionData;
  readonly practiceIdOption: string | undefined;
}

function located<T>(context: ReadContext, responsePath: Path, value: Located<T>): T {
  context.origin(responsePath, value.path);
  return value.value;
}

/** Reports data given both as an item (the current form) and as an extension (earlier versions). */
function bothGiven(context: ReadContext, path: Path, linkId: string, url: string): void {
  context.report('conflicting-values', path, { element: linkId, other: url });
}

/** Gives each idea without an id the first free `idea-<n>`, n counting from its position. */
function numberIdeas(ideas: Record<string, unknown>[]): void {
  const taken = new Set<unknown>(ideas.map((idea) => idea.id));
  ideas.forEach((idea, index) => {
    if (idea.id !== undefined) return;
    let n = index + 1;
    while (taken.has(`idea-${n}`)) n += 1;
    idea.id = `idea-${n}`;
    taken.add(idea.id);
  });
}

/**
 * Puts together what the subject, `authored`, the scan's items, the resource's own extensions
 * (written by earlier versions) and the options say about the practice:
 *
 * - practice id: `subject.identifier` (praktijkscan system), else the practice-id item, else the
 *   `practiceId` option; subject and item that disagree are reported;
 * - practice name: the name item, else `subject.display`;
 * - completion date: the completion-date item, else `authored`;
 * - last visit, bottlenecks, own bottlenecks, ideas: the items, else the extensions; both at once
 *   are reported.
 */
export function combinePracticeData(
  context: ReadContext,
  scan: ScanItemData,
  sources: Sources,
): PracticeData {
  const { subject, extensions } = sources;
  const data: PracticeData = { bottlenecks: [], ownBottlenecks: [], ideas: [] };
  // An item that was there but wrong is reported already: no fallback, and no model finding that
  // would only repeat it.
  const failed = (linkId: string, responsePath: Path): boolean => {
    if (!scan.failed?.has(linkId)) return false;
    context.reportedAt(responsePath);
    return true;
  };
  const practiceIdFailed = failed(fhirLinkIds.practiceId, ['practiceId']);
  const completedOnFailed = failed(fhirLinkIds.completedOn, ['completedOn']);
  failed(fhirLinkIds.practiceName, ['practiceName']);
  failed(fhirLinkIds.lastPracticeVisit, ['lastPracticeVisitOn']);
  failed(fhirLinkIds.bottleneck, ['bottlenecks']);
  failed(fhirLinkIds.ownBottleneck, ['ownBottlenecks']);

  if (subject.practiceId !== undefined) {
    data.practiceId = subject.practiceId;
    context.origin(['practiceId'], ['subject', 'identifier', 'value']);
    if (scan.practiceId && scan.practiceId.value !== subject.practiceId) {
      context.report('conflicting-values', scan.practiceId.path, {
        element: fhirLinkIds.practiceId,
        other: 'subject.identifier.value',
      });
    }
  } else if (scan.practiceId) {
    data.practiceId = located(context, ['practiceId'], scan.practiceId);
  } else if (practiceIdFailed) {
    // reported
  } else if (sources.practiceIdOption !== undefined) {
    data.practiceId = sources.practiceIdOption;
  } else if (subject.foreignSystem) {
    context.report('unknown-identifier-system', subject.foreignSystem.path, {
      expected: fhirUrls.practiceIdSystem,
      system: subject.foreignSystem.system,
    });
  } else if (subject.missingAt.length > 0 && !context.issues.some((i) => i.path[0] === 'subject')) {
    context.report('missing-element', subject.missingAt, {
      element: `${subject.missingAt.join('.')} (or the item ${fhirLinkIds.practiceId}, or the practiceId option)`,
    });
  }

  if (scan.practiceName) {
    data.practiceName = located(context, ['practiceName'], scan.practiceName);
  } else if (subject.practiceName !== undefined) {
    data.practiceName = subject.practiceName;
    context.origin(['practiceName'], ['subject', 'display']);
  }

  if (scan.completedOn) {
    data.completedOn = located(context, ['completedOn'], scan.completedOn);
  } else if (completedOnFailed) {
    // reported
  } else if (sources.authored !== undefined) {
    data.completedOn = sources.authored;
  } else if (!sources.authoredPresent) {
    context.report('missing-element', ['authored'], {
      element: `authored (or the item ${fhirLinkIds.completedOn})`,
    });
  }

  if (scan.lastPracticeVisitOn) {
    data.lastPracticeVisitOn = located(context, ['lastPracticeVisitOn'], scan.lastPracticeVisitOn);
    if (extensions.lastPracticeVisitOn !== undefined) {
      bothGiven(
        context,
        scan.lastPracticeVisitOn.path,
        fhirLinkIds.lastPracticeVisit,
        fhirUrls.lastPracticeVisit,
      );
    }
  } else if (extensions.lastPracticeVisitOn !== undefined) {
    data.lastPracticeVisitOn = extensions.lastPracticeVisitOn;
  }

  const list = <T>(
    items: Located<T>[] | undefined,
    fromExtensions: T[],
    field: 'bottlenecks' | 'ownBottlenecks',
    linkId: string,
    url: string,
  ): T[] => {
    if (!items) return fromExtensions;
    if (fromExtensions.length > 0) bothGiven(context, items[0]?.path ?? [], linkId, url);
    return items.map((item, index) => located(context, [field, index], item));
  };
  data.bottlenecks = list(
    scan.bottlenecks,
    extensions.bottlenecks,
    'bottlenecks',
    fhirLinkIds.bottleneck,
    fhirUrls.bottleneck,
  );
  data.ownBottlenecks = list(
    scan.ownBottlenecks,
    extensions.ownBottlenecks,
    'ownBottlenecks',
    fhirLinkIds.ownBottleneck,
    fhirUrls.ownBottleneck,
  );

  if (scan.ideas) {
    if (extensions.ideas.length > 0) {
      bothGiven(context, scan.ideas[0]?.path ?? [], fhirLinkIds.idea, fhirUrls.improvementIdea);
    }
    data.ideas = scan.ideas.map((idea, index) => {
      context.origin(['ideas', index], idea.path);
      for (const name of idea.failed) context.reportedAt(['ideas', index, name]);
      const result: Record<string, unknown> = {};
      for (const name of ideaFieldNames) {
        const field: Located<unknown> | undefined = idea.fields[name as IdeaFieldName];
        if (field) result[name] = located(context, ['ideas', index, name], field);
      }
      return result;
    });
    numberIdeas(data.ideas);
  } else {
    data.ideas = extensions.ideas;
  }
  return data;
}
