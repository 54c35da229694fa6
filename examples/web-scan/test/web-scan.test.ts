// End-to-end test of the example in real Chromium: build with Vite, serve with `vite preview`,
// fill in a sample practice by clicking, and check what the screen shows against the packages.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Locale, questionnaire, safeParseResponse } from '@praktijkscan/model';
import { sampleStarting, sampleTeam } from '@praktijkscan/model/samples';
import { planRoadmap, recommend } from '@praktijkscan/recommendations';
import { adoptionProfile, quadrantOf, scoreResponse } from '@praktijkscan/scoring';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonPathMarkers } from '../../../bench/support/bundle';
import {
  buildApp,
  exampleDir,
  launchChromium,
  type PreviewServer,
  startPreview,
} from './support/app-server';

const resultsDir = join(exampleDir, 'test-results');
const answers = sampleStarting.answers;
const sections = questionnaire.sections;

/** What the app shows for a score: one decimal, in the locale's notation. */
const shown = (value: number | null, locale: Locale) =>
  value === null ? '–' : locale === 'nl' ? value.toFixed(1).replace('.', ',') : value.toFixed(1);

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Errors the page reported (uncaught exceptions, console errors): none are expected. */
const pageErrors: string[] = [];

async function resultsReady(): Promise<void> {
  await page.waitForSelector('[data-testid="results"][data-state="ready"]', { timeout: 20_000 });
}

async function goToSection(id: string): Promise<void> {
  await page.click(`[data-testid="section-${id}"]`);
  await page.waitForSelector(`section[data-section="${id}"]`);
}

/** axe-core's violations of impact serious or critical on the page as it is. */
async function seriousViolations(): Promise<string[]> {
  return seriousViolationsOn(page);
}

/** axe-core's violations of impact serious or critical on a page as it is. */
async function seriousViolationsOn(page: Page): Promise<string[]> {
  const axeSource = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
    violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[];
  };
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
          .slice(0, 3)
          .map((node) => JSON.stringify(node.target))
          .join(', ')})`,
    );
}

describe('examples/web-scan in Chromium', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    await buildApp();
    server = await startPreview();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  }, 120_000);

  it("is built from the packages' dist, as a vendor builds it, and holds no jsonpath-plus code", () => {
    const assets = new URL('../dist/assets/', import.meta.url);
    const code = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(new URL(file, assets), 'utf8'))
      .join('\n');
    expect(code).toContain('digital-care-vision');
    expect(jsonPathMarkers.filter((marker) => code.includes(marker))).toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('starts in Dutch, with today as the advice date and the first section on screen', async () => {
    await page.goto(server.url);
    await resultsReady();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.textContent('[data-testid="section-heading"]')).toBe(sections[0]?.title.nl);
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(await page.getAttribute('[data-testid="as-of-shown"]', 'datetime')).toBe(today);
    expect(await page.inputValue('#as-of')).toBe(today);
  });

  it('fills in a sample practice by clicking and shows the scores scoreResponse gives', async () => {
    await page.fill('#practice-name', sampleStarting.practiceName ?? '');
    for (const section of sections) {
      await goToSection(section.id);
      for (const item of questionnaire.items.filter((entry) => entry.section === section.id)) {
        const answer = answers[item.id];
        if (answer === undefined) continue;
        await page.click(`#answer-${item.id}-${answer}`);
      }
    }
    await resultsReady();

    const completedOn = await page.inputValue('#completed-on');
    const asOf = (await page.getAttribute('[data-testid="results"]', 'data-as-of')) ?? '';
    const response = {
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      practiceId: await page.inputValue('#practice-id'),
      completedOn,
      answers,
    };
    const expected = scoreResponse(response);
    await expect
      .poll(() => page.textContent('[data-testid="completeness"]'))
      .toBe(`${expected.completeness.answered}/${expected.completeness.applicable}`);
    for (const [aspect, { score, coverage }] of Object.entries(expected.aspects)) {
      const cell = `[data-testid="aspect-score-${aspect}"]`;
      expect(await page.getAttribute(cell, 'data-score'), aspect).toBe(String(score));
      expect(await page.textContent(cell), aspect).toBe(shown(score, 'nl'));
      expect(
        await page.getAttribute(`[data-testid="aspect-coverage-${aspect}"]`, 'data-coverage'),
      ).toBe(String(coverage));
    }
    expect(expected.aspects.safety.score).toBe(scoreResponse(sampleStarting).aspects.safety.score);

    // The use of applications, apart from the scores: per domain asked and over Nivel's seven
    // types, in use of asked as adoptionProfile counts them; each application's answer under it.
    const adoption = adoptionProfile(response);
    const askedDomains = adoption.domains.filter((domain) => domain.asked > 0);
    expect(askedDomains.length).toBeGreaterThan(0);
    for (const counts of [...askedDomains, { ...adoption.nivelTypes, domain: 'nivel-types' }]) {
      const cells = await page
        .locator(`[data-testid="adoption-${counts.domain}"] td`)
        .allTextContents();
      expect(cells, counts.domain).toEqual([
        `${counts.inUse} van ${counts.asked}`,
        String(counts.notApplicable),
        String(counts.missing),
        shown(counts.usageLevel, 'nl'),
      ]);
    }
    expect(adoption.nivelTypes.usageLevel, 'a usage level to compare').not.toBeNull();
    expect(
      await page.locator('[data-testid="adoption"] tbody tr').count(),
      'a row per domain asked about',
    ).toBe(askedDomains.length);
    expect(
      await page
        .locator('[data-testid="adoption"] [data-application]')
        .evaluateAll((items) =>
          items.map((item) => [
            item.getAttribute('data-application'),
            item.getAttribute('data-answer'),
          ]),
        ),
    ).toEqual(
      askedDomains.flatMap((domain) =>
        adoption.applications
          .filter((application) => application.domain === domain.domain)
          .map((application) => [application.applicationType, String(application.answer)]),
      ),
    );

    // The radar has one polygon for the practice, the ladder five rungs with the phase marked.
    expect(await page.locator('[data-testid="radar"] [data-series="practice"]').count()).toBe(1);
    const rungs = page.locator('[data-testid="phase-ladder"] > li');
    expect(await rungs.count()).toBe(5);
    expect(
      await page.getAttribute(`[data-testid="phase-${expected.inkPhase.phase}"]`, 'data-status'),
    ).toBe('current');

    // The roadmap's steps in recommend's order (never-do entries and notes apart), each with its
    // reasons; the focus first.
    const fired = await recommend(expected, response, { asOf, locale: 'nl' });
    const roadmap = planRoadmap({ steps: fired, result: expected, response, asOf, locale: 'nl' });
    const apart = new Set([...roadmap.avoid, ...roadmap.notes].map((entry) => entry.id));
    const steps = fired.filter((step) => !apart.has(step.id));
    expect(steps.length).toBeGreaterThan(0);
    expect(
      await page
        .locator('[data-testid="focus"] > li')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-step'))),
    ).toEqual(roadmap.focus.map((step) => step.id));
    const titles = await page.locator('[data-testid="recommendations"] > li h4').allTextContents();
    expect(titles).toEqual(steps.map((step) => step.title));
    const first = steps[0]!;
    const reasons = await page
      .locator(`[data-testid="recommendation-${first.id}"] .reasons li`)
      .allTextContents();
    expect(reasons).toEqual(first.reasons.map((reason) => reason.text));
  });

  it('can be used with the keyboard alone', async () => {
    const section = sections[1]!;
    await page.focus(`[data-testid="section-${section.id}"]`);
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('section-heading');
    const item = questionnaire.items.find((entry) => entry.section === section.id)!;
    const before = answers[item.id] as number;
    await page.focus(`#answer-${item.id}-${before}`);
    await page.keyboard.press('ArrowRight');
    expect(await page.isChecked(`#answer-${item.id}-${before + 1}`)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await page.isChecked(`#answer-${item.id}-${before}`)).toBe(true);
    // Tab leaves the radio group for the next question.
    await page.keyboard.press('Tab');
    const next = questionnaire.items.filter((entry) => entry.section === section.id)[1]!;
    expect(await page.evaluate('document.activeElement.name')).toBe(`answer-${next.id}`);
    await resultsReady();
  });

  it('keeps everything after a reload', async () => {
    const scoresBefore = await page.locator('[data-testid^="aspect-score-"]').allTextContents();
    await page.reload();
    await resultsReady();
    expect(await page.inputValue('#practice-name')).toBe(sampleStarting.practiceName);
    for (const section of sections) {
      await goToSection(section.id);
      for (const item of questionnaire.items.filter((entry) => entry.section === section.id)) {
        const answer = answers[item.id];
        if (answer === undefined) {
          expect(await page.locator(`input[name="answer-${item.id}"]:checked`).count()).toBe(0);
        } else {
          expect(await page.isChecked(`#answer-${item.id}-${answer}`), item.id).toBe(true);
        }
      }
    }
    expect(await page.locator('[data-testid^="aspect-score-"]').allTextContents()).toEqual(
      scoresBefore,
    );
  });

  it('exports the answers as a valid response file', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-response"]'),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as unknown;
    const parsed = safeParseResponse(exported);
    expect(parsed.success).toBe(true);
    if (parsed.success) {
      expect(parsed.data.answers).toEqual(answers);
      expect(parsed.data.practiceName).toBe(sampleStarting.practiceName);
    }
    expect(download.suggestedFilename()).toMatch(
      /^praktijkscan-mijn-praktijk-\d{4}-\d{2}-\d{2}\.json$/,
    );
  });

  const broken = {
    ...sampleStarting,
    practiceId: '',
    answers: {
      ...sampleStarting.answers,
      'digital-care-vision': 7,
      'practice-goal': 'na',
      'not-a-question': 1,
    },
    ideas: [{ ...sampleStarting.ideas[0]!, effect: 9 }],
  };

  it('shows the errors of a broken response file next to the questions they concern', async () => {
    const scoresBefore = await page.locator('[data-testid^="aspect-score-"]').allTextContents();
    await goToSection(sections[3]!.id);
    const file = join(resultsDir, 'broken-response.json');
    writeFileSync(file, JSON.stringify(broken, null, 2));
    await page.setInputFiles('#import-file', file);
    await page.waitForSelector('[data-testid="import-errors"]');

    const issues = safeParseResponse(broken, { locale: 'nl' });
    expect(issues.success).toBe(false);
    if (issues.success) return;
    const byPointer = new Map(issues.error.issues.map((issue) => [issue.pointer, issue]));
    // The app went to the section of the first question concerned.
    expect(await page.textContent('[data-testid="section-heading"]')).toBe(sections[0]?.title.nl);
    for (const item of ['digital-care-vision', 'practice-goal']) {
      const errors = page.locator(`#question-${item} [data-testid="import-error-${item}"]`);
      expect(await errors.isVisible()).toBe(true);
      expect(await errors.textContent()).toBe(byPointer.get(`/answers/${item}`)?.message);
    }
    // The other problems are in the summary, with their pointers.
    const summary = (await page.textContent('[data-testid="import-errors"]')) ?? '';
    for (const pointer of ['/practiceId', '/ideas/0/effect', '/answers/not-a-question']) {
      expect(summary).toContain(pointer);
      expect(summary).toContain(byPointer.get(pointer)?.message);
    }
    expect(summary).toContain(`${issues.error.issues.length} problemen`);
    // Nothing of the broken file was taken over.
    await resultsReady();
    expect(await page.locator('[data-testid^="aspect-score-"]').allTextContents()).toEqual(
      scoresBefore,
    );
    expect(
      await page.isChecked(`#answer-digital-care-vision-${answers['digital-care-vision']}`),
    ).toBe(true);
  });

  it('switches between Dutch and English', async () => {
    const item = questionnaire.items.find((entry) => entry.id === 'digital-care-vision')!;
    expect(await page.textContent('#question-digital-care-vision legend')).toContain(item.text.nl);
    await page.click('[data-testid="language-en"]');
    await resultsReady();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#question-digital-care-vision legend')).toContain(item.text.en);
    expect(await page.textContent('[data-testid="section-heading"]')).toBe(sections[0]?.title.en);
    expect(await page.textContent('#answer-digital-care-vision-0 + span')).toBe('No / not at all');
    // The import errors are asked of the model again, in English.
    const english = safeParseResponse(broken, { locale: 'en' });
    if (english.success) throw new Error('expected problems');
    const message = english.error.issues.find(
      (issue) => issue.pointer === '/answers/digital-care-vision',
    )?.message;
    expect(await page.textContent('[data-testid="import-error-digital-care-vision"]')).toBe(
      message,
    );
    expect(await page.textContent('[data-testid="aspect-score-safety"]')).toBe(
      shown(scoreResponse(sampleStarting).aspects.safety.score, 'en'),
    );
    // The use of applications in English too: its heading, and "of" between in use and asked.
    expect(await page.textContent('#adoption-heading')).toBe('Use of digital applications');
    expect(await page.textContent('[data-testid="adoption-nivel-types"] th')).toBe(
      "Nivel's seven types of e-health application",
    );
    expect(await page.textContent('[data-testid="adoption-nivel-types"] td')).toMatch(
      /^\d+ of \d+$/,
    );
    const recommendationsEn = await page
      .locator('[data-testid="recommendations"] > li h4')
      .first()
      .textContent();
    await page.click('[data-testid="language-nl"]');
    await resultsReady();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.textContent('#question-digital-care-vision legend')).toContain(item.text.nl);
    expect(
      await page.locator('[data-testid="recommendations"] > li h4').first().textContent(),
    ).not.toBe(recommendationsEn);
  });

  it('puts an added idea in the right cell of the matrix', async () => {
    const ideas = [
      { title: 'Online afspraken plannen', effect: 5, energy: 1, id: 'online-afspraken-plannen' },
      { title: 'Eigen app bouwen', effect: 1, energy: 5, id: 'eigen-app-bouwen' },
    ];
    for (const idea of ideas) {
      await page.fill('[data-testid="idea-title"]', idea.title);
      await page.selectOption('[data-testid="idea-effect"]', String(idea.effect));
      await page.selectOption('[data-testid="idea-energy"]', String(idea.energy));
      await page.click('[data-testid="add-idea"]');
    }
    await resultsReady();
    for (const idea of ideas) {
      const cell = `[data-testid="matrix-${quadrantOf(idea.effect, idea.energy)}"]`;
      await page.waitForSelector(`${cell} [data-testid="matrix-idea-${idea.id}"]`);
      expect(await page.textContent(`${cell} [data-testid="matrix-idea-${idea.id}"]`)).toContain(
        idea.title,
      );
    }
    expect(quadrantOf(5, 1)).toBe('always-do');
    expect(quadrantOf(1, 5)).toBe('never-do');
    await page.reload();
    await resultsReady();
    expect(
      await page
        .locator(
          '[data-testid="matrix-always-do"] [data-testid="matrix-idea-online-afspraken-plannen"]',
        )
        .count(),
    ).toBe(1);
  });

  it("combines several team members' exported files into the team view", async () => {
    const files = sampleTeam.map((member, index) => {
      const path = join(resultsDir, `team-member-${index + 1}.json`);
      writeFileSync(path, JSON.stringify(member));
      return path;
    });
    await page.setInputFiles('#team-files', files.slice(0, 1));
    await page.waitForSelector('[data-testid="team-errors"] [data-code="too-few-responses"]');
    await page.setInputFiles('#team-files', files);
    await page.waitForSelector('[data-testid="team-agenda"]');
    const series = await page
      .locator('[data-testid="team-radar"] [data-series]')
      .evaluateAll((groups) => groups.map((group) => group.getAttribute('data-series')));
    expect(series).toEqual([
      'gp',
      'practice-manager',
      'doctors-assistant-1',
      'doctors-assistant-2',
      'team',
    ]);
    const agenda = await page
      .locator('[data-testid="team-agenda"] > li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-item')));
    expect(agenda).toEqual([
      'team-knowledge-skills',
      'team-tool-agreements',
      'digital-flows-connected',
      'uses-patient-portal',
      'continuity-plan',
    ]);
    expect(await page.locator('[data-testid="team-members"] tbody tr').count()).toBe(4);
    // The practice's own scan on the same page is untouched by the team view.
    expect(await page.locator('[data-testid="radar"] [data-series="practice"]').count()).toBe(1);
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    // With results, ideas and import errors on screen, in both languages.
    await page.setInputFiles('#import-file', join(resultsDir, 'broken-response.json'));
    await page.waitForSelector('[data-testid="import-errors"]');
    await resultsReady();
    expect(await seriousViolations()).toEqual([]);
    await page.click('[data-testid="language-en"]');
    await resultsReady();
    expect(await seriousViolations()).toEqual([]);
    await page.screenshot({ path: join(resultsDir, 'web-scan.png'), fullPage: true });
    const box = await page.locator('[data-testid="results"]').boundingBox();
    if (box) {
      await page.screenshot({
        path: join(resultsDir, 'web-scan-results.png'),
        fullPage: true,
        clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 2600) },
      });
    }
    expect(pageErrors).toEqual([]);
  });

  /**
   * A response that answers few questions and none that carries `gapAspect`: coverage under 50 %,
   * one aspect without a score.
   */
  const gapAspect = 'equity';
  const sparse = (() => {
    const kept = questionnaire.items
      .filter((item) => item.weights[gapAspect] === 0 && answers[item.id] !== undefined)
      .slice(0, 12);
    return {
      ...sampleStarting,
      practiceId: 'dun-ingevuld',
      answers: Object.fromEntries(kept.map((item) => [item.id, answers[item.id]])),
    };
  })();

  /** Elements whose box reaches past the viewport's right edge, and the page's scroll width. */
  async function overflow(layout: Page): Promise<{ scrollWidth: number; wide: string[] }> {
    return layout.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = Array.from(document.querySelectorAll('body *') as ArrayLike<Element>)
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
        })
        .map(
          (element) =>
            `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${Array.from(element.classList as ArrayLike<string>).join('.')} ${Math.round(element.getBoundingClientRect().right)}`,
        );
      return { scrollWidth: document.documentElement.scrollWidth, wide };
    });
  }

  for (const width of [375, 1280]) {
    it(`fits a ${width} px screen: no sideways scroll, a sticky summary, the results in the page`, async () => {
      const scored = scoreResponse(sparse);
      const { answered, applicable } = scored.completeness;
      // As report-data rounds it: one decimal, half up.
      const coverage = Math.floor((2000 * answered + applicable) / (2 * applicable)) / 10;
      expect(scored.aspects[gapAspect].score).toBeNull();
      expect(coverage).toBeLessThan(50);
      const file = join(resultsDir, 'sparse-response.json');
      writeFileSync(file, JSON.stringify(sparse, null, 2));

      const layoutContext = await browser.newContext({
        viewport: { width, height: width < 600 ? 740 : 900 },
        isMobile: width < 600,
        hasTouch: width < 600,
      });
      const layout = await layoutContext.newPage();
      const errors: string[] = [];
      layout.on('pageerror', (error) => errors.push(String(error)));
      try {
        await layout.goto(server.url);
        await layout.setInputFiles('#import-file', file);
        await layout.waitForSelector('[data-testid="results"][data-state="ready"]');
        await expect
          .poll(() => layout.textContent('[data-testid="completeness"]'))
          .toBe(`${scored.completeness.answered}/${scored.completeness.applicable}`);

        // Nothing wider than the screen, so nothing to scroll sideways (the list per application,
        // folded away at first, open).
        await layout.click('[data-testid="adoption"] details > summary');
        expect(await layout.locator('[data-testid="adoption"] [data-application]').count()).toBe(
          adoptionProfile(sparse).applications.length,
        );
        // The adoption table stays inside its panel (at 1280 px the results column is narrow too).
        const adoptionOverhang = await layout.$eval('[data-testid="adoption"]', (panel) => {
          const right = panel.getBoundingClientRect().right;
          return Array.from(panel.querySelectorAll('table, tr, li'))
            .map((element) => element.getBoundingClientRect().right - right)
            .filter((overhang) => overhang > 0.5);
        });
        expect(adoptionOverhang).toEqual([]);
        const { scrollWidth, wide } = await overflow(layout);
        expect(wide).toEqual([]);
        expect(scrollWidth).toBeLessThanOrEqual(width);

        // No scroll box inside the page: the results grow with their content.
        const results = await layout.$eval('[data-testid="results"]', (element) => ({
          overflowY: getComputedStyle(element).overflowY,
          scrollHeight: element.scrollHeight,
          clientHeight: element.clientHeight,
        }));
        expect(['visible', 'clip']).toContain(results.overflowY);
        expect(results.scrollHeight).toBeLessThanOrEqual(results.clientHeight + 1);

        // The sticky summary shows overall, phase and coverage (with its unit), stays at the top
        // while scrolling, and its link leads to the results.
        const percent = shown(coverage, 'nl');
        expect(await layout.textContent('[data-testid="sticky-coverage"]')).toBe(
          `${percent}% beantwoord`,
        );
        expect(await layout.textContent('[data-testid="sticky-overall"]')).toBe(
          shown(scored.overall, 'nl'),
        );
        await layout.mouse.wheel(0, 1500);
        await expect
          .poll(() =>
            layout.$eval('[data-testid="sticky-summary"]', (element) =>
              Math.round(element.getBoundingClientRect().top),
            ),
          )
          .toBe(0);
        await layout.screenshot({ path: join(resultsDir, `web-scan-${width}-top.png`) });
        await layout.click('[data-testid="to-results"]');
        await expect
          .poll(() =>
            layout.$eval('#results-heading', (element) => {
              const box = element.getBoundingClientRect();
              return box.top >= 0 && box.top < window.innerHeight;
            }),
          )
          .toBe(true);
        // The heading the link leads to is not hidden under the sticky summary.
        const headingTop = await layout.$eval(
          '#results-heading',
          (element) => element.getBoundingClientRect().top,
        );
        const stickyBottom = await layout.$eval(
          '[data-testid="sticky-summary"]',
          (element) => element.getBoundingClientRect().bottom,
        );
        const below = headingTop >= stickyBottom;
        expect(below).toBe(true);
        await layout.screenshot({ path: join(resultsDir, `web-scan-${width}-results.png`) });

        // Phase 0 said in words, and the warning under 50 % coverage.
        if (scored.inkPhase.phase === 0) {
          expect(await layout.textContent('[data-testid="ink-phase"]')).toBe('Nog geen fase 1');
          expect(await layout.textContent('[data-testid="no-phase"]')).toContain('1 tot 5');
        }
        expect(await layout.textContent('[data-testid="low-coverage"]')).toContain(`${percent}%`);

        // The radar leaves a gap for the aspect without a score: no line reaches its axis, no
        // point sits on it, and its label says so.
        const practice = '[data-testid="radar"] [data-series="practice"]';
        expect(await layout.locator(`${practice} polygon`).count()).toBe(0);
        expect(
          await layout
            .locator(
              `${practice} line[data-from="${gapAspect}"], ${practice} line[data-to="${gapAspect}"]`,
            )
            .count(),
        ).toBe(0);
        expect(await layout.locator(`${practice} circle[data-axis="${gapAspect}"]`).count()).toBe(
          0,
        );
        expect(await layout.locator(`${practice} circle`).count()).toBe(5);
        expect(
          await layout.getAttribute(
            `[data-testid="radar"] text[data-axis="${gapAspect}"]`,
            'data-gap',
          ),
        ).toBe('true');

        await layout
          .locator('.radar-figure')
          .screenshot({ path: join(resultsDir, `web-scan-${width}-radar.png`) });
        await layout
          .locator('[data-testid="adoption"]')
          .screenshot({ path: join(resultsDir, `web-scan-${width}-adoption.png`) });
        const violations = await seriousViolationsOn(layout);
        expect(violations).toEqual([]);
        await layout.screenshot({
          path: join(resultsDir, `web-scan-${width}.png`),
          fullPage: width > 600,
        });
        expect(errors).toEqual([]);
      } finally {
        await layoutContext.close();
      }
    });
  }

  it('takes bottlenecks, own bottlenecks and a whole improvement form, and exports them', async () => {
    await page.click('[data-testid="language-nl"]');
    await page.check('[data-testid="bottleneck-morning-phone-pressure"]');
    await page.check('[data-testid="bottleneck-unclear-task-division"]');
    await page.fill('[data-testid="own-bottlenecks"]', 'Wachtkamer te vol\n\nPrinter hapert');
    await page.fill('[data-testid="idea-title"]', 'Terugbelverzoek via de website');
    await page.click('.idea-more summary');
    await page.fill('[data-testid="idea-problem"]', 'De telefoon is om acht uur overbelast.');
    await page.fill('[data-testid="idea-involve"]', 'Doktersassistenten');
    await page.selectOption('[data-testid="idea-effect"]', '4');
    await page.selectOption('[data-testid="idea-energy"]', '2');
    await page.click('[data-testid="add-idea"]');
    await resultsReady();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-response"]'),
    ]);
    const parsed = safeParseResponse(JSON.parse(readFileSync(await download.path(), 'utf8')));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.bottlenecks).toEqual(['morning-phone-pressure', 'unclear-task-division']);
    expect(parsed.data.ownBottlenecks).toEqual(['Wachtkamer te vol', 'Printer hapert']);
    const idea = parsed.data.ideas.find(
      (entry) => entry.title === 'Terugbelverzoek via de website',
    );
    expect(idea).toMatchObject({
      problem: 'De telefoon is om acht uur overbelast.',
      involve: 'Doktersassistenten',
      effect: 4,
      energy: 2,
    });
    expect(idea).not.toHaveProperty('size');
  });
});
