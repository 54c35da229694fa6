import type { Locale } from '@praktijkscan/model';
import { CliError } from '../errors';
import { type CliIo, writeText } from '../io';
import { loadResponse } from './load';

/**
 * `praktijkscan validate FILE|-`: prints `valid`, or every problem as `<pointer> <code> <message>`
 * (to stdout, so that it can be piped) and fails with exit 1.
 */
export async function validateCommand(io: CliIo, source: string, options: { lang: Locale }) {
  try {
    await loadResponse(io, source, options.lang);
  } catch (error) {
    if (error instanceof CliError && error.details.length > 0) {
      await writeText(io.stdout, `${error.details.join('\n')}\n`);
      throw new CliError(error.exitCode, error.message);
    }
    throw error;
  }
  await writeText(io.stdout, 'valid\n');
}
