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
-- Everyday reads of the payments schema: joins, aggregates, windows, catalog and size queries, SHOW, EXPLAIN.
SELECT * FROM customers
SELECT * FROM customers LIMIT 10
TABLE customers
SELECT * FROM customer_contacts
SELECT id, contact FROM customer_contacts WHERE id < 5
SELECT count(*) FROM customers
SELECT status, count(*) FROM accounts GROUP BY status ORDER BY 2 DESC
SELECT a.status, sum(a.balance) AS total FROM accounts a GROUP BY ROLLUP (a.status)
SELECT c.full_name, a.balance FROM customers c JOIN accounts a ON a.customer_id = c.id WHERE a.balance > 1000 ORDER BY a.balance DESC LIMIT 20
SELECT c.id, c.full_name FROM customers c WHERE EXISTS (SELECT 1 FROM accounts a WHERE a.customer_id = c.id AND a.status = 'frozen')
SELECT id FROM customers WHERE id IN (SELECT customer_id FROM accounts WHERE balance < 0)
SELECT date_trunc('month', booked_at) AS month, sum(amount) FROM transactions GROUP BY 1 ORDER BY 1
SELECT extract(year FROM birth_date) AS y, count(*) FROM customers GROUP BY y
SELECT to_char(booked_at, 'YYYY-MM-DD') d, count(*) FROM transactions GROUP BY d ORDER BY d
SELECT account_id, amount, sum(amount) OVER (PARTITION BY account_id ORDER BY booked_at) AS running FROM transactions
SELECT account_id, rank() OVER (ORDER BY sum(amount) DESC) FROM transactions GROUP BY account_id
SELECT *, row_number() OVER w FROM accounts WINDOW w AS (PARTITION BY status ORDER BY balance)
WITH big AS (SELECT * FROM accounts WHERE balance > 5000) SELECT count(*) FROM big
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) SELECT i FROM n
SELECT CASE WHEN balance < 0 THEN 'overdrawn' WHEN balance = 0 THEN 'empty' ELSE 'ok' END AS state, count(*) FROM accounts GROUP BY 1
SELECT coalesce(memo, '(none)') FROM transactions LIMIT 5
SELECT nullif(status, 'open') FROM accounts
SELECT greatest(balance, 0), least(balance, 100) FROM accounts
SELECT full_name FROM customers WHERE full_name ILIKE 'harp%'
SELECT full_name FROM customers WHERE full_name ~* '^a'
SELECT full_name FROM customers WHERE full_name SIMILAR TO '(A|B)%'
SELECT upper(full_name), length(full_name), substr(full_name, 1, 3) FROM customers
SELECT split_part(full_name, ' ', 1) AS first FROM customers
SELECT string_agg(full_name, ', ' ORDER BY full_name) FROM customers WHERE id < 5
SELECT array_agg(id) FROM accounts WHERE status = 'closed'
SELECT json_agg(t) FROM (SELECT id, status FROM accounts LIMIT 3) t
SELECT jsonb_build_object('id', id, 'status', status) FROM accounts LIMIT 3
SELECT row_to_json(a) FROM accounts a LIMIT 1
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY balance) FROM accounts
SELECT count(*) FILTER (WHERE status = 'open') AS open, count(*) FILTER (WHERE status = 'frozen') AS frozen FROM accounts
SELECT status, avg(balance)::numeric(14,2) FROM accounts GROUP BY status HAVING count(*) > 1
SELECT * FROM accounts ORDER BY balance DESC NULLS LAST FETCH FIRST 5 ROWS ONLY
SELECT * FROM transactions ORDER BY booked_at DESC OFFSET 10 LIMIT 10
SELECT * FROM transactions TABLESAMPLE SYSTEM (10)
SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS v(id, name)
SELECT g FROM generate_series(1, 5) g
SELECT d::date FROM generate_series('2026-01-01'::date, '2026-01-31'::date, interval '1 week') d
SELECT c.full_name, t.amount FROM customers c JOIN accounts a ON a.customer_id = c.id JOIN transactions t ON t.account_id = a.id WHERE t.amount > 500
SELECT c.full_name, last.amount FROM customers c CROSS JOIN LATERAL (SELECT amount FROM transactions t JOIN accounts a ON a.id = t.account_id WHERE a.customer_id = c.id ORDER BY booked_at DESC LIMIT 1) last
SELECT id FROM accounts UNION SELECT customer_id FROM accounts
SELECT id FROM accounts EXCEPT SELECT account_id FROM transactions
SELECT id FROM customers INTERSECT SELECT customer_id FROM accounts
SELECT now(), current_date, current_timestamp, localtime
SELECT version()
SELECT current_user, session_user, current_database(), current_schema()
SELECT clock_timestamp(), statement_timestamp()
SELECT gen_random_uuid()
SELECT md5('x'), sha256('x'::bytea)
SELECT pg_typeof(balance) FROM accounts LIMIT 1
SELECT count(DISTINCT status) FROM accounts
SELECT DISTINCT ON (account_id) account_id, amount FROM transactions ORDER BY account_id, booked_at DESC
SELECT age(birth_date) FROM customers LIMIT 3
SELECT id, birth_date + interval '18 years' FROM customers
SELECT round(avg(amount), 2), min(amount), max(amount), stddev(amount) FROM transactions
SELECT width_bucket(balance, 0, 10000, 10), count(*) FROM accounts GROUP BY 1
SELECT regexp_replace(full_name, '\s+', ' ', 'g') FROM customers
SELECT format('%s has %s', full_name, id) FROM customers LIMIT 2
SELECT concat_ws(' ', full_name, id) FROM customers LIMIT 2
SELECT left(full_name, 1) || '.' FROM customers
SELECT * FROM pg_tables WHERE schemaname = 'public'
SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position
SELECT relname, n_live_tup FROM pg_stat_user_tables
SELECT pg_size_pretty(pg_total_relation_size('transactions'))
SELECT pg_size_pretty(pg_database_size(current_database()))
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'accounts'::regclass
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'customers'
SELECT * FROM pg_stat_activity WHERE datname = current_database()
SELECT setting FROM pg_settings WHERE name = 'max_connections'
SHOW server_version
SHOW ALL
EXPLAIN SELECT * FROM transactions WHERE account_id = 3
EXPLAIN (FORMAT JSON) SELECT count(*) FROM accounts
SELECT a.id, (SELECT count(*) FROM transactions t WHERE t.account_id = a.id) AS n FROM accounts a
SELECT * FROM accounts WHERE balance BETWEEN 100 AND 200
SELECT * FROM accounts WHERE status <> ALL (ARRAY['closed', 'frozen'])
SELECT * FROM accounts WHERE status = ANY ('{open}')
SELECT * FROM transactions WHERE booked_at >= now() - interval '30 days'
SELECT * FROM transactions WHERE booked_at::date = '2026-03-01'
SELECT id, amount::text FROM transactions LIMIT 3
SELECT CAST(amount AS integer) FROM transactions LIMIT 3
SELECT id, amount FROM transactions WHERE memo IS NULL
SELECT id FROM transactions WHERE memo IS NOT DISTINCT FROM NULL
SELECT status, count(*) FROM accounts GROUP BY GROUPING SETS ((status), ())
SELECT status, count(*) FROM accounts GROUP BY CUBE (status)
SELECT a.*, c.full_name FROM accounts a LEFT JOIN customers c USING (id)
SELECT * FROM accounts a NATURAL JOIN transactions t LIMIT 1
SELECT * FROM accounts FULL OUTER JOIN customers ON accounts.customer_id = customers.id LIMIT 3
SELECT t.* FROM transactions t WHERE t.amount = (SELECT max(amount) FROM transactions)
SELECT id FROM customers ORDER BY random() LIMIT 1
SELECT json_build_array(1, 2, 3)
SELECT '{"a":{"b":2}}'::jsonb -> 'a' ->> 'b'
SELECT jsonb_path_query('{"a":[1,2]}', '$.a[*]')
SELECT * FROM jsonb_each('{"a":1,"b":2}')
SELECT unnest(ARRAY[1,2,3])
SELECT * FROM unnest(ARRAY[1,2], ARRAY['a','b']) AS t(n, s)
SELECT array_length(ARRAY[1,2,3], 1), cardinality(ARRAY[1])
SELECT date_part('dow', booked_at), count(*) FROM transactions GROUP BY 1
SELECT id, lag(amount) OVER (ORDER BY booked_at), lead(amount) OVER (ORDER BY booked_at) FROM transactions LIMIT 5
SELECT ntile(4) OVER (ORDER BY balance), balance FROM accounts
SELECT first_value(amount) OVER (PARTITION BY account_id ORDER BY booked_at ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM transactions
SELECT bool_and(balance > 0), bool_or(status = 'frozen') FROM accounts
SELECT mode() WITHIN GROUP (ORDER BY status) FROM accounts
SELECT EXISTS (SELECT 1 FROM accounts WHERE balance > 1000000)
SELECT id FROM accounts WHERE balance > 100 AND status = 'open' OR customer_id = 3
SELECT to_timestamp(0), to_date('2026-01-01', 'YYYY-MM-DD'), make_date(2026, 1, 1)
SELECT trim(both ' ' from full_name), lpad(id::text, 5, '0') FROM customers LIMIT 2
SELECT position('a' in full_name), strpos(full_name, 'e') FROM customers LIMIT 2
SELECT abs(amount), ceil(amount), floor(amount), trunc(amount), sign(amount), mod(id, 3) FROM transactions LIMIT 3
SELECT pg_backend_pid()
SELECT txid_current_if_assigned()
SELECT inet_client_addr(), inet_server_port()
SELECT has_table_privilege('customers', 'select')
SELECT obj_description('customers'::regclass)
SELECT pg_get_viewdef('customer_contacts')
SELECT pg_get_functiondef('customer_by_id'::regproc)
SELECT c.full_name FROM customers c WHERE c.id = 3;
SELECT 1; SELECT 2
/* report */ SELECT count(*) FROM accounts -- total
select Id, Full_Name from Customers where ID = 1
SELECT "id", "full_name" FROM "public"."customers"
SELECT * FROM public.accounts a WHERE a.id = $1
SELECT count(*) FROM transactions TABLESAMPLE BERNOULLI (5) REPEATABLE (1)
SELECT id FROM accounts TABLESAMPLE system_rows (3)
SELECT * FROM transactions WHERE '2026-01-05' BETWEEN booked_at AND booked_at + interval '7 days'
SELECT id FROM customers WHERE 30 BETWEEN 18 AND extract(year FROM age(birth_date))
SELECT 1 WHERE 5 BETWEEN 1 AND 10 AND 'b' NOT BETWEEN 'c' AND 'd'
