/**
 * Where focus goes when it must land on the rounds: the timeline's one tab stop (a mark) or, on the last
 * try or in the list, the rounds container itself (it takes focus programmatically, tabindex -1).
 */
export function roundsFocusTargets(lastTry: boolean): (Element | null)[] {
  const rounds = document.getElementById('rounds');
  const tabStop = rounds?.querySelector('button[tabindex="0"]') ?? null;
  const isList = rounds?.querySelector('table') != null;
  return [tabStop, isList || lastTry ? rounds : null];
}
