/**
 * The `praktijkscan` command line as a library: run it with your own streams, and render a
 * report's data as HTML or Markdown.
 *
 * @packageDocumentation
 * @module @praktijkscan/cli
 */

// Explicit named exports only: the public surface is exactly what is listed here.

export { exitCodes } from './errors';
export type { CliIo } from './io';
export { renderHtmlReport } from './render/html-report';
export { renderMarkdownReport } from './render/markdown-report';
export { runCli } from './run';
