/**
 * Next steps chosen by json-rules-engine rules kept as data, each with its reasons, in a deterministic order.
 *
 * @packageDocumentation
 * @module @praktijkscan/recommendations
 */

// Explicit named exports only: the public surface is exactly what is listed here.

export { getRecommendation, recommendations } from './catalog';
export type { Prerequisite, RecommendationStage } from './catalog/stages';
export type { Recommendation } from './catalog/types';
export { RecommendOptionsError } from './engine/errors';
export { recommend } from './engine/recommend';
export type { RatingOverride, Reason, RecommendedStep, RecommendOptions } from './engine/types';
export type { FactValue } from './facts/build';
export { buildFacts } from './facts/build';
export { factNames } from './facts/names';
export { monitoringDates } from './roadmap/monitoring';
export { planRoadmap, roadmapDefaults } from './roadmap/plan-roadmap';
export type {
  AvoidEntry,
  CycleActivity,
  LaterReason,
  LaterStep,
  MonitoringDates,
  Roadmap,
  RoadmapInput,
  RoadmapNote,
  RoadmapQuarter,
  RoadmapStep,
} from './roadmap/types';
export { builtinRules } from './rules/builtin';
export type {
  RecommendationRule,
  RuleConditions,
  RuleLeaf,
  RuleOperator,
  RuleValue,
} from './rules/types';
export { ruleLimits, ruleOperators } from './rules/types';
export type { RuleIssue, RuleVocabulary } from './rules/validate';
export { RuleValidationError, ruleLeaves, validateRules } from './rules/validate';
export { extraRulesSchema, recommendedStepSchema } from './schema';
