/**
 * The boilerplate matchers moved to src/core/boilerplate/match.ts, the rules the page cleanup and
 * the extraction share; this name stays for extraction's imports.
 */
export * from '../boilerplate/match.js';
