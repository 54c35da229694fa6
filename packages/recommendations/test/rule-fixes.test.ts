// Each rule fixed in issue 13, on a response built for it: the wrong case no longer fires, the
// right one does. Each of these failed before the fix (the rules in src/rules/*.json).
import { getQuestionnaire, type PracticeResponse, questionnaire } from '@praktijkscan/model';
import { scoreResponse } from '@praktijkscan/scoring';
import { describe, expect, it } from 'vitest';
import { recommend } from '../src';
import { allMaxResponse } from './support/candidates';

const asOf = '2026-11-22';
const usageItem = (application: string): string => {
  const item = questionnaire.items.find(
    (candidate) => (candidate as { applicationType?: string }).applicationType === application,
  );
  if (!item) throw new Error(`no usage item for ${application}`);
  return item.id;
};

function responseWith(
  answers: Record<string, number | 'na'>,
  overrides: Partial<PracticeResponse> = {},
): PracticeResponse {
  const base = allMaxResponse();
  return allMaxResponse({ answers: { ...base.answers, ...answers }, ...overrides });
}

async function firedRules(response: PracticeResponse): Promise<Set<string>> {
  const steps = await recommend(scoreResponse(response), response, { asOf, locale: 'en' });
  return new Set(steps.flatMap((step) => step.reasons.map((reason) => reason.rule)));
}

describe('rules fixed in issue 13', () => {
  it('offer self-triage is not the answer to assessing digital requests unsafely', async () => {
    const rule = 'offer-self-triage-and-consult-preparation-when-unused';
    // 1.0.0 asked whether digital requests are assessed safely; 2.0.0 no longer does (it added a
    // norm its seed passage does not hold), so a 1.0.0 response, migrated, shows the fix.
    const v1 = allMaxResponse({}, getQuestionnaire('1.0.0'));
    const unsafe = { ...v1, answers: { ...v1.answers, 'digital-triage-safe': 0 } };
    expect(await firedRules(unsafe)).not.toContain(rule);
    expect(await firedRules(responseWith({ [usageItem('digital-self-triage')]: 0 }))).toContain(
      rule,
    );
  });

  it('speech reporting is not advised to a practice that uses it structurally', async () => {
    const rule = 'use-speech-reporting-when-retyping';
    const retyping = { bottlenecks: ['retyping' as const] };
    expect(
      await firedRules(responseWith({ [usageItem('speech-reporting')]: 3 }, retyping)),
    ).not.toContain(rule);
    expect(
      await firedRules(responseWith({ [usageItem('speech-reporting')]: 1 }, retyping)),
    ).toContain(rule);
  });

  it('telemonitoring does not fire on in-practice measuring equipment', async () => {
    const rule = 'offer-telemonitoring-when-weak';
    expect(await firedRules(responseWith({ [usageItem('measuring-equipment')]: 0 }))).not.toContain(
      rule,
    );
    expect(await firedRules(responseWith({ [usageItem('telemonitoring')]: 0 }))).toContain(rule);
  });

  it('understandable information does not fire on a missing waiting-room screen', async () => {
    const rule = 'share-understandable-information-when-weak';
    expect(await firedRules(responseWith({ [usageItem('waiting-room-screen')]: 0 }))).not.toContain(
      rule,
    );
    expect(await firedRules(responseWith({ [usageItem('health-information')]: 0 }))).toContain(
      rule,
    );
  });

  it('no practice visit step where the region holds no visits ("na")', async () => {
    const rule = 'plan-yearly-practice-visit-when-due';
    const { lastPracticeVisitOn: _dropped, ...withoutVisit } = allMaxResponse();
    const noVisitDate = (answers: Record<string, number | 'na'>) =>
      ({ ...withoutVisit, answers: { ...withoutVisit.answers, ...answers } }) as PracticeResponse;
    expect(await firedRules(noVisitDate({ 'practice-visit-support': 'na' }))).not.toContain(rule);
    expect(await firedRules(noVisitDate({ 'practice-visit-support': 1 }))).toContain(rule);
  });

  it('the internal audit does not fire on the INK 4-5 network theme alone', async () => {
    const rule = 'hold-internal-audit-when-a-theme-is-weak';
    const networkItems = questionnaire.items
      .filter((item) => (item as { theme?: string }).theme === 'network-data-exchange')
      .map((item) => [item.id, 0] as const);
    expect(networkItems.length).toBeGreaterThan(0);
    expect(await firedRules(responseWith(Object.fromEntries(networkItems)))).not.toContain(rule);
    const governanceItems = questionnaire.items
      .filter((item) => (item as { theme?: string }).theme === 'governance')
      .map((item) => [item.id, 0] as const);
    expect(await firedRules(responseWith(Object.fromEntries(governanceItems)))).toContain(rule);
  });
});
