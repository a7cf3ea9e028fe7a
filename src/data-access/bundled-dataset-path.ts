/**
 * Where the bundled dataset lives, relative to the app so a sub-path deployment still finds it. A module without
 * imports: the build's config reads it (scripts/bundled-check-plugin.ts), and the dev server restarts whenever a
 * file the config imports is edited.
 */
export const BUNDLED_DATASET_PATH = 'data/russia-ukraine-talks.json';
