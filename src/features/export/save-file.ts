/** Hands a file to the browser's download, under its name; the object URL is freed once the click is done. */
export function saveFile(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click event returns; a moment later it is safe to free.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
