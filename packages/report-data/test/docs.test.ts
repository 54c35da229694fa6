import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docsPath, exampleReport } from '../scripts/docs-example';

describe('docs/report-data.md', () => {
  it('shows the current output for the advanced sample (run `pnpm --filter @praktijkscan/report-data docs:example` when this fails)', async () => {
    const docs = readFileSync(docsPath, 'utf8');
    // The formatter may reflow the JSON, so compare what it says, not how it is laid out.
    const block = /<!-- example:start -->\s*```json\n([\s\S]*?)\n```\s*<!-- example:end -->/.exec(
      docs,
    );
    expect(block, 'the example block between the markers').not.toBeNull();
    expect(JSON.parse(block?.[1] ?? 'null')).toEqual(await exampleReport());
  });
});
