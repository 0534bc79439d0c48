import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { withTraceHeaders } from '@expertpool/shared';
import { GatewayContext } from './routing/data-source';

/** A plain subgraph source that passes the caller's token and purpose on (each subgraph re-checks them). */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]): void {
    // With the request's traceparent: the region's spans join the trace (docs/ARCHITECTURE.md §11.2).
    for (const [name, value] of Object.entries(withTraceHeaders(context?.forwardHeaders ?? {})))
      request.http?.headers.set(name, String(value));
  }
}
