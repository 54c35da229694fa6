import type { Locale, MigrationIssue } from '@praktijkscan/model';

/** The words of `praktijkscan migrate`, in one language. */
export interface MigrateTexts {
  /** The line above the changes: from which version to which, and how many changes. */
  readonly summary: (from: string, to: string, count: number) => string;
  /** The cause of a refused migration, from the model's issue (its code and params). */
  readonly refused: (issue: MigrationIssue) => string;
}

const en: MigrateTexts = {
  summary: (from, to, count) => `${from} -> ${to}: ${count} change${count === 1 ? '' : 's'}`,
  refused: (issue) =>
    issue.code === 'unknown-target-version'
      ? `Unknown version "${issue.params.version}"; known: ${issue.params.known}.`
      : issue.code === 'downgrade'
        ? `The response answers ${issue.params.from}; it cannot be migrated back to ${issue.params.version}.`
        : `Give the version to migrate to, e.g. "2.0.0" (known: ${issue.params.known}).`,
};

const nl: MigrateTexts = {
  summary: (from, to, count) =>
    `${from} -> ${to}: ${count} ${count === 1 ? 'wijziging' : 'wijzigingen'}`,
  refused: (issue) =>
    issue.code === 'unknown-target-version'
      ? `Onbekende versie "${issue.params.version}"; bekend: ${issue.params.known}.`
      : issue.code === 'downgrade'
        ? `De vragenlijst beantwoordt versie ${issue.params.from}; terugzetten naar ${issue.params.version} kan niet.`
        : `Geef de versie om naar over te zetten, bijvoorbeeld "2.0.0" (bekend: ${issue.params.known}).`,
};

/** The words of `praktijkscan migrate` in the given language. */
export function migrateTextsFor(locale: Locale): MigrateTexts {
  return locale === 'nl' ? nl : en;
}
