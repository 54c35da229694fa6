import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerScaleMax, answerScales } from '../src/concepts/answer-scales';
import { applicationTypes } from '../src/concepts/application-types';
import { bottlenecks } from '../src/concepts/bottlenecks';
import { competenceRoles, digitalSkillThemes } from '../src/concepts/competences';
import { digitisationDomains } from '../src/concepts/digitisation-domains';
import { digitisationYields } from '../src/concepts/digitisation-yields';
import {
  answerScaleIds,
  applicationTypeIds,
  bottleneckIds,
  competenceRoleIds,
  digitalSkillThemeIds,
  digitisationDomainIds,
  digitisationYieldIds,
  igjThemeIds,
  inkPhaseIds,
  matrixQuadrantIds,
  nivelStepIds,
  pdcaActivityIds,
  pdcaPhaseIds,
  qualityAspectIds,
  roleIds,
  toolboxStepIds,
  toolChoiceCheckIds,
} from '../src/concepts/ids';
import { igjThemes } from '../src/concepts/igj-themes';
import { inkPhases } from '../src/concepts/ink-phases';
import { matrixQuadrants } from '../src/concepts/matrix-quadrants';
import { nivelSteps } from '../src/concepts/nivel-steps';
import { pdcaActivities, pdcaPhases } from '../src/concepts/pdca-phases';
import { qualityAspects } from '../src/concepts/quality-aspects';
import { roles } from '../src/concepts/roles';
import { toolChoiceChecks } from '../src/concepts/tool-choice-checks';
import { toolboxSteps } from '../src/concepts/toolbox-steps';
import type { Concept } from '../src/concepts/types';
import { seedFiles } from '../src/shared/source';

const seedsDir = new URL('../../../reference/seeds/', import.meta.url);
const sharedSeedsDir = new URL('../../../../shared/seeds/', import.meta.url);

/** Lower case, every run of whitespace as one space: how a source phrase is looked up in a seed. */
function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

const seedTexts = new Map<string, string>(
  seedFiles.map((file) => [file, normalize(readFileSync(new URL(file, seedsDir), 'utf8'))]),
);

/** Every concept array with the id list it must follow. */
const conceptLists: ReadonlyArray<{
  readonly name: string;
  readonly items: readonly Concept<string | number>[];
  readonly ids: readonly (string | number)[];
}> = [
  { name: 'qualityAspects', items: qualityAspects, ids: qualityAspectIds },
  { name: 'inkPhases', items: inkPhases, ids: inkPhaseIds },
  { name: 'matrixQuadrants', items: matrixQuadrants, ids: matrixQuadrantIds },
  { name: 'igjThemes', items: igjThemes, ids: igjThemeIds },
  { name: 'pdcaPhases', items: pdcaPhases, ids: pdcaPhaseIds },
  { name: 'pdcaActivities', items: pdcaActivities, ids: pdcaActivityIds },
  { name: 'nivelSteps', items: nivelSteps, ids: nivelStepIds },
  { name: 'toolboxSteps', items: toolboxSteps, ids: toolboxStepIds },
  { name: 'digitisationDomains', items: digitisationDomains, ids: digitisationDomainIds },
  { name: 'applicationTypes', items: applicationTypes, ids: applicationTypeIds },
  { name: 'roles', items: roles, ids: roleIds },
  { name: 'digitalSkillThemes', items: digitalSkillThemes, ids: digitalSkillThemeIds },
  { name: 'digitisationYields', items: digitisationYields, ids: digitisationYieldIds },
  { name: 'competenceRoles', items: competenceRoles, ids: competenceRoleIds },
  { name: 'bottlenecks', items: bottlenecks, ids: bottleneckIds },
  { name: 'toolChoiceChecks', items: toolChoiceChecks, ids: toolChoiceCheckIds },
];

/** Whether a value and everything it holds is frozen. */
function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return (
    Object.isFrozen(value) &&
    Object.values(value as Record<string, unknown>).every((child) => isDeepFrozen(child))
  );
}

describe.each(conceptLists)('$name', ({ name, items, ids }) => {
  it('follows the id list, in order', () => {
    expect(items.map((item) => item.id)).toEqual([...ids]);
  });

  it('is frozen all the way down', () => {
    expect(isDeepFrozen(items)).toBe(true);
  });

  it('has a Dutch and an English label and description for every entry', () => {
    for (const item of items) {
      const where = `${name} ${item.id}`;
      expect(item.label.nl.trim(), `${where}: nl label`).not.toBe('');
      expect(item.label.en.trim(), `${where}: en label`).not.toBe('');
      expect(item.description.nl.trim(), `${where}: nl description`).not.toBe('');
      expect(item.description.en.trim(), `${where}: en description`).not.toBe('');
      expect(item.description.nl, `${where}: nl description equals en`).not.toBe(
        item.description.en,
      );
    }
  });

  it('names a source phrase that occurs in its seed', () => {
    for (const item of items) {
      const { seed, heading } = item.source;
      const text = seedTexts.get(seed);
      expect(text, `${name} ${item.id}: unknown seed '${seed}'`).toBeDefined();
      expect(heading.trim(), `${name} ${item.id}: empty source phrase`).not.toBe('');
      expect(
        text?.includes(normalize(heading)),
        `${name} ${item.id}: phrase '${heading}' not found in ${seed}`,
      ).toBe(true);
    }
  });
});

describe('inkPhases', () => {
  it('has an emphasis in both languages and one to two years per phase', () => {
    for (const phase of inkPhases) {
      expect(phase.emphasis.nl.trim(), `ink phase ${phase.id}: nl emphasis`).not.toBe('');
      expect(phase.emphasis.en.trim(), `ink phase ${phase.id}: en emphasis`).not.toBe('');
      expect(phase.minimumYears).toBe(1);
      expect(phase.typicalYears).toBe(2);
    }
  });
});

describe('matrixQuadrants', () => {
  it('has flags consistent with the rank', () => {
    const expected = {
      1: { highEffect: true, highEnergy: false, planned: true },
      2: { highEffect: true, highEnergy: true, planned: true },
      3: { highEffect: false, highEnergy: false, planned: true },
      4: { highEffect: false, highEnergy: true, planned: false },
    } as const;
    for (const quadrant of matrixQuadrants) {
      const { highEffect, highEnergy, planned } = quadrant;
      expect({ highEffect, highEnergy, planned }, quadrant.id).toEqual(expected[quadrant.rank]);
    }
    expect(matrixQuadrants.map((quadrant) => quadrant.rank)).toEqual([1, 2, 3, 4]);
  });

  it('uses the labels of the verbeterformat', () => {
    expect(matrixQuadrants.map((quadrant) => quadrant.label.nl)).toEqual([
      'Altijd doen',
      'Uitvoeren na afweging',
      'Quick win',
      'Nooit doen',
    ]);
  });
});

describe('toolboxSteps', () => {
  it('puts steps 1-4 in the start-up stage and 5-7 in the scale-up stage', () => {
    for (const step of toolboxSteps) {
      expect(step.stage, `toolbox step ${step.id}`).toBe(step.id <= 4 ? 'start-up' : 'scale-up');
    }
  });

  it('ties steps to the IGJ themes the toolbox names', () => {
    expect(toolboxSteps.map((step) => step.igjTheme)).toEqual([
      'governance',
      'governance',
      'patient-participation',
      undefined,
      'adoption',
      undefined,
      'network-data-exchange',
    ]);
    expect('igjTheme' in (toolboxSteps[3] ?? {})).toBe(false);
  });
});

describe('applicationTypes', () => {
  it('puts every type in an existing digitisation domain', () => {
    const domainIds = new Set<string>(digitisationDomainIds);
    for (const type of applicationTypes) {
      expect(domainIds.has(type.domain), `${type.id}: unknown domain '${type.domain}'`).toBe(true);
    }
  });

  it("marks exactly Nivel's seven types", () => {
    expect(applicationTypes.filter((type) => type.nivelType).map((type) => type.id)).toEqual([
      'patient-portal',
      'e-consultation',
      'health-information',
      'telemonitoring',
      'self-help-programmes',
      'provider-communication',
      'measuring-equipment',
    ]);
  });
});

describe('pdcaPhases', () => {
  it('gives every phase at least one activity and all four roles', () => {
    for (const phase of pdcaPhases) {
      expect(phase.activities.length, `pdca phase ${phase.id}`).toBeGreaterThan(0);
      expect(phase.roles).toEqual([...roleIds]);
    }
  });

  it('covers every activity exactly once, in order', () => {
    const grouped = pdcaPhases.flatMap((phase) => phase.activities.map((activity) => activity.id));
    expect(grouped).toEqual([...pdcaActivityIds]);
  });

  it('shares the activity objects with the flat list', () => {
    const grouped = pdcaPhases.flatMap((phase) => phase.activities);
    grouped.forEach((activity, index) => {
      expect(activity).toBe(pdcaActivities[index]);
    });
  });
});

describe('answerScales', () => {
  it('follows the id list, in order', () => {
    expect(answerScales.map((scale) => scale.id)).toEqual([...answerScaleIds]);
  });

  it('has the maxima of the scoring method', () => {
    expect(answerScales.map((scale) => scale.max)).toEqual([4, 1, 4]);
    for (const scale of answerScales) {
      expect(answerScaleMax(scale.id)).toBe(scale.max);
    }
  });

  it('labels every value 0..max in both languages', () => {
    for (const scale of answerScales) {
      expect(scale.label.nl.trim()).not.toBe('');
      expect(scale.label.en.trim()).not.toBe('');
      expect(scale.values.map((value) => value.value)).toEqual(
        Array.from({ length: scale.max + 1 }, (_, value) => value),
      );
      for (const value of scale.values) {
        expect(value.label.nl.trim(), `${scale.id} ${value.value}: nl`).not.toBe('');
        expect(value.label.en.trim(), `${scale.id} ${value.value}: en`).not.toBe('');
      }
    }
  });

  it('uses the Dutch labels of the agreement scale', () => {
    expect(answerScales[0]?.values.map((value) => value.label.nl)).toEqual([
      'Nee / helemaal niet',
      'In beperkte mate',
      'Deels',
      'Grotendeels',
      'Ja, volledig',
    ]);
  });

  it('is frozen all the way down', () => {
    expect(isDeepFrozen(answerScales)).toBe(true);
  });
});

describe('vendored seeds', () => {
  it('are byte-identical to the shared seeds, where those are present', () => {
    if (!existsSync(sharedSeedsDir)) return;
    const shared = readdirSync(sharedSeedsDir).sort();
    expect(shared.length).toBeGreaterThan(0);
    for (const file of shared) {
      const vendored = new URL(file, seedsDir);
      expect(existsSync(vendored), `reference/seeds/${file} is missing`).toBe(true);
      const same = readFileSync(new URL(file, sharedSeedsDir)).equals(readFileSync(vendored));
      expect(same, `reference/seeds/${file} differs from the shared seed`).toBe(true);
    }
  });
});
