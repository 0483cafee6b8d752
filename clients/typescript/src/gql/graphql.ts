/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The unit of a `Length`. */
export type LengthUnit =
  /** International foot (0.3048 m). */
  | 'FOOT'
  /** Inch (0.0254 m). */
  | 'INCH'
  /** Metre. */
  | 'METER';

/**
 * Publication state of a record (lexicon `release_status`). Anonymous callers only ever see
 * PUBLIC and PUBLISHED records.
 */
export type ReleaseStatus =
  /** Archived, kept for the record ("archived"). */
  | 'ARCHIVED'
  /** Work in progress ("draft"); the default for new records. */
  | 'DRAFT'
  /** Reviewed and final ("final"). */
  | 'FINAL'
  /** Not for release ("private"). */
  | 'PRIVATE'
  /** Provisional data, subject to revision ("provisional"). */
  | 'PROVISIONAL'
  /** Released to the public ("public"). */
  | 'PUBLIC'
  /** Published in a report or data release ("published"). */
  | 'PUBLISHED';

export type WellSummaryFragment = { name: string, siteName: string | null, releaseStatus: ReleaseStatus, wellDepth: { value: number, unit: LengthUnit } | null, currentLocation: { latitude: number, longitude: number, elevation: { value: number, unit: LengthUnit } | null } | null, waterLevelStats: { count: number, min: number | null, max: number | null } | null } & { ' $fragmentName'?: 'WellSummaryFragment' };

export type WellPageQueryVariables = Exact<{
  name: string;
  levels: number;
}>;


export type WellPageQuery = { wellByName: (
    { id: string, groundwaterLevels: { totalCount: number, edges: Array<{ node: { measuredAt: string, method: string | null, depthToWater: { value: number, unit: LengthUnit } | null } }> } }
    & { ' $fragmentRefs'?: { 'WellSummaryFragment': WellSummaryFragment } }
  ) | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const WellSummaryFragmentDoc = new TypedDocumentString(`
    fragment WellSummary on Well {
  name
  siteName
  releaseStatus
  wellDepth {
    value
    unit
  }
  currentLocation {
    latitude
    longitude
    elevation {
      value
      unit
    }
  }
  waterLevelStats {
    count
    min
    max
  }
}
    `, {"fragmentName":"WellSummary"}) as unknown as TypedDocumentString<WellSummaryFragment, unknown>;
export const WellPageDocument = new TypedDocumentString(`
    query WellPage($name: String!, $levels: Int!) {
  wellByName(name: $name) {
    id
    ...WellSummary
    groundwaterLevels(first: $levels, order: NEWEST_FIRST) {
      totalCount
      edges {
        node {
          measuredAt
          depthToWater {
            value
            unit
          }
          method
        }
      }
    }
  }
}
    fragment WellSummary on Well {
  name
  siteName
  releaseStatus
  wellDepth {
    value
    unit
  }
  currentLocation {
    latitude
    longitude
    elevation {
      value
      unit
    }
  }
  waterLevelStats {
    count
    min
    max
  }
}`) as unknown as TypedDocumentString<WellPageQuery, WellPageQueryVariables>;