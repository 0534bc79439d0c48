import pino, { Logger } from 'pino';
import pretty from 'pino-pretty';
import { EnvReader } from '../config';

/**
 * Every service's one logger (docs/ARCHITECTURE.md §11.1): pino, one JSON object a line on
 * stdout, with the time, level, service and (for a country) its code on every line. The same
 * logger is handed to Apollo Server, so Apollo's own messages are JSON lines too.
 */
export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LogConfig {
  level: LogLevel;
  /** `json` for collectors (the default), `pretty` for a person at a terminal (npm start). */
  format: LogFormat;
}

export const DEFAULT_LOG_CONFIG: LogConfig = { level: 'info', format: 'json' };

/** LOG_LEVEL (default info) and LOG_FORMAT (json or pretty; default json). */
export function readLogConfig(reader: EnvReader): LogConfig {
  return {
    level: reader.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    format: reader.oneOf('LOG_FORMAT', LOG_FORMATS, 'json'),
  };
}

/**
 * Keys that must never reach a log line even if a caller passes them by mistake: credentials.
 * Nothing logs request headers or bodies on purpose (no personal data, §11.1); this is the
 * second line of defence.
 */
const REDACTED = [
  'authorization',
  'token',
  'password',
  'secret',
  '*.authorization',
  '*.token',
  '*.password',
  '*.secret',
  'headers.authorization',
];

export function createLogger(
  bindings: { service: string; country?: string },
  config: LogConfig = DEFAULT_LOG_CONFIG,
): Logger {
  const options = {
    level: config.level,
    base: bindings,
    redact: { paths: REDACTED, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  // In-process and synchronous: a worker-thread transport would outlive a process that exits
  // right after its last line (a configuration error, npm start's Ctrl-C).
  if (config.format === 'pretty')
    return pino(
      options,
      pretty({
        sync: true,
        singleLine: true,
        ignore: 'pid,hostname',
        translateTime: 'SYS:HH:MM:ss.l',
      }),
    );
  return pino(options);
}

/** A logger that writes nothing (tests that start services in-process). */
export const silentLogger = (): Logger => pino({ level: 'silent' });

/** The `(line) => void` form older call sites take (seeding, token verifier): info lines. */
export const lineLog =
  (logger: Logger) =>
  (line: string): void =>
    logger.info(line);
