/**
 * Changes a note (partial). Contract: NotFoundError("Note", id) for a missing note; none of its
 * fields can be cleared and the content cannot be blank (ValidationError listing every field).
 */
import type { Note } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { notBlank, notNull } from "../shared/validation/rules.js";
import type { NoteChanges } from "./noteInput.js";

export async function updateNote(deps: Pick<DomainDeps, "prisma" | "user">, id: number, input: NoteChanges): Promise<Note> {
  const errors = new FieldErrors();
  errors.check(["input", "noteType"], notNull(input.noteType, "Note type"));
  errors.check(["input", "content"], notNull(input.content, "Note content") ?? notBlank(input.content, "Note content"));
  errors.check(["input", "releaseStatus"], notNull(input.releaseStatus, "Release status"));
  return deps.prisma.$transaction(async (tx) => {
    const note = await tx.note.findUnique({ where: { id }, select: { id: true } });
    if (!note) throw new NotFoundError("Note", id);
    errors.throwIfAny();
    return tx.note.update({
      where: { id },
      data: {
        ...(input.noteType ? { noteType: input.noteType } : {}),
        ...(typeof input.content === "string" ? { content: input.content.trim() } : {}),
        ...(input.releaseStatus ? { releaseStatus: input.releaseStatus } : {}),
        ...auditFields(deps, "update"),
      },
    });
  });
}
