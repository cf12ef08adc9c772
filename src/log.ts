import type { Config } from './config.js';

export type Logger = {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
};

const ORDER = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** Human-readable lines on stderr; the level comes from LOG_LEVEL. */
export function createLogger(level: Config['logLevel']): Logger {
  const threshold = ORDER.indexOf(level);
  const at =
    (name: (typeof ORDER)[number]) =>
    (message: string): void => {
      if (ORDER.indexOf(name) >= threshold)
        console.error(`[${new Date().toISOString()}] ${name.padEnd(5)} ${message}`);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
