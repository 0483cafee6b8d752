/**
 * Changes a lexicon triple's subject, predicate and/or object in place (its id stays).
 *
 * Contract: NotFoundError("LexiconTriple", id) for a missing triple; a given part follows the
 * spelling rules of createLexiconTriple and null is a ValidationError (a part cannot be cleared),
 * every failing field listed at once under ["input", <part>]; the resulting triple is checked as a
 * new one (checkTriple: terms exist, locked; no other triple with the same parts, else
 * ConflictError). The triple row is locked first, so concurrent edits of it apply one after the
 * other. Runs through commitLexiconWrite (NOTIFY + cache refresh) and writes the update audit columns.
 */
import type { LexiconTriple } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import { lockRow } from "../shared/lockRow.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { checkTermSpelling } from "./checkTermSpelling.js";
import { commitLexiconWrite, type AuditedLexiconWriteDeps } from "./commitLexiconWrite.js";
import { checkTriple } from "./createLexiconTriple.js";
import type { TripleChanges, TripleParts } from "./lexiconInput.js";

const LABELS: Record<keyof TripleParts, string> = { subject: "Subject", predicate: "Predicate", object: "Object" };

export async function updateLexiconTriple(deps: AuditedLexiconWriteDeps, id: number, changes: TripleChanges): Promise<LexiconTriple> {
  const errors = new FieldErrors();
  for (const part of ["subject", "predicate", "object"] as const) {
    const value = changes[part];
    if (value === null) errors.add(["input", part], `${LABELS[part]} cannot be null`);
    else if (value !== undefined) checkTermSpelling(errors, ["input", part], value, LABELS[part]);
  }
  errors.throwIfAny();

  return commitLexiconWrite(deps, `triple:${id}`, async (tx) => {
    await lockRow(tx, "lexicon_triple", id, "FOR UPDATE");
    const current = await tx.lexiconTriple.findUnique({ where: { id } });
    if (!current) throw new NotFoundError("LexiconTriple", id);
    const next: TripleParts = {
      subject: changes.subject ?? current.subject,
      predicate: changes.predicate ?? current.predicate,
      object: changes.object ?? current.object,
    };
    await checkTriple(tx, next, id);
    return tx.lexiconTriple.update({ where: { id }, data: { ...next, ...auditFields(deps, "update") } });
  });
}
