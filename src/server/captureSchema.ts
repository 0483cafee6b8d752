/** An Apollo plugin that hands out the schema the server serves, once it has started. */
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLSchema } from "graphql";

export function captureSchema<TContext extends object>(): { plugin: ApolloServerPlugin<TContext>; schema: () => GraphQLSchema | null } {
  let captured: GraphQLSchema | null = null;
  return {
    plugin: {
      async serverWillStart({ schema }) {
        captured = schema;
      },
    },
    schema: () => captured,
  };
}
