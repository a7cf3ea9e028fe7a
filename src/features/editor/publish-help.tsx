/** How to put a finished dataset on the web and show it: host the file, link it, embed it. */
export function PublishHelp() {
  return (
    <details className="rounded-md border border-slate-300 p-3 text-sm dark:border-slate-700">
      <summary className="cursor-pointer font-semibold">How to publish</summary>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        <li>
          Export the JSON (or keep the spreadsheet) and put the file on any web host that allows other sites
          to read it (CORS): your newsroom’s file server, a GitHub repository served by GitHub Pages, or a
          spreadsheet published to the web as XLSX or CSV.
        </li>
        <li>
          Open Parley with <code className="font-mono">?data=</code> and the file’s address, for example{' '}
          <code className="font-mono break-all">?data=https://example.org/talks.json</code>. Parley checks the
          file and lists any problem by its place in the file.
        </li>
        <li>Use Share and the Embed dialog there to get the link and the code for your article.</li>
      </ol>
    </details>
  );
}
