import { bottlenecks, type Locale, localize } from '@praktijkscan/model';
import { h } from '../dom';
import { uiTexts } from '../i18n';

/**
 * The bottlenecks (knelpunten) the practice recognises, as tick boxes from the model's list, and
 * its own in free text, one a line: the same fields as the paper form, and what the rules read.
 */
export function renderBottlenecks(options: {
  readonly locale: Locale;
  readonly chosen: readonly string[];
  readonly own: readonly string[];
  readonly onToggle: (id: (typeof bottlenecks)[number]['id'], on: boolean) => void;
  readonly onOwn: (lines: string[]) => void;
}): HTMLElement {
  const { locale, chosen, own, onToggle, onOwn } = options;
  const texts = uiTexts[locale];
  const boxes = bottlenecks.map((bottleneck) => {
    const id = `bottleneck-${bottleneck.id}`;
    const box = h('input', {
      type: 'checkbox',
      id,
      name: 'bottlenecks',
      value: bottleneck.id,
      checked: chosen.includes(bottleneck.id),
      'data-testid': id,
    });
    box.addEventListener('change', () => onToggle(bottleneck.id, box.checked));
    return h(
      'li',
      {},
      h('label', { class: 'option', for: id }, box, localize(bottleneck.label, locale)),
    );
  });
  const ownField = h(
    'textarea',
    {
      id: 'own-bottlenecks',
      name: 'own-bottlenecks',
      rows: 3,
      'aria-describedby': 'own-bottlenecks-help',
      'data-testid': 'own-bottlenecks',
    },
    own.join('\n'),
  );
  ownField.addEventListener('input', () =>
    onOwn(
      ownField.value
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    ),
  );
  return h(
    'section',
    { class: 'panel bottlenecks', 'aria-labelledby': 'bottlenecks-heading' },
    h('h2', { id: 'bottlenecks-heading' }, texts.bottlenecks),
    h(
      'fieldset',
      { class: 'bottleneck-choices' },
      h('legend', {}, texts.bottlenecksIntro),
      h('ul', { class: 'checklist' }, ...boxes),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'own-bottlenecks' }, texts.ownBottlenecks),
      ownField,
      h('p', { class: 'hint', id: 'own-bottlenecks-help' }, texts.ownBottlenecksHelp),
    ),
  );
}
