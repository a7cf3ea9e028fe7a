/**
 * The security headers recommended for a Parley deployment (docs/deploying.md shows the same values, and a
 * test keeps the two alike). `vite preview` sends them, so the end-to-end tests run the app under this policy.
 */

/** Every directive, with why Parley needs no more than this. */
const directives: [string, string][] = [
  // Anything not named below: only Parley's own origin.
  ['default-src', "'self'"],
  // The built scripts are files of the app; there is no inline script and no eval (zod runs jitless).
  ['script-src', "'self'"],
  // Styles are the built CSS file. React and D3 set style properties through the CSSOM (element.style),
  // which CSP does not restrict, so no 'unsafe-inline'.
  ['style-src', "'self'"],
  // blob: is the SVG image drawn onto a canvas for the PNG download; data: covers images inlined in CSS.
  ['img-src', "'self' blob: data:"],
  // ?data= may name a dataset on any https site: a reader can choose the data, the page cannot be made to
  // send anything else. A deployment that loads only its own data can narrow this to 'self' and named hosts.
  ['connect-src', "'self' https:"],
  // Datasets are downloaded and parsed in a module Web Worker loaded from the app's own files; its fetches follow
  // the policy sent with its own file.
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The Content-Security-Policy for a deployment. Framing is open, as the default build is; see embedding.md. */
export const contentSecurityPolicy = directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The headers for every response of a deployment. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/**
 * The headers `vite preview` sends: the deployment's, except that datasets may also come from plain-http
 * loopback servers, as the end-to-end tests' fixture server and a local data server are.
 */
export const previewHeaders: Record<string, string> = {
  ...securityHeaders,
  'Content-Security-Policy': contentSecurityPolicy.replace(
    "connect-src 'self' https:",
    "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  ),
};
