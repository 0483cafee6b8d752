/**
 * One resolver map from the named resolver modules of the schema, merged per type name.
 *
 * Contract: the result has every type of every module; a type that several modules define gets
 * the fields of all of them. Two modules that define the same field of a type, or the same type
 * when one of them gives it whole (a scalar: anything but a plain object of fields), are a
 * programming error: the merge throws a DuplicateResolverError naming the type, the field and both
 * modules, so that no resolver silently replaces another. The modules are not changed.
 */

/** A resolver module: type names to plain objects of fields, or to a scalar. */
export type ResolverModule = object;

type FieldMap = Record<string, unknown>;

/** Only plain objects are merged field by field; a GraphQLScalarType or any other instance is one value. */
function isFieldMap(value: unknown): value is FieldMap {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export class DuplicateResolverError extends Error {
  constructor(
    readonly typeName: string,
    /** The field both modules define; null when one of them gives the type whole. */
    readonly fieldName: string | null,
    readonly moduleNames: readonly [string, string],
  ) {
    const [first, second] = moduleNames;
    super(
      fieldName === null
        ? `Resolver modules "${first}" and "${second}" both define ${typeName}, and one of them gives it whole (not as fields): it cannot be merged`
        : `Resolver modules "${first}" and "${second}" both define ${typeName}.${fieldName}`,
    );
    this.name = "DuplicateResolverError";
  }
}

export function mergeResolvers<TResolvers extends object>(modules: Readonly<Record<string, ResolverModule>>): TResolvers {
  const merged: Record<string, unknown> = {};
  /** The module that first defined each type ("Type") and each field ("Type.field"). */
  const definedBy = new Map<string, string>();
  for (const [moduleName, module] of Object.entries(modules)) {
    for (const [typeName, definition] of Object.entries(module)) {
      if (definition === undefined) continue;
      const earlier = merged[typeName];
      if (earlier === undefined) {
        merged[typeName] = isFieldMap(definition) ? { ...definition } : definition;
        definedBy.set(typeName, moduleName);
      } else if (!isFieldMap(earlier) || !isFieldMap(definition)) {
        throw new DuplicateResolverError(typeName, null, [definedBy.get(typeName) ?? "?", moduleName]);
      }
      if (!isFieldMap(definition)) continue;
      const fields = merged[typeName] as FieldMap;
      for (const [field, resolver] of Object.entries(definition)) {
        const key = `${typeName}.${field}`;
        const first = definedBy.get(key);
        if (first !== undefined) throw new DuplicateResolverError(typeName, field, [first, moduleName]);
        fields[field] = resolver;
        definedBy.set(key, moduleName);
      }
    }
  }
  return merged as TResolvers;
}
