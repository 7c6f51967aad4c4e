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
-- Reads of ORMs, psql \d, pg_dump, admin and BI tools, monitoring and analysts; each ran in a read-only transaction on PostgreSQL 15.
-- ORMs: Django
SELECT "customers"."id", "customers"."full_name", "customers"."email" FROM "customers" WHERE "customers"."id" = 3 LIMIT 21
SELECT COUNT(*) AS "__count" FROM "accounts" WHERE "accounts"."status" = 'open'
SELECT (1) AS "a" FROM "customers" WHERE "customers"."email" = 'x@example.com' LIMIT 1
SELECT "accounts"."id", "accounts"."balance", "customers"."id", "customers"."full_name" FROM "accounts" INNER JOIN "customers" ON ("accounts"."customer_id" = "customers"."id") ORDER BY "accounts"."id" ASC LIMIT 10 OFFSET 20
SELECT DISTINCT "accounts"."status" FROM "accounts" ORDER BY "accounts"."status" ASC
SELECT "transactions"."account_id", SUM("transactions"."amount") AS "total" FROM "transactions" GROUP BY "transactions"."account_id" HAVING SUM("transactions"."amount") > 100 ORDER BY "total" DESC
SELECT "customers"."id" FROM "customers" WHERE UPPER("customers"."full_name"::text) LIKE UPPER('%harper%')
SELECT "transactions"."id" FROM "transactions" WHERE "transactions"."booked_at" BETWEEN '2026-01-01T00:00:00+00:00'::timestamptz AND '2026-12-31T23:59:59+00:00'::timestamptz
SELECT "customers"."id" FROM "customers" WHERE "customers"."id" IN (SELECT U0."customer_id" FROM "accounts" U0 WHERE U0."balance" > 1000)
SELECT "transactions"."id" FROM "transactions" WHERE EXTRACT(YEAR FROM "transactions"."booked_at" AT TIME ZONE 'UTC') = 2026
SELECT "customers"."id", (SELECT COUNT(U0."id") FROM "accounts" U0 WHERE U0."customer_id" = ("customers"."id")) AS "n" FROM "customers" LIMIT 5
SELECT c.relname FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', '') AND n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_toast' AND pg_catalog.pg_table_is_visible(c.oid)
SELECT "django_migrations"."app", "django_migrations"."name" FROM (VALUES ('auth', '0001_initial')) AS "django_migrations"("app", "name")
-- ORMs: Rails / ActiveRecord
SELECT "customers".* FROM "customers" WHERE "customers"."id" = $1 LIMIT $2
SELECT "accounts".* FROM "accounts" WHERE "accounts"."customer_id" IN ($1, $2, $3)
SELECT 1 AS one FROM "customers" WHERE "customers"."email" = $1 LIMIT $2
SELECT COUNT(*) FROM "transactions" WHERE "transactions"."account_id" = $1
SELECT "customers".* FROM "customers" ORDER BY "customers"."id" DESC LIMIT $1
SELECT a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid), a.attnotnull, a.atttypid, a.atttypmod, c.collname, col_description(a.attrelid, a.attnum) AS comment, attidentity AS identity, attgenerated as attgenerated FROM pg_attribute a LEFT JOIN pg_attrdef d ON a.attrelid = d.adrelid AND a.attnum = d.adnum LEFT JOIN pg_type t ON a.atttypid = t.oid LEFT JOIN pg_collation c ON a.attcollation = c.oid AND a.attcollation <> t.typcollation WHERE a.attrelid = '"customers"'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum
SELECT t.oid, t.typname FROM pg_type as t WHERE t.typname IN ('int2', 'int4', 'int8', 'oid', 'float4', 'float8', 'numeric', 'bool', 'timestamp', 'timestamptz')
SELECT t.oid, t.typname, t.typelem, t.typdelim, t.typinput, r.rngsubtype, t.typtype, t.typbasetype FROM pg_type as t LEFT JOIN pg_range as r ON oid = rngtypid WHERE t.typtype IN ('r', 'e', 'd')
SELECT c.relname FROM pg_class c LEFT JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ANY (current_schemas(false)) AND c.relname = 'schema_migrations' AND c.relkind IN ('r','p')
SELECT a.attname FROM (SELECT indrelid, indkey, generate_subscripts(indkey, 1) idx FROM pg_index WHERE indrelid = '"accounts"'::regclass AND indisprimary) i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[i.idx] ORDER BY i.idx
SELECT pg_try_advisory_xact_lock_shared IS NULL FROM (SELECT NULL::bool AS pg_try_advisory_xact_lock_shared) s
SELECT current_setting('server_version_num')::int
SELECT conname, pg_get_constraintdef(c.oid, true) AS constraintdef, c.convalidated AS valid FROM pg_constraint c JOIN pg_class t ON c.conrelid = t.oid JOIN pg_namespace ns ON ns.oid = c.connamespace WHERE c.contype = 'c' AND t.relname = 'accounts' AND ns.nspname = ANY (current_schemas(false))
SELECT distinct i.relname, d.indisunique, d.indkey, pg_get_indexdef(d.indexrelid), t.oid, pg_catalog.obj_description(i.oid, 'pg_class') AS comment, d.indisvalid FROM pg_class t INNER JOIN pg_index d ON t.oid = d.indrelid INNER JOIN pg_class i ON d.indexrelid = i.oid LEFT JOIN pg_namespace n ON n.oid = t.relnamespace WHERE i.relkind IN ('i', 'I') AND d.indisprimary = 'f' AND t.relname = 'customers' AND n.nspname = ANY (current_schemas(false)) ORDER BY i.relname
-- ORMs: SQLAlchemy
SELECT customers.id AS customers_id, customers.full_name AS customers_full_name FROM customers WHERE customers.id = $1
SELECT accounts.id AS accounts_id, accounts.balance AS accounts_balance FROM accounts WHERE accounts.status IN ($1, $2)
select pg_catalog.version()
select current_schema()
show transaction isolation level
show standard_conforming_strings
SELECT CAST('test plain returns' AS VARCHAR(60)) AS anon_1
SELECT CAST('test unicode returns' AS VARCHAR(60)) AS anon_1
SELECT pg_catalog.pg_class.relname FROM pg_catalog.pg_class JOIN pg_catalog.pg_namespace ON pg_catalog.pg_namespace.oid = pg_catalog.pg_class.relnamespace WHERE pg_catalog.pg_class.relname = 'customers' AND pg_catalog.pg_class.relkind = ANY (ARRAY['r', 'p', 'f', 'v', 'm']) AND pg_catalog.pg_table_is_visible(pg_catalog.pg_class.oid) AND pg_catalog.pg_namespace.nspname != 'pg_catalog'
SELECT count(*) AS count_1 FROM (SELECT accounts.id AS accounts_id FROM accounts WHERE accounts.balance > 100) AS anon_1
SELECT anon_1.id, anon_1.rn FROM (SELECT transactions.id AS id, row_number() OVER (PARTITION BY transactions.account_id ORDER BY transactions.booked_at DESC) AS rn FROM transactions) AS anon_1 WHERE anon_1.rn = 1
SELECT pg_catalog.pg_attribute.attname AS name, pg_catalog.format_type(pg_catalog.pg_attribute.atttypid, pg_catalog.pg_attribute.atttypmod) AS format_type, (SELECT pg_catalog.pg_get_expr(pg_catalog.pg_attrdef.adbin, pg_catalog.pg_attrdef.adrelid) FROM pg_catalog.pg_attrdef WHERE pg_catalog.pg_attrdef.adrelid = pg_catalog.pg_attribute.attrelid AND pg_catalog.pg_attrdef.adnum = pg_catalog.pg_attribute.attnum AND pg_catalog.pg_attribute.atthasdef) AS "default", pg_catalog.pg_attribute.attnotnull AS not_null FROM pg_catalog.pg_class AS pg_catalog_pg_class JOIN pg_catalog.pg_attribute ON pg_catalog_pg_class.oid = pg_catalog.pg_attribute.attrelid WHERE pg_catalog_pg_class.relname = 'accounts' AND pg_catalog.pg_attribute.attnum > 0 AND NOT pg_catalog.pg_attribute.attisdropped ORDER BY pg_catalog.pg_attribute.attnum
SELECT customers.id, customers.full_name FROM customers WHERE customers.full_name ILIKE '%' || 'son' || '%' ORDER BY customers.full_name LIMIT 50 OFFSET 0
-- ORMs: Prisma
SELECT "public"."customers"."id", "public"."customers"."full_name", "public"."customers"."email" FROM "public"."customers" WHERE ("public"."customers"."id" = $1 AND 1=1) LIMIT $2 OFFSET $3
SELECT "public"."accounts"."id", "public"."accounts"."customer_id" FROM "public"."accounts" WHERE "public"."accounts"."customer_id" IN ($1,$2) OFFSET $3
SELECT COUNT(*) AS "_count$_all" FROM (SELECT "public"."transactions"."id" FROM "public"."transactions" WHERE 1=1 OFFSET $1) AS "sub"
SELECT "public"."customers"."id", COALESCE("aggr_selection_0_Account"."_aggr_count_accounts", 0) AS "_aggr_count_accounts" FROM "public"."customers" LEFT JOIN (SELECT "public"."accounts"."customer_id", COUNT(*) AS "_aggr_count_accounts" FROM "public"."accounts" WHERE 1=1 GROUP BY "public"."accounts"."customer_id") AS "aggr_selection_0_Account" ON ("public"."customers"."id" = "aggr_selection_0_Account"."customer_id") WHERE 1=1 OFFSET $1
SELECT "public"."accounts"."status", SUM("public"."accounts"."balance") FROM "public"."accounts" WHERE 1=1 GROUP BY "public"."accounts"."status" OFFSET $1
SELECT "public"."customers"."id" FROM "public"."customers" WHERE "public"."customers"."full_name"::text ILIKE $1 ORDER BY "public"."customers"."id" ASC LIMIT $2 OFFSET $3
-- ORMs: Hibernate / JDBC
select c1_0.id,c1_0.email,c1_0.full_name from customers c1_0 where c1_0.id=$1
select a1_0.id,a1_0.balance,a1_0.customer_id,a1_0.status from accounts a1_0 where a1_0.customer_id=$1 order by a1_0.id offset $2 rows fetch first $3 rows only
select count(t1_0.id) from transactions t1_0 where t1_0.account_id=$1
select customer0_.id as id1_0_, customer0_.full_name as full_nam2_0_ from customers customer0_ where customer0_.email=$1
SELECT NULL AS TABLE_CAT, n.nspname AS TABLE_SCHEM, c.relname AS TABLE_NAME, CASE n.nspname ~ '^pg_' OR n.nspname = 'information_schema' WHEN true THEN CASE WHEN n.nspname = 'pg_catalog' OR n.nspname = 'information_schema' THEN CASE c.relkind WHEN 'r' THEN 'SYSTEM TABLE' WHEN 'v' THEN 'SYSTEM VIEW' WHEN 'i' THEN 'SYSTEM INDEX' ELSE NULL END WHEN n.nspname = 'pg_toast' THEN CASE c.relkind WHEN 'r' THEN 'SYSTEM TOAST TABLE' WHEN 'i' THEN 'SYSTEM TOAST INDEX' ELSE NULL END ELSE CASE c.relkind WHEN 'r' THEN 'TEMPORARY TABLE' WHEN 'p' THEN 'TEMPORARY TABLE' WHEN 'i' THEN 'TEMPORARY INDEX' WHEN 'S' THEN 'TEMPORARY SEQUENCE' WHEN 'v' THEN 'TEMPORARY VIEW' ELSE NULL END END WHEN false THEN CASE c.relkind WHEN 'r' THEN 'TABLE' WHEN 'p' THEN 'PARTITIONED TABLE' WHEN 'i' THEN 'INDEX' WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'c' THEN 'TYPE' WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE NULL END ELSE NULL END AS TABLE_TYPE, d.description AS REMARKS, '' as TYPE_CAT, '' as TYPE_SCHEM, '' as TYPE_NAME, '' AS SELF_REFERENCING_COL_NAME, '' AS REF_GENERATION FROM pg_catalog.pg_namespace n, pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_description d ON (c.oid = d.objoid AND d.objsubid = 0 and d.classoid = 'pg_class'::regclass) WHERE c.relnamespace = n.oid AND c.relname LIKE '%' ORDER BY TABLE_TYPE,TABLE_SCHEM,TABLE_NAME
SELECT * FROM (SELECT n.nspname,c.relname,a.attname,a.atttypid,a.attnotnull OR (t.typtype = 'd' AND t.typnotnull) AS attnotnull,a.atttypmod,a.attlen,t.typtypmod,row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum) AS attnum, nullif(a.attidentity, '') as attidentity,nullif(a.attgenerated, '') as attgenerated,pg_catalog.pg_get_expr(def.adbin, def.adrelid) AS adsrc,dsc.description,t.typbasetype,t.typtype FROM pg_catalog.pg_namespace n JOIN pg_catalog.pg_class c ON (c.relnamespace = n.oid) JOIN pg_catalog.pg_attribute a ON (a.attrelid=c.oid) JOIN pg_catalog.pg_type t ON (a.atttypid = t.oid) LEFT JOIN pg_catalog.pg_attrdef def ON (a.attrelid=def.adrelid AND a.attnum = def.adnum) LEFT JOIN pg_catalog.pg_description dsc ON (c.oid=dsc.objoid AND a.attnum = dsc.objsubid) LEFT JOIN pg_catalog.pg_class dc ON (dc.oid=dsc.classoid AND dc.relname='pg_class') LEFT JOIN pg_catalog.pg_namespace dn ON (dc.relnamespace=dn.oid AND dn.nspname='pg_catalog') WHERE c.relkind in ('r','p','v','f','m') and a.attnum > 0 AND NOT a.attisdropped AND n.nspname LIKE 'public' AND c.relname LIKE 'customers') c WHERE true ORDER BY nspname,c.relname,attnum
SELECT typinput='pg_catalog.array_in'::regproc as is_array, typtype, typname, pg_type.oid FROM pg_catalog.pg_type LEFT JOIN (select ns.oid as nspoid, ns.nspname, r.r from pg_namespace as ns join ( select s.r, (current_schemas(false))[s.r] as nspname from generate_series(1, array_upper(current_schemas(false), 1)) as s(r) ) as r using ( nspname ) ) as sp ON sp.nspoid = typnamespace WHERE pg_type.oid = 23 ORDER BY sp.r, pg_type.oid DESC
SELECT 1 FROM customers WHERE id = $1
-- psql \d family (PostgreSQL 15 psql)
SELECT n.nspname as "Schema", c.relname as "Name", CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index' WHEN 'S' THEN 'sequence' WHEN 't' THEN 'TOAST table' WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' END as "Type", pg_catalog.pg_get_userbyid(c.relowner) as "Owner" FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam WHERE c.relkind IN ('r','p','v','m','S','f','') AND n.nspname <> 'pg_catalog' AND n.nspname !~ '^pg_toast' AND n.nspname <> 'information_schema' AND pg_catalog.pg_table_is_visible(c.oid) ORDER BY 1,2
SELECT c.oid, n.nspname, c.relname FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relname OPERATOR(pg_catalog.~) '^(customers)$' COLLATE pg_catalog.default AND pg_catalog.pg_table_is_visible(c.oid) ORDER BY 2, 3
SELECT c.relchecks, c.relkind, c.relhasindex, c.relhasrules, c.relhastriggers, c.relrowsecurity, c.relforcerowsecurity, false AS relhasoids, c.relispartition, '', c.reltablespace, CASE WHEN c.reloftype = 0 THEN '' ELSE c.reloftype::pg_catalog.regtype::pg_catalog.text END, c.relpersistence, c.relreplident, am.amname FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_class tc ON (c.reltoastrelid = tc.oid) LEFT JOIN pg_catalog.pg_am am ON (c.relam = am.oid) WHERE c.oid = '16386'
SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true) FROM pg_catalog.pg_attrdef d WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef), a.attnotnull, (SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t WHERE c.oid = a.attcollation AND t.oid = a.atttypid AND a.attcollation <> t.typcollation) AS attcollation, a.attidentity, a.attgenerated FROM pg_catalog.pg_attribute a WHERE a.attrelid = '16386' AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum
SELECT c2.relname, i.indisprimary, i.indisunique, i.indisclustered, i.indisvalid, pg_catalog.pg_get_indexdef(i.indexrelid, 0, true), pg_catalog.pg_get_constraintdef(con.oid, true), contype, condeferrable, condeferred, i.indisreplident, c2.reltablespace FROM pg_catalog.pg_class c, pg_catalog.pg_class c2, pg_catalog.pg_index i LEFT JOIN pg_catalog.pg_constraint con ON (conrelid = i.indrelid AND conindid = i.indexrelid AND contype IN ('p','u','x')) WHERE c.oid = '16386' AND c.oid = i.indrelid AND i.indexrelid = c2.oid ORDER BY i.indisprimary DESC, c2.relname
SELECT conrelid = '16386'::pg_catalog.regclass AS sametable, conname, pg_catalog.pg_get_constraintdef(oid, true) AS condef, conrelid::pg_catalog.regclass AS ontable FROM pg_catalog.pg_constraint, pg_catalog.pg_partition_ancestors('16386') WHERE conrelid = relid AND contype = 'f' AND conparentid = 0 ORDER BY sametable DESC, conname
SELECT conname, conrelid::pg_catalog.regclass AS ontable, pg_catalog.pg_get_constraintdef(oid, true) AS condef FROM pg_catalog.pg_constraint c WHERE confrelid IN (SELECT pg_catalog.pg_partition_ancestors('16386') UNION ALL VALUES ('16386'::pg_catalog.regclass)) AND contype = 'f' AND conparentid = 0 ORDER BY conname
SELECT pol.polname, pol.polpermissive, CASE WHEN pol.polroles = '{0}' THEN NULL ELSE pg_catalog.array_to_string(array(select rolname from pg_catalog.pg_roles where oid = any (pol.polroles) order by 1),',') END, pg_catalog.pg_get_expr(pol.polqual, pol.polrelid), pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid), CASE pol.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' END AS cmd FROM pg_catalog.pg_policy pol WHERE pol.polrelid = '16386' ORDER BY 1
SELECT oid, stxrelid::pg_catalog.regclass, stxnamespace::pg_catalog.regnamespace::pg_catalog.text AS nsp, stxname, pg_catalog.pg_get_statisticsobjdef_columns(oid) AS columns, 'd' = any(stxkind) AS ndist_enabled, 'f' = any(stxkind) AS deps_enabled, 'm' = any(stxkind) AS mcv_enabled, stxstattarget FROM pg_catalog.pg_statistic_ext WHERE stxrelid = '16386' ORDER BY nsp, stxname
SELECT pubname, NULL, NULL FROM pg_catalog.pg_publication p JOIN pg_catalog.pg_publication_namespace pn ON p.oid = pn.pnpubid JOIN pg_catalog.pg_class pc ON pc.relnamespace = pn.pnnspid WHERE pc.oid ='16386' and pg_catalog.pg_relation_is_publishable('16386') UNION SELECT pubname, pg_get_expr(pr.prqual, c.oid), (CASE WHEN pr.prattrs IS NOT NULL THEN (SELECT string_agg(attname, ', ') FROM pg_catalog.generate_series(0, pg_catalog.array_upper(pr.prattrs::pg_catalog.int2[], 1)) s, pg_catalog.pg_attribute WHERE attrelid = pr.prrelid AND attnum = prattrs[s]) ELSE NULL END) FROM pg_catalog.pg_publication p JOIN pg_catalog.pg_publication_rel pr ON p.oid = pr.prpubid JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid WHERE pr.prrelid = '16386' ORDER BY 1
SELECT t.tgname, pg_catalog.pg_get_triggerdef(t.oid, true), t.tgenabled, t.tgisinternal, NULL AS parent FROM pg_catalog.pg_trigger t WHERE t.tgrelid = '16386' AND (NOT t.tgisinternal OR (t.tgisinternal AND t.tgenabled = 'D') OR EXISTS (SELECT 1 FROM pg_catalog.pg_depend WHERE objid = t.oid AND refclassid = 'pg_catalog.pg_trigger'::pg_catalog.regclass)) ORDER BY 1
SELECT c.oid::pg_catalog.regclass FROM pg_catalog.pg_class c, pg_catalog.pg_inherits i WHERE c.oid = i.inhparent AND i.inhrelid = '16386' AND c.relkind != 'p' AND c.relkind != 'I' ORDER BY inhseqno
SELECT n.nspname AS "Name", pg_catalog.pg_get_userbyid(n.nspowner) AS "Owner" FROM pg_catalog.pg_namespace n WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' ORDER BY 1
SELECT n.nspname as "Schema", p.proname as "Name", pg_catalog.pg_get_function_result(p.oid) as "Result data type", pg_catalog.pg_get_function_arguments(p.oid) as "Argument data types", CASE p.prokind WHEN 'a' THEN 'agg' WHEN 'w' THEN 'window' WHEN 'p' THEN 'proc' ELSE 'func' END as "Type" FROM pg_catalog.pg_proc p LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE pg_catalog.pg_function_is_visible(p.oid) AND n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema' ORDER BY 1, 2, 4
SELECT r.rolname, r.rolsuper, r.rolinherit, r.rolcreaterole, r.rolcreatedb, r.rolcanlogin, r.rolconnlimit, r.rolvaliduntil, ARRAY(SELECT b.rolname FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles b ON (m.roleid = b.oid) WHERE m.member = r.oid) as memberof, r.rolreplication, r.rolbypassrls FROM pg_catalog.pg_roles r WHERE r.rolname !~ '^pg_' ORDER BY 1
SELECT d.datname as "Name", pg_catalog.pg_get_userbyid(d.datdba) as "Owner", pg_catalog.pg_encoding_to_char(d.encoding) as "Encoding", d.datcollate as "Collate", d.datctype as "Ctype", pg_catalog.array_to_string(d.datacl, E'\n') AS "Access privileges" FROM pg_catalog.pg_database d ORDER BY 1
SELECT e.extname AS "Name", e.extversion AS "Version", n.nspname AS "Schema", c.description AS "Description" FROM pg_catalog.pg_extension e LEFT JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace LEFT JOIN pg_catalog.pg_description c ON c.objoid = e.oid AND c.classoid = 'pg_catalog.pg_extension'::pg_catalog.regclass ORDER BY 1
SELECT n.nspname as "Schema", c.relname as "Name", CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' END as "Type", pg_catalog.array_to_string(c.relacl, E'\n') AS "Access privileges", pg_catalog.array_to_string(ARRAY(SELECT attname || E':\n  ' || pg_catalog.array_to_string(attacl, E'\n  ') FROM pg_catalog.pg_attribute a WHERE attrelid = c.oid AND NOT attisdropped AND attacl IS NOT NULL), E'\n') AS "Column privileges" FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r','v','m','S','f','p') AND n.nspname !~ '^pg_' AND pg_catalog.pg_table_is_visible(c.oid) ORDER BY 1, 2
SELECT pg_catalog.quote_ident(c.relname) FROM pg_catalog.pg_class c WHERE c.relkind IN ('r', 'S', 'v', 'm', 'f', 'p') AND substring(pg_catalog.quote_ident(c.relname),1,4)='cust' AND pg_catalog.pg_table_is_visible(c.oid) AND c.relnamespace <> (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = 'pg_catalog') LIMIT 1000
SELECT n.nspname as "Schema", pg_catalog.format_type(t.oid, NULL) AS "Name", pg_catalog.obj_description(t.oid, 'pg_type') as "Description" FROM pg_catalog.pg_type t LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE (t.typrelid = 0 OR (SELECT c.relkind = 'c' FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid)) AND NOT EXISTS(SELECT 1 FROM pg_catalog.pg_type el WHERE el.oid = t.typelem AND el.typarray = t.oid) AND n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema' AND pg_catalog.pg_type_is_visible(t.oid) ORDER BY 1, 2
SELECT spcname AS "Name", pg_catalog.pg_get_userbyid(spcowner) AS "Owner", pg_catalog.pg_tablespace_location(oid) AS "Location" FROM pg_catalog.pg_tablespace ORDER BY 1
SELECT pg_catalog.pg_get_viewdef('16420'::pg_catalog.oid, true)
SELECT rolname AS "Role", datname AS "Database", pg_catalog.array_to_string(setconfig, E'\n') AS "Settings" FROM pg_catalog.pg_db_role_setting s LEFT JOIN pg_catalog.pg_database d ON d.oid = setdatabase LEFT JOIN pg_catalog.pg_roles r ON r.oid = setrole ORDER BY 1, 2
SELECT evtname as "Name", evtevent as "Event", pg_catalog.pg_get_userbyid(e.evtowner) as "Owner", case evtenabled when 'O' then 'enabled' when 'R' then 'replica' when 'A' then 'always' when 'D' then 'disabled' end as "Enabled", e.evtfoid::pg_catalog.regproc as "Function", pg_catalog.array_to_string(array(select x from pg_catalog.unnest(evttags) as t(x)), ', ') as "Tags" FROM pg_catalog.pg_event_trigger e ORDER BY 1
SELECT s.srvname AS "Name", pg_catalog.pg_get_userbyid(s.srvowner) AS "Owner", f.fdwname AS "Foreign-data wrapper" FROM pg_catalog.pg_foreign_server s JOIN pg_catalog.pg_foreign_data_wrapper f ON f.oid=s.srvfdw ORDER BY 1
SELECT a.amname AS "Name", CASE WHEN a.amtype = 'i' THEN 'Index' WHEN a.amtype = 't' THEN 'Table' END AS "Type" FROM pg_catalog.pg_am a ORDER BY 1
SELECT n.nspname AS "Schema", c.conname AS "Name", pg_catalog.pg_encoding_to_char(c.conforencoding) AS "Source", pg_catalog.pg_encoding_to_char(c.contoencoding) AS "Destination", CASE WHEN c.condefault THEN 'yes' ELSE 'no' END AS "Default?" FROM pg_catalog.pg_conversion c JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace WHERE n.nspname <> 'pg_catalog' ORDER BY 1, 2
SELECT pg_catalog.format_type(castsource, NULL) AS "Source type", pg_catalog.format_type(casttarget, NULL) AS "Target type", CASE WHEN c.castmethod = 'b' THEN '(binary coercible)' WHEN c.castmethod = 'i' THEN '(with inout)' ELSE p.proname END AS "Function" FROM pg_catalog.pg_cast c LEFT JOIN pg_catalog.pg_proc p ON c.castfunc = p.oid ORDER BY 1, 2
SELECT l.lanname AS "Name", pg_catalog.pg_get_userbyid(l.lanowner) as "Owner", l.lanpltrusted AS "Trusted" FROM pg_catalog.pg_language l WHERE l.lanplcallfoid != 0 ORDER BY 1
SELECT o.oprname AS "Name", CASE WHEN o.oprkind='l' THEN NULL ELSE pg_catalog.format_type(o.oprleft, NULL) END AS "Left arg type", pg_catalog.format_type(o.oprright, NULL) AS "Right arg type", pg_catalog.format_type(o.oprresult, NULL) AS "Result type" FROM pg_catalog.pg_operator o LEFT JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE n.nspname <> 'pg_catalog' ORDER BY 1, 2
SELECT pg_catalog.pg_get_functiondef(p.oid) FROM pg_catalog.pg_proc p WHERE p.proname = 'customer_by_id'
SELECT pg_catalog.pg_get_function_identity_arguments(p.oid), p.proretset FROM pg_catalog.pg_proc p WHERE p.proname = 'touch_note'
-- pg_dump
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY
SELECT pg_catalog.current_setting('server_version_num')
SELECT oid, tableoid, nspname, nspowner, nspacl, acldefault('n', nspowner) AS acldefault FROM pg_namespace
SELECT x.tableoid, x.oid, x.extname, n.nspname, x.extrelocatable, x.extversion, x.extconfig, x.extcondition FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
SELECT tableoid, oid, typname, typnamespace, typacl, acldefault('T', typowner) AS acldefault, typowner, typelem, typrelid, CASE WHEN typrelid = 0 THEN ' '::"char" ELSE (SELECT relkind FROM pg_class WHERE oid = typrelid) END AS typrelkind, typtype, typisdefined, typname[0] = '_' AND typelem != 0 AND (SELECT typarray FROM pg_type te WHERE oid = pg_type.typelem) = oid AS isarray FROM pg_type
SELECT p.tableoid, p.oid, p.proname AS aggname, p.pronamespace AS aggnamespace, p.pronargs, p.proargtypes, p.proowner, p.proacl AS aggacl, acldefault('f', p.proowner) AS acldefault FROM pg_proc p LEFT JOIN pg_init_privs pip ON (p.oid = pip.objoid AND pip.classoid = 'pg_proc'::regclass AND pip.objsubid = 0) WHERE p.prokind = 'a' AND (p.pronamespace != (SELECT oid FROM pg_namespace WHERE nspname = 'pg_catalog') OR p.proacl IS DISTINCT FROM pip.initprivs)
SELECT c.tableoid, c.oid, c.relname, c.relnamespace, c.relkind, c.reltype, c.relowner, c.relchecks, c.relhasindex, c.relhasrules, c.relpages, c.relhastriggers, c.relpersistence, c.reloftype, c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's'::"char" ELSE 'r'::"char" END, c.relowner) AS acldefault, CASE WHEN c.relkind = 'f' THEN (SELECT ftserver FROM pg_catalog.pg_foreign_table WHERE ftrelid = c.oid) ELSE 0 END AS foreignserver, c.relfrozenxid, tc.relfrozenxid AS tfrozenxid, tc.oid AS toid, tc.relpages AS toastpages, tc.reloptions AS toast_reloptions, d.refobjid AS owning_tab, d.refobjsubid AS owning_col, tsp.spcname AS reltablespace, array_remove(array_remove(c.reloptions,'check_option=local'),'check_option=cascaded') AS reloptions, CASE WHEN 'check_option=local' = ANY (c.reloptions) THEN 'LOCAL'::text WHEN 'check_option=cascaded' = ANY (c.reloptions) THEN 'CASCADED'::text ELSE NULL END AS checkoption, am.amname, (d.deptype = 'i') IS TRUE AS is_identity_sequence, c.relispartition AS ispartition FROM pg_class c LEFT JOIN pg_depend d ON (c.relkind = 'S' AND d.classid = c.tableoid AND d.objid = c.oid AND d.objsubid = 0 AND d.refclassid = c.tableoid AND d.deptype IN ('a', 'i')) LEFT JOIN pg_tablespace tsp ON (tsp.oid = c.reltablespace) LEFT JOIN pg_am am ON (c.relam = am.oid) LEFT JOIN pg_class tc ON (c.reltoastrelid = tc.oid AND c.relkind <> 'p') WHERE c.relkind IN ('r', 'S', 'v', 'c', 'm', 'f', 'p') ORDER BY c.oid
SELECT inhrelid, inhparent FROM pg_inherits
SELECT t.tableoid, t.oid, i.indrelid, t.relname AS indexname, pg_catalog.pg_get_indexdef(i.indexrelid) AS indexdef, i.indkey, i.indisclustered, c.contype, c.conname, c.condeferrable, c.condeferred, c.tableoid AS contableoid, c.oid AS conoid, pg_catalog.pg_get_constraintdef(c.oid, false) AS condef, (SELECT spcname FROM pg_catalog.pg_tablespace s WHERE s.oid = t.reltablespace) AS tablespace, t.reloptions AS indreloptions, i.indisreplident, inh.inhparent AS parentidx, i.indnkeyatts AS indnkeyatts, i.indnatts AS indnatts FROM unnest('{16386,16393}'::pg_catalog.oid[]) AS src(tbloid) JOIN pg_catalog.pg_index i ON (src.tbloid = i.indrelid) JOIN pg_catalog.pg_class t ON (t.oid = i.indexrelid) JOIN pg_catalog.pg_class t2 ON (t2.oid = i.indrelid) LEFT JOIN pg_catalog.pg_constraint c ON (i.indrelid = c.conrelid AND i.indexrelid = c.conindid AND c.contype IN ('p','u','x')) LEFT JOIN pg_catalog.pg_inherits inh ON (inh.inhrelid = indexrelid) WHERE (i.indisvalid OR t2.relkind = 'p') AND i.indisready ORDER BY i.indrelid, indexname
SELECT a.attrelid, a.attnum, a.attname, a.atttypmod, a.attstattarget, a.attstorage, t.typstorage, a.attnotnull, a.atthasdef, a.attisdropped, a.attlen, a.attalign, a.attislocal, pg_catalog.format_type(t.oid, a.atttypmod) AS atttypname, a.attgenerated, CASE WHEN a.atthasmissing AND NOT a.attisdropped THEN a.attmissingval ELSE null END AS attmissingval, a.attidentity, pg_catalog.array_to_string(ARRAY(SELECT pg_catalog.quote_ident(option_name) || ' ' || pg_catalog.quote_literal(option_value) FROM pg_catalog.pg_options_to_table(attfdwoptions) ORDER BY option_name), E',\n    ') AS attfdwoptions, CASE WHEN a.attcollation <> t.typcollation THEN a.attcollation ELSE 0 END AS attcollation, array_to_string(a.attoptions, ', ') AS attoptions FROM unnest('{16386}'::pg_catalog.oid[]) AS src(tbloid) JOIN pg_catalog.pg_attribute a ON (src.tbloid = a.attrelid) LEFT JOIN pg_catalog.pg_type t ON (a.atttypid = t.oid) WHERE a.attnum > 0::pg_catalog.int2 ORDER BY a.attrelid, a.attnum
SELECT last_value, is_called FROM public.audit_notes_id_seq
SELECT seqtypid::pg_catalog.regtype, seqstart, seqincrement, seqmax, seqmin, seqcache, seqcycle FROM pg_catalog.pg_sequence WHERE seqrelid = 'public.audit_notes_id_seq'::regclass
SELECT pg_catalog.pg_get_viewdef('public.customer_contacts'::pg_catalog.regclass) AS viewdef
SELECT tableoid, oid, conname, confrelid, convalidated, pg_catalog.pg_get_constraintdef(oid) AS condef FROM pg_catalog.pg_constraint WHERE conrelid = '16393'::pg_catalog.oid AND contype = 'f' AND conparentid = 0
SELECT pg_catalog.pg_is_in_recovery()
SELECT datlastsysoid FROM (SELECT 16383 AS datlastsysoid) d
SELECT oid, datname FROM pg_database WHERE datname = current_database()
-- pgAdmin / DBeaver / Grafana / Metabase / Superset introspection
SELECT db.oid as did, db.datname, db.datallowconn, pg_encoding_to_char(db.encoding) AS serverencoding, has_database_privilege(db.oid, 'CREATE') as cancreate, datistemplate FROM pg_catalog.pg_database db WHERE db.datname = current_database()
SELECT nsp.oid, nsp.nspname as name, has_schema_privilege(nsp.oid, 'CREATE') as can_create, has_schema_privilege(nsp.oid, 'USAGE') as has_usage, des.description FROM pg_catalog.pg_namespace nsp LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid=nsp.oid AND des.classoid='pg_namespace'::regclass) WHERE nsp.nspname NOT LIKE 'pg\_%' ORDER BY nspname
SELECT rel.oid, rel.relname AS name, (SELECT count(*) FROM pg_catalog.pg_trigger WHERE tgrelid=rel.oid AND tgisinternal = FALSE) AS triggercount, (SELECT count(*) FROM pg_catalog.pg_trigger WHERE tgrelid=rel.oid AND tgisinternal = FALSE AND tgenabled = 'O') AS has_enable_triggers, (CASE WHEN rel.relkind = 'p' THEN true ELSE false END) AS is_partitioned, (SELECT count(1) FROM pg_catalog.pg_inherits WHERE inhrelid=rel.oid LIMIT 1) as is_inherits, (SELECT count(1) FROM pg_catalog.pg_inherits WHERE inhparent=rel.oid LIMIT 1) as is_inherited, des.description FROM pg_catalog.pg_class rel LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid=rel.oid AND des.objsubid=0 AND des.classoid='pg_class'::regclass) WHERE rel.relkind IN ('r','s','t','p') AND rel.relnamespace = 2200::oid ORDER BY rel.relname
SELECT roles.oid as id, roles.rolname as name, roles.rolsuper as is_superuser, CASE WHEN roles.rolsuper THEN true ELSE roles.rolcreaterole END as can_create_role, CASE WHEN roles.rolsuper THEN true ELSE roles.rolcreatedb END as can_create_db, CASE WHEN 'pg_signal_backend'=ANY(ARRAY(WITH RECURSIVE cte AS (SELECT pg_roles.oid,pg_roles.rolname FROM pg_roles WHERE pg_roles.oid = roles.oid UNION ALL SELECT m.roleid,pgr.rolname FROM cte cte_1 JOIN pg_auth_members m ON m.member = cte_1.oid JOIN pg_roles pgr ON pgr.oid = m.roleid) SELECT rolname FROM cte)) THEN True ELSE False END as can_signal_backend FROM pg_catalog.pg_roles as roles WHERE rolname = current_user
SELECT version(), current_setting('is_superuser'), current_setting('server_encoding')
SELECT (SELECT sum(numbackends) FROM pg_catalog.pg_stat_database) AS "Total", (SELECT sum(numbackends) FROM pg_catalog.pg_stat_database WHERE datname = (SELECT datname FROM pg_catalog.pg_database WHERE oid = 16384)) AS "Active"
SELECT 'session_stats' AS chart_name, row_to_json(t) AS chart_data FROM (SELECT (SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE datname = current_database()) AS "Total", (SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE state = 'active' AND datname = current_database()) AS "Active", (SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE state = 'idle' AND datname = current_database()) AS "Idle") t UNION ALL SELECT 'tps_stats' AS chart_name, row_to_json(t) AS chart_data FROM (SELECT (SELECT sum(xact_commit) + sum(xact_rollback) FROM pg_catalog.pg_stat_database WHERE datname = current_database()) AS "Transactions", (SELECT sum(xact_commit) FROM pg_catalog.pg_stat_database WHERE datname = current_database()) AS "Commits") t
SELECT c.oid,c.*,t.relname as tabrelname,rt.relnamespace as refnamespace,d.description, case when c.relkind='c' then 'c' else 'r' end as relkind_c FROM pg_catalog.pg_class c LEFT OUTER JOIN pg_catalog.pg_class t ON t.oid=c.reltoastrelid LEFT OUTER JOIN pg_catalog.pg_class rt ON rt.oid=c.reltoastrelid LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=c.oid AND d.objsubid=0 and d.classoid='pg_class'::regclass WHERE c.relnamespace=2200 AND c.relkind not in ('i','I','c')
SELECT n.oid,n.*,d.description FROM pg_catalog.pg_namespace n LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=n.oid AND d.objsubid=0 AND d.classoid='pg_namespace'::regclass ORDER BY nspname
SELECT c.oid,a.attnum,a.attname,c.conname FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey) WHERE c.connamespace = 2200 ORDER BY c.oid, a.attnum
select string_agg(word, ',') from pg_catalog.pg_get_keywords() where word <> ALL ('{a,abs,absolute,action,ada,add,admin,after,all,allocate,alter,always,and,any}'::text[])
SELECT t.oid,t.*,c.relkind,format_type(nullif(t.typbasetype, 0), t.typtypmod) as base_type_name, d.description FROM pg_catalog.pg_type t LEFT OUTER JOIN pg_catalog.pg_type et ON et.oid=t.typelem LEFT OUTER JOIN pg_catalog.pg_class c ON c.oid=t.typrelid LEFT OUTER JOIN pg_catalog.pg_description d ON t.oid=d.objoid WHERE t.typname IS NOT NULL AND (c.relkind IS NULL OR c.relkind = 'c') AND (et.typcategory IS NULL OR et.typcategory <> 'C')
SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE' ORDER BY table_schema, table_name
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'transactions' AND data_type IN ('timestamp without time zone', 'timestamp with time zone', 'date')
SELECT quote_ident(column_name) AS "column", data_type AS "type" FROM information_schema.columns WHERE quote_ident(table_schema) = 'public' AND quote_ident(table_name) = 'accounts'
SELECT date_trunc('hour', booked_at) AS time, sum(amount) FROM transactions GROUP BY 1 ORDER BY 1
SELECT date_trunc('hour', booked_at) AS "time", count(*) AS value FROM transactions WHERE booked_at BETWEEN '2026-01-01T00:00:00Z' AND '2026-02-01T00:00:00Z' GROUP BY 1 ORDER BY 1
SELECT floor(extract(epoch from booked_at)/300)*300 AS "time", avg(amount) FROM transactions GROUP BY 1 ORDER BY 1
SELECT "source"."status" AS "status", "source"."count" AS "count" FROM (SELECT "public"."accounts"."status" AS "status", COUNT(*) AS "count" FROM "public"."accounts" GROUP BY "public"."accounts"."status" ORDER BY "public"."accounts"."status" ASC) AS "source" LIMIT 1048575
SELECT "public"."transactions"."id" AS "id", "public"."transactions"."amount" AS "amount" FROM "public"."transactions" WHERE ("public"."transactions"."booked_at" >= CAST((NOW() + INTERVAL '-30 day') AS date)) AND ("public"."transactions"."booked_at" < CAST(NOW() AS date)) LIMIT 2000
SELECT CAST(date_trunc('month', "public"."transactions"."booked_at") AS timestamp) AS "booked_at", SUM("public"."transactions"."amount") AS "sum" FROM "public"."transactions" GROUP BY CAST(date_trunc('month', "public"."transactions"."booked_at") AS timestamp) ORDER BY CAST(date_trunc('month', "public"."transactions"."booked_at") AS timestamp) ASC
SELECT TRUE AS "_" FROM "public"."customers" WHERE 1 <> 1 LIMIT 0
SELECT "public"."accounts"."id" AS "id" FROM "public"."accounts" WHERE ("public"."accounts"."status" = 'open') AND ("public"."accounts"."balance" IS NOT NULL) ORDER BY "public"."accounts"."id" ASC LIMIT 2000
SELECT nspname AS table_schema FROM pg_namespace WHERE nspname !~ '^pg_' AND has_schema_privilege(nspname, 'USAGE')
SELECT count(*) FROM pg_catalog.pg_class c WHERE c.relname = 'accounts' AND has_table_privilege(c.oid, 'SELECT')
-- monitoring
SELECT pid, usename, application_name, client_addr, backend_start, state, wait_event_type, wait_event, query FROM pg_stat_activity WHERE state <> 'idle' ORDER BY backend_start
SELECT pid, now() - query_start AS duration, query FROM pg_stat_activity WHERE state = 'active' AND now() - query_start > interval '5 minutes'
SELECT datname, count(*) FILTER (WHERE state = 'active') AS active, count(*) FILTER (WHERE state = 'idle in transaction') AS idle_in_tx FROM pg_stat_activity GROUP BY datname
SELECT pid, age(clock_timestamp(), xact_start), usename, query FROM pg_stat_activity WHERE xact_start IS NOT NULL ORDER BY xact_start
SELECT wait_event_type, wait_event, count(*) FROM pg_stat_activity WHERE wait_event IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC
SELECT l.locktype, l.relation::regclass, l.mode, l.granted, a.pid, a.query FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE NOT l.granted
SELECT blocked_locks.pid AS blocked_pid, blocked_activity.usename AS blocked_user, blocking_locks.pid AS blocking_pid, blocking_activity.usename AS blocking_user, blocked_activity.query AS blocked_statement, blocking_activity.query AS current_statement_in_blocking_process FROM pg_catalog.pg_locks blocked_locks JOIN pg_catalog.pg_stat_activity blocked_activity ON blocked_activity.pid = blocked_locks.pid JOIN pg_catalog.pg_locks blocking_locks ON blocking_locks.locktype = blocked_locks.locktype AND blocking_locks.database IS NOT DISTINCT FROM blocked_locks.database AND blocking_locks.relation IS NOT DISTINCT FROM blocked_locks.relation AND blocking_locks.page IS NOT DISTINCT FROM blocked_locks.page AND blocking_locks.tuple IS NOT DISTINCT FROM blocked_locks.tuple AND blocking_locks.virtualxid IS NOT DISTINCT FROM blocked_locks.virtualxid AND blocking_locks.transactionid IS NOT DISTINCT FROM blocked_locks.transactionid AND blocking_locks.classid IS NOT DISTINCT FROM blocked_locks.classid AND blocking_locks.objid IS NOT DISTINCT FROM blocked_locks.objid AND blocking_locks.objsubid IS NOT DISTINCT FROM blocked_locks.objsubid AND blocking_locks.pid != blocked_locks.pid JOIN pg_catalog.pg_stat_activity blocking_activity ON blocking_activity.pid = blocking_locks.pid WHERE NOT blocked_locks.granted
SELECT mode, count(*) FROM pg_locks WHERE database = (SELECT oid FROM pg_database WHERE datname = current_database()) GROUP BY mode
SELECT query, calls, total_exec_time, mean_exec_time, rows FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 20
SELECT substr(query, 1, 80) AS q, calls, round(total_exec_time::numeric, 2) AS total_ms, round((100 * total_exec_time / sum(total_exec_time) OVER ())::numeric, 2) AS pct FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 10
SELECT queryid, calls, shared_blks_hit, shared_blks_read, 100.0 * shared_blks_hit / nullif(shared_blks_hit + shared_blks_read, 0) AS hit_pct FROM pg_stat_statements ORDER BY shared_blks_read DESC LIMIT 10
SELECT client_addr, state, sent_lsn, write_lsn, flush_lsn, replay_lsn, write_lag, flush_lag, replay_lag FROM pg_stat_replication
SELECT client_addr, pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) AS replay_bytes_behind FROM pg_stat_replication
SELECT CASE WHEN pg_is_in_recovery() THEN extract(epoch FROM now() - pg_last_xact_replay_timestamp()) ELSE 0 END AS replica_lag_seconds
SELECT pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn(), pg_last_xact_replay_timestamp()
SELECT slot_name, plugin, slot_type, active, pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)) AS retained FROM pg_replication_slots
SELECT status, receive_start_lsn, written_lsn, flushed_lsn, latest_end_lsn, sender_host FROM pg_stat_wal_receiver
SELECT archived_count, last_archived_wal, last_archived_time, failed_count, last_failed_wal FROM pg_stat_archiver
SELECT checkpoints_timed, checkpoints_req, buffers_checkpoint, buffers_clean, buffers_backend FROM pg_stat_bgwriter
SELECT datname, numbackends, xact_commit, xact_rollback, blks_read, blks_hit, round(100.0 * blks_hit / nullif(blks_hit + blks_read, 0), 2) AS cache_hit, deadlocks, temp_files, pg_size_pretty(temp_bytes) FROM pg_stat_database WHERE datname IS NOT NULL
SELECT relname, seq_scan, idx_scan, n_live_tup, n_dead_tup, last_vacuum, last_autovacuum, last_analyze, last_autoanalyze FROM pg_stat_user_tables ORDER BY n_dead_tup DESC
SELECT relname, round(100.0 * n_dead_tup / nullif(n_live_tup + n_dead_tup, 0), 1) AS dead_pct FROM pg_stat_user_tables WHERE n_dead_tup > 0 ORDER BY dead_pct DESC
SELECT schemaname, relname, indexrelname, idx_scan, pg_size_pretty(pg_relation_size(indexrelid)) AS size FROM pg_stat_user_indexes WHERE idx_scan = 0 ORDER BY pg_relation_size(indexrelid) DESC
SELECT relname, 100 * idx_scan / nullif(seq_scan + idx_scan, 0) AS pct_index_used, n_live_tup FROM pg_stat_user_tables ORDER BY n_live_tup DESC
SELECT indexrelid::regclass AS index, relid::regclass AS table, idx_blks_hit, idx_blks_read FROM pg_statio_user_indexes
SELECT relname, heap_blks_read, heap_blks_hit, toast_blks_read, toast_blks_hit FROM pg_statio_user_tables
SELECT sum(heap_blks_hit) / nullif(sum(heap_blks_hit) + sum(heap_blks_read), 0) AS ratio FROM pg_statio_user_tables
SELECT pg_size_pretty(sum(pg_relation_size(indexrelid))) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'
SELECT c.relname, pg_size_pretty(pg_total_relation_size(c.oid)) AS total, pg_size_pretty(pg_relation_size(c.oid)) AS heap, pg_size_pretty(pg_indexes_size(c.oid)) AS idx, pg_size_pretty(pg_table_size(c.oid) - pg_relation_size(c.oid)) AS toast FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC
SELECT datname, pg_size_pretty(pg_database_size(datname)) FROM pg_database ORDER BY pg_database_size(datname) DESC
SELECT spcname, pg_size_pretty(pg_tablespace_size(spcname)) FROM pg_tablespace
SELECT current_database(), schemaname, tablename, ROUND((CASE WHEN otta=0 THEN 0.0 ELSE sml.relpages::float/otta END)::numeric,1) AS tbloat, CASE WHEN relpages < otta THEN 0 ELSE bs*(sml.relpages-otta)::BIGINT END AS wastedbytes FROM (SELECT schemaname, tablename, cc.reltuples, cc.relpages, bs, CEIL((cc.reltuples*((datahdr+ma-(CASE WHEN datahdr%ma=0 THEN ma ELSE datahdr%ma END))+nullhdr2+4))/(bs-20::float)) AS otta FROM (SELECT ma,bs,schemaname,tablename, (datawidth+(hdr+ma-(case when hdr%ma=0 THEN ma ELSE hdr%ma END)))::numeric AS datahdr, (maxfracsum*(nullhdr+ma-(case when nullhdr%ma=0 THEN ma ELSE nullhdr%ma END))) AS nullhdr2 FROM (SELECT schemaname, tablename, hdr, ma, bs, SUM((1-null_frac)*avg_width) AS datawidth, MAX(null_frac) AS maxfracsum, hdr+(SELECT 1+count(*)/8 FROM pg_stats s2 WHERE null_frac<>0 AND s2.schemaname = s.schemaname AND s2.tablename = s.tablename) AS nullhdr FROM pg_stats s, (SELECT (SELECT current_setting('block_size')::numeric) AS bs, CASE WHEN substring(v,12,3) IN ('8.0','8.1','8.2') THEN 27 ELSE 23 END AS hdr, CASE WHEN v ~ 'mingw32' THEN 8 ELSE 4 END AS ma FROM (SELECT version() AS v) AS foo) AS constants GROUP BY 1,2,3,4,5) AS foo) AS rs JOIN pg_class cc ON cc.relname = rs.tablename JOIN pg_namespace nn ON cc.relnamespace = nn.oid AND nn.nspname = rs.schemaname AND nn.nspname <> 'information_schema') AS sml ORDER BY wastedbytes DESC
SELECT relname, n_tup_ins, n_tup_upd, n_tup_del, n_tup_hot_upd FROM pg_stat_all_tables WHERE schemaname = 'public'
SELECT datname, age(datfrozenxid) AS xid_age, mxid_age(datminmxid) FROM pg_database ORDER BY 2 DESC
SELECT c.oid::regclass, age(c.relfrozenxid), pg_size_pretty(pg_total_relation_size(c.oid)) FROM pg_class c WHERE c.relkind IN ('r', 'm', 't') ORDER BY 2 DESC LIMIT 10
SELECT name, setting, unit, source, pending_restart FROM pg_settings WHERE source <> 'default'
SELECT name, setting FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'effective_cache_size')
SELECT pid, backend_type, backend_start FROM pg_stat_activity WHERE backend_type <> 'client backend'
SELECT * FROM pg_stat_progress_vacuum
SELECT * FROM pg_stat_progress_create_index
SELECT * FROM pg_prepared_xacts
SELECT gid, prepared, owner FROM pg_prepared_xacts WHERE prepared < now() - interval '1 hour'
SELECT * FROM pg_stat_ssl WHERE pid = pg_backend_pid()
SELECT pg_postmaster_start_time(), now() - pg_postmaster_start_time() AS uptime, pg_conf_load_time()
SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'
SELECT max_conn, used, max_conn - used AS free FROM (SELECT count(*) used FROM pg_stat_activity) t1, (SELECT setting::int max_conn FROM pg_settings WHERE name = 'max_connections') t2
SELECT pid, pg_blocking_pids(pid), wait_event FROM pg_stat_activity WHERE cardinality(pg_blocking_pids(pid)) > 0
SELECT * FROM pg_stat_wal
SELECT * FROM pg_stat_slru
SELECT c.relname, count(*) AS buffers FROM pg_buffercache b JOIN pg_class c ON b.relfilenode = pg_relation_filenode(c.oid) GROUP BY c.relname ORDER BY 2 DESC LIMIT 10
SELECT pg_current_snapshot(), pg_snapshot_xmin(pg_current_snapshot())
SELECT txid_current_snapshot(), txid_snapshot_xmax(txid_current_snapshot())
SELECT pg_current_xact_id_if_assigned()
SELECT pg_xact_status('100'::xid8)
SELECT pg_stat_get_backend_pid(s.backendid) AS pid, pg_stat_get_backend_activity(s.backendid) AS query FROM (SELECT pg_stat_get_backend_idset() AS backendid) AS s
SELECT pg_stat_get_numscans('customers'::regclass), pg_stat_get_live_tuples('customers'::regclass)
SELECT * FROM pg_stat_get_activity(NULL) LIMIT 3
SELECT relname, pg_relation_filepath(oid) FROM pg_class WHERE relname = 'customers'
SELECT pg_column_size(full_name), octet_length(full_name) FROM customers LIMIT 3
SELECT pg_size_bytes('10 MB'), pg_size_pretty(10485760::bigint)
SELECT * FROM pg_stat_user_functions
SELECT * FROM pg_stat_database_conflicts
SELECT * FROM pg_stat_subscription
SELECT * FROM pg_publication_tables
-- analysts: windows, CTEs, LATERAL, grouping sets, FILTER
SELECT account_id, booked_at, amount, avg(amount) OVER (PARTITION BY account_id ORDER BY booked_at ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS moving_avg FROM transactions
SELECT account_id, amount, percent_rank() OVER (PARTITION BY account_id ORDER BY amount), cume_dist() OVER (ORDER BY amount) FROM transactions
SELECT account_id, nth_value(amount, 2) OVER (PARTITION BY account_id ORDER BY booked_at RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM transactions
SELECT id, sum(amount) OVER (ORDER BY booked_at RANGE BETWEEN interval '7 days' PRECEDING AND CURRENT ROW) FROM transactions
SELECT id, count(*) OVER (ORDER BY account_id GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM transactions
SELECT id, last_value(amount) OVER w, first_value(amount) OVER w FROM transactions WINDOW w AS (PARTITION BY account_id ORDER BY booked_at ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
SELECT account_id, amount - lag(amount, 1, 0) OVER (PARTITION BY account_id ORDER BY booked_at) AS delta FROM transactions
SELECT * FROM (SELECT t.*, dense_rank() OVER (PARTITION BY account_id ORDER BY amount DESC) AS r FROM transactions t) x WHERE r <= 3
WITH monthly AS (SELECT date_trunc('month', booked_at) AS m, sum(amount) AS total FROM transactions GROUP BY 1) SELECT m, total, total - lag(total) OVER (ORDER BY m) AS change FROM monthly ORDER BY m
WITH a AS (SELECT customer_id, sum(balance) AS b FROM accounts GROUP BY 1), c AS (SELECT id, full_name FROM customers) SELECT c.full_name, a.b FROM c JOIN a ON a.customer_id = c.id ORDER BY a.b DESC LIMIT 10
WITH RECURSIVE dates(d) AS (SELECT date '2026-01-01' UNION ALL SELECT d + 1 FROM dates WHERE d < date '2026-01-31') SELECT d FROM dates
WITH RECURSIVE fib(a, b, n) AS (SELECT 0::numeric, 1::numeric, 1 UNION ALL SELECT b, a + b, n + 1 FROM fib WHERE n < 50) SELECT n, a FROM fib
WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n * 2 FROM t WHERE n < 1000) SEARCH DEPTH FIRST BY n SET ordercol SELECT * FROM t ORDER BY ordercol
WITH RECURSIVE t(id, parent) AS (SELECT 1, NULL::int UNION ALL SELECT t.id + 1, t.id FROM t WHERE t.id < 5) CYCLE id SET is_cycle USING path SELECT id, parent FROM t
WITH x AS MATERIALIZED (SELECT * FROM accounts WHERE balance > 0) SELECT count(*) FROM x
WITH x AS NOT MATERIALIZED (SELECT * FROM accounts) SELECT * FROM x WHERE id = 5
SELECT c.id, t.* FROM customers c CROSS JOIN LATERAL (SELECT a.id AS account_id, a.balance FROM accounts a WHERE a.customer_id = c.id ORDER BY a.balance DESC LIMIT 2) t
SELECT a.id, x.n FROM accounts a LEFT JOIN LATERAL (SELECT count(*) AS n FROM transactions t WHERE t.account_id = a.id AND t.amount < 0) x ON true
SELECT c.id, e.part FROM customers c, LATERAL unnest(string_to_array(c.full_name, ' ')) WITH ORDINALITY AS e(part, i) WHERE e.i = 1
SELECT status, date_trunc('year', c.created_at) AS y, count(*), GROUPING(status, date_trunc('year', c.created_at)) FROM accounts a JOIN customers c ON c.id = a.customer_id GROUP BY GROUPING SETS ((status), (date_trunc('year', c.created_at)), ())
SELECT status, customer_id % 3 AS bucket, sum(balance) FROM accounts GROUP BY CUBE (status, customer_id % 3) ORDER BY 1, 2
SELECT status, customer_id, sum(balance) FROM accounts GROUP BY ROLLUP (status, customer_id)
SELECT status, sum(balance) FILTER (WHERE balance > 0) AS credit, sum(balance) FILTER (WHERE balance < 0) AS debit FROM accounts GROUP BY status
SELECT count(*) FILTER (WHERE memo IS NULL), count(*) FILTER (WHERE memo ~ '\d{4}') FROM transactions
SELECT array_agg(DISTINCT status ORDER BY status), string_agg(DISTINCT status, '|') FROM accounts
SELECT percentile_disc(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY amount) FROM transactions
SELECT rank(1000) WITHIN GROUP (ORDER BY balance) FROM accounts
SELECT corr(balance, customer_id), regr_slope(balance, customer_id), covar_pop(balance, customer_id), var_samp(balance) FROM accounts
SELECT bit_or(id), bit_and(id), every(balance > 0) FROM accounts
SELECT json_object_agg(status, n) FROM (SELECT status, count(*) AS n FROM accounts GROUP BY status) s
SELECT jsonb_object_agg(id, balance) FROM accounts WHERE id < 5
SELECT xmlagg(xmlelement(name a, status)) FROM accounts WHERE id < 3
-- json / jsonb
SELECT '{"a":{"b":[1,2,3]}}'::jsonb #> '{a,b,1}', '{"a":{"b":[1,2,3]}}'::jsonb #>> '{a,b}'
SELECT '{"a":1,"b":2}'::jsonb ? 'a', '{"a":1}'::jsonb ?| ARRAY['a','z'], '{"a":1}'::jsonb ?& ARRAY['a']
SELECT '{"a":1,"b":2}'::jsonb @> '{"a":1}', '{"a":1}'::jsonb <@ '{"a":1,"b":2}'
SELECT '{"a":1,"b":2}'::jsonb - 'a', '[1,2,3]'::jsonb - 1, '{"a":{"b":1}}'::jsonb #- '{a,b}'
SELECT '{"a":1}'::jsonb || '{"b":2}'::jsonb
SELECT jsonb_set('{"a":1}', '{a}', '2'), jsonb_insert('{"a":[1]}', '{a,0}', '0'), jsonb_set_lax('{"a":1}', '{a}', NULL)
SELECT jsonb_pretty('{"a":1}'), jsonb_typeof('[1]'), json_typeof('1'), jsonb_strip_nulls('{"a":null}')
SELECT jsonb_path_exists('{"a":[1,2]}', '$.a[*] ? (@ > 1)'), jsonb_path_match('{"a":2}', '$.a > 1'), jsonb_path_query_array('{"a":[1,2]}', '$.a[*]'), jsonb_path_query_first('{"a":[1,2]}', '$.a[0]')
SELECT '{"a":[1,2]}'::jsonb @? '$.a[*] ? (@ > 1)', '{"a":2}'::jsonb @@ '$.a > 1'
SELECT * FROM jsonb_to_recordset('[{"a":1,"b":"x"},{"a":2,"b":"y"}]') AS x(a int, b text)
SELECT key, value FROM jsonb_each_text('{"a":"1","b":"2"}')
SELECT jsonb_array_length('[1,2,3]'), json_array_length('[1]'), jsonb_array_elements_text('["a","b"]')
SELECT jsonb_object_keys('{"a":1,"b":2}')
SELECT to_jsonb(c) - 'ssn' - 'card_number' FROM customers c LIMIT 2
SELECT json_build_object('id', a.id, 'tx', (SELECT json_agg(json_build_object('amt', t.amount)) FROM transactions t WHERE t.account_id = a.id)) FROM accounts a LIMIT 3
SELECT jsonb_agg(to_jsonb(a) ORDER BY a.id) FROM accounts a WHERE a.status = 'frozen'
SELECT row_to_json(row(1, 'a')), array_to_json(ARRAY[1,2]), to_json('x'::text), json_strip_nulls('{"a":null}')
SELECT '{"n":"5"}'::jsonb ->> 'n' = '5', ('{"n":5}'::jsonb -> 'n')::int + 1
SELECT jsonb_build_array(1, 'a', null), jsonb_build_object('k', ARRAY[1,2])
SELECT '["a","b"]'::jsonb -> -1, '["a","b"]'::jsonb ->> 0
SELECT jsonb_each.key FROM jsonb_each('{"a":1}')
-- arrays
SELECT ARRAY[1,2,3] && ARRAY[3,4], ARRAY[1,2] <@ ARRAY[1,2,3], ARRAY[1,2] || 3, 0 || ARRAY[1]
SELECT (ARRAY[10,20,30])[2:3], (ARRAY[[1,2],[3,4]])[2][1], array_dims(ARRAY[[1,2],[3,4]])
SELECT array_position(ARRAY['a','b'], 'b'), array_positions(ARRAY[1,2,1], 1), array_remove(ARRAY[1,2,1], 1), array_replace(ARRAY[1,2], 2, 3)
SELECT array_cat(ARRAY[1], ARRAY[2]), array_append(ARRAY[1], 2), array_prepend(0, ARRAY[1]), array_fill(0, ARRAY[3]), array_ndims(ARRAY[1])
SELECT ARRAY(SELECT id FROM accounts WHERE status = 'open' ORDER BY id LIMIT 5)
SELECT string_to_array('a,b,c', ','), array_to_string(ARRAY['a', NULL], ',', '*'), trim_array(ARRAY[1,2,3], 1)
SELECT x, i FROM unnest(ARRAY['a','b','c']) WITH ORDINALITY AS u(x, i)
SELECT * FROM ROWS FROM (generate_series(1, 3), unnest(ARRAY['a','b'])) AS r(n, s)
SELECT generate_subscripts(ARRAY[5,6,7], 1)
SELECT id FROM accounts WHERE id = ANY ('{1,2,3}'::int[]) AND status <> ALL ('{closed}')
SELECT array_upper(ARRAY[1,2], 1), array_lower(ARRAY[1,2], 1), cardinality(ARRAY[[1,2],[3,4]])
-- ranges
SELECT int4range(1, 10) @> 5, daterange('2026-01-01', '2026-02-01') && daterange('2026-01-15', '2026-03-01')
SELECT lower(numrange(1.5, 2.5)), upper(int8range(1, 100)), isempty(int4range(1, 1)), lower_inc('[1,2)'::int4range), upper_inf('[1,)'::int4range)
SELECT tstzrange(now() - interval '1 day', now()) @> booked_at FROM transactions LIMIT 3
SELECT int4range(1, 5) * int4range(3, 8), int4range(1, 5) + int4range(5, 8), range_merge(int4range(1, 2), int4range(5, 6))
SELECT '{[1,3), [5,7)}'::int4multirange @> 6, multirange(int4range(1, 2)), range_agg(int4range(id, id + 1)) FROM accounts
SELECT int4range(1, 10) -|- int4range(10, 20), int4range(1, 5) << int4range(6, 8), int4range(1,5) &< int4range(2, 9)
-- regex and strings
SELECT regexp_match(email, '@(.*)$'), regexp_matches('a1b2', '\d', 'g') FROM customers LIMIT 2
SELECT regexp_split_to_array('a b  c', '\s+'), regexp_split_to_table('a,b', ',')
SELECT regexp_count('banana', 'an'), regexp_instr('banana', 'an', 1, 2), regexp_like('Banana', 'b', 'i'), regexp_substr('banana', 'a.a')
SELECT full_name FROM customers WHERE full_name ~ '^[A-M]' AND full_name !~* 'x' AND full_name NOT LIKE '%z%' AND full_name NOT ILIKE 'q%'
SELECT substring('abc123' from '\d+'), substring('foobar' similar '%#"o_b#"%' escape '#')
SELECT initcap('hello world'), translate('abc', 'ab', 'xy'), repeat('-', 10), reverse('abc'), lpad('5', 3, '0'), rpad('a', 3, '.')
SELECT quote_ident('Foo Bar'), quote_literal('it''s'), quote_nullable(NULL), format('%I.%I = %L', 'public', 'customers', 'x')
SELECT to_hex(255), encode('abc'::bytea, 'base64'), decode('YWJj', 'base64'), convert_from('\x616263'::bytea, 'UTF8'), convert_to('abc', 'LATIN1')
SELECT starts_with('alpha', 'al'), 'alpha' ^@ 'al', chr(65), ascii('A'), btrim('xxaxx', 'x'), left('abc', -1), right('abc', 2)
SELECT string_to_table('a b c', ' '), unistr('\0041'), E'tab\there', U&'d\0061t\+000061', $$dollar ' quoted$$, $tag$x$tag$
SELECT split_part('a.b.c', '.', -1), length('héllo'), char_length('x'), bit_length('x'), octet_length('é')
SELECT md5(email), sha512(email::bytea), sha224('x'), digest_placeholder FROM customers, (SELECT 1 AS digest_placeholder) d LIMIT 1
SELECT to_tsvector('english', 'The quick brown fox') @@ to_tsquery('english', 'fox & quick'), plainto_tsquery('brown fox'), websearch_to_tsquery('"brown fox" -dog'), phraseto_tsquery('brown fox')
SELECT ts_rank(to_tsvector(full_name), plainto_tsquery('harper')), ts_headline('english', 'The quick brown fox', to_tsquery('fox')) FROM customers LIMIT 2
SELECT similar_escape_placeholder FROM (SELECT 'x' AS similar_escape_placeholder) s
SELECT 'abc' COLLATE "C" < 'abd', lower('ÄB' COLLATE "C"), 'a' || 1 || true
SELECT concat('a', NULL, 'b'), concat_ws('-', 'a', NULL, 'b'), num_nulls(1, NULL), num_nonnulls(1, NULL)
SELECT overlay('Txxxxas' placing 'hom' from 2 for 4), position('om' in 'Thomas'), trim(both 'xyz' from 'yxTomxx')
SELECT format('%s|%-10s|%5s', 'a', 'b', 'c'), format('%2$s %1$s', 'world', 'hello')
SELECT to_char(1234.5, 'FM9,999.00'), to_char(now(), 'Day DD Mon YYYY HH24:MI'), to_number('1,234.5', '9G999D9')
-- date / time
SELECT date_bin('15 minutes', booked_at, timestamptz '2026-01-01'), count(*) FROM transactions GROUP BY 1 ORDER BY 1
SELECT make_interval(days => 3), justify_interval(interval '35 days 30 hours'), justify_hours(interval '30 hours'), make_timestamp(2026, 1, 2, 3, 4, 5.5)
SELECT booked_at AT TIME ZONE 'America/New_York', timezone('UTC', booked_at) FROM transactions LIMIT 3
SELECT extract(epoch FROM booked_at), extract(isodow FROM booked_at), date_part('quarter', booked_at) FROM transactions LIMIT 3
SELECT date_trunc('week', now(), 'Europe/Berlin'), isfinite(date 'infinity'), now()::date - date '2026-01-01'
SELECT (DATE '2026-01-01', DATE '2026-02-01') OVERLAPS (DATE '2026-01-15', DATE '2026-03-01')
SELECT to_timestamp(1700000000), to_timestamp('2026-01-01 10:00', 'YYYY-MM-DD HH24:MI'), make_timestamptz(2026, 1, 1, 0, 0, 0, 'UTC')
SELECT generate_series(timestamptz '2026-01-01', timestamptz '2026-01-02', interval '6 hours')
SELECT d::date AS day, coalesce(sum(t.amount), 0) FROM generate_series(date '2026-01-01', date '2026-01-07', interval '1 day') d LEFT JOIN transactions t ON t.booked_at::date = d::date GROUP BY 1 ORDER BY 1
SELECT current_date + 7, current_time, localtimestamp, transaction_timestamp(), timeofday()
SELECT age(timestamp '2026-01-01', timestamp '2020-06-15'), date '2026-03-01' - interval '1 month'
SELECT EXTRACT(DAY FROM interval '40 hours'), interval '1 year 2 months' * 2, '2026-01-01'::timestamptz + '1 mon'::interval
-- generate_series, VALUES, TABLE, SRFs
SELECT generate_series(1, 10, 3), generate_series(10, 1, -2)
SELECT * FROM generate_series(1, 3) a CROSS JOIN generate_series(1, 2) b
VALUES (1, 'one'), (2, 'two') ORDER BY 1 DESC LIMIT 1
SELECT * FROM (VALUES ('open', 1), ('closed', 0)) AS m(status, flag) JOIN accounts USING (status)
TABLE customer_contacts
TABLE pg_catalog.pg_am
TABLE accounts ORDER BY id LIMIT 3
SELECT * FROM pg_options_to_table(ARRAY['fillfactor=70'])
SELECT * FROM aclexplode((SELECT relacl FROM pg_class WHERE relname = 'pg_class'))
SELECT * FROM pg_get_keywords() WHERE catcode = 'R'
SELECT * FROM ts_debug('english', 'a fat cat')
SELECT * FROM pg_timezone_names WHERE name LIKE 'Europe/%' LIMIT 5
SELECT * FROM pg_timezone_abbrevs LIMIT 5
SELECT * FROM pg_available_extensions WHERE name = 'pgcrypto'
SELECT * FROM pg_config WHERE name = 'VERSION'
SELECT * FROM pg_cursors
SELECT * FROM pg_prepared_statements
SELECT name, statement FROM pg_prepared_statements
SELECT * FROM pg_seclabels
SELECT * FROM pg_shmem_allocations ORDER BY size DESC LIMIT 5
SELECT * FROM pg_backend_memory_contexts LIMIT 5
SELECT * FROM pg_stats WHERE tablename = 'accounts' AND attname = 'status'
SELECT * FROM pg_stat_user_tables WHERE relname = 'accounts'
SELECT * FROM pg_sequences
SELECT * FROM pg_matviews
SELECT * FROM pg_rules WHERE schemaname = 'public'
SELECT * FROM pg_policies
SELECT * FROM pg_roles WHERE rolname = current_user
SELECT * FROM pg_user
SELECT * FROM pg_group
SELECT * FROM pg_views WHERE schemaname = 'public'
SELECT * FROM information_schema.table_privileges WHERE table_name = 'customers'
SELECT * FROM information_schema.routines WHERE routine_schema = 'public'
SELECT * FROM information_schema.key_column_usage WHERE table_name = 'accounts'
SELECT * FROM information_schema.referential_constraints
SELECT * FROM information_schema.schemata
SELECT * FROM information_schema.sequences
SELECT * FROM information_schema.views
SELECT * FROM information_schema.triggers
SELECT * FROM information_schema.check_constraints
SELECT * FROM information_schema.enabled_roles
-- SHOW / current_setting / privileges
SHOW TIME ZONE
SHOW TRANSACTION ISOLATION LEVEL
SHOW server_encoding
SHOW client_encoding
SHOW is_superuser
SHOW max_connections
SHOW work_mem
SHOW data_directory
SHOW "search_path"
SHOW SESSION AUTHORIZATION
SHOW transaction_read_only
SHOW default_transaction_read_only
SHOW application_name
SELECT current_setting('search_path'), current_setting('TimeZone'), current_setting('no.such.setting', true)
SELECT pg_catalog.current_setting('statement_timeout'), current_setting('application_name')
SELECT has_table_privilege('public.accounts', 'INSERT'), has_column_privilege('customers', 'ssn', 'SELECT'), has_schema_privilege('public', 'CREATE')
SELECT has_database_privilege(current_database(), 'CONNECT'), has_function_privilege('lower(text)', 'EXECUTE'), has_sequence_privilege('audit_notes_id_seq', 'USAGE')
SELECT pg_has_role(current_user, 'pg_read_all_stats', 'MEMBER'), has_any_column_privilege('customers', 'SELECT')
SELECT row_security_active('customers'), pg_get_userbyid(10), to_regrole('postgres')
-- EXPLAIN of reads
EXPLAIN (COSTS OFF) SELECT * FROM customers WHERE id = 1
EXPLAIN (VERBOSE, COSTS OFF) SELECT c.full_name FROM customers c JOIN accounts a ON a.customer_id = c.id
EXPLAIN (FORMAT YAML) SELECT count(*) FROM transactions
EXPLAIN (SETTINGS, FORMAT TEXT) SELECT 1
EXPLAIN VERBOSE WITH x AS (SELECT * FROM accounts) SELECT * FROM x
EXPLAIN SELECT * FROM transactions ORDER BY booked_at DESC LIMIT 10
EXPLAIN (ANALYZE false) SELECT * FROM accounts
EXPLAIN ANALYZE SELECT count(*) FROM accounts
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT * FROM customers WHERE id < 10
EXPLAIN (COSTS false, SUMMARY true) TABLE accounts
EXPLAIN VALUES (1), (2)
EXPLAIN SELECT * FROM customer_contacts WHERE id = 2
-- cursors, prepared reads, transaction bracketing
BEGIN; DECLARE c CURSOR FOR SELECT id, full_name FROM customers ORDER BY id; FETCH 10 FROM c; FETCH NEXT FROM c; CLOSE c; COMMIT
BEGIN READ ONLY; DECLARE cur NO SCROLL CURSOR FOR SELECT * FROM accounts; FETCH FORWARD 5 FROM cur; CLOSE cur; COMMIT
BEGIN; DECLARE s SCROLL CURSOR FOR SELECT id FROM transactions; MOVE LAST IN s; FETCH PRIOR FROM s; FETCH ABSOLUTE 1 FROM s; CLOSE s; END
DECLARE h CURSOR WITH HOLD FOR SELECT id FROM accounts; FETCH ALL FROM h; CLOSE h
BEGIN; DECLARE b BINARY CURSOR FOR SELECT id FROM accounts; FETCH 2 IN b; COMMIT
BEGIN; DECLARE c2 CURSOR FOR TABLE accounts; MOVE FORWARD 2 IN c2; FETCH RELATIVE 1 FROM c2; ROLLBACK
BEGIN; DECLARE c3 INSENSITIVE CURSOR FOR VALUES (1), (2); FETCH c3; CLOSE ALL; COMMIT
PREPARE get_customer(int) AS SELECT id, full_name FROM customers WHERE id = $1; EXECUTE get_customer(3); DEALLOCATE get_customer
PREPARE cnt AS SELECT count(*) FROM accounts; EXECUTE cnt; DEALLOCATE PREPARE cnt
PREPARE tx(int, numeric) AS SELECT * FROM transactions WHERE account_id = $1 AND amount > $2; EXECUTE tx(1, 10.5)
PREPARE r1 AS SELECT 1; EXECUTE r1; DEALLOCATE ALL
BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT count(*) FROM accounts; SELECT sum(amount) FROM transactions; COMMIT
START TRANSACTION READ ONLY, ISOLATION LEVEL SERIALIZABLE, DEFERRABLE; SELECT 1; COMMIT
BEGIN WORK; SELECT 1; COMMIT WORK
BEGIN; SAVEPOINT sp1; SELECT 1; ROLLBACK TO SAVEPOINT sp1; RELEASE SAVEPOINT sp1; COMMIT
BEGIN; SELECT 1; ROLLBACK
BEGIN; SELECT 1; ABORT
BEGIN; SELECT 1; END
BEGIN READ ONLY; SELECT id FROM accounts; COMMIT AND CHAIN; SELECT 2; COMMIT
BEGIN; SET TRANSACTION READ ONLY; SELECT 1; COMMIT
BEGIN; SET TRANSACTION ISOLATION LEVEL READ COMMITTED; SELECT 1; COMMIT
BEGIN; SET LOCAL transaction_read_only = on; SELECT 1; COMMIT
BEGIN; SET CONSTRAINTS ALL DEFERRED; SELECT 1; COMMIT
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ
COMMIT
ROLLBACK
SELECT 1; SELECT 2; SELECT 3
SELECT 1;
;SELECT 1
-- misc everyday
SELECT 1 AS ok
SELECT NULL
SELECT 'ok'::text
SELECT true AND NOT false
SELECT 2 + 2 * 3, 7 / 2, 7 % 3, 2 ^ 10, |/ 16, @ -5, 5 & 3, 5 | 3, 5 # 3, ~5, 1 << 4
SELECT pi(), sqrt(2), cbrt(27), exp(1), ln(10), log(100), log10(1000), power(2, 8), degrees(pi()), radians(180)
SELECT round(123.456, 1), round(2.5), trunc(-1.7), div(7, 2), gcd(12, 18), lcm(4, 6), factorial(5), scale(1.230)
SELECT setseed_placeholder FROM (SELECT 0.5 AS setseed_placeholder) s
SELECT random() < 0.5, floor(random() * 10)::int, gen_random_uuid()::text
SELECT 'a'::text IS DISTINCT FROM 'b', NULL IS NOT DISTINCT FROM NULL, 1 IS NULL, true IS TRUE, NULL IS UNKNOWN
SELECT id FROM customers ORDER BY id FETCH FIRST 3 ROWS WITH TIES
SELECT DISTINCT ON (status) status, id FROM accounts ORDER BY status, balance DESC
SELECT id FROM accounts ORDER BY balance DESC NULLS FIRST, id LIMIT ALL OFFSET 2
SELECT * FROM ONLY accounts WHERE id = 1
SELECT * FROM customers AS c(cid, cname) WHERE cid = 1
SELECT * FROM accounts TABLESAMPLE BERNOULLI (50) REPEATABLE (7)
SELECT x FROM (SELECT 1 AS x UNION ALL SELECT 2 INTERSECT SELECT 2 EXCEPT SELECT 3) s
(SELECT id FROM accounts ORDER BY id LIMIT 1) UNION ALL (SELECT id FROM accounts ORDER BY id DESC LIMIT 1)
SELECT id FROM accounts WHERE (status, customer_id) IN (('open', 1), ('frozen', 2))
SELECT id FROM accounts a WHERE NOT EXISTS (SELECT FROM transactions t WHERE t.account_id = a.id)
SELECT id FROM accounts WHERE balance > SOME (SELECT amount FROM transactions) LIMIT 3
SELECT c.* FROM customers c WHERE c.id = (SELECT min(customer_id) FROM accounts)
SELECT pg_typeof(1::int2), pg_typeof('a'::varchar), pg_typeof(now()), to_regtype('integer'), 'int4'::regtype::text
SELECT format_type('int4'::regtype, NULL), pg_get_expr(adbin, adrelid) FROM pg_attrdef LIMIT 2
SELECT pg_get_serial_sequence('audit_notes', 'id'), pg_sequence_last_value('audit_notes_id_seq'::regclass)
SELECT currval_placeholder FROM (SELECT 1 AS currval_placeholder) s
SELECT obj_description('public'::regnamespace, 'pg_namespace'), col_description('customers'::regclass, 1), shobj_description(1, 'pg_database')
SELECT pg_encoding_to_char(6), pg_char_to_encoding('UTF8'), pg_client_encoding(), getdatabaseencoding()
SELECT inet '192.168.1.5' << inet '192.168.1.0/24', host(inet '10.0.0.1/8'), masklen(cidr '10.0.0.0/8'), network(inet '10.1.2.3/16')
SELECT '(1,2)'::point <-> '(4,6)'::point, box '((0,0),(1,1))' && box '((0.5,0.5),(2,2))', area(circle '((0,0),2)')
SELECT uuid_in_placeholder FROM (SELECT '00000000-0000-0000-0000-000000000000'::uuid AS uuid_in_placeholder) u
SELECT 'a' = ANY(ARRAY['a','b']) AND 'x' NOT IN ('y', 'z')
SELECT CASE status WHEN 'open' THEN 1 WHEN 'frozen' THEN 2 ELSE 3 END FROM accounts LIMIT 3
SELECT id, balance, CASE WHEN balance >= 1000 THEN 'high' END FROM accounts ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END, id LIMIT 5
SELECT id FROM transactions WHERE memo ~ '(?i)refund' OR memo SIMILAR TO '%(ATM|POS)%'
SELECT xpath('/a/b/text()', '<a><b>x</b></a>'::xml), xmlserialize(content xmlelement(name a, 'b') AS text), xml_is_well_formed('<a/>')
SELECT pg_backend_pid(), inet_server_addr(), inet_client_port(), pg_my_temp_schema(), pg_is_other_temp_schema(1)
SELECT pg_trigger_depth(), pg_jit_available(), pg_listening_channels()
SELECT txid_current_if_assigned(), pg_current_xact_id_if_assigned(), pg_snapshot_xip(pg_current_snapshot())
SELECT lastval_placeholder FROM (SELECT 1 AS lastval_placeholder) s
SELECT 'x' AS "nextval", 'y' AS setval, 1 AS pg_sleep
SELECT c.pg_notify FROM (SELECT 1 AS pg_notify) c
select/**/id/**/from/**/customers/**/limit/**/1
SELECT	id	FROM	customers	WHERE	id=1
SELECT id FROM customers WHERE full_name = 'O''Brien; DROP TABLE customers; --'
SELECT 'DELETE FROM audit_notes' AS sql_text
SELECT $$ UPDATE accounts SET balance = 0 $$ AS txt
SELECT 1 -- ; DELETE FROM audit_notes
SELECT /* ; TRUNCATE transactions; */ count(*) FROM transactions
SELECT E'\x3b DROP TABLE x' AS s
SELECT U&"id" FROM customers LIMIT 1
SELECT "lower"('ABC'), pg_catalog."upper"('abc'), PG_CATALOG.LOWER('X')
SELECT U&"\006C\006F\0077\0065\0072"('ABC')
SELECT count(*) FROM customers c WHERE c.id OPERATOR(pg_catalog.=) 1 AND c.full_name OPERATOR(pg_catalog.~~) 'H%'
SELECT 3 OPERATOR(pg_catalog.*) 4, 'a' OPERATOR(pg_catalog.||) 'b'
SELECT ROW(1, 'a') = ROW(1, 'a'), (1, 2) < (1, 3)
SELECT (SELECT max(id) FROM customers), (SELECT min(id) FROM accounts)
SELECT id FROM customers WHERE id IN (1, 2, 3) ORDER BY id USING >
SELECT status FROM accounts GROUP BY status HAVING bool_and(balance > 0) OR count(*) > 100
SELECT id FROM accounts LIMIT (SELECT 2) OFFSET (SELECT 1)
SELECT count(*) FROM transactions WHERE booked_at > now() - '7 days'::interval AND amount::int % 2 = 0
SELECT crc32('abc'::bytea), crc32c('abc'::bytea), unicode_version(), unicode_assigned('a'), xmltext('<x>'), to_regtypemod('varchar(3)')
SELECT pg_split_walfile_name('000000010000000000000001'), has_largeobject_privilege(1, 'SELECT')
