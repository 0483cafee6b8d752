/** Per-request loader groups created on first use (src/loaders/lazyLoaders.ts). */
import { describe, expect, it } from "vitest";

import { lazyLoaders } from "../src/loaders/lazyLoaders.js";

function counting() {
  const calls = { a: 0, b: 0 };
  const groups = {
    a: () => {
      calls.a += 1;
      const shared = { n: calls.a };
      return { first: { group: "a", shared }, second: { group: "a", shared } };
    },
    b: () => {
      calls.b += 1;
      return { third: { group: "b", n: calls.b } };
    },
  };
  return { calls, groups };
}

describe("lazyLoaders", () => {
  it("builds a group the first time one of its loaders is read, once, and never the groups not read", () => {
    const { calls, groups } = counting();
    const loaders = lazyLoaders(groups);
    const learnt = { ...calls }; // the first object of a process learns the names by building each group once
    expect(loaders.first.group).toBe("a");
    expect(loaders.second.shared).toBe(loaders.first.shared);
    expect(loaders.first).toBe(loaders.first);
    expect(calls).toEqual({ a: learnt.a + 1, b: learnt.b });

    const other = lazyLoaders(groups);
    expect(other.third).toEqual({ group: "b", n: learnt.b + 1 });
    expect(calls).toEqual({ a: learnt.a + 1, b: learnt.b + 1 });
    expect(other.first.shared).not.toBe(loaders.first.shared);
  });

  it("gives every loader of every group, read-only", () => {
    const loaders = lazyLoaders(counting().groups);
    expect([loaders.first.group, loaders.second.group, loaders.third.group]).toEqual(["a", "a", "b"]);
    expect(() => {
      (loaders as Record<string, unknown>).first = null;
    }).toThrow(TypeError);
  });

  it("refuses two groups that create a loader of the same name", () => {
    expect(() => lazyLoaders({ x: () => ({ same: 1 }), y: () => ({ same: 2 }) })).toThrow('loader "same" is created by both "x" and "y"');
  });
});
