/**
 * Internal values of the GraphQL enums: the lexicon terms stored in the database.
 *
 * Contract: one entry per GraphQL enum value, and every value is a term of the named lexicon
 * category (tests check both directions against the seeded lexicon). Resolvers and the database
 * only ever see the stored term; clients only ever see the enum name.
 */
export const thingTypeValues = {
  WATER_WELL: "water well",
  SPRING: "spring",
  PERENNIAL_STREAM: "perennial stream",
  EPHEMERAL_STREAM: "ephemeral stream",
  METEOROLOGICAL_STATION: "meteorological station",
} as const;

export const releaseStatusValues = {
  DRAFT: "draft",
  PROVISIONAL: "provisional",
  FINAL: "final",
  PUBLISHED: "published",
  ARCHIVED: "archived",
  PUBLIC: "public",
  PRIVATE: "private",
} as const;

export const reviewStatusValues = {
  APPROVED: "approved",
  NOT_REVIEWED: "not reviewed",
} as const;

/** The stored value of a `ThingType` (a `thing_type` lexicon term). */
export type ThingTypeValue = (typeof thingTypeValues)[keyof typeof thingTypeValues];
/** The stored value of a `ReleaseStatus` (a `release_status` lexicon term). */
export type ReleaseStatusValue = (typeof releaseStatusValues)[keyof typeof releaseStatusValues];
/** The stored value of a `ReviewStatus` (a `review_status` lexicon term). */
export type ReviewStatusValue = (typeof reviewStatusValues)[keyof typeof reviewStatusValues];

/** Lexicon category of each enum, for validation against the lexicon. */
export const enumCategories = {
  ThingType: { category: "thing_type", values: thingTypeValues },
  ReleaseStatus: { category: "release_status", values: releaseStatusValues },
  ReviewStatus: { category: "review_status", values: reviewStatusValues },
} as const;
