import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';

export type DrainBudget = {
  /** How long accepted reads may take to finish after the signal. */
  readMs: number;
  /** How long accepted requests that may write (they carry a key) may take; at least readMs. */
  writeMs: number;
};

export type DrainReport = { finished: number; cut: number; ms: number };

const SHUTTING_DOWN = JSON.stringify({
  errors: [
    {
      message: 'The server is shutting down; retry shortly.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    },
  ],
});

/** Only key holders can write, so only their requests get the longer budget. */
const mayWrite = (req: IncomingMessage) => req.method === 'POST' && req.headers.authorization !== undefined;

/**
 * Graceful shutdown of the HTTP side. On `drain` the listener closes, idle keep-alive connections close at
 * once, every response still to be written says `Connection: close`, and a request arriving on a kept-alive
 * connection after the signal is answered 503 (SERVICE_UNAVAILABLE) rather than started. Requests accepted
 * before the signal run to the end within the budget; whatever remains after it is cut.
 */
export class HttpDrain {
  private draining = false;
  private readonly inFlight = new Map<ServerResponse, { write: boolean }>();
  private changed: (() => void) | undefined;

  get isDraining(): boolean {
    return this.draining;
  }

  /** Wraps the app's request listener so that the drain knows every request in flight. */
  listener(inner: RequestListener): RequestListener {
    return (req, res) => {
      if (this.draining) {
        res.writeHead(503, { 'content-type': 'application/json', connection: 'close', 'retry-after': '5' });
        res.end(SHUTTING_DOWN);
        return;
      }
      this.inFlight.set(res, { write: mayWrite(req) });
      res.once('close', () => {
        this.inFlight.delete(res);
        this.changed?.();
      });
      inner(req, res);
    };
  }

  async drain(server: Server, budget: DrainBudget): Promise<DrainReport> {
    const started = performance.now();
    this.draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const res of this.inFlight.keys()) if (!res.headersSent) res.setHeader('connection', 'close');
    server.closeIdleConnections();
    const total = this.inFlight.size;
    const elapsed = () => performance.now() - started;
    await this.until(() => [...this.inFlight.values()].every((r) => r.write), budget.readMs - elapsed());
    await this.until(() => this.inFlight.size === 0, budget.writeMs - elapsed());
    const cut = this.inFlight.size;
    // Connections whose response went out before the signal may sit idle now; requests over budget are cut.
    server.closeAllConnections();
    await closed;
    return { finished: total - cut, cut, ms: Math.round(elapsed()) };
  }

  private until(done: () => boolean, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.changed = undefined;
        resolve();
      };
      const timer = setTimeout(finish, Math.max(0, ms));
      this.changed = () => {
        if (done()) finish();
      };
      this.changed();
    });
  }
}
