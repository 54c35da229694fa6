// Filling the Markdown paper form as a practice would (writing on the dotted lines, ticking
// boxes) and reading a filled form back into a response, for the round-trip test. The form knows
// a question by its number within the questionnaire version it names, as a person does.

import {
  bottlenecks,
  type Locale,
  type PracticeResponse,
  type Questionnaire,
} from '@praktijkscan/model';
import { textsFor } from '../../src/locales';
import { escapeMarkdown as e } from '../../src/render/markdown-report';
import { blank, ideaTextFields, paperFormSpace } from '../../src/render/questionnaire-markdown';

// The same fields, in the same order, as the form prints.
type IdeaField = (typeof ideaTextFields)[number];
const ideaFields: readonly IdeaField[] = ideaTextFields;

/** `2026-04-08` as a person writes it on the form: `8-4-2026`. */
const written = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}-${month}-${year}`;
};

/** `8-4-2026` back to `2026-04-08`. */
const iso = (date: string) => {
  const [day, month, year] = date.split('-').map(Number);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

function labels(locale: Locale) {
  const texts = textsFor(locale).questionnaireForm;
  // The line's start as the form prints it, before the dotted line.
  const start = (label: string) => `- ${e(label)}${label.endsWith('?') ? '' : ':'} `;
  const date = (label: string) => start(`${label} (${texts.dateHint})`);
  return {
    texts,
    practiceName: start(texts.practiceName),
    practiceId: start(texts.practiceId),
    completedOn: date(texts.completedOn),
    lastVisit: date(texts.lastVisit),
    idea: Object.fromEntries(
      ideaFields.map((name) => [
        name,
        name === 'date' ? date(texts.ideaFields.date) : start(texts.ideaFields[name]),
      ]),
    ) as Record<IdeaField, string>,
    effect: `- ${e(texts.ideaFields.effect)}: `,
    energy: `- ${e(texts.ideaFields.energy)}: `,
  };
}

/**
 * The blank form filled in with a response: what is known written on the dotted lines, the
 * answers, bottlenecks and ratings ticked; an improvement form copied where there are more ideas
 * than forms, as on paper.
 */
export function fillPaperForm(
  form: string,
  response: PracticeResponse,
  questionnaire: Questionnaire,
  locale: Locale,
): string {
  const l = labels(locale);
  const write = (line: string, start: string, value: string | undefined) =>
    value === undefined ? line : `${start}${value}`;
  const tick = (line: string) => line.replace('- [ ]', '- [x]');
  const rate = (line: string, value: number) => line.replace(`☐ ${value}`, `☒ ${value}`);

  // Copy the last improvement form until there is one per idea.
  const lines = form.split('\n');
  const ideaHeading = (index: number) => `### ${e(l.texts.idea(index))}`;
  let forms = paperFormSpace.ideas;
  while (forms < response.ideas.length) {
    const start = lines.indexOf(ideaHeading(forms));
    const end = lines.findIndex((line, index) => index > start && line.startsWith(l.energy));
    const fields = lines.slice(start + 2, end + 1);
    forms += 1;
    lines.splice(end + 1, 0, '', ideaHeading(forms), '', ...fields);
  }

  const out: string[] = [];
  let section: 'practice' | 'bottlenecks' | 'questions' | 'ideas' = 'practice';
  let item: Questionnaire['items'][number] | undefined;
  let idea: PracticeResponse['ideas'][number] | undefined;
  let ownIndex = 0;
  for (const line of lines) {
    if (line === `## ${e(l.texts.bottlenecks)}`) section = 'bottlenecks';
    else if (/^## \d+\. /.test(line)) section = 'questions';
    else if (line === `## ${e(l.texts.ideas)}`) section = 'ideas';
    const question = /^### (\d+)\. /.exec(line);
    if (section === 'questions' && question) item = questionnaire.items[Number(question[1]) - 1];
    const ideaNumber = /^### .* (\d+)$/.exec(line);
    if (section === 'ideas' && ideaNumber) idea = response.ideas[Number(ideaNumber[1]) - 1];

    let filled = line;
    if (section === 'practice') {
      if (line.startsWith(l.practiceName))
        filled = write(line, l.practiceName, response.practiceName);
      else if (line.startsWith(l.practiceId))
        filled = write(line, l.practiceId, response.practiceId);
      else if (line.startsWith(l.completedOn))
        filled = write(line, l.completedOn, written(response.completedOn));
      else if (line.startsWith(l.lastVisit))
        filled = write(
          line,
          l.lastVisit,
          response.lastPracticeVisitOn && written(response.lastPracticeVisitOn),
        );
    } else if (section === 'bottlenecks') {
      const known = bottlenecks.find((entry) => line === `- [ ] ${e(entry.label[locale])}`);
      if (known && response.bottlenecks.includes(known.id)) filled = tick(line);
      const own = /^\d+\. /.exec(line);
      if (own && line.endsWith(blank)) {
        const text = response.ownBottlenecks[ownIndex];
        ownIndex += 1;
        if (text !== undefined) filled = `${own[0]}${text}`;
        // More own bottlenecks than lines: write on, as on the back of the page.
        if (ownIndex === paperFormSpace.ownBottlenecks) {
          const rest = response.ownBottlenecks.slice(ownIndex);
          filled = [filled, ...rest.map((text, index) => `${ownIndex + index + 1}. ${text}`)].join(
            '\n',
          );
        }
      }
    } else if (section === 'questions' && item) {
      const answer = response.answers[item.id];
      const value = /^- \[ \] (\d+) = /.exec(line);
      if (value && answer === Number(value[1])) filled = tick(line);
      if (answer === 'na' && line === `- [ ] ${e(l.texts.notApplicable)}`) filled = tick(line);
    } else if (section === 'ideas' && idea) {
      for (const name of ideaFields) {
        const start = l.idea[name];
        if (line.startsWith(start)) {
          const value = name === 'date' && idea.date ? written(idea.date) : idea[name];
          filled = write(line, start, value);
        }
      }
      if (line.startsWith(l.effect)) filled = rate(line, idea.effect);
      if (line.startsWith(l.energy)) filled = rate(line, idea.energy);
    }
    out.push(filled);
  }
  return out.join('\n');
}

/** A written value, or undefined where the dotted line is still empty. */
const valueAfter = (line: string, start: string) => {
  const value = line.slice(start.length).trim();
  return value === '' || value === blank ? undefined : value;
};

/** A kebab-case id from an idea's title, as an app would make one. */
const ideaId = (title: string) =>
  title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Reads a filled paper form back into a response (unvalidated: the model validates it). */
export function readPaperForm(
  form: string,
  questionnaire: Questionnaire,
  locale: Locale,
): Record<string, unknown> {
  const l = labels(locale);
  const practice: Record<string, string> = {};
  const answers: Record<string, number | 'na'> = {};
  const chosen: string[] = [];
  const own: string[] = [];
  const ideas: Record<string, unknown>[] = [];
  let section: 'practice' | 'bottlenecks' | 'questions' | 'ideas' = 'practice';
  let item: Questionnaire['items'][number] | undefined;
  let idea: Record<string, unknown> | undefined;
  for (const line of form.split('\n')) {
    if (line === `## ${e(l.texts.bottlenecks)}`) section = 'bottlenecks';
    else if (/^## \d+\. /.test(line)) section = 'questions';
    else if (line === `## ${e(l.texts.ideas)}`) section = 'ideas';
    const question = /^### (\d+)\. /.exec(line);
    if (section === 'questions' && question) item = questionnaire.items[Number(question[1]) - 1];
    if (section === 'ideas' && /^### /.test(line)) {
      idea = {};
      ideas.push(idea);
    }
    if (section === 'practice') {
      for (const [key, start] of [
        ['practiceName', l.practiceName],
        ['practiceId', l.practiceId],
        ['completedOn', l.completedOn],
        ['lastPracticeVisitOn', l.lastVisit],
      ] as const) {
        const value = line.startsWith(start) ? valueAfter(line, start) : undefined;
        if (value !== undefined) practice[key] = key.endsWith('On') ? iso(value) : value;
      }
    } else if (section === 'bottlenecks') {
      const known = bottlenecks.find((entry) => line === `- [x] ${e(entry.label[locale])}`);
      if (known) chosen.push(known.id);
      const written = /^\d+\. (.*)$/.exec(line)?.[1]?.trim();
      if (written && written !== blank) own.push(written);
    } else if (section === 'questions' && item) {
      const value = /^- \[x\] (\d+) = /.exec(line);
      if (value) answers[item.id] = Number(value[1]);
      if (line === `- [x] ${e(l.texts.notApplicable)}`) answers[item.id] = 'na';
    } else if (section === 'ideas' && idea) {
      for (const name of ideaFields) {
        const value = line.startsWith(l.idea[name]) ? valueAfter(line, l.idea[name]) : undefined;
        if (value !== undefined) idea[name] = name === 'date' ? iso(value) : value;
      }
      const rating = /☒ (\d)/.exec(line);
      if (rating && line.startsWith(l.effect)) idea.effect = Number(rating[1]);
      if (rating && line.startsWith(l.energy)) idea.energy = Number(rating[1]);
    }
  }
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    ...practice,
    answers,
    bottlenecks: chosen,
    ownBottlenecks: own,
    ideas: ideas
      .filter((entry) => typeof entry.title === 'string')
      .map((entry) => ({ id: ideaId(entry.title as string), ...entry })),
  };
}
