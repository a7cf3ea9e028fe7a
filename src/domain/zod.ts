import { z } from 'zod';

// Parley is served with a Content-Security-Policy without 'unsafe-eval' (docs/deploying.md). Zod compiles its
// fast object parsers with `new Function` unless told not to, and its probe for that is reported as a CSP
// violation even though the error is caught. Every schema is built from this module, so the setting is in
// force before the first schema exists, in the page and in any worker alike.
z.config({ jitless: true });

export { z };
