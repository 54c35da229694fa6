// The rules changed by the review of every rule against its seed passage (docs/rules-review.md),
// each on a response built for it: the wrong case no longer fires, the right one does. Each of
// these failed on the rule as it was before the review.
import { type PracticeResponse, questionnaire } from '@praktijkscan/model';
import { sampleHalfwayV1 } from '@praktijkscan/model/samples';
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

/** The ids of the items of one section, each set to `value`. */
function sectionAt(section: string, value: number): Record<string, number> {
  const items = questionnaire.items.filter(
    (item) => (item as { section?: string }).section === section,
  );
  if (items.length === 0) throw new Error(`no items in section ${section}`);
  return Object.fromEntries(items.map((item) => [item.id, value]));
}

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

async function inkPhaseOf(response: PracticeResponse): Promise<number> {
  return scoreResponse(response).inkPhase.phase;
}

describe('rules changed by the review against the seeds', () => {
  it('a practice with a clear vision is not told to formulate one because other policy items are weak', async () => {
    // Seed 000 asks "Hebben we een duidelijke visie op digitale zorg?": the vision item answers it.
    const rule = 'formulate-digital-care-vision-when-weak';
    const weakPolicy = responseWith({ ...sectionAt('vision-policy', 0), 'digital-care-vision': 4 });
    expect(scoreResponse(weakPolicy).sections['vision-policy']?.score).toBeLessThan(50);
    expect(await firedRules(weakPolicy)).not.toContain(rule);
    expect(await firedRules(responseWith({ 'digital-care-vision': 2 }))).toContain(rule);
  });

  it('morning phone pressure does not ask a practice that fully guides patients to start doing so', async () => {
    const rule = 'inform-patients-about-channels-when-morning-phone-pressure';
    const pressure = { bottlenecks: ['morning-phone-pressure' as const] };
    expect(await firedRules(responseWith({ 'channel-guidance': 4 }, pressure))).not.toContain(rule);
    expect(await firedRules(responseWith({ 'channel-guidance': 3 }, pressure))).toContain(rule);
  });

  it('patients’ digital skills are not advised on a weak equity score from other items', async () => {
    // Seed 000: "Bieden we onze patiënten waar nodig ondersteuning …?" The support items answer it.
    const rule = 'support-patients-digital-skills-when-weak';
    const supportItems = new Set(['patient-support', 'patient-digital-skills']);
    const weakEquity = Object.fromEntries(
      questionnaire.items
        .filter((item) => item.weights.equity > 0 && !supportItems.has(item.id))
        .map((item) => [item.id, 0]),
    );
    const response = responseWith(weakEquity);
    expect(scoreResponse(response).aspects.equity.score).toBeLessThan(50);
    expect(await firedRules(response)).not.toContain(rule);
    expect(await firedRules(responseWith({ 'patient-support': 2 }))).toContain(rule);
  });

  it('deciding together with the patient is not advised for a missing patient panel or decision aid', async () => {
    // Seed 000: "Zorgverlener en patiënt beslissen samen of en hoe digitale middelen ingezet worden".
    // The item patient-involved asks about involving patients in the practice's design of digital
    // care (a panel), and decision aids choose a treatment: neither says the practice does not decide
    // together in the consultation.
    const rule = 'decide-together-with-patients-when-weak';
    expect(await firedRules(responseWith({ 'patient-involved': 0 }))).not.toContain(rule);
    expect(await firedRules(responseWith({ [usageItem('decision-aids')]: 0 }))).not.toContain(rule);
    expect(await firedRules(responseWith({ 'decide-together': 2 }))).toContain(rule);
  });

  it('repeat questions do not ask a practice whose patient portal is in full use to move them online', async () => {
    // In 1.0.0 the rule read routine-requests-online; 2.0.0 asks the portal's use once, as an
    // application (docs/migration-2.0.md), and the rule reads that.
    const rule = 'move-repeat-requests-online-when-named';
    const repeat = { bottlenecks: ['repeat-questions' as const] };
    const portal = usageItem('patient-portal');
    expect(await firedRules(responseWith({ [portal]: 4 }, repeat))).not.toContain(rule);
    expect(await firedRules(responseWith({ [portal]: 3 }, repeat))).toContain(rule);
  });

  it('NEN 7510 is not advised to a practice that keeps it, because its continuity plan is missing', async () => {
    const rule = 'keep-nen7510-current-when-weak';
    const nen7510Items = new Set(['information-security-checked', usageItem('nen7510-compliance')]);
    const response = responseWith(
      Object.fromEntries(
        questionnaire.items
          .filter(
            (item) =>
              (item as { theme?: string }).theme === 'security-continuity' &&
              !nen7510Items.has(item.id),
          )
          .map((item): [string, number | 'na'] => [item.id, 0])
          // 2.0.0 has fewer items in this theme: a compliance tool that does not fit the practice
          // ("na") keeps the theme weak while its information security is checked in full.
          .concat([[usageItem('nen7510-compliance'), 'na']]),
      ),
    );
    expect(scoreResponse(response).themes['security-continuity'].score).toBeLessThan(50);
    expect(await firedRules(response)).not.toContain(rule);
    expect(await firedRules(responseWith({ 'information-security-checked': 2 }))).toContain(rule);
  });

  it('the region’s yearly monitoring questionnaire is not this scan', async () => {
    // Seed 001: the yearly questionnaire is PlusPraktijk 2.0's; not filling it in says nothing
    // about when this scan was last done. The rule that read it (repeat-scan-yearly-when-not-done)
    // is gone: the yearly scan is a maintenance step that always fires, with the months since
    // this scan as its reason.
    const reasonsOfScan = async (response: PracticeResponse) => {
      const steps = await recommend(scoreResponse(response), response, { asOf, locale: 'en' });
      return steps.find((step) => step.id === 'repeat-scan-yearly')?.reasons ?? [];
    };
    // Version 2.0.0 no longer asks it; a 1.0.0 response that says "no" gets the same reasons.
    const notFilledIn = await reasonsOfScan({
      ...sampleHalfwayV1,
      answers: { ...sampleHalfwayV1.answers, 'yearly-questionnaire': 0 },
    });
    expect(notFilledIn.map((reason) => reason.fact)).toEqual(['monthsSinceCompletion']);
    const old = await reasonsOfScan(responseWith({}, { completedOn: '2025-10-01' }));
    expect(old.map((reason) => [reason.fact, reason.actual])).toEqual([
      ['monthsSinceCompletion', 13],
    ]);
  });

  it('the step towards phase 1 is not advised to a practice that already replaces visits fully', async () => {
    const rule = 'reach-ink-phase-1';
    const stuck = responseWith({ 'digital-replaces-visits': 4, 'digital-contact-scheduled': 0 });
    expect(await inkPhaseOf(stuck)).toBe(0);
    expect(await firedRules(stuck)).not.toContain(rule);
    const starting = responseWith({ 'digital-replaces-visits': 1, 'digital-contact-scheduled': 1 });
    expect(await inkPhaseOf(starting)).toBe(0);
    expect(await firedRules(starting)).toContain(rule);
  });

  it('the step towards phase 3 is not advised to a practice whose informal carers already have access', async () => {
    const rule = 'reach-ink-phase-3';
    const stuck = responseWith({ 'informal-carer-access': 4, 'patient-in-provider-network': 0 });
    expect(await inkPhaseOf(stuck)).toBe(2);
    expect(await firedRules(stuck)).not.toContain(rule);
    const starting = responseWith({ 'informal-carer-access': 1, 'patient-in-provider-network': 1 });
    expect(await inkPhaseOf(starting)).toBe(2);
    expect(await firedRules(starting)).toContain(rule);
  });
});
