// The engine's public surface: the rule API (for rule authors) and the linter.
export * from './types.js';
export { docsUrl } from './docs-url.js';
export { detectJurisdictions, type JurisdictionFinding } from './jurisdictions.js';
export { findNoCollectionDeclaration } from './processing.js';
export { DIRECTIVE_RULE_ID, INTERNAL_ERROR, lintDocument, resolveJurisdictions, type LintOptions } from './linter.js';
