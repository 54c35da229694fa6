// A tiny escaping template: every interpolated value is escaped unless it is already `SafeHtml`
// built by this module, so that no text of a response (practice names, ideas) can become markup.

/** Markup built by {@link html}; the only kind of value inserted without escaping. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** A value that may be interpolated: text and numbers are escaped, nothing is left out. */
export type HtmlPart =
  | SafeHtml
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly HtmlPart[];

const replacements: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => replacements[character] ?? character);
}

function render(part: HtmlPart): string {
  if (part instanceof SafeHtml) return part.value;
  if (part === null || part === undefined || part === false || part === true) return '';
  if (typeof part === 'number') return escapeHtml(String(part));
  if (typeof part === 'string') return escapeHtml(part);
  return part.map(render).join('');
}

/** Builds markup from a template, escaping every interpolated value (arrays are concatenated). */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlPart[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}
