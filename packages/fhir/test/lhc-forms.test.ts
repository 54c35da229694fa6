/// <reference lib="dom" />
import { type PracticeResponse, qualityAspectIds, questionnaire } from '@praktijkscan/model';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { recommend } from '@praktijkscan/recommendations';
import { scoreResponse } from '@praktijkscan/scoring';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/browser/chromium';
import { fhirLinkIds, fhirUrls, fromFhirQuestionnaireResponse, toFhirQuestionnaire } from '../src';
import { r4Errors } from './support/fhir-validators';
import { type LformsServer, startLformsServer } from './support/lforms-server';

// A vendor's SDC form filler, for real: LHC-Forms (npm `lforms`, its prebuilt web component and R4
// support) renders our Questionnaire in Chromium, a person fills in the halfway sample through the
// form, the form's own calculated scores are read from the page, and the QuestionnaireResponse
// LHC-Forms exports is imported and scored.

const lformsVersion = '40.1.3';
const sample = sampleHalfway;
const asOf = '2026-06-01';

/** The sample as the form gives it back: ideas numbered, as no form filler knows our ids. */
const expectedResponse: PracticeResponse = {
  ...sample,
  ideas: sample.ideas.map((idea, index) => ({ ...idea, id: `idea-${index + 1}` })),
};

/** `YYYY-MM-DD` as LHC-Forms' date picker takes it (its default locale is en-US). */
const usDate = (date: string) => `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;
const byId = (id: string) => `[id="${id}"]`;

async function fillDate(page: Page, id: string, date: string) {
  const input = page.locator(`${byId(id)} input`);
  await input.click();
  await input.fill(usDate(date));
  await input.press('Enter');
}

/** Types texts into the form's inputs at once, as the browser does on typing (`input` events). */
async function typeTexts(page: Page, texts: readonly (readonly [string, string])[]) {
  const missing = await page.evaluate((entries) => {
    const notFound: string[] = [];
    for (const [id, value] of entries) {
      const field = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
      if (!field) {
        notFound.push(id);
        continue;
      }
      field.focus();
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      field.blur();
    }
    return notFound;
  }, texts);
  expect(missing).toEqual([]);
}

/** Clicks options (radio buttons, check boxes) at once, as a person clicking quickly would. */
async function clickOptions(page: Page, ids: readonly string[]) {
  const missing = await page.evaluate((all) => {
    const notFound = all.filter((id) => !document.getElementById(id));
    for (const id of all) document.getElementById(id)?.click();
    return notFound;
  }, ids);
  expect(missing).toEqual([]);
}

// LHC-Forms names an element by linkId and the repetitions of its group and of itself:
// `<linkId>/<group repetition>/<item repetition>`, and an option by system and code after that.
// Texts are typed and options clicked in batches: LHC-Forms runs the score expressions after every
// change, and coalesces the changes that come while it runs (one at a time, this fill takes
// minutes on a busy machine).
async function fillSample(page: Page) {
  const ideaField = (name: keyof typeof fhirLinkIds.ideaFields, index: number) =>
    `${fhirLinkIds.ideaFields[name]}/${index + 1}/1`;
  await typeTexts(page, [
    [`${fhirLinkIds.practiceName}/1/1`, sample.practiceName ?? ''],
    [`${fhirLinkIds.practiceId}/1/1`, sample.practiceId],
  ]);
  // A repetition is added with the form's add button, which shows once the last one has content.
  for (const [index, own] of sample.ownBottlenecks.entries()) {
    if (index > 0) await page.locator(byId(`add-${fhirLinkIds.ownBottleneck}/1/${index}`)).click();
    await typeTexts(page, [[`${fhirLinkIds.ownBottleneck}/1/${index + 1}`, own]]);
  }
  for (const [index, idea] of sample.ideas.entries()) {
    if (index > 0) await page.locator(byId(`add-${fhirLinkIds.idea}/${index}`)).click();
    await typeTexts(
      page,
      (['title', 'from', 'team', 'problem', 'size', 'idea', 'yield', 'involve'] as const).flatMap(
        (name) => {
          const value = idea[name];
          return value === undefined ? [] : [[ideaField(name, index), value] as const];
        },
      ),
    );
  }

  await clickOptions(page, [
    ...questionnaire.items.flatMap((item) => {
      const answer = sample.answers[item.id];
      return answer === undefined
        ? []
        : [`${item.id}/1/1|${fhirUrls.answerSystems[item.scale]}|${answer}`];
    }),
    ...sample.bottlenecks.map(
      (id) => `${fhirLinkIds.bottleneck}/1/1|${fhirUrls.bottleneckSystem}|${id}`,
    ),
    ...sample.ideas.flatMap((idea, index) =>
      (['effect', 'energy'] as const).map(
        (name) => `${ideaField(name, index)}|${fhirUrls.ratingSystem}|${idea[name]}`,
      ),
    ),
  ]);

  // Dates through the date picker, as typed.
  await fillDate(page, `${fhirLinkIds.completedOn}/1/1`, sample.completedOn);
  for (const [index, idea] of sample.ideas.entries()) {
    if (idea.date !== undefined) await fillDate(page, ideaField('date', index), idea.date);
  }
}

describe(`LHC-Forms ${lformsVersion} in Chromium: the scan filled in, scored live, exported and imported`, {
  timeout: 120_000,
}, () => {
  let browser: Browser;
  let server: LformsServer;
  let page: Page;
  const outside: string[] = [];

  beforeAll(async () => {
    server = await startLformsServer(toFhirQuestionnaire(questionnaire, { locale: 'nl' }));
    browser = await launchChromium();
    page = await browser.newPage();
    page.setDefaultTimeout(30_000);
    // Everything comes from our server: a request anywhere else is recorded and refused.
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(server.url)) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    await page.goto(server.url);
    await page.evaluate(() => (window as unknown as { formReady: Promise<unknown> }).formReady);
    await fillSample(page);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('runs the version we pinned, and loads nothing from elsewhere', async () => {
    const version = await page.evaluate(
      () => (window as unknown as { LForms: { lformsVersion: string } }).LForms.lformsVersion,
    );
    expect(version).toBe(lformsVersion);
    expect(outside).toEqual([]);
  });

  it('shows the aspect scores and the overall score scoreResponse computes', async () => {
    const result = scoreResponse(sample);
    const shown = async (linkId: string) => page.locator(byId(`${linkId}/1/1`)).inputValue();
    await expect
      .poll(() => shown(fhirLinkIds.overallScore), { timeout: 10_000 })
      .toBe(String(result.overall));
    for (const aspect of qualityAspectIds) {
      // LHC-Forms shows a decimal as JavaScript writes it: 49.3, but 50 for 50.0.
      expect(await shown(fhirLinkIds.aspectScores[aspect])).toBe(
        String(result.aspects[aspect].score),
      );
    }
  });

  it('exports a QuestionnaireResponse that imports as the sample, and scores and recommends alike', async () => {
    const exported = await page.evaluate(() =>
      (
        window as unknown as {
          LForms: { Util: { getFormFHIRData: (type: string, version: string) => unknown } };
        }
      ).LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4'),
    );
    // The vendor's submit step marks the response finished, whatever state the form reports.
    const resource = { ...(exported as object), status: 'completed' };
    const imported = fromFhirQuestionnaireResponse(resource);
    expect(imported).toEqual(expectedResponse);
    expect(scoreResponse(imported)).toEqual(scoreResponse(expectedResponse));
    expect(await recommend(scoreResponse(imported), imported, { asOf, locale: 'nl' })).toEqual(
      await recommend(scoreResponse(sample), sample, { asOf, locale: 'nl' }),
    );
    expect(r4Errors(resource)).toEqual([]);
  });
});
