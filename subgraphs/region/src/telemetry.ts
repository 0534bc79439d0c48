// Loaded first by main.ts: the SDK must patch the MongoDB driver before it is loaded (§11.2).
import { startTelemetry } from '@expertpool/shared/dist/telemetry/start';

startTelemetry('region');
