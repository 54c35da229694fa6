/** A place in a text: line and column, both from 1. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** The line and column of a character offset in a text (a tab counts as one column). */
export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * The offset of the first character at which a text stops being JSON (RFC 8259), or its length
 * where it ends too early. `JSON.parse`'s own messages name no position for many errors
 * ("Unexpected token"), so the text is scanned again here; only ever after `JSON.parse` failed.
 */
export function jsonErrorOffset(text: string): number {
  let at = 0;
  const fail = (): never => {
    throw at;
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] ?? '')) at += 1;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail();
      at += 1;
    }
  };
  const digits = () => {
    const start = at;
    while (at < text.length && (text[at] ?? '') >= '0' && (text[at] ?? '') <= '9') at += 1;
    if (at === start) fail();
  };
  const number = () => {
    if (text[at] === '-') at += 1;
    if (text[at] === '0') at += 1;
    else digits();
    if (text[at] === '.') {
      at += 1;
      digits();
    }
    if (text[at] === 'e' || text[at] === 'E') {
      at += 1;
      if (text[at] === '+' || text[at] === '-') at += 1;
      digits();
    }
  };
  const string = () => {
    at += 1;
    for (;;) {
      const char = text[at];
      if (char === undefined || char < ' ') fail();
      if (char === '"') {
        at += 1;
        return;
      }
      if (char === '\\') {
        at += 1;
        const escaped = text[at] ?? '';
        if (escaped === 'u') {
          for (let index = 0; index < 4; index += 1) {
            at += 1;
            if (!/[0-9a-fA-F]/.test(text[at] ?? '')) fail();
          }
        } else if (!'"\\/bfnrt'.includes(escaped) || escaped === '') fail();
      }
      at += 1;
    }
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') {
      at += 1;
      space();
      if (text[at] === '}') {
        at += 1;
        return;
      }
      for (;;) {
        space();
        if (text[at] !== '"') fail();
        string();
        space();
        if (text[at] !== ':') fail();
        at += 1;
        value();
        space();
        if (text[at] === ',') at += 1;
        else if (text[at] === '}') {
          at += 1;
          return;
        } else fail();
      }
    }
    if (char === '[') {
      at += 1;
      space();
      if (text[at] === ']') {
        at += 1;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[at] === ',') at += 1;
        else if (text[at] === ']') {
          at += 1;
          return;
        } else fail();
      }
    }
    if (char === '"') {
      string();
      return;
    }
    if (char === 't') {
      literal('true');
      return;
    }
    if (char === 'f') {
      literal('false');
      return;
    }
    if (char === 'n') {
      literal('null');
      return;
    }
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      number();
      return;
    }
    fail();
  };
  try {
    value();
    space();
    return Math.min(at, text.length);
  } catch (error) {
    if (typeof error === 'number') return Math.min(error, text.length);
    return text.length; // nested too deeply to scan: point at the end
  }
}

/** Where `JSON.parse` stopped in a text, as line and column. */
export function jsonErrorPosition(text: string): TextPosition {
  return positionAt(text, jsonErrorOffset(text));
}

/** `JSON.parse`, or the line and column where the text stops being JSON. */
export function parseJsonAt(
  text: string,
): { ok: true; value: unknown } | { ok: false; position: TextPosition } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, position: jsonErrorPosition(text) };
  }
}
