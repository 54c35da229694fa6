// Writes packages/scoring/conformance/: the vectors and the questionnaires they use.
// Run: npx -y pnpm@10.34.9 --filter @praktijkscan/scoring conformance
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { conformanceQuestionnaires, conformanceVectors, toFileText } from './conformance-cases';

const root = new URL('../conformance/', import.meta.url);
const vectorsDir = new URL('vectors/', root);
const questionnairesDir = new URL('questionnaires/', root);
for (const dir of [vectorsDir, questionnairesDir]) {
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) if (file.endsWith('.json')) rmSync(new URL(file, dir));
}
for (const questionnaire of conformanceQuestionnaires) {
  writeFileSync(
    new URL(`${questionnaire.id}-${questionnaire.version}.json`, questionnairesDir),
    toFileText(questionnaire),
  );
}
const vectors = conformanceVectors();
for (const { file, vector } of vectors)
  writeFileSync(new URL(file, vectorsDir), toFileText(vector));
console.log(
  `wrote ${vectors.length} vectors and ${conformanceQuestionnaires.length} questionnaires`,
);
