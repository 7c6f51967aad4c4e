-- Plain reads: every one must come out read-only. One a line.
SELECT id, full_name FROM customers WHERE id = 3
SELECT count(*) FROM transactions t JOIN accounts a ON a.id = t.account_id
WITH x AS (SELECT 1 AS a) SELECT a FROM x
select lower(full_name), upper(status) from customers c join accounts a on a.customer_id = c.id
SELECT date_trunc('month', booked_at) AS m, sum(amount) FROM transactions GROUP BY 1 ORDER BY 1
SELECT * FROM customers WHERE id IN (SELECT customer_id FROM accounts WHERE balance > 1000)
SELECT a.id, coalesce(t.total, 0) FROM accounts a LEFT JOIN LATERAL (SELECT sum(amount) AS total FROM transactions WHERE account_id = a.id) t ON true
SELECT id FROM customers UNION SELECT id FROM accounts
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT n FROM r
SELECT row_number() OVER (PARTITION BY account_id ORDER BY booked_at), amount FROM transactions
SELECT json_build_object('id', id, 'name', full_name) FROM customers
SELECT now(), current_user, version()
SELECT 1
SHOW search_path
EXPLAIN SELECT * FROM customers
COPY customers TO STDOUT
COPY (SELECT id FROM accounts) TO STDOUT WITH CSV
SELECT extract(year FROM birth_date), age(birth_date) FROM customers
SELECT status, count(*) FILTER (WHERE balance < 0) FROM accounts GROUP BY status HAVING count(*) > 1
SELECT * FROM generate_series(1, 3) g
SELECT CASE WHEN balance > 0 THEN 'credit' ELSE 'debit' END FROM accounts
SELECT string_agg(full_name, ', ' ORDER BY full_name) FROM customers
SELECT id::text || '-' || status FROM accounts
SELECT * FROM customer_contacts LIMIT 5
SELECT EXISTS (SELECT 1 FROM accounts WHERE status = 'frozen')
VALUES (1, 'a'), (2, 'b')
BEGIN; SELECT 1; COMMIT
SELECT round(avg(amount)::numeric, 2) FROM transactions
SELECT random()
TABLE accounts
SET TRANSACTION READ ONLY
BEGIN; SET TRANSACTION ISOLATION LEVEL REPEATABLE READ; SELECT 1; COMMIT
SELECT current_query()
SELECT pg_current_wal_lsn()
SELECT (c).full_name FROM customers c
SELECT (jsonb_each('{"a": 1}'::jsonb)).key
SELECT sum(amount) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM transactions
SELECT 1 OPERATOR(pg_catalog.+) 2
SELECT '{1,2}'::int[] @> '{1}' AND 1 != 2
SELECT any_value(status) FROM accounts
SELECT pg_stat_get_xact_numscans('customers'::regclass)
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY
SELECT id FROM customers WHERE id BETWEEN 1 AND 5 OR id NOT BETWEEN SYMMETRIC 9 AND 3
SELECT id FROM accounts WHERE id = ANY (ARRAY[1, 2]) AND status NOT IN ('closed') AND status ILIKE 'a%'
BEGIN TRANSACTION READ ONLY, DEFERRABLE; SELECT 1; COMMIT
START TRANSACTION; SELECT 1; COMMIT
SELECT array_agg(id ORDER BY id USING >), row_number() OVER (ORDER BY id USING <) FROM customers
SELECT 1 WHERE 1 = ANY (SELECT 1) AND 2 IN (SELECT 2) AND 3 > ALL (SELECT 1) AND (1, 2) = (SELECT 1, 2)
SELECT xmlelement(name x, 1 + 2, 'a' || 'b'), (ARRAY[1, 2])[1 + 1]
SELECT id::text, id::bigint, id::numeric(10, 2), balance::int, '1'::int, 1::boolean, 'a'::char(3), 'x'::varchar(2) FROM accounts
SELECT CAST('2026-01-01' AS date), CAST('{1}' AS int[]), interval '1 day', date '2026-01-01', timestamp with time zone 'epoch', 1.5::double precision
SELECT '127.0.0.1'::inet, '{"a":1}'::jsonb, 'a b'::tsvector, '[1,2)'::int4range, 'x'::bytea, 'a'::name, '{}'::_int4, 'x'::"char"
SELECT 'customers'::regclass::oid, 'text'::regtype, 'lower(text)'::regprocedure, 'public'::regnamespace, NULL::pg_class
SELECT 'YES'::information_schema.yes_or_no, 1::pg_catalog.int8
SELECT result.TABLE_CAT, result.TABLE_SCHEM, result.TABLE_NAME, result.COLUMN_NAME, result.KEY_SEQ, result.PK_NAME FROM (SELECT NULL AS TABLE_CAT, n.nspname AS TABLE_SCHEM, ct.relname AS TABLE_NAME, a.attname AS COLUMN_NAME, (information_schema._pg_expandarray(i.indkey)).n AS KEY_SEQ, ci.relname AS PK_NAME, information_schema._pg_expandarray(i.indkey) AS KEYS, a.attnum AS A_ATTNUM FROM pg_catalog.pg_class ct JOIN pg_catalog.pg_attribute a ON (ct.oid = a.attrelid) JOIN pg_catalog.pg_namespace n ON (ct.relnamespace = n.oid) JOIN pg_catalog.pg_index i ON ( a.attrelid = i.indrelid) JOIN pg_catalog.pg_class ci ON (ci.oid = i.indexrelid) WHERE true AND ct.relname = E'customers' AND i.indisprimary ) result where result.A_ATTNUM = (result.KEYS).x ORDER BY result.table_name, result.pk_name, result.key_seq
SELECT r.http_status, r.lo_mark, (r).dblink_name FROM requests r
SELECT s.nextval, g.g FROM (SELECT 1 AS nextval) s, generate_series(1, 2) g
SELECT * FROM XMLTABLE('/r/i' PASSING xml '<r><i>1</i></r>' COLUMNS i int PATH '.' DEFAULT 0, n text PATH '@n')
SELECT * FROM json_to_record('{"a": 1, "b": "x"}') AS x(a int, b text, c timestamptz, d numeric(5,2), e int[])
SELECT x.nextval FROM (SELECT 1 AS nextval) x
SELECT t.x, j.key, s.g FROM unnest(ARRAY[1, 2]) AS t(x), jsonb_each('{"a": 1}') j, generate_series(1, 3) AS s(g)
SELECT n.nspname as "Schema", t.typname as "Name", pg_catalog.format_type(t.typbasetype, t.typtypmod) as "Type", pg_catalog.array_to_string(ARRAY(SELECT pg_catalog.pg_get_constraintdef(r.oid, true) FROM pg_catalog.pg_constraint r WHERE t.oid = r.contypid), ' ') as "Check" FROM pg_catalog.pg_type t LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'd' AND pg_catalog.pg_type_is_visible(t.oid) ORDER BY 1, 2
SELECT c.tableoid, c.oid, c.relname, c.relacl, acldefault('r', c.relowner) AS acldefault, c.relkind FROM pg_class c WHERE c.relkind IN ('r', 'S', 'v', 'c', 'm', 'f', 'p') ORDER BY c.oid
SELECT CURRENT_USER, SESSION_USER, CURRENT_CATALOG, CURRENT_SCHEMA, COLLATION FOR ('a'), 'a' IS NORMALIZED, normalize('a', NFC)
SELECT OVERLAY('abc' PLACING 'x' FROM 2), POSITION('b' IN 'abc'), SUBSTRING('abc' FROM 2 FOR 1), TRIM(LEADING 'x' FROM 'xa')
SELECT slot_name, active, pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn) FROM pg_replication_slots
SELECT blocked.pid, blocking.pid AS blocking_pid FROM pg_stat_activity blocked JOIN pg_stat_activity blocking ON blocking.pid = ANY (pg_blocking_pids(blocked.pid))
SET CONSTRAINTS ALL IMMEDIATE
