// Discovery: from a CV or profile names to the repositories worth scanning (docs/discover.md).
export type * from './types.js';
export { discover, DEFAULT_MAX_REPOS, type DiscoverInput } from './discover.js';
export { discoverSettingsFromEnv, defaultCacheDir, DEFAULT_API, type DiscoverSettings, type ServiceSettings } from './settings.js';
export { renderDiscoveryMarkdown, renderDiscoveryTerminal, profileProblems } from './render.js';
export { POINTS } from './choose.js';
