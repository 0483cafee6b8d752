/**
 * What callers give the note writes. Contract: changes are partial (an absent field stays; none can
 * be cleared); ids are the API's id strings, parsed by the write; `noteType` is a lexicon
 * `note_type` term. Structurally compatible with the API's input types.
 */
import type { ReleaseStatusValue } from "../vocabulary/enumValues.js";

export interface NewNote {
  /** Exactly one of thingId, locationId, contactId: what the note is about. */
  thingId?: string | null;
  locationId?: string | null;
  contactId?: string | null;
  noteType: string;
  content: string;
  /** DRAFT when absent. */
  releaseStatus?: ReleaseStatusValue | null;
}

export interface NoteChanges {
  noteType?: string | null;
  content?: string | null;
  releaseStatus?: ReleaseStatusValue | null;
}
