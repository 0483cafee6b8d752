/**
 * One DataLoader per distinct argument value of a field, created on first use: every parent of one
 * field selection shares the field's arguments, so all of them load in one batch.
 * Contract: two arguments with equal `keyOf` share a loader (and must select the same rows).
 */
import DataLoader from "dataloader";

export function loaderPerArgument<A, K, V>(keyOf: (arg: A) => string, create: (arg: A) => DataLoader<K, V>): (arg: A) => DataLoader<K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (arg) => {
    const key = keyOf(arg);
    const existing = loaders.get(key);
    if (existing) return existing;
    const loader = create(arg);
    loaders.set(key, loader);
    return loader;
  };
}
