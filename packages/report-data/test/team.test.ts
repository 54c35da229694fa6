import { sampleHalfway, sampleTeam, teamSampleDisagreements } from '@praktijkscan/model/samples';
import { recommend } from '@praktijkscan/recommendations';
import { combineResponses, scoreResponse, scoreTeam } from '@praktijkscan/scoring';
import { describe, expect, it } from 'vitest';
import { buildReportData, ReportDataError, reportDataSchema, reportTeamSchema } from '../src';

const asOf = '2026-11-22';

async function teamReport(locale: 'nl' | 'en' = 'en') {
  const combination = combineResponses(sampleTeam);
  const scores = scoreTeam(combination);
  const recommendations = await recommend(scores.team, combination.response, {
    asOf,
    locale,
    team: combination,
  });
  const input = {
    response: combination.response,
    result: scores.team,
    recommendations,
    asOf,
    locale,
    team: { combination, scores },
  };
  return { input, report: buildReportData(input), combination, scores };
}

describe('the team part of a report', () => {
  it('is absent from a report of one response', async () => {
    const result = scoreResponse(sampleHalfway);
    const recommendations = await recommend(result, sampleHalfway, { asOf, locale: 'en' });
    const report = buildReportData({
      response: sampleHalfway,
      result,
      recommendations,
      asOf,
      locale: 'en',
    });
    expect('team' in report).toBe(false);
  });

  it('has one radar series per respondent, labelled by role (and number), and the team', async () => {
    const { report, scores } = await teamReport('nl');
    expect(reportDataSchema.safeParse(report).success).toBe(true);
    expect(reportTeamSchema.safeParse(report.team).success).toBe(true);
    expect(report.team?.radar.series.map((series) => [series.id, series.label])).toEqual([
      ['gp', 'Huisarts'],
      ['practice-manager', 'Praktijkmanager'],
      ['doctors-assistant-1', 'Doktersassistent 1'],
      ['doctors-assistant-2', 'Doktersassistent 2'],
      ['team', 'Team'],
    ]);
    expect(report.team?.radar.series.at(-1)?.values).toEqual(report.radar.series[0]?.values);
    expect(report.team?.radar.series[0]?.values[0]).toBe(
      scores.respondents[0]?.result.aspects.safety.score,
    );
  });

  it('orders the agenda by spread, then weight, with the question, answers by role and aspects', async () => {
    const { report } = await teamReport('en');
    const agenda = report.team?.agenda ?? [];
    expect(agenda.map((entry) => entry.item).sort()).toEqual(
      Object.keys(teamSampleDisagreements).sort(),
    );
    for (let index = 1; index < agenda.length; index += 1) {
      const before = agenda[index - 1] as (typeof agenda)[number];
      const after = agenda[index] as (typeof agenda)[number];
      expect(
        before.spread > after.spread ||
          (before.spread === after.spread && before.weight >= after.weight),
      ).toBe(true);
    }
    // Three items lie 3 points apart; among them the heavier item first.
    expect(agenda.map((entry) => [entry.item, entry.spread, entry.weight])).toEqual([
      ['team-knowledge-skills', 3, 5],
      ['team-tool-agreements', 3, 4],
      ['digital-flows-connected', 3, 4],
      ['uses-patient-portal', 2, 1],
      ['continuity-plan', 1, 4],
    ]);
    const triage = agenda.find((entry) => entry.item === 'digital-flows-connected');
    expect(triage?.text).toMatch(/record/);
    expect(triage?.answers.map((answer) => [answer.label, answer.answer])).toEqual([
      ['GP', 4],
      ['Practice manager', 3],
      ['Doctor’s assistant 1', 1],
      ['Doctor’s assistant 2', 1],
    ]);
    expect(triage?.aspects.map((aspect) => aspect.id)).toContain('safety');
  });

  it("gives each respondent's judgement gap", async () => {
    const { report, scores } = await teamReport();
    expect(report.team?.respondents.map((entry) => entry.judgementGap)).toEqual(
      scores.respondents.map((entry) => entry.judgementGap),
    );
    expect(report.team?.respondents.map((entry) => entry.judgement)).toEqual([75, 75, 50, 25]);
  });

  it('refuses a team that is not the one the response and result belong to', async () => {
    const { input } = await teamReport();
    const other = combineResponses([
      { ...sampleHalfway, respondent: { role: 'gp' } },
      { ...sampleHalfway, respondent: { role: 'poh' } },
    ]);
    expect(() =>
      buildReportData({ ...input, team: { combination: other, scores: scoreTeam(other) } }),
    ).toThrow(ReportDataError);
    expect(() =>
      buildReportData({ ...input, team: { combination: {} as never, scores: input.team.scores } }),
    ).toThrow(/combineResponses/);
    expect(() =>
      buildReportData({
        ...input,
        team: { ...input.team, scores: { ...input.team.scores, respondents: [] } },
      }),
    ).toThrow(/scoreTeam/);
  });
});

describe('disagreement as a reason', () => {
  it('recommends discussing the team scan together, naming the disagreement', async () => {
    const { report } = await teamReport('en');
    const step = report.recommendations.find((entry) => entry.id === 'discuss-team-scan-together');
    expect(step?.reasons.map((reason) => [reason.fact, reason.actual])).toEqual([
      ['teamItemsToDiscuss', 5],
    ]);
    expect(step?.reasons[0]?.text).toMatch(/the team disagrees/i);
    const alone = scoreResponse(sampleHalfway);
    const single = await recommend(alone, sampleHalfway, { asOf, locale: 'en' });
    expect(single.some((entry) => entry.id === 'discuss-team-scan-together')).toBe(false);
  });
});

describe("recommend's team option", () => {
  it('refuses what combineResponses did not make, and another response', async () => {
    const { combination } = await teamReport();
    const result = scoreResponse(sampleHalfway);
    await expect(recommend(result, sampleHalfway, { asOf, team: {} as never })).rejects.toThrow(
      /combineResponses/,
    );
    await expect(recommend(result, sampleHalfway, { asOf, team: combination })).rejects.toThrow(
      /team's combined response/,
    );
  });
});
