// Rule documentation lives at docs/rules/<id>.md; the URL is derived from the id so the
// two can never disagree (remark-lint's convention).
export const DOCS_BASE_URL = 'https://github.com/policylint/policylint/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
