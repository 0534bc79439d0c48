import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { declaredOperationName } from '../http/operation-name';
import { currentRequest } from './request-scope';

/**
 * Fills the request's scope from Apollo: the operation name it resolved (when the HTTP front
 * had none from the gateway) and the codes of the errors it answers with.
 */
export function requestScopePlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const scope = currentRequest();
      if (!scope) return;
      return {
        async didResolveOperation({ operationName }) {
          scope.operation ??= declaredOperationName(operationName ?? undefined);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            if (typeof code === 'string') scope.errorCodes.add(code);
          }
        },
      };
    },
  };
}
