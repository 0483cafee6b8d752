/**
 * Apollo plugin of the GraphQL spans (ADR 34): one `graphql.operation` span per operation, a child
 * of the active span (the HTTP request's, or on an executor thread the serving thread's, carried
 * in the hand-off), named `<type> <name>` once the operation is known, with the attributes
 * graphql.operation.name, graphql.operation.type, graphql.error_codes and ocotillo.request_id;
 * error status when the answer has errors. Resolver spans (`graphql.resolve <Type.field>`), for
 * fields with a resolver of their own, only when the operation span is sampled, at most
 * `MAX_RESOLVER_SPANS` per operation.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { context, SpanStatusCode, trace, type Span, type Tracer } from "@opentelemetry/api";

import type { Context } from "../context.js";
import { operationErrorCode } from "../errors/formatError.js";

/** Upper bound of resolver spans per operation (a 1,000-row list must not make 10,000 spans). */
export const MAX_RESOLVER_SPANS = 200;

export function graphqlTracingPlugin(tracer: Tracer): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const span: Span = tracer.startSpan("graphql.operation", {
        attributes: contextValue.requestId ? { "ocotillo.request_id": contextValue.requestId } : {},
      });
      const operationContext = trace.setSpan(context.active(), span);
      let resolverSpans = 0;
      return {
        async didResolveOperation({ operation, operationName }) {
          const type = operation?.operation ?? "unknown";
          span.updateName(`${type} ${operationName ?? "anonymous"}`);
          span.setAttribute("graphql.operation.type", type);
          if (operationName) span.setAttribute("graphql.operation.name", operationName);
        },
        async executionDidStart() {
          if (!span.isRecording()) return;
          return {
            willResolveField({ info }) {
              const field = info.parentType.getFields()[info.fieldName];
              if (!field?.resolve || resolverSpans >= MAX_RESOLVER_SPANS) return;
              resolverSpans += 1;
              const resolver = tracer.startSpan(`graphql.resolve ${info.parentType.name}.${info.fieldName}`, {}, operationContext);
              return (error) => {
                if (error) resolver.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
                resolver.end();
              };
            },
          };
        },
        async willSendResponse({ errors }) {
          const codes = (errors ?? []).map(operationErrorCode);
          if (codes.length > 0) {
            span.setAttribute("graphql.error_codes", codes);
            span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(",") });
          }
          span.end();
        },
      };
    },
  };
}
