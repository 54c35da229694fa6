// What the command line needs to describe its commands (`--help`) before it runs one: the choices
// and defaults of their options. A module of its own, without the packages, so that `--help` and
// `--version` load commander and these texts only; each command loads its module when it runs.

/** The formats of `score`. */
export const scoreFormats = ['json', 'markdown', 'html'] as const;

/** The formats of `team`: those of `score`. */
export const teamFormats = scoreFormats;

/** The formats of `questionnaire`. */
export const questionnaireFormats = ['json', 'markdown', 'html'] as const;

/** The demo's fixed "now", so that it gives the same output on every machine and every day. */
export const demoAsOf = '2026-11-22';

/** The demo's default output directory. */
export const demoOutDir = './praktijkscan-report';
