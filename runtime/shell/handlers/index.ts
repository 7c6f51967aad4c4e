// The code-backed analyses the knowledge base refers to by name.
import type { HandlerName } from "../knowledge/rules.js";
import type { Handler } from "../scope.js";
import { awkHandler } from "./awk.js";
import { chmodHandler, killHandler, tarHandler } from "./files.js";
import { findHandler } from "./find.js";
import { mysqlHandler, psqlHandler } from "./psql.js";
import { rsyncHandler, socatHandler, sshHandler } from "./remote.js";
import { evalHandler, interpreterHandler, namesHandler, shellHandler, testHandler } from "./scripts.js";
import { sedHandler } from "./sed.js";

export const HANDLERS: Record<HandlerName, Handler> = {
  shell: shellHandler,
  interpreter: interpreterHandler,
  eval: evalHandler,
  names: namesHandler,
  test: testHandler,
  find: findHandler,
  sed: sedHandler,
  awk: awkHandler,
  psql: psqlHandler,
  mysql: mysqlHandler,
  ssh: sshHandler,
  rsync: rsyncHandler,
  socat: socatHandler,
  tar: tarHandler,
  chmod: chmodHandler,
  kill: killHandler,
};
