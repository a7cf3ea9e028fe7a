/** The port of the fixture server, a different origin from the app under test. */
export const FIXTURE_SERVER_PORT = 4174;
export const FIXTURE_ORIGIN = `http://127.0.0.1:${FIXTURE_SERVER_PORT}`;
