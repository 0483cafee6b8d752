/**
 * The resolver map is merged by a function that refuses duplicates (issue 17): two modules that
 * define the same field, or the same scalar, fail with a message naming the type, the field and
 * both modules; the real map keeps every resolver of every module, unchanged.
 */
import { GraphQLScalarType } from "graphql";
import { describe, expect, it } from "vitest";

import { DuplicateResolverError, mergeResolvers } from "../src/resolvers/mergeResolvers.js";
import { resolverModules, resolvers } from "../src/resolvers/resolvers.js";

const resolve = () => null;
const scalar = (name: string) => new GraphQLScalarType({ name });

describe("mergeResolvers", () => {
  it("merges the fields of a type that several modules define, and keeps every other type", () => {
    const other = () => 1;
    const Date = scalar("Date");
    const merged = mergeResolvers<Record<string, Record<string, unknown> | GraphQLScalarType>>({
      well: { Well: { name: resolve }, Query: { well: resolve } },
      series: { Well: { levels: other }, Date },
    });
    expect(merged).toEqual({ Well: { name: resolve, levels: other }, Query: { well: resolve }, Date });
    expect(merged.Date).toBe(Date);
  });

  it("does not change the modules it merges", () => {
    const well = { Well: { name: resolve } };
    mergeResolvers({ well, series: { Well: { levels: resolve } } });
    expect(well).toEqual({ Well: { name: resolve } });
  });

  it("throws on a field two modules define, naming the type, the field and both modules", () => {
    const merge = () =>
      mergeResolvers({ well: { Well: { name: resolve, depth: resolve } }, asset: { Asset: { url: resolve } }, spring: { Well: { name: resolve } } });
    expect(merge).toThrow(DuplicateResolverError);
    expect(merge).toThrow('Resolver modules "well" and "spring" both define Well.name');
  });

  it("throws on a type two modules define when one gives it whole (a scalar)", () => {
    const merge = () => mergeResolvers({ scalars: { Date: scalar("Date") }, dates: { Date: { serialize: resolve } } });
    expect(merge).toThrow('Resolver modules "scalars" and "dates" both define Date, and one of them gives it whole (not as fields): it cannot be merged');
    expect(() => mergeResolvers({ a: { Date: scalar("Date") }, b: { Date: scalar("Date") } })).toThrow(DuplicateResolverError);
  });

  it("builds the real map with every resolver of every module, the same function at the same place", () => {
    let fields = 0;
    const merged = resolvers as Record<string, unknown>;
    for (const module of Object.values(resolverModules)) {
      for (const [typeName, definition] of Object.entries(module)) {
        if (definition instanceof GraphQLScalarType) {
          expect(merged[typeName]).toBe(definition);
          continue;
        }
        for (const [field, resolver] of Object.entries(definition as Record<string, unknown>)) {
          expect((merged[typeName] as Record<string, unknown>)[field], `${typeName}.${field}`).toBe(resolver);
          fields += 1;
        }
      }
    }
    const mergedFields = Object.values(merged)
      .filter((definition) => !(definition instanceof GraphQLScalarType))
      .reduce<number>((sum, definition) => sum + Object.keys(definition as object).length, 0);
    expect(mergedFields).toBe(fields);
    // Well is assembled from five modules (well, series, asset, field visits, chemistry).
    expect(Object.keys(resolvers.Well ?? {})).toEqual(expect.arrayContaining(["deployments", "groundwaterLevels", "assets", "fieldEvents", "chemistrySummary"]));
  });
});
