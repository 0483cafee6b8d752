/**
 * What callers give the group writes (structurally the API's `CreateGroupInput` and
 * `UpdateGroupInput`): `groupType` a lexicon term, ids the API's decimal strings (checked by the write).
 */
import type { ReleaseStatusValue } from "../vocabulary/enumValues.js";

/** A new group, optionally under a parent and with initial members. */
export interface NewGroup {
  name: string;
  description?: string | null;
  groupType?: string | null;
  parentGroupId?: string | null;
  /** DRAFT when absent. */
  releaseStatus?: ReleaseStatusValue | null;
  thingIds?: readonly string[] | null;
}

/** Changes to a group: an omitted field stays, null clears it (not allowed for name and release status); a null parent makes it top-level. */
export interface GroupChanges {
  name?: string | null;
  description?: string | null;
  groupType?: string | null;
  parentGroupId?: string | null;
  releaseStatus?: ReleaseStatusValue | null;
}
