/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment WellSummary on Well {\n    name\n    siteName\n    releaseStatus\n    wellDepth {\n      value\n      unit\n    }\n    currentLocation {\n      latitude\n      longitude\n      elevation {\n        value\n        unit\n      }\n    }\n    waterLevelStats {\n      count\n      min\n      max\n    }\n  }\n": typeof types.WellSummaryFragmentDoc,
    "\n  query WellPage($name: String!, $levels: Int!) {\n    wellByName(name: $name) {\n      id\n      ...WellSummary\n      groundwaterLevels(first: $levels, order: NEWEST_FIRST) {\n        totalCount\n        edges {\n          node {\n            measuredAt\n            depthToWater {\n              value\n              unit\n            }\n            method\n          }\n        }\n      }\n    }\n  }\n": typeof types.WellPageDocument,
};
const documents: Documents = {
    "\n  fragment WellSummary on Well {\n    name\n    siteName\n    releaseStatus\n    wellDepth {\n      value\n      unit\n    }\n    currentLocation {\n      latitude\n      longitude\n      elevation {\n        value\n        unit\n      }\n    }\n    waterLevelStats {\n      count\n      min\n      max\n    }\n  }\n": types.WellSummaryFragmentDoc,
    "\n  query WellPage($name: String!, $levels: Int!) {\n    wellByName(name: $name) {\n      id\n      ...WellSummary\n      groundwaterLevels(first: $levels, order: NEWEST_FIRST) {\n        totalCount\n        edges {\n          node {\n            measuredAt\n            depthToWater {\n              value\n              unit\n            }\n            method\n          }\n        }\n      }\n    }\n  }\n": types.WellPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WellSummary on Well {\n    name\n    siteName\n    releaseStatus\n    wellDepth {\n      value\n      unit\n    }\n    currentLocation {\n      latitude\n      longitude\n      elevation {\n        value\n        unit\n      }\n    }\n    waterLevelStats {\n      count\n      min\n      max\n    }\n  }\n"): typeof import('./graphql.js').WellSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WellPage($name: String!, $levels: Int!) {\n    wellByName(name: $name) {\n      id\n      ...WellSummary\n      groundwaterLevels(first: $levels, order: NEWEST_FIRST) {\n        totalCount\n        edges {\n          node {\n            measuredAt\n            depthToWater {\n              value\n              unit\n            }\n            method\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WellPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
