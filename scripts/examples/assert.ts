// The assertion every example module makes for a stated value (see collect.ts).

import { expect } from 'vitest';

const shown = 2000;

function show(value: unknown): string {
  const text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  return text.length > shown ? `${text.slice(0, shown)}…` : text;
}

/**
 * Asserts that `actual` deeply equals the value an example states, failing with the place and
 * both values in full (a diff alone is cut short for long texts).
 */
export function expectStatedValue(actual: unknown, stated: unknown, where: string): void {
  try {
    expect(actual).toEqual(stated);
  } catch (error) {
    if (error instanceof Error) {
      error.message = `${where}: the example states ${show(stated)}, but the value is ${show(actual)}`;
    }
    throw error;
  }
}
