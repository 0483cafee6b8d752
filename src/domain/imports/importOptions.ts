/** Options shared by the CSV importers (GraphQL, HTTP and command line pass them through). */
import type { DomainDeps } from "../shared/domainDeps.js";

export interface ImportProgress {
  phase: "reading" | "validating" | "writing" | "done";
  /** Rows handled in this phase so far. */
  done: number;
  /** Rows of the phase. */
  total: number;
}

export interface ImportOptions {
  /** Largest number of data rows accepted (default DEFAULT_MAX_IMPORT_ROWS). */
  maxRows?: number;
  /** Release status of every row written (default "draft"). */
  releaseStatus?: string;
  /** The current time (rules such as "not in the future" use it). */
  now?: Date;
  onProgress?: (progress: ImportProgress) => void;
}

/** What an importer needs: the database, the writing user (audit columns) and the vocabulary. */
export type ImportDeps = Pick<DomainDeps, "prisma" | "user" | "lexicon">;

/** How long an import's transaction may run. */
export const IMPORT_TRANSACTION_TIMEOUT_MS = 300_000;
