import {
  type Answer,
  answerScales,
  type Locale,
  localize,
  type QuestionnaireItem,
  questionnaire,
  type ValidationIssue,
} from '@praktijkscan/model';
import { h } from '../dom';
import { uiTexts } from '../i18n';

/** The questionnaire's number of an item, 1-based, as shown on screen. */
export const itemNumber = new Map(questionnaire.items.map((item, index) => [item.id, index + 1]));

export const itemsOfSection = (sectionId: string): readonly QuestionnaireItem[] =>
  questionnaire.items.filter((item) => item.section === sectionId);

function answeredCount(sectionId: string, answers: Readonly<Record<string, Answer>>): number {
  return itemsOfSection(sectionId).filter((item) => answers[item.id] !== undefined).length;
}

/** The list of sections, each a button with how much of it is answered. */
export function renderSectionNav(options: {
  readonly locale: Locale;
  readonly current: string;
  readonly answers: Readonly<Record<string, Answer>>;
  readonly itemIssues: ReadonlyMap<string, readonly ValidationIssue[]>;
  readonly onSelect: (sectionId: string) => void;
}): HTMLElement {
  const { locale, current, answers, itemIssues, onSelect } = options;
  const texts = uiTexts[locale];
  const list = h('ol', { class: 'section-list' });
  for (const section of questionnaire.sections) {
    const total = itemsOfSection(section.id).length;
    const hasIssues = itemsOfSection(section.id).some((item) => itemIssues.has(item.id));
    const button = h(
      'button',
      {
        type: 'button',
        class: hasIssues ? 'section-button has-issues' : 'section-button',
        'aria-current': section.id === current ? 'step' : undefined,
        'data-section': section.id,
        'data-testid': `section-${section.id}`,
      },
      h('span', { class: 'section-title' }, localize(section.title, locale)),
      h(
        'span',
        { class: 'section-progress' },
        texts.answeredOf(answeredCount(section.id, answers), total),
      ),
      hasIssues ? h('span', { class: 'issue-flag', 'aria-hidden': 'true' }, '!') : null,
    );
    button.addEventListener('click', () => onSelect(section.id));
    list.append(h('li', {}, button));
  }
  return h('nav', { class: 'sections', 'aria-label': texts.sections }, list);
}

function renderItem(
  item: QuestionnaireItem,
  locale: Locale,
  answer: Answer | undefined,
  issues: readonly ValidationIssue[],
): HTMLElement {
  const texts = uiTexts[locale];
  const scale = answerScales.find((entry) => entry.id === item.scale);
  const number = itemNumber.get(item.id) ?? 0;
  const helpId = `help-${item.id}`;
  const errorId = `error-${item.id}`;
  const describedBy = [item.help ? helpId : '', issues.length > 0 ? errorId : '']
    .filter(Boolean)
    .join(' ');
  const option = (value: Answer, label: string) => {
    const input = h('input', {
      type: 'radio',
      name: `answer-${item.id}`,
      id: `answer-${item.id}-${value}`,
      value: String(value),
      'data-item': item.id,
      checked: answer === value,
    });
    return h('label', { class: 'option', for: input.id }, input, h('span', {}, label));
  };
  const options = h('div', { class: 'options' });
  for (const value of scale?.values ?? [])
    options.append(option(value.value, localize(value.label, locale)));
  if (item.allowsNotApplicable) options.append(option('na', texts.notApplicable));

  return h(
    'fieldset',
    {
      class: issues.length > 0 ? 'question has-issues' : 'question',
      id: `question-${item.id}`,
      'data-testid': `question-${item.id}`,
      'aria-describedby': describedBy || undefined,
    },
    h(
      'legend',
      {},
      h('span', { class: 'question-number' }, `${number}. `),
      localize(item.text, locale),
    ),
    item.help ? h('p', { class: 'help', id: helpId }, localize(item.help, locale)) : null,
    options,
    issues.length > 0
      ? h(
          'ul',
          { class: 'field-errors', id: errorId, 'data-testid': `import-error-${item.id}` },
          ...issues.map((issue) => h('li', { 'data-code': issue.code }, issue.message)),
        )
      : null,
  );
}

/** One section of the questionnaire: its questions, and buttons to the previous and next. */
export function renderSection(options: {
  readonly locale: Locale;
  readonly sectionId: string;
  readonly answers: Readonly<Record<string, Answer>>;
  readonly itemIssues: ReadonlyMap<string, readonly ValidationIssue[]>;
  readonly onAnswer: (itemId: string, answer: Answer) => void;
  readonly onSelect: (sectionId: string) => void;
}): HTMLElement {
  const { locale, sectionId, answers, itemIssues, onAnswer, onSelect } = options;
  const texts = uiTexts[locale];
  const sections = questionnaire.sections;
  const index = sections.findIndex((section) => section.id === sectionId);
  const section = sections[index];
  if (!section) return h('div');
  const previous = sections[index - 1];
  const next = sections[index + 1];

  const form = h('form', { class: 'section-form', novalidate: true });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio' || !input.dataset.item)
      return;
    onAnswer(input.dataset.item, input.value === 'na' ? 'na' : Number(input.value));
  });
  for (const item of itemsOfSection(section.id)) {
    form.append(renderItem(item, locale, answers[item.id], itemIssues.get(item.id) ?? []));
  }

  const pager = h('div', { class: 'pager' });
  if (previous) {
    const button = h(
      'button',
      { type: 'button', 'data-testid': 'previous-section' },
      `← ${texts.previous}`,
    );
    button.addEventListener('click', () => onSelect(previous.id));
    pager.append(button);
  }
  if (next) {
    const button = h(
      'button',
      { type: 'button', 'data-testid': 'next-section' },
      `${texts.next} →`,
    );
    button.addEventListener('click', () => onSelect(next.id));
    pager.append(button);
  }

  return h(
    'section',
    { class: 'section', 'aria-labelledby': 'section-heading', 'data-section': section.id },
    h('p', { class: 'section-count' }, texts.sectionOf(index + 1, sections.length)),
    h(
      'h2',
      { id: 'section-heading', tabindex: -1, 'data-testid': 'section-heading' },
      localize(section.title, locale),
    ),
    h('p', { class: 'section-description' }, localize(section.description, locale)),
    form,
    pager,
  );
}
