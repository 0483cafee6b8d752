/**
 * Release statuses under which a record may be served to anonymous callers: "public" and
 * "published" (stored `release_status` terms). Every other status (draft, provisional, final,
 * archived, private) and any term added later is unreleased until listed here.
 */
import { releaseStatusValues, type ReleaseStatusValue } from "../vocabulary/enumValues.js";

export const RELEASED_STATUSES: readonly ReleaseStatusValue[] = [releaseStatusValues.PUBLIC, releaseStatusValues.PUBLISHED];
