/** The bundled rounds the template shows as examples: one of each kind (talks, call, exchange). */
export const EXAMPLE_ROUND_IDS = ['riyadh-2025-02-18', 'call-trump-putin-2025-03-18', 'exchange-2025-03-19'];

/** The dataset they are taken from; a test checks the example still matches it. */
export const EXAMPLE_SOURCE_FILE = 'data/russia-ukraine-2025.json';
