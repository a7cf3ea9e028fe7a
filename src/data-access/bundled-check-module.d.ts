/** The bundled dataset's check, made as the app is built (scripts/bundled-check-plugin.ts, build-check.ts). */
declare module 'virtual:parley-bundled-check' {
  const check: import('./build-check.ts').BuildCheck | null;
  export default check;
}
