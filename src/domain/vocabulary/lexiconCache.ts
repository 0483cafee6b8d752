/**
 * An in-memory copy of the lexicon (categories and their terms) for synchronous validation of
 * vocabulary scalars, which GraphQL parses before any resolver runs.
 *
 * Contract:
 * - `load` reads the whole lexicon once; `refresh` re-reads it. Concurrent refresh calls share one
 *   read, and a refresh that was called while another read was running starts a new read after
 *   it, so a caller that awaits `refresh()` sees every change committed before its call.
 * - A failed refresh keeps the previous snapshot and rejects.
 * - Each instance is independent: a server (or a test) builds its own and passes it down
 *   (schema scalars, request context); there is no module-level state.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { termAliases } from "./termAliases.js";

/** The outcome of resolving an input against a category. */
export type TermResolution = { ok: true; term: string } | { ok: false; message: string };

interface CategoryEntry {
  /** Terms, alphabetically (case-insensitive). */
  terms: string[];
  /** Normalised spelling → canonical term (terms and, where their target is present, aliases). */
  lookup: Map<string, string>;
}

/** Categories listing more terms than this are abbreviated in error messages. */
const MESSAGE_TERM_LIMIT = 25;
/** How many terms an abbreviated message still shows. */
const MESSAGE_SUGGESTIONS = 12;

/** The key under which an input is matched: trimmed, inner whitespace collapsed, lower case. */
export function normaliseTermInput(value: string): string {
  return value.trim().replace(/\s+/g, " ").toLowerCase();
}

const byName = (a: string, b: string): number => a.localeCompare(b, "en", { sensitivity: "base" }) || a.localeCompare(b);

function buildEntries(links: { category: string; term: string }[], categoryNames: string[]): Map<string, CategoryEntry> {
  const grouped = new Map<string, Set<string>>(categoryNames.map((name) => [name, new Set<string>()]));
  for (const { category, term } of links) {
    let set = grouped.get(category);
    if (!set) grouped.set(category, (set = new Set()));
    set.add(term);
  }
  const entries = new Map<string, CategoryEntry>();
  for (const [category, set] of grouped) {
    const terms = [...set].sort(byName);
    const lookup = new Map<string, string>();
    for (const term of terms) lookup.set(normaliseTermInput(term), term);
    for (const [alias, target] of Object.entries(termAliases[category] ?? {})) {
      const key = normaliseTermInput(alias);
      if (set.has(target) && !lookup.has(key)) lookup.set(key, target);
    }
    entries.set(category, { terms, lookup });
  }
  return entries;
}

export class LexiconCache {
  #entries = new Map<string, CategoryEntry>();
  #version = 0;
  #current: Promise<void> = Promise.resolve();
  #queued: Promise<void> | null = null;
  readonly #listeners = new Set<() => void>();

  private constructor(private readonly prisma: PrismaClient) {}

  /** A cache filled from the database behind `prisma`. */
  static async load(prisma: PrismaClient): Promise<LexiconCache> {
    const cache = new LexiconCache(prisma);
    await cache.refresh();
    return cache;
  }

  /** How many times the cache has been (re)loaded; changes after every successful refresh. */
  get version(): number {
    return this.#version;
  }

  /** Re-reads the lexicon (see the contract above for concurrent calls). */
  refresh(): Promise<void> {
    if (this.#queued) return this.#queued;
    const run = this.#current.then(() => {
      this.#queued = null;
      return this.#read();
    });
    this.#queued = run;
    this.#current = run.catch(() => undefined);
    return run;
  }

  /** Calls `listener` after every successful refresh; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #read(): Promise<void> {
    const [categories, links] = await Promise.all([
      this.prisma.lexiconCategory.findMany({ select: { name: true } }),
      this.prisma.lexiconTermCategory.findMany({
        select: { term: { select: { term: true } }, category: { select: { name: true } } },
      }),
    ]);
    this.#entries = buildEntries(
      links.map((l) => ({ category: l.category.name, term: l.term.term })),
      categories.map((c) => c.name),
    );
    this.#version += 1;
    for (const listener of this.#listeners) {
      try {
        listener();
      } catch {
        // A listener's failure must not break the refresh or the other listeners.
      }
    }
  }

  /** True when the category exists in the lexicon. */
  hasCategory(category: string): boolean {
    return this.#entries.has(category);
  }

  /** The terms of a category, alphabetically; [] for an unknown category. */
  termsOf(category: string): readonly string[] {
    return this.#entries.get(category)?.terms ?? [];
  }

  /** True when `term` (exact spelling) is a term of `category`. */
  has(category: string, term: string): boolean {
    return this.#entries.get(category)?.lookup.get(normaliseTermInput(term)) === term;
  }

  /**
   * The canonical term of `category` that `input` names (case-insensitively, ignoring surrounding
   * and repeated whitespace, or through a known alias), or a message
   * "<input> is not a <category> term; valid terms: a, b, c" (abbreviated for large categories).
   */
  resolve(category: string, input: string): TermResolution {
    const entry = this.#entries.get(category);
    const term = entry?.lookup.get(normaliseTermInput(input));
    if (term !== undefined) return { ok: true, term };
    return { ok: false, message: this.#rejection(category, input, entry) };
  }

  #rejection(category: string, input: string, entry: CategoryEntry | undefined): string {
    const shown = JSON.stringify(input);
    if (!entry || entry.terms.length === 0) return `${shown} is not a ${category} term; the category has no terms`;
    if (entry.terms.length <= MESSAGE_TERM_LIMIT) {
      return `${shown} is not a ${category} term; valid terms: ${entry.terms.join(", ")}`;
    }
    const key = normaliseTermInput(input);
    const words = key.split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
    const score = (term: string): number => {
      const t = normaliseTermInput(term);
      if (key !== "" && t.startsWith(key)) return 3;
      if (key !== "" && t.includes(key)) return 2;
      return words.some((w) => t.includes(w)) ? 1 : 0;
    };
    const suggestions = entry.terms
      .map((term, index) => ({ term, index, score: score(term) }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, MESSAGE_SUGGESTIONS)
      .map((s) => s.term);
    const more = entry.terms.length - suggestions.length;
    return (
      `${shown} is not a ${category} term; valid terms: ${suggestions.join(", ")}, ` +
      `and ${more} more (query lexiconTerms(category: "${category}") for all)`
    );
  }
}
