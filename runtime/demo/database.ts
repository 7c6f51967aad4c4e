// The demo's database: PGlite (PostgreSQL in WebAssembly, in this process) loaded with the
// fictitious payments fixture, served on a loopback port with pglite-socket so the gateway
// reaches it like any PostgreSQL server.

import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export class DemoDatabaseError extends Error {}

export interface DemoDatabase {
  /** postgres:// URL of the socket server (PGlite accepts any password). */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startDemoDatabase(fixture: string, port = 0): Promise<DemoDatabase> {
  const db = await PGlite.create();
  try {
    await db.exec(readFileSync(fixture, "utf8"));
  } catch (e) {
    await db.close();
    throw new DemoDatabaseError(`cannot load ${fixture} into PGlite: ${(e as Error).message}`);
  }
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: port || await freePort(), maxConnections: 64 });
  await server.start();
  const conn = server.getServerConn();
  const actualPort = Number(conn.slice(conn.lastIndexOf(":") + 1));
  return {
    url: `postgres://postgres@127.0.0.1:${actualPort}/postgres`,
    port: actualPort,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}

async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}
