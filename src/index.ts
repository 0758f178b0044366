// policylint as a library: read a policy, lint it, write rules for it.
export * from './engine/index.js';
export * from './model/index.js';
export { builtinRules } from '../rules/index.js';
