import type { ImprovementIdea, Locale } from '@praktijkscan/model';
import { h } from '../dom';
import { uiTexts } from '../i18n';

function ratingSelect(id: string, label: string, locale: Locale): HTMLElement {
  const select = h(
    'select',
    { id, name: id, 'data-testid': id },
    ...uiTexts[locale].ratingLabels.map((text, index) =>
      h('option', { value: index + 1, selected: index === 2 }, text),
    ),
  );
  return h('div', { class: 'field' }, h('label', { for: id }, label), select);
}

/** The verbeterformat's free-text fields beside title, effect and energy (seed 004). */
export const ideaDetailFields = [
  'from',
  'team',
  'problem',
  'size',
  'idea',
  'yield',
  'involve',
] as const;

/** What the verbeterformat's optional fields hold for one idea; empty fields are left out. */
export type IdeaDetails = Partial<Record<(typeof ideaDetailFields)[number], string>>;

/**
 * The practice's own improvement ideas: a form to add one as on the verbeterformat (title,
 * effect, energy, and the form's other questions folded away) and the list.
 */
export function renderIdeas(options: {
  readonly locale: Locale;
  readonly ideas: readonly ImprovementIdea[];
  readonly onAdd: (title: string, effect: number, energy: number, details: IdeaDetails) => void;
  readonly onRemove: (id: string) => void;
}): HTMLElement {
  const { locale, ideas, onAdd, onRemove } = options;
  const texts = uiTexts[locale];
  const title = h('input', {
    id: 'idea-title',
    name: 'idea-title',
    type: 'text',
    required: true,
    maxlength: 200,
    autocomplete: 'off',
    'data-testid': 'idea-title',
  });
  const form = h(
    'form',
    { class: 'idea-form', 'data-testid': 'idea-form' },
    h(
      'div',
      { class: 'field field-wide' },
      h('label', { for: 'idea-title' }, texts.ideaTitle),
      title,
    ),
    ratingSelect('idea-effect', texts.effect, locale),
    ratingSelect('idea-energy', texts.energy, locale),
    h(
      'details',
      { class: 'idea-more field-wide' },
      h('summary', {}, texts.ideaMore),
      ...ideaDetailFields.map((field) => {
        const id = `idea-${field}`;
        const short = field === 'from' || field === 'team';
        return h(
          'div',
          { class: 'field' },
          h('label', { for: id }, texts.ideaFields[field]),
          short
            ? h('input', { id, name: id, type: 'text', maxlength: 200, 'data-testid': id })
            : h('textarea', { id, name: id, rows: 2, maxlength: 2000, 'data-testid': id }),
        );
      }),
    ),
    h('button', { type: 'submit', 'data-testid': 'add-idea' }, texts.addIdea),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = title.value.trim();
    if (text === '') {
      title.reportValidity();
      return;
    }
    const value = (id: string) => Number((form.querySelector(`#${id}`) as HTMLSelectElement).value);
    const details: IdeaDetails = {};
    for (const field of ideaDetailFields) {
      const entry = (
        form.querySelector(`#idea-${field}`) as HTMLInputElement | HTMLTextAreaElement
      ).value.trim();
      if (entry !== '') details[field] = entry;
    }
    onAdd(text, value('idea-effect'), value('idea-energy'), details);
  });

  const list =
    ideas.length === 0
      ? h('p', { class: 'hint' }, texts.noIdeas)
      : h(
          'ul',
          { class: 'idea-list', 'data-testid': 'idea-list' },
          ...ideas.map((idea) => {
            const remove = h(
              'button',
              { type: 'button', class: 'link-button', 'aria-label': texts.removeIdea(idea.title) },
              '×',
            );
            remove.addEventListener('click', () => onRemove(idea.id));
            return h(
              'li',
              {},
              h('span', {}, idea.title),
              h(
                'span',
                { class: 'meta' },
                ` ${texts.effect} ${idea.effect}, ${texts.energy} ${idea.energy} `,
              ),
              remove,
            );
          }),
        );

  return h(
    'section',
    { class: 'panel ideas', 'aria-labelledby': 'ideas-heading' },
    h('h2', { id: 'ideas-heading' }, texts.ideas),
    h('p', { class: 'hint' }, texts.ideasIntro),
    form,
    list,
  );
}
