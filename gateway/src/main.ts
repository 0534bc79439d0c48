import './telemetry';
import { runMain } from '@expertpool/shared';
import { readGatewayConfig } from './config';
import { createServer } from './server';

runMain('gateway', () => createServer(readGatewayConfig(process.env)));
