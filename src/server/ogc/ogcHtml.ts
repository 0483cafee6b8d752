/**
 * The HTML renderings of the OGC API – Features resources (`f=html`, or a browser's Accept).
 *
 * Contract: a self-contained page (no scripts, no external assets) with the resource's links and
 * its content; every value is HTML-escaped. Items are shown as a table, one row per feature.
 */
export interface OgcLink {
  href: string;
  rel: string;
  type: string;
  title?: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  return escapeHtml(typeof value === "string" ? value : JSON.stringify(value));
}

function page(title: string, links: readonly OgcLink[], content: string): string {
  const items = links
    .map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.title ?? l.rel)}</a> <small>(${escapeHtml(l.rel)}, ${escapeHtml(l.type)})</small></li>`)
    .join("");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;font-size:90%}</style>
</head><body><h1>${escapeHtml(title)}</h1><ul>${items}</ul>${content}</body></html>`;
}

/** A JSON resource (landing page, conformance, collections, collection) as a page. */
export function documentHtml(title: string, links: readonly OgcLink[], document: unknown): string {
  return page(title, links, `<pre>${escapeHtml(JSON.stringify(document, null, 2))}</pre>`);
}

interface FeatureLike {
  id: unknown;
  geometry: { coordinates: unknown };
  properties: Record<string, unknown>;
}

/** Features as a table (id, coordinates, then the properties in order). */
export function featuresHtml(title: string, links: readonly OgcLink[], summary: string, features: readonly FeatureLike[], propertyNames: readonly string[]): string {
  const head = ["id", "coordinates", ...propertyNames].map((n) => `<th>${escapeHtml(n)}</th>`).join("");
  const rows = features
    .map((f) => `<tr><td>${cell(f.id)}</td><td>${cell(f.geometry.coordinates)}</td>${propertyNames.map((n) => `<td>${cell(f.properties[n])}</td>`).join("")}</tr>`)
    .join("\n");
  return page(title, links, `<p>${escapeHtml(summary)}</p><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`);
}
