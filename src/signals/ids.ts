// The signal ids of ../shared/signals.md, in its order, and the areas: defined
// in src/model (shared by every layer). A conformance test (catalogue.test.ts)
// checks this list, the registry and the detector files against signals.md.
export { AREA_TITLES, AREAS, Area, SIGNAL_IDS, SignalId } from '../model/ids.js';
