import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { SpanStatusCode } from '@opentelemetry/api';
import { tracer } from './tracing';

/**
 * One span per GraphQL operation (docs/ARCHITECTURE.md §11.2), a child of the request's server
 * span: its name is the operation's (`query Search`), with the operation name and type and
 * the error codes of the answer. Never variables or the document (no personal data).
 */
export function tracingPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const span = tracer.startSpan('graphql.operation');
      return {
        async didResolveOperation({ operationName, operation }) {
          const type = operation?.operation ?? 'query';
          span.updateName(`${type} ${operationName ?? 'anonymous'}`);
          span.setAttribute('graphql.operation.type', type);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
        },
        async willSendResponse({ response }) {
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
          if (codes.length > 0) {
            span.setAttribute('graphql.error.codes', codes);
            span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(' ') });
          }
          span.end();
        },
      };
    },
  };
}
