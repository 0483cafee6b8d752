/**
 * The "source" of one field of a record (`wellDepthSource`, `completionDateSource`, ...), from its
 * provenance rows (ADR.md, "Well page: field sources ..."): the newest row for the field decides;
 * its `sourceType` (an `origin_source` term) when set, else its free-text `sourceReference`, else
 * null.
 */
export interface ProvenanceLike {
  fieldName: string | null;
  sourceType: string | null;
  sourceReference: string | null;
}

/** `rows` newest first. */
export function provenanceSource(rows: readonly ProvenanceLike[], fieldName: string): string | null {
  const row = rows.find((r) => r.fieldName === fieldName);
  return row ? (row.sourceType ?? row.sourceReference ?? null) : null;
}
