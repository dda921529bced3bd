/**
 * A web-test-runner plugin that answers like a broken or hostile ORUK server, under
 * /hostile/, for the client's size and decoding limits in a real browser:
 *   /hostile/bomb/services    a gzip bomb: 30 KB on the wire, 30 MB once decompressed
 *   /hostile/broken/services  a gzip body damaged in the middle
 *   /hostile/huge/services    20 MB of JSON, sent without a Content-Length
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { TestRunnerPlugin } from '@web/test-runner';
import { answerFirst } from './answer-first.js';

const PREFIX = '/hostile/';

function answer(req: IncomingMessage, res: ServerResponse, bomb: () => Buffer): boolean {
  const path = (req.url ?? '').split('?')[0]!;
  if (!path.startsWith(PREFIX)) return false;
  const json = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
  if (path === `${PREFIX}bomb/services`) {
    res.writeHead(200, { ...json, 'Content-Encoding': 'gzip' }).end(bomb());
  } else if (path === `${PREFIX}broken/services`) {
    // a real gzip stream, damaged in the middle
    const damaged = Buffer.from(gzipSync(Buffer.from(JSON.stringify({ content: Array.from({ length: 2000 }, (_, i) => ({ id: i, name: `Service ${i}` })) }))));
    damaged.fill(0xff, 200, 400);
    res.writeHead(200, { ...json, 'Content-Encoding': 'gzip' }).end(damaged);
  } else if (path === `${PREFIX}huge/services`) {
    res.writeHead(200, json);
    const chunk = Buffer.alloc(1_000_000, 0x20);
    res.write('{"content": [');
    for (let i = 0; i < 20; i += 1) res.write(chunk);
    res.end(']}');
  } else {
    res.writeHead(404, json).end('{}');
  }
  return true;
}

export function hostileServerPlugin(): TestRunnerPlugin {
  let bomb: Buffer | undefined;
  const makeBomb = () => (bomb ??= gzipSync(Buffer.concat([Buffer.from('{"content": ['), Buffer.alloc(30_000_000, 0x20), Buffer.from(']}')])));
  return {
    name: 'signpost-hostile-server',
    serverStart({ server }) {
      if (server) answerFirst(server, (req, res) => answer(req, res, makeBomb));
    },
  };
}
