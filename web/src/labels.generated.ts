// Generated from src/model by scripts/gen-web-labels.ts (`npm run build:web` runs it): do not edit.

/** Red flags an interviewer can tick on a scorecard, with their titles (src/model/kit.ts INTERVIEW_RED_FLAGS). */
export const INTERVIEW_FLAGS = {"cannot_explain_simply":"Could not explain their own model in plain words","notebook_only":"Described no work beyond notebooks","no_production":"Described no model or service of theirs reaching real users","no_monitoring":"Could not say how a degrading model is or would be detected","no_failure_ownership":"Named no failure of their own, or only blamed others","unbacked_claims":"Claimed experience fell apart under follow-up questions","trusts_ai_output":"Accepts AI or LLM output without checking it"} as const;

/** Red flags of the assessment, with their titles (src/model/ids.ts RED_FLAG_TITLES). */
export const RED_FLAG_TITLES = {"notebook_only":"Notebooks only in the repositories screened","no_deployment":"No deployment in the repositories screened","no_tests":"No Python tests in the repositories screened","no_monitoring":"No drift handling or monitoring in the repositories screened","keyword_cv":"Claims without evidence or context (keyword CV)","hidden_text":"Hidden text in the CV","forked_or_copied":"Code mostly by other identities","web_without_ml":"Web Python without ML in the repositories screened","stale_portfolio":"No recent commits in the repositories screened"} as const;

/** A competency's score when none of its signals is in the repositories screened (src/model/assessment.ts). */
export const NO_EVIDENCE_SCORE = "— (not in the repositories screened)" as const;

/** The fit's caveat when the repositories screened speak to too little of the role (src/model/assessment.ts). */
export const LOW_COVERAGE = "not enough evidence in the repositories screened to score" as const;

/** Signals that support a competency but cannot speak to it alone (src/model/assessment.ts). */
export const SUPPORTING_SIGNALS = ["data_validation"] as const;

/** Overall recommendations, from strong no to strong yes (src/model/scorecard.ts RECOMMENDATIONS). */
export const RECOMMENDATION_ORDER = ["strong-no","no","yes","strong-yes"] as const;
