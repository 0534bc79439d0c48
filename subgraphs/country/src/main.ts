import './telemetry';
import { runMain } from '@expertpool/shared';
import { readCountryConfig } from './config';
import { createServer } from './server';

runMain(`country subgraph ${process.env.COUNTRY ?? ''}`.trim(), () =>
  createServer(readCountryConfig(process.env)),
);
