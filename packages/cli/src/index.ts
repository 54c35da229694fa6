// Explicit named exports only: the public surface is exactly what is listed here.

export { exitCodes } from './errors';
export type { CliIo } from './io';
export { renderHtmlReport } from './render/html-report';
export { renderMarkdownReport } from './render/markdown-report';
export { runCli } from './run';
