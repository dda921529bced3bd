/**
 * For web-test-runner plugins that answer some paths themselves: put `answer` ahead of
 * the test server's own handler (koa composed its middleware when the server was made, so
 * a late app.use() would never run). `answer` returns true when it has answered.
 */
import type { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';

type RequestListener = (this: unknown, req: IncomingMessage, res: ServerResponse) => void;

export function answerFirst(server: EventEmitter, answer: (req: IncomingMessage, res: ServerResponse) => boolean): void {
  const previous = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (answer(req, res)) return;
    for (const listener of previous) listener.call(server, req, res);
  });
}
