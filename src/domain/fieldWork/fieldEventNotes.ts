/**
 * The notes of a field event as the writers compose them: labelled lines first ("Observer
 * initials: AB" from recordGroundwaterLevel, "Field staff: ..." from the water-level import,
 * "Environmental conditions: ..."), then free text.
 *
 * Contract: `writeFieldEventNotes(readFieldEventNotes(text))` gives `text` back for every text
 * these writers produce; labelled lines are recognised only before the first free-text line, so
 * free text that happens to start with a label stays free text. Empty parts are left out; no
 * parts at all give null.
 */

export interface FieldEventNotes {
  /** Who was in the field, with the label it was written under; personal data. */
  fieldStaff: { label: FieldStaffLabel; value: string } | null;
  environmentalConditions: string | null;
  /** Free text, or null. */
  remarks: string | null;
}

export type FieldStaffLabel = "Observer initials" | "Field staff";

const STAFF_LABELS: readonly FieldStaffLabel[] = ["Observer initials", "Field staff"];
const CONDITIONS_LABEL = "Environmental conditions";

export function readFieldEventNotes(text: string | null): FieldEventNotes {
  const notes: FieldEventNotes = { fieldStaff: null, environmentalConditions: null, remarks: null };
  if (text === null) return notes;
  const lines = text.split("\n");
  let i = 0;
  for (; i < lines.length; i += 1) {
    const line = lines[i] ?? "";
    const staff = STAFF_LABELS.find((label) => line.startsWith(`${label}: `));
    if (staff && notes.fieldStaff === null) notes.fieldStaff = { label: staff, value: line.slice(staff.length + 2) };
    else if (line.startsWith(`${CONDITIONS_LABEL}: `) && notes.environmentalConditions === null) {
      notes.environmentalConditions = line.slice(CONDITIONS_LABEL.length + 2);
    } else break;
  }
  const rest = lines.slice(i).join("\n");
  notes.remarks = rest === "" ? null : rest;
  return notes;
}

/** The notes text of `notes`; an omitted part is absent. */
export function writeFieldEventNotes(notes: Partial<FieldEventNotes>): string | null {
  const lines: string[] = [];
  if (notes.fieldStaff?.value) lines.push(`${notes.fieldStaff.label}: ${notes.fieldStaff.value}`);
  if (notes.environmentalConditions) lines.push(`${CONDITIONS_LABEL}: ${notes.environmentalConditions}`);
  if (notes.remarks) lines.push(notes.remarks);
  return lines.length > 0 ? lines.join("\n") : null;
}
