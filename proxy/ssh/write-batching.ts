// ssh2 hands every packet to its socket in pieces (length, ciphertext, MAC: three writes per
// packet in its JavaScript cipher path). With TCP_NODELAY, which the gateway needs for quick
// request/reply exchanges, each piece would leave as its own TCP segment and wake the peer once per
// piece. Corking the socket until the current tick ends sends everything written in that tick in
// one writev: one segment stream per batch of packets, and no added delay.
import type { Socket } from "node:net";

type AnyWrite = (...args: unknown[]) => boolean;

/** Makes `socket` gather the writes of each tick into one system call. */
export function batchWritesPerTick(socket: Socket): Socket {
  const write = socket.write as unknown as AnyWrite;
  let corked = false;
  const release = () => {
    corked = false;
    socket.uncork();
  };
  socket.write = ((...args: unknown[]) => {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(release);
    }
    return write.apply(socket, args);
  }) as unknown as Socket["write"];
  return socket;
}
