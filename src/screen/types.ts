// What screening takes for one candidate (a CV, repositories, identities).
import type { DiscoverRequest } from '../discover/types.js';

/** One candidate's inputs. */
export interface CandidateInput {
  /** The report's title (not blind); never scored. Empty: the name on the CV, else `fallbackLabel`, else the CV's file name. */
  label: string;
  /** A title when neither `label` nor a name on the CV is given (rank: the folder name or manifest id). */
  fallbackLabel?: string;
  cv?: string;
  repos: string[];
  /** Git identities for authorship; the CV's addresses and GitHub profile, and every address these identities commit under, are added (portfolio-identity.ts). */
  emails: string[];
  names: string[];
  /** Find more repositories on the candidate's profiles and CV links (src/discover); absent: only `repos`. */
  discover?: DiscoverRequest;
  /** Profile pages (discovery fills it): shown with the CV's links, and masked in blind mode. */
  links?: string[];
}
