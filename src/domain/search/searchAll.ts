/**
 * The search behind `Query.search`: sites (name, site name, alternate ids), contacts (name,
 * organization, emails, phone numbers, addresses) and assets (name, label, storage path), ranked.
 *
 * Contract: ONE parameterised SQL statement whatever the query; user input never becomes SQL
 * text. Each searchable field of a record scores
 *   weight × (tier + trigram similarity(field, query)),
 * tier 4 = the whole field equals the query (ignoring case), 3 = the field starts with it,
 * 2 = full-text match of whole words (PostgreSQL 'simple' configuration, websearch syntax; on
 *     names, site names, organizations, labels and addresses),
 * 1 = the field contains it, 0 = only a similar spelling (pg_trgm `%`);
 * weight 1 for names and labels, 0.95 for alternate ids and organizations, 0.9 for the rest.
 * A record scores its best field; hits come best first, then by label, group and id. A query that
 * looks like a phone number (digits, spaces, + - ( ) .; at least 4 digits) also matches phone
 * numbers by their digits. A record without emails, phones or addresses is found like any other.
 * Only records the viewer may see are searched (src/domain/visibility): for a viewer without a
 * role only released sites, contacts and assets; without the personal-data capability a contact is
 * found by its organization only, never by a person's name, email, phone or address, and its label
 * is its organization (or "Contact <id>").
 */
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import type { Viewer } from "../visibility/viewer.js";
import { personalDataSql, releasedSql, visibleThingSql } from "../visibility/visibilitySql.js";
import { thingTypeValues } from "../vocabulary/enumValues.js";
import { escapeLike } from "../shared/escapeLike.js";
import type { SearchRequest } from "./parseSearchRequest.js";
import type { SearchGroupName, SearchHitModel } from "./searchHit.js";

interface SearchRow {
  kind: "thing" | "contact" | "asset";
  id: number;
  group: SearchGroupName;
  label: string;
  description: string | null;
  score: number;
}

/** The digits of a query that looks like (part of) a phone number, else null. */
export function phoneDigitsOf(text: string): string | null {
  if (!/^[+\d\s().-]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, "");
  return digits.length >= 4 ? digits : null;
}

/** The one statement of a search (exported for plan inspection). */
export function searchSql(request: SearchRequest, viewer: Viewer): Prisma.Sql {
  const q = request.text;
  const personal = personalDataSql(viewer);
  const released = (column: string) => releasedSql(viewer, Prisma.raw(column));
  const contains = `%${escapeLike(q)}%`;
  const prefix = `${escapeLike(q)}%`;
  const digits = phoneDigitsOf(q);
  return Prisma.sql`
    WITH docs AS (
      -- Every arm has exactly the output types, so that PostgreSQL flattens the UNION ALL and
      -- pushes the match conditions into each arm, where the trigram indexes (migration
      -- search_indexes) and full-text indexes (search_fulltext_indexes) apply. The words column marks
      -- the multi-word fields that full-text matching serves; on the others (single tokens such
      -- as ids, emails, paths) substring and similarity matching cover it.
      SELECT 'thing'::text AS kind, t.id, t.name::text AS text, 1.0::float8 AS weight, true AS words FROM thing t
        WHERE ${released("t.release_status")}
      UNION ALL SELECT 'thing'::text, t.id, t.site_name::text, 0.9::float8, true FROM thing t
        WHERE t.site_name IS NOT NULL AND ${released("t.release_status")}
      UNION ALL SELECT 'thing'::text, l.thing_id, l.alternate_id::text, 0.95::float8, false FROM thing_id_link l
        WHERE ${visibleThingSql(viewer, Prisma.sql`l.thing_id`)}
      UNION ALL SELECT 'contact'::text, c.id, c.name::text, 1.0::float8, true FROM contact c
        WHERE c.name IS NOT NULL AND ${personal} AND ${released("c.release_status")}
      UNION ALL SELECT 'contact'::text, c.id, c.organization::text, 0.95::float8, true FROM contact c
        WHERE c.organization IS NOT NULL AND ${released("c.release_status")}
      UNION ALL SELECT 'contact'::text, e.contact_id, e.email::text, 0.9::float8, false FROM email e WHERE ${personal}
      UNION ALL SELECT 'contact'::text, p.contact_id, p.phone_number::text, 0.9::float8, false FROM phone p WHERE ${personal}
      UNION ALL SELECT 'contact'::text, a.contact_id,
        concat_ws(' ', a.address_line_1, a.address_line_2, a.city, a.state, a.postal_code), 0.9::float8, true FROM address a
        WHERE ${personal}
      UNION ALL SELECT 'asset'::text, s.id, s.name::text, 1.0::float8, false FROM asset s WHERE ${released("s.release_status")}
      UNION ALL SELECT 'asset'::text, s.id, s.label::text, 1.0::float8, true FROM asset s
        WHERE s.label IS NOT NULL AND ${released("s.release_status")}
      UNION ALL SELECT 'asset'::text, s.id, s.storage_path::text, 0.9::float8, false FROM asset s WHERE ${released("s.release_status")}
    ),
    matched AS (
      SELECT kind, id, weight * (
          CASE
            WHEN lower(text) = lower(${q}::text) THEN 4
            WHEN text ILIKE ${prefix}::text THEN 3
            WHEN words AND to_tsvector('simple', text) @@ websearch_to_tsquery('simple', ${q}::text) THEN 2
            WHEN text ILIKE ${contains}::text THEN 1
            ELSE 0
          END + similarity(text, ${q}::text)
        ) AS score
      FROM docs
      WHERE text ILIKE ${contains}::text
         OR text % ${q}::text
         OR (words AND to_tsvector('simple', text) @@ websearch_to_tsquery('simple', ${q}::text))
      UNION ALL
      SELECT 'contact'::text, p.contact_id, 0.9::float8 * (
          CASE WHEN d.digits IN (${digits}::text, '1' || ${digits}::text) THEN 4 ELSE 1 END
          + similarity(d.digits, ${digits}::text)
        )
      FROM phone p CROSS JOIN LATERAL (SELECT regexp_replace(p.phone_number, '[^0-9]', '', 'g') AS digits) d
      WHERE ${digits}::text IS NOT NULL AND strpos(d.digits, ${digits}::text) > 0 AND ${personal}
    ),
    best AS (
      SELECT kind, id, max(score) AS score FROM matched GROUP BY kind, id
    ),
    hits AS (
      SELECT b.kind, b.id, b.score::float8 AS score,
        CASE b.kind
          WHEN 'thing' THEN CASE t.thing_type
            WHEN ${thingTypeValues.WATER_WELL}::text THEN 'WELLS'
            WHEN ${thingTypeValues.SPRING}::text THEN 'SPRINGS'
            ELSE 'STATIONS' END
          WHEN 'contact' THEN 'CONTACTS'
          ELSE 'ASSETS'
        END AS "group",
        CASE b.kind
          WHEN 'thing' THEN t.name
          WHEN 'contact' THEN coalesce(CASE WHEN ${personal} THEN c.name END, c.organization, 'Contact ' || c.id)
          ELSE coalesce(s.label, s.name)
        END AS label,
        nullif(CASE b.kind
          WHEN 'thing' THEN concat_ws(' · ', t.thing_type, t.site_name)
          WHEN 'contact' THEN concat_ws(' · ', c.role, CASE WHEN ${personal} AND c.name IS NOT NULL THEN c.organization END)
          ELSE concat_ws(' · ', s.mime_type, s.storage_path)
        END, '') AS description
      FROM best b
      LEFT JOIN thing t ON b.kind = 'thing' AND t.id = b.id
      LEFT JOIN contact c ON b.kind = 'contact' AND c.id = b.id
      LEFT JOIN asset s ON b.kind = 'asset' AND s.id = b.id
    )
    SELECT kind, id, score, "group", label, description FROM hits
    ORDER BY score DESC, lower(label), label, kind, id
    LIMIT ${request.limit}::int
  `;
}

export async function searchAll(prisma: PrismaClient, viewer: Viewer, request: SearchRequest): Promise<SearchHitModel[]> {
  if (request.limit === 0) return [];
  const rows = await prisma.$queryRaw<SearchRow[]>(searchSql(request, viewer));
  return rows.map((row) => ({
    group: row.group,
    label: row.label,
    description: row.description,
    score: row.score,
    thingId: row.kind === "thing" ? row.id : null,
    contactId: row.kind === "contact" ? row.id : null,
    assetId: row.kind === "asset" ? row.id : null,
  }));
}
