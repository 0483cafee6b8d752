/**
 * Per-request loaders created on first use: a request builds only the loader groups it touches
 * (a point lookup: the thing loaders, not all twelve groups of ~50 DataLoaders).
 *
 * Contract: reading a loader from `lazyLoaders(groups)` gives what reading it from
 * `{ ...groups.a(), ...groups.b(), ... }` would, except that a group's factory runs the first
 * time one of its loaders is read (once per returned object; all loaders of a group are created
 * together, so loaders of one group may share state). Loaders are read-only properties, and
 * `Object.keys` lists only those already read. Loader names must be unique across groups
 * (checked once per process: a duplicate throws). The first call in a process runs every factory
 * once to learn which group holds which name.
 */

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** All loaders of all groups, as one object type. */
export type MergedLoaders<G extends Record<string, () => object>> = UnionToIntersection<ReturnType<G[keyof G]>>;

const GROUPS = Symbol("loader groups");
const MADE = Symbol("loader groups made");

interface LazyHolder {
  [GROUPS]: Record<string, () => object>;
  [MADE]: Map<string, Record<string, unknown>>;
}

/** One prototype per set of group names: a getter per loader name that builds its group. */
const prototypes = new Map<string, object>();

function prototypeFor(groups: Record<string, () => object>): object {
  const signature = Object.keys(groups).join("\u0000");
  const known = prototypes.get(signature);
  if (known) return known;
  const prototype = {};
  const owner = new Map<string, string>();
  for (const [group, make] of Object.entries(groups)) {
    for (const name of Object.keys(make())) {
      const other = owner.get(name);
      if (other !== undefined) throw new Error(`loader "${name}" is created by both "${other}" and "${group}"`);
      owner.set(name, group);
      Object.defineProperty(prototype, name, {
        enumerable: true,
        get(this: LazyHolder) {
          let made = this[MADE].get(group);
          if (!made) {
            made = this[GROUPS][group]?.() as Record<string, unknown>;
            this[MADE].set(group, made);
          }
          const loader = made[name];
          Object.defineProperty(this, name, { value: loader, enumerable: true });
          return loader;
        },
      });
    }
  }
  prototypes.set(signature, prototype);
  return prototype;
}

export function lazyLoaders<G extends Record<string, () => object>>(groups: G): MergedLoaders<G> {
  const holder = Object.create(prototypeFor(groups)) as LazyHolder;
  holder[GROUPS] = groups;
  holder[MADE] = new Map();
  return holder as unknown as MergedLoaders<G>;
}
