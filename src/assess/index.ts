export { assessCandidate, ADVISORY, type AssessInput } from './assess.js';
export { loadRoleFile, parseRoleProfile, templateNames, templatePath, normalisedWeights, RoleProfile } from './role-profile.js';
export { loadCompetencyData } from './weights.js';
export type * from './types.js';
export { COMPETENCY_IDS, RED_FLAG_IDS, RUNGS } from './types.js';
