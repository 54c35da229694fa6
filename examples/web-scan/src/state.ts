import {
  type Answer,
  type ImprovementIdea,
  isLocale,
  type Locale,
  questionnaire,
  type RespondentRole,
  respondentRoleIds,
} from '@praktijkscan/model';

/**
 * Everything the practice entered, as the form holds it (the same fields as the paper form). It
 * becomes a response object in `glue.ts`.
 */
export interface ScanState {
  locale: Locale;
  /** The section on screen. */
  section: string;
  practiceId: string;
  practiceName: string;
  completedOn: string;
  lastPracticeVisitOn: string;
  answers: Record<string, Answer>;
  bottlenecks: string[];
  ownBottlenecks: string[];
  ideas: ImprovementIdea[];
  /** The role of the team member filling it in, for a team scan; '' for the practice as a whole. */
  respondentRole: RespondentRole | '';
}

/** The key under which the state is kept in `localStorage`. */
export const storageKey = 'praktijkscan.web-scan.v1';

/** Today's date in the browser's own time zone, `YYYY-MM-DD`. */
export function todayLocal(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function defaultState(): ScanState {
  return {
    locale: 'nl',
    section: questionnaire.sections[0]?.id ?? '',
    practiceId: 'mijn-praktijk',
    practiceName: '',
    completedOn: todayLocal(),
    lastPracticeVisitOn: '',
    answers: {},
    bottlenecks: [],
    ownBottlenecks: [],
    ideas: [],
    respondentRole: '',
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOr = (value: unknown, fallback: string) =>
  typeof value === 'string' ? value : fallback;
const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];

/**
 * Reads the state back from storage. Storage is input like any other: what does not have the
 * expected shape is dropped, never trusted. The model validates the rest when it is scored.
 */
export function loadState(storage: Storage): ScanState {
  const fallback = defaultState();
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(storageKey) ?? 'null');
  } catch {
    return fallback;
  }
  if (!isRecord(stored)) return fallback;
  const answers: Record<string, Answer> = {};
  if (isRecord(stored.answers)) {
    for (const item of questionnaire.items) {
      const answer = stored.answers[item.id];
      if (answer === 'na' || (typeof answer === 'number' && Number.isInteger(answer))) {
        answers[item.id] = answer;
      }
    }
  }
  const section = stringOr(stored.section, fallback.section);
  return {
    locale: isLocale(stored.locale) ? stored.locale : fallback.locale,
    section: questionnaire.sections.some((entry) => entry.id === section)
      ? section
      : fallback.section,
    practiceId: stringOr(stored.practiceId, fallback.practiceId),
    practiceName: stringOr(stored.practiceName, ''),
    completedOn: stringOr(stored.completedOn, fallback.completedOn),
    lastPracticeVisitOn: stringOr(stored.lastPracticeVisitOn, ''),
    answers,
    bottlenecks: strings(stored.bottlenecks),
    ownBottlenecks: strings(stored.ownBottlenecks),
    respondentRole:
      respondentRoleIds.find((role) => role === stored.respondentRole) ?? fallback.respondentRole,
    ideas: Array.isArray(stored.ideas)
      ? stored.ideas.filter(
          (idea): idea is ImprovementIdea =>
            isRecord(idea) &&
            typeof idea.id === 'string' &&
            typeof idea.title === 'string' &&
            typeof idea.effect === 'number' &&
            typeof idea.energy === 'number',
        )
      : [],
  };
}

export function saveState(storage: Storage, state: ScanState): void {
  storage.setItem(storageKey, JSON.stringify(state));
}

/** A kebab-case id for a new idea, unique among the ideas there are. */
export function ideaId(title: string, ideas: readonly ImprovementIdea[]): string {
  const base =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'idee';
  const taken = new Set(ideas.map((idea) => idea.id));
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
  return id;
}
