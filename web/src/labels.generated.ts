// Generated from src/model by scripts/gen-web-labels.ts (`npm run build:web` runs it): do not edit.

/** Red flags an interviewer can tick on a scorecard, with their titles (src/model/kit.ts INTERVIEW_RED_FLAGS). */
export const INTERVIEW_FLAGS = {"cannot_explain_simply":"Could not explain their own model in plain words","notebook_only":"No work beyond notebooks","no_production":"Never took a model or service to real users","no_monitoring":"Could not say how a degrading model is or would be detected","no_failure_ownership":"Named no failure of their own, or only blamed others","unbacked_claims":"Claimed experience fell apart under follow-up questions","trusts_ai_output":"Accepts AI or LLM output without checking it"} as const;

/** Overall recommendations, from strong no to strong yes (src/model/scorecard.ts RECOMMENDATIONS). */
export const RECOMMENDATION_ORDER = ["strong-no","no","yes","strong-yes"] as const;
