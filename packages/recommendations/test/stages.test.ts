import { readFileSync } from 'node:fs';
import { seedFiles } from '@praktijkscan/model';
import { describe, expect, it } from 'vitest';
import { recommendationIds, recommendations } from '../src/catalog';
import { recommendationStages } from '../src/catalog/stages';

const seedsDir = new URL('../../../reference/seeds/', import.meta.url);
const normalize = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
const seedTexts = new Map<string, string>(
  seedFiles.map((file) => [file, normalize(readFileSync(new URL(file, seedsDir), 'utf8'))]),
);
const found = (source: { seed: string; heading: string }) =>
  seedTexts.get(source.seed)?.includes(normalize(source.heading)) ?? false;

describe('catalog stages and prerequisites', () => {
  it('give every catalog entry a stage, and no other id', () => {
    expect(Object.keys(recommendationStages).sort()).toEqual([...recommendationIds].sort());
    for (const recommendation of recommendations)
      expect(recommendation.stage).toBe(recommendationStages[recommendation.id as never]);
  });

  it.each(recommendations.map((entry) => [entry.id, entry] as const))(
    '%s: its stage is found in the seed passage it cites, and follows its INK phases',
    (_id, entry) => {
      expect(found(entry.stage.phaseSource), JSON.stringify(entry.stage.phaseSource)).toBe(true);
      for (const prerequisite of entry.stage.after)
        expect(found(prerequisite.source), JSON.stringify(prerequisite.source)).toBe(true);
      // A step that helps reach phase p is sensible once phase p - 1 is reached.
      if (entry.inkPhases.length > 0)
        expect(entry.stage.afterPhase).toBe(Math.min(...entry.inkPhases) - 1);
      // A start-up passage places a step at the start; a scale-up passage after phase 1.
      if (entry.stage.phaseSource.heading.includes('start up-fase'))
        expect(entry.stage.afterPhase).toBe(0);
      if (entry.stage.phaseSource.heading.includes('scale up-fase'))
        expect(entry.stage.afterPhase).toBeGreaterThanOrEqual(1);
    },
  );

  it('name only prerequisites that exist, never themselves, never a note', () => {
    for (const entry of recommendations) {
      for (const prerequisite of entry.stage.after) {
        expect(recommendationIds as readonly string[]).toContain(prerequisite.id);
        expect(prerequisite.id).not.toBe(entry.id);
        expect(recommendationStages[prerequisite.id].kind).toBe('step');
      }
    }
  });

  it('have no cycle', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === 'done') return;
      expect(state.get(id), `cycle: ${[...path, id].join(' -> ')}`).not.toBe('visiting');
      state.set(id, 'visiting');
      for (const prerequisite of recommendationStages[
        id as never as keyof typeof recommendationStages
      ].after)
        visit(prerequisite.id, [...path, id]);
      state.set(id, 'done');
    };
    for (const id of recommendationIds) visit(id, []);
    expect(state.size).toBe(recommendationIds.length);
  });

  it('mark the notes about the scan itself, and only those', () => {
    expect(
      recommendations.filter((entry) => entry.stage.kind === 'note').map((entry) => entry.id),
    ).toEqual(['close-self-assessment-gap', 'complete-missing-answers']);
  });
});
