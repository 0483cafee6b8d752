/** Resolvers of src/schema/fieldEvent.graphql: field visits and their parts. */
import type { Context } from "../context.js";
import { readFieldEventNotes } from "../domain/fieldWork/fieldEventNotes.js";
import { findFieldEventsPage } from "../domain/fieldWork/findFieldEventsPage.js";
import { parseId } from "../domain/shared/ids.js";
import { parseSeriesWindow } from "../domain/shared/series/seriesWindow.js";
import { NotFoundError } from "../domain/shared/domainErrors.js";
import type {
  FieldActivityResolvers,
  FieldEventConnectionResolvers,
  FieldEventParticipantResolvers,
  FieldEventResolvers,
  QueryResolvers,
  WellResolvers,
} from "../generated/graphql.js";

export const fieldEventResolvers: {
  Query: Pick<QueryResolvers, "fieldEvent" | "fieldEvents">;
  Well: Pick<WellResolvers<Context>, "fieldEvents">;
  FieldEvent: FieldEventResolvers;
  FieldEventParticipant: FieldEventParticipantResolvers;
  FieldActivity: FieldActivityResolvers;
  FieldEventConnection: Pick<FieldEventConnectionResolvers, "totalCount">;
} = {
  Query: {
    fieldEvent: async (_, { id }, ctx) => {
      const event = await ctx.loaders.fieldEventById.load(parseId(id));
      if (!event) throw new NotFoundError("FieldEvent", id);
      return event;
    },
    fieldEvents: (_, { filter, first, after }, ctx) =>
      findFieldEventsPage(
        ctx.prisma,
        ctx.viewer,
        {
          thingIds: filter?.wellIds ? filter.wellIds.map((id) => parseId(id, "filter.wellIds")) : null,
          contactIds: filter?.participantIds ? filter.participantIds.map((id) => parseId(id, "filter.participantIds")) : null,
        },
        parseSeriesWindow({ from: filter?.from, to: filter?.to, first, after }),
      ),
  },
  Well: {
    fieldEvents: (t, { from, to, first, after }, ctx) => ctx.loaders.fieldEventPages(parseSeriesWindow({ from, to, first, after })).load(t.id),
  },
  FieldEvent: {
    thing: async (e, _, ctx) => {
      const thing = await ctx.loaders.thingById.load(e.thingId);
      // A visible event is at a visible site (fieldEventSql.ts): a miss is a broken invariant.
      if (!thing) throw new Error(`Field event ${e.id} refers to thing ${e.thingId}, which is not visible`);
      return thing;
    },
    environmentalConditions: (e) => readFieldEventNotes(e.notes).environmentalConditions,
    fieldStaff: (e, _, ctx) => (ctx.viewer.personalData ? (readFieldEventNotes(e.notes).fieldStaff?.value ?? null) : null),
    notes: (e) => readFieldEventNotes(e.notes).remarks,
    participants: (e, _, ctx) => ctx.loaders.participantsByFieldEventId.load(e.id),
    activities: (e, _, ctx) => ctx.loaders.activitiesByFieldEventId.load(e.id),
  },
  FieldEventParticipant: {
    role: (p) => p.participantRole,
    contact: (p, _, ctx) => ctx.loaders.contactById.load(p.contactId),
  },
  FieldActivity: {
    samples: (a, _, ctx) => ctx.loaders.samplesByFieldActivityId.load(a.id),
  },
  FieldEventConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
