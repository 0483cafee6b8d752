/**
 * The exceedance rule and the unit conversion of chemistry results (ADR 28), as pure functions.
 */
import { describe, expect, it } from "vitest";

import { compareWithLimit, compareWithLimits, isNonDetect } from "../src/domain/chemistry/compareWithLimit.js";
import { convertConcentration } from "../src/domain/chemistry/convertConcentration.js";

describe("convertConcentration", () => {
  it("converts between mass-per-volume units in both directions", () => {
    expect(convertConcentration(12, "μg/L", "mg/L")).toEqual({ ok: true, value: 0.012 });
    expect(convertConcentration(0.01, "mg/L", "μg/L")).toEqual({ ok: true, value: 10 });
    expect(convertConcentration(2500, "ng/L", "μg/L")).toEqual({ ok: true, value: 2.5 });
    expect(convertConcentration(1.5, "g/L", "mg/L")).toEqual({ ok: true, value: 1500 });
    expect(convertConcentration(7, "ppb", "mg/L")).toEqual({ ok: true, value: 0.007 });
  });

  it("reads every spelling of micro and ignores case and spaces", () => {
    for (const unit of ["µg/L", "ug/L", "UG/L", "μg / L"]) expect(convertConcentration(5, unit, "mg/L")).toEqual({ ok: true, value: 0.005 });
  });

  it("keeps a unit's basis: the same basis converts, a missing one takes the other's, different ones are refused", () => {
    expect(convertConcentration(10, "mg/L as N", "μg/L as N")).toEqual({ ok: true, value: 10_000 });
    expect(convertConcentration(10, "mg/L as N", "mg/L")).toEqual({ ok: true, value: 10 });
    expect(convertConcentration(44, "mg/L as NO3", "mg/L as N")).toEqual({
      ok: false,
      reason: "mg/L as NO3 cannot be converted to mg/L as N: different basis (needs a molar mass)",
    });
  });

  it("compares a unit outside the table only with itself", () => {
    expect(convertConcentration(7.4, "dimensionless", "dimensionless")).toEqual({ ok: true, value: 7.4 });
    expect(convertConcentration(350, "μS/cm", "mg/L")).toEqual({ ok: false, reason: "μS/cm cannot be converted to mg/L" });
    expect(convertConcentration(3, "epm", "mg/L")).toEqual({ ok: false, reason: "epm cannot be converted to mg/L" });
  });
});

describe("compareWithLimit", () => {
  const arsenicMcl = { id: 1, value: 0.01, unit: "mg/L" };

  it("exceeds only above the limit, in the limit's unit", () => {
    expect(compareWithLimit({ value: 12, unit: "μg/L" }, arsenicMcl)).toEqual({ comparable: true, exceeds: true, valueInLimitUnit: 0.012, reason: null });
    expect(compareWithLimit({ value: 10, unit: "μg/L" }, arsenicMcl)).toEqual({ comparable: true, exceeds: false, valueInLimitUnit: 0.01, reason: null });
    expect(compareWithLimit({ value: 0.009, unit: "mg/L" }, arsenicMcl).exceeds).toBe(false);
  });

  it("is not comparable without a value or with units that cannot be converted", () => {
    expect(compareWithLimit({ value: null, unit: "mg/L" }, arsenicMcl)).toEqual({ comparable: false, exceeds: null, valueInLimitUnit: null, reason: "no value" });
    expect(compareWithLimit({ value: 400, unit: "μS/cm" }, arsenicMcl)).toEqual({
      comparable: false,
      exceeds: null,
      valueInLimitUnit: null,
      reason: "μS/cm cannot be converted to mg/L",
    });
  });

  it("never lets a non-detect exceed, whatever its reported value", () => {
    expect(compareWithLimit({ value: 20, unit: "μg/L", detectionFlag: "<" }, arsenicMcl)).toEqual({
      comparable: true,
      exceeds: false,
      valueInLimitUnit: 0.02,
      reason: "not detected (<)",
    });
    expect(["<", "ND", "u", " bdl ", "<MDL"].map(isNonDetect)).toEqual([true, true, true, true, true]);
    expect(["J", "E", "", null, undefined].map(isNonDetect)).toEqual([false, false, false, false, false]);
  });
});

describe("compareWithLimits", () => {
  const fluorideSmcl = { id: 7, value: 2, unit: "mg/L" };
  const fluorideMcl = { id: 8, value: 4, unit: "mg/L" };

  it("names the highest limit exceeded", () => {
    const verdict = compareWithLimits({ value: 5000, unit: "μg/L" }, [fluorideSmcl, fluorideMcl]);
    expect(verdict.exceeds).toBe(true);
    expect(verdict.exceededLimit).toBe(fluorideMcl);
    expect(compareWithLimits({ value: 3, unit: "mg/L" }, [fluorideMcl, fluorideSmcl]).exceededLimit).toBe(fluorideSmcl);
  });

  it("ranks limits in different units by how far they are exceeded", () => {
    const inMicrograms = { id: 9, value: 3000, unit: "μg/L" };
    expect(compareWithLimits({ value: 5, unit: "mg/L" }, [fluorideSmcl, inMicrograms]).exceededLimit).toBe(inMicrograms);
  });

  it("is false when every comparable limit is met, null when none is comparable or there are none", () => {
    expect(compareWithLimits({ value: 1, unit: "mg/L" }, [fluorideSmcl, fluorideMcl])).toMatchObject({ exceeds: false, exceededLimit: null });
    expect(compareWithLimits({ value: 1, unit: "epm" }, [fluorideSmcl])).toMatchObject({ exceeds: null, exceededLimit: null });
    expect(compareWithLimits({ value: 1, unit: "mg/L" }, [])).toEqual({ exceeds: null, exceededLimit: null, comparisons: [] });
  });
});
