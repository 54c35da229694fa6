import {
  type Locale,
  type PracticeResponse,
  parseResponseJson,
  ResponseValidationError,
} from '@praktijkscan/model';
import { CliError, issueLine } from '../errors';
import { type CliIo, readInput } from '../io';
import { jsonErrorPosition } from '../json-position';
import { textsFor } from '../locales';

/** The name of an input in messages: the path, or `stdin` for `-`. */
export const inputName = (source: string) => (source === '-' ? 'stdin' : source);

/**
 * Reads and validates one response (a JSON file, or stdin for `-`).
 *
 * @throws {CliError} exit 1 when it cannot be read, is not JSON or is not a valid response.
 */
export async function loadResponse(
  io: CliIo,
  source: string,
  locale: Locale,
  what = inputName(source),
): Promise<PracticeResponse> {
  const text = await readInput(io, source, locale, what);
  const texts = textsFor(locale).inputErrors;
  try {
    return parseResponseJson(text, { locale });
  } catch (error) {
    if (error instanceof ResponseValidationError) {
      if (error.issues.length === 1 && error.issues[0]?.code === 'invalid-json') {
        const { line, column } = jsonErrorPosition(text);
        throw new CliError(1, texts.notJson(what, line, column), error.issues.map(issueLine));
      }
      // Every line in the chosen language: the lead line here, the problems from the model.
      throw new CliError(
        1,
        texts.invalidResponse(what, error.issues.length),
        error.issues.map(issueLine),
      );
    }
    throw error;
  }
}
