/**
 * The CSV engine: the parser (papaparse), the rules, the fixer and the typed-address check, the
 * heavy part of the checker. The panel and the checker page load it on first use (./lazy.ts), not
 * at start-up: most panels never check a file, and every byte of script is compiled before the
 * panel is usable (npm run bench:host, "HTML parsed → its script runs").
 */
export { checkCsv } from './check';
export { buildFixedCsv } from './fix';
export { checkTypedAddresses } from './typed';
