import { once } from 'node:events';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { EnvReader, runCli } from '@expertpool/shared';
import { createDevProvider } from './provider';

/**
 * The development identity provider as its own process (tests/src/region/identity-provider/
 * start.ts starts it): PORT (0 = any free one), WEB_ORIGIN (the app it signs in). Prints
 * "ready at <its URL>", which is also its issuer.
 */
async function main(): Promise<void> {
  const r = new EnvReader(process.env);
  const config = r.done({ port: r.port('PORT', 0), webOrigin: r.string('WEB_ORIGIN') });
  // No handler until the provider exists: nobody knows the address before "ready at" is printed.
  const server = createServer();
  server.listen(config.port, '127.0.0.1');
  await once(server, 'listening');
  // The issuer is the address it listens on, known only once it listens (port 0).
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  server.on('request', createDevProvider({ issuer, webOrigin: config.webOrigin }));
  console.log(`development identity provider ready at ${issuer}`);
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections(); // a browser's keep-alive connections would hold it open
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

runCli('dev-identity-provider', main);
