import './telemetry';
import { runMain } from '@expertpool/shared';
import { readRegionConfig } from './config';
import { createServer } from './server';

runMain('region subgraph', () => createServer(readRegionConfig(process.env)));
