import { type Locale, MigrationError, migrateResponse } from '@praktijkscan/model';
import { CliError } from '../errors';
import { type CliIo, writeText } from '../io';
import { migrateTextsFor } from '../locales/migrate';
import { loadResponse } from './load';
import { writeOutput } from './score';

export interface MigrateOptions {
  readonly to: string;
  readonly out?: string;
  readonly lang: Locale;
}

/**
 * `praktijkscan migrate FILE|- --to VERSION`: writes the response migrated to VERSION (to `--out
 * FILE`, or stdout) and prints every change, one a line: on stdout when the response goes to a
 * file, on stderr when it goes to stdout, so that the JSON can be piped.
 */
export async function migrateCommand(io: CliIo, source: string, options: MigrateOptions) {
  const texts = migrateTextsFor(options.lang);
  const response = await loadResponse(io, source, options.lang);
  let migrated: ReturnType<typeof migrateResponse>;
  try {
    migrated = migrateResponse(response, { to: options.to });
  } catch (error) {
    if (error instanceof MigrationError) {
      throw new CliError(
        2,
        error.issues.map((issue) => `--to: ${texts.refused(issue)}`).join('; '),
      );
    }
    throw error;
  }
  await writeOutput(
    io,
    options.out,
    `${JSON.stringify(migrated.response, null, 2)}\n`,
    options.lang,
  );
  const lines = migrated.changes.map((change) => change.text[options.lang]);
  const summary = texts.summary(
    response.questionnaire.version,
    migrated.response.questionnaire.version,
    lines.length,
  );
  await writeText(
    options.out === undefined ? io.stderr : io.stdout,
    `${[summary, ...lines.map((line) => `  ${line}`)].join('\n')}\n`,
  );
}
