// Loaded first by main.ts: the SDK must start before the modules it instruments (§11.2).
import { startTelemetry } from '@expertpool/shared/dist/telemetry/start';

startTelemetry('gateway');
