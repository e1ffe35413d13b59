import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/** JSON logs to stderr (never stdout, which the CLI's JSON modes own). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'cnam-territoires' } }, pino.destination(2));
}

/** A logger that drops everything: tests and benchmarks. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
