import {
  type Answer,
  bottleneckIds,
  type Locale,
  locales,
  localize,
  questionnaire,
  respondentRoleIds,
  roles,
  type ValidationIssue,
} from '@praktijkscan/model';
import type { ReportData } from '@praktijkscan/report-data';
import { h } from './dom';
import {
  type Analysis,
  analyse,
  analyseTeam,
  itemOfPointer,
  readResponseFile,
  responseJson,
  stateFromResponse,
} from './glue';
import { formatDate, uiTexts } from './i18n';
import { ideaId, loadState, type ScanState, saveState, todayLocal } from './state';
import { renderBottlenecks } from './views/bottlenecks';
import { renderIdeas } from './views/ideas';
import { renderSection, renderSectionNav } from './views/questionnaire';
import { renderResults, renderStickySummary } from './views/results';
import { renderTeam, type TeamOutcome } from './views/team';
import { type ImportOutcome, renderTransfer } from './views/transfer';

const languageNames: Readonly<Record<Locale, string>> = { nl: 'Nederlands', en: 'English' };
/** How long the scores wait after the last change before they are computed again. */
const debounceMs = 150;
/** The choice of role for a team member, and the labels the model has no text for. */
const roleChoiceTexts: Readonly<Record<Locale, { label: string; none: string; other: string }>> = {
  nl: { label: 'Uw rol (teamscan)', none: 'Hele praktijk, geen teamscan', other: 'Andere rol' },
  en: {
    label: 'Your role (team scan)',
    none: 'The whole practice, no team scan',
    other: 'Other role',
  },
};

/**
 * The app: holds the state, keeps it in storage, renders the form, and recomputes the results
 * (debounced) whenever an answer, an idea or a practice field changes.
 */
export class WebScanApp {
  private state: ScanState;
  private asOf = todayLocal();
  private outcome: ImportOutcome | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private revision = 0;

  private readonly header = h('header', { class: 'masthead' });
  private readonly practice = h('section', { class: 'panel practice' });
  private readonly transfer = h('div');
  private readonly team = h('div');
  private teamOutcome: TeamOutcome | null = null;
  private readonly nav = h('div');
  private readonly section = h('div');
  private readonly ideas = h('div');
  private readonly results = h('section', {
    id: 'results',
    class: 'results',
    'aria-labelledby': 'results-heading',
    'data-testid': 'results',
  });
  /** Overall, phase and coverage, always on screen (also on a phone), with a link to the results. */
  private readonly stickySummary = h('nav', {
    class: 'sticky-summary',
    'data-testid': 'sticky-summary',
  });
  private readonly bottlenecks = h('div');

  constructor(
    private readonly root: HTMLElement,
    private readonly storage: Storage,
  ) {
    this.state = loadState(storage);
  }

  start(): void {
    this.root.replaceChildren(
      this.header,
      this.stickySummary,
      h(
        'main',
        { class: 'layout' },
        h(
          'div',
          { class: 'form-column' },
          this.practice,
          this.transfer,
          this.team,
          this.nav,
          this.section,
          this.bottlenecks,
          this.ideas,
        ),
        this.results,
      ),
    );
    this.renderAll();
    this.schedule(0);
  }

  // --- state changes ---------------------------------------------------------------------------

  private update(change: (state: ScanState) => void): void {
    change(this.state);
    saveState(this.storage, this.state);
  }

  private setLocale(locale: Locale): void {
    this.update((state) => {
      state.locale = locale;
    });
    if (this.outcome?.ok === false) {
      // Messages come from the model in the locale asked for: ask again in the new one.
      const again = readResponseFile(this.outcome.text, locale);
      if (!again.ok) this.outcome = { ...this.outcome, issues: again.issues };
    }
    this.renderAll();
    this.header.querySelector<HTMLButtonElement>(`[data-locale="${locale}"]`)?.focus();
    this.schedule(0);
  }

  private selectSection(sectionId: string, focus: 'heading' | string = 'heading'): void {
    this.update((state) => {
      state.section = sectionId;
    });
    this.renderNav();
    this.renderSection();
    if (focus === 'heading') this.section.querySelector<HTMLElement>('#section-heading')?.focus();
    else {
      const question = this.section.querySelector<HTMLElement>(`#question-${focus}`);
      question?.scrollIntoView({ block: 'center' });
      question?.querySelector<HTMLInputElement>('input')?.focus();
    }
  }

  private answer(itemId: string, answer: Answer): void {
    this.update((state) => {
      state.answers[itemId] = answer;
    });
    this.renderNav();
    this.schedule();
  }

  private async importFile(file: File): Promise<void> {
    const text = await file.text();
    const read = readResponseFile(text, this.state.locale);
    if (read.ok) {
      this.outcome = { ok: true, fileName: file.name };
      this.state = stateFromResponse(read.response, this.state);
      saveState(this.storage, this.state);
      this.renderAll();
    } else {
      this.outcome = { ok: false, fileName: file.name, text, issues: read.issues };
      // Show the first question concerned, so its problem is on screen beside it.
      const first = read.issues.map((issue) => itemOfPointer(issue.pointer)).find(Boolean);
      const section = questionnaire.items.find((item) => item.id === first)?.section;
      if (section) this.state.section = section;
      saveState(this.storage, this.state);
      this.renderAll();
      this.transfer.querySelector<HTMLElement>('[data-testid="import-errors"]')?.scrollIntoView();
    }
    this.schedule(0);
  }

  private async importTeam(files: readonly File[]): Promise<void> {
    const texts = await Promise.all(files.map((file) => file.text()));
    const analysis = analyseTeam(texts, this.state.locale, this.asOf);
    this.teamOutcome = { fileNames: files.map((file) => file.name), analysis };
    this.renderTeam();
  }

  private renderTeam(): void {
    this.team.replaceChildren(
      renderTeam({
        locale: this.state.locale,
        outcome: this.teamOutcome,
        onImport: (files) => void this.importTeam(files),
      }),
    );
  }

  private exportResponse(): void {
    const current = this.analysis;
    if (!current?.ok) {
      this.schedule(0);
      return;
    }
    const blob = new Blob([responseJson(current.response)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = h('a', {
      href: url,
      download: `praktijkscan-${current.response.practiceId}-${current.response.completedOn}.json`,
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // --- results ---------------------------------------------------------------------------------

  private analysis: Analysis | null = null;

  private schedule(delay = debounceMs): void {
    clearTimeout(this.timer);
    this.results.dataset.state = 'updating';
    this.timer = setTimeout(() => this.recompute(), delay);
  }

  private recompute(): void {
    let analysis: Analysis | null = null;
    let failure: string | null = null;
    try {
      // Synchronous (recommendSync): the state cannot change while it runs, so no copy and no
      // check for a newer run are needed.
      analysis = analyse(this.state, this.asOf);
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    this.analysis = analysis;
    this.renderResults(analysis, failure);
  }

  // --- rendering -------------------------------------------------------------------------------

  private get itemIssues(): ReadonlyMap<string, readonly ValidationIssue[]> {
    const byItem = new Map<string, ValidationIssue[]>();
    if (this.outcome?.ok !== false) return byItem;
    for (const issue of this.outcome.issues) {
      const item = itemOfPointer(issue.pointer);
      if (item !== undefined) byItem.set(item, [...(byItem.get(item) ?? []), issue]);
    }
    return byItem;
  }

  private renderAll(): void {
    const { locale } = this.state;
    const texts = uiTexts[locale];
    document.documentElement.lang = locale;
    document.title = `${texts.appTitle} · praktijkscan`;
    this.renderHeader();
    this.renderPractice();
    this.renderTransfer();
    this.renderTeam();
    this.renderNav();
    this.renderSection();
    this.renderBottlenecks();
    this.renderIdeas();
    this.renderStickySummary(null);
    this.results.replaceChildren(
      h('h2', { id: 'results-heading' }, texts.results),
      h('p', { class: 'status', role: 'status', 'data-testid': 'results-status' }, texts.updating),
    );
  }

  private renderHeader(): void {
    const { locale } = this.state;
    const texts = uiTexts[locale];
    const switcher = h('div', {
      class: 'language',
      role: 'group',
      'aria-label': `${texts.language} / ${locale === 'nl' ? 'Language' : 'Taal'}`,
    });
    for (const candidate of locales) {
      const button = h(
        'button',
        {
          type: 'button',
          lang: candidate,
          'aria-pressed': String(candidate === locale),
          'data-locale': candidate,
          'data-testid': `language-${candidate}`,
        },
        languageNames[candidate],
      );
      button.addEventListener('click', () => this.setLocale(candidate));
      switcher.append(button);
    }
    this.header.replaceChildren(
      h(
        'div',
        { class: 'masthead-text' },
        h('h1', {}, localize(questionnaire.title, locale)),
        h('p', {}, texts.appIntro),
      ),
      switcher,
    );
  }

  private renderPractice(): void {
    const { locale } = this.state;
    const texts = uiTexts[locale];
    const field = (
      id: string,
      label: string,
      type: 'text' | 'date',
      value: string,
      onInput: (value: string) => void,
      extra: Record<string, string | boolean> = {},
    ) => {
      const input = h('input', { id, name: id, type, value, 'data-testid': id, ...extra });
      input.addEventListener('input', () => onInput(input.value));
      return h('div', { class: 'field' }, h('label', { for: id }, label), input);
    };
    const set =
      (key: 'practiceId' | 'practiceName' | 'completedOn' | 'lastPracticeVisitOn') =>
      (value: string) => {
        this.update((state) => {
          state[key] = value;
        });
        this.schedule();
      };
    this.practice.replaceChildren(
      h('h2', { id: 'practice-heading' }, texts.practice),
      h(
        'div',
        { class: 'fields' },
        field('practice-id', texts.practiceId, 'text', this.state.practiceId, set('practiceId'), {
          required: true,
          autocomplete: 'off',
        }),
        field(
          'practice-name',
          texts.practiceName,
          'text',
          this.state.practiceName,
          set('practiceName'),
          {
            autocomplete: 'organization',
          },
        ),
        field(
          'completed-on',
          texts.completedOn,
          'date',
          this.state.completedOn,
          set('completedOn'),
          {
            required: true,
          },
        ),
        field(
          'last-visit-on',
          texts.lastPracticeVisitOn,
          'date',
          this.state.lastPracticeVisitOn,
          set('lastPracticeVisitOn'),
        ),
        field(
          'as-of',
          texts.asOf,
          'date',
          this.asOf,
          (value) => {
            this.asOf = value;
            this.schedule();
          },
          { required: true, 'aria-describedby': 'as-of-help' },
        ),
      ),
      h('p', { class: 'hint', id: 'as-of-help' }, texts.asOfHelp),
      this.roleChoice(),
    );
    this.practice.setAttribute('aria-labelledby', 'practice-heading');
  }

  private roleChoice(): HTMLElement {
    const { locale } = this.state;
    const texts = roleChoiceTexts[locale];
    const select = h(
      'select',
      { id: 'respondent-role', name: 'respondent-role', 'data-testid': 'respondent-role' },
      h('option', { value: '', selected: this.state.respondentRole === '' }, texts.none),
      ...respondentRoleIds.map((role) =>
        h(
          'option',
          { value: role, selected: this.state.respondentRole === role },
          role === 'other'
            ? texts.other
            : (roles.find((entry) => entry.id === role)?.label[locale] ?? role),
        ),
      ),
    );
    select.addEventListener('change', () => {
      const role = respondentRoleIds.find((entry) => entry === select.value) ?? '';
      this.update((state) => {
        state.respondentRole = role;
      });
      this.schedule();
    });
    return h(
      'div',
      { class: 'field' },
      h('label', { for: 'respondent-role' }, texts.label),
      select,
    );
  }

  private renderTransfer(): void {
    this.transfer.replaceChildren(
      renderTransfer({
        locale: this.state.locale,
        outcome: this.outcome,
        onExport: () => this.exportResponse(),
        onImport: (file) => void this.importFile(file),
        onDismiss: () => {
          this.outcome = null;
          this.renderTransfer();
          this.renderNav();
          this.renderSection();
          this.transfer.querySelector<HTMLElement>('#import-file')?.focus();
        },
        onGoToQuestion: (itemId) => {
          const section = questionnaire.items.find((item) => item.id === itemId)?.section;
          if (section) this.selectSection(section, itemId);
        },
      }),
    );
  }

  private renderNav(): void {
    this.nav.replaceChildren(
      renderSectionNav({
        locale: this.state.locale,
        current: this.state.section,
        answers: this.state.answers,
        itemIssues: this.itemIssues,
        onSelect: (sectionId) => this.selectSection(sectionId),
      }),
    );
  }

  private renderSection(): void {
    this.section.replaceChildren(
      renderSection({
        locale: this.state.locale,
        sectionId: this.state.section,
        answers: this.state.answers,
        itemIssues: this.itemIssues,
        onAnswer: (itemId, answer) => this.answer(itemId, answer),
        onSelect: (sectionId) => this.selectSection(sectionId),
      }),
    );
  }

  private renderStickySummary(report: ReportData | null): void {
    const { locale } = this.state;
    this.stickySummary.setAttribute('aria-label', uiTexts[locale].results);
    this.stickySummary.replaceChildren(...renderStickySummary(report, locale));
  }

  private renderBottlenecks(): void {
    this.bottlenecks.replaceChildren(
      renderBottlenecks({
        locale: this.state.locale,
        chosen: this.state.bottlenecks,
        own: this.state.ownBottlenecks,
        onToggle: (id, on) => {
          this.update((state) => {
            state.bottlenecks = bottleneckIds.filter((candidate) =>
              candidate === id ? on : state.bottlenecks.includes(candidate),
            );
          });
          this.schedule();
        },
        onOwn: (lines) => {
          this.update((state) => {
            state.ownBottlenecks = lines;
          });
          this.schedule();
        },
      }),
    );
  }

  private renderIdeas(): void {
    this.ideas.replaceChildren(
      renderIdeas({
        locale: this.state.locale,
        ideas: this.state.ideas,
        onAdd: (title, effect, energy, details) => {
          this.update((state) => {
            state.ideas.push({
              id: ideaId(title, state.ideas),
              title,
              date: todayLocal(),
              ...details,
              effect,
              energy,
            });
          });
          this.renderIdeas();
          this.ideas.querySelector<HTMLElement>('#idea-title')?.focus();
          this.schedule(0);
        },
        onRemove: (id) => {
          this.update((state) => {
            state.ideas = state.ideas.filter((idea) => idea.id !== id);
          });
          this.renderIdeas();
          this.ideas.querySelector<HTMLElement>('#idea-title')?.focus();
          this.schedule(0);
        },
      }),
    );
  }

  private renderResults(analysis: Analysis | null, failure: string | null): void {
    const { locale } = this.state;
    const texts = uiTexts[locale];
    this.revision += 1;
    let status: HTMLElement;
    let body: HTMLElement | null = null;
    if (analysis?.ok) {
      status = h(
        'p',
        { class: 'status', role: 'status', 'data-testid': 'results-status' },
        texts.updated,
      );
      body = renderResults(analysis.report, locale);
      this.renderStickySummary(analysis.report);
      this.results.dataset.state = 'ready';
    } else if (analysis) {
      this.renderStickySummary(null);
      status = h(
        'div',
        { class: 'status status-problem', role: 'status', 'data-testid': 'results-status' },
        h('p', {}, texts.cannotScore),
        h(
          'ul',
          {},
          ...analysis.issues.map((issue) =>
            h('li', {}, h('code', {}, issue.pointer || '/'), ` ${issue.message}`),
          ),
        ),
      );
      this.results.dataset.state = 'invalid';
    } else {
      status = h(
        'p',
        { class: 'status status-problem', role: 'status', 'data-testid': 'results-status' },
        texts.failed(failure ?? ''),
      );
      this.results.dataset.state = 'error';
    }
    this.results.dataset.revision = String(this.revision);
    this.results.dataset.asOf = this.asOf;
    this.results.replaceChildren(
      h('h2', { id: 'results-heading' }, texts.results),
      h(
        'p',
        { class: 'as-of' },
        `${texts.asOf}: `,
        h(
          'time',
          { datetime: this.asOf, 'data-testid': 'as-of-shown' },
          formatDate(this.asOf, locale),
        ),
      ),
      status,
      ...(body ? [body] : []),
    );
  }
}
