// Fuzzing as a test (issue 16): arbitrary JavaScript values into every public entry point of the
// model that reads input; only ResponseValidationError may come out, bounded.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  expectOnlyTypedErrors,
  hostileValue,
  maxMessageLength,
  nearValid,
} from '../../../scripts/fuzz/hostile-values';
import {
  isParsedResponse,
  parseResponse,
  parseResponseJson,
  ResponseValidationError,
  safeParseResponse,
} from '../src';
import { sampleHalfway } from '../src/samples';

const input = nearValid(JSON.parse(JSON.stringify(sampleHalfway)));
const locale = fc.constantFrom('en' as const, 'nl' as const);

describe('fuzz: model', () => {
  test.prop([input, locale])(
    'safeParseResponse never throws; its error is bounded',
    (value, lang) => {
      const result = safeParseResponse(value, { locale: lang });
      if (!result.success) {
        expect(result.error.issues.length).toBeGreaterThan(0);
        expect(result.error.issues.length).toBeLessThanOrEqual(100);
        expect(result.error.message.length).toBeLessThanOrEqual(maxMessageLength);
      }
    },
  );

  test.prop([input])('parseResponse throws ResponseValidationError only', async (make) => {
    await expectOnlyTypedErrors(() => parseResponse(make()), [ResponseValidationError]);
  });

  test.prop([
    fc.oneof(
      fc.string(),
      input.map((value) => {
        try {
          return JSON.stringify(value) ?? '';
        } catch {
          return '{';
        }
      }),
      hostileValue,
    ),
  ])('parseResponseJson throws ResponseValidationError only', async (text) => {
    await expectOnlyTypedErrors(() => parseResponseJson(text as string), [ResponseValidationError]);
  });

  test.prop([hostileValue])('isParsedResponse never throws', (make) => {
    expect(isParsedResponse(make())).toBe(false);
  });
});
