import { ConfigError } from '@expertpool/shared';
import { readCountryConfig } from './config';
import { createServer } from './server';

async function main(): Promise<void> {
  const config = readCountryConfig(process.env);
  const server = await createServer(config);
  const { url } = await server.listen();
  console.log(`country ${config.country} subgraph ready at ${url}`);
  const shutdown = () => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
