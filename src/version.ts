/** Analyser version: part of every cache key, so a new version re-parses. */
export const VERSION = '0.2.0';
