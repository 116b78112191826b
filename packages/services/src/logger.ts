/** The pino logger, with credentials redacted wherever they appear in a log object. */
import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';

/** Paths pino blanks out: auth headers, and any token, password or secret up to two levels deep. */
const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
  'request.headers.authorization',
  ...['token', 'password', 'secret'].flatMap((name) => [name, `*.${name}`, `*.*.${name}`]),
];

export interface LoggerOptions {
  level?: LevelWithSilent;
  /** Where lines go; stdout by default. Tests pass a stream to read them back. */
  destination?: DestinationStream;
}

/** A JSON logger at `level` that never writes a token or password. */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'frontdesk' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    options.destination,
  );
}
