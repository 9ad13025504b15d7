import { createServer, type AddressInfo, type Socket } from 'node:net';

/**
 * A TCP listener on 127.0.0.1 standing for something a server must not be made to reach (a
 * database, a cache, an admin port): it records every connection and the bytes sent on it, and
 * answers nothing. Also a one-way print server (it never answers status queries).
 */
export interface ConnectionTrap {
  readonly port: number;
  /** Bytes received, one entry per connection, in order. */
  readonly connections: Buffer[][];
  close(): Promise<void>;
}

export async function startConnectionTrap(): Promise<ConnectionTrap> {
  const connections: Buffer[][] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    const received: Buffer[] = [];
    connections.push(received);
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    connections,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
