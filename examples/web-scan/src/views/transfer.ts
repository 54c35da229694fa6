import type { Locale, ValidationIssue } from '@praktijkscan/model';
import { h } from '../dom';
import { itemOfPointer } from '../glue';
import { uiTexts } from '../i18n';
import { itemNumber } from './questionnaire';

/** The outcome of the last import, shown until the next one or until dismissed. */
export type ImportOutcome =
  | { readonly ok: true; readonly fileName: string }
  | {
      readonly ok: false;
      readonly fileName: string;
      readonly text: string;
      readonly issues: readonly ValidationIssue[];
    };

/** Export (download) and import (file input) of a response, with the import's problems. */
export function renderTransfer(options: {
  readonly locale: Locale;
  readonly outcome: ImportOutcome | null;
  readonly onExport: () => void;
  readonly onImport: (file: File) => void;
  readonly onDismiss: () => void;
  readonly onGoToQuestion: (itemId: string) => void;
}): HTMLElement {
  const { locale, outcome, onExport, onImport, onDismiss, onGoToQuestion } = options;
  const texts = uiTexts[locale];
  const download = h(
    'button',
    { type: 'button', 'data-testid': 'export-response' },
    texts.exportResponse,
  );
  download.addEventListener('click', onExport);
  const file = h('input', {
    type: 'file',
    id: 'import-file',
    accept: 'application/json,.json',
    'aria-describedby': 'import-help',
    'data-testid': 'import-file',
  });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) onImport(chosen);
    file.value = '';
  });

  let report: HTMLElement | null = null;
  if (outcome?.ok === true) {
    report = h(
      'p',
      { class: 'notice', role: 'status', 'data-testid': 'import-ok' },
      texts.imported(outcome.fileName),
    );
  } else if (outcome?.ok === false) {
    const dismiss = h('button', { type: 'button', class: 'link-button' }, texts.dismiss);
    dismiss.addEventListener('click', onDismiss);
    report = h(
      'div',
      { class: 'error-summary', role: 'alert', 'data-testid': 'import-errors' },
      h('p', {}, h('strong', {}, texts.importFailed(outcome.fileName, outcome.issues.length))),
      h(
        'ul',
        {},
        ...outcome.issues.map((issue) => {
          const item = itemOfPointer(issue.pointer);
          if (item === undefined) {
            return h(
              'li',
              { 'data-code': issue.code, 'data-pointer': issue.pointer },
              h('code', {}, issue.pointer || texts.wholeFile),
              ` ${issue.message}`,
            );
          }
          const go = h(
            'button',
            { type: 'button', class: 'link-button' },
            texts.goToQuestion(String(itemNumber.get(item) ?? item)),
          );
          go.addEventListener('click', () => onGoToQuestion(item));
          return h(
            'li',
            { 'data-code': issue.code, 'data-pointer': issue.pointer },
            go,
            `: ${issue.message}`,
          );
        }),
      ),
      dismiss,
    );
  }

  return h(
    'section',
    { class: 'panel transfer', 'aria-labelledby': 'transfer-heading' },
    h('h2', { id: 'transfer-heading' }, texts.transfer),
    h(
      'div',
      { class: 'transfer-actions' },
      download,
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'import-file' }, texts.importResponse),
        file,
        h('p', { class: 'hint', id: 'import-help' }, texts.importHelp),
      ),
    ),
    report,
  );
}
