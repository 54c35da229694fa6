import { readdirSync, readFileSync } from 'node:fs';
import {
  answerScaleMax,
  applicationTypeIds,
  bottleneckIds,
  digitisationDomainIds,
  igjThemeIds,
  inkPhaseIds,
  nivelStepIds,
  type PracticeResponse,
  pdcaPhaseIds,
  qualityAspectIds,
  questionnaire,
  roleIds,
  seedFiles,
  toolboxStepIds,
} from '@praktijkscan/model';
import { samplePractices } from '@praktijkscan/model/samples';
import { type ScoreResult, scoreResponse } from '@praktijkscan/scoring';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import {
  catalogSteps,
  getCatalogStep,
  getRecommendation,
  recommendationIds,
  recommendations,
} from '../src/catalog';
import { en } from '../src/catalog/en';
import { nl } from '../src/catalog/nl';
import type { Recommendation } from '../src/catalog/types';
import { factNames } from '../src/facts/names';

const seedsDir = new URL('../../../reference/seeds/', import.meta.url);
const rulesDir = new URL('../src/rules/', import.meta.url);

/** Lower case, whitespace runs collapsed to one space: how source phrases are compared. */
const normalize = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

const seedTexts = new Map<string, string>(
  seedFiles.map((file) => [file, normalize(readFileSync(new URL(file, seedsDir), 'utf8'))]),
);

// ── the rules, as kept in src/rules/*.json ────────────────────────────────────────────────────

interface Leaf {
  readonly fact: string;
  readonly operator: string;
  readonly value: unknown;
}
type Conditions = { readonly all: readonly Node[] } | { readonly any: readonly Node[] };
type Node = Leaf | Conditions;
interface Rule {
  readonly name: string;
  readonly priority: number;
  readonly conditions: Conditions;
  readonly event: { readonly type: string; readonly params: { readonly recommendation: string } };
}

const ruleFiles = readdirSync(rulesDir)
  .filter((file) => file.endsWith('.json'))
  .sort();
const rulesByFile = new Map<string, readonly Rule[]>(
  ruleFiles.map((file) => [file, JSON.parse(readFileSync(new URL(file, rulesDir), 'utf8'))]),
);
const rules: readonly Rule[] = [...rulesByFile.values()].flat();

const isLeaf = (node: Node): node is Leaf => 'fact' in node;
const children = (node: Conditions): readonly Node[] => ('all' in node ? node.all : node.any);

function leavesOf(node: Node): Leaf[] {
  return isLeaf(node) ? [node] : children(node).flatMap(leavesOf);
}

function depthOf(node: Node): number {
  return isLeaf(node) ? 0 : 1 + Math.max(0, ...children(node).map(depthOf));
}

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ids: readonly string[] = recommendationIds;

/** The ids a field holds over the whole catalog. */
function served<T>(pick: (recommendation: Recommendation) => readonly T[]): Set<T> {
  return new Set(recommendations.flatMap(pick));
}

function missingFrom<T>(all: readonly T[], have: Set<T>): T[] {
  return all.filter((id) => !have.has(id));
}

function quadrantOf(recommendation: Recommendation): string {
  const highEffect = recommendation.effect >= 3;
  const highEnergy = recommendation.energy >= 3;
  if (highEffect) return highEnergy ? 'do-after-weighing' : 'always-do';
  return highEnergy ? 'never-do' : 'quick-win';
}

// ── the catalog ───────────────────────────────────────────────────────────────────────────────

describe('recommendation catalog', () => {
  it('has at least 30 entries, in the order of recommendationIds', () => {
    expect(recommendations.length).toBeGreaterThanOrEqual(30);
    expect(recommendations.map((recommendation) => recommendation.id)).toEqual([
      ...recommendationIds,
    ]);
  });

  it('has unique kebab-case ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(kebabCase);
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(recommendations)).toBe(true);
    for (const recommendation of recommendations) {
      expect(Object.isFrozen(recommendation)).toBe(true);
      expect(Object.isFrozen(recommendation.title)).toBe(true);
      expect(Object.isFrozen(recommendation.source)).toBe(true);
      expect(Object.isFrozen(recommendation.aspects)).toBe(true);
      expect(Object.isFrozen(recommendation.roles)).toBe(true);
      expect(Object.isFrozen(recommendation.inkPhases)).toBe(true);
    }
  });

  it('looks catalog steps up by id', () => {
    expect(getCatalogStep('map-bottlenecks')?.id).toBe('map-bottlenecks');
    expect(getCatalogStep('no-such-step')).toBeUndefined();
    for (const step of catalogSteps) {
      expect(getCatalogStep(step.id)).toBe(step);
    }
  });

  it('keeps the 0.1.0 names as the very same array and function', () => {
    expect(recommendations).toBe(catalogSteps);
    expect(getRecommendation).toBe(getCatalogStep);
  });

  it('has texts for exactly the catalog ids in both languages', () => {
    expect(Object.keys(nl).sort()).toEqual([...ids].sort());
    expect(Object.keys(en).sort()).toEqual([...ids].sort());
  });

  describe.each(recommendations.map((recommendation) => [recommendation.id, recommendation]))(
    '%s',
    (_id, recommendation) => {
      it('has non-empty Dutch and English texts that differ', () => {
        for (const field of ['title', 'description', 'rationale'] as const) {
          const text = recommendation[field];
          expect(text.nl.trim(), `${field}.nl`).not.toBe('');
          expect(text.en.trim(), `${field}.en`).not.toBe('');
          expect(text.nl, `${field} is the same in nl and en`).not.toBe(text.en);
        }
      });

      it('cites a phrase found in its seed', () => {
        const seed = seedTexts.get(recommendation.source.seed);
        expect(seed, `unknown seed ${recommendation.source.seed}`).toBeDefined();
        expect(recommendation.source.heading.trim()).not.toBe('');
        expect(
          seed?.includes(normalize(recommendation.source.heading)),
          `"${recommendation.source.heading}" not found in ${recommendation.source.seed}`,
        ).toBe(true);
      });

      it('uses only ids of the model', () => {
        expect(pdcaPhaseIds).toContain(recommendation.pdcaPhase);
        expect(nivelStepIds).toContain(recommendation.nivelStep);
        expect(toolboxStepIds).toContain(recommendation.toolboxStep);
        expect(igjThemeIds).toContain(recommendation.igjTheme);
        expect(recommendation.aspects.length).toBeGreaterThanOrEqual(1);
        const lists: ReadonlyArray<readonly [readonly unknown[], readonly unknown[]]> = [
          [recommendation.aspects, qualityAspectIds],
          [recommendation.roles, roleIds],
          [recommendation.bottlenecks, bottleneckIds],
          [recommendation.digitisationDomains, digitisationDomainIds],
          [recommendation.inkPhases, inkPhaseIds],
        ];
        for (const [values, allowed] of lists) {
          expect(new Set(values).size, 'no duplicates').toBe(values.length);
          for (const value of values) expect(allowed).toContain(value);
        }
        expect(recommendation.roles.length).toBeGreaterThanOrEqual(1);
      });

      it('has effect and energy as integers 1..5, and sensible weeks', () => {
        for (const rating of [recommendation.effect, recommendation.energy]) {
          expect(Number.isInteger(rating)).toBe(true);
          expect(rating).toBeGreaterThanOrEqual(1);
          expect(rating).toBeLessThanOrEqual(5);
        }
        for (const weeks of [recommendation.startWithinWeeks, recommendation.evaluateAfterWeeks]) {
          expect(Number.isInteger(weeks)).toBe(true);
          expect(weeks).toBeGreaterThanOrEqual(1);
          expect(weeks).toBeLessThanOrEqual(104);
        }
        expect(typeof recommendation.maintenance).toBe('boolean');
      });
    },
  );

  describe('coverage', () => {
    it('serves every bottleneck', () => {
      const missing = missingFrom(
        bottleneckIds,
        served((r) => r.bottlenecks),
      );
      expect(missing, `bottlenecks served by no recommendation: ${missing.join(', ')}`).toEqual([]);
    });

    it('serves every IGJ theme', () => {
      const missing = missingFrom(
        igjThemeIds,
        served((r) => [r.igjTheme]),
      );
      expect(missing, `IGJ themes served by no recommendation: ${missing.join(', ')}`).toEqual([]);
    });

    it('serves every INK phase 1..5', () => {
      const missing = missingFrom(
        inkPhaseIds,
        served((r) => r.inkPhases),
      );
      expect(missing, `INK phases served by no recommendation: ${missing.join(', ')}`).toEqual([]);
    });

    it('serves every digitisation domain', () => {
      const missing = missingFrom(
        digitisationDomainIds,
        served((r) => r.digitisationDomains),
      );
      expect(
        missing,
        `digitisation domains served by no recommendation: ${missing.join(', ')}`,
      ).toEqual([]);
    });

    it('places recommendations in all four quadrants, at least two in never-do', () => {
      const quadrants = recommendations.map(quadrantOf);
      for (const quadrant of ['always-do', 'do-after-weighing', 'quick-win', 'never-do']) {
        expect(quadrants, `no recommendation in ${quadrant}`).toContain(quadrant);
      }
      expect(quadrants.filter((quadrant) => quadrant === 'never-do').length).toBeGreaterThanOrEqual(
        2,
      );
    });

    it('marks at most four recommendations as maintenance', () => {
      const maintenance = recommendations.filter((recommendation) => recommendation.maintenance);
      expect(maintenance.length).toBeGreaterThanOrEqual(1);
      expect(maintenance.length).toBeLessThanOrEqual(4);
    });
  });
});

// ── the rules ─────────────────────────────────────────────────────────────────────────────────

describe('recommendation rules', () => {
  const facts = new Set(factNames(questionnaire));
  const itemMax = new Map(
    questionnaire.items.map((item) => [`answer.${item.id}`, answerScaleMax(item.scale)]),
  );
  for (const type of applicationTypeIds) {
    const item = questionnaire.items.find((candidate) => candidate.applicationType === type);
    if (item) itemMax.set(`usage.${type}`, answerScaleMax(item.scale));
  }

  it('are kept in several JSON files, each an array of rules', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(3);
    for (const [file, list] of rulesByFile) expect(Array.isArray(list), file).toBe(true);
  });

  it('have unique kebab-case names', () => {
    const names = rules.map((rule) => rule.name);
    const duplicates = names.filter((name, index) => names.indexOf(name) !== index);
    expect(duplicates, 'duplicate rule names').toEqual([]);
    for (const name of names) expect(name, name).toMatch(kebabCase);
  });

  it('keep to the admitted format', () => {
    const operators = [
      'equal',
      'notEqual',
      'lessThan',
      'lessThanInclusive',
      'greaterThan',
      'greaterThanInclusive',
      'in',
      'notIn',
    ];
    for (const rule of rules) {
      expect(Object.keys(rule).sort(), rule.name).toEqual(
        ['conditions', 'event', 'name', 'priority'].sort(),
      );
      expect(Number.isInteger(rule.priority), rule.name).toBe(true);
      expect(rule.priority).toBeGreaterThanOrEqual(1);
      expect(rule.priority).toBeLessThanOrEqual(100);
      expect(rule.event.type, rule.name).toBe('recommend');
      expect(depthOf(rule.conditions), rule.name).toBeLessThanOrEqual(4);
      const leaves = leavesOf(rule.conditions);
      expect(leaves.length, rule.name).toBeGreaterThanOrEqual(1);
      expect(leaves.length, rule.name).toBeLessThanOrEqual(12);
      for (const leaf of leaves) {
        expect(Object.keys(leaf).sort(), rule.name).toEqual(['fact', 'operator', 'value']);
        expect(operators, rule.name).toContain(leaf.operator);
        const value = leaf.value as { fact?: unknown } | null;
        expect(
          value !== null && typeof value === 'object' && 'fact' in value,
          `${rule.name}: no fact reference as value`,
        ).toBe(false);
      }
    }
  });

  it('name only existing recommendations', () => {
    for (const rule of rules) {
      expect(ids, rule.name).toContain(rule.event.params.recommendation);
    }
  });

  it('name every recommendation', () => {
    const named = new Set(rules.map((rule) => rule.event.params.recommendation));
    const missing = ids.filter((id) => !named.has(id));
    expect(missing, `recommendations no rule names: ${missing.join(', ')}`).toEqual([]);
  });

  it('use only facts of questionnaire 1.0.0', () => {
    for (const rule of rules) {
      for (const leaf of leavesOf(rule.conditions)) {
        expect(facts.has(leaf.fact), `${rule.name}: unknown fact ${leaf.fact}`).toBe(true);
      }
    }
  });

  it('compare answers and usage levels with values on the item’s scale, never by equality', () => {
    for (const rule of rules) {
      for (const leaf of leavesOf(rule.conditions)) {
        if (!leaf.fact.startsWith('answer.') && !leaf.fact.startsWith('usage.')) continue;
        // The one comparison by equality allowed: a guard in an `all` that keeps "na" (the region
        // holds no practice visits) from triggering a step.
        if (leaf.operator === 'notEqual' && leaf.value === 'na') {
          expect('all' in rule.conditions, `${rule.name}: the "na" guard is in an all`).toBe(true);
          continue;
        }
        const max = itemMax.get(leaf.fact);
        expect(max, `${rule.name}: ${leaf.fact} has no scale`).toBeDefined();
        expect(typeof leaf.value, `${rule.name}: ${leaf.fact}`).toBe('number');
        expect(leaf.value as number, `${rule.name}: ${leaf.fact}`).toBeGreaterThanOrEqual(0);
        expect(leaf.value as number, `${rule.name}: ${leaf.fact}`).toBeLessThanOrEqual(max ?? 0);
        // "na" must never trigger a step: only the numeric operators, which are false on "na".
        expect(
          ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'],
          `${rule.name}: ${leaf.fact} uses ${leaf.operator}`,
        ).toContain(leaf.operator);
      }
    }
  });
});

// ── how the rules behave on responses ─────────────────────────────────────────────────────────

const completedOn = '2026-06-01';

/** Whole calendar months from one date to a later one (the day of the month counts). */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** The facts of names.ts (see its table), computed from a score result and its response. */
function factsOf(
  result: ScoreResult,
  response: PracticeResponse,
  asOf: string,
  teamItemsToDiscuss: number | null = null,
) {
  const values: Record<string, unknown> = {};
  for (const item of questionnaire.items) {
    values[`answer.${item.id}`] = response.answers[item.id] ?? null;
    if (item.applicationType) {
      values[`usage.${item.applicationType}`] = response.answers[item.id] ?? null;
    }
  }
  for (const type of applicationTypeIds) values[`usage.${type}`] ??= null;
  for (const [prefix, scores] of [
    ['aspect', result.aspects],
    ['section', result.sections],
    ['theme', result.themes],
  ] as const) {
    for (const [id, pair] of Object.entries(scores)) {
      values[`${prefix}.${id}.score`] = pair.score;
      values[`${prefix}.${id}.coverage`] = pair.coverage;
    }
  }
  values.overall = result.overall;
  values.inkPhase = result.inkPhase.phase;
  values['inkPhase.nextProgress'] = result.inkPhase.next?.progress ?? null;
  for (const id of bottleneckIds) values[`bottleneck.${id}`] = response.bottlenecks.includes(id);
  values.ownBottleneckCount = response.ownBottlenecks.length;
  values.ideaCount = response.ideas.length;
  const { answered, applicable } = result.completeness;
  values.completeness =
    applicable === 0 ? null : Math.floor((2000 * answered + applicable) / (2 * applicable)) / 10;
  values.monthsSinceCompletion = monthsBetween(response.completedOn, asOf);
  values.monthsSinceVisit =
    response.lastPracticeVisitOn === undefined
      ? null
      : monthsBetween(response.lastPracticeVisitOn, asOf);
  const own = result.selfAssessment?.score ?? null;
  values.selfAssessmentGap =
    own === null || result.overall === null ? null : Math.round((own - result.overall) * 10) / 10;
  values.teamItemsToDiscuss = teamItemsToDiscuss;
  for (const name of factNames(questionnaire)) {
    if (!(name in values)) throw new Error(`fact ${name} not computed`);
  }
  return values;
}

/** The recommendations the rules fire for one response. */
async function fired(
  response: PracticeResponse,
  asOf = response.completedOn,
  teamItemsToDiscuss: number | null = null,
): Promise<string[]> {
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const rule of rules) engine.addRule(structuredClone(rule) as never);
  const { events } = await engine.run(
    factsOf(scoreResponse(response), response, asOf, teamItemsToDiscuss),
  );
  return [...new Set(events.map((event) => String(event.params?.recommendation ?? '')))].sort();
}

type Answers = Record<string, number | 'na'>;

/** Every answer at its maximum, no bottleneck, a practice visit half a year ago. */
function allMaximum(): PracticeResponse {
  const answers: Answers = {};
  for (const item of questionnaire.items) answers[item.id] = answerScaleMax(item.scale);
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    practiceId: 'test-maximum',
    completedOn,
    lastPracticeVisitOn: '2025-12-01',
    answers,
    bottlenecks: [],
    ownBottlenecks: [],
    ideas: [],
  };
}

function withAnswers(patch: Answers, base = allMaximum()): PracticeResponse {
  return { ...base, answers: { ...base.answers, ...patch } };
}

const maintenanceIds = recommendations
  .filter((recommendation) => recommendation.maintenance)
  .map((recommendation) => recommendation.id);

describe('rules on responses', () => {
  it('fire nothing but maintenance steps on an all-maximum response', async () => {
    const result = await fired(allMaximum());
    expect(result.filter((id) => !maintenanceIds.includes(id))).toEqual([]);
  });

  it('never let "not applicable" trigger a step', async () => {
    const patch: Answers = {};
    for (const item of questionnaire.items) if (item.allowsNotApplicable) patch[item.id] = 'na';
    const result = await fired(withAnswers(patch));
    expect(result.filter((id) => !maintenanceIds.includes(id))).toEqual([]);
  });

  it('can trigger every recommendation', async () => {
    const responses: PracticeResponse[] = [...samplePractices];
    for (const item of questionnaire.items) responses.push(withAnswers({ [item.id]: 0 }));
    for (const id of bottleneckIds) responses.push({ ...allMaximum(), bottlenecks: [id] });
    responses.push({ ...allMaximum(), lastPracticeVisitOn: '2024-01-10' });
    // A large gap between the practice's own judgement and the computed score.
    const low: Answers = {};
    for (const item of questionnaire.items) if (item.scored) low[item.id] = 1;
    responses.push(withAnswers(low));
    // A quarter of the answers left out (completeness below 80).
    const partial = allMaximum();
    const kept = Object.entries(partial.answers).filter((_, index) => index % 4 !== 0);
    responses.push({ ...partial, answers: Object.fromEntries(kept) });

    const triggered = new Set<string>();
    for (const response of responses) for (const id of await fired(response)) triggered.add(id);
    // A team that disagrees on one question (the fact a team scan gives).
    for (const id of await fired(allMaximum(), undefined, 1)) triggered.add(id);
    const never = ids.filter((id) => !triggered.has(id));
    expect(never, `recommendations no response triggers: ${never.join(', ')}`).toEqual([]);
  });

  it.each(samplePractices.map((sample) => [sample.practiceId, sample] as const))(
    'recommend the step to the next INK phase for %s',
    async (_id, sample) => {
      const phaseSteps = [
        'substitute-visits-with-e-consult-and-video',
        'improve-medication-safety-flows',
        'give-informal-carers-portal-access',
        'exchange-data-with-care-partners',
        'share-population-data-regionally',
      ];
      const next = phaseSteps[scoreResponse(sample).inkPhase.phase];
      if (next !== undefined) expect(await fired(sample)).toContain(next);
    },
  );
});
