import {
  type Locale,
  type PracticeResponse,
  parseResponseJson,
  ResponseValidationError,
} from '@praktijkscan/model';
import { invalidResponseError } from '../errors';
import { type CliIo, readInput } from '../io';

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
  const text = await readInput(io, source, what);
  try {
    return parseResponseJson(text, { locale });
  } catch (error) {
    if (error instanceof ResponseValidationError) throw invalidResponseError(what, error.issues);
    throw error;
  }
}
