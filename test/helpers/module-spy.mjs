// Loaded with `node --import`: reports every module the program loads, one URL per line on fd 3.
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
import { writeSync } from 'node:fs';

const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => writeSync(3, `${url}\n`));
port1.unref();
register(
  `data:text/javascript,${encodeURIComponent(`
    let port;
    export function initialize(data) { port = data.port; }
    export async function resolve(specifier, context, next) {
      const result = await next(specifier, context);
      port.postMessage(result.url);
      return result;
    }
  `)}`,
  { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] },
);
