// A byte relay that does nothing but copy between a client and PostgreSQL, on the same runtime as
// the gateway: the floor any Node.js proxy starts from (`npm run bench:pg` measures it beside the
// gateway). Usage: node _relay.js LISTEN_PORT UPSTREAM_PORT
import { connect, createServer } from "node:net";

const [listen, upstream] = process.argv.slice(2).map(Number);
createServer((client) => {
  client.setNoDelay(true);
  const server = connect({ host: "127.0.0.1", port: upstream! }, () => server.setNoDelay(true));
  client.on("data", (d) => server.write(d));
  server.on("data", (d) => client.write(d));
  client.on("close", () => server.destroy());
  server.on("close", () => client.destroy());
  client.on("error", () => undefined);
  server.on("error", () => undefined);
}).listen(listen, "127.0.0.1");
