// Loaded first by main.ts: the SDK must patch the MongoDB driver before it is loaded (§11.2).
// One service name per member state, so a trace shows which country each span is from.
import { startTelemetry } from '@expertpool/shared/dist/telemetry/start';

startTelemetry(`country-${(process.env.COUNTRY ?? '').trim().toUpperCase()}`);
