import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GatewayContext } from './routing/data-source';

/** A plain subgraph source that passes the caller's token and purpose on (each subgraph re-checks them). */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]): void {
    for (const [name, value] of Object.entries(context?.forwardHeaders ?? {}))
      request.http?.headers.set(name, String(value));
  }
}
