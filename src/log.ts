import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';
import type { Config } from './config.js';

export type Logger = pino.Logger;

/** The request being served, so that log lines deep in the data layer name it. */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

const LEVEL_NAMES: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

/**
 * A readable line per record for people at a terminal: time, level, message, then the structured fields.
 * Production (and any non-terminal) gets pino's JSON lines, one object per record.
 */
const prettyStream = {
  write(line: string): void {
    const {
      time,
      level,
      msg,
      pid: _pid,
      hostname: _host,
      ...fields
    } = JSON.parse(line) as Record<string, unknown>;
    const extra = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
    const stamp = new Date(Number(time)).toISOString().slice(11, 23);
    process.stderr.write(
      `${stamp} ${(LEVEL_NAMES[Number(level)] ?? String(level)).padEnd(5)} ${String(msg)}${extra}\n`,
    );
  },
};

export function createLogger(config: Pick<Config, 'logLevel' | 'logFormat'>): Logger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    base: undefined,
    // The request id travels with the async context of each request.
    mixin: () => {
      const store = requestContext.getStore();
      return store ? { requestId: store.requestId } : {};
    },
    // Secrets never reach a log line, whatever a caller passes.
    redact: {
      paths: ['authorization', '*.authorization', 'password', '*.password', 'apiKey', '*.apiKey'],
      censor: '[redacted]',
    },
  };
  return config.logFormat === 'json' ? pino(options, pino.destination(2)) : pino(options, prettyStream);
}
