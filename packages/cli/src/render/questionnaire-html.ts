import { answerScales, bottlenecks, type Locale, type Questionnaire } from '@praktijkscan/model';
import { textsFor } from '../locales';
import { ideaTextFields, paperFormSpace } from './questionnaire-markdown';
import { html, SafeHtml } from './safe-html';

// Print first: A4 portrait with the report's margins, a question or an improvement form never
// split across pages, fields drawn as lines to write on. On screen it is a form to fill in.
const formStyles = new SafeHtml(`
@page { size: A4 portrait; margin: 14mm 14mm 18mm 14mm; }
:root { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1b1f24; line-height: 1.4; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 48rem; padding: 1rem; overflow-wrap: break-word; }
h1 { font-size: 1.5rem; margin: 0 0 0.2rem; }
h2 { font-size: 1.15rem; margin: 1.2rem 0 0.4rem; border-bottom: 2px solid #1d5fa8; padding-bottom: 0.15rem; break-after: avoid; }
p { margin: 0.3rem 0; }
.muted { color: #4a5561; }
.small { font-size: 0.9rem; }
fieldset { border: 1px solid #c9d1da; border-radius: 6px; margin: 0 0 0.6rem; padding: 0.4rem 0.7rem 0.6rem; break-inside: avoid; }
legend { font-weight: 600; padding: 0 0.3rem; }
.line { display: flex; flex-wrap: wrap; gap: 0 0.5rem; align-items: baseline; margin: 0.35rem 0; }
.line label { flex: 0 1 auto; }
.line input[type="text"] { flex: 1 1 12rem; min-width: 0; font: inherit; border: none; border-bottom: 1px dotted #4a5561; padding: 0.1rem 0.2rem; background: transparent; }
.choices { list-style: none; padding: 0; margin: 0.2rem 0 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; }
.choices.column { flex-direction: column; }
.choices label { display: inline-flex; gap: 0.35rem; align-items: baseline; }
input[type="radio"], input[type="checkbox"] { width: 1rem; height: 1rem; margin: 0; }
.help { font-size: 0.9rem; color: #4a5561; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; } }
`);

/**
 * The questionnaire as a printable HTML form, with the same fields as the Markdown paper form:
 * the practice and last visit, bottlenecks as tick boxes and own ones on lines, every question
 * numbered with its answers as tick boxes, and the improvement forms. Every field is a real
 * form field with a name (`practiceName`, `bottlenecks`, `answers.<item id>`, `ideas.<n>.title`
 * …), so a browser can fill it in on screen as well as print it; no code shows on the page.
 */
export function renderQuestionnaireHtml(questionnaire: Questionnaire, locale: Locale): string {
  const texts = textsFor(locale).questionnaireForm;
  let fieldCount = 0;
  const textLine = (name: string, label: string, hint?: string): SafeHtml => {
    fieldCount += 1;
    const id = `field-${fieldCount}`;
    return html`<p class="line"><label for="${id}">${label}${hint ? html` <span class="muted small">(${hint})</span>` : null}</label><input type="text" id="${id}" name="${name}"></p>`;
  };
  const choice = (type: 'radio' | 'checkbox', name: string, value: string, label: string) =>
    html`<li><label><input type="${type}" name="${name}" value="${value}"> ${label}</label></li>`;

  let number = 0;
  const sections = questionnaire.sections.map((section, sectionIndex) => {
    const items = questionnaire.items
      .filter((candidate) => candidate.section === section.id)
      .map((item) => {
        number += 1;
        const scale = answerScales.find((candidate) => candidate.id === item.scale);
        const name = `answers.${item.id}`;
        const values = (scale?.values ?? []).map((value) =>
          choice('radio', name, String(value.value), `${value.value} = ${value.label[locale]}`),
        );
        if (item.allowsNotApplicable) values.push(choice('radio', name, 'na', texts.notApplicable));
        return html`<fieldset class="question" data-number="${number}">
<legend>${number}. ${item.text[locale]}</legend>
${item.scored ? null : html`<p class="small"><em>${texts.notScored}</em></p>`}
${item.help ? html`<p class="help">${item.help[locale]}</p>` : null}
<ul class="choices">${values}</ul>
</fieldset>\n`;
      });
    return html`<section class="section">
<h2>${sectionIndex + 1}. ${section.title[locale]}</h2>
<p class="muted small">${section.description[locale]}</p>
${items}
</section>\n`;
  });

  const ratings = (name: string, label: string) =>
    html`<div class="line"><span>${label}</span><ul class="choices">${[1, 2, 3, 4, 5].map((value) => choice('radio', name, String(value), String(value)))}</ul></div>`;
  const ideas = Array.from({ length: paperFormSpace.ideas }, (_, index) => {
    const prefix = `ideas.${index}`;
    return html`<fieldset class="idea">
<legend>${texts.idea(index + 1)}</legend>
${ideaTextFields.map((field) =>
  textLine(
    `${prefix}.${field}`,
    texts.ideaFields[field],
    field === 'date' ? texts.dateHint : undefined,
  ),
)}
${ratings(`${prefix}.effect`, texts.ideaFields.effect)}
${ratings(`${prefix}.energy`, texts.ideaFields.energy)}
</fieldset>\n`;
  });

  const page = html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${questionnaire.title[locale]}</title>
<style>${formStyles}</style>
</head>
<body>
<form class="paper-form" data-questionnaire="${questionnaire.id}" data-version="${questionnaire.version}">
<header>
<h1>${questionnaire.title[locale]}</h1>
<p class="muted">${texts.version(questionnaire.id, questionnaire.version)}</p>
<p>${questionnaire.description[locale]}</p>
<p class="small">${texts.howTo}</p>
</header>
<section class="section">
<h2>${texts.practice}</h2>
<div class="practice">
${textLine('practiceName', texts.practiceName)}
${textLine('practiceId', texts.practiceId)}
${textLine('completedOn', texts.completedOn, texts.dateHint)}
${textLine('lastPracticeVisitOn', texts.lastVisit, texts.dateHint)}
</div>
</section>
<section class="section">
<h2>${texts.bottlenecks}</h2>
<fieldset class="bottlenecks"><legend>${texts.bottlenecksQuestion}</legend>
<ul class="choices column">${bottlenecks.map((bottleneck) => choice('checkbox', 'bottlenecks', bottleneck.id, bottleneck.label[locale]))}</ul>
</fieldset>
<fieldset class="own-bottlenecks"><legend>${texts.ownBottlenecks}</legend>
${Array.from({ length: paperFormSpace.ownBottlenecks }, (_, index) => textLine('ownBottlenecks', `${index + 1}.`))}
</fieldset>
</section>
${sections}
<section class="section">
<h2>${texts.ideas}</h2>
<p class="small">${texts.ideasIntro}</p>
${ideas}
<p class="muted small"><em>${texts.moreIdeas}</em></p>
</section>
</form>
</body>
</html>
`;
  return page.value;
}
