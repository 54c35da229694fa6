// The glue a vendor copies: the form's state becomes a response object, the model validates it,
// scoring scores it, recommendations chooses the next steps, and report-data lays out everything
// the screen shows. Nothing here touches the DOM.

import {
  type Answer,
  type Locale,
  type PracticeResponse,
  parseResponseJson,
  questionnaire,
  ResponseValidationError,
  safeParseResponse,
  type ValidationIssue,
} from '@praktijkscan/model';
import { recommendSync } from '@praktijkscan/recommendations';
import { buildReportData, type ReportData } from '@praktijkscan/report-data';
import {
  combineResponses,
  type ScoreResult,
  scoreResponse,
  scoreTeam,
  TeamInputError,
  type TeamIssue,
} from '@praktijkscan/scoring';
import type { ScanState } from './state';

/** The state as a response object, ready for `safeParseResponse`. Empty optional fields are left out. */
export function toResponseInput(state: ScanState): Record<string, unknown> {
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    practiceId: state.practiceId,
    ...(state.practiceName.trim() === '' ? {} : { practiceName: state.practiceName }),
    completedOn: state.completedOn,
    ...(state.lastPracticeVisitOn === '' ? {} : { lastPracticeVisitOn: state.lastPracticeVisitOn }),
    answers: state.answers,
    bottlenecks: state.bottlenecks,
    ownBottlenecks: state.ownBottlenecks,
    ideas: state.ideas,
    ...(state.respondentRole === '' ? {} : { respondent: { role: state.respondentRole } }),
  };
}

/** What the screen shows for one state. */
export type Analysis =
  | {
      readonly ok: true;
      readonly response: PracticeResponse;
      readonly result: ScoreResult;
      readonly report: ReportData;
    }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Validates, scores and recommends for one state: `safeParseResponse` → `scoreResponse` →
 * `recommendSync` → `buildReportData`, all in the same locale and with the same `asOf`. All of it
 * synchronous: `recommendSync` (the compiled rules, the same output as `recommend`) keeps a live
 * update on every answer to well under a millisecond, with no Promise between state and screen.
 *
 * @throws whatever the packages throw for input the model accepted (a date `asOf` before the
 * completion date, say): the caller shows it.
 */
export function analyse(state: ScanState, asOf: string): Analysis {
  const { locale } = state;
  const parsed = safeParseResponse(toResponseInput(state), { locale });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues };
  const response = parsed.data;
  const result = scoreResponse(response);
  const recommendations = recommendSync(result, response, { asOf, locale });
  const report = buildReportData({ response, result, recommendations, asOf, locale });
  return { ok: true, response, result, report };
}

/** Reads a response file: the typed response, or every problem the model found. */
export function readResponseFile(
  text: string,
  locale: Locale,
):
  | { readonly ok: true; readonly response: PracticeResponse }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not JSON: let the model say so, with its own code (`invalid-json`) and message.
    try {
      return { ok: true, response: parseResponseJson(text, { locale }) };
    } catch (error) {
      if (error instanceof ResponseValidationError) return { ok: false, issues: error.issues };
      throw error;
    }
  }
  const parsed = safeParseResponse(value, { locale });
  return parsed.success
    ? { ok: true, response: parsed.data }
    : { ok: false, issues: parsed.error.issues };
}

/** The state an imported response gives, keeping the screen's language and section. */
export function stateFromResponse(response: PracticeResponse, current: ScanState): ScanState {
  return {
    locale: current.locale,
    section: current.section,
    practiceId: response.practiceId,
    practiceName: response.practiceName ?? '',
    completedOn: response.completedOn,
    lastPracticeVisitOn: response.lastPracticeVisitOn ?? '',
    answers: { ...response.answers } as Record<string, Answer>,
    bottlenecks: [...response.bottlenecks],
    ownBottlenecks: [...response.ownBottlenecks],
    ideas: response.ideas.map((idea) => ({ ...idea })),
    respondentRole: response.respondent?.role ?? '',
  };
}

/** The item an issue concerns, for a pointer `/answers/<item id>` (RFC 6901 unescaped). */
export function itemOfPointer(pointer: string): string | undefined {
  const match = /^\/answers\/([^/]+)$/.exec(pointer);
  if (!match?.[1]) return undefined;
  const id = match[1].replaceAll('~1', '/').replaceAll('~0', '~');
  return questionnaire.items.some((item) => item.id === id) ? id : undefined;
}

/** The JSON text of a response, as exported. */
export function responseJson(response: PracticeResponse): string {
  return `${JSON.stringify(response, null, 2)}\n`;
}

/** What the team view shows for several members' files: the team report, or every problem. */
export type TeamAnalysis =
  | { readonly ok: true; readonly report: ReportData }
  | { readonly ok: false; readonly issues: readonly TeamIssue[] };

/**
 * Combines the files of several team members into the team report: `combineResponses` →
 * `scoreTeam` → `recommendSync` → `buildReportData` with the team part. A file that is not JSON is
 * passed on as it is, so that the model names it with the others.
 */
export function analyseTeam(texts: readonly string[], locale: Locale, asOf: string): TeamAnalysis {
  const inputs = texts.map((text) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  });
  try {
    const combination = combineResponses(inputs, { locale });
    const scores = scoreTeam(combination);
    const response = combination.response;
    const recommendations = recommendSync(scores.team, response, {
      asOf,
      locale,
      team: combination,
    });
    const report = buildReportData({
      response,
      result: scores.team,
      recommendations,
      asOf,
      locale,
      team: { combination, scores },
    });
    return { ok: true, report };
  } catch (error) {
    if (error instanceof TeamInputError) return { ok: false, issues: error.issues };
    throw error;
  }
}
