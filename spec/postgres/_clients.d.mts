/** Installs python3-psycopg2 when missing; true once /usr/bin/python3 can import psycopg2. */
export function ensurePsycopg2(): boolean;
/** Installs pgjdbc and javac when missing; true once both are there. */
export function ensurePgjdbc(): boolean;
