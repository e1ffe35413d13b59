import { pino, type DestinationStream, type Logger as PinoLogger, type LoggerOptions } from 'pino';
import { redact, redactDeep } from '../privacy/redact.js';

export type Logger = PinoLogger;

/** E-mail addresses, phone numbers and social-security numbers never reach the logs (messages and fields). */
const redaction: Pick<LoggerOptions, 'hooks' | 'formatters'> = {
  hooks: {
    logMethod(args, method) {
      const cleaned = args.map((arg: unknown) => (typeof arg === 'string' ? redact(arg) : arg));
      return method.apply(this, cleaned as Parameters<typeof method>);
    },
  },
  formatters: { log: (object) => redactDeep(object) },
};

/** JSON logs to stderr (never stdout, which the CLI's JSON modes own); another destination for tests. */
export function createLogger(level: string, destination: DestinationStream = pino.destination(2)): Logger {
  return pino({ level, base: { app: 'cnam-territoires' }, ...redaction }, destination);
}

/** A logger that drops everything: tests and benchmarks. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
