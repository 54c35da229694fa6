import { type Locale, questionnaire } from '@praktijkscan/model';
import { type CliIo, writeText } from '../io';
import { renderQuestionnaireHtml } from '../render/questionnaire-html';
import { renderQuestionnaireMarkdown } from '../render/questionnaire-markdown';
import type { questionnaireFormats } from './choices';

/**
 * `praktijkscan questionnaire`: the current questionnaire as JSON, or as a paper form in Markdown
 * or printable HTML.
 */
export async function questionnaireCommand(
  io: CliIo,
  options: { format: (typeof questionnaireFormats)[number]; lang: Locale },
) {
  const text =
    options.format === 'markdown'
      ? renderQuestionnaireMarkdown(questionnaire, options.lang)
      : options.format === 'html'
        ? renderQuestionnaireHtml(questionnaire, options.lang)
        : `${JSON.stringify(questionnaire, null, 2)}\n`;
  await writeText(io.stdout, text);
}
