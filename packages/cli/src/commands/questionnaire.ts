import { type Locale, questionnaire } from '@praktijkscan/model';
import { type CliIo, writeText } from '../io';
import { renderQuestionnaireMarkdown } from '../render/questionnaire-markdown';

/** The formats of `questionnaire`. */
export const questionnaireFormats = ['json', 'markdown'] as const;

/** `praktijkscan questionnaire`: the current questionnaire as JSON or as a Markdown form. */
export async function questionnaireCommand(
  io: CliIo,
  options: { format: (typeof questionnaireFormats)[number]; lang: Locale },
) {
  const text =
    options.format === 'markdown'
      ? renderQuestionnaireMarkdown(questionnaire, options.lang)
      : `${JSON.stringify(questionnaire, null, 2)}\n`;
  await writeText(io.stdout, text);
}
