// The plain NDJSON scorer, the baseline of `praktijkscan batch`: read lines, JSON.parse, the plain
// validator, the plain aspect scores, one output line each, then a count. Bundled by esbuild into
// one file (bench/batch.ts) and run as a child process like the CLI: `node plain-batch.mjs IN OUT`.

import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { questionnaire } from '@praktijkscan/model';
import { compileAspectBaseline } from './baseline-score';
import { compilePlainValidator } from './plain-pipeline';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: plain-batch IN OUT');
const validate = compilePlainValidator(questionnaire);
const score = compileAspectBaseline(questionnaire);
const out = createWriteStream(output);
let line = 0;
let ok = 0;
for await (const text of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
  line += 1;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const record = validate(value)
    ? { line, ok: true, practiceId: value.practiceId, aspects: score(value) }
    : { line, ok: false };
  if (record.ok) ok += 1;
  if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
}
out.end(`${JSON.stringify({ aggregate: { n: ok } })}\n`);
await once(out, 'finish');
