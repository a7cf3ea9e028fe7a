/**
 * True when a fetched body is a spreadsheet in the template's format rather than JSON: XLSX by its zip
 * signature, CSV by its type or name, or by the template's first line ("[dataset]"). Tiny on purpose: it is
 * in every reader's bundle, and the spreadsheet reader itself loads only when this says yes.
 */
export function isSpreadsheetBody(buffer: ArrayBuffer, contentType: string, url: string): boolean {
  const bytes = new Uint8Array(buffer, 0, Math.min(buffer.byteLength, 16));
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return true;
  if (/spreadsheet|ms-excel|text\/csv/i.test(contentType)) return true;
  const path = url.split(/[?#]/)[0] ?? '';
  if (/\.(xlsx|csv)$/i.test(path) || /[?&]output=(xlsx|csv)\b/i.test(url)) return true;
  const head = new TextDecoder()
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('[dataset]') || head.startsWith('"[dataset]"');
}
