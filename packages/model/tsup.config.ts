import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.library';

export default defineConfig(
  libraryBuild([
    'src/index.ts',
    'src/samples/index.ts',
    'src/editions/nl.ts',
    'src/editions/en.ts',
  ]),
);
