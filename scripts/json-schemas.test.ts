import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrationMaps, questionnaire } from '@praktijkscan/model';
import { samplePractices } from '@praktijkscan/model/samples';
import { builtinRules, recommend } from '@praktijkscan/recommendations';
import { buildReportData } from '@praktijkscan/report-data';
import { scoreResponse } from '@praktijkscan/scoring';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { schemaFiles as modelSchemas } from '../packages/model/scripts/schemas';
import { schemaFiles as recommendationSchemas } from '../packages/recommendations/scripts/schemas';
import { schemaFiles as reportSchemas } from '../packages/report-data/scripts/schemas';
import { schemaFiles as scoringSchemas } from '../packages/scoring/scripts/schemas';

const packages = {
  model: modelSchemas,
  scoring: scoringSchemas,
  recommendations: recommendationSchemas,
  'report-data': reportSchemas,
};

function shipped(pkg: string, file: string): Record<string, unknown> {
  const path = new URL(`../packages/${pkg}/schemas/${file}`, import.meta.url);
  if (!existsSync(path))
    throw new Error(
      `packages/${pkg}/schemas/${file} is missing: run the build first (npx -y pnpm@10.34.9 build)`,
    );
  return JSON.parse(readFileSync(path, 'utf8'));
}

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
(addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
const validator = (pkg: string, file: string) =>
  ajv.getSchema(shipped(pkg, file).$id as string) ?? ajv.compile(shipped(pkg, file));
const expectValid = (pkg: string, file: string, data: unknown, label: string) => {
  const validate = validator(pkg, file);
  const ok = validate(data);
  expect(ok, `${label}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
};

describe('JSON Schema files', () => {
  it('are current: each shipped file equals what its zod schema gives now', () => {
    for (const [pkg, files] of Object.entries(packages)) {
      for (const { file, schema } of files()) {
        expect(shipped(pkg, file), `packages/${pkg}/schemas/${file} is stale: rebuild`).toEqual(
          JSON.parse(JSON.stringify(schema)),
        );
      }
    }
  });

  it('are valid draft 2020-12 schemas and list what they cannot express', () => {
    for (const [pkg, files] of Object.entries(packages)) {
      for (const { file } of files()) {
        const schema = shipped(pkg, file);
        expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
        expect(ajv.validateSchema(schema), `${pkg}/${file}`).toBe(true);
        expect(String(schema.description)).toMatch(/not expressible here/i);
      }
    }
  });

  it('accept the questionnaire, every sample, every conformance vector, the rules, and report data', async () => {
    expectValid(
      'model',
      'questionnaire.schema.json',
      JSON.parse(JSON.stringify(questionnaire)),
      'questionnaire',
    );
    const vectorsDir = new URL('../packages/scoring/conformance/vectors/', import.meta.url);
    for (const file of readdirSync(vectorsDir)) {
      const vector = JSON.parse(readFileSync(new URL(file, vectorsDir), 'utf8'));
      expectValid('scoring', 'score-result.schema.json', vector.expected, file);
      // response.schema.json is the schema of the current version's responses.
      if (
        vector.questionnaire.id === questionnaire.id &&
        vector.questionnaire.version === questionnaire.version
      )
        expectValid('model', 'response.schema.json', vector.response, file);
    }
    expectValid(
      'recommendations',
      'extra-rules.schema.json',
      JSON.parse(JSON.stringify(builtinRules)),
      'built-in rules',
    );
    for (const map of migrationMaps)
      expectValid(
        'model',
        'migration.schema.json',
        JSON.parse(JSON.stringify(map)),
        'migration map',
      );
    for (const sample of samplePractices) {
      expectValid(
        'model',
        'response.schema.json',
        JSON.parse(JSON.stringify(sample)),
        sample.practiceId,
      );
      const result = scoreResponse(sample);
      expectValid(
        'scoring',
        'score-result.schema.json',
        JSON.parse(JSON.stringify(result)),
        sample.practiceId,
      );
      for (const locale of ['nl', 'en'] as const) {
        const steps = await recommend(result, sample, { asOf: '2026-11-22', locale });
        for (const step of steps)
          expectValid(
            'recommendations',
            'recommendation.schema.json',
            JSON.parse(JSON.stringify(step)),
            step.id,
          );
        const report = buildReportData({
          response: sample,
          result,
          recommendations: steps,
          asOf: '2026-11-22',
          locale,
        });
        expectValid(
          'report-data',
          'report-data.schema.json',
          JSON.parse(JSON.stringify(report)),
          `${sample.practiceId} report`,
        );
      }
    }
  });

  it('accept the report data the demo writes', () => {
    const cli = new URL('../packages/cli/dist/cli.js', import.meta.url);
    if (!existsSync(cli))
      throw new Error('packages/cli/dist/cli.js is missing: run the build first');
    const out = mkdtempSync(join(tmpdir(), 'praktijkscan-demo-'));
    execFileSync(process.execPath, [fileURLToPath(cli), 'demo', '--out', out], { stdio: 'ignore' });
    const report = JSON.parse(readFileSync(join(out, 'report-data.json'), 'utf8'));
    rmSync(out, { recursive: true, force: true });
    expectValid('report-data', 'report-data.schema.json', report, 'demo report data');
    expect(report.meta.practiceId).toBe(samplePractices[1]?.practiceId);
  });

  it('reject what the library rejects', () => {
    const response = validator('model', 'response.schema.json');
    const sample = JSON.parse(JSON.stringify(samplePractices[0]));
    const inventory = questionnaire.items.find((item) => item.scale === 'usage')!.id;
    const strict = questionnaire.items.find(
      (item) => !item.allowsNotApplicable && item.scale === 'agreement',
    )!.id;
    for (const broken of [
      { ...sample, answers: { ...sample.answers, [inventory]: 5 } },
      { ...sample, answers: { ...sample.answers, [strict]: 'na' } },
      { ...sample, answers: { ...sample.answers, 'no-such-item': 1 } },
      { ...sample, completedOn: '01-01-2026' },
      { ...sample, ideas: [{ id: 'a', title: 't', effect: 6, energy: 1 }] },
      { ...sample, bottlenecks: ['too-much-coffee'] },
      { ...sample, extra: true },
    ]) {
      expect(response(broken), JSON.stringify(broken).slice(0, 80)).toBe(false);
    }
    const rules = validator('recommendations', 'extra-rules.schema.json');
    const rule = JSON.parse(JSON.stringify(builtinRules[0]));
    expect(
      rules([
        {
          ...rule,
          conditions: { all: [{ fact: 'overall', operator: 'equal', value: 1, path: '$.x' }] },
        },
      ]),
    ).toBe(false);
    expect(
      rules([{ ...rule, conditions: { not: { fact: 'overall', operator: 'equal', value: 1 } } }]),
    ).toBe(false);
    expect(rules([{ ...rule, priority: 1.5 }])).toBe(false);
  });
});
