/**
 * The boilerplate phrase lists moved to src/core/boilerplate/phrases.ts, the rules the page
 * cleanup and the extraction share; this name stays for extraction's imports.
 */
export * from '../boilerplate/phrases.js';
