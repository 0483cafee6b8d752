/**
 * Creates a lexicon triple: subject term –predicate→ object term (e.g. "Domestic" broader "Water supply").
 *
 * Contract:
 * - subject, predicate and object are required, at most 100 characters, without surrounding
 *   spaces; every failing field is listed in one ValidationError (paths under ["input"]);
 * - subject and object must be existing terms (exact spelling): otherwise NotFoundError
 *   ("LexiconTerm", <term>) whose message names the field (the rule of the foreign keys
 *   `lexicon_triple_subject_fkey` / `lexicon_triple_object__fkey`), the subject checked first;
 * - the same (subject, predicate, object) twice gives ConflictError on the application-level rule
 *   `uq_lexicon_triple_subject_predicate_object`;
 * - both terms are locked for the transaction (the subject FOR NO KEY UPDATE, which serialises
 *   triple writes per subject without blocking records that use the term; the object FOR KEY
 *   SHARE), so neither can be deleted or renamed between the checks and the insert, and two
 *   concurrent identical triples cannot both pass the duplicate check;
 * - runs through commitLexiconWrite (NOTIFY + cache refresh), like every lexicon mutation.
 */
import type { LexiconTriple, Prisma } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import { ConflictError, NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { checkTermSpelling } from "./checkTermSpelling.js";
import { commitLexiconWrite, type AuditedLexiconWriteDeps } from "./commitLexiconWrite.js";
import type { TripleParts } from "./lexiconInput.js";

/** Name reported in the ConflictError of a duplicate triple (an application-level rule). */
export const LEXICON_TRIPLE_UNIQUE = "uq_lexicon_triple_subject_predicate_object";

/** The foreign key of each term field of a triple. */
const TERM_FKEYS = { subject: "lexicon_triple_subject_fkey", object: "lexicon_triple_object__fkey" } as const;

export async function createLexiconTriple(
  deps: AuditedLexiconWriteDeps,
  input: TripleParts,
): Promise<LexiconTriple> {
  const errors = new FieldErrors();
  checkTermSpelling(errors, ["input", "subject"], input.subject, "Subject");
  checkTermSpelling(errors, ["input", "predicate"], input.predicate, "Predicate");
  checkTermSpelling(errors, ["input", "object"], input.object, "Object");
  errors.throwIfAny();
  const { subject, predicate, object } = input;

  return commitLexiconWrite(deps, `triple:${subject}:${predicate}:${object}`, async (tx) => {
    await checkTriple(tx, { subject, predicate, object }, null);
    return tx.lexiconTriple.create({ data: { subject, predicate, object, ...auditFields(deps, "create") } });
  });
}

/**
 * Inside a lexicon write: locks the subject and object terms as described above and checks that
 * both exist and that no triple other than `exceptId` has the same parts (NotFoundError, ConflictError otherwise).
 */
export async function checkTriple(tx: Prisma.TransactionClient, { subject, predicate, object }: TripleParts, exceptId: number | null): Promise<void> {
  const subjectRow = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM lexicon_term WHERE term = ${subject} FOR NO KEY UPDATE`;
  const objectRow = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM lexicon_term WHERE term = ${object} FOR KEY SHARE`;
  for (const [field, rows, term] of [["subject", subjectRow, subject], ["object", objectRow, object]] as const) {
    if (rows.length === 0) {
      throw new NotFoundError("LexiconTerm", term, `The ${field} "${term}" is not a lexicon term (${TERM_FKEYS[field]})`);
    }
  }
  const duplicate = await tx.lexiconTriple.findFirst({
    where: { subject, predicate, object, ...(exceptId === null ? {} : { id: { not: exceptId } }) },
    select: { id: true },
  });
  if (duplicate) {
    throw new ConflictError(`The triple "${subject}" ${predicate} "${object}" already exists (lexicon triple ${duplicate.id})`, LEXICON_TRIPLE_UNIQUE, ["subject", "predicate", "object"]);
  }
}
