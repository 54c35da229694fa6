import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type Answer,
  checkMigrationMap,
  findQuestionnaireStructure,
  MigrationError,
  type MigrationMap,
  migrateResponse,
  migrationMapSchema,
  migrationMaps,
  parseResponse,
  ResponseValidationError,
} from '../src';
import { samplePracticesV1 } from '../src/samples';

const v1 = findQuestionnaireStructure('praktijkscan', '1.0.0');
const v2 = findQuestionnaireStructure('praktijkscan', '2.0.0');
if (!v1 || !v2) throw new Error('questionnaires 1.0.0 and 2.0.0 must be published');
const [map] = migrationMaps;
if (!map) throw new Error('no migration map');

const withItems = (items: MigrationMap['items']): MigrationMap => ({ ...map, items });

describe('the migration map 1.0.0 → 2.0.0', () => {
  it('passes its schema and maps every 1.0.0 item to items of 2.0.0 on the same scale', () => {
    for (const shipped of migrationMaps) {
      const result = migrationMapSchema.safeParse(shipped);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      const from = findQuestionnaireStructure(shipped.questionnaire, shipped.from);
      const to = findQuestionnaireStructure(shipped.questionnaire, shipped.to);
      expect(from && to && checkMigrationMap(shipped, from, to)).toEqual([]);
    }
  });

  it('fails a map that leaves an item unmapped, names an unknown item or target, or changes a scale', () => {
    const { 'digital-care-vision': _left, ...rest } = map.items;
    expect(checkMigrationMap(withItems(rest), v1, v2).map((problem) => problem.code)).toEqual([
      'unmapped-item',
    ]);
    expect(
      checkMigrationMap(
        withItems({ ...map.items, 'no-such-item': { kind: 'carried' } }),
        v1,
        v2,
      )[0],
    ).toMatchObject({ code: 'unknown-item', path: ['items', 'no-such-item'] });
    expect(
      checkMigrationMap(
        withItems({ ...map.items, 'learning-time': { kind: 'carried', to: 'no-such-item' } }),
        v1,
        v2,
      )[0],
    ).toMatchObject({ code: 'unknown-target', path: ['items', 'learning-time'] });
    expect(
      checkMigrationMap(
        withItems({ ...map.items, 'continuity-plan': { kind: 'carried', to: 'workload-effect' } }),
        v1,
        v2,
      ).map((problem) => problem.code),
    ).toContain('scale-mismatch');
    expect(
      checkMigrationMap(
        withItems({ ...map.items, 'learning-time': { kind: 'carried', to: 'practice-goal' } }),
        v1,
        v2,
      ).map((problem) => problem.code),
    ).toContain('target-twice');
    // "na" can cross a split only where both questions allow it.
    expect(
      checkMigrationMap(
        withItems({
          ...map.items,
          'chain-data-exchange': {
            kind: 'split',
            into: ['exchange-agreements'],
            notApplicableCarried: true,
            note: { nl: 'x', en: 'x' },
          },
        }),
        v1,
        v2,
      ),
    ).toMatchObject([
      {
        code: 'not-applicable-not-allowed',
        path: ['items', 'chain-data-exchange', 'notApplicableCarried'],
      },
      {
        code: 'not-applicable-not-allowed',
        path: ['items', 'chain-data-exchange', 'notApplicableCarried'],
      },
    ]);
    expect(
      migrationMapSchema.safeParse(withItems({ x: { kind: 'split', into: [] } } as never)).success,
    ).toBe(false);
  });

  it('leaves no 2.0.0 item answered by two carried items, and says why for every split or drop', () => {
    for (const migration of Object.values(map.items)) {
      if (migration.kind === 'split' || migration.kind === 'dropped') {
        expect(migration.note.nl.length).toBeGreaterThan(20);
        expect(migration.note.en.length).toBeGreaterThan(20);
      }
    }
  });
});

describe('migrateResponse', () => {
  it('migrates the three 1.0.0 samples to responses that parse against 2.0.0', () => {
    for (const sample of samplePracticesV1) {
      const { response, changes } = migrateResponse(sample, { to: '2.0.0' });
      expect(response.questionnaire).toEqual({ id: 'praktijkscan', version: '2.0.0' });
      expect(parseResponse(JSON.parse(JSON.stringify(response)))).toEqual(response);
      expect(response.practiceId).toBe(sample.practiceId);
      expect(response.ideas).toEqual(sample.ideas);
      expect(changes.length).toBeGreaterThan(0);
      for (const change of changes) {
        expect(change.text.nl).toContain(change.item);
        expect(change.text.en).toContain(change.item);
        expect(change.text.nl).not.toBe(change.text.en);
      }
    }
  });

  it('describes merges, splits and drops in words, with the answer merged', () => {
    const sample = samplePracticesV1[1];
    const { response, changes } = migrateResponse(sample, { to: '2.0.0' });
    const before = sample?.answers ?? {};
    const merged = changes.find((change) => change.item === 'patient-digital-skills');
    const expected = Math.max(
      ...(['patient-support', 'patient-digital-skills'] as const)
        .map((id) => before[id])
        .filter((value): value is number => typeof value === 'number'),
    );
    expect(merged).toMatchObject({ kind: 'merged', into: ['patient-support'], after: expected });
    expect(response.answers['patient-support']).toBe(expected);
    expect(changes.find((change) => change.item === 'password-management')).toMatchObject({
      kind: 'dropped',
      into: [],
    });
    const split = changes.find((change) => change.item === 'chain-data-exchange');
    expect(split).toMatchObject({ kind: 'split', into: ['exchange-agreements'] });
    expect(split?.text.en).toContain('cannot be carried over');
    expect(split?.text.nl).toContain('kan niet worden overgenomen');
  });

  it('carries "na" across a split where it means the same: the region holds no practice visits', () => {
    // The halfway practice's region holds no visits: 1.0.0 said so with "na" on the feedback
    // question, and 2.0.0's question on the region's support allows the same "na".
    const sample = samplePracticesV1[1];
    expect(sample?.answers['practice-visit-feedback']).toBe('na');
    const { response, changes } = migrateResponse(sample, { to: '2.0.0' });
    expect(response.answers['practice-visit-support']).toBe('na');
    const visit = changes.find((change) => change.item === 'practice-visit-feedback');
    expect(visit).toMatchObject({ kind: 'split', into: ['practice-visit-support'], after: 'na' });
    expect(visit?.text.en).toContain('"not applicable" means the same there');
    expect(visit?.text.nl).toContain('‘niet van toepassing’ betekent daar hetzelfde');
    // Any other answer is not carried: the new question stays open.
    const answered = { ...sample, answers: { ...sample?.answers, 'practice-visit-feedback': 1 } };
    const open = migrateResponse(answered as typeof sample, { to: '2.0.0' }).response;
    expect(open.answers['practice-visit-support']).toBeUndefined();
  });

  it('returns a response already at the target unchanged, with no changes', () => {
    const migrated = migrateResponse(samplePracticesV1[0], { to: '2.0.0' }).response;
    const again = migrateResponse(migrated, { to: '2.0.0' });
    expect(again.response).toEqual(migrated);
    expect(again.changes).toEqual([]);
  });

  it('answers an unknown target, a downgrade or no target with a typed error naming the field', () => {
    const sample = samplePracticesV1[0];
    const attempt = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const unknown = attempt(() => migrateResponse(sample, { to: '9.0.0' }));
    expect(unknown).toBeInstanceOf(MigrationError);
    expect((unknown as MigrationError).issues).toMatchObject([
      { code: 'unknown-target-version', path: ['to'], pointer: '/to' },
    ]);
    const migrated = migrateResponse(sample, { to: '2.0.0' }).response;
    const downgrade = attempt(() => migrateResponse(migrated, { to: '1.0.0' }));
    expect((downgrade as MigrationError).issues).toMatchObject([
      { code: 'downgrade', path: ['to'] },
    ]);
    const none = attempt(() => migrateResponse(sample, {} as never));
    expect((none as MigrationError).issues).toMatchObject([
      { code: 'invalid-options', path: ['to'] },
    ]);
    const invalid = attempt(() => migrateResponse({ practiceId: 1 }, { to: '2.0.0' }));
    expect(invalid).toBeInstanceOf(ResponseValidationError);
    expect(String((unknown as Error).message).length).toBeLessThan(500);
  });
});

describe('migrateResponse, over generated 1.0.0 responses', () => {
  const answerArbitrary = (item: (typeof v1.items)[number]): fc.Arbitrary<Answer | undefined> =>
    fc.oneof(
      fc.constant(undefined),
      fc.integer({ min: 0, max: item.scale === 'yes-no' ? 1 : 4 }),
      ...(item.allowsNotApplicable ? [fc.constant('na' as const)] : []),
    );
  const responseArbitrary = fc.tuple(...v1.items.map(answerArbitrary)).map((values) => ({
    questionnaire: { id: 'praktijkscan', version: '1.0.0' },
    practiceId: 'practice-generated',
    completedOn: '2025-03-01',
    answers: Object.fromEntries(
      v1.items.flatMap((item, index) =>
        values[index] === undefined ? [] : [[item.id, values[index]] as const],
      ),
    ),
  }));

  test.prop([responseArbitrary])('is deterministic', (response) => {
    expect(migrateResponse(response, { to: '2.0.0' })).toEqual(
      migrateResponse(structuredClone(response), { to: '2.0.0' }),
    );
  });

  test.prop([responseArbitrary])('gives a response that parses against 2.0.0', (response) => {
    const migrated = migrateResponse(response, { to: '2.0.0' }).response;
    expect(parseResponse(JSON.parse(JSON.stringify(migrated)))).toEqual(migrated);
  });

  test.prop([responseArbitrary])('keeps the value of every carried answer', (response) => {
    const migrated = migrateResponse(response, { to: '2.0.0' }).response;
    for (const [id, migration] of Object.entries(map.items)) {
      if (migration.kind !== 'carried') continue;
      const before = (response.answers as Record<string, Answer>)[id];
      expect(migrated.answers[migration.to ?? id], id).toBe(before);
    }
  });

  test.prop([responseArbitrary])('invents no answer for a split or new item', (response) => {
    const migrated = migrateResponse(response, { to: '2.0.0' }).response;
    const received = new Set(
      Object.entries(map.items).flatMap(([id, migration]) =>
        migration.kind === 'carried'
          ? [migration.to ?? id]
          : migration.kind === 'merged'
            ? [migration.into]
            : [],
      ),
    );
    // Only "na" crosses a split marked notApplicableCarried ("our region holds no visits").
    const notApplicableFrom = new Map(
      Object.entries(map.items).flatMap(([id, migration]) =>
        migration.kind === 'split' && migration.notApplicableCarried
          ? migration.into.map((into) => [into, id] as const)
          : [],
      ),
    );
    for (const item of v2.items) {
      if (received.has(item.id)) continue;
      const source = notApplicableFrom.get(item.id);
      const expected =
        source !== undefined && (response.answers as Record<string, Answer>)[source] === 'na'
          ? 'na'
          : undefined;
      expect(migrated.answers[item.id], item.id).toBe(expected);
    }
  });

  test.prop([responseArbitrary])('changes nothing when run twice', (response) => {
    const once = migrateResponse(response, { to: '2.0.0' }).response;
    const twice = migrateResponse(once, { to: '2.0.0' });
    expect(twice.response).toEqual(once);
    expect(twice.changes).toEqual([]);
  });
});
