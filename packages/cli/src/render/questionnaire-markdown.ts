import { answerScales, bottlenecks, type Locale, type Questionnaire } from '@praktijkscan/model';
import { textsFor } from '../locales';
import { escapeMarkdown as e } from './markdown-report';

/** Where a practice writes: a dotted line, which means nothing to Markdown (underscores would). */
export const blank = '…………………………………………';

/** How many empty lines the form leaves for own bottlenecks, and how many improvement forms. */
export const paperFormSpace = { ownBottlenecks: 3, ideas: 3 } as const;

/** An empty rating from 1 to 5: a box per value, ticked by replacing `☐` with `☒`. */
const ratingBoxes = [1, 2, 3, 4, 5].map((value) => `☐ ${value}`).join('  ');

/** The verbeterformat's text fields in the order of the form (seed 004); both paper forms use it. */
export const ideaTextFields = [
  'title',
  'date',
  'from',
  'team',
  'problem',
  'size',
  'idea',
  'yield',
  'involve',
] as const;

/**
 * The questionnaire as a paper form in Markdown: everything a response holds, in the practice's
 * words and without codes. The practice (name, reference, date completed, last practice visit),
 * the bottlenecks as tick boxes and its own on dotted lines, every section with its questions
 * numbered through and the scale's values as tick boxes ("not applicable" where allowed), and
 * three improvement forms (the verbeterformat of seed 004 with effect and energy from 1 to 5).
 * Questions are known by their number within the questionnaire version named at the top.
 */
export function renderQuestionnaireMarkdown(questionnaire: Questionnaire, locale: Locale): string {
  const texts = textsFor(locale).questionnaireForm;
  // A question needs no colon after its question mark.
  const field = (label: string) => `- ${e(label)}${label.endsWith('?') ? '' : ':'} ${blank}`;
  const dateField = (label: string) => field(`${label} (${texts.dateHint})`);
  const out: string[] = [
    `# ${e(questionnaire.title[locale])}`,
    e(texts.version(questionnaire.id, questionnaire.version)),
    e(questionnaire.description[locale]),
    e(texts.howTo),
    `## ${e(texts.practice)}`,
    [
      field(texts.practiceName),
      field(texts.practiceId),
      dateField(texts.completedOn),
      dateField(texts.lastVisit),
    ].join('\n'),
    `## ${e(texts.bottlenecks)}`,
    e(texts.bottlenecksQuestion),
    bottlenecks.map((bottleneck) => `- [ ] ${e(bottleneck.label[locale])}`).join('\n'),
    `${e(texts.ownBottlenecks)}:`,
    Array.from(
      { length: paperFormSpace.ownBottlenecks },
      (_, index) => `${index + 1}. ${blank}`,
    ).join('\n'),
  ];
  let number = 0;
  questionnaire.sections.forEach((section, sectionIndex) => {
    out.push(`## ${sectionIndex + 1}. ${e(section.title[locale])}`, e(section.description[locale]));
    for (const item of questionnaire.items.filter(
      (candidate) => candidate.section === section.id,
    )) {
      number += 1;
      const scale = answerScales.find((candidate) => candidate.id === item.scale);
      const values = (scale?.values ?? []).map(
        (value) => `- [ ] ${value.value} = ${e(value.label[locale])}`,
      );
      if (item.allowsNotApplicable) values.push(`- [ ] ${e(texts.notApplicable)}`);
      out.push(
        `### ${number}. ${e(item.text[locale])}`,
        ...(item.scored ? [] : [`_${e(texts.notScored)}_`]),
        ...(item.help ? [`> ${e(item.help[locale])}`] : []),
        `${e(texts.answerWith)}\n\n${values.join('\n')}`,
      );
    }
  });
  out.push(`## ${e(texts.ideas)}`, e(texts.ideasIntro));
  for (let index = 1; index <= paperFormSpace.ideas; index += 1) {
    out.push(
      `### ${e(texts.idea(index))}`,
      [
        ...ideaTextFields.map((name) =>
          name === 'date' ? dateField(texts.ideaFields.date) : field(texts.ideaFields[name]),
        ),
        `- ${e(texts.ideaFields.effect)}: ${ratingBoxes}`,
        `- ${e(texts.ideaFields.energy)}: ${ratingBoxes}`,
      ].join('\n'),
    );
  }
  out.push(`_${e(texts.moreIdeas)}_`);
  return `${out.join('\n\n')}\n`;
}
