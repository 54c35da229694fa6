import { answerScales, type Locale, type Questionnaire } from '@praktijkscan/model';
import { textsFor } from '../locales';
import { escapeMarkdown as e } from './markdown-report';

/**
 * The questionnaire as Markdown, for people who fill it in on paper or build their own form:
 * each section with its questions numbered through, each question with its id, help text and
 * the values of its scale with their labels, and "not applicable" where that is allowed.
 */
export function renderQuestionnaireMarkdown(questionnaire: Questionnaire, locale: Locale): string {
  const texts = textsFor(locale).questionnaireForm;
  const notApplicable = texts.notApplicable;
  const out: string[] = [
    `# ${e(questionnaire.title[locale])} (${e(questionnaire.id)} ${e(questionnaire.version)})`,
    e(questionnaire.description[locale]),
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
      if (item.allowsNotApplicable) values.push(`- [ ] ${notApplicable} (\`na\`)`);
      out.push(
        `### ${number}. ${e(item.text[locale])}`,
        [
          `${texts.item}: \`${item.id}\` · ${texts.scale}: ${e(scale?.label[locale] ?? item.scale)}`,
          ...(item.scored ? [] : [`_${e(texts.notScored)}_`]),
          ...(item.help ? [`> ${e(item.help[locale])}`] : []),
        ].join('\n\n'),
        `${texts.answerWith}:\n\n${values.join('\n')}`,
      );
    }
  });
  return `${out.join('\n\n')}\n`;
}
