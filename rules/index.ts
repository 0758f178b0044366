// The built-in rules. The engine receives this list; it never imports rules by name.
import type { Rule } from '../src/engine/index.js';
import lastUpdated from './general/last-updated.js';
import placeholderText from './general/placeholder-text.js';

export const builtinRules: readonly Rule[] = [lastUpdated, placeholderText];
