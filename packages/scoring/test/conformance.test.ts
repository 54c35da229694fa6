import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Questionnaire } from '@praktijkscan/model';
import { describe, expect, it } from 'vitest';
import {
  type ConformanceVector,
  conformanceQuestionnaires,
  conformanceVectors,
  toFileText,
} from '../scripts/conformance-cases';
import { scoreResponse } from '../src';

const root = new URL('../conformance/', import.meta.url);
const read = (dir: string) =>
  readdirSync(new URL(dir, root))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, text: readFileSync(new URL(`${dir}${file}`, root), 'utf8') }));

const shippedVectors = read('vectors/');
const shippedQuestionnaires = read('questionnaires/');

describe('conformance vectors', () => {
  it('ships at least 60 vectors', () => {
    expect(shippedVectors.length).toBeGreaterThanOrEqual(60);
  });

  it('every shipped vector recomputes to its expected result', () => {
    const questionnaires = new Map(
      shippedQuestionnaires.map(({ text }) => {
        const questionnaire = JSON.parse(text) as Questionnaire;
        return [`${questionnaire.id} ${questionnaire.version}`, questionnaire];
      }),
    );
    for (const { file, text } of shippedVectors) {
      const vector = JSON.parse(text) as ConformanceVector;
      const questionnaire = questionnaires.get(
        `${vector.questionnaire.id} ${vector.questionnaire.version}`,
      );
      expect(questionnaire, file).toBeDefined();
      const actual = scoreResponse(vector.response, {
        questionnaire: questionnaire as Questionnaire,
        ...vector.options,
      });
      expect(actual, file).toEqual(vector.expected);
      expect(JSON.stringify(actual), file).toBe(JSON.stringify(vector.expected));
    }
  });

  it('the shipped files are what the generator writes now (run `pnpm --filter @praktijkscan/scoring conformance` when this fails)', () => {
    expect(shippedVectors.map(({ file, text }) => [file, text])).toEqual(
      conformanceVectors().map(({ file, vector }) => [file, toFileText(vector)]),
    );
    expect(shippedQuestionnaires.map(({ text }) => text)).toEqual(
      [...conformanceQuestionnaires]
        .sort((a, b) => `${a.id}-${a.version}.json`.localeCompare(`${b.id}-${b.version}.json`))
        .map((questionnaire) => toFileText(questionnaire)),
    );
  });

  it('an independent Python re-implementation of SCORING.md agrees on every vector', () => {
    const script = fileURLToPath(new URL('reference.py', root));
    const output = execFileSync('python3', [script], { encoding: 'utf8' });
    expect(output.trim()).toBe(`${shippedVectors.length} agree, 0 differ`);
  });
});
