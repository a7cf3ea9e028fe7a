import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

/**
 * The architecture's one-way dependencies, enforced by lint (README, "How it is built"):
 * shared pieces (domain, components, hooks, state, url, data-access) ← features ← app.
 * Every rule's message says what to do instead, because it fires first on someone else's new code.
 */

const featuresDir = path.join(import.meta.dirname, 'src/features');
const features = readdirSync(featuresDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const crossFeature =
  'A feature folder never imports another feature. Compose the two in src/app/ (pass data and callbacks as props), ' +
  'or move the shared piece to src/components/ (UI), src/hooks/ (React hooks) or src/domain/ (pure logic).';

/** One zone per feature: files in src/features/X may import from src/features/X only. */
const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: crossFeature,
}));

/** Shared layers sit below features and app: they never import upwards. */
const sharedZones = ['domain', 'components', 'hooks', 'state', 'url', 'data-access', 'i18n'].map((layer) => ({
  target: `./src/${layer}`,
  from: ['./src/features', './src/app'],
  message: `src/${layer}/ is shared code below the features and the app: it must not import them. Move what it needs down into a shared folder.`,
}));

const appZone = {
  target: './src/features',
  from: './src/app',
  message: 'Features are composed in src/app/, never the other way: pass what the feature needs as props.',
};

// Browser-only globals (in the browser's list but not in Node's or the language's): domain code runs anywhere.
const sharedWithNode = new Set([...Object.keys(globals.node), ...Object.keys(globals.es2021)]);
const domOnly = [
  ...Object.keys(globals.browser).filter((name) => !sharedWithNode.has(name)),
  'localStorage',
  'sessionStorage',
  'navigator',
];
const domainMessage =
  'src/domain/ is pure data logic with no DOM: take the value as a parameter, or move the code to src/hooks/ or a feature.';

export const boundaries = [
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // The TypeScript settings of import-x, so the cycle check reads .ts/.tsx files, resolved as tsc does.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...featureZones, ...sharedZones, appZone] }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                '@tanstack/react-query',
                'zustand',
                'zustand/*',
              ],
              message:
                'src/domain/ imports no React: keep it pure functions and types, and put hooks and components in src/hooks/, src/components/ or a feature.',
            },
            { group: ['d3-selection', 'd3-zoom'], message: domainMessage },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domOnly.map((name) => ({ name, message: domainMessage }))],
    },
  },
];
