import { formatiereProblem, type Problem } from '../fehler.js';

/** The small script that reloads the page when the server announces a new render. */
const NEU_LADEN = `<script>(function(){var v=null;var q=new EventSource('/ereignisse');q.onmessage=function(e){if(v!==null&&e.data!==v){location.reload();}v=e.data;};})();</script>`;

/** Adds the live-reload script to a report page (only in the preview, never in written files). */
export function mitNeuLaden(html: string): string {
  const ende = html.lastIndexOf('</body>');
  return ende === -1 ? `${html}${NEU_LADEN}` : `${html.slice(0, ende)}${NEU_LADEN}${html.slice(ende)}`;
}

/** A German error page listing the problems, shown instead of the report while the data is invalid. */
export function fehlerSeite(titel: string, probleme: Problem[]): string {
  const zeilen = probleme.map((p) => `<li><code>${escapeHtml(formatiereProblem(p))}</code></li>`).join('');
  return [
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Vorschau: Fehler</title>',
    '<style>body{font-family:sans-serif;margin:2em;color:#222}h1{color:#a40000;font-size:1.4em}li{margin:.3em 0}</style></head>',
    `<body><h1>${escapeHtml(titel)}</h1>`,
    zeilen ? `<ul class="probleme">${zeilen}</ul>` : '',
    '<p>Die Seite lädt neu, sobald die Dateien korrigiert sind.</p></body></html>',
  ].join('');
}

/** Escapes text for HTML content and attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (z) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[z] ?? z);
}
