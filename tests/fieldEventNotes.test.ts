/** The notes of a field event: labelled lines of the writers, then free text (fieldEventNotes.ts). */
import { describe, expect, it } from "vitest";

import { readFieldEventNotes, writeFieldEventNotes } from "../src/domain/fieldWork/fieldEventNotes.js";

describe("field event notes", () => {
  it("reads the labelled lines of every writer and gives the text back unchanged", () => {
    const texts = [
      "Observer initials: AO\nEnvironmental conditions: Rainy, muddy conditions",
      "Field staff: A. Lopez",
      "Observer initials: AO\nEnvironmental conditions: Dry\nGate locked\nDog on site",
      "Gate locked",
    ];
    expect(texts.map(readFieldEventNotes)).toEqual([
      { fieldStaff: { label: "Observer initials", value: "AO" }, environmentalConditions: "Rainy, muddy conditions", remarks: null },
      { fieldStaff: { label: "Field staff", value: "A. Lopez" }, environmentalConditions: null, remarks: null },
      { fieldStaff: { label: "Observer initials", value: "AO" }, environmentalConditions: "Dry", remarks: "Gate locked\nDog on site" },
      { fieldStaff: null, environmentalConditions: null, remarks: "Gate locked" },
    ]);
    for (const text of texts) expect(writeFieldEventNotes(readFieldEventNotes(text))).toBe(text);
  });

  it("keeps a label inside free text as free text, and gives null for no parts", () => {
    expect(readFieldEventNotes("Gate locked\nField staff: not a label here")).toEqual({
      fieldStaff: null,
      environmentalConditions: null,
      remarks: "Gate locked\nField staff: not a label here",
    });
    expect(readFieldEventNotes(null)).toEqual({ fieldStaff: null, environmentalConditions: null, remarks: null });
    expect(writeFieldEventNotes({})).toBeNull();
    expect(writeFieldEventNotes({ environmentalConditions: "Windy", remarks: "ok" })).toBe("Environmental conditions: Windy\nok");
  });
});
