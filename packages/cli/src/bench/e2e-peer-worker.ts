import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import { drivers } from '@inkless/printers';
import type { E2eFigures } from './e2e-inkless-worker';
import { labelEncoder, shippingJob } from './label-encoder';
import { runPeerWorker } from './peer-worker';

const now = () => performance.now() / 1000;

/**
 * The peer end to end: the peer's canvas renderer (peer-worker, unchanged), each label encoded as
 * the full-label raw TSPL BITMAP a naive driver sends and written to the printer's socket as it is
 * made, then `<ESC>!?`, whose reply (the printer answers in order) says every label was decoded.
 * No per-label confirmation: the peer streams, which only helps it. The clock runs from before the
 * renderer's setup to that reply. The renderer calls its encoder synchronously, so a write cannot be
 * awaited there; Node queues what the socket has not taken yet, and `peak_socket_backlog_bytes`
 * shows how much that was (the printer decodes a raw label several times faster than the canvas
 * draws one, so it stays near one label).
 */
export async function runPeerE2eWorker(csvPath: string, port: number): Promise<E2eFigures> {
  const tspl = drivers.tspl;
  const encode = labelEncoder('tspl', true)!;
  const socket = connect({ host: '127.0.0.1', port });
  await once(socket, 'connect');
  socket.setNoDelay(true);
  let bytes = 0;
  let backlog = 0;
  const send = (chunk: Uint8Array) => {
    socket.write(chunk);
    bytes += chunk.length;
    backlog = Math.max(backlog, socket.writableLength);
  };
  const started = now();
  send(tspl.startJob(shippingJob(true)));
  const rendered = await runPeerWorker(csvPath, (bitmap) => {
    const label = encode(bitmap);
    send(label);
    return label;
  });
  const drawnAt = now();
  send(tspl.endJob(shippingJob(true)));
  await queryStatus(socket, tspl.status!.request);
  const seconds = now() - started;
  socket.end();
  await once(socket, 'close');
  return {
    labels: rendered.labels,
    seconds,
    bytes,
    phases: { render_encode_write: drawnAt - started, drain_and_status: seconds - (drawnAt - started), peak_socket_backlog_bytes: backlog },
  };
}

/** Sends the status query and waits for its one-byte reply. */
async function queryStatus(socket: Socket, request: Uint8Array): Promise<void> {
  const reply = once(socket, 'data');
  socket.write(request);
  await reply;
}
