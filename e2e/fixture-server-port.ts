/**
 * The port of the fixture server, a different origin from the app under test. PARLEY_FIXTURE_PORT moves it,
 * so that several checkouts can run their end-to-end tests side by side on one machine.
 */
export const FIXTURE_SERVER_PORT = Number(process.env.PARLEY_FIXTURE_PORT ?? 4174);
export const FIXTURE_ORIGIN = `http://127.0.0.1:${FIXTURE_SERVER_PORT}`;
