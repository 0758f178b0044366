// Escaping for the formats that embed policy text: a policy is untrusted input, and its
// text must show as text in every report, never as markup.

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Text for one Markdown table cell: `|` and line breaks would end the cell or the row, and
 * HTML in a policy must show as text, not render.
 */
export function markdownCell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|[\r\n]/g, '<br>');
}

/** Only plain web addresses become links; anything else could carry a script or break out of the syntax. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s()<>|\\"'`]+$/.test(url);
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 problems (1 error, 2 warnings, 0 infos)", or "no problems": every format's count. */
export function problemCounts(r: { errorCount: number; warningCount: number; infoCount: number }): string {
  const total = r.errorCount + r.warningCount + r.infoCount;
  if (total === 0) return 'no problems';
  return `${plural(total, 'problem')} (${plural(r.errorCount, 'error')}, ${plural(r.warningCount, 'warning')}, ${plural(r.infoCount, 'info')})`;
}
