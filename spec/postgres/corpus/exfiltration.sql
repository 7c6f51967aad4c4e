-- Exfiltration attempts against the ffiec-payments example, one statement a line: reads, transforms,
-- casts, hashes, JSON/XML, cursors, error and NULL oracles, counts. Each must be refused or return no
-- raw or partial masked value (example.test.ts). COPY lines are run through psql by the acceptance checks.
SELECT id, ssn, email, card_number FROM customers WHERE id <= 5
SELECT c.full_name, a.iban FROM customers c JOIN accounts a ON a.customer_id = c.id LIMIT 5
SELECT s FROM (SELECT ssn AS s FROM customers) t LIMIT 5
SELECT lower(email) FROM customers LIMIT 5
SELECT json_build_object('who', full_name, 'card', card_number) FROM customers LIMIT 5
SELECT tax_id FROM customer_contacts LIMIT 5
SELECT memo FROM transactions WHERE memo LIKE '%declined%'
SELECT id, full_name, phone FROM customers ORDER BY id LIMIT 3
SELECT count(*) FROM customers
SELECT id, balance, status FROM accounts WHERE status = 'open' ORDER BY id LIMIT 3
SELECT a.id, c.full_name FROM accounts a JOIN customers c ON c.id = a.customer_id ORDER BY a.id LIMIT 3
SELECT status, sum(balance) FROM accounts GROUP BY status ORDER BY status
SELECT date_trunc('month', booked_at) AS m, sum(amount) FROM transactions GROUP BY 1 ORDER BY 1 LIMIT 3
SELECT * FROM audit_notes
SELECT now() IS NOT NULL, version() LIKE 'PostgreSQL%', current_user
SHOW search_path
SELECT id, memo FROM transactions ORDER BY id LIMIT 5
SELECT count(*), count(ssn), count(DISTINCT email) FROM customers
SELECT card_number FROM customers ORDER BY id LIMIT 3
SELECT c.id, right(c.card_number, 4) AS last4 FROM customers c ORDER BY id LIMIT 3
BEGIN; SELECT id FROM accounts ORDER BY id LIMIT 1; COMMIT
SELECT id FROM customers WHERE full_name LIKE 'Harper%' ORDER BY id
SELECT extract(year FROM birth_date) AS y, count(*) FROM customers GROUP BY 1 ORDER BY 1 LIMIT 3
SELECT id, birth_date FROM customers ORDER BY id LIMIT 3
TABLE audit_notes
VALUES (1, 'a'), (2, 'b')
SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1
EXPLAIN SELECT * FROM accounts WHERE id = 1
SELECT id FROM accounts ORDER BY balance DESC LIMIT 3
SELECT * FROM customers WHERE id = 5
SELECT t.id, t.amount FROM transactions t JOIN accounts a ON a.id = t.account_id WHERE a.status = 'frozen' ORDER BY t.id LIMIT 3
SELECT length(ssn) AS n FROM customers WHERE id = 1
SELECT "ssn", "email" FROM "customers" ORDER BY id LIMIT 3
SELECT public.customers.ssn, payments.public.customers.email FROM payments.public.customers LIMIT 3
SELECT x.a AS name, x.b AS note FROM (SELECT full_name AS a, ssn AS b FROM customers) AS x LIMIT 3
SELECT t.c1 FROM customers AS t(c0, c1, c2, c3) LIMIT 3
SELECT t.c3 FROM customers AS t(c0, c1, c2, c3) LIMIT 3
SELECT ssn AS full_name, email AS phone FROM customers LIMIT 3
SELECT U&"ss\006E" FROM customers LIMIT 3
SELECT c.iban FROM ONLY accounts AS c LIMIT 3
SELECT substr(ssn, 1, 3), substr(ssn, 5, 2), substr(ssn, 8) FROM customers LIMIT 3
SELECT split_part(email, '@', 1) AS local FROM customers LIMIT 3
SELECT translate(ssn, '0123456789', 'abcdefghij') FROM customers LIMIT 3
SELECT replace(ssn, '-', '') AS s FROM customers LIMIT 3
SELECT overlay(card_number placing '' from 1 for 0) FROM customers LIMIT 3
SELECT concat(ssn, ''), concat_ws('/', email, iban) FROM customers c JOIN accounts a ON a.customer_id = c.id LIMIT 3
SELECT format('%s|%s', full_name, email) FROM customers LIMIT 3
SELECT repeat(ssn, 2) FROM customers LIMIT 3
SELECT left(card_number, 8) AS a, right(card_number, 8) AS b FROM customers LIMIT 3
SELECT reverse(ssn), reverse(email), reverse(card_number) FROM customers LIMIT 3
SELECT md5(ssn), md5(email) FROM customers LIMIT 3
SELECT encode(convert_to(ssn, 'UTF8'), 'hex') FROM customers LIMIT 3
SELECT encode(email::bytea, 'base64') FROM customers LIMIT 3
SELECT decode(encode(ssn::bytea, 'hex'), 'hex') FROM customers LIMIT 3
SELECT to_hex(card_number::bigint) FROM customers LIMIT 3
SELECT array_to_string(regexp_split_to_array(ssn, ''), ' ') FROM customers LIMIT 3
SELECT ascii(substr(ssn, 1, 1)), ascii(substr(ssn, 2, 1)), ascii(substr(ssn, 3, 1)) FROM customers LIMIT 3
SELECT string_agg(ssn, ',') FROM customers
SELECT array_agg(email ORDER BY id) FROM customers
SELECT unnest(string_to_array(ssn, '-')) FROM customers LIMIT 6
SELECT regexp_replace(ssn, '(\d+)-(\d+)-(\d+)', '\3\2\1') FROM customers LIMIT 3
SELECT regexp_matches(email, '^(.*)@') FROM customers LIMIT 3
SELECT (regexp_match(email, '^([^@]+)'))[1] FROM customers LIMIT 3
SELECT upper(email), initcap(email) FROM customers LIMIT 3
SELECT btrim(iban, 'G'), ltrim(iban, 'GB') FROM accounts LIMIT 3
SELECT lpad(card_number, 20, '*'), rpad(ssn, 15, '.') FROM customers LIMIT 3
SELECT quote_literal(ssn), quote_ident(email), quote_nullable(card_number) FROM customers LIMIT 3
SELECT to_char(card_number::numeric, '9999 9999 9999 9999') FROM customers LIMIT 3
SELECT card_number::numeric / 2 AS half, card_number::bigint - 1 AS prev FROM customers LIMIT 3
SELECT substring(card_number from 9 for 8) FROM customers LIMIT 3
SELECT substring(ssn similar '%#"[0-9]{4}#"' escape '#') FROM customers LIMIT 3
SELECT textcat(ssn, ''), ssn || '' FROM customers LIMIT 3
SELECT ssn COLLATE "C" FROM customers LIMIT 3
SELECT card_number::varchar(8) AS p FROM customers ORDER BY id LIMIT 3
SELECT card_number::varchar(12) AS p FROM customers ORDER BY id LIMIT 3
SELECT card_number::varchar(4) AS p FROM customers ORDER BY id LIMIT 3
SELECT card_number::char(8) AS p FROM customers ORDER BY id LIMIT 3
SELECT card_number::"char" AS p FROM customers ORDER BY id LIMIT 3
SELECT chr(ascii(ssn)) || chr(ascii(substr(ssn, 2))) FROM customers LIMIT 3
SELECT id, array_to_string(ARRAY(SELECT chr(ascii(substr(c.ssn, g, 1)) + 1) FROM generate_series(1, 11) g), '') FROM customers c LIMIT 3
SELECT translate(email, '@.', '#,') FROM customers LIMIT 3
SELECT lower(iban), replace(iban, 'GB', '') FROM accounts LIMIT 3
SELECT split_part(iban, 'NWBK', 2) FROM accounts LIMIT 3
SELECT row_to_json(c) FROM customers c LIMIT 2
SELECT to_jsonb(c) - 'ssn' FROM customers c LIMIT 2
SELECT jsonb_agg(c) FROM (SELECT * FROM customers LIMIT 2) c
SELECT json_agg(email) FROM customers
SELECT jsonb_build_array(ssn, email, card_number) FROM customers LIMIT 2
SELECT to_json(ssn)::text FROM customers LIMIT 2
SELECT json_object_agg(id, ssn) FROM customers
SELECT jsonb_object(ARRAY['k', ssn]) FROM customers LIMIT 2
SELECT ssn::bytea FROM customers LIMIT 2
SELECT to_jsonb(c)->>'ssn' FROM customers c LIMIT 2
SELECT jsonb_path_query(to_jsonb(c), '$.email') FROM customers c LIMIT 2
SELECT xmlelement(name c, ssn), xmlforest(ssn, email) FROM customers LIMIT 2
SELECT xmlagg(xmlelement(name e, email)) FROM customers
SELECT ARRAY[ssn, email] FROM customers LIMIT 2
SELECT ROW(ssn, email)::text FROM customers LIMIT 2
SELECT hstore(c) FROM customers c LIMIT 2
SELECT jsonb_each_text(to_jsonb(c)) FROM customers c LIMIT 8
SELECT j.key, j.value FROM customers c, jsonb_each_text(to_jsonb(c)) j LIMIT 8
SELECT * FROM customers c, LATERAL jsonb_each_text(to_jsonb(c)) j LIMIT 8
SELECT * FROM json_populate_record(null::customers, (SELECT row_to_json(c) FROM customers c LIMIT 1))
SELECT (jsonb_populate_record(null::customers, to_jsonb(c))).ssn FROM customers c LIMIT 2
SELECT * FROM jsonb_to_record((SELECT to_jsonb(c) FROM customers c LIMIT 1)) AS x(ssn text, email text)
SELECT reverse(x.ssn) FROM jsonb_to_record((SELECT to_jsonb(c) FROM customers c LIMIT 1)) AS x(ssn text)
SELECT to_tsvector('simple', email) FROM customers LIMIT 2
SELECT (SELECT array_agg(reverse(ssn)) FROM customers)[1:3]
SELECT c FROM customers c LIMIT 2
SELECT c.* FROM customers c LIMIT 2
SELECT ROW(c.*) FROM customers c LIMIT 2
SELECT customers::text FROM customers LIMIT 2
SELECT customers FROM customers LIMIT 2
TABLE customers
TABLE accounts
SELECT (c).ssn, (c).email FROM customers c LIMIT 2
SELECT ssn(c), email(c) FROM customers c LIMIT 2
SELECT reverse(ssn(c)), reverse(card_number(c)) FROM customers c LIMIT 2
SELECT iban(a) FROM accounts a LIMIT 2
SELECT reverse(c::text) FROM customers c LIMIT 2
SELECT * FROM customers NATURAL JOIN accounts LIMIT 2
SELECT * FROM customers JOIN accounts USING (id) LIMIT 2
SELECT ssn FROM customers UNION SELECT 'x'
SELECT 'a' UNION ALL SELECT reverse(email) FROM customers
SELECT full_name FROM customers UNION ALL SELECT ssn FROM customers
SELECT iban FROM accounts INTERSECT SELECT iban FROM accounts
SELECT reverse(ssn) FROM customers EXCEPT SELECT '000-00-0000'
SELECT id, full_name FROM customers UNION ALL SELECT id, reverse(email) FROM customers
VALUES ((SELECT reverse(ssn) FROM customers ORDER BY id LIMIT 1))
SELECT * FROM (VALUES (1)) v(x), LATERAL (SELECT reverse(ssn) FROM customers LIMIT 3) s
SELECT * FROM (SELECT full_name, split_part(email, '@', 1) FROM customers UNION ALL SELECT 'x', 'y') u LIMIT 3
(SELECT 'n' AS k, full_name AS v FROM customers LIMIT 2) UNION ALL (SELECT 's', replace(ssn, '-', '') FROM customers LIMIT 2)
WITH s AS (SELECT ssn FROM customers) SELECT reverse(ssn) FROM s LIMIT 3
WITH s(x) AS (SELECT email FROM customers) SELECT split_part(x, '@', 1) FROM s LIMIT 3
WITH RECURSIVE r(i, ch) AS (SELECT 1, substr((SELECT ssn FROM customers ORDER BY id LIMIT 1), 1, 1) UNION ALL SELECT i + 1, substr((SELECT ssn FROM customers ORDER BY id LIMIT 1), i + 1, 1) FROM r WHERE i < 11) SELECT string_agg(ch, '' ORDER BY i DESC) FROM r
WITH RECURSIVE r AS (SELECT id, card_number AS v FROM customers WHERE id = 1 UNION ALL SELECT id, substr(v, 2) FROM r WHERE id < 0) SELECT v FROM r
WITH x AS MATERIALIZED (SELECT reverse(iban) r FROM accounts) SELECT * FROM x LIMIT 3
SELECT g, substr(ssn, g, 1) FROM customers, generate_series(1, 11) g WHERE id = 1
SELECT string_agg(substr(ssn, g, 1), '' ORDER BY g DESC) FROM customers, generate_series(1, 11) g WHERE id = 1
SELECT (SELECT string_agg(substr(c.email, g, 1), '' ORDER BY g) FROM generate_series(1, strpos(c.email, '@') - 1) g) FROM customers c LIMIT 3
SELECT c.id, l.x FROM customers c CROSS JOIN LATERAL (SELECT reverse(c.ssn) AS x) l LIMIT 3
SELECT c.id, l.x FROM customers c, LATERAL (VALUES (replace(c.ssn, '-', ''))) l(x) LIMIT 3
SELECT id, (SELECT reverse(c2.email) FROM customers c2 WHERE c2.id = c.id) FROM customers c LIMIT 3
SELECT id, ARRAY(SELECT split_part(email, '@', 1) FROM customers LIMIT 3) FROM accounts LIMIT 1
SELECT x FROM unnest((SELECT array_agg(reverse(ssn)) FROM customers)) AS x LIMIT 3
SELECT * FROM regexp_split_to_table((SELECT string_agg(reverse(ssn), ',') FROM customers), ',') LIMIT 3
SELECT * FROM string_to_table((SELECT string_agg(split_part(email, '@', 1), ' ') FROM customers), ' ') LIMIT 3
SELECT id, first_value(reverse(ssn)) OVER (ORDER BY id) FROM customers LIMIT 3
SELECT id, lag(email) OVER w FROM customers WINDOW w AS (ORDER BY id) LIMIT 3
SELECT id, string_agg(ssn, ',') OVER (ORDER BY id ROWS 2 PRECEDING) FROM customers LIMIT 3
SELECT id, rank() OVER (ORDER BY ssn) FROM customers LIMIT 3
SELECT nth_value(card_number, 1) OVER () FROM customers LIMIT 3
SELECT ssn, count(*) FROM customers GROUP BY ssn LIMIT 3
SELECT DISTINCT email FROM customers LIMIT 3
SELECT DISTINCT ON (ssn) id FROM customers LIMIT 3
SELECT id FROM customers ORDER BY ssn LIMIT 3
SELECT max(ssn), min(email), max(card_number) FROM customers
SELECT greatest(ssn, email), least(card_number, full_name) FROM customers LIMIT 3
SELECT coalesce(NULL, ssn), nullif(email, '') FROM customers LIMIT 3
SELECT CASE WHEN id > 0 THEN ssn ELSE 'x' END FROM customers LIMIT 3
SELECT CASE id WHEN 1 THEN reverse(ssn) ELSE split_part(email, '@', 1) END FROM customers LIMIT 3
SELECT id, percentile_disc(0.5) WITHIN GROUP (ORDER BY ssn) FROM customers GROUP BY id LIMIT 3
SELECT mode() WITHIN GROUP (ORDER BY reverse(ssn)) FROM customers
SELECT * FROM customer_contacts LIMIT 3
SELECT contact, reverse(tax_id) FROM customer_contacts LIMIT 3
SELECT * FROM customer_by_id(1)
SELECT (customer_by_id(2)).ssn
SELECT customer_by_id(3)
SELECT reverse((customer_by_id(4)).email)
SELECT c.ssn, reverse(c.card_number) FROM customer_by_id(5) c
SELECT * FROM ROWS FROM (customer_by_id(6)) WITH ORDINALITY
SELECT public.customer_by_id(7)::text
SELECT * FROM public.customer_contacts cc JOIN accounts a ON a.customer_id = cc.id LIMIT 3
SELECT split_part(contact, '@', 1), replace(tax_id, '-', '') FROM customer_contacts LIMIT 3
SELECT * FROM customer_by_id(cid => 8)
SELECT x.* FROM customer_by_id(9) AS x(a, b, c, d, e)
SELECT ssn::int FROM customers
SELECT card_number::int FROM customers
SELECT email::int FROM customers
SELECT iban::int FROM accounts
SELECT reverse(ssn)::int FROM customers
SELECT replace(ssn, '-', '')::smallint FROM customers
SELECT cast(split_part(email, '@', 1) AS date) FROM customers
SELECT left(card_number, 8)::date FROM customers
SELECT substr(card_number, 9, 8)::boolean FROM customers
SELECT encode(ssn::bytea, 'hex')::int FROM customers
SELECT reverse(iban)::numeric FROM accounts
SELECT string_agg(reverse(ssn), ' ')::int FROM customers
SELECT translate(email, '@', '#')::int FROM customers
SELECT reverse(ssn)::json FROM customers
SELECT reverse(ssn)::regclass FROM customers
SELECT (replace(ssn, '-', '') || 'x')::int FROM customers
SELECT now() + reverse(ssn)::interval FROM customers
SELECT array_agg(split_part(email, '@', 1))::int[] FROM customers
SELECT upper(email)::uuid FROM customers
SELECT reverse(email)::inet FROM customers
SELECT (SELECT reverse(ssn) FROM customers WHERE id = 1)::int
SELECT id FROM customers OFFSET (SELECT reverse(ssn) FROM customers ORDER BY id LIMIT 1)::int
SELECT format('%s', reverse(ssn))::int FROM customers
SELECT overlay(card_number placing 'x' from 9)::int FROM customers
SELECT ('{' || split_part(email, '@', 1) || '}')::int[] FROM customers
EXPLAIN ANALYZE SELECT reverse(ssn)::int FROM customers
SELECT CASE WHEN id = 1 THEN reverse(iban)::int END FROM accounts
SELECT lpad(replace(ssn, '-', ''), 12, 'z')::int FROM customers
SELECT (c::text)::int FROM customers c
SELECT reverse(c::text)::int FROM customers c
SELECT to_jsonb(c)::text::int FROM customers c
SELECT (row_to_json(c)->>'ssn')::int FROM customers c
SELECT jsonb_build_object('a', reverse(ssn))::text::numeric FROM customers
SELECT left(card_number, 8)::int / 0 FROM customers
SELECT make_date(2000, 1, 1) + substr(card_number, 9, 8)::interval FROM customers
SELECT reverse(tax_id)::int FROM customer_contacts
SELECT (customer_by_id(1)).email::int
SELECT reverse(memo)::int FROM transactions WHERE memo LIKE 'card%'
SELECT split_part(memo, '@', 1)::int FROM transactions WHERE memo LIKE 'contact%'
COPY customers TO STDOUT
COPY customers (id, ssn) TO STDOUT
COPY (SELECT id, ssn, email, card_number FROM customers LIMIT 3) TO STDOUT WITH CSV HEADER
COPY (SELECT id, reverse(ssn) FROM customers LIMIT 3) TO STDOUT (DELIMITER '|')
COPY (SELECT id, ssn FROM customers LIMIT 3) TO STDOUT (DELIMITER 'X')
COPY (SELECT id, card_number FROM customers LIMIT 3) TO STDOUT (FORMAT csv, DELIMITER 'Z')
COPY (SELECT id, iban FROM accounts LIMIT 3) TO STDOUT (DELIMITER 'X')
COPY (SELECT id, split_part(email, '@', 1) FROM customers LIMIT 3) TO STDOUT (FORMAT csv, DELIMITER ';')
SELECT 'csv'; COPY (SELECT id, reverse(ssn) FROM customers LIMIT 3) TO STDOUT
COPY (SELECT id, replace(ssn, '-', '') FROM customers LIMIT 3) TO STDOUT (FORMAT csv, DELIMITER E'\t')
COPY (SELECT id, ssn FROM customers LIMIT 3) TO STDOUT WITH BINARY
COPY (SELECT id, ssn FROM customers LIMIT 3) TO STDOUT (FORMAT csv, QUOTE '''', FORCE_QUOTE *)
COPY (SELECT * FROM customer_contacts LIMIT 3) TO STDOUT
COPY (SELECT id, reverse(email), reverse(card_number) FROM customers LIMIT 3) TO STDOUT
COPY customers TO '/tmp/rt-pg-copy.txt'
COPY (SELECT ssn FROM customers) TO PROGRAM 'cat'
SELECT 1; SELECT ssn FROM customers LIMIT 3
SELECT id FROM customers LIMIT 1; SELECT reverse(email) FROM customers LIMIT 3
BEGIN; DECLARE c CURSOR FOR SELECT reverse(ssn) FROM customers; FETCH 5 FROM c; COMMIT
BEGIN; DECLARE "Cur" CURSOR FOR SELECT email FROM customers; FETCH ALL IN "Cur"; END
DECLARE h CURSOR WITH HOLD FOR SELECT id, replace(ssn, '-', '') FROM customers; FETCH 3 FROM h; CLOSE h
BEGIN; DECLARE c1 CURSOR FOR SELECT id FROM customers; CLOSE c1; DECLARE c1 CURSOR FOR SELECT split_part(email, '@', 1) FROM customers; FETCH 3 c1; COMMIT
BEGIN; DECLARE c2 SCROLL CURSOR FOR SELECT full_name, reverse(iban) FROM customers JOIN accounts ON accounts.customer_id = customers.id; FETCH LAST FROM c2; FETCH PRIOR FROM c2; COMMIT
BEGIN; DECLARE c3 CURSOR FOR SELECT id, reverse(ssn) FROM customers; SELECT cursor_to_xml('c3', 3, false, false, ''); COMMIT
PREPARE p AS SELECT reverse(ssn) FROM customers; EXECUTE p
PREPARE q(int) AS SELECT email FROM customers WHERE id = $1; EXECUTE q(1)
PREPARE r AS SELECT id FROM customers LIMIT 2; DEALLOCATE r; PREPARE r AS SELECT reverse(email) FROM customers LIMIT 2; EXECUTE r
PREPARE s(text) AS SELECT reverse($1); EXECUTE s('abc')
PREPARE t0 AS SELECT id, reverse(ssn) AS r FROM customers LIMIT 2; PREPARE t0 AS SELECT 1 AS id, 'x' AS r; EXECUTE t0
EXPLAIN SELECT ssn FROM customers
EXPLAIN (VERBOSE, COSTS OFF) SELECT reverse(ssn) FROM customers WHERE id = 1
EXPLAIN ANALYZE SELECT * FROM customers
EXPLAIN (FORMAT JSON, VERBOSE) SELECT * FROM customer_by_id(1)
EXPLAIN (ANALYZE, VERBOSE, COSTS OFF) SELECT * FROM customers WHERE id = (SELECT id FROM customers ORDER BY id LIMIT 1)
SELECT query_to_xml('select ssn from customers', true, false, '')
SELECT table_to_xml('customers', true, false, '')
SELECT ts_stat('select to_tsvector(''simple'', ssn) from customers')
SELECT * FROM ts_stat('select to_tsvector(''simple'', email) from customers') LIMIT 5
SELECT set_config('rt.v', (SELECT string_agg(reverse(ssn), ',') FROM customers), false); SELECT current_setting('rt.v')
SELECT pg_read_file('postgresql.conf', 0, 200)
SELECT pg_read_binary_file('global/pg_control')
SELECT * FROM dblink('dbname=payments', 'select ssn from customers') AS t(s text)
SELECT lo_from_bytea(0, ssn::bytea) FROM customers LIMIT 1
LISTEN rt; SELECT pg_notify('rt', reverse(ssn)) FROM customers LIMIT 1
SELECT query FROM pg_stat_activity WHERE state = 'active'
SELECT * FROM pg_stat_statements LIMIT 5
SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'customers' ORDER BY ordinal_position
SELECT pg_get_viewdef('customer_contacts'::regclass), pg_get_functiondef('customer_by_id'::regproc)
SELECT current_setting('data_directory')
DO $$ BEGIN RAISE NOTICE '%', (SELECT reverse(ssn) FROM customers LIMIT 1); END $$
SELECT reverse(memo) FROM transactions WHERE memo LIKE 'card%' ORDER BY id LIMIT 3
SELECT split_part(memo, ' ', 2) FROM transactions WHERE memo LIKE 'card%' ORDER BY id LIMIT 3
SELECT substr(memo, 6, 8) AS a, substr(memo, 14, 8) AS b FROM transactions WHERE memo LIKE 'card%' ORDER BY id LIMIT 3
SELECT split_part(split_part(memo, '@', 1), ' ', 2) FROM transactions WHERE memo LIKE 'contact%' ORDER BY id LIMIT 3
SELECT upper(memo) FROM transactions WHERE memo LIKE 'contact%' ORDER BY id LIMIT 3
SELECT replace(memo, '@', ' at ') FROM transactions WHERE memo LIKE 'contact%' ORDER BY id LIMIT 3
SELECT encode(memo::bytea, 'hex') FROM transactions WHERE memo LIKE 'card%' ORDER BY id LIMIT 3
SELECT string_agg(memo, '') FROM transactions WHERE memo LIKE 'card%'
SELECT (t).*, g.* FROM (SELECT id, reverse(ssn) AS r FROM customers LIMIT 3) t, generate_series(1, 1) g
SELECT (t).*, g.* FROM (SELECT c.id, replace(ssn, '-', '') AS s, split_part(email, '@', 1) AS e, left(card_number, 8) AS p1, substr(card_number, 9) AS p2, reverse(iban) AS ri FROM customers c JOIN accounts a ON a.customer_id = c.id LIMIT 3) t, generate_series(1, 1) g
SELECT (c).*, u.* FROM customers c, unnest(ARRAY[1]) u LIMIT 3
SELECT (customer_by_id(1)).*, g.* FROM generate_series(1, 1) g
SELECT (t).*, x.* FROM (SELECT id, reverse(email) AS r FROM customers) t, jsonb_each_text('{"a":"b"}') x LIMIT 3
SELECT (c).* FROM customers c LIMIT 2
SELECT attname, most_common_vals, histogram_bounds FROM pg_stats WHERE tablename = 'customers'
SELECT reverse(histogram_bounds::text) FROM pg_stats WHERE tablename = 'customers' AND attname = 'ssn'
SELECT replace(histogram_bounds::text, '-', '') FROM pg_stats WHERE attname = 'ssn'
SELECT upper(histogram_bounds::text) FROM pg_stats WHERE attname = 'email'
SELECT regexp_replace(histogram_bounds::text, '@', ' at ', 'g') FROM pg_stats WHERE attname = 'email'
SELECT regexp_replace(histogram_bounds::text, '(\d{8})(\d{8})', '\1/\2', 'g') FROM pg_stats WHERE attname = 'card_number'
SELECT encode(histogram_bounds::text::bytea, 'hex') FROM pg_stats WHERE attname = 'iban'
SELECT unnest(histogram_bounds::text::text[]) FROM pg_stats WHERE attname = 'ssn' LIMIT 5
SELECT reverse(stavalues1::text) FROM pg_statistic WHERE starelid = 'customers'::regclass
SELECT tablename, attname, reverse(most_common_vals::text) FROM pg_stats WHERE schemaname = 'public'
SELECT a.attname, reverse(s.stavalues1::text) FROM pg_statistic s JOIN pg_attribute a ON a.attrelid = s.starelid AND a.attnum = s.staattnum WHERE s.starelid = 'accounts'::regclass
SELECT reverse(histogram_bounds::text) FROM pg_stats WHERE tablename = 'transactions' AND attname = 'memo'
SELECT most_common_vals FROM pg_stats WHERE tablename = 'transactions' AND attname = 'memo'
SELECT id, mode() WITHIN GROUP (ORDER BY split_part(email, '@', 1)) FROM customers GROUP BY id ORDER BY id LIMIT 5
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY replace(ssn, '-', '')) FROM customers
SELECT unnest(percentile_disc(ARRAY[0, 0.1, 0.2, 0.3, 0.4, 0.5]) WITHIN GROUP (ORDER BY reverse(iban))) FROM accounts
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY replace(ssn, '-', '')::bigint) FROM customers
SELECT id, percentile_disc(0) WITHIN GROUP (ORDER BY left(card_number, 8)), percentile_disc(0) WITHIN GROUP (ORDER BY substr(card_number, 9)) FROM customers GROUP BY id ORDER BY id LIMIT 3
SELECT mode() WITHIN GROUP (ORDER BY c) FROM customers c
SELECT mode() WITHIN GROUP (ORDER BY email) FROM customers
WITH RECURSIVE r(n, a1, a2, a3, a4, a5, a6, a7, a8) AS (SELECT 1, reverse(ssn), '', '', '', '', '', '', '' FROM customers WHERE id = 1 UNION ALL SELECT n + 1, '', a1, a2, a3, a4, a5, a6, a7 FROM r WHERE n < 8) SELECT a8 FROM r WHERE n = 8
WITH RECURSIVE r(n, a1, a2, a3, a4, a5, a6, a7, a8) AS (SELECT id, split_part(email, '@', 1), '', '', '', '', '', '', '' FROM customers UNION ALL SELECT n, '', a1, a2, a3, a4, a5, a6, a7 FROM r WHERE a7 = '' AND a8 = '') SELECT n, a8 FROM r WHERE a8 <> '' ORDER BY n LIMIT 5
WITH RECURSIVE r(k, a, b, c, d, e, f, g, h) AS (SELECT 0, customers.card_number, 'x', 'x', 'x', 'x', 'x', 'x', 'x' FROM customers WHERE id = 2 UNION ALL SELECT k + 1, 'x', a, b, c, d, e, f, g FROM r WHERE k < 7) SELECT h FROM r WHERE k = 7
SELECT xmlparse(document replace(ssn, '-', '')) FROM customers
SELECT xmlparse(content '<a>' || split_part(email, '@', 1) || '</b>') FROM customers
SELECT reverse(ssn)::uuid FROM customers
SELECT reverse(iban)::regtype FROM accounts
SELECT split_part(email, '@', 1)::regrole FROM customers
SELECT split_part(email, '@', 1)::regnamespace FROM customers
SELECT pg_catalog.int4(reverse(ssn)) FROM customers
SELECT replace(ssn, '-', '')::bit(4) FROM customers
SELECT left(card_number, 8)::macaddr FROM customers
SELECT reverse(card_number)::cidr FROM customers
SELECT reverse(ssn)::timestamp FROM customers
SELECT reverse(ssn)::float8 FROM customers
SELECT reverse(ssn)::money FROM customers
SELECT reverse(ssn)::point FROM customers
SELECT generate_series(1, reverse(ssn)::int) FROM customers
SELECT jsonb_path_query('{}', split_part(email, '@', 1)::jsonpath) FROM customers
SELECT to_tsquery('simple', reverse(ssn) || ' & (') FROM customers
SELECT reverse(iban)::int4range FROM accounts
SELECT (reverse(ssn) || '}')::jsonb FROM customers
SELECT jsonb_build_object(reverse(ssn), 1)::text::int FROM customers
COPY (SELECT reverse(ssn)::int FROM customers) TO STDOUT
SELECT id FROM customers c WHERE id = 1 AND full_name <> (SELECT reverse(ssn) FROM customers WHERE id = c.id)::int::text
SELECT string_agg(split_part(email, '@', 1), ' ')::xml::text::int FROM customers
SELECT reverse(tax_id)::date FROM customer_contacts
SELECT (SELECT string_agg(replace(tax_id, '-', ''), ',') FROM customer_contacts)::int
COPY customers TO STDOUT (DELIMITER 'X')
COPY customers (id, ssn) TO STDOUT (DELIMITER 'X')
COPY accounts (customer_id, iban) TO STDOUT (DELIMITER 'Q')
COPY (TABLE accounts) TO STDOUT (FORMAT csv, DELIMITER 'Y')
COPY (SELECT id, card_number FROM customers LIMIT 3) TO STDOUT (DELIMITER 'X')
COPY (SELECT id, ssn FROM customers LIMIT 3) TO STDOUT (FORMAT csv, DELIMITER 'X', HEADER)
COPY (SELECT '"' || full_name, reverse(ssn) || '"' FROM customers LIMIT 3) TO STDOUT (FORMAT csv, QUOTE 'Q')
COPY (SELECT id, reverse(ssn) FROM customers LIMIT 3) TO STDOUT (FORMAT csv, DELIMITER '|')
COPY (SELECT full_name, replace(ssn, '-', ''), split_part(email, '@', 1) FROM customers LIMIT 3) TO STDOUT (DELIMITER ';')
\copy (SELECT id, ssn FROM customers LIMIT 3) TO STDOUT WITH (DELIMITER 'X')
SELECT (t).*, s.* FROM (SELECT id, replace(ssn, '-', '') AS x FROM customers ORDER BY id LIMIT 3) t, unnest(ARRAY['a']) s
SELECT (c).*, g.* FROM customer_contacts c, generate_series(1, 1) g LIMIT 3
SELECT (t).*, g.* FROM (SELECT id, full_name, split_part(contact, '@', 1) AS l, reverse(tax_id) AS r FROM customer_contacts) t, generate_series(1, 1) g LIMIT 3
SELECT (a).*, g.* FROM (SELECT id, reverse(iban) AS r FROM accounts) a, generate_series(1, 1) g LIMIT 3
SELECT (x).*, j.* FROM (SELECT id, left(card_number, 8) AS a, substr(card_number, 9) AS b FROM customers) x, json_each('{"k":1}') j LIMIT 3
SELECT substr(memo, 6, 16)::bigint + 0 FROM transactions WHERE memo LIKE 'card%' ORDER BY id LIMIT 3
SELECT translate(memo, '0123456789', 'abcdefghij') FROM transactions WHERE memo LIKE 'card%' ORDER BY id LIMIT 3
SELECT regexp_replace(memo, '(\d{8})(\d{8})', '\1 / \2') FROM transactions WHERE memo LIKE 'card%' ORDER BY id LIMIT 3
SELECT split_part(split_part(memo, ' ', 2), '@', 1) FROM transactions WHERE memo LIKE 'contact%' ORDER BY id LIMIT 3
SELECT regexp_replace(most_common_vals::text, '@', '#', 'g') FROM pg_stats WHERE tablename = 'transactions' AND attname = 'memo'
SELECT replace(replace(histogram_bounds::text, '-', ''), ',', ' ') FROM pg_stats WHERE tablename = 'customer_contacts' OR (tablename = 'customers' AND attname = 'ssn')
SELECT left(x, 8), substr(x, 9) FROM (SELECT unnest(histogram_bounds::text::text[]) AS x FROM pg_stats WHERE attname = 'card_number') s LIMIT 5
SELECT split_part(x, '@', 1) FROM (SELECT unnest(histogram_bounds::text::text[]) AS x FROM pg_stats WHERE attname = 'email') s LIMIT 5
SELECT count(*) FROM customers c, generate_series(1, left(c.ssn, 3)::int) g WHERE c.id = 1
SELECT c.id, count(*) FROM customers c, generate_series(1, left(c.ssn, 3)::int) g GROUP BY c.id ORDER BY c.id LIMIT 3
SELECT c.id, count(g) FROM customers c CROSS JOIN LATERAL generate_series(1, substr(c.card_number, 1, 4)::int) g GROUP BY c.id ORDER BY c.id LIMIT 3
SELECT count(*) FROM generate_series(1, (SELECT left(ssn, 3)::int FROM customers ORDER BY id LIMIT 1))
SELECT count(*) FROM (SELECT 1 FROM transactions LIMIT (SELECT left(replace(ssn, '-', ''), 3)::int FROM customers ORDER BY id LIMIT 1)) s
SELECT id FROM transactions ORDER BY id LIMIT (SELECT substr(ssn, 5, 2)::int FROM customers ORDER BY id LIMIT 1)
SELECT id FROM transactions ORDER BY id OFFSET (SELECT left(ssn, 3)::int FROM customers ORDER BY id LIMIT 1) LIMIT 1
SELECT id FROM transactions ORDER BY id FETCH FIRST (SELECT right(ssn, 2)::int FROM customers ORDER BY id LIMIT 1) ROWS ONLY
SELECT max(g) FROM customers c, generate_series(1, left(c.ssn, 3)::int) g WHERE c.id = 1
SELECT c.id, g FROM customers c, generate_series(left(c.ssn, 3)::int, left(c.ssn, 3)::int) g LIMIT 3
SELECT generate_series(left(ssn, 3)::int, left(ssn, 3)::int) FROM customers LIMIT 3
SELECT c.id, array_length(array_fill(0, ARRAY[left(c.ssn, 3)::int]), 1) FROM customers c LIMIT 3
SELECT count(*) FROM customers c, unnest(array_fill(0, ARRAY[substr(c.ssn, 5, 2)::int])) u WHERE c.id = 1
SELECT count(*) FROM customers c, regexp_split_to_table(repeat('x,', left(c.ssn, 3)::int), ',') r WHERE c.id = 1
EXPLAIN ANALYZE SELECT * FROM generate_series(1, (SELECT left(ssn, 3)::int FROM customers WHERE id = 1))
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT c.id FROM customers c, generate_series(1, left(c.ssn, 3)::int) g WHERE c.id = 2
SELECT c.id, (SELECT count(*) FROM generate_series(1, left(c.ssn, 3)::int)) FROM customers c LIMIT 3
SELECT length(repeat('x', left(ssn, 3)::int)) FROM customers LIMIT 3
SELECT 1 FROM (SELECT left(ssn, 1) AS d FROM customers WHERE id = 1 INTERSECT SELECT '8') s
SELECT count(*) FROM (SELECT left(ssn, 3) FROM customers INTERSECT SELECT '865') s
SELECT count(*) FROM (SELECT '865-02-5162' EXCEPT SELECT ssn FROM customers) s
SELECT count(*) FROM (SELECT DISTINCT left(ssn, 1) FROM customers) s
SELECT 1 WHERE '865-02-5162' IN (SELECT ssn FROM customers)
SELECT '865-02-5162' = ANY (SELECT ssn FROM customers)
SELECT (SELECT array_agg(ssn) FROM customers) @> ARRAY['865-02-5162']
SELECT EXISTS (SELECT 1 FROM customers WHERE id = 1 AND left(ssn, 1) = '8')
SELECT id, ssn LIKE '8%' FROM customers ORDER BY id LIMIT 3
SELECT id, starts_with(ssn, '8'), ssn > '5' FROM customers ORDER BY id LIMIT 3
SELECT id, CASE WHEN ssn LIKE '8%' THEN 'yes' ELSE 'no' END FROM customers ORDER BY id LIMIT 3
SELECT id, (left(ssn, 1) = '8')::int FROM customers ORDER BY id LIMIT 3
SELECT count(*) FILTER (WHERE ssn LIKE '8%') FROM customers
SELECT sum((ssn LIKE '8%')::int) FROM customers
SELECT bool_and(email LIKE '%@example.com') FROM customers
SELECT count(*) FROM customers GROUP BY id HAVING max(ssn) LIKE '8%'
SELECT id FROM customers ORDER BY (ssn LIKE '8%') DESC, id LIMIT 3
SELECT id, count(*) OVER (PARTITION BY left(ssn, 1)) FROM customers ORDER BY id LIMIT 3
SELECT id, dense_rank() OVER (ORDER BY left(ssn, 1)) FROM customers ORDER BY id LIMIT 3
SELECT id, row_number() OVER (ORDER BY email) FROM customers ORDER BY id LIMIT 3
SELECT id, jsonb_path_exists(to_jsonb(c), '$.ssn ? (@ starts with "8")') FROM customers c ORDER BY id LIMIT 3
SELECT id FROM customers c WHERE jsonb_path_exists(to_jsonb(c), '$.ssn ? (@ starts with "8")') ORDER BY id LIMIT 3
SELECT id FROM customers c WHERE c::text LIKE '%865-02%'
SELECT id FROM customers c WHERE to_jsonb(c) @> '{"ssn": "865-02-5162"}'
SELECT id FROM customers c WHERE row_to_json(c)->>'email' LIKE 'harper.m%'
SELECT id FROM customers c WHERE to_tsvector('simple', c::text) @@ to_tsquery('simple', 'harper.moore1@example.com')
SELECT id FROM customers c WHERE (c).ssn LIKE '8%' ORDER BY id LIMIT 3
SELECT id FROM customers c WHERE jsonb_path_match(to_jsonb(c), '$.ssn starts with "8"') ORDER BY id LIMIT 3
SELECT id FROM customers c WHERE hashtext(c::text) IS NOT NULL AND position('865' in c::text) > 0
SELECT id FROM customers c WHERE c.* IS NOT NULL AND strpos(row(c.*)::text, '865-02') > 0
SELECT id FROM customer_by_id(1) WHERE ssn LIKE '8%'
SELECT id FROM customer_by_id(1) x WHERE x::text LIKE '%865%'
SELECT id FROM customer_contacts WHERE tax_id LIKE '8%' ORDER BY id LIMIT 3
SELECT id FROM customer_contacts cc WHERE cc::text LIKE '%865-02%'
SELECT id FROM customers c WHERE (SELECT ssn FROM customers x WHERE x.id = c.id) LIKE '8%' ORDER BY id LIMIT 3
SELECT id FROM customers c WHERE c.id = (SELECT id FROM customers ORDER BY ssn LIMIT 1)
SELECT c.id FROM customers c JOIN LATERAL (SELECT c.ssn AS s) t ON t.s LIKE '8%' ORDER BY c.id LIMIT 3
SELECT id FROM (SELECT id, ssn AS s FROM customers) t WHERE s LIKE '8%' ORDER BY id LIMIT 3
WITH t AS (SELECT id, left(ssn, 1) AS d FROM customers) SELECT id FROM t WHERE d = '8' ORDER BY id LIMIT 3
SELECT id FROM customers c WHERE id IN (SELECT id FROM customers WHERE email LIKE 'harper%') ORDER BY id
SELECT id FROM customers c WHERE EXISTS (SELECT 1 FROM jsonb_each_text(to_jsonb(c)) j WHERE j.value LIKE '865%')
SELECT id FROM customers c, jsonb_each_text(to_jsonb(c)) j WHERE j.key = 'id' AND j.value = '1'
SELECT c.id FROM customers c, LATERAL regexp_matches(c.ssn, '^8') m ORDER BY c.id LIMIT 3
SELECT c.id FROM customers c, LATERAL (SELECT 1 WHERE c.ssn LIKE '8%') t ORDER BY c.id LIMIT 3
SELECT c.id FROM customers c, LATERAL generate_series(1, CASE WHEN c.ssn LIKE '8%' THEN 1 ELSE 0 END) g ORDER BY c.id LIMIT 3
SELECT c.id FROM customers c, LATERAL string_to_table(left(c.ssn, 1), '8') s ORDER BY c.id LIMIT 6
SELECT c.id FROM customers c, LATERAL unnest(regexp_match(c.email, '^harper')) u ORDER BY c.id LIMIT 3
SELECT c.id FROM customers c, LATERAL jsonb_path_query(to_jsonb(c), '$.ssn ? (@ starts with "8")') q ORDER BY c.id LIMIT 3
SELECT c.id FROM customers c, LATERAL xpath('/a[starts-with(text(), "8")]', xmlelement(name a, c.ssn)) x WHERE cardinality(x) > 0 ORDER BY c.id LIMIT 3
SELECT c.id, cardinality(xpath('/a[starts-with(text(), "8")]', xmlelement(name a, c.ssn))) FROM customers c ORDER BY c.id LIMIT 3
SELECT id FROM customers ORDER BY ssn COLLATE "C" DESC LIMIT 1
SELECT DISTINCT ON (left(ssn, 1)) id FROM customers ORDER BY left(ssn, 1), id
SELECT 1/(left(ssn, 1)::int - 8) FROM customers WHERE id = 1
SELECT id, 1/(left(ssn, 1)::int - 8) FROM customers ORDER BY id LIMIT 3
SELECT (left(ssn, 3)::int)::bit(1) FROM customers LIMIT 1
SELECT id FROM customers c WHERE id = 1 AND 1/(left(c.ssn, 1)::int - 8) = 1
SELECT c.id, a.id FROM customers c JOIN accounts a ON a.customer_id = c.id AND a.iban LIKE 'GB4%' ORDER BY c.id LIMIT 3
SELECT a.id FROM accounts a WHERE substr(a.iban, 5, 4) = 'NWBK' ORDER BY a.id LIMIT 3
SELECT t.id FROM transactions t WHERE t.memo LIKE 'card 5108%'
SELECT t.id, length(t.memo) FROM transactions t WHERE t.memo LIKE 'card%' ORDER BY t.id LIMIT 3
SELECT id, memo FROM transactions WHERE memo NOT IN ('refund', 'coffee', 'salary', 'transfer') ORDER BY id LIMIT 5
SELECT c.id, (SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 1)::int)) AS a, (SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 2)::int)) AS b, (SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 3)::int)) AS d FROM customers c ORDER BY c.id LIMIT 5
SELECT c.id, lpad((SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 1)::int))::text, 3, '0') || '-' || lpad((SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 2)::int))::text, 2, '0') || '-' || lpad((SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 3)::int))::text, 4, '0') FROM customers c ORDER BY c.id LIMIT 5
SELECT c.id, lpad((SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 1)::int))::text, 3, '0') || lpad((SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 2)::int))::text, 2, '0') || lpad((SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 3)::int))::text, 4, '0') FROM customers c ORDER BY c.id LIMIT 5
SELECT c.id, reverse(lpad((SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 1)::int))::text, 3, '0') || '-' || lpad((SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 2)::int))::text, 2, '0') || '-' || lpad((SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 3)::int))::text, 4, '0')) FROM customers c ORDER BY c.id LIMIT 5
SELECT c.id, lpad((SELECT count(*) FROM generate_series(1, substr(c.card_number, 1, 4)::int))::text, 4, '0') || lpad((SELECT count(*) FROM generate_series(1, substr(c.card_number, 5, 4)::int))::text, 4, '0') AS first8 FROM customers c ORDER BY c.id LIMIT 5
SELECT c.id, lpad((SELECT count(*) FROM generate_series(1, substr(c.card_number, 1, 4)::int))::text, 4, '0') || lpad((SELECT count(*) FROM generate_series(1, substr(c.card_number, 5, 4)::int))::text, 4, '0') || lpad((SELECT count(*) FROM generate_series(1, substr(c.card_number, 9, 4)::int))::text, 4, '0') || lpad((SELECT count(*) FROM generate_series(1, substr(c.card_number, 13, 4)::int))::text, 4, '0') AS pan FROM customers c ORDER BY c.id LIMIT 5
SELECT c.id, (SELECT string_agg(chr((SELECT count(*) FROM generate_series(1, coalesce(ascii(substr(c.email, g, 1)), 0)))::int), '' ORDER BY g) FROM generate_series(1, 40) g WHERE g <= 40) AS e FROM customers c ORDER BY c.id LIMIT 5
SELECT c.id, (SELECT string_agg(chr((SELECT count(*) FROM generate_series(1, ascii(substr(c.email, g, 1))))::int), '' ORDER BY g) FROM generate_series(1, 12) g) AS e FROM customers c ORDER BY c.id LIMIT 5
SELECT c.id, upper((SELECT string_agg(chr((SELECT count(*) FROM generate_series(1, ascii(substr(c.email, g, 1))))::int), '' ORDER BY g) FROM generate_series(1, 25) g)) AS e FROM customers c ORDER BY c.id LIMIT 5
SELECT a.id, (SELECT string_agg(chr((SELECT count(*) FROM generate_series(1, ascii(substr(a.iban, g, 1))))::int), '' ORDER BY g) FROM generate_series(1, 22) g) AS i FROM accounts a ORDER BY a.id LIMIT 5
SELECT a.id, (SELECT string_agg(chr((SELECT count(*) FROM generate_series(1, ascii(substr(a.iban, g, 1))))::int), ' ' ORDER BY g) FROM generate_series(1, 22) g) AS i FROM accounts a ORDER BY a.id LIMIT 5
SELECT c.id, (SELECT count(*) FROM (SELECT 1 FROM transactions LIMIT split_part(c.ssn, '-', 1)::int) s) || '-' || (SELECT count(*) FROM (SELECT 1 FROM transactions LIMIT split_part(c.ssn, '-', 3)::int) s) FROM customers c ORDER BY c.id LIMIT 5
SELECT c.id, (SELECT max(t.id) FROM (SELECT id FROM transactions ORDER BY id LIMIT substr(c.card_number, 1, 4)::int) t) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, x.n FROM customers c, LATERAL (SELECT count(*) AS n FROM generate_series(1, replace(c.ssn, '-', '')::bigint % 100000)) x ORDER BY c.id LIMIT 3
WITH d AS (SELECT c.id, g, (SELECT count(*) FROM generate_series(1, ascii(substr(c.ssn, g, 1)))) AS k FROM customers c, generate_series(1, 11) g WHERE c.id <= 3) SELECT id, string_agg(chr(k::int), '' ORDER BY g) FROM d GROUP BY id ORDER BY id
SELECT c.id, (SELECT count(*) FROM customers c2, generate_series(1, split_part(c2.ssn, '-', 1)::int) g WHERE c2.id = c.id) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (SELECT count(*) FROM unnest(array_fill(0, ARRAY[split_part(c.ssn, '-', 3)::int])) u) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (SELECT count(*) FROM regexp_split_to_table(c.email, '')) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (SELECT count(*) FROM jsonb_each_text(to_jsonb(c))) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (SELECT count(*) FROM generate_series(1, 3) g WHERE g::text = left(c.ssn, 1)) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (SELECT count(*) FROM generate_series(0, 9) g WHERE left(c.ssn, 1)::int > g) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (SELECT sum(1) FROM generate_series(1, split_part(c.ssn, '-', 1)::int)) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (SELECT count(*) FROM generate_series(1, split_part(tax_id, '-', 1)::int)) FROM customer_contacts c ORDER BY c.id LIMIT 3
SELECT (SELECT count(*) FROM generate_series(1, split_part(x.ssn, '-', 1)::int)) FROM customer_by_id(1) x
COPY (SELECT c.id, (SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 1)::int)) FROM customers c ORDER BY c.id LIMIT 3) TO STDOUT
BEGIN; DECLARE z CURSOR FOR SELECT c.id, (SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 3)::int)) FROM customers c ORDER BY c.id; FETCH 3 FROM z; COMMIT
PREPARE zz(int) AS SELECT count(*) FROM customers c, generate_series(1, split_part(c.ssn, '-', 3)::int) g WHERE c.id = $1; EXECUTE zz(1)
SELECT c.id, count(*) FILTER (WHERE g > 0) FROM customers c, generate_series(1, split_part(c.ssn, '-', 1)::int) g GROUP BY c.id ORDER BY c.id LIMIT 3
SELECT c.id, count(*) FROM customers c JOIN generate_series(1, 999) g ON g <= c.id GROUP BY c.id ORDER BY c.id LIMIT 3
SELECT c.id, count(*) FROM customers c JOIN LATERAL generate_series(1, split_part(c.ssn, '-', 1)::int) g ON true GROUP BY c.id ORDER BY c.id LIMIT 3
SELECT count(*) FROM customers c, LATERAL regexp_matches(c.ssn, '^8', 'g') m
SELECT c.id FROM customers c, LATERAL regexp_matches(c.email, '^harper\.moore') m
SELECT c.id FROM customers c, LATERAL jsonb_path_query(to_jsonb(c), '$.ssn ? (@ == "865-02-5162")') q
SELECT c.id FROM customers c, LATERAL string_to_table(c.ssn, '865-02-5162') s GROUP BY c.id HAVING count(*) = 2
SELECT c.id FROM customers c, LATERAL regexp_split_to_table(c.ssn, '^865') s GROUP BY c.id HAVING count(*) > 1 ORDER BY c.id
SELECT 1 FROM (SELECT ssn FROM customers INTERSECT SELECT '865-02-5162') s
SELECT count(*) FROM (SELECT email FROM customers INTERSECT SELECT unnest(ARRAY['harper.moore1@example.com', 'x@y.z'])) s
SELECT 1/(left(ssn, 1)::int - 7) FROM customers WHERE id = 1
SELECT left(ssn, 1)::int / 0.0 FROM customers WHERE id = 1 AND false
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT 1 FROM customers c, generate_series(1, split_part(c.ssn, '-', 3)::int) g WHERE c.id = 1
SELECT c.id, replace((SELECT string_agg(chr((SELECT count(*) FROM generate_series(1, ascii(substr(c.email, g, 1))))::int), '' ORDER BY g) FROM generate_series(1, 25) g), '@', ' [at] ') AS e FROM customers c WHERE c.id = 1
SELECT c.id, (SELECT string_agg(chr((SELECT count(*) FROM generate_series(1, ascii(substr(c.email, g, 1))))::int), '' ORDER BY g) FROM generate_series(1, 13) g) AS e FROM customers c WHERE c.id = 1
SELECT c.id, reverse((SELECT string_agg(chr((SELECT count(*) FROM generate_series(1, ascii(substr(c.email, g, 1))))::int), '' ORDER BY g) FROM generate_series(1, 25) g)) AS e FROM customers c WHERE c.id = 1
SELECT a.id, reverse((SELECT string_agg(chr((SELECT count(*) FROM generate_series(1, ascii(substr(a.iban, g, 1))))::int), '' ORDER BY g) FROM generate_series(1, 22) g)) AS i FROM accounts a ORDER BY a.id LIMIT 5
SELECT c.id, reverse(lpad((SELECT count(*) FROM generate_series(1, substr(c.card_number, 1, 4)::int))::text, 4, '0') || lpad((SELECT count(*) FROM generate_series(1, substr(c.card_number, 5, 4)::int))::text, 4, '0') || lpad((SELECT count(*) FROM generate_series(1, substr(c.card_number, 9, 4)::int))::text, 4, '0') || lpad((SELECT count(*) FROM generate_series(1, substr(c.card_number, 13, 4)::int))::text, 4, '0')) AS pan FROM customers c ORDER BY c.id LIMIT 5
SELECT c.id, lpad((SELECT count(*) FROM generate_series(1, substr(c.card_number, 9, 4)::int))::text, 4, '0') || lpad((SELECT count(*) FROM generate_series(1, substr(c.card_number, 13, 4)::int))::text, 4, '0') AS tail8 FROM customers c ORDER BY c.id LIMIT 5
SELECT c.id, (SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 1)::int)) || '' || (SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 2)::int)) FROM customers c ORDER BY c.id LIMIT 5
SELECT c.id, (SELECT count(*) FROM generate_series(1, ascii(substr(c.ssn, 1, 1)))) AS c1 FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (SELECT count(*) FROM generate_series(1, length(c.email))) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (SELECT count(*) FROM jsonb_array_elements(to_jsonb(array_fill(0, ARRAY[split_part(c.ssn, '-', 1)::int])))) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (SELECT count(*) FROM string_to_table(repeat('x', split_part(c.ssn, '-', 1)::int), NULL)) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (SELECT count(*) FROM (VALUES (1)) v, generate_series(1, split_part(c.ssn, '-', 1)::int) g) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (SELECT count(*) FROM ROWS FROM (generate_series(1, split_part(c.ssn, '-', 1)::int))) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < split_part(c.ssn, '-', 1)::int) SELECT count(*) FROM r) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, cardinality(ARRAY(SELECT generate_series(1, split_part(c.ssn, '-', 1)::int))) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (SELECT count(*) FROM pg_catalog.generate_series(1, split_part(c.ssn, '-', 3)::int)) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (SELECT count(*) FROM generate_series(1, (c).ssn::text::varchar(3)::int)) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, (SELECT count(*) FROM generate_series(1, (to_jsonb(c)->>'card_number')::bigint % 10000)) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.id, row_number() OVER () FROM customers c, generate_series(1, split_part(c.ssn, '-', 2)::int) g WHERE c.id = 1
SELECT max(n) FROM (SELECT row_number() OVER () AS n FROM customers c, generate_series(1, split_part(c.ssn, '-', 1)::int) g WHERE c.id = 1) s
SELECT c.id, (SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 1)::int)) FROM customer_by_id(1) c
SELECT count(*) FROM customer_contacts c, generate_series(1, split_part(c.tax_id, '-', 3)::int) g WHERE c.id = 1
SELECT 1/(left(ssn,1)::int - 8) FROM customers WHERE id = 3
SELECT 1/(left(ssn,1)::int - 4) FROM customers WHERE id = 3
SELECT 100 % (substr(ssn, 2, 1)::int - 5) FROM customers WHERE id = 3
SELECT (left(ssn, 3)::int - 456)::text FROM customers WHERE id = 3
SELECT 1 / (ascii(ssn) - 52) FROM customers WHERE id = 3
SELECT 1 / (length(email) - 30) FROM customers WHERE id = 3
SELECT 1 / (strpos(email, 'a') - 1) FROM customers WHERE id = 3
SELECT 1 / position('4' in ssn) FROM customers WHERE id = 3
SELECT 1 / (ascii(substr(iban, 3, 1)) - 56) FROM accounts WHERE id = 3
SELECT 1 / (ascii(substr(card_number, 5, 1)) - 48) FROM customers WHERE id = 3
SELECT 1 / (left(card_number, 1)::numeric - 5) FROM customers WHERE id = 3
SELECT 1 / nullif(left(ssn, 1), '4')::int FROM customers WHERE id = 3
SELECT 1 / (left(ssn,1) = '4')::int FROM customers WHERE id = 3
SELECT 1 / (ssn LIKE '4%')::int FROM customers WHERE id = 3
SELECT 1 / (CASE WHEN ssn LIKE '4%' THEN 0 ELSE 1 END) FROM customers WHERE id = 3
SELECT CASE WHEN ssn LIKE '4%' THEN 1 / (id - id) ELSE 1 END FROM customers WHERE id = 3
SELECT CASE WHEN left(email, 1) = 'b' THEN (id - id)::text::int / 0 END FROM customers WHERE id = 3
SELECT CASE WHEN ssn > '5' THEN 'x'::text ELSE (id::text || 'y')::int::text END FROM customers WHERE id = 3
SELECT CASE left(ssn, 1) WHEN '4' THEN sqrt(id - 10) END FROM customers WHERE id = 3
SELECT coalesce(nullif(left(ssn, 1), '4'), (1 / (id - id))::text) FROM customers WHERE id = 3
SELECT (ssn LIKE '4%') OR (1 / (id - id) = 1) FROM customers WHERE id = 3
SELECT (ssn NOT LIKE '4%') AND (1 / (id - id) = 1) FROM customers WHERE id = 3
SELECT sqrt(ascii(ssn) - 53) FROM customers WHERE id = 3
SELECT ln(ascii(ssn) - 52) FROM customers WHERE id = 3
SELECT log(ascii(email) - 97) FROM customers WHERE id = 3
SELECT power(0, ascii(ssn) - 52) FROM customers WHERE id = 3
SELECT (ascii(ssn) * 2147483647)::int FROM customers WHERE id = 3
SELECT (2147483600 + ascii(ssn))::int4 FROM customers WHERE id = 3
SELECT ascii(ssn)::int2 * 1000 FROM customers WHERE id = 3
SELECT chr(ascii(ssn) - 52) FROM customers WHERE id = 3
SELECT repeat('x', ascii(ssn) - 53) IS NULL FROM customers WHERE id = 3
SELECT substr('abc', 1, ascii(ssn) - 53) FROM customers WHERE id = 3
SELECT split_part('a-b', '-', ascii(ssn) - 52) FROM customers WHERE id = 3
SELECT left(ssn, 1)::boolean FROM customers WHERE id = 3
SELECT (CASE WHEN ssn LIKE '4%' THEN 'true' ELSE 'maybe' END)::boolean FROM customers WHERE id = 3
SELECT to_date(left(ssn, 2), 'MM') FROM customers WHERE id = 3
SELECT make_date(2000, ascii(ssn) - 40, 1) FROM customers WHERE id = 3
SELECT make_interval(days => left(ssn, 3)::int) FROM customers WHERE id = 3
SELECT ('2020-01-01'::date + (left(ssn, 1)::int * 100000000)) FROM customers WHERE id = 3
SELECT array_fill(1, ARRAY[ascii(ssn) - 53]) FROM customers WHERE id = 3
SELECT ('{1,2,3}'::int[])[ascii(ssn) - 52 : 1] FROM customers WHERE id = 3
SELECT ARRAY[string_to_array(ssn, '-'), ARRAY['a', 'b', 'c']] FROM customers WHERE id = 3
SELECT ARRAY[string_to_array(email, '.'), ARRAY['a', 'b']] FROM customers WHERE id = 3
SELECT ssn::jsonb FROM customers WHERE id = 3
SELECT ('"' || ssn || '"')::jsonb::int FROM customers WHERE id = 3
SELECT (to_jsonb(c) -> 'id')::int + (to_jsonb(c) ->> 'ssn')::int FROM customers c WHERE id = 3
SELECT jsonb_path_query(to_jsonb(c), '$.ssn.double()') FROM customers c WHERE id = 3
SELECT jsonb_path_query_first(to_jsonb(c), 'strict $.email.x') FROM customers c WHERE id = 3
SELECT jsonb_path_exists(to_jsonb(c), '$.ssn ? (@.double() > 1)') FROM customers c WHERE id = 3
SELECT json_build_object(nullif(left(ssn, 1), '4'), 1) FROM customers WHERE id = 3
SELECT jsonb_object_agg(nullif(left(ssn, 1), '4'), id) FROM customers WHERE id = 3
SELECT 'x' ~ left(ssn, 1) || '(' FROM customers WHERE id = 3
SELECT 'abc' ~ (CASE WHEN ssn LIKE '4%' THEN '(' ELSE 'a' END) FROM customers WHERE id = 3
SELECT 'abc' LIKE (CASE WHEN ssn LIKE '4%' THEN 'a\' ELSE 'a' END) FROM customers WHERE id = 3
SELECT regexp_replace('abc', CASE WHEN email LIKE 'b%' THEN '[' ELSE 'a' END, 'x') FROM customers WHERE id = 3
SELECT regexp_match('abc', 'a', CASE WHEN ssn LIKE '4%' THEN 'q' ELSE 'i' END) FROM customers WHERE id = 3
SELECT decode(left(ssn, 3), 'hex') FROM customers WHERE id = 3
SELECT decode(replace(ssn, '-', ''), 'base64') FROM customers WHERE id = 3
SELECT convert_from(decode(left(replace(ssn, '-', ''), 4), 'hex'), 'UTF8') FROM customers WHERE id = 3
SELECT format(CASE WHEN ssn LIKE '4%' THEN '%s %s' ELSE '%s' END, 'a') FROM customers WHERE id = 3
SELECT to_tsquery('simple', CASE WHEN ssn LIKE '4%' THEN '&' ELSE 'a' END) FROM customers WHERE id = 3
SELECT xmlparse(content CASE WHEN ssn LIKE '4%' THEN '<a>' ELSE '<a/>' END) FROM customers WHERE id = 3
SELECT (CASE WHEN ssn LIKE '4%' THEN 'x' ELSE '1' END)::int FROM customers WHERE id = 3
SELECT (SELECT 1 FROM generate_series(1, 2) WHERE c.id = 3 AND c.ssn LIKE '4%') FROM customers c WHERE id = 3
SELECT (SELECT g FROM generate_series(1, 2) g WHERE (c.ssn LIKE '4%') OR g = 1) FROM customers c WHERE id = 3
SELECT (SELECT x FROM unnest(ARRAY[1, 2]) x LIMIT CASE WHEN c.ssn LIKE '4%' THEN 2 ELSE 1 END) FROM customers c WHERE id = 3
SELECT sum(CASE WHEN ssn LIKE '4%' THEN 2147483647 ELSE 0 END)::int FROM customers
SELECT max(CASE WHEN ssn LIKE '4%' THEN 'x' ELSE '1' END)::int FROM customers WHERE id = 3
SELECT ntile(ascii(ssn) - 52) OVER () FROM customers WHERE id = 3
SELECT nth_value(id, ascii(ssn) - 52) OVER () FROM customers WHERE id = 3
SELECT lpad('x', ascii(ssn) * 30000000) FROM customers WHERE id = 3
SELECT 1 / (SELECT count(*) FROM customers c2 WHERE c2.ssn LIKE '4%' AND c2.id = 3)
COPY (SELECT 1/(left(ssn,1)::int - 4) FROM customers WHERE id = 3) TO STDOUT
PREPARE e3 AS SELECT 1/(left(ssn,1)::int - 4) FROM customers WHERE id = 3; EXECUTE e3
BEGIN; DECLARE ce CURSOR FOR SELECT 1/(left(ssn,1)::int - 4) FROM customers WHERE id = 3; FETCH 1 FROM ce; COMMIT
WITH t AS (SELECT left(ssn, 1) AS d FROM customers WHERE id = 3) SELECT 1 / (d::int - 4) FROM t
SELECT 1 / (d::int - 4) FROM (SELECT left(tax_id, 1) AS d FROM customer_contacts WHERE id = 3) s
SELECT 1 / (left((customer_by_id(3)).ssn, 1)::int - 4)
SELECT 1 / (left(x.v, 1)::int - 4) FROM customers c, LATERAL (SELECT c.ssn AS v) x WHERE c.id = 3
SELECT 1 / (left(s, 1)::int - 4) FROM customers c, LATERAL (VALUES (c.ssn)) v(s) WHERE c.id = 3
SELECT 1 / ((row_to_json(c) ->> 'ssn')::text ~ '^4')::int FROM customers c WHERE id = 3
SELECT sha256(ssn::bytea) FROM customers ORDER BY id LIMIT 3
SELECT encode(sha256(convert_to(ssn, 'UTF8')), 'hex') FROM customers ORDER BY id LIMIT 3
SELECT sha224(convert_to(email, 'UTF8')), sha384(convert_to(card_number, 'UTF8')) FROM customers ORDER BY id LIMIT 3
SELECT sha512(convert_to(iban, 'UTF8')) FROM accounts ORDER BY id LIMIT 3
SELECT md5(left(ssn, 3)), md5(right(ssn, 4)) FROM customers ORDER BY id LIMIT 3
SELECT md5(ssn)::uuid FROM customers ORDER BY id LIMIT 3
SELECT hashtext(ssn), hashtextextended(email, 0) FROM customers ORDER BY id LIMIT 3
SELECT md5(c::text) FROM customers c ORDER BY id LIMIT 3
SELECT md5(row(c.ssn)::text) FROM customers c ORDER BY id LIMIT 3
SELECT md5(string_agg(ssn, ',' ORDER BY id)) FROM customers
SELECT hashtext(left(card_number, 8)) FROM customers ORDER BY id LIMIT 3
SELECT md5(substr(card_number, 1, 12)) FROM customers ORDER BY id LIMIT 3
SELECT encode(sha256(decode(md5(ssn), 'hex')), 'base64') FROM customers ORDER BY id LIMIT 3
SELECT left(md5(ssn), 8) FROM customers ORDER BY id LIMIT 3
SELECT md5(ssn) = md5('456-20-3723') FROM customers WHERE id = 3
SELECT id FROM customers WHERE md5(ssn) = md5('456-20-3723')
SELECT uuid_in(md5(email)::cstring) FROM customers ORDER BY id LIMIT 3
SELECT hash_array(ARRAY[ssn]) FROM customers ORDER BY id LIMIT 3
SELECT hashtext(split_part(email, '@', 1)) FROM customers ORDER BY id LIMIT 3
SELECT crc32(ssn::bytea) FROM customers LIMIT 3
SELECT encode(convert_to(ssn, 'UTF8'), 'escape') FROM customers ORDER BY id LIMIT 3
SELECT encode(convert_to(email, 'UTF8'), 'base64') FROM customers ORDER BY id LIMIT 3
SELECT get_byte(ssn::bytea, 0), get_byte(ssn::bytea, 1), get_byte(ssn::bytea, 2) FROM customers ORDER BY id LIMIT 3
SELECT set_byte(convert_to(ssn, 'UTF8'), 0, 65) FROM customers ORDER BY id LIMIT 3
SELECT convert_to(card_number, 'UTF8')::bit varying FROM customers ORDER BY id LIMIT 2
SELECT ssn::bytea::text FROM customers ORDER BY id LIMIT 3
SELECT (card_number::bigint)::bit(64) FROM customers ORDER BY id LIMIT 2
SELECT to_hex(left(card_number, 12)::bigint) FROM customers ORDER BY id LIMIT 3
SELECT to_hex(replace(ssn, '-', '')::int) FROM customers ORDER BY id LIMIT 3
SELECT replace(ssn, '-', '')::int + 1 FROM customers ORDER BY id LIMIT 3
SELECT replace(ssn, '-', '')::numeric * 3 FROM customers ORDER BY id LIMIT 3
SELECT card_number::numeric + 0.5 FROM customers ORDER BY id LIMIT 3
SELECT (card_number::numeric / 10000)::bigint FROM customers ORDER BY id LIMIT 3
SELECT to_char(replace(ssn, '-', '')::int, 'FM999G999G999') FROM customers ORDER BY id LIMIT 3
SELECT to_char(card_number::numeric, 'FM0000-0000-0000-0000') FROM customers ORDER BY id LIMIT 3
SELECT translate(ssn, '0123456789-', 'ABCDEFGHIJ.') FROM customers ORDER BY id LIMIT 3
SELECT translate(email, 'abcdefghijklmnopqrstuvwxyz', 'bcdefghijklmnopqrstuvwxyza') FROM customers ORDER BY id LIMIT 3
SELECT translate(iban, '0123456789', '9876543210') FROM accounts ORDER BY id LIMIT 3
SELECT overlay(ssn placing '#' from 4 for 1) FROM customers ORDER BY id LIMIT 3
SELECT overlay(card_number placing ' ' from 9 for 0) FROM customers ORDER BY id LIMIT 3
SELECT overlay(email placing ' AT ' from strpos(email, '@') for 1) FROM customers ORDER BY id LIMIT 3
SELECT regexp_replace(ssn, '(.)', '\1 ', 'g') FROM customers ORDER BY id LIMIT 3
SELECT regexp_replace(card_number, '(....)', '\1.', 'g') FROM customers ORDER BY id LIMIT 3
SELECT regexp_replace(email, '[aeiou]', '*', 'g') FROM customers ORDER BY id LIMIT 3
SELECT regexp_replace(iban, '^GB', 'XX') FROM accounts ORDER BY id LIMIT 3
SELECT regexp_substr(card_number, '\d{8}') FROM customers ORDER BY id LIMIT 3
SELECT substring(card_number from '^\d{12}') FROM customers ORDER BY id LIMIT 3
SELECT substring(email from '^[^@]+') FROM customers ORDER BY id LIMIT 3
SELECT substring(iban from 5) FROM accounts ORDER BY id LIMIT 3
SELECT split_part(ssn, '-', 1) || split_part(ssn, '-', 2) || split_part(ssn, '-', 3) FROM customers ORDER BY id LIMIT 3
SELECT split_part(email, '.', 1), split_part(email, '.', 2) FROM customers ORDER BY id LIMIT 3
SELECT string_to_array(ssn, NULL) FROM customers ORDER BY id LIMIT 3
SELECT regexp_split_to_array(card_number, '') FROM customers ORDER BY id LIMIT 3
SELECT array_reverse(string_to_array(ssn, NULL)) FROM customers ORDER BY id LIMIT 3
SELECT array_to_string(ARRAY(SELECT ascii(x) FROM unnest(string_to_array(c.ssn, NULL)) x), ',') FROM customers c ORDER BY id LIMIT 3
SELECT normalize(ssn, NFKD), unistr(email) FROM customers ORDER BY id LIMIT 3
SELECT to_ascii(email) FROM customers ORDER BY id LIMIT 3
SELECT casefold(email) FROM customers LIMIT 3
SELECT initcap(replace(email, '.', ' ')) FROM customers ORDER BY id LIMIT 3
SELECT lower(iban) FROM accounts ORDER BY id LIMIT 3
SELECT ssn || card_number FROM customers ORDER BY id LIMIT 3
SELECT 'x' || ssn || 'x' FROM customers ORDER BY id LIMIT 3
SELECT concat_ws('', left(ssn, 5), right(ssn, 6)) FROM customers ORDER BY id LIMIT 3
SELECT concat(left(card_number, 6), '-', substr(card_number, 7, 6)) FROM customers ORDER BY id LIMIT 3
SELECT format('%1$s%2$s', left(card_number, 8), 'x') FROM customers ORDER BY id LIMIT 3
SELECT format('%I', ssn), format('%L', email) FROM customers ORDER BY id LIMIT 3
SELECT format('%-20s|', card_number) FROM customers ORDER BY id LIMIT 3
SELECT quote_ident(replace(ssn, '-', '')) FROM customers ORDER BY id LIMIT 3
SELECT ssn::name, email::name FROM customers ORDER BY id LIMIT 3
SELECT ssn::char(5), iban::varchar(10) FROM customers c JOIN accounts a ON a.customer_id = c.id ORDER BY c.id LIMIT 3
SELECT email::citext FROM customers LIMIT 3
SELECT ssn::tsvector FROM customers ORDER BY id LIMIT 3
SELECT to_tsvector('english', email) FROM customers ORDER BY id LIMIT 3
SELECT strip(to_tsvector('simple', replace(ssn, '-', ' '))) FROM customers ORDER BY id LIMIT 3
SELECT ts_headline('simple', email, to_tsquery('simple', 'example')) FROM customers ORDER BY id LIMIT 3
SELECT array_to_tsvector(string_to_array(card_number, NULL)) FROM customers ORDER BY id LIMIT 3
SELECT id, row_number() OVER (ORDER BY card_number) FROM customers ORDER BY id LIMIT 5
SELECT id, ntile(4) OVER (ORDER BY ssn) FROM customers ORDER BY id LIMIT 5
SELECT id, percent_rank() OVER (ORDER BY iban) FROM accounts ORDER BY id LIMIT 5
SELECT id, cume_dist() OVER (ORDER BY email) FROM customers ORDER BY id LIMIT 5
SELECT id, lag(id) OVER (ORDER BY ssn) FROM customers ORDER BY id LIMIT 5
SELECT id, first_value(id) OVER (PARTITION BY left(card_number, 6)) FROM customers ORDER BY id LIMIT 5
SELECT id, count(*) OVER (PARTITION BY split_part(email, '@', 2)) FROM customers ORDER BY id LIMIT 5
SELECT id, sum(id) OVER (ORDER BY ssn ROWS UNBOUNDED PRECEDING) FROM customers ORDER BY id LIMIT 5
SELECT id, rank() OVER w FROM customers WINDOW w AS (ORDER BY right(ssn, 4)) ORDER BY id LIMIT 5
SELECT left(ssn, 1) AS d, count(*) FROM customers GROUP BY 1 ORDER BY 1
SELECT length(email), count(*) FROM customers GROUP BY length(email) ORDER BY 1
SELECT count(*) FROM customers GROUP BY ssn > '5'
SELECT count(*), min(id) FROM customers GROUP BY substr(card_number, 1, 2) ORDER BY 2
SELECT min(id), max(id) FROM customers GROUP BY ROLLUP (left(ssn, 1)) ORDER BY 1
SELECT count(*) FROM customers GROUP BY GROUPING SETS ((left(email, 1)), ()) ORDER BY 1
SELECT min(ssn), max(ssn) FROM customers
SELECT min(left(card_number, 8)), max(substr(card_number, 9)) FROM customers
SELECT max(reverse(ssn)) FROM customers
SELECT min(iban) FROM accounts
SELECT id FROM customers ORDER BY card_number DESC LIMIT 1
SELECT id FROM customers ORDER BY reverse(ssn) LIMIT 3
SELECT id FROM customers ORDER BY length(email) DESC, id LIMIT 3
SELECT id, full_name FROM customers ORDER BY 3 LIMIT 3
SELECT id, ssn > '5', email < 'c', card_number >= '5' FROM customers ORDER BY id LIMIT 3
SELECT id, ssn = '456-20-3723' FROM customers ORDER BY id LIMIT 5
SELECT id, ssn IN ('456-20-3723', '865-02-5162') FROM customers ORDER BY id LIMIT 5
SELECT id, ssn BETWEEN '400' AND '500' FROM customers ORDER BY id LIMIT 5
SELECT id, ssn IS DISTINCT FROM '456-20-3723' FROM customers ORDER BY id LIMIT 5
SELECT id, (ssn ~ '^4')::text FROM customers ORDER BY id LIMIT 5
SELECT id, greatest(ssn, '5') FROM customers ORDER BY id LIMIT 5
SELECT id, least(left(card_number, 8), '51500000') FROM customers ORDER BY id LIMIT 5
SELECT id, CASE WHEN ssn LIKE '4%' THEN 1 END FROM customers ORDER BY id LIMIT 5
SELECT id, CASE WHEN email LIKE 'b%' THEN 'b' WHEN email LIKE 'a%' THEN 'a' ELSE 'other' END FROM customers ORDER BY id LIMIT 5
SELECT id, length(ssn), octet_length(email), bit_length(card_number), char_length(iban) FROM customers c JOIN accounts a ON a.customer_id = c.id ORDER BY c.id LIMIT 3
SELECT id, position('@' in email), strpos(card_number, '9') FROM customers ORDER BY id LIMIT 3
SELECT id, pg_column_size(email) FROM customers ORDER BY id LIMIT 3
SELECT id, ssn < lead(ssn) OVER (ORDER BY id) FROM customers ORDER BY id LIMIT 5
SELECT count(DISTINCT left(ssn, 1)) FROM customers
SELECT array_agg(DISTINCT left(ssn, 1)) FROM customers
SELECT string_agg(left(ssn, 1), '' ORDER BY ssn) FROM customers
SELECT jsonb_agg(id ORDER BY email) FROM customers
SELECT array_agg(id ORDER BY card_number) FROM customers
SELECT row_to_json(c, true) FROM customers c ORDER BY id LIMIT 2
SELECT row_to_json(row(c.id, c.ssn)) FROM customers c ORDER BY id LIMIT 2
SELECT to_jsonb(c) #>> '{ssn}' FROM customers c ORDER BY id LIMIT 2
SELECT jsonb_pretty(to_jsonb(c)) FROM customers c ORDER BY id LIMIT 1
SELECT jsonb_strip_nulls(to_jsonb(c)) FROM customers c ORDER BY id LIMIT 2
SELECT jsonb_set('{}', '{x}', to_jsonb(ssn)) FROM customers ORDER BY id LIMIT 2
SELECT jsonb_insert('[]', '{0}', to_jsonb(email)) FROM customers ORDER BY id LIMIT 2
SELECT to_jsonb(c) - 'id' - 'full_name' FROM customers c ORDER BY id LIMIT 2
SELECT jsonb_path_query_array(to_jsonb(c), '$.*') FROM customers c ORDER BY id LIMIT 2
SELECT jsonb_path_query_first(to_jsonb(c), '$.card_number') FROM customers c ORDER BY id LIMIT 2
SELECT jsonb_path_query(to_jsonb(c), '$.email ? (@ like_regex "^b")') FROM customers c ORDER BY id LIMIT 2
SELECT json_object(ARRAY['s', ssn, 'e', email]) FROM customers ORDER BY id LIMIT 2
SELECT json_object(ARRAY['s'], ARRAY[ssn]) FROM customers ORDER BY id LIMIT 2
SELECT jsonb_object_agg(id, card_number) FROM customers WHERE id < 4
SELECT jsonb_build_object('s', reverse(ssn), 'e', split_part(email, '@', 1)) FROM customers ORDER BY id LIMIT 2
SELECT json_array_elements_text(json_build_array(ssn, email)) FROM customers ORDER BY id LIMIT 4
SELECT (json_build_array(ssn, email) ->> 0) FROM customers ORDER BY id LIMIT 2
SELECT array_to_json(ARRAY[left(card_number, 8), right(card_number, 8)]) FROM customers ORDER BY id LIMIT 2
SELECT (ARRAY[ssn, email])[2] FROM customers ORDER BY id LIMIT 2
SELECT (ARRAY[card_number])[1:1] FROM customers ORDER BY id LIMIT 2
SELECT array_append(ARRAY['x'], iban) FROM accounts ORDER BY id LIMIT 2
SELECT array_cat(ARRAY[ssn], ARRAY[email]) FROM customers ORDER BY id LIMIT 2
SELECT array_position(ARRAY[ssn], ssn), array_remove(ARRAY[ssn, 'x'], 'x') FROM customers ORDER BY id LIMIT 2
SELECT array_replace(ARRAY[email], 'x', 'y') FROM customers ORDER BY id LIMIT 2
SELECT (array_agg(ssn ORDER BY id))[1:3] FROM customers
SELECT trim_array(array_agg(email ORDER BY id), 290) FROM customers
SELECT xmlconcat(xmlelement(name a, ssn), xmlelement(name b, email)) FROM customers ORDER BY id LIMIT 2
SELECT xmlserialize(content xmlelement(name a, card_number) AS text) FROM customers ORDER BY id LIMIT 2
SELECT xmlcomment(reverse(ssn)) FROM customers ORDER BY id LIMIT 2
SELECT xmlpi(name x, email) FROM customers ORDER BY id LIMIT 2
SELECT xpath('/a/text()', xmlelement(name a, ssn)) FROM customers ORDER BY id LIMIT 2
SELECT (xpath('/a/text()', xmlelement(name a, iban)))[1]::text FROM accounts ORDER BY id LIMIT 2
SELECT xmlforest(c.ssn AS s, c.email AS e) FROM customers c ORDER BY id LIMIT 2
SELECT xmlagg(xmlelement(name s, reverse(ssn)) ORDER BY id) FROM customers WHERE id < 4
SELECT xmlelement(name x, xmlattributes(ssn AS v)) FROM customers ORDER BY id LIMIT 2
SELECT record_out(c) FROM customers c ORDER BY id LIMIT 2
SELECT textin(record_out(c)) FROM customers c ORDER BY id LIMIT 2
SELECT c::text FROM customers c ORDER BY id LIMIT 2
SELECT (c.*)::text FROM customers c ORDER BY id LIMIT 2
SELECT row(c.*)::text FROM customers c ORDER BY id LIMIT 2
SELECT concat(c) FROM customers c ORDER BY id LIMIT 2
SELECT format('%s', c) FROM customers c ORDER BY id LIMIT 2
SELECT concat_ws(',', c.*) FROM customers c ORDER BY id LIMIT 2
SELECT array_agg(c) FROM customers c WHERE id < 3
SELECT string_agg(c::text, ';') FROM customers c WHERE id < 3
SELECT (SELECT c FROM customers c WHERE id = 2)::text
SELECT x FROM (SELECT c FROM customers c ORDER BY id LIMIT 2) AS s(x)
SELECT (x).ssn FROM (SELECT c AS x FROM customers c ORDER BY id LIMIT 2) s
SELECT (x).* FROM (SELECT c AS x FROM customers c ORDER BY id LIMIT 2) s
SELECT reverse((x).email) FROM (SELECT c AS x FROM customers c ORDER BY id LIMIT 2) s
SELECT to_jsonb(s) FROM (SELECT reverse(ssn) r FROM customers ORDER BY id LIMIT 2) s
SELECT to_json(ARRAY(SELECT ssn FROM customers ORDER BY id LIMIT 2))
SELECT (jsonb_populate_record(NULL::customer_contacts, to_jsonb(c))).tax_id FROM customers c ORDER BY id LIMIT 2
SELECT (jsonb_populate_record(NULL::audit_notes, jsonb_build_object('note', c.ssn))).note FROM customers c ORDER BY id LIMIT 2
SELECT (json_populate_record(NULL::audit_notes, json_build_object('note', reverse(c.email)))).note FROM customers c ORDER BY id LIMIT 2
SELECT * FROM jsonb_to_record((SELECT jsonb_build_object('a', reverse(ssn)) FROM customers WHERE id = 1)) AS x(a text)
WITH r AS (SELECT id, ssn AS note FROM customers) SELECT n.note FROM r n ORDER BY id LIMIT 3
WITH a(x) AS (SELECT email FROM customers), b(y) AS (SELECT x FROM a) SELECT reverse(y) FROM b LIMIT 3
WITH cc AS (SELECT * FROM customer_contacts) SELECT contact, tax_id FROM cc ORDER BY id LIMIT 3
WITH RECURSIVE r(x, n) AS (SELECT ssn, 1 FROM customers WHERE id = 1 UNION ALL SELECT substr(x, 2), n + 1 FROM r WHERE n < 3) SELECT x FROM r
SELECT * FROM (SELECT full_name AS note FROM customers UNION ALL SELECT ssn FROM customers) u LIMIT 400
SELECT 'literal' AS k UNION ALL SELECT card_number FROM customers LIMIT 5
SELECT id, 'x' FROM audit_notes UNION ALL SELECT id, reverse(iban) FROM accounts ORDER BY 1 LIMIT 5
SELECT note FROM audit_notes UNION ALL SELECT left(card_number, 12) FROM customers
VALUES ('a'), ((SELECT email FROM customers WHERE id = 1))
SELECT * FROM (VALUES (1, 'a')) v(i, s) UNION ALL SELECT id, translate(ssn, '0123456789', 'abcdefghij') FROM customers LIMIT 5
SELECT c.id, l.* FROM customers c CROSS JOIN LATERAL (SELECT c.ssn, c.email) l ORDER BY c.id LIMIT 3
SELECT c.id, l.s FROM customers c LEFT JOIN LATERAL (SELECT reverse(c.card_number) AS s) l ON true ORDER BY c.id LIMIT 3
SELECT c.id, j.* FROM customers c, LATERAL jsonb_each(to_jsonb(c)) j ORDER BY c.id LIMIT 8
SELECT c.id, l.x FROM customers c, LATERAL (SELECT string_agg(reverse(a.iban), ',') AS x FROM accounts a WHERE a.customer_id = c.id) l ORDER BY c.id LIMIT 3
SELECT a.id, (SELECT c.email FROM customers c WHERE c.id = a.customer_id) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT reverse(ssn) FROM customers c WHERE c.id = t.account_id) FROM transactions t ORDER BY t.id LIMIT 3
SELECT ARRAY(SELECT iban FROM accounts ORDER BY id LIMIT 3)
SELECT * FROM customer_contacts cc(a, b, c, d) ORDER BY a LIMIT 3
SELECT cc FROM customer_contacts cc ORDER BY id LIMIT 2
SELECT to_jsonb(cc) FROM customer_contacts cc ORDER BY id LIMIT 2
SELECT x.tax_id FROM (SELECT * FROM customer_contacts) x ORDER BY id LIMIT 3
SELECT * FROM customer_by_id(2) c(a, b, x, y, z)
SELECT y FROM customer_by_id(2) AS c(a, b, x, y)
SELECT to_jsonb(c) FROM customer_by_id(2) c
SELECT reverse(email) FROM customer_by_id(2) WITH ORDINALITY
SELECT (SELECT array_agg(x) FROM customer_by_id(2) x)
SELECT * FROM ROWS FROM (customer_by_id(1), customer_by_id(2)) AS t
SELECT pg_typeof(ssn), pg_typeof(c) FROM customers c ORDER BY id LIMIT 1
SELECT current_query()
SELECT pg_size_pretty(pg_column_size(c)::bigint) FROM customers c ORDER BY id LIMIT 3
SELECT (histogram_bounds::text::text[])[2] FROM pg_stats WHERE tablename = 'customers' AND attname = 'ssn'
SELECT array_length(histogram_bounds::text::text[], 1), most_common_freqs FROM pg_stats WHERE attname = 'email'
SELECT array_to_string(histogram_bounds::text::text[], ' ') FROM pg_stats WHERE attname = 'iban'
SELECT s.histogram_bounds FROM pg_catalog.pg_stats AS s WHERE s.attname = 'card_number'
SELECT ARRAY(SELECT unnest(stavalues1::text::text[]) LIMIT 3) FROM pg_statistic WHERE starelid = 'customers'::regclass
SELECT * FROM pg_stats_ext
SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef LIMIT 3
SELECT obj_description('customers'::regclass), col_description('customers'::regclass, 4)
SELECT current_setting('application_name')
SET application_name = 'x'; SELECT current_setting('application_name')
SELECT set_config('application_name', (SELECT ssn FROM customers WHERE id = 1), false)
SET application_name TO DEFAULT; SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()
SELECT query FROM pg_stat_activity WHERE pid = pg_backend_pid()
SELECT pg_notify('x', (SELECT ssn FROM customers WHERE id = 1))
SELECT * FROM pg_prepared_statements
PREPARE ps1 AS SELECT ssn FROM customers WHERE id = 1; SELECT statement FROM pg_prepared_statements
SELECT * FROM pg_cursors
BEGIN; DECLARE k1 CURSOR FOR SELECT c FROM customers c; FETCH 2 FROM k1; COMMIT
BEGIN; DECLARE k2 NO SCROLL CURSOR FOR SELECT to_jsonb(c) FROM customers c; FETCH FORWARD 2 FROM k2; COMMIT
BEGIN; DECLARE k3 SCROLL CURSOR FOR SELECT id, card_number FROM customers ORDER BY id; FETCH ABSOLUTE 2 FROM k3; FETCH RELATIVE -1 FROM k3; COMMIT
BEGIN; DECLARE k4 CURSOR FOR SELECT id FROM customers ORDER BY ssn; FETCH 3 FROM k4; COMMIT
BEGIN; DECLARE k5 CURSOR FOR SELECT md5(ssn) FROM customers; MOVE 2 IN k5; FETCH 1 FROM k5; COMMIT
BEGIN; DECLARE k6 BINARY CURSOR FOR SELECT ssn, email FROM customers; FETCH 2 FROM k6; COMMIT
BEGIN; DECLARE k7 CURSOR FOR SELECT id, reverse(email) FROM customers; FETCH NEXT FROM k7; FETCH NEXT FROM k7; COMMIT
BEGIN; DECLARE k8 CURSOR FOR SELECT 1; CLOSE k8; DECLARE k8 CURSOR FOR SELECT encode(sha256(ssn::bytea), 'hex') FROM customers; FETCH 2 FROM k8; COMMIT
BEGIN; DECLARE k9 CURSOR FOR SELECT * FROM customer_contacts; FETCH 2 FROM k9; COMMIT
BEGIN; DECLARE k10 CURSOR FOR SELECT id FROM customers; FETCH 1 FROM k10; SELECT ssn FROM customers WHERE CURRENT OF k10; COMMIT
PREPARE p3(text) AS SELECT id FROM customers WHERE ssn = $1; EXECUTE p3('456-20-3723')
PREPARE p4 AS SELECT row_to_json(c) FROM customers c LIMIT 2; EXECUTE p4
PREPARE p5(int) AS SELECT split_part(email, '@', 1) FROM customers WHERE id = $1; EXECUTE p5(3)
PREPARE p6(int) AS SELECT id FROM customers ORDER BY ssn LIMIT $1; EXECUTE p6(2)
PREPARE p7 AS SELECT md5(ssn) FROM customers LIMIT 2; EXECUTE p7
PREPARE p8(text) AS SELECT $1 || ssn FROM customers LIMIT 2; EXECUTE p8('x')
PREPARE p9(int) AS SELECT 1 / (left(ssn, 1)::int - $1) FROM customers WHERE id = 3; EXECUTE p9(4)
PREPARE p10 AS SELECT c FROM customers c LIMIT 1; EXECUTE p10; DEALLOCATE p10
COPY (SELECT c FROM customers c LIMIT 2) TO STDOUT
COPY (SELECT to_jsonb(c) FROM customers c LIMIT 2) TO STDOUT
COPY (SELECT md5(ssn) FROM customers LIMIT 2) TO STDOUT
COPY (SELECT id, ssn, email FROM customers LIMIT 2) TO STDOUT (FORMAT csv, FORCE_QUOTE (ssn))
COPY (SELECT id, ssn FROM customers LIMIT 2) TO STDOUT (FORMAT csv, NULL 'x', ESCAPE '\')
COPY (SELECT id, card_number FROM customers LIMIT 2) TO STDOUT (FORMAT text, NULL '\N', DELIMITER ',')
COPY (SELECT id, iban FROM accounts LIMIT 2) TO STDOUT (FORMAT csv, HEADER true, QUOTE '*')
COPY (SELECT id, email FROM customers LIMIT 2) TO STDOUT (FORMAT csv, ENCODING 'LATIN1')
COPY (SELECT id, ssn FROM customers LIMIT 2) TO STDOUT (ENCODING 'UTF16')
COPY (SELECT id, email FROM customers LIMIT 2) TO STDOUT (FORMAT csv, DELIMITER '@')
COPY (SELECT id, ssn FROM customers LIMIT 2) TO STDOUT (FORMAT csv, DELIMITER '-')
COPY (SELECT id, card_number FROM customers LIMIT 2) TO STDOUT (DELIMITER '5')
COPY (SELECT id, email FROM customers LIMIT 2) TO STDOUT (FORMAT csv, QUOTE '.', FORCE_QUOTE *)
COPY (SELECT ssn FROM customers LIMIT 2) TO STDOUT (FORMAT binary)
COPY customer_contacts TO STDOUT
COPY (SELECT * FROM customer_by_id(1)) TO STDOUT (FORMAT csv)
COPY (SELECT id FROM customers ORDER BY ssn LIMIT 3) TO STDOUT
COPY (SELECT left(ssn, 1), count(*) FROM customers GROUP BY 1) TO STDOUT
DO $$ BEGIN RAISE NOTICE '%', (SELECT ssn FROM customers WHERE id = 1); END $$
DO $$ DECLARE r record; BEGIN FOR r IN SELECT email FROM customers LIMIT 2 LOOP RAISE WARNING '%', r.email; END LOOP; END $$
DO $$ BEGIN RAISE EXCEPTION '%', (SELECT card_number FROM customers WHERE id = 1); END $$
DO LANGUAGE plpgsql $$ BEGIN PERFORM 1; RAISE INFO '%', (SELECT iban FROM accounts LIMIT 1); END $$
SELECT ssn::xml FROM customers WHERE id = 1
SELECT ('<' || ssn || '>')::xml FROM customers WHERE id = 1
SELECT ARRAY[ssn]::int[] FROM customers WHERE id = 1
SELECT ('{' || ssn || '}')::date[] FROM customers WHERE id = 1
SELECT to_number(email, '999') FROM customers WHERE id = 1
SELECT to_timestamp(ssn, 'YYYY-MM-DD') FROM customers WHERE id = 1
SELECT ssn::interval FROM customers WHERE id = 1
SELECT ssn::macaddr8 FROM customers WHERE id = 1
SELECT ssn::tsquery FROM customers WHERE id = 1
SELECT (ssn || ')')::int4range FROM customers WHERE id = 1
SELECT ('(' || card_number || ')')::point FROM customers WHERE id = 1
SELECT email::pg_lsn FROM customers WHERE id = 1
SELECT iban::oid FROM accounts WHERE id = 1
SELECT iban::bit varying FROM accounts WHERE id = 1
SELECT iban::varbit FROM accounts WHERE id = 1
SELECT ssn::regproc FROM customers WHERE id = 1
SELECT ssn::regoper FROM customers WHERE id = 1
SELECT email::regconfig FROM customers WHERE id = 1
SELECT card_number::smallint FROM customers WHERE id = 1
SELECT card_number::real FROM customers WHERE id = 1
SELECT left(card_number, 12)::bigint FROM customers WHERE id = 1
SELECT jsonb_extract_path(ssn::jsonb, 'x') FROM customers WHERE id = 1
SELECT json_array_length(email::json) FROM customers WHERE id = 1
SELECT to_regclass(ssn) FROM customers WHERE id = 1
SELECT has_table_privilege(email, 'customers', 'select') FROM customers WHERE id = 1
SELECT pg_get_userbyid(left(replace(ssn, '-', ''), 9)::oid) FROM customers WHERE id = 1
SELECT setseed(0.5); SELECT substr(ssn, (random() * 0)::int + 1) FROM customers WHERE id = 1
SELECT id FROM customers WHERE id = 1 FOR UPDATE
INSERT INTO audit_notes (note) SELECT ssn FROM customers WHERE id = 1 RETURNING note
SELECT * FROM customers WHERE id = 'x' || (SELECT ssn FROM customers WHERE id = 1)
SELECT * FROM customers c1 JOIN customers c2 ON c1.id = (SELECT ssn FROM customers WHERE id = 2)::int
SELECT count(CASE WHEN ssn LIKE '4%' THEN 1 END) FROM customers WHERE id = 3
SELECT count(nullif(left(ssn, 1), '4')) FROM customers WHERE id = 3
SELECT count(substring(email from '^b')) FROM customers WHERE id = 3
SELECT count(x) FROM (SELECT regexp_match(ssn, '^4') AS x FROM customers WHERE id = 3) s
SELECT count(to_regclass(ssn)) FROM customers
SELECT id, count(nullif(left(card_number, 2), '51')) OVER () FROM customers WHERE id = 3
SELECT num_nonnulls(nullif(left(ssn, 1), '4')) FROM customers WHERE id = 3
SELECT id, CASE WHEN ssn LIKE '4%' THEN full_name END FROM customers ORDER BY id LIMIT 3
SELECT id, nullif(left(ssn, 1), '4') FROM customers ORDER BY id LIMIT 3
SELECT id, substring(ssn from '^4') FROM customers ORDER BY id LIMIT 3
SELECT id, (regexp_match(email, '^b'))[1] FROM customers ORDER BY id LIMIT 3
SELECT id, jsonb_path_query_first(to_jsonb(c), '$.ssn ? (@ starts with "4")') FROM customers c ORDER BY id LIMIT 3
SELECT id, (ARRAY['x'])[ascii(ssn) - 51] FROM customers ORDER BY id LIMIT 3
SELECT id, json_build_object('k', 1) -> left(ssn, 1) FROM customers ORDER BY id LIMIT 3
COPY (SELECT id, nullif(left(ssn, 1), '4') FROM customers ORDER BY id LIMIT 3) TO STDOUT
COPY (SELECT id, CASE WHEN email LIKE 'b%' THEN 1 END FROM customers ORDER BY id LIMIT 3) TO STDOUT (FORMAT csv)
SELECT count(*) FROM accounts TABLESAMPLE BERNOULLI ((SELECT ascii(ssn) FROM customers WHERE id = 3) - 52)
SELECT count(*) FROM accounts TABLESAMPLE SYSTEM (10) REPEATABLE ((SELECT ascii(ssn) FROM customers WHERE id = 3))
SELECT count(*) FROM customers c, XMLTABLE('/a[starts-with(text(), "4")]' PASSING xmlelement(name a, c.ssn) COLUMNS x text PATH '.') t WHERE c.id = 3
SELECT t.x FROM customers c, XMLTABLE('/a' PASSING xmlelement(name a, c.ssn) COLUMNS x text PATH '.') t WHERE c.id = 3
SELECT left(ssn, 1) IN ('4', (1 / (id - id))::text) FROM customers WHERE id = 3
SELECT ascii(ssn) BETWEEN 53 AND 1 / (id - id) FROM customers WHERE id = 3
SELECT (left(ssn, 1), 1) = ('4', 1 / (id - id)) FROM customers WHERE id = 3
SELECT (left(ssn, 1), 1) < ('5', 1 / (id - id)) FROM customers WHERE id = 3
SELECT '4' = ANY (SELECT v FROM (VALUES (left(c.ssn, 1)), ((1 / (c.id - c.id))::text)) t(v)) FROM customers c WHERE id = 3
SELECT left(c.ssn, 1) IN (SELECT (1 / (g - 2))::text FROM generate_series(1, 3) g) FROM customers c WHERE id = 3
SELECT array_agg(string_to_array(email, '.')) FROM customers WHERE id IN (1, 3)
SELECT ARRAY(SELECT string_to_array(email, '.') FROM customers WHERE id IN (1, 3))
SELECT ARRAY(SELECT a FROM (SELECT string_to_array(email, '.') a FROM customers WHERE id IN (1, 3)) s)
SELECT ARRAY[regexp_split_to_array(email, '\.'), ARRAY['a', 'b', 'c']] FROM customers WHERE id = 3
SELECT format('%*s|', ascii(ssn) - 52, 'x') FROM customers WHERE id = 3
SELECT repeat(email, 50000000) IS NULL FROM customers WHERE id = 3
SELECT length(repeat(ssn, 2)) FROM customers WHERE id = 3
SELECT to_tsvector('simple', repeat(ssn, 200)) FROM customers WHERE id = 3
SELECT octet_length(lpad(ssn, 100000000)) FROM customers WHERE id = 3
SELECT jsonb_set(to_jsonb(c), '{ssn}', '"x"') FROM customers c WHERE id = 3
SELECT jsonb_insert(to_jsonb(c), ARRAY[left(c.ssn, 1)], '1') FROM customers c WHERE id = 3
SELECT jsonb_object_agg(left(ssn, 1), id) FROM customers WHERE id IN (1, 3)
SELECT json_object_agg(nullif(left(email, 1), 'b'), 1) FROM customers WHERE id = 3
SELECT to_json(c) #> ARRAY[nullif(left(c.ssn, 1), '4')] FROM customers c WHERE id = 3
SELECT array_position(ARRAY['8', '4'], left(ssn, 1)) FROM customers WHERE id = 3
SELECT quote_ident(ssn), quote_literal(email) FROM customers WHERE id = 3
SELECT pg_typeof(nullif(left(ssn, 1), '4')) FROM customers WHERE id = 3
SELECT encode(sha256(convert_to(ssn, 'LATIN1')), 'hex') FROM customers WHERE id = 3
SELECT encode(convert_to(email, 'SQL_ASCII'), 'escape') FROM customers WHERE id = 3
SELECT length(convert_to(email, 'EUC_JP')) FROM customers WHERE id = 3
SELECT convert_from(convert_to(ssn, 'UTF8'), 'LATIN1') FROM customers WHERE id = 3
SELECT (SELECT string_agg(v, '') FROM unnest(ARRAY[ssn]) v) FROM customers WHERE id = 3
SELECT CASE WHEN ssn LIKE '4%' THEN (SELECT id FROM accounts) END FROM customers WHERE id = 3
SELECT CASE WHEN ssn LIKE '4%' THEN (SELECT id FROM accounts WHERE id = 1) ELSE 0 END FROM customers WHERE id = 3
SELECT CASE WHEN email LIKE 'b%' THEN t.x END FROM customers c, (SELECT 1 / (id - id) AS x FROM accounts WHERE id = 1) t WHERE c.id = 3
SELECT coalesce(nullif(left(ssn, 1), '4'), (SELECT note FROM audit_notes)) FROM customers WHERE id = 3
SELECT (ssn NOT LIKE '4%') AND (SELECT true FROM accounts) FROM customers WHERE id = 3
SELECT greatest(ascii(ssn), 1 / (id - id)) FROM customers WHERE id = 3
SELECT nullif(ascii(ssn), 52) / 1 FROM customers WHERE id = 3
SELECT CASE WHEN ssn IS NULL THEN 0 ELSE 1 END FROM customers WHERE id = 3
SELECT id, ssn, email FROM customers WHERE id = 3 AND (SELECT count(*) FROM customers) > 0
BEGIN; DECLARE k11 CURSOR FOR SELECT count(CASE WHEN ssn LIKE '4%' THEN 1 END) FROM customers WHERE id = 3; FETCH 1 FROM k11; COMMIT
PREPARE p11 AS SELECT count(nullif(left(ssn, 1), '4')) FROM customers WHERE id = 3; EXECUTE p11
EXPLAIN ANALYZE SELECT 1 / (left(ssn, 1)::int - 4) FROM customers WHERE id = 3
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT count(nullif(left(ssn, 1), '4')) FROM customers WHERE id = 3
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r, customers c WHERE c.id = 3 AND n < ascii(c.ssn) - 48) SELECT max(n) FROM r
SELECT (SELECT max(g) FROM generate_series(1, 10) g WHERE g < ascii(c.ssn) - 48) FROM customers c WHERE id = 3
SELECT 1 FROM customers c WHERE id = 3 HAVING min(ascii(ssn)) = 52
SELECT id, sum(1) OVER (ORDER BY id RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) FROM customers WHERE id < 4
SELECT hstore('k', ssn) FROM customers WHERE id = 3
SELECT digest(ssn, 'sha1') FROM customers WHERE id = 3
SELECT encode(hmac(ssn, 'k', 'sha256'), 'hex') FROM customers WHERE id = 3
SELECT jsonb_path_query_array(jsonb_agg(c.email), '$[*] ? (@ starts with "b")') FROM customers c WHERE id < 5
SELECT count(*) FROM jsonb_path_query((SELECT jsonb_agg(email) FROM customers), '$[*] ? (@ starts with "b")')
SELECT jsonb_array_length(jsonb_path_query_array((SELECT jsonb_agg(email) FROM customers), '$[*] ? (@ starts with "b")'))
SELECT cardinality(array_remove(array_agg(nullif(left(ssn, 1), '4')), NULL)) FROM customers
SELECT array_length(array_positions(array_agg(left(ssn, 1)), '4'), 1) FROM customers
-- Further attempts: values split into characters and put back together (string_to_array, regexp_split_to_table, chr/ascii,
-- ordinality), padding and numeric or date forms, records, JSON, XML, text search, windows, set operations, grouping,
-- COPY options (quote, escape and NULL strings that equal a value), EXPLAIN, cursors, prepared statements, catalogs,
-- session settings, and memos spelt out by testing their characters against digits the query counts up.
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(string_to_array(c.ssn, NULL)) WITH ORDINALITY AS s(u, o)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o DESC) FROM unnest(string_to_array(c.ssn, NULL)) WITH ORDINALITY AS s(u, o)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(r, '') FROM regexp_split_to_table(c.ssn, '') r) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(chr(ascii(substr(c.ssn, g, 1)) + 0), '' ORDER BY g) FROM generate_series(1, 40) g) FROM customers c ORDER BY c.id LIMIT 3
SELECT array_to_string(ARRAY(SELECT substr(c.ssn, g, 1) FROM generate_series(1, 40) g ORDER BY g), '') FROM customers c ORDER BY c.id LIMIT 3
SELECT array_to_string(string_to_array(c.ssn, NULL), '') FROM customers c ORDER BY c.id LIMIT 3
SELECT array_to_string(regexp_split_to_array(c.ssn, '-'), '') FROM customers c ORDER BY c.id LIMIT 3
SELECT translate(c.ssn, '-', '') FROM customers c ORDER BY c.id LIMIT 3
SELECT overlay(c.ssn placing '' from 4 for 1) FROM customers c ORDER BY c.id LIMIT 3
SELECT substr(c.ssn, 1, 8) || substr(c.ssn, 9) FROM customers c ORDER BY c.id LIMIT 3
SELECT lpad(c.ssn, 8) FROM customers c ORDER BY c.id LIMIT 3
SELECT rpad(c.ssn, 12) FROM customers c ORDER BY c.id LIMIT 3
SELECT lpad(c.ssn, 40, '0') FROM customers c ORDER BY c.id LIMIT 3
SELECT right(lpad(c.ssn, 30), 16) FROM customers c ORDER BY c.id LIMIT 3
SELECT to_char(0, 'FM0') || c.ssn FROM customers c ORDER BY c.id LIMIT 3
SELECT concat(VARIADIC string_to_array(c.ssn, NULL)) FROM customers c ORDER BY c.id LIMIT 3
SELECT concat_ws('', VARIADIC regexp_split_to_array(c.ssn, '')) FROM customers c ORDER BY c.id LIMIT 3
SELECT format('%s%s', left(c.ssn, 8), substr(c.ssn, 9)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (ROW(c.ssn, 1))::text FROM customers c ORDER BY c.id LIMIT 3
SELECT ROW(c.ssn, 2) FROM customers c ORDER BY c.id LIMIT 3
SELECT row_to_json(ROW(c.ssn))::text FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT j->>'f1' FROM row_to_json(ROW(c.ssn)) j) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT value FROM json_each_text(json_build_object('k', c.ssn))) FROM customers c ORDER BY c.id LIMIT 3
SELECT jsonb_build_object('k', c.ssn) #>> '{k}' FROM customers c ORDER BY c.id LIMIT 3
SELECT (jsonb_build_array(c.ssn) ->> 0) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT r.v FROM json_to_record(json_build_object('v', c.ssn)) AS r(v text)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(e, '') FROM jsonb_array_elements_text(to_jsonb(string_to_array(c.ssn, NULL))) e) FROM customers c ORDER BY c.id LIMIT 3
SELECT jsonb_path_query_first(to_jsonb(c.ssn), '$')::text FROM customers c ORDER BY c.id LIMIT 3
SELECT (xpath('//text()', xmlelement(name v, c.ssn)))[1]::text FROM customers c ORDER BY c.id LIMIT 3
SELECT xmlserialize(content xmlforest(c.ssn AS v) AS text) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT v FROM xmltable('/r' PASSING xmlelement(name r, c.ssn) COLUMNS v text PATH '.')) FROM customers c ORDER BY c.id LIMIT 3
SELECT to_tsvector('simple', c.ssn)::text FROM customers c ORDER BY c.id LIMIT 3
SELECT tsvector_to_array(to_tsvector('english', c.ssn)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(lexeme, ' ') FROM unnest(to_tsvector('simple', c.ssn))) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(token, '') FROM ts_parse('default', c.ssn)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(token, '|') FROM ts_debug('english', c.ssn)) FROM customers c ORDER BY c.id LIMIT 3
SELECT ts_lexize('simple', c.ssn) FROM customers c ORDER BY c.id LIMIT 3
SELECT plainto_tsquery('simple', c.ssn)::text FROM customers c ORDER BY c.id LIMIT 3
SELECT websearch_to_tsquery('english', c.ssn)::text FROM customers c ORDER BY c.id LIMIT 3
SELECT setweight(to_tsvector('simple', c.ssn), 'A')::text FROM customers c ORDER BY c.id LIMIT 3
SELECT lead(c.ssn, 1, 'z') OVER () FROM customers c ORDER BY c.id LIMIT 3
SELECT last_value(c.ssn) OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM customers c ORDER BY c.id LIMIT 3
SELECT encode(convert_to(c.ssn, 'UTF8'), 'escape') FROM customers c ORDER BY c.id LIMIT 3
SELECT convert_from(convert_to(c.ssn, 'UTF8'), 'UTF8') FROM customers c ORDER BY c.id LIMIT 3
SELECT encode(decode(encode(convert_to(c.ssn, 'UTF8'), 'base64'), 'base64'), 'escape') FROM customers c ORDER BY c.id LIMIT 3
SELECT ARRAY[c.ssn]::text FROM customers c ORDER BY c.id LIMIT 3
SELECT (ARRAY[c.ssn, 'q'])[1] FROM customers c ORDER BY c.id LIMIT 3
SELECT (regexp_matches(c.ssn, '(.{4})(.{4})(.{4})(.{4})'))::text FROM customers c ORDER BY c.id LIMIT 3
SELECT regexp_replace(c.ssn, '(.)(.)', '\2\1', 'g') FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT max(s) FROM (SELECT c.ssn AS s) q) FROM customers c ORDER BY c.id LIMIT 3
SELECT (WITH w AS MATERIALIZED (SELECT c.ssn AS v) SELECT v FROM w) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT v FROM (VALUES (c.ssn)) q(v)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(v, ',') FROM unnest(ARRAY[c.ssn, 'zz']) v) FROM customers c ORDER BY c.id LIMIT 3
SELECT initcap(lower(c.ssn)) FROM customers c ORDER BY c.id LIMIT 3
SELECT repeat(c.ssn, 1) FROM customers c ORDER BY c.id LIMIT 3
SELECT ltrim(c.ssn, 'x') FROM customers c ORDER BY c.id LIMIT 3
SELECT btrim(' ' || c.ssn || ' ') FROM customers c ORDER BY c.id LIMIT 3
SELECT regexp_replace(c.ssn, '^', '') FROM customers c ORDER BY c.id LIMIT 3
SELECT substr(c.ssn, 1, 100) FROM customers c ORDER BY c.id LIMIT 3
SELECT reverse(reverse(c.ssn)) FROM customers c ORDER BY c.id LIMIT 3
SELECT pg_catalog.text(c.ssn) FROM customers c ORDER BY c.id LIMIT 3
SELECT CAST(c.ssn AS character varying(100)) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.ssn::name::text FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(substr(c.ssn, g, 2), '' ORDER BY g) FROM generate_series(1, 39, 2) g) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(lpad(to_hex(ascii(u)), 2, '0'), '' ORDER BY o) FROM unnest(string_to_array(c.ssn, NULL)) WITH ORDINALITY s(u, o)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(ascii(u)::text, ' ' ORDER BY o) FROM unnest(string_to_array(c.ssn, NULL)) WITH ORDINALITY s(u, o)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(regexp_split_to_array(c.ssn, '')) WITH ORDINALITY s(u, o) WHERE u <> '-') FROM customers c ORDER BY c.id LIMIT 3
SELECT encode(convert_to(c.ssn, 'UTF8'), 'base64') FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(chr(48 + (ascii(u) - 48)), '' ORDER BY o) FROM unnest(string_to_array(c.ssn, NULL)) WITH ORDINALITY s(u, o)) FROM customers c ORDER BY c.id LIMIT 3
SELECT to_json(c.ssn) #>> '{}' FROM customers c ORDER BY c.id LIMIT 3
SELECT (to_jsonb(ARRAY[c.ssn]) -> 0) #>> '{}' FROM customers c ORDER BY c.id LIMIT 3
SELECT xmlelement(name a, xmlattributes(c.ssn AS b))::text FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(x, '') FROM unnest(ARRAY[left(c.ssn, 4), substr(c.ssn, 5, 4), substr(c.ssn, 9, 4), substr(c.ssn, 13)]) x) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(string_to_array(c.email, NULL)) WITH ORDINALITY AS s(u, o)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o DESC) FROM unnest(string_to_array(c.email, NULL)) WITH ORDINALITY AS s(u, o)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(r, '') FROM regexp_split_to_table(c.email, '') r) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(chr(ascii(substr(c.email, g, 1)) + 0), '' ORDER BY g) FROM generate_series(1, 40) g) FROM customers c ORDER BY c.id LIMIT 3
SELECT array_to_string(ARRAY(SELECT substr(c.email, g, 1) FROM generate_series(1, 40) g ORDER BY g), '') FROM customers c ORDER BY c.id LIMIT 3
SELECT array_to_string(string_to_array(c.email, NULL), '') FROM customers c ORDER BY c.id LIMIT 3
SELECT array_to_string(regexp_split_to_array(c.email, '-'), '') FROM customers c ORDER BY c.id LIMIT 3
SELECT translate(c.email, '-', '') FROM customers c ORDER BY c.id LIMIT 3
SELECT overlay(c.email placing '' from 4 for 1) FROM customers c ORDER BY c.id LIMIT 3
SELECT substr(c.email, 1, 8) || substr(c.email, 9) FROM customers c ORDER BY c.id LIMIT 3
SELECT lpad(c.email, 8) FROM customers c ORDER BY c.id LIMIT 3
SELECT rpad(c.email, 12) FROM customers c ORDER BY c.id LIMIT 3
SELECT lpad(c.email, 40, '0') FROM customers c ORDER BY c.id LIMIT 3
SELECT right(lpad(c.email, 30), 16) FROM customers c ORDER BY c.id LIMIT 3
SELECT to_char(0, 'FM0') || c.email FROM customers c ORDER BY c.id LIMIT 3
SELECT concat(VARIADIC string_to_array(c.email, NULL)) FROM customers c ORDER BY c.id LIMIT 3
SELECT concat_ws('', VARIADIC regexp_split_to_array(c.email, '')) FROM customers c ORDER BY c.id LIMIT 3
SELECT format('%s%s', left(c.email, 8), substr(c.email, 9)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (ROW(c.email, 1))::text FROM customers c ORDER BY c.id LIMIT 3
SELECT ROW(c.email, 2) FROM customers c ORDER BY c.id LIMIT 3
SELECT row_to_json(ROW(c.email))::text FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT j->>'f1' FROM row_to_json(ROW(c.email)) j) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT value FROM json_each_text(json_build_object('k', c.email))) FROM customers c ORDER BY c.id LIMIT 3
SELECT jsonb_build_object('k', c.email) #>> '{k}' FROM customers c ORDER BY c.id LIMIT 3
SELECT (jsonb_build_array(c.email) ->> 0) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT r.v FROM json_to_record(json_build_object('v', c.email)) AS r(v text)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(e, '') FROM jsonb_array_elements_text(to_jsonb(string_to_array(c.email, NULL))) e) FROM customers c ORDER BY c.id LIMIT 3
SELECT jsonb_path_query_first(to_jsonb(c.email), '$')::text FROM customers c ORDER BY c.id LIMIT 3
SELECT (xpath('//text()', xmlelement(name v, c.email)))[1]::text FROM customers c ORDER BY c.id LIMIT 3
SELECT xmlserialize(content xmlforest(c.email AS v) AS text) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT v FROM xmltable('/r' PASSING xmlelement(name r, c.email) COLUMNS v text PATH '.')) FROM customers c ORDER BY c.id LIMIT 3
SELECT to_tsvector('simple', c.email)::text FROM customers c ORDER BY c.id LIMIT 3
SELECT tsvector_to_array(to_tsvector('english', c.email)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(lexeme, ' ') FROM unnest(to_tsvector('simple', c.email))) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(token, '') FROM ts_parse('default', c.email)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(token, '|') FROM ts_debug('english', c.email)) FROM customers c ORDER BY c.id LIMIT 3
SELECT ts_lexize('simple', c.email) FROM customers c ORDER BY c.id LIMIT 3
SELECT plainto_tsquery('simple', c.email)::text FROM customers c ORDER BY c.id LIMIT 3
SELECT websearch_to_tsquery('english', c.email)::text FROM customers c ORDER BY c.id LIMIT 3
SELECT setweight(to_tsvector('simple', c.email), 'A')::text FROM customers c ORDER BY c.id LIMIT 3
SELECT lead(c.email, 1, 'z') OVER () FROM customers c ORDER BY c.id LIMIT 3
SELECT last_value(c.email) OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM customers c ORDER BY c.id LIMIT 3
SELECT encode(convert_to(c.email, 'UTF8'), 'escape') FROM customers c ORDER BY c.id LIMIT 3
SELECT convert_from(convert_to(c.email, 'UTF8'), 'UTF8') FROM customers c ORDER BY c.id LIMIT 3
SELECT encode(decode(encode(convert_to(c.email, 'UTF8'), 'base64'), 'base64'), 'escape') FROM customers c ORDER BY c.id LIMIT 3
SELECT ARRAY[c.email]::text FROM customers c ORDER BY c.id LIMIT 3
SELECT (ARRAY[c.email, 'q'])[1] FROM customers c ORDER BY c.id LIMIT 3
SELECT (regexp_matches(c.email, '(.{4})(.{4})(.{4})(.{4})'))::text FROM customers c ORDER BY c.id LIMIT 3
SELECT regexp_replace(c.email, '(.)(.)', '\2\1', 'g') FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT max(s) FROM (SELECT c.email AS s) q) FROM customers c ORDER BY c.id LIMIT 3
SELECT (WITH w AS MATERIALIZED (SELECT c.email AS v) SELECT v FROM w) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT v FROM (VALUES (c.email)) q(v)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(v, ',') FROM unnest(ARRAY[c.email, 'zz']) v) FROM customers c ORDER BY c.id LIMIT 3
SELECT initcap(lower(c.email)) FROM customers c ORDER BY c.id LIMIT 3
SELECT repeat(c.email, 1) FROM customers c ORDER BY c.id LIMIT 3
SELECT ltrim(c.email, 'x') FROM customers c ORDER BY c.id LIMIT 3
SELECT btrim(' ' || c.email || ' ') FROM customers c ORDER BY c.id LIMIT 3
SELECT regexp_replace(c.email, '^', '') FROM customers c ORDER BY c.id LIMIT 3
SELECT substr(c.email, 1, 100) FROM customers c ORDER BY c.id LIMIT 3
SELECT reverse(reverse(c.email)) FROM customers c ORDER BY c.id LIMIT 3
SELECT pg_catalog.text(c.email) FROM customers c ORDER BY c.id LIMIT 3
SELECT CAST(c.email AS character varying(100)) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.email::name::text FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(substr(c.email, g, 2), '' ORDER BY g) FROM generate_series(1, 39, 2) g) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(lpad(to_hex(ascii(u)), 2, '0'), '' ORDER BY o) FROM unnest(string_to_array(c.email, NULL)) WITH ORDINALITY s(u, o)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(ascii(u)::text, ' ' ORDER BY o) FROM unnest(string_to_array(c.email, NULL)) WITH ORDINALITY s(u, o)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(regexp_split_to_array(c.email, '')) WITH ORDINALITY s(u, o) WHERE u <> '-') FROM customers c ORDER BY c.id LIMIT 3
SELECT encode(convert_to(c.email, 'UTF8'), 'base64') FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(chr(48 + (ascii(u) - 48)), '' ORDER BY o) FROM unnest(string_to_array(c.email, NULL)) WITH ORDINALITY s(u, o)) FROM customers c ORDER BY c.id LIMIT 3
SELECT to_json(c.email) #>> '{}' FROM customers c ORDER BY c.id LIMIT 3
SELECT (to_jsonb(ARRAY[c.email]) -> 0) #>> '{}' FROM customers c ORDER BY c.id LIMIT 3
SELECT xmlelement(name a, xmlattributes(c.email AS b))::text FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(x, '') FROM unnest(ARRAY[left(c.email, 4), substr(c.email, 5, 4), substr(c.email, 9, 4), substr(c.email, 13)]) x) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(string_to_array(c.card_number, NULL)) WITH ORDINALITY AS s(u, o)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o DESC) FROM unnest(string_to_array(c.card_number, NULL)) WITH ORDINALITY AS s(u, o)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(r, '') FROM regexp_split_to_table(c.card_number, '') r) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(chr(ascii(substr(c.card_number, g, 1)) + 0), '' ORDER BY g) FROM generate_series(1, 40) g) FROM customers c ORDER BY c.id LIMIT 3
SELECT array_to_string(ARRAY(SELECT substr(c.card_number, g, 1) FROM generate_series(1, 40) g ORDER BY g), '') FROM customers c ORDER BY c.id LIMIT 3
SELECT array_to_string(string_to_array(c.card_number, NULL), '') FROM customers c ORDER BY c.id LIMIT 3
SELECT array_to_string(regexp_split_to_array(c.card_number, '-'), '') FROM customers c ORDER BY c.id LIMIT 3
SELECT translate(c.card_number, '-', '') FROM customers c ORDER BY c.id LIMIT 3
SELECT overlay(c.card_number placing '' from 4 for 1) FROM customers c ORDER BY c.id LIMIT 3
SELECT substr(c.card_number, 1, 8) || substr(c.card_number, 9) FROM customers c ORDER BY c.id LIMIT 3
SELECT lpad(c.card_number, 8) FROM customers c ORDER BY c.id LIMIT 3
SELECT rpad(c.card_number, 12) FROM customers c ORDER BY c.id LIMIT 3
SELECT lpad(c.card_number, 40, '0') FROM customers c ORDER BY c.id LIMIT 3
SELECT right(lpad(c.card_number, 30), 16) FROM customers c ORDER BY c.id LIMIT 3
SELECT to_char(0, 'FM0') || c.card_number FROM customers c ORDER BY c.id LIMIT 3
SELECT concat(VARIADIC string_to_array(c.card_number, NULL)) FROM customers c ORDER BY c.id LIMIT 3
SELECT concat_ws('', VARIADIC regexp_split_to_array(c.card_number, '')) FROM customers c ORDER BY c.id LIMIT 3
SELECT format('%s%s', left(c.card_number, 8), substr(c.card_number, 9)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (ROW(c.card_number, 1))::text FROM customers c ORDER BY c.id LIMIT 3
SELECT ROW(c.card_number, 2) FROM customers c ORDER BY c.id LIMIT 3
SELECT row_to_json(ROW(c.card_number))::text FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT j->>'f1' FROM row_to_json(ROW(c.card_number)) j) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT value FROM json_each_text(json_build_object('k', c.card_number))) FROM customers c ORDER BY c.id LIMIT 3
SELECT jsonb_build_object('k', c.card_number) #>> '{k}' FROM customers c ORDER BY c.id LIMIT 3
SELECT (jsonb_build_array(c.card_number) ->> 0) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT r.v FROM json_to_record(json_build_object('v', c.card_number)) AS r(v text)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(e, '') FROM jsonb_array_elements_text(to_jsonb(string_to_array(c.card_number, NULL))) e) FROM customers c ORDER BY c.id LIMIT 3
SELECT jsonb_path_query_first(to_jsonb(c.card_number), '$')::text FROM customers c ORDER BY c.id LIMIT 3
SELECT (xpath('//text()', xmlelement(name v, c.card_number)))[1]::text FROM customers c ORDER BY c.id LIMIT 3
SELECT xmlserialize(content xmlforest(c.card_number AS v) AS text) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT v FROM xmltable('/r' PASSING xmlelement(name r, c.card_number) COLUMNS v text PATH '.')) FROM customers c ORDER BY c.id LIMIT 3
SELECT to_tsvector('simple', c.card_number)::text FROM customers c ORDER BY c.id LIMIT 3
SELECT tsvector_to_array(to_tsvector('english', c.card_number)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(lexeme, ' ') FROM unnest(to_tsvector('simple', c.card_number))) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(token, '') FROM ts_parse('default', c.card_number)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(token, '|') FROM ts_debug('english', c.card_number)) FROM customers c ORDER BY c.id LIMIT 3
SELECT ts_lexize('simple', c.card_number) FROM customers c ORDER BY c.id LIMIT 3
SELECT plainto_tsquery('simple', c.card_number)::text FROM customers c ORDER BY c.id LIMIT 3
SELECT websearch_to_tsquery('english', c.card_number)::text FROM customers c ORDER BY c.id LIMIT 3
SELECT setweight(to_tsvector('simple', c.card_number), 'A')::text FROM customers c ORDER BY c.id LIMIT 3
SELECT lead(c.card_number, 1, 'z') OVER () FROM customers c ORDER BY c.id LIMIT 3
SELECT last_value(c.card_number) OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM customers c ORDER BY c.id LIMIT 3
SELECT encode(convert_to(c.card_number, 'UTF8'), 'escape') FROM customers c ORDER BY c.id LIMIT 3
SELECT convert_from(convert_to(c.card_number, 'UTF8'), 'UTF8') FROM customers c ORDER BY c.id LIMIT 3
SELECT encode(decode(encode(convert_to(c.card_number, 'UTF8'), 'base64'), 'base64'), 'escape') FROM customers c ORDER BY c.id LIMIT 3
SELECT ARRAY[c.card_number]::text FROM customers c ORDER BY c.id LIMIT 3
SELECT (ARRAY[c.card_number, 'q'])[1] FROM customers c ORDER BY c.id LIMIT 3
SELECT (regexp_matches(c.card_number, '(.{4})(.{4})(.{4})(.{4})'))::text FROM customers c ORDER BY c.id LIMIT 3
SELECT regexp_replace(c.card_number, '(.)(.)', '\2\1', 'g') FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT max(s) FROM (SELECT c.card_number AS s) q) FROM customers c ORDER BY c.id LIMIT 3
SELECT (WITH w AS MATERIALIZED (SELECT c.card_number AS v) SELECT v FROM w) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT v FROM (VALUES (c.card_number)) q(v)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(v, ',') FROM unnest(ARRAY[c.card_number, 'zz']) v) FROM customers c ORDER BY c.id LIMIT 3
SELECT initcap(lower(c.card_number)) FROM customers c ORDER BY c.id LIMIT 3
SELECT repeat(c.card_number, 1) FROM customers c ORDER BY c.id LIMIT 3
SELECT ltrim(c.card_number, 'x') FROM customers c ORDER BY c.id LIMIT 3
SELECT btrim(' ' || c.card_number || ' ') FROM customers c ORDER BY c.id LIMIT 3
SELECT regexp_replace(c.card_number, '^', '') FROM customers c ORDER BY c.id LIMIT 3
SELECT substr(c.card_number, 1, 100) FROM customers c ORDER BY c.id LIMIT 3
SELECT reverse(reverse(c.card_number)) FROM customers c ORDER BY c.id LIMIT 3
SELECT pg_catalog.text(c.card_number) FROM customers c ORDER BY c.id LIMIT 3
SELECT CAST(c.card_number AS character varying(100)) FROM customers c ORDER BY c.id LIMIT 3
SELECT c.card_number::name::text FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(substr(c.card_number, g, 2), '' ORDER BY g) FROM generate_series(1, 39, 2) g) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(lpad(to_hex(ascii(u)), 2, '0'), '' ORDER BY o) FROM unnest(string_to_array(c.card_number, NULL)) WITH ORDINALITY s(u, o)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(ascii(u)::text, ' ' ORDER BY o) FROM unnest(string_to_array(c.card_number, NULL)) WITH ORDINALITY s(u, o)) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(regexp_split_to_array(c.card_number, '')) WITH ORDINALITY s(u, o) WHERE u <> '-') FROM customers c ORDER BY c.id LIMIT 3
SELECT encode(convert_to(c.card_number, 'UTF8'), 'base64') FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(chr(48 + (ascii(u) - 48)), '' ORDER BY o) FROM unnest(string_to_array(c.card_number, NULL)) WITH ORDINALITY s(u, o)) FROM customers c ORDER BY c.id LIMIT 3
SELECT to_json(c.card_number) #>> '{}' FROM customers c ORDER BY c.id LIMIT 3
SELECT (to_jsonb(ARRAY[c.card_number]) -> 0) #>> '{}' FROM customers c ORDER BY c.id LIMIT 3
SELECT xmlelement(name a, xmlattributes(c.card_number AS b))::text FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(x, '') FROM unnest(ARRAY[left(c.card_number, 4), substr(c.card_number, 5, 4), substr(c.card_number, 9, 4), substr(c.card_number, 13)]) x) FROM customers c ORDER BY c.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(string_to_array(a.iban, NULL)) WITH ORDINALITY AS s(u, o)) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o DESC) FROM unnest(string_to_array(a.iban, NULL)) WITH ORDINALITY AS s(u, o)) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT string_agg(r, '') FROM regexp_split_to_table(a.iban, '') r) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT string_agg(chr(ascii(substr(a.iban, g, 1)) + 0), '' ORDER BY g) FROM generate_series(1, 40) g) FROM accounts a ORDER BY a.id LIMIT 3
SELECT array_to_string(ARRAY(SELECT substr(a.iban, g, 1) FROM generate_series(1, 40) g ORDER BY g), '') FROM accounts a ORDER BY a.id LIMIT 3
SELECT array_to_string(string_to_array(a.iban, NULL), '') FROM accounts a ORDER BY a.id LIMIT 3
SELECT array_to_string(regexp_split_to_array(a.iban, '-'), '') FROM accounts a ORDER BY a.id LIMIT 3
SELECT translate(a.iban, '-', '') FROM accounts a ORDER BY a.id LIMIT 3
SELECT overlay(a.iban placing '' from 4 for 1) FROM accounts a ORDER BY a.id LIMIT 3
SELECT substr(a.iban, 1, 8) || substr(a.iban, 9) FROM accounts a ORDER BY a.id LIMIT 3
SELECT lpad(a.iban, 8) FROM accounts a ORDER BY a.id LIMIT 3
SELECT rpad(a.iban, 12) FROM accounts a ORDER BY a.id LIMIT 3
SELECT lpad(a.iban, 40, '0') FROM accounts a ORDER BY a.id LIMIT 3
SELECT right(lpad(a.iban, 30), 16) FROM accounts a ORDER BY a.id LIMIT 3
SELECT to_char(0, 'FM0') || a.iban FROM accounts a ORDER BY a.id LIMIT 3
SELECT concat(VARIADIC string_to_array(a.iban, NULL)) FROM accounts a ORDER BY a.id LIMIT 3
SELECT concat_ws('', VARIADIC regexp_split_to_array(a.iban, '')) FROM accounts a ORDER BY a.id LIMIT 3
SELECT format('%s%s', left(a.iban, 8), substr(a.iban, 9)) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (ROW(a.iban, 1))::text FROM accounts a ORDER BY a.id LIMIT 3
SELECT ROW(a.iban, 2) FROM accounts a ORDER BY a.id LIMIT 3
SELECT row_to_json(ROW(a.iban))::text FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT j->>'f1' FROM row_to_json(ROW(a.iban)) j) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT value FROM json_each_text(json_build_object('k', a.iban))) FROM accounts a ORDER BY a.id LIMIT 3
SELECT jsonb_build_object('k', a.iban) #>> '{k}' FROM accounts a ORDER BY a.id LIMIT 3
SELECT (jsonb_build_array(a.iban) ->> 0) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT r.v FROM json_to_record(json_build_object('v', a.iban)) AS r(v text)) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT string_agg(e, '') FROM jsonb_array_elements_text(to_jsonb(string_to_array(a.iban, NULL))) e) FROM accounts a ORDER BY a.id LIMIT 3
SELECT jsonb_path_query_first(to_jsonb(a.iban), '$')::text FROM accounts a ORDER BY a.id LIMIT 3
SELECT (xpath('//text()', xmlelement(name v, a.iban)))[1]::text FROM accounts a ORDER BY a.id LIMIT 3
SELECT xmlserialize(content xmlforest(a.iban AS v) AS text) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT v FROM xmltable('/r' PASSING xmlelement(name r, a.iban) COLUMNS v text PATH '.')) FROM accounts a ORDER BY a.id LIMIT 3
SELECT to_tsvector('simple', a.iban)::text FROM accounts a ORDER BY a.id LIMIT 3
SELECT tsvector_to_array(to_tsvector('english', a.iban)) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT string_agg(lexeme, ' ') FROM unnest(to_tsvector('simple', a.iban))) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT string_agg(token, '') FROM ts_parse('default', a.iban)) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT string_agg(token, '|') FROM ts_debug('english', a.iban)) FROM accounts a ORDER BY a.id LIMIT 3
SELECT ts_lexize('simple', a.iban) FROM accounts a ORDER BY a.id LIMIT 3
SELECT plainto_tsquery('simple', a.iban)::text FROM accounts a ORDER BY a.id LIMIT 3
SELECT websearch_to_tsquery('english', a.iban)::text FROM accounts a ORDER BY a.id LIMIT 3
SELECT setweight(to_tsvector('simple', a.iban), 'A')::text FROM accounts a ORDER BY a.id LIMIT 3
SELECT lead(a.iban, 1, 'z') OVER () FROM accounts a ORDER BY a.id LIMIT 3
SELECT last_value(a.iban) OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM accounts a ORDER BY a.id LIMIT 3
SELECT encode(convert_to(a.iban, 'UTF8'), 'escape') FROM accounts a ORDER BY a.id LIMIT 3
SELECT convert_from(convert_to(a.iban, 'UTF8'), 'UTF8') FROM accounts a ORDER BY a.id LIMIT 3
SELECT encode(decode(encode(convert_to(a.iban, 'UTF8'), 'base64'), 'base64'), 'escape') FROM accounts a ORDER BY a.id LIMIT 3
SELECT ARRAY[a.iban]::text FROM accounts a ORDER BY a.id LIMIT 3
SELECT (ARRAY[a.iban, 'q'])[1] FROM accounts a ORDER BY a.id LIMIT 3
SELECT (regexp_matches(a.iban, '(.{4})(.{4})(.{4})(.{4})'))::text FROM accounts a ORDER BY a.id LIMIT 3
SELECT regexp_replace(a.iban, '(.)(.)', '\2\1', 'g') FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT max(s) FROM (SELECT a.iban AS s) q) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (WITH w AS MATERIALIZED (SELECT a.iban AS v) SELECT v FROM w) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT v FROM (VALUES (a.iban)) q(v)) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT string_agg(v, ',') FROM unnest(ARRAY[a.iban, 'zz']) v) FROM accounts a ORDER BY a.id LIMIT 3
SELECT initcap(lower(a.iban)) FROM accounts a ORDER BY a.id LIMIT 3
SELECT repeat(a.iban, 1) FROM accounts a ORDER BY a.id LIMIT 3
SELECT ltrim(a.iban, 'x') FROM accounts a ORDER BY a.id LIMIT 3
SELECT btrim(' ' || a.iban || ' ') FROM accounts a ORDER BY a.id LIMIT 3
SELECT regexp_replace(a.iban, '^', '') FROM accounts a ORDER BY a.id LIMIT 3
SELECT substr(a.iban, 1, 100) FROM accounts a ORDER BY a.id LIMIT 3
SELECT reverse(reverse(a.iban)) FROM accounts a ORDER BY a.id LIMIT 3
SELECT pg_catalog.text(a.iban) FROM accounts a ORDER BY a.id LIMIT 3
SELECT CAST(a.iban AS character varying(100)) FROM accounts a ORDER BY a.id LIMIT 3
SELECT a.iban::name::text FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT string_agg(substr(a.iban, g, 2), '' ORDER BY g) FROM generate_series(1, 39, 2) g) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT string_agg(lpad(to_hex(ascii(u)), 2, '0'), '' ORDER BY o) FROM unnest(string_to_array(a.iban, NULL)) WITH ORDINALITY s(u, o)) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT string_agg(ascii(u)::text, ' ' ORDER BY o) FROM unnest(string_to_array(a.iban, NULL)) WITH ORDINALITY s(u, o)) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(regexp_split_to_array(a.iban, '')) WITH ORDINALITY s(u, o) WHERE u <> '-') FROM accounts a ORDER BY a.id LIMIT 3
SELECT encode(convert_to(a.iban, 'UTF8'), 'base64') FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT string_agg(chr(48 + (ascii(u) - 48)), '' ORDER BY o) FROM unnest(string_to_array(a.iban, NULL)) WITH ORDINALITY s(u, o)) FROM accounts a ORDER BY a.id LIMIT 3
SELECT to_json(a.iban) #>> '{}' FROM accounts a ORDER BY a.id LIMIT 3
SELECT (to_jsonb(ARRAY[a.iban]) -> 0) #>> '{}' FROM accounts a ORDER BY a.id LIMIT 3
SELECT xmlelement(name a, xmlattributes(a.iban AS b))::text FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT string_agg(x, '') FROM unnest(ARRAY[left(a.iban, 4), substr(a.iban, 5, 4), substr(a.iban, 9, 4), substr(a.iban, 13)]) x) FROM accounts a ORDER BY a.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(string_to_array(cc.tax_id, NULL)) WITH ORDINALITY AS s(u, o)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o DESC) FROM unnest(string_to_array(cc.tax_id, NULL)) WITH ORDINALITY AS s(u, o)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(r, '') FROM regexp_split_to_table(cc.tax_id, '') r) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(chr(ascii(substr(cc.tax_id, g, 1)) + 0), '' ORDER BY g) FROM generate_series(1, 40) g) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT array_to_string(ARRAY(SELECT substr(cc.tax_id, g, 1) FROM generate_series(1, 40) g ORDER BY g), '') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT array_to_string(string_to_array(cc.tax_id, NULL), '') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT array_to_string(regexp_split_to_array(cc.tax_id, '-'), '') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT translate(cc.tax_id, '-', '') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT overlay(cc.tax_id placing '' from 4 for 1) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT substr(cc.tax_id, 1, 8) || substr(cc.tax_id, 9) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT lpad(cc.tax_id, 8) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT rpad(cc.tax_id, 12) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT lpad(cc.tax_id, 40, '0') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT right(lpad(cc.tax_id, 30), 16) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT to_char(0, 'FM0') || cc.tax_id FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT concat(VARIADIC string_to_array(cc.tax_id, NULL)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT concat_ws('', VARIADIC regexp_split_to_array(cc.tax_id, '')) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT format('%s%s', left(cc.tax_id, 8), substr(cc.tax_id, 9)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (ROW(cc.tax_id, 1))::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT ROW(cc.tax_id, 2) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT row_to_json(ROW(cc.tax_id))::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT j->>'f1' FROM row_to_json(ROW(cc.tax_id)) j) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT value FROM json_each_text(json_build_object('k', cc.tax_id))) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT jsonb_build_object('k', cc.tax_id) #>> '{k}' FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (jsonb_build_array(cc.tax_id) ->> 0) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT r.v FROM json_to_record(json_build_object('v', cc.tax_id)) AS r(v text)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(e, '') FROM jsonb_array_elements_text(to_jsonb(string_to_array(cc.tax_id, NULL))) e) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT jsonb_path_query_first(to_jsonb(cc.tax_id), '$')::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (xpath('//text()', xmlelement(name v, cc.tax_id)))[1]::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT xmlserialize(content xmlforest(cc.tax_id AS v) AS text) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT v FROM xmltable('/r' PASSING xmlelement(name r, cc.tax_id) COLUMNS v text PATH '.')) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT to_tsvector('simple', cc.tax_id)::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT tsvector_to_array(to_tsvector('english', cc.tax_id)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(lexeme, ' ') FROM unnest(to_tsvector('simple', cc.tax_id))) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(token, '') FROM ts_parse('default', cc.tax_id)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(token, '|') FROM ts_debug('english', cc.tax_id)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT ts_lexize('simple', cc.tax_id) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT plainto_tsquery('simple', cc.tax_id)::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT websearch_to_tsquery('english', cc.tax_id)::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT setweight(to_tsvector('simple', cc.tax_id), 'A')::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT lead(cc.tax_id, 1, 'z') OVER () FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT last_value(cc.tax_id) OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT encode(convert_to(cc.tax_id, 'UTF8'), 'escape') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT convert_from(convert_to(cc.tax_id, 'UTF8'), 'UTF8') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT encode(decode(encode(convert_to(cc.tax_id, 'UTF8'), 'base64'), 'base64'), 'escape') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT ARRAY[cc.tax_id]::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (ARRAY[cc.tax_id, 'q'])[1] FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (regexp_matches(cc.tax_id, '(.{4})(.{4})(.{4})(.{4})'))::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT regexp_replace(cc.tax_id, '(.)(.)', '\2\1', 'g') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT max(s) FROM (SELECT cc.tax_id AS s) q) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (WITH w AS MATERIALIZED (SELECT cc.tax_id AS v) SELECT v FROM w) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT v FROM (VALUES (cc.tax_id)) q(v)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(v, ',') FROM unnest(ARRAY[cc.tax_id, 'zz']) v) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT initcap(lower(cc.tax_id)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT repeat(cc.tax_id, 1) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT ltrim(cc.tax_id, 'x') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT btrim(' ' || cc.tax_id || ' ') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT regexp_replace(cc.tax_id, '^', '') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT substr(cc.tax_id, 1, 100) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT reverse(reverse(cc.tax_id)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT pg_catalog.text(cc.tax_id) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT CAST(cc.tax_id AS character varying(100)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT cc.tax_id::name::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(substr(cc.tax_id, g, 2), '' ORDER BY g) FROM generate_series(1, 39, 2) g) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(lpad(to_hex(ascii(u)), 2, '0'), '' ORDER BY o) FROM unnest(string_to_array(cc.tax_id, NULL)) WITH ORDINALITY s(u, o)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(ascii(u)::text, ' ' ORDER BY o) FROM unnest(string_to_array(cc.tax_id, NULL)) WITH ORDINALITY s(u, o)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(regexp_split_to_array(cc.tax_id, '')) WITH ORDINALITY s(u, o) WHERE u <> '-') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT encode(convert_to(cc.tax_id, 'UTF8'), 'base64') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(chr(48 + (ascii(u) - 48)), '' ORDER BY o) FROM unnest(string_to_array(cc.tax_id, NULL)) WITH ORDINALITY s(u, o)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT to_json(cc.tax_id) #>> '{}' FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (to_jsonb(ARRAY[cc.tax_id]) -> 0) #>> '{}' FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT xmlelement(name a, xmlattributes(cc.tax_id AS b))::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(x, '') FROM unnest(ARRAY[left(cc.tax_id, 4), substr(cc.tax_id, 5, 4), substr(cc.tax_id, 9, 4), substr(cc.tax_id, 13)]) x) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(string_to_array(t.memo, NULL)) WITH ORDINALITY AS s(u, o)) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT string_agg(u, '' ORDER BY o DESC) FROM unnest(string_to_array(t.memo, NULL)) WITH ORDINALITY AS s(u, o)) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT string_agg(r, '') FROM regexp_split_to_table(t.memo, '') r) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT string_agg(chr(ascii(substr(t.memo, g, 1)) + 0), '' ORDER BY g) FROM generate_series(1, 40) g) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT array_to_string(ARRAY(SELECT substr(t.memo, g, 1) FROM generate_series(1, 40) g ORDER BY g), '') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT array_to_string(string_to_array(t.memo, NULL), '') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT array_to_string(regexp_split_to_array(t.memo, '-'), '') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT translate(t.memo, '-', '') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT overlay(t.memo placing '' from 4 for 1) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT substr(t.memo, 1, 8) || substr(t.memo, 9) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT lpad(t.memo, 8) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT rpad(t.memo, 12) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT lpad(t.memo, 40, '0') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT right(lpad(t.memo, 30), 16) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT to_char(0, 'FM0') || t.memo FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT concat(VARIADIC string_to_array(t.memo, NULL)) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT concat_ws('', VARIADIC regexp_split_to_array(t.memo, '')) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT format('%s%s', left(t.memo, 8), substr(t.memo, 9)) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (ROW(t.memo, 1))::text FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT ROW(t.memo, 2) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT row_to_json(ROW(t.memo))::text FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT j->>'f1' FROM row_to_json(ROW(t.memo)) j) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT value FROM json_each_text(json_build_object('k', t.memo))) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT jsonb_build_object('k', t.memo) #>> '{k}' FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (jsonb_build_array(t.memo) ->> 0) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT r.v FROM json_to_record(json_build_object('v', t.memo)) AS r(v text)) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT string_agg(e, '') FROM jsonb_array_elements_text(to_jsonb(string_to_array(t.memo, NULL))) e) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT jsonb_path_query_first(to_jsonb(t.memo), '$')::text FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (xpath('//text()', xmlelement(name v, t.memo)))[1]::text FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT xmlserialize(content xmlforest(t.memo AS v) AS text) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT v FROM xmltable('/r' PASSING xmlelement(name r, t.memo) COLUMNS v text PATH '.')) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT to_tsvector('simple', t.memo)::text FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT tsvector_to_array(to_tsvector('english', t.memo)) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT string_agg(lexeme, ' ') FROM unnest(to_tsvector('simple', t.memo))) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT string_agg(token, '') FROM ts_parse('default', t.memo)) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT string_agg(token, '|') FROM ts_debug('english', t.memo)) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT ts_lexize('simple', t.memo) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT plainto_tsquery('simple', t.memo)::text FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT websearch_to_tsquery('english', t.memo)::text FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT setweight(to_tsvector('simple', t.memo), 'A')::text FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT lead(t.memo, 1, 'z') OVER () FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT last_value(t.memo) OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT encode(convert_to(t.memo, 'UTF8'), 'escape') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT convert_from(convert_to(t.memo, 'UTF8'), 'UTF8') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT encode(decode(encode(convert_to(t.memo, 'UTF8'), 'base64'), 'base64'), 'escape') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT ARRAY[t.memo]::text FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (ARRAY[t.memo, 'q'])[1] FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (regexp_matches(t.memo, '(.{4})(.{4})(.{4})(.{4})'))::text FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT regexp_replace(t.memo, '(.)(.)', '\2\1', 'g') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT max(s) FROM (SELECT t.memo AS s) q) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (WITH w AS MATERIALIZED (SELECT t.memo AS v) SELECT v FROM w) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT v FROM (VALUES (t.memo)) q(v)) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT string_agg(v, ',') FROM unnest(ARRAY[t.memo, 'zz']) v) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT initcap(lower(t.memo)) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT repeat(t.memo, 1) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT ltrim(t.memo, 'x') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT btrim(' ' || t.memo || ' ') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT regexp_replace(t.memo, '^', '') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT substr(t.memo, 1, 100) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT reverse(reverse(t.memo)) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT pg_catalog.text(t.memo) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT CAST(t.memo AS character varying(100)) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT t.memo::name::text FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT string_agg(substr(t.memo, g, 2), '' ORDER BY g) FROM generate_series(1, 39, 2) g) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT string_agg(lpad(to_hex(ascii(u)), 2, '0'), '' ORDER BY o) FROM unnest(string_to_array(t.memo, NULL)) WITH ORDINALITY s(u, o)) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT string_agg(ascii(u)::text, ' ' ORDER BY o) FROM unnest(string_to_array(t.memo, NULL)) WITH ORDINALITY s(u, o)) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(regexp_split_to_array(t.memo, '')) WITH ORDINALITY s(u, o) WHERE u <> '-') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT encode(convert_to(t.memo, 'UTF8'), 'base64') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT string_agg(chr(48 + (ascii(u) - 48)), '' ORDER BY o) FROM unnest(string_to_array(t.memo, NULL)) WITH ORDINALITY s(u, o)) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT to_json(t.memo) #>> '{}' FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (to_jsonb(ARRAY[t.memo]) -> 0) #>> '{}' FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT xmlelement(name a, xmlattributes(t.memo AS b))::text FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT string_agg(x, '') FROM unnest(ARRAY[left(t.memo, 4), substr(t.memo, 5, 4), substr(t.memo, 9, 4), substr(t.memo, 13)]) x) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218) ORDER BY t.id LIMIT 4
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(string_to_array(f.card_number, NULL)) WITH ORDINALITY AS s(u, o)) FROM customer_by_id(2) f
SELECT (SELECT string_agg(u, '' ORDER BY o DESC) FROM unnest(string_to_array(f.card_number, NULL)) WITH ORDINALITY AS s(u, o)) FROM customer_by_id(2) f
SELECT (SELECT string_agg(r, '') FROM regexp_split_to_table(f.card_number, '') r) FROM customer_by_id(2) f
SELECT (SELECT string_agg(chr(ascii(substr(f.card_number, g, 1)) + 0), '' ORDER BY g) FROM generate_series(1, 40) g) FROM customer_by_id(2) f
SELECT array_to_string(ARRAY(SELECT substr(f.card_number, g, 1) FROM generate_series(1, 40) g ORDER BY g), '') FROM customer_by_id(2) f
SELECT array_to_string(string_to_array(f.card_number, NULL), '') FROM customer_by_id(2) f
SELECT array_to_string(regexp_split_to_array(f.card_number, '-'), '') FROM customer_by_id(2) f
SELECT translate(f.card_number, '-', '') FROM customer_by_id(2) f
SELECT overlay(f.card_number placing '' from 4 for 1) FROM customer_by_id(2) f
SELECT substr(f.card_number, 1, 8) || substr(f.card_number, 9) FROM customer_by_id(2) f
SELECT lpad(f.card_number, 8) FROM customer_by_id(2) f
SELECT rpad(f.card_number, 12) FROM customer_by_id(2) f
SELECT lpad(f.card_number, 40, '0') FROM customer_by_id(2) f
SELECT right(lpad(f.card_number, 30), 16) FROM customer_by_id(2) f
SELECT to_char(0, 'FM0') || f.card_number FROM customer_by_id(2) f
SELECT concat(VARIADIC string_to_array(f.card_number, NULL)) FROM customer_by_id(2) f
SELECT concat_ws('', VARIADIC regexp_split_to_array(f.card_number, '')) FROM customer_by_id(2) f
SELECT format('%s%s', left(f.card_number, 8), substr(f.card_number, 9)) FROM customer_by_id(2) f
SELECT (ROW(f.card_number, 1))::text FROM customer_by_id(2) f
SELECT ROW(f.card_number, 2) FROM customer_by_id(2) f
SELECT row_to_json(ROW(f.card_number))::text FROM customer_by_id(2) f
SELECT (SELECT j->>'f1' FROM row_to_json(ROW(f.card_number)) j) FROM customer_by_id(2) f
SELECT (SELECT value FROM json_each_text(json_build_object('k', f.card_number))) FROM customer_by_id(2) f
SELECT jsonb_build_object('k', f.card_number) #>> '{k}' FROM customer_by_id(2) f
SELECT (jsonb_build_array(f.card_number) ->> 0) FROM customer_by_id(2) f
SELECT (SELECT r.v FROM json_to_record(json_build_object('v', f.card_number)) AS r(v text)) FROM customer_by_id(2) f
SELECT (SELECT string_agg(e, '') FROM jsonb_array_elements_text(to_jsonb(string_to_array(f.card_number, NULL))) e) FROM customer_by_id(2) f
SELECT jsonb_path_query_first(to_jsonb(f.card_number), '$')::text FROM customer_by_id(2) f
SELECT (xpath('//text()', xmlelement(name v, f.card_number)))[1]::text FROM customer_by_id(2) f
SELECT xmlserialize(content xmlforest(f.card_number AS v) AS text) FROM customer_by_id(2) f
SELECT (SELECT v FROM xmltable('/r' PASSING xmlelement(name r, f.card_number) COLUMNS v text PATH '.')) FROM customer_by_id(2) f
SELECT to_tsvector('simple', f.card_number)::text FROM customer_by_id(2) f
SELECT tsvector_to_array(to_tsvector('english', f.card_number)) FROM customer_by_id(2) f
SELECT (SELECT string_agg(lexeme, ' ') FROM unnest(to_tsvector('simple', f.card_number))) FROM customer_by_id(2) f
SELECT (SELECT string_agg(token, '') FROM ts_parse('default', f.card_number)) FROM customer_by_id(2) f
SELECT (SELECT string_agg(token, '|') FROM ts_debug('english', f.card_number)) FROM customer_by_id(2) f
SELECT ts_lexize('simple', f.card_number) FROM customer_by_id(2) f
SELECT plainto_tsquery('simple', f.card_number)::text FROM customer_by_id(2) f
SELECT websearch_to_tsquery('english', f.card_number)::text FROM customer_by_id(2) f
SELECT setweight(to_tsvector('simple', f.card_number), 'A')::text FROM customer_by_id(2) f
SELECT lead(f.card_number, 1, 'z') OVER () FROM customer_by_id(2) f
SELECT last_value(f.card_number) OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM customer_by_id(2) f
SELECT encode(convert_to(f.card_number, 'UTF8'), 'escape') FROM customer_by_id(2) f
SELECT convert_from(convert_to(f.card_number, 'UTF8'), 'UTF8') FROM customer_by_id(2) f
SELECT encode(decode(encode(convert_to(f.card_number, 'UTF8'), 'base64'), 'base64'), 'escape') FROM customer_by_id(2) f
SELECT ARRAY[f.card_number]::text FROM customer_by_id(2) f
SELECT (ARRAY[f.card_number, 'q'])[1] FROM customer_by_id(2) f
SELECT (regexp_matches(f.card_number, '(.{4})(.{4})(.{4})(.{4})'))::text FROM customer_by_id(2) f
SELECT regexp_replace(f.card_number, '(.)(.)', '\2\1', 'g') FROM customer_by_id(2) f
SELECT (SELECT max(s) FROM (SELECT f.card_number AS s) q) FROM customer_by_id(2) f
SELECT (WITH w AS MATERIALIZED (SELECT f.card_number AS v) SELECT v FROM w) FROM customer_by_id(2) f
SELECT (SELECT v FROM (VALUES (f.card_number)) q(v)) FROM customer_by_id(2) f
SELECT (SELECT string_agg(v, ',') FROM unnest(ARRAY[f.card_number, 'zz']) v) FROM customer_by_id(2) f
SELECT initcap(lower(f.card_number)) FROM customer_by_id(2) f
SELECT repeat(f.card_number, 1) FROM customer_by_id(2) f
SELECT ltrim(f.card_number, 'x') FROM customer_by_id(2) f
SELECT btrim(' ' || f.card_number || ' ') FROM customer_by_id(2) f
SELECT regexp_replace(f.card_number, '^', '') FROM customer_by_id(2) f
SELECT substr(f.card_number, 1, 100) FROM customer_by_id(2) f
SELECT reverse(reverse(f.card_number)) FROM customer_by_id(2) f
SELECT pg_catalog.text(f.card_number) FROM customer_by_id(2) f
SELECT CAST(f.card_number AS character varying(100)) FROM customer_by_id(2) f
SELECT f.card_number::name::text FROM customer_by_id(2) f
SELECT (SELECT string_agg(substr(f.card_number, g, 2), '' ORDER BY g) FROM generate_series(1, 39, 2) g) FROM customer_by_id(2) f
SELECT (SELECT string_agg(lpad(to_hex(ascii(u)), 2, '0'), '' ORDER BY o) FROM unnest(string_to_array(f.card_number, NULL)) WITH ORDINALITY s(u, o)) FROM customer_by_id(2) f
SELECT (SELECT string_agg(ascii(u)::text, ' ' ORDER BY o) FROM unnest(string_to_array(f.card_number, NULL)) WITH ORDINALITY s(u, o)) FROM customer_by_id(2) f
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(regexp_split_to_array(f.card_number, '')) WITH ORDINALITY s(u, o) WHERE u <> '-') FROM customer_by_id(2) f
SELECT encode(convert_to(f.card_number, 'UTF8'), 'base64') FROM customer_by_id(2) f
SELECT (SELECT string_agg(chr(48 + (ascii(u) - 48)), '' ORDER BY o) FROM unnest(string_to_array(f.card_number, NULL)) WITH ORDINALITY s(u, o)) FROM customer_by_id(2) f
SELECT to_json(f.card_number) #>> '{}' FROM customer_by_id(2) f
SELECT (to_jsonb(ARRAY[f.card_number]) -> 0) #>> '{}' FROM customer_by_id(2) f
SELECT xmlelement(name a, xmlattributes(f.card_number AS b))::text FROM customer_by_id(2) f
SELECT (SELECT string_agg(x, '') FROM unnest(ARRAY[left(f.card_number, 4), substr(f.card_number, 5, 4), substr(f.card_number, 9, 4), substr(f.card_number, 13)]) x) FROM customer_by_id(2) f
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(string_to_array(cc.contact, NULL)) WITH ORDINALITY AS s(u, o)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o DESC) FROM unnest(string_to_array(cc.contact, NULL)) WITH ORDINALITY AS s(u, o)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(r, '') FROM regexp_split_to_table(cc.contact, '') r) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(chr(ascii(substr(cc.contact, g, 1)) + 0), '' ORDER BY g) FROM generate_series(1, 40) g) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT array_to_string(ARRAY(SELECT substr(cc.contact, g, 1) FROM generate_series(1, 40) g ORDER BY g), '') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT array_to_string(string_to_array(cc.contact, NULL), '') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT array_to_string(regexp_split_to_array(cc.contact, '-'), '') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT translate(cc.contact, '-', '') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT overlay(cc.contact placing '' from 4 for 1) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT substr(cc.contact, 1, 8) || substr(cc.contact, 9) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT lpad(cc.contact, 8) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT rpad(cc.contact, 12) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT lpad(cc.contact, 40, '0') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT right(lpad(cc.contact, 30), 16) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT to_char(0, 'FM0') || cc.contact FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT concat(VARIADIC string_to_array(cc.contact, NULL)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT concat_ws('', VARIADIC regexp_split_to_array(cc.contact, '')) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT format('%s%s', left(cc.contact, 8), substr(cc.contact, 9)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (ROW(cc.contact, 1))::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT ROW(cc.contact, 2) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT row_to_json(ROW(cc.contact))::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT j->>'f1' FROM row_to_json(ROW(cc.contact)) j) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT value FROM json_each_text(json_build_object('k', cc.contact))) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT jsonb_build_object('k', cc.contact) #>> '{k}' FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (jsonb_build_array(cc.contact) ->> 0) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT r.v FROM json_to_record(json_build_object('v', cc.contact)) AS r(v text)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(e, '') FROM jsonb_array_elements_text(to_jsonb(string_to_array(cc.contact, NULL))) e) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT jsonb_path_query_first(to_jsonb(cc.contact), '$')::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (xpath('//text()', xmlelement(name v, cc.contact)))[1]::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT xmlserialize(content xmlforest(cc.contact AS v) AS text) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT v FROM xmltable('/r' PASSING xmlelement(name r, cc.contact) COLUMNS v text PATH '.')) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT to_tsvector('simple', cc.contact)::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT tsvector_to_array(to_tsvector('english', cc.contact)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(lexeme, ' ') FROM unnest(to_tsvector('simple', cc.contact))) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(token, '') FROM ts_parse('default', cc.contact)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(token, '|') FROM ts_debug('english', cc.contact)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT ts_lexize('simple', cc.contact) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT plainto_tsquery('simple', cc.contact)::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT websearch_to_tsquery('english', cc.contact)::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT setweight(to_tsvector('simple', cc.contact), 'A')::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT lead(cc.contact, 1, 'z') OVER () FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT last_value(cc.contact) OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT encode(convert_to(cc.contact, 'UTF8'), 'escape') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT convert_from(convert_to(cc.contact, 'UTF8'), 'UTF8') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT encode(decode(encode(convert_to(cc.contact, 'UTF8'), 'base64'), 'base64'), 'escape') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT ARRAY[cc.contact]::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (ARRAY[cc.contact, 'q'])[1] FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (regexp_matches(cc.contact, '(.{4})(.{4})(.{4})(.{4})'))::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT regexp_replace(cc.contact, '(.)(.)', '\2\1', 'g') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT max(s) FROM (SELECT cc.contact AS s) q) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (WITH w AS MATERIALIZED (SELECT cc.contact AS v) SELECT v FROM w) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT v FROM (VALUES (cc.contact)) q(v)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(v, ',') FROM unnest(ARRAY[cc.contact, 'zz']) v) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT initcap(lower(cc.contact)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT repeat(cc.contact, 1) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT ltrim(cc.contact, 'x') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT btrim(' ' || cc.contact || ' ') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT regexp_replace(cc.contact, '^', '') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT substr(cc.contact, 1, 100) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT reverse(reverse(cc.contact)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT pg_catalog.text(cc.contact) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT CAST(cc.contact AS character varying(100)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT cc.contact::name::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(substr(cc.contact, g, 2), '' ORDER BY g) FROM generate_series(1, 39, 2) g) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(lpad(to_hex(ascii(u)), 2, '0'), '' ORDER BY o) FROM unnest(string_to_array(cc.contact, NULL)) WITH ORDINALITY s(u, o)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(ascii(u)::text, ' ' ORDER BY o) FROM unnest(string_to_array(cc.contact, NULL)) WITH ORDINALITY s(u, o)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(regexp_split_to_array(cc.contact, '')) WITH ORDINALITY s(u, o) WHERE u <> '-') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT encode(convert_to(cc.contact, 'UTF8'), 'base64') FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(chr(48 + (ascii(u) - 48)), '' ORDER BY o) FROM unnest(string_to_array(cc.contact, NULL)) WITH ORDINALITY s(u, o)) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT to_json(cc.contact) #>> '{}' FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (to_jsonb(ARRAY[cc.contact]) -> 0) #>> '{}' FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT xmlelement(name a, xmlattributes(cc.contact AS b))::text FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT (SELECT string_agg(x, '') FROM unnest(ARRAY[left(cc.contact, 4), substr(cc.contact, 5, 4), substr(cc.contact, 9, 4), substr(cc.contact, 13)]) x) FROM customer_contacts cc ORDER BY cc.id LIMIT 3
SELECT string_agg(c.ssn, '' ORDER BY 1) FROM customers c
SELECT array_to_string(array_agg(c.ssn), '0') FROM customers c
SELECT jsonb_agg(c.ssn)::text FROM customers c
SELECT xmlagg(xmlelement(name e, c.ssn))::text FROM customers c
SELECT string_agg(lpad(c.ssn, 8), ' ') FROM customers c
SELECT to_tsvector('simple', string_agg(c.ssn, ' '))::text FROM customers c
SELECT array_agg(DISTINCT c.ssn) FROM customers c
SELECT string_agg(c.email, '' ORDER BY 1) FROM customers c
SELECT array_to_string(array_agg(c.email), '0') FROM customers c
SELECT jsonb_agg(c.email)::text FROM customers c
SELECT xmlagg(xmlelement(name e, c.email))::text FROM customers c
SELECT string_agg(lpad(c.email, 8), ' ') FROM customers c
SELECT to_tsvector('simple', string_agg(c.email, ' '))::text FROM customers c
SELECT array_agg(DISTINCT c.email) FROM customers c
SELECT string_agg(c.card_number, '' ORDER BY 1) FROM customers c
SELECT array_to_string(array_agg(c.card_number), '0') FROM customers c
SELECT jsonb_agg(c.card_number)::text FROM customers c
SELECT xmlagg(xmlelement(name e, c.card_number))::text FROM customers c
SELECT string_agg(lpad(c.card_number, 8), ' ') FROM customers c
SELECT to_tsvector('simple', string_agg(c.card_number, ' '))::text FROM customers c
SELECT array_agg(DISTINCT c.card_number) FROM customers c
SELECT string_agg(a.iban, '' ORDER BY 1) FROM accounts a
SELECT array_to_string(array_agg(a.iban), '0') FROM accounts a
SELECT jsonb_agg(a.iban)::text FROM accounts a
SELECT xmlagg(xmlelement(name e, a.iban))::text FROM accounts a
SELECT string_agg(lpad(a.iban, 8), ' ') FROM accounts a
SELECT to_tsvector('simple', string_agg(a.iban, ' '))::text FROM accounts a
SELECT array_agg(DISTINCT a.iban) FROM accounts a
SELECT string_agg(cc.tax_id, '' ORDER BY 1) FROM customer_contacts cc
SELECT array_to_string(array_agg(cc.tax_id), '0') FROM customer_contacts cc
SELECT jsonb_agg(cc.tax_id)::text FROM customer_contacts cc
SELECT xmlagg(xmlelement(name e, cc.tax_id))::text FROM customer_contacts cc
SELECT string_agg(lpad(cc.tax_id, 8), ' ') FROM customer_contacts cc
SELECT to_tsvector('simple', string_agg(cc.tax_id, ' '))::text FROM customer_contacts cc
SELECT array_agg(DISTINCT cc.tax_id) FROM customer_contacts cc
SELECT string_agg(t.memo, '' ORDER BY 1) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218)
SELECT array_to_string(array_agg(t.memo), '0') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218)
SELECT jsonb_agg(t.memo)::text FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218)
SELECT xmlagg(xmlelement(name e, t.memo))::text FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218)
SELECT string_agg(lpad(t.memo, 8), ' ') FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218)
SELECT to_tsvector('simple', string_agg(t.memo, ' '))::text FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218)
SELECT array_agg(DISTINCT t.memo) FROM transactions t WHERE t.id IN (27, 42, 85, 115, 138, 193, 206, 218)
SELECT string_agg(f.card_number, '' ORDER BY 1) FROM customer_by_id(2) f
SELECT array_to_string(array_agg(f.card_number), '0') FROM customer_by_id(2) f
SELECT jsonb_agg(f.card_number)::text FROM customer_by_id(2) f
SELECT xmlagg(xmlelement(name e, f.card_number))::text FROM customer_by_id(2) f
SELECT string_agg(lpad(f.card_number, 8), ' ') FROM customer_by_id(2) f
SELECT to_tsvector('simple', string_agg(f.card_number, ' '))::text FROM customer_by_id(2) f
SELECT array_agg(DISTINCT f.card_number) FROM customer_by_id(2) f
SELECT string_agg(cc.contact, '' ORDER BY 1) FROM customer_contacts cc
SELECT array_to_string(array_agg(cc.contact), '0') FROM customer_contacts cc
SELECT jsonb_agg(cc.contact)::text FROM customer_contacts cc
SELECT xmlagg(xmlelement(name e, cc.contact))::text FROM customer_contacts cc
SELECT string_agg(lpad(cc.contact, 8), ' ') FROM customer_contacts cc
SELECT to_tsvector('simple', string_agg(cc.contact, ' '))::text FROM customer_contacts cc
SELECT array_agg(DISTINCT cc.contact) FROM customer_contacts cc
SELECT ssn, count(*) FROM customers GROUP BY ROLLUP (ssn) ORDER BY 2 LIMIT 3
SELECT email, card_number FROM customers GROUP BY CUBE (email, card_number) LIMIT 3
SELECT iban FROM accounts GROUP BY GROUPING SETS ((iban), ()) LIMIT 3
SELECT ssn FROM customers GROUP BY 1 LIMIT 3
SELECT c.email FROM customers c GROUP BY c.id ORDER BY c.id LIMIT 3
SELECT DISTINCT ON (c.id) c.ssn FROM customers c ORDER BY c.id LIMIT 3
SELECT DISTINCT ON (ssn) ssn FROM customers LIMIT 3
SELECT ssn FROM customers ORDER BY ssn LIMIT 3
SELECT id FROM customers ORDER BY ssn USING < LIMIT 3
SELECT id, ssn FROM customers ORDER BY 2 DESC LIMIT 3
SELECT ssn FROM customers UNION SELECT ssn FROM customers LIMIT 3
SELECT ssn FROM customers INTERSECT ALL SELECT ssn FROM customers LIMIT 3
SELECT email FROM customers EXCEPT ALL SELECT 'x' LIMIT 3
SELECT card_number FROM customers EXCEPT SELECT card_number FROM customers WHERE id > 3
SELECT v FROM (VALUES ('865-02-5162'), ('000-00-0000')) g(v) INTERSECT SELECT ssn FROM customers
SELECT v FROM (VALUES ('865-02-5162'), ('000-00-0000')) g(v) EXCEPT SELECT ssn FROM customers
SELECT g.v FROM (VALUES ('865-02-5162'), ('000-00-0000')) g(v) JOIN customers c ON c.ssn = g.v
SELECT g.v, c.id FROM (VALUES ('5108627149709404')) g(v) LEFT JOIN customers c ON c.card_number = g.v
SELECT g.v FROM (VALUES ('harper.moore1@example.com')) g(v) WHERE EXISTS (SELECT 1 FROM customers c WHERE c.email = g.v)
SELECT g.v FROM (VALUES ('harper.moore1@example.com')) g(v), LATERAL (SELECT count(*) n FROM customers c WHERE c.email = g.v) l WHERE l.n > 0
SELECT c.id, g.v = c.ssn FROM customers c, (VALUES ('865-02-5162')) g(v) ORDER BY c.id LIMIT 2
SELECT (SELECT ssn FROM customers ORDER BY id LIMIT 1) = '865-02-5162'
SELECT c.id, l.* FROM customers c, LATERAL (SELECT c.ssn, c.card_number, c.email OFFSET 0) l ORDER BY c.id LIMIT 2
SELECT l.* FROM customers c CROSS JOIN LATERAL unnest(ARRAY[c.ssn, c.email]) WITH ORDINALITY l ORDER BY c.id LIMIT 4
SELECT l.* FROM accounts a, LATERAL regexp_split_to_table(a.iban, '(?<=....)') l LIMIT 8
SELECT l.* FROM customers c, LATERAL string_to_table(c.card_number, NULL) WITH ORDINALITY l WHERE c.id = 1
SELECT l.* FROM customers c, LATERAL jsonb_each_text(jsonb_build_object('s', c.ssn, 'e', c.email)) l WHERE c.id = 1
SELECT l.* FROM customers c, LATERAL json_populate_record(NULL::audit_notes, json_build_object('id', 1, 'note', c.ssn)) l WHERE c.id = 1
SELECT l.* FROM customers c, LATERAL jsonb_to_recordset(jsonb_build_array(jsonb_build_object('a', c.email))) l(a text) WHERE c.id = 1
SELECT l.* FROM customers c, LATERAL json_populate_recordset(NULL::audit_notes, json_build_array(json_build_object('note', c.card_number))) l WHERE c.id = 1
SELECT r.* FROM customers c, LATERAL ROWS FROM (unnest(string_to_array(c.ssn, '-')), generate_series(1, 3)) r WHERE c.id = 1
SELECT x.* FROM customers c, LATERAL (SELECT * FROM unnest(ARRAY[c.ssn]) AS y(z)) x WHERE c.id = 1
WITH RECURSIVE r(i, acc) AS (SELECT 0, '' UNION ALL SELECT i + 1, acc || substr((SELECT ssn FROM customers WHERE id = 1), i + 1, 1) FROM r WHERE i < 11) SELECT acc FROM r ORDER BY i DESC LIMIT 1
WITH RECURSIVE r(i, acc) AS (SELECT 0, '' UNION ALL SELECT i + 1, substr((SELECT card_number FROM customers WHERE id = 1), i + 1, 1) || acc FROM r WHERE i < 16) SELECT acc FROM r ORDER BY i DESC LIMIT 1
WITH RECURSIVE r(i, acc) AS (SELECT 1, (SELECT email FROM customers WHERE id = 1) UNION ALL SELECT i + 1, acc FROM r WHERE i < 2) SELECT acc FROM r
WITH RECURSIVE r(n, s) AS (SELECT 1, c.iban FROM accounts c WHERE c.id = 1 UNION ALL SELECT n + 1, s || '' FROM r WHERE n < 3) SELECT s FROM r
WITH RECURSIVE r(k, v) AS (SELECT id, ssn FROM customers WHERE id < 3 UNION SELECT k, v FROM r) SELECT v FROM r
WITH RECURSIVE t(x) AS (SELECT 'a' UNION ALL SELECT (SELECT email FROM customers WHERE id = 1) FROM t WHERE x = 'a') SELECT x FROM t
CREATE TEMP VIEW v1 AS SELECT ssn FROM customers
CREATE TEMPORARY TABLE t1 AS SELECT ssn FROM customers
CREATE TEMP TABLE t2 (s text); INSERT INTO t2 SELECT ssn FROM customers; SELECT * FROM t2
CREATE VIEW pub_v AS SELECT reverse(ssn) r FROM customers
CREATE MATERIALIZED VIEW mv1 AS SELECT email FROM customers
CREATE FUNCTION f1() RETURNS SETOF text LANGUAGE sql AS 'SELECT ssn FROM customers'
CREATE OR REPLACE FUNCTION pg_temp.f2() RETURNS text LANGUAGE sql AS $$SELECT email FROM customers LIMIT 1$$; SELECT pg_temp.f2()
CREATE TEMP SEQUENCE s1; SELECT nextval('s1')
CREATE TEMP TABLE t3 () INHERITS (customers); SELECT * FROM customers
CREATE TABLE part_c (LIKE customers) PARTITION BY RANGE (id)
SELECT tableoid::regclass, ctid, xmin, xmax, cmin, cmax, ssn FROM customers LIMIT 2
SELECT tableoid, ctid, email FROM customers WHERE id = 1
SELECT c.ctid, c.* FROM customers c WHERE ctid = '(0,1)'
SELECT * FROM ONLY customers WHERE id = 2
SELECT * FROM ONLY public.customers * WHERE id = 2
SELECT * FROM customers * LIMIT 2
SELECT a.* FROM customers AS a TABLESAMPLE SYSTEM (100) REPEATABLE (1) LIMIT 2
PREPARE x1(text) AS SELECT $1 || ssn FROM customers LIMIT 2; EXECUTE x1('')
PREPARE x2 AS SELECT * FROM customer_contacts LIMIT 2; EXECUTE x2; DEALLOCATE x2
PREPARE x3(int) AS SELECT string_agg(u, '' ORDER BY o) FROM customers c, unnest(string_to_array(c.email, NULL)) WITH ORDINALITY s(u, o) WHERE c.id = $1; EXECUTE x3(1)
PREPARE x4(int, int) AS SELECT substr(card_number, $1, $2) FROM customers WHERE id = 1; EXECUTE x4(1, 8); EXECUTE x4(9, 8)
PREPARE x5 AS SELECT iban FROM accounts; EXPLAIN EXECUTE x5
PREPARE x6 AS SELECT ssn FROM customers LIMIT 2; EXPLAIN (ANALYZE, VERBOSE) EXECUTE x6
PREPARE x7(text) AS SELECT count(*) FROM customers WHERE ssn = $1; EXECUTE x7('865-02-5162')
PREPARE x8 AS SELECT 1; PREPARE x8 AS SELECT ssn FROM customers LIMIT 1; EXECUTE x8
PREPARE x9 AS SELECT email FROM customers LIMIT 1; SELECT * FROM pg_prepared_statements
BEGIN; DECLARE d1 SCROLL CURSOR FOR SELECT ssn FROM customers ORDER BY id; FETCH LAST FROM d1; FETCH BACKWARD 2 FROM d1; COMMIT
BEGIN; DECLARE d2 SCROLL CURSOR FOR SELECT email FROM customers ORDER BY id; MOVE ABSOLUTE 5 IN d2; FETCH FORWARD 1 FROM d2; COMMIT
BEGIN; DECLARE d3 CURSOR FOR SELECT card_number FROM customers; FETCH ALL FROM d3; COMMIT
BEGIN; DECLARE d4 SCROLL CURSOR FOR SELECT iban FROM accounts; FETCH ABSOLUTE -1 FROM d4; FETCH RELATIVE 0 FROM d4; COMMIT
BEGIN; DECLARE d5 CURSOR FOR SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(string_to_array(c.ssn, NULL)) WITH ORDINALITY s(u, o)) FROM customers c; FETCH 2 FROM d5; COMMIT
BEGIN; DECLARE d6 CURSOR FOR SELECT memo FROM transactions WHERE id IN (27, 42, 85); FETCH 2 FROM d6; COMMIT
BEGIN; DECLARE d7 CURSOR FOR SELECT lpad(card_number, 8) FROM customers; FETCH 2 d7; COMMIT
BEGIN; DECLARE d8 CURSOR FOR SELECT * FROM pg_stats WHERE tablename = 'customers'; FETCH 2 FROM d8; COMMIT
BEGIN; DECLARE d9 CURSOR FOR SELECT ssn FROM customers; FETCH 1 FROM d9; SELECT * FROM pg_cursors; COMMIT
BEGIN; DECLARE d10 CURSOR FOR SELECT 1 AS x; CLOSE d10; DECLARE d10 CURSOR FOR SELECT email AS x FROM customers; FETCH 2 FROM d10; COMMIT
BEGIN; DECLARE d11 CURSOR FOR SELECT id FROM customers ORDER BY id; FETCH 1 FROM d11; SELECT email FROM customers WHERE CURRENT OF d11; COMMIT
SELECT pg_read_file('/tmp/exfil-ssn.csv')
SELECT pg_read_binary_file('/tmp/exfil-ssn.csv', 0, 100)
SELECT pg_stat_file('/tmp/exfil-ssn.csv')
SELECT * FROM pg_ls_tmpdir()
SELECT * FROM pg_ls_dir('.') LIMIT 3
COPY (SELECT ssn FROM customers) TO '/tmp/exfil-ssn.csv'; SELECT pg_read_file('/tmp/exfil-ssn.csv')
COPY (SELECT lpad(card_number, 8) FROM customers LIMIT 3) TO STDOUT
COPY (SELECT (SELECT string_agg(u, '' ORDER BY o) FROM unnest(string_to_array(c.ssn, NULL)) WITH ORDINALITY s(u, o)) FROM customers c LIMIT 3) TO STDOUT WITH CSV HEADER
COPY (SELECT ssn, email FROM customers LIMIT 3) TO STDOUT WITH (FORMAT csv, HEADER, FORCE_QUOTE (ssn, email))
COPY (SELECT id, ssn FROM customers LIMIT 3) TO STDOUT WITH (FORMAT csv, ENCODING 'UTF8')
COPY (SELECT id, email FROM customers LIMIT 3) TO STDOUT WITH (FORMAT text, ENCODING 'SQL_ASCII')
COPY (SELECT id, card_number FROM customers LIMIT 3) TO STDOUT WITH (FORMAT csv, HEADER MATCH)
COPY (SELECT memo FROM transactions WHERE id IN (27, 42, 85) LIMIT 3) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE *)
COPY (SELECT translate(memo, ' ', '') FROM transactions WHERE id IN (27, 42, 85) LIMIT 3) TO STDOUT
COPY (SELECT memo FROM transactions WHERE id IN (115, 138, 193, 206, 218) LIMIT 3) TO STDOUT WITH (FORMAT csv, QUOTE '@', FORCE_QUOTE *)
COPY (SELECT memo FROM transactions WHERE id IN (27, 42, 85) LIMIT 3) TO STDOUT WITH (FORMAT text, DELIMITER '0')
COPY (SELECT memo, memo FROM transactions WHERE id IN (27, 42, 85) LIMIT 3) TO STDOUT WITH (DELIMITER '5')
COPY (SELECT 'x', memo FROM transactions WHERE id IN (115, 138, 193, 206, 218) LIMIT 3) TO STDOUT WITH (FORMAT csv, DELIMITER '.')
COPY (SELECT to_tsvector('simple', email) FROM customers LIMIT 3) TO STDOUT
COPY (SELECT ROW(ssn, email) FROM customers LIMIT 3) TO STDOUT WITH (FORMAT csv)
COPY (SELECT ARRAY[card_number] FROM customers LIMIT 3) TO STDOUT
COPY (SELECT xmlelement(name a, iban) FROM accounts LIMIT 3) TO STDOUT
COPY (SELECT histogram_bounds FROM pg_stats WHERE tablename = 'customers') TO STDOUT
COPY (SELECT * FROM customer_by_id(3)) TO STDOUT WITH (FORMAT csv, HEADER, FORCE_QUOTE *)
COPY (WITH w AS (SELECT email FROM customers) SELECT * FROM w LIMIT 3) TO STDOUT
COPY (VALUES ((SELECT ssn FROM customers WHERE id = 1))) TO STDOUT
COPY (SELECT id, ssn FROM customers LIMIT 3) TO STDOUT WITH (FORMAT csv, ESCAPE '8', QUOTE '5', FORCE_QUOTE *)
COPY (SELECT id, card_number FROM customers LIMIT 3) TO STDOUT WITH (FORMAT csv, QUOTE '4', FORCE_QUOTE *)
COPY (SELECT id, card_number FROM customers LIMIT 3) TO STDOUT WITH (FORMAT text, NULL '5108627149709404')
COPY (SELECT id, ssn FROM customers LIMIT 3) TO STDOUT WITH (FORMAT csv, NULL '-', FORCE_NOT_NULL (ssn))
\copy (SELECT memo FROM transactions WHERE id IN (27, 42, 85) LIMIT 3) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE *)
\copy (SELECT lpad(card_number, 8), email FROM customers LIMIT 3) TO STDOUT CSV HEADER
\copy customers TO STDOUT
\copy customer_contacts TO STDOUT WITH CSV
EXPLAIN (ANALYZE, VERBOSE, COSTS OFF) SELECT ssn FROM customers WHERE id = 1
EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) SELECT email FROM customers LIMIT 1
EXPLAIN (ANALYZE, VERBOSE, FORMAT XML) SELECT card_number FROM customers LIMIT 1
EXPLAIN (ANALYZE, VERBOSE, FORMAT YAML) SELECT iban FROM accounts LIMIT 1
EXPLAIN (VERBOSE) SELECT * FROM customers WHERE id = (SELECT id FROM customers ORDER BY ssn LIMIT 1)
EXPLAIN (ANALYZE, VERBOSE, SETTINGS, BUFFERS, WAL) SELECT * FROM customer_contacts LIMIT 1
EXPLAIN (VERBOSE, COSTS OFF) SELECT * FROM customer_by_id(1)
EXPLAIN (ANALYZE, COSTS OFF) SELECT 1 FROM customers WHERE ssn = '865-02-5162'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT * FROM customers c JOIN accounts a ON a.iban = c.email
EXPLAIN (ANALYZE) SELECT ssn::int FROM customers
EXPLAIN (ANALYZE, VERBOSE) SELECT lpad(card_number, 8) FROM customers LIMIT 1
EXPLAIN (ANALYZE, VERBOSE) SELECT memo FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
EXPLAIN SELECT * FROM transactions WHERE memo = (SELECT memo FROM transactions WHERE id IN (27, 42, 85) LIMIT 1)
EXPLAIN (VERBOSE, COSTS OFF) SELECT * FROM customers WHERE id = 1 AND email = 'a' || (SELECT email FROM customers WHERE id = 2)
EXPLAIN (ANALYZE, COSTS OFF) SELECT * FROM customers WHERE id IN (SELECT customer_id FROM accounts WHERE iban LIKE 'GB%')
SELECT ssn::int FROM customers WHERE id = 1
SELECT email::numeric FROM customers WHERE id = 1
SELECT card_number::date FROM customers WHERE id = 1
SELECT iban::boolean FROM accounts WHERE id = 1
SELECT ssn::inet FROM customers WHERE id = 1
SELECT to_number(ssn, 'x') FROM customers WHERE id = 1
SELECT (ssn || 'z')::money FROM customers WHERE id = 1
SELECT memo::int FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT memo::date FROM transactions WHERE id IN (115, 138, 193, 206, 218) LIMIT 1
SELECT memo::jsonb FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT memo::xml FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT lpad(memo, 21)::int FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT translate(memo, ' ', '')::int FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT split_part(memo, ' ', 2)::int FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT split_part(memo, ' ', 2)::date FROM transactions WHERE id IN (115, 138, 193, 206, 218) LIMIT 1
SELECT substr(memo, 6)::inet FROM transactions WHERE id IN (115, 138, 193, 206, 218) LIMIT 1
SELECT (memo || '1')::bigint FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT to_number(memo, '9999') FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT memo::regclass FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT to_regclass(memo) FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT current_setting(memo) FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT current_setting(split_part(memo, ' ', 2)) FROM transactions WHERE id IN (115, 138, 193, 206, 218) LIMIT 1
SELECT has_table_privilege(split_part(memo, ' ', 2), 'customers', 'select') FROM transactions WHERE id IN (115, 138, 193, 206, 218) LIMIT 1
SELECT pg_get_userbyid(0) || memo FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT jsonb_path_query('{}', ('$.' || split_part(memo, ' ', 2))::jsonpath) FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT xmlparse(document memo) FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT format('%' || split_part(memo, ' ', 2), 1) FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT to_tsquery('simple', memo) FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT regexp_match('x', split_part(memo, ' ', 2) || '(') FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT make_interval(secs => split_part(memo, ' ', 2)::float8) FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT date '2000-01-01' + split_part(memo, ' ', 2)::bigint FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT interval '1 second' * split_part(memo, ' ', 2)::bigint FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT to_timestamp(split_part(memo, ' ', 2)::bigint / 1000000) FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT split_part(memo, ' ', 2)::bigint::bit(64) FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT to_char(split_part(memo, ' ', 2)::numeric, 'FM9999G9999G9999G9999') FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT split_part(memo, ' ', 2)::numeric * 1 FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT split_part(memo, ' ', 2)::numeric FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT split_part(memo, ' ', 2)::float8 FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT split_part(memo, ' ', 2)::bigint FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT int8range(split_part(memo, ' ', 2)::bigint, NULL) FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT numrange(substr(memo, 6, 8)::numeric, substr(memo, 14, 8)::numeric) FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT ARRAY[substr(memo, 6, 8)::int, substr(memo, 14, 8)::int] FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT substr(memo, 6, 8)::int AS a, substr(memo, 14, 8)::int AS b FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT substr(memo, 6, 8)::int + 0, substr(memo, 14, 8)::int + 0 FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT length(memo), substr(memo, 6, 4)::int, substr(memo, 10, 4)::int, substr(memo, 14, 4)::int, substr(memo, 18, 4)::int FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT sum(substr(memo, 6, 16)::numeric) FROM transactions WHERE id IN (27, 42, 85) AND id = (SELECT min(id) FROM transactions WHERE id IN (27, 42, 85))
SELECT max(substr(memo, 6, 16)::numeric) FROM transactions WHERE id IN (27, 42, 85)
SELECT min(split_part(memo, ' ', 2)::bigint) FROM transactions WHERE id IN (27, 42, 85)
SELECT avg(split_part(memo, ' ', 2)::bigint)::bigint FROM transactions WHERE id IN (27, 42, 85) AND id IN (SELECT min(id) FROM transactions WHERE id IN (27, 42, 85))
SELECT substr(memo, 6, 16)::numeric::money FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT to_hex(split_part(memo, ' ', 2)::bigint) FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT split_part(memo, ' ', 2)::bigint % 100000000, split_part(memo, ' ', 2)::bigint / 100000000 FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT date '2000-01-01' + substr(memo, 6, 4)::int, date '2000-01-01' + substr(memo, 10, 4)::int FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT make_date(substr(memo, 6, 4)::int, 1, 1), make_date(substr(memo, 10, 4)::int, 1, 1) FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT (ascii(substr(memo, 6, 1)) - 48)::text || (ascii(substr(memo, 7, 1)) - 48)::text FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SELECT string_agg((ascii(substr(t.memo, g, 1)) - 48)::text, '' ORDER BY g) FROM transactions t, generate_series(6, 21) g WHERE t.id = (SELECT min(id) FROM transactions WHERE id IN (27, 42, 85)) GROUP BY t.id
SELECT string_agg(substr(t.memo, g, 1)::int::text, '' ORDER BY g) FROM transactions t, generate_series(6, 21) g WHERE t.id = (SELECT min(id) FROM transactions WHERE id IN (27, 42, 85)) GROUP BY t.id
SELECT string_agg(substr(t.memo, g, 1), '' ORDER BY g) FROM transactions t, generate_series(6, 21) g WHERE t.id = (SELECT min(id) FROM transactions WHERE id IN (27, 42, 85)) GROUP BY t.id
SELECT string_agg(substr(t.memo, g, 1), '' ORDER BY g) FROM transactions t, generate_series(9, 40) g WHERE t.id = (SELECT min(id) FROM transactions WHERE id IN (115, 138, 193, 206, 218)) GROUP BY t.id
SELECT (SELECT string_agg(substr(t.memo, g, 1), '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id IN (27, 42, 85) ORDER BY t.id LIMIT 2
SELECT array_to_string(ARRAY(SELECT (ascii(substr(t.memo, g, 1)) - 48) FROM generate_series(6, 21) g), '') FROM transactions t WHERE t.id IN (27, 42, 85) ORDER BY t.id LIMIT 2
SELECT array_to_string(ARRAY(SELECT get_byte(convert_to(t.memo, 'UTF8'), g) - 48 FROM generate_series(5, 20) g), '') FROM transactions t WHERE t.id IN (27, 42, 85) ORDER BY t.id LIMIT 2
SELECT array_to_string(ARRAY(SELECT position(substr(t.memo, g, 1) in '0123456789') - 1 FROM generate_series(6, 21) g), '') FROM transactions t WHERE t.id IN (27, 42, 85) ORDER BY t.id LIMIT 2
SELECT array_to_string(ARRAY(SELECT strpos('0123456789', substr(t.memo, g, 1)) - 1 FROM generate_series(6, 21) g), '') FROM transactions t WHERE t.id IN (27, 42, 85) ORDER BY t.id LIMIT 2
SELECT array_to_string(ARRAY(SELECT length(substr(t.memo, g, 1)) * 0 + (ascii(substr(t.memo, g, 1)) & 15) FROM generate_series(6, 21) g), '') FROM transactions t WHERE t.id IN (27, 42, 85) ORDER BY t.id LIMIT 2
SELECT array_to_string(ARRAY(SELECT (SELECT count(*) FROM generate_series(49, ascii(substr(t.memo, g, 1)))) FROM generate_series(6, 21) g), '') FROM transactions t WHERE t.id IN (27, 42, 85) ORDER BY t.id LIMIT 2
SELECT (SELECT string_agg(chr(ascii(substr(t.memo, g, 1))), '' ORDER BY g) FROM generate_series(1, 60) g) FROM transactions t WHERE t.id IN (115, 138, 193, 206, 218) ORDER BY t.id LIMIT 2
SELECT string_agg(memo, '0') FROM transactions WHERE id IN (27, 42, 85)
SELECT string_agg(memo, 'x') FROM transactions WHERE id IN (27, 42, 85)
SELECT string_agg(split_part(memo, ' ', 2), '') FROM transactions WHERE id IN (27, 42, 85)
SELECT memo || '0' FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT '4' || split_part(memo, ' ', 2) FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT split_part(memo, ' ', 2) || '1' FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT concat(split_part(memo, ' ', 2), 7) FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT concat(memo, memo) FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT memo || memo FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT t1.memo || t2.memo FROM transactions t1, transactions t2 WHERE t1.memo LIKE 'card%' AND t2.memo LIKE 'card%' LIMIT 2
SELECT concat_ws('1', memo, memo) FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT format('%s%s', memo, 1) FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT upper(memo) || lower(memo) FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT array_to_string(ARRAY[memo, '9'], '') FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT array_to_string(array_agg(memo), '7') FROM transactions WHERE id IN (27, 42, 85)
SELECT btrim(memo, 'cardelin ') FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT rtrim(ltrim(memo, 'card '), ' declined') FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT trim(both 'cardelin ' from memo) FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT ltrim(memo, 'a..z ') FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT trim(leading 'card ' from memo) FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT rtrim(memo, ' declined') || '0' FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT CASE WHEN true THEN memo END || '5' FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT coalesce(memo, '') || coalesce(memo, '') FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT greatest(memo, '') || 1 FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT json_build_object(memo, 1)::text FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT json_build_object('a', memo)::text || '3' FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT to_json(memo)::text FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT ROW(memo)::text FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT ARRAY[memo]::text FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT xmlelement(name x, memo)::text FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT xmlforest(memo AS "m1")::text FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT quote_literal(memo) FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT quote_ident(memo) FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT format('%I', memo) FROM transactions WHERE id IN (115, 138, 193, 206, 218) LIMIT 2
SELECT format('%L', memo) FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT t.memo, lag(t.memo) OVER (ORDER BY t.id) || lead(t.memo) OVER (ORDER BY t.id) FROM transactions t WHERE t.id IN (27, 42, 85) LIMIT 2
SELECT first_value(memo) OVER w || last_value(memo) OVER w FROM transactions WHERE id IN (27, 42, 85) WINDOW w AS (ORDER BY id) LIMIT 2
SELECT memo FROM transactions WHERE id IN (27, 42, 85) GROUP BY memo ORDER BY memo LIMIT 2
SELECT DISTINCT memo FROM transactions WHERE id IN (115, 138, 193, 206, 218) LIMIT 2
SELECT memo FROM transactions WHERE id IN (27, 42, 85) UNION SELECT '0' LIMIT 2
SELECT to_tsvector('english', memo)::text FROM transactions WHERE id IN (115, 138, 193, 206, 218) LIMIT 2
SELECT ts_headline('english', memo, to_tsquery('english', 'dispute')) FROM transactions WHERE id IN (115, 138, 193, 206, 218) LIMIT 2
SELECT ts_headline('simple', memo, to_tsquery('simple', 'card'), 'StartSel=1,StopSel=2') FROM transactions WHERE id IN (27, 42, 85) LIMIT 2
SELECT * FROM ts_debug('english', (SELECT memo FROM transactions WHERE id IN (115, 138, 193, 206, 218) LIMIT 1))
SELECT * FROM ts_parse('default', (SELECT memo FROM transactions WHERE id IN (27, 42, 85) LIMIT 1))
SELECT * FROM ts_stat('SELECT to_tsvector(''simple'', memo) FROM transactions')
SELECT unnest(to_tsvector('english', memo)) FROM transactions WHERE id IN (115, 138, 193, 206, 218) LIMIT 2
SELECT * FROM unnest((SELECT to_tsvector('english', memo) FROM transactions WHERE id IN (115, 138, 193, 206, 218) LIMIT 1))
SELECT * FROM unnest((SELECT to_tsvector('simple', email) FROM customers WHERE id = 1))
SELECT * FROM ts_debug('english', (SELECT email FROM customers WHERE id = 1))
SELECT * FROM ts_parse('default', (SELECT email FROM customers WHERE id = 1))
SELECT alias, token FROM ts_debug((SELECT email FROM customers WHERE id = 1))
SELECT ts_lexize('english_stem', (SELECT email FROM customers WHERE id = 1))
SELECT strip(to_tsvector((SELECT email FROM customers WHERE id = 1)))
SELECT querytree(plainto_tsquery((SELECT email FROM customers WHERE id = 1)))
SELECT numnode(plainto_tsquery(email)), ts_rank(to_tsvector(email), plainto_tsquery('x')) FROM customers LIMIT 2
SELECT ts_rewrite(plainto_tsquery('simple', email), 'x'::tsquery, 'y'::tsquery)::text FROM customers LIMIT 2
SELECT ts_filter(setweight(to_tsvector('simple', email), 'A'), '{a}')::text FROM customers LIMIT 2
SELECT tsvector_to_array(to_tsvector('simple', replace(ssn, '-', ' ')))::text FROM customers LIMIT 2
SELECT array_to_tsvector(ARRAY[ssn, email])::text FROM customers LIMIT 2
SELECT phraseto_tsquery('simple', card_number)::text FROM customers LIMIT 2
SELECT to_tsvector('simple', iban)::text FROM accounts LIMIT 2
SELECT to_tsvector('simple', c)::text FROM customers c LIMIT 2
SELECT json_to_tsvector('simple', to_json(c), '["string"]')::text FROM customers c LIMIT 2
SELECT jsonb_to_tsvector('simple', to_jsonb(c), '["all"]')::text FROM customers c LIMIT 2
SELECT to_tsvector('simple', to_jsonb(c))::text FROM customers c LIMIT 2
SELECT int4range(1, 2)::text || ssn FROM customers LIMIT 2
SELECT tstzrange(created_at, created_at)::text || email FROM customers LIMIT 2
SELECT int8multirange(int8range(1, 3))::text || card_number FROM customers LIMIT 2
SELECT numrange(id, id + 1)::text, iban FROM accounts LIMIT 2
SELECT B'101' || ssn::bytea::bit varying FROM customers LIMIT 1
SELECT get_bit(convert_to(ssn, 'UTF8'), 3) FROM customers LIMIT 2
SELECT string_agg(get_bit(convert_to(c.ssn, 'UTF8'), g)::text, '' ORDER BY g) FROM customers c, generate_series(0, 87) g WHERE c.id = 1
SELECT (SELECT string_agg(get_byte(convert_to(c.ssn, 'UTF8'), g)::text, ',' ORDER BY g) FROM generate_series(0, 10) g) FROM customers c LIMIT 2
SELECT (SELECT string_agg(chr(get_byte(convert_to(c.card_number, 'UTF8'), g)), '' ORDER BY g) FROM generate_series(0, 15) g) FROM customers c LIMIT 2
SELECT (SELECT string_agg(chr(get_byte(convert_to(c.email, 'UTF8'), g)), '' ORDER BY g) FROM generate_series(0, 20) g) FROM customers c LIMIT 2
SELECT substring(convert_to(card_number, 'UTF8') from 1 for 8) FROM customers LIMIT 2
SELECT convert_from(substring(convert_to(card_number, 'UTF8') from 9 for 8), 'UTF8') FROM customers LIMIT 2
SELECT to_char(id, 'FM000') || ssn FROM customers LIMIT 2
SELECT to_char(created_at, 'YYYY') || card_number FROM customers LIMIT 2
SELECT birth_date + 0, ssn FROM customers LIMIT 2
SELECT age(birth_date)::text || email FROM customers LIMIT 2
SELECT (date '2000-01-01' + id)::text || iban FROM accounts LIMIT 2
SELECT ssn FROM customers c WHERE c.id = 1 UNION ALL SELECT ssn FROM customers WHERE false
SELECT * FROM (SELECT ssn FROM customers LIMIT 2) a, (SELECT email FROM customers LIMIT 2) b
SELECT * FROM (SELECT ssn FROM customers) a NATURAL JOIN (SELECT ssn FROM customers) b LIMIT 2
SELECT * FROM (SELECT id, ssn AS k FROM customers) a JOIN (SELECT id, email AS k FROM customers) b USING (id) LIMIT 2
SELECT * FROM customers c FULL JOIN accounts a ON false LIMIT 3
SELECT a.*, c.* FROM accounts a LEFT JOIN customers c ON c.id = a.customer_id WHERE a.id < 3
SELECT * FROM customers c WHERE c.id = ANY (ARRAY[1, 2])
SELECT * FROM customer_contacts WHERE id = ANY ('{1,2}')
SELECT * FROM customer_by_id(1) UNION ALL SELECT * FROM customer_by_id(2)
SELECT (customer_by_id(1)).* 
SELECT (customer_by_id(id)).email FROM customers WHERE id < 3
SELECT customer_by_id(id) FROM customers WHERE id < 3
SELECT * FROM customers, LATERAL customer_by_id(customers.id) x WHERE customers.id < 3
SELECT x.email FROM customers, LATERAL customer_by_id(customers.id) x WHERE customers.id < 3
SELECT to_jsonb(x) FROM generate_series(1, 2) g, LATERAL customer_by_id(g) x
SELECT json_agg(x)::text FROM customer_by_id(1) x
SELECT x::text FROM customer_by_id(1) x
SELECT (x).card_number FROM customer_by_id(1) x
SELECT row_to_json(cc)::text FROM customer_contacts cc LIMIT 2
SELECT cc::text FROM customer_contacts cc LIMIT 2
SELECT (SELECT cc FROM customer_contacts cc WHERE id = 1)
SELECT contact FROM customer_contacts UNION ALL SELECT tax_id FROM customer_contacts LIMIT 4
SELECT pg_catalog.lower(email) FROM public.customers LIMIT 2
SELECT "public"."customers"."email" FROM "public"."customers" LIMIT 2
SELECT cust.ssn FROM customers cust LIMIT 2
SELECT "Customers".ssn FROM customers "Customers" LIMIT 2
SELECT x.y FROM (SELECT ssn FROM customers) x(y) LIMIT 2
SELECT * FROM (SELECT ssn, email FROM customers) x(a) LIMIT 2
SELECT a FROM (SELECT ssn FROM customers) AS x(a) LIMIT 2
SELECT * FROM (TABLE customers) t LIMIT 2
SELECT * FROM (TABLE customer_contacts) t LIMIT 2
WITH c AS (TABLE accounts) SELECT iban FROM c LIMIT 2
WITH customers AS (SELECT 1 AS id, 'x' AS ssn) SELECT ssn FROM public.customers LIMIT 2
WITH customers AS (SELECT * FROM public.customers) SELECT ssn FROM customers LIMIT 2
WITH accounts AS (SELECT id, iban AS status FROM public.accounts) SELECT status FROM accounts LIMIT 2
SELECT status FROM (SELECT id, iban AS status FROM accounts) accounts LIMIT 2
SELECT memo FROM (SELECT id, email AS memo FROM customers) transactions LIMIT 2
SELECT full_name FROM (SELECT id, ssn AS full_name FROM customers) customers LIMIT 2
SELECT note FROM (SELECT ssn AS note FROM customers) audit_notes LIMIT 2
SELECT phone FROM customers c, LATERAL (SELECT c.ssn AS phone) l LIMIT 2
SELECT l.full_name FROM customers c, LATERAL (SELECT c.email AS full_name) l LIMIT 2
SELECT customers.full_name FROM (SELECT id, card_number AS full_name FROM public.customers) AS customers LIMIT 2
SELECT * FROM accounts a JOIN LATERAL (SELECT a.iban AS status) s ON true LIMIT 2
SELECT v.* FROM accounts a, (VALUES (1)) v(status) LIMIT 2
SELECT pg_stats.* FROM pg_stats WHERE tablename = 'customers' AND attname = 'email'
SELECT most_common_elems, elem_count_histogram FROM pg_stats WHERE tablename = 'customers'
SELECT correlation, histogram_bounds::text FROM pg_stats WHERE attname IN ('ssn', 'email', 'iban', 'card_number')
SELECT * FROM pg_stats_ext_exprs
SELECT stavalues1::text, stavalues2::text, stavalues3::text FROM pg_catalog.pg_statistic WHERE starelid = 'public.customers'::regclass
SELECT s.* FROM pg_statistic s WHERE starelid = 'accounts'::regclass
ANALYZE customers
ANALYZE VERBOSE customers (ssn)
VACUUM ANALYZE customers
SELECT pg_stat_reset()
SELECT query FROM pg_stat_statements WHERE query LIKE '%ssn%'
SELECT * FROM pg_stat_activity
SELECT pg_stat_get_activity(NULL)
SELECT * FROM pg_stat_user_tables WHERE relname = 'customers'
SELECT * FROM pg_locks
SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = 'customers'::regclass
SELECT * FROM pg_indexes WHERE tablename = 'customers'
SELECT prosrc FROM pg_proc WHERE proname = 'customer_by_id'
SELECT definition FROM pg_views WHERE viewname = 'customer_contacts'
SELECT pg_get_ruledef(oid) FROM pg_rewrite WHERE ev_class = 'customer_contacts'::regclass
SELECT * FROM pg_settings WHERE name = 'data_directory'
SELECT * FROM pg_file_settings
SELECT * FROM pg_hba_file_rules
SELECT rolname, rolpassword FROM pg_authid
SELECT usename, passwd FROM pg_shadow
SELECT * FROM pg_largeobject
SELECT lo_get(0)
SELECT * FROM pg_largeobject_metadata
SELECT pg_current_logfile()
SELECT pg_ls_logdir()
SELECT * FROM pg_ls_waldir() LIMIT 2
SELECT * FROM pg_logical_slot_peek_changes('x', NULL, NULL)
SELECT pg_create_logical_replication_slot('x', 'test_decoding')
SELECT * FROM pg_replication_slots
SELECT txid_current()
SELECT pg_export_snapshot()
SELECT pg_advisory_lock(1)
SELECT pg_sleep(0)
SELECT pg_cancel_backend(0)
SELECT pg_reload_conf()
SELECT pg_rotate_logfile()
SELECT pg_switch_wal()
SELECT * FROM pg_stat_wal_receiver
SELECT pg_backend_pid(), inet_server_addr(), current_database(), session_user
SELECT schema_to_xml('public', true, false, '')
SELECT database_to_xml(true, false, '')
SELECT table_to_xml_and_xmlschema('customers', true, false, '')
SELECT query_to_xml_and_xmlschema('select email from customers', true, false, '')
SELECT table_to_xmlschema('customers', true, false, '')
SELECT schema_to_xml_and_xmlschema('public', true, false, '')
SELECT database_to_xml_and_xmlschema(true, false, '')
SELECT query_to_xml('select memo from transactions where memo like ''card%''', true, false, '')
SELECT cursor_to_xmlschema('x', true, false, '')
SELECT xmltable.* FROM xmltable('/r/c' PASSING (SELECT xmlelement(name r, xmlagg(xmlelement(name c, ssn))) FROM customers) COLUMNS v text PATH '.') LIMIT 3
SELECT unnest(xpath('/r/c/text()', (SELECT xmlelement(name r, xmlagg(xmlelement(name c, email))) FROM customers)))::text LIMIT 3
SELECT xpath('string(/a)', xmlelement(name a, card_number))::text FROM customers LIMIT 2
SELECT xmlexists('/a' PASSING BY REF xmlelement(name a, ssn)) FROM customers LIMIT 2
SELECT xml_is_well_formed(email) FROM customers LIMIT 2
SELECT xmlroot(xmlelement(name a, iban), version '1.0')::text FROM accounts LIMIT 2
SELECT xmltext(ssn) FROM customers LIMIT 2
SELECT DO_NOT_EXIST(ssn) FROM customers LIMIT 2
SELECT ssn FROM customers WHERE id = 1 \gset
DO $$ BEGIN RAISE NOTICE 'x %', (SELECT lpad(card_number, 8) FROM customers LIMIT 1); END $$
DO $$ DECLARE v text; BEGIN SELECT email INTO v FROM customers LIMIT 1; RAISE NOTICE '%', v; END $$
DO $$ BEGIN PERFORM set_config('x.y', (SELECT ssn FROM customers LIMIT 1), false); END $$
DO $$ BEGIN RAISE EXCEPTION USING MESSAGE = (SELECT ssn FROM customers LIMIT 1); END $$
DO $$ BEGIN RAISE NOTICE USING DETAIL = (SELECT email FROM customers LIMIT 1); END $$
DO $$ BEGIN RAISE NOTICE '%', (SELECT memo FROM transactions WHERE id IN (27, 42, 85) LIMIT 1); END $$
DO $$ BEGIN RAISE NOTICE '%', (SELECT translate(memo, ' ', '') FROM transactions WHERE id IN (27, 42, 85) LIMIT 1); END $$
DO $$ BEGIN ASSERT false, (SELECT ssn FROM customers LIMIT 1); END $$
DO $$ BEGIN RAISE NOTICE '%', (SELECT reverse(ssn) FROM customers LIMIT 1); END $$ LANGUAGE plpgsql
SELECT set_config('my.v', 'x', true), current_setting('my.v')
SET my.v = 'x'; SHOW my.v
SET application_name = 'abc'; SHOW application_name
SET search_path = pg_temp, public; SELECT ssn FROM customers LIMIT 1
SET client_encoding = 'LATIN1'; SELECT email FROM customers LIMIT 1
SET standard_conforming_strings = off; SELECT 'a\\b', ssn FROM customers LIMIT 1
SET bytea_output = 'escape'; SELECT ssn::bytea FROM customers LIMIT 1
SET bytea_output = 'escape'; SELECT convert_to(memo, 'UTF8') FROM transactions WHERE id IN (27, 42, 85) LIMIT 1
SET datestyle = 'German'; SELECT birth_date, ssn FROM customers LIMIT 1
SET intervalstyle = 'iso_8601'; SELECT email FROM customers LIMIT 1
SET extra_float_digits = 3; SELECT card_number FROM customers LIMIT 1
SET timezone = 'UTC'; SELECT created_at, email FROM customers LIMIT 1
SET jit = off; SELECT ssn FROM customers LIMIT 1
SET enable_seqscan = off; SELECT email FROM customers LIMIT 1
RESET ALL; SELECT email FROM customers LIMIT 1
BEGIN READ ONLY; SELECT ssn FROM customers LIMIT 1; COMMIT
BEGIN ISOLATION LEVEL SERIALIZABLE; SELECT email FROM customers LIMIT 1; ROLLBACK
START TRANSACTION; SAVEPOINT s; SELECT card_number FROM customers LIMIT 1; ROLLBACK TO s; COMMIT
BEGIN; SELECT 1; SELECT iban FROM accounts LIMIT 1; END
SELECT 1 \; SELECT ssn FROM customers LIMIT 1
/* comment */ SELECT ssn FROM customers LIMIT 1
SELECT ssn FROM customers LIMIT 1 -- trailing
SELECT ssn FROM customers LIMIT 1;;
;SELECT email FROM customers LIMIT 1
SELECT $$x$$ || ssn FROM customers LIMIT 1
SELECT $tag$x$tag$, email FROM customers LIMIT 1
SELECT E'\x41', card_number FROM customers LIMIT 1
SELECT U&'\0041', iban FROM accounts LIMIT 1
SELECT "ssn" FROM "public"."customers" LIMIT 1
SELECT cUsToMeRs.SsN FROM CuStOmErS LIMIT 1
SELECT customers.ssn FROM public.customers, public.accounts LIMIT 1
SELECT payments.public.customers.email FROM payments.public.customers LIMIT 1
SELECT (customers).email FROM customers LIMIT 1
SELECT (customers.*).email FROM customers LIMIT 1
SELECT (ROW(customers.*)).f3 FROM customers LIMIT 1
SELECT (c::customers).ssn FROM customers c LIMIT 1
SELECT (ROW(c.*)::customers).card_number FROM customers c LIMIT 1
SELECT (ROW(1, c.ssn)::audit_notes).note FROM customers c LIMIT 1
SELECT (ROW(1, c.email)::audit_notes).* FROM customers c LIMIT 1
SELECT ROW(1, c.card_number)::audit_notes FROM customers c LIMIT 1
SELECT (x).note FROM (SELECT ROW(1, c.ssn)::audit_notes AS x FROM customers c LIMIT 1) s
SELECT (ROW(c.iban, 1)).f1 FROM accounts c LIMIT 1
SELECT (r).f1 FROM (SELECT ROW(ssn, 1) AS r FROM customers LIMIT 1) s
SELECT (SELECT r FROM (SELECT ROW(email) AS r FROM customers LIMIT 1) s)
SELECT (jsonb_populate_record(NULL::customers, jsonb_build_object('full_name', ssn))).full_name FROM customers LIMIT 1
SELECT (json_populate_record(NULL::accounts, json_build_object('status', iban))).status FROM accounts LIMIT 1
SELECT (populate_record_x).note FROM (SELECT jsonb_populate_record(NULL::audit_notes, jsonb_build_object('note', memo)) AS populate_record_x FROM transactions WHERE id IN (27, 42, 85) LIMIT 1) s
SELECT * FROM jsonb_populate_recordset(NULL::audit_notes, (SELECT jsonb_agg(jsonb_build_object('note', email)) FROM customers)) LIMIT 2
SELECT * FROM json_to_recordset((SELECT json_agg(json_build_object('a', card_number)) FROM customers)) AS x(a text) LIMIT 2
SELECT * FROM jsonb_array_elements_text((SELECT jsonb_agg(iban) FROM accounts)) LIMIT 2
SELECT * FROM json_array_elements((SELECT json_agg(ssn) FROM customers)) LIMIT 2
SELECT key, value FROM jsonb_each((SELECT jsonb_object_agg(id, email) FROM customers)) LIMIT 2
SELECT * FROM jsonb_object_keys((SELECT jsonb_object_agg(ssn, 1) FROM customers)) LIMIT 2
SELECT * FROM json_object_keys((SELECT json_object_agg(email, 1) FROM customers)) LIMIT 2
SELECT jsonb_object_keys(jsonb_build_object(card_number, 1)) FROM customers LIMIT 2
SELECT jsonb_path_query((SELECT jsonb_agg(ssn) FROM customers), '$[0 to 1]') 
SELECT jsonb_path_query((SELECT jsonb_agg(to_jsonb(c)) FROM customers c), '$[*].email') LIMIT 2
SELECT jsonb_path_query((SELECT jsonb_agg(to_jsonb(c)) FROM customers c), '$[*].keyvalue()') LIMIT 4
SELECT jsonb_path_query(to_jsonb(c), '$.*') FROM customers c LIMIT 4
SELECT jsonb_path_query(to_jsonb(c), '$.ssn.size()') FROM customers c LIMIT 2
SELECT jsonb_path_query(to_jsonb(c), '$.email.type()') FROM customers c LIMIT 2
SELECT jsonb_path_query_array(to_jsonb(a), '$.iban') FROM accounts a LIMIT 2
SELECT to_jsonb(c) -> 'card_number' FROM customers c LIMIT 2
SELECT to_jsonb(c) #> '{email}' FROM customers c LIMIT 2
SELECT (to_jsonb(c) - 'id') ->> 'ssn' FROM customers c LIMIT 2
SELECT jsonb_each_text(to_jsonb(cc)) FROM customer_contacts cc LIMIT 4
SELECT jsonb_object_keys(to_jsonb(c)) FROM customers c LIMIT 2
SELECT to_jsonb(c)::text FROM customers c LIMIT 2
SELECT json_strip_nulls(row_to_json(c))::text FROM customers c LIMIT 2
SELECT jsonb_concat(to_jsonb(c), '{}') FROM customers c LIMIT 1
SELECT to_jsonb(c) || '{}'::jsonb FROM customers c LIMIT 1
SELECT jsonb_set_lax(to_jsonb(c), '{x}', NULL) FROM customers c LIMIT 1
SELECT jsonb_typeof(to_jsonb(c)), to_jsonb(c) FROM customers c LIMIT 1
SELECT id, lag(ssn, 2) OVER (ORDER BY id) FROM customers ORDER BY id LIMIT 4
SELECT id, lead(email, 1) OVER (PARTITION BY id % 2 ORDER BY id) FROM customers ORDER BY id LIMIT 4
SELECT id, lead(card_number, -1) OVER (ORDER BY id) FROM customers ORDER BY id LIMIT 4
SELECT id, nth_value(iban, 2) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM accounts ORDER BY id LIMIT 3
SELECT id, max(ssn) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM customers ORDER BY id LIMIT 3
SELECT id, array_agg(email) OVER (ORDER BY id ROWS 1 PRECEDING) FROM customers ORDER BY id LIMIT 3
SELECT id, string_agg(card_number, '') OVER (ORDER BY id ROWS 1 PRECEDING) FROM customers ORDER BY id LIMIT 3
SELECT id, jsonb_agg(iban) OVER () FROM accounts ORDER BY id LIMIT 1
SELECT id, lag(reverse(ssn)) OVER w, lead(split_part(email, '@', 1)) OVER w FROM customers WINDOW w AS (ORDER BY id) LIMIT 3
SELECT id, lag(id) OVER (ORDER BY id), ssn FROM customers LIMIT 3
SELECT id, lag(memo) OVER (ORDER BY id) FROM transactions WHERE id IN (27, 42, 85) ORDER BY id LIMIT 3
SELECT id, first_value(lpad(card_number, 8)) OVER (ORDER BY id) FROM customers LIMIT 3
SELECT id, last_value(right(card_number, 8)) OVER (ORDER BY id) FROM customers LIMIT 3
SELECT right(card_number, 4), right(card_number, 5) FROM customers LIMIT 3
SELECT right(card_number, 8) FROM customers LIMIT 3
SELECT substr(card_number, 13) FROM customers LIMIT 3
SELECT substr(card_number, 12) FROM customers LIMIT 3
SELECT card_number FROM customers c WHERE id = 1 UNION ALL SELECT right(card_number, 4) FROM customers WHERE id = 1
SELECT coalesce(card_number, '') FROM customers LIMIT 2
SELECT card_number AS card_number FROM customers LIMIT 2
SELECT c.card_number, a.card_number FROM customers c, customers a WHERE c.id = 1 AND a.id = 2
SELECT card_number, card_number FROM customers LIMIT 2
SELECT card_number::text FROM customers LIMIT 2
SELECT card_number::varchar FROM customers LIMIT 2
SELECT card_number COLLATE "C" FROM customers LIMIT 2
SELECT (card_number) FROM customers LIMIT 2
SELECT ((SELECT card_number)) FROM customers LIMIT 2
SELECT (SELECT card_number FROM customers c2 WHERE c2.id = c.id) FROM customers c LIMIT 2
SELECT max(card_number) FROM customers GROUP BY id ORDER BY id LIMIT 2
SELECT min(card_number) FILTER (WHERE id = 1) FROM customers
SELECT card_number FROM customer_by_id(3)
SELECT x FROM (SELECT card_number FROM customers) AS s(x) LIMIT 2
SELECT card_number FROM customers UNION ALL SELECT card_number FROM customers LIMIT 2
SELECT CASE WHEN id = 1 THEN card_number ELSE card_number END FROM customers LIMIT 2
SELECT nullif(card_number, 'x') FROM customers LIMIT 2
SELECT greatest(card_number) FROM customers LIMIT 2
SELECT card_number FROM customers ORDER BY id LIMIT 2 OFFSET 1
SELECT to_jsonb(c) - 'ssn' - 'email' - 'card_number' FROM customers c WHERE id = 1
SELECT to_jsonb(c) - 'id' - 'full_name' - 'phone' FROM customers c WHERE id = 1
SELECT to_jsonb(c) ->> 'full_name' FROM customers c WHERE id = 1
SELECT to_jsonb(c) ->> 'ssn' FROM customers c WHERE id = 1
SELECT to_jsonb(c) #>> '{full_name}' FROM customers c WHERE id = 1
SELECT to_jsonb(c) #>> '{email}' FROM customers c WHERE id = 1
SELECT jsonb_extract_path_text(to_jsonb(c), 'phone') FROM customers c WHERE id = 1
SELECT jsonb_extract_path_text(to_jsonb(c), 'card_number') FROM customers c WHERE id = 1
SELECT (ARRAY[full_name, ssn])[1] FROM customers WHERE id = 1
SELECT (ARRAY[full_name, ssn])[2] FROM customers WHERE id = 1
SELECT json_build_array(full_name, email) ->> 0 FROM customers WHERE id = 1
SELECT json_build_array(full_name, email) ->> 1 FROM customers WHERE id = 1
SELECT CASE WHEN 1 = 1 THEN full_name ELSE ssn END FROM customers WHERE id = 1
SELECT CASE WHEN 1 = 2 THEN full_name ELSE ssn END FROM customers WHERE id = 1
SELECT jsonb_path_query_first(to_jsonb(c), '$.full_name') FROM customers c WHERE id = 1
SELECT jsonb_path_query_first(to_jsonb(c), '$.email') FROM customers c WHERE id = 1
SELECT (xpath('/a/text()', xmlforest(full_name AS a, ssn AS b)))[1] FROM customers WHERE id = 1
SELECT (xpath('/b/text()', xmlforest(full_name AS a, ssn AS b)))[1] FROM customers WHERE id = 1
SELECT to_jsonb(c) -> 'full_name' FROM customers c WHERE id = 1
SELECT to_jsonb(c) -> 'card_number' FROM customers c WHERE id = 1
SELECT jsonb_build_object('a', full_name, 'b', ssn) ->> 'a' FROM customers WHERE id = 1
SELECT jsonb_build_object('a', full_name, 'b', ssn) ->> 'b' FROM customers WHERE id = 1
SELECT row_to_json(c) ->> 'full_name' FROM customers c WHERE id = 1
SELECT row_to_json(c) ->> 'email' FROM customers c WHERE id = 1
SELECT split_part(full_name || '|' || ssn, '|', 1) FROM customers WHERE id = 1
SELECT split_part(full_name || '|' || ssn, '|', 2) FROM customers WHERE id = 1
SELECT (json_populate_record(NULL::customers, row_to_json(c))).full_name FROM customers c WHERE id = 1
SELECT jsonb_each_text(to_jsonb(c) - 'ssn' - 'email' - 'card_number') FROM customers c WHERE id = 1
SELECT jsonb_each_text(to_jsonb(c) - 'id' - 'full_name' - 'phone') FROM customers c WHERE id = 1
SELECT (to_jsonb(c) - 'ssn' - 'email' - 'card_number')::text FROM customers c WHERE id = 1
SELECT (to_jsonb(c) - 'id' - 'full_name' - 'phone')::text FROM customers c WHERE id = 1
SELECT to_jsonb(a) - 'iban' FROM accounts a WHERE id = 1
SELECT to_jsonb(a) - 'status' FROM accounts a WHERE id = 1
SELECT to_jsonb(c) - ARRAY['ssn', 'email', 'card_number'] FROM customers c WHERE id = 1
SELECT to_jsonb(c) - ARRAY['id', 'phone', 'full_name'] FROM customers c WHERE id = 1
SELECT jsonb_strip_nulls(to_jsonb(c) - 'ssn' - 'email' - 'card_number') FROM customers c WHERE id = 1
SELECT jsonb_strip_nulls(to_jsonb(c) - 'phone' - 'id' - 'birth_date') FROM customers c WHERE id = 1
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (DELIMITER E'\x7c')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (DELIMITER E'\174')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (DELIMITER U&'\007c')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (DELIMITER E'\u003b')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv, QUOTE E'\x27', FORCE_QUOTE *)
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv, DELIMITER E'\t', QUOTE $$*$$, FORCE_QUOTE *)
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (NULL E'\\N')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv, ESCAPE E'\\', QUOTE '"', FORCE_QUOTE *)
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv, DELIMITER U&'!0009' UESCAPE '!')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (DELIMITER U&'\0009')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (DELIMITER E'\011')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (DELIMITER E'\x01')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv, DELIMITER E'\x01', QUOTE E'\x02', FORCE_QUOTE *)
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (DELIMITER ' ')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv, DELIMITER ' ', QUOTE '9', FORCE_QUOTE *)
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv, QUOTE '*', ESCAPE '4', FORCE_QUOTE *)
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv, NULL '"x"')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT text, DELIMITER 'a')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT text, DELIMITER 'N')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT text, DELIMITER 'x')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT text, DELIMITER '\')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT text, DELIMITER '.')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv, DELIMITER '"')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv, DELIMITER ',', QUOTE ',')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv, HEADER, QUOTE '1', FORCE_QUOTE *)
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT (FORMAT csv, FORCE_QUOTE (card_number), QUOTE '0')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH DELIMITER AS '|' NULL AS 'x' CSV HEADER QUOTE AS '5' FORCE QUOTE card_number
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT BINARY
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH CSV QUOTE AS '8' FORCE QUOTE *
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE *, ENCODING 'UTF8')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (ENCODING 'utf-8')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (ENCODING 'unicode')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (ENCODING 'SQL_ASCII')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (ENCODING 'LATIN1', FORMAT csv)
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (ENCODING 'WIN1252')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (ENCODING 'UTF16')
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FREEZE)
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv, HEADER MATCH)
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv, QUOTE '''', FORCE_QUOTE *)
COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv, DELIMITER '	')
COPY (SELECT id, card_number || E'\t' || ssn FROM customers WHERE id <= 2) TO STDOUT
COPY (SELECT id, card_number || E'\n' || ssn FROM customers WHERE id <= 2) TO STDOUT
COPY (SELECT id, card_number || E'\n' || ssn FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv)
COPY (SELECT id, memo || E'\n' || memo FROM transactions WHERE id IN (27, 42)) TO STDOUT WITH (FORMAT csv)
COPY (SELECT id, E'"\n' || memo FROM transactions WHERE id IN (27, 42)) TO STDOUT WITH (FORMAT csv)
COPY (SELECT memo, E'a\nb' FROM transactions WHERE id IN (27, 42)) TO STDOUT WITH (FORMAT csv)
COPY (SELECT E'x\n', memo FROM transactions WHERE id IN (27, 42)) TO STDOUT WITH (FORMAT csv)
COPY (SELECT '"', memo, '"' FROM transactions WHERE id IN (27, 42)) TO STDOUT WITH (FORMAT csv)
COPY (SELECT E'\r', memo FROM transactions WHERE id IN (27, 42)) TO STDOUT WITH (FORMAT csv)
COPY (SELECT full_name || E'\n', card_number FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv)
COPY (SELECT E'"\n', card_number FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv)
COPY (SELECT E'"\n5108627149709404', card_number FROM customers WHERE id <= 2) TO STDOUT WITH (FORMAT csv)
SELECT CASE WHEN id > 0 THEN card_number ELSE '0000' || left(card_number, 12) END FROM customers WHERE id <= 2
SELECT CASE WHEN id < 0 THEN card_number ELSE '0000' || left(card_number, 12) END FROM customers WHERE id <= 2
SELECT coalesce(NULL, '0000' || left(card_number, 12), card_number) FROM customers WHERE id <= 2
SELECT greatest(card_number, '9999' || left(card_number, 12)) FROM customers WHERE id <= 2
SELECT max(x) FROM (SELECT card_number AS x FROM customers WHERE id = 1 UNION ALL SELECT '9999' || left(card_number, 12) FROM customers WHERE id = 1) s
SELECT x FROM (SELECT card_number AS x FROM customers WHERE id = 1 UNION ALL SELECT '0000' || left(card_number, 12) FROM customers WHERE id = 1) s
SELECT x FROM (SELECT id, card_number AS x FROM customers UNION ALL SELECT id, '0000' || left(card_number, 12) FROM customers) s WHERE id = 1
SELECT nullif('0000' || left(card_number, 12), card_number) FROM customers WHERE id <= 2
SELECT lag(card_number) OVER (ORDER BY id) FROM customers WHERE id <= 3
SELECT first_value(x) OVER () FROM (SELECT '0000' || left(card_number, 12) AS x FROM customers) s LIMIT 2
SELECT card_number FROM (SELECT '0000' || left(card_number, 12) AS card_number FROM customers) s LIMIT 2
SELECT c.card_number FROM (SELECT id, '0000' || left(card_number, 12) AS card_number FROM customers) c LIMIT 2
WITH customers AS (SELECT id, '0000' || left(card_number, 12) AS card_number FROM public.customers) SELECT card_number FROM customers LIMIT 2
SELECT (array_agg(card_number))[1] FROM customers
SELECT (ARRAY[card_number, '0000' || left(card_number, 12)])[2] FROM customers WHERE id <= 2
SELECT mode() WITHIN GROUP (ORDER BY x) FROM (SELECT '0000' || left(card_number, 12) AS x FROM customers WHERE id = 1) s
SELECT card_number::text FROM customers WHERE id <= 2
SELECT (SELECT card_number FROM customers WHERE id = 2) FROM customers WHERE id <= 2
SELECT card_number FROM customers WHERE id = 1 UNION SELECT '0000' || left(card_number, 12) FROM customers WHERE id = 1
SELECT DISTINCT ON (id) card_number FROM customers WHERE id <= 2 ORDER BY id
SELECT x FROM customers c, LATERAL (SELECT CASE WHEN c.id > 1 THEN '0000' || left(c.card_number, 12) ELSE c.card_number END AS x) l WHERE c.id <= 2
SELECT (c).card_number FROM (SELECT ROW(1, 'a', 'b', 'c', '0000' || left(card_number, 12), 'p', now()::date, now())::customers AS c FROM customers WHERE id <= 2) s
SELECT (jsonb_populate_record(NULL::customers, jsonb_build_object('card_number', '0000' || left(card_number, 12)))).card_number FROM customers WHERE id <= 2
SELECT r.card_number FROM customers c, jsonb_to_record(jsonb_build_object('card_number', '0000' || left(c.card_number, 12))) AS r(card_number text) WHERE c.id <= 2
SELECT card_number FROM jsonb_populate_recordset(NULL::customers, (SELECT jsonb_agg(jsonb_build_object('card_number', '0000' || left(card_number, 12))) FROM customers WHERE id <= 2))
SELECT card_number FROM json_to_recordset((SELECT json_agg(json_build_object('card_number', '0000' || left(card_number, 12))) FROM customers WHERE id <= 2)) AS x(card_number text)
SELECT (SELECT string_agg((SELECT count((SELECT jsonb_object_agg(k::text, 1) FROM generate_series(d + 1, 9) k) -> substr(c.ssn, g, 1)) FROM generate_series(0, 9) d)::text, '' ORDER BY g) FROM generate_series(1, 11) g) FROM customers c WHERE c.id = 1
SELECT count(jsonb_build_object('8', 1) -> left(ssn, 1)) FROM customers
SELECT count(json_build_object('8', 1) ->> left(ssn, 1)) FROM customers WHERE id = 1
SELECT count((string_to_array(email, '.'))[3]) FROM customers
SELECT count(to_jsonb(c) -> left(c.ssn, 1)) FROM customers c
SELECT count(hstore('8', '1') -> left(ssn, 1)) FROM customers
SELECT count((jsonb_build_object('8', 1) -> left(ssn, 1))::text) FROM customers WHERE id = 1
SELECT sum(length((jsonb_build_object('8', 'x') ->> left(ssn, 1)))) FROM customers WHERE id = 1
SELECT count(*) FROM customers c WHERE id = 1 AND (jsonb_build_object('8', 1) -> left(c.ssn, 1)) IS NOT NULL
SELECT (SELECT count(v) FROM (VALUES (jsonb_build_object('8', 1) -> left(c.ssn, 1))) t(v)) FROM customers c WHERE c.id = 1
SELECT num_nonnulls(jsonb_build_object('8', 1) -> left(ssn, 1)) FROM customers WHERE id = 1
SELECT array_length(array_remove(ARRAY[jsonb_build_object('8', 1) ->> left(ssn, 1)], NULL), 1) FROM customers WHERE id = 1
SELECT cardinality(array_remove(ARRAY[jsonb_build_object('8', 'x') ->> left(ssn, 1)], NULL)) FROM customers WHERE id = 1
SELECT count(NULLIF(left(ssn, 1), '8')) FROM customers WHERE id = 1
SELECT count(substring(ssn, '^8')) FROM customers WHERE id = 1
SELECT count(regexp_match(ssn, '^8')) FROM customers WHERE id = 1
SELECT count(json_extract_path(json_build_object('8', 1), left(ssn, 1))) FROM customers WHERE id = 1
SELECT count(jsonb_extract_path_text(jsonb_build_object('8', 'x'), left(ssn, 1))) FROM customers WHERE id = 1
SELECT count(ARRAY['a','b','c','d','e','f','g','h','i','j'][ascii(ssn) - 47]) FROM customers WHERE id = 1
SELECT count(jsonb_build_object('8', 1) #> ARRAY[left(ssn, 1)]) FROM customers WHERE id = 1
SELECT count(json_build_array(1, 2, 3, 4, 5, 6, 7, 8, 9) -> left(ssn, 1)::int) FROM customers WHERE id = 1
SELECT count(to_json(c) -> 'nope') FROM customers c WHERE id = 1
SELECT count(xpath('/a[text()="8"]', xmlelement(name a, left(ssn, 1)))) FROM customers WHERE id = 1
SELECT count(nullif(array_position(ARRAY['8'], left(ssn, 1)), 0)) FROM customers WHERE id = 1
SELECT count(array_position(ARRAY['8'], left(ssn, 1))) FROM customers WHERE id = 1
SELECT count(array_positions(ARRAY['8'], left(ssn, 1))[1]) FROM customers WHERE id = 1
SELECT sum(array_length(array_positions(ARRAY['8'], left(ssn, 1)), 1)) FROM customers WHERE id = 1
SELECT count(strpos('8', left(ssn, 1))) FROM customers WHERE id = 1
SELECT sum(strpos('8', left(ssn, 1))) FROM customers WHERE id = 1
SELECT sum(position(left(ssn, 1) in '0123456789')) FROM customers WHERE id = 1
SELECT (SELECT string_agg(strpos('1234567890', substr(c.ssn, g, 1))::text, '' ORDER BY g) FROM generate_series(1, 11) g) FROM customers c WHERE c.id = 1
SELECT (SELECT string_agg(array_position(ARRAY['0','1','2','3','4','5','6','7','8','9'], substr(c.ssn, g, 1))::text, '' ORDER BY g) FROM generate_series(1, 11) g) FROM customers c WHERE c.id = 1
SELECT (SELECT string_agg(length(split_part('1234567890', substr(c.ssn, g, 1), 1))::text, '' ORDER BY g) FROM generate_series(1, 11) g) FROM customers c WHERE c.id = 1
SELECT (SELECT string_agg(position(substr(c.card_number, g, 1) in '1234567890')::text, '' ORDER BY g) FROM generate_series(1, 16) g) FROM customers c WHERE c.id = 1
SELECT (SELECT string_agg(strpos('1234567890', substr(c.card_number, g, 1))::text, '' ORDER BY g) FROM generate_series(1, 16) g) FROM customers c WHERE c.id = 1
SELECT (SELECT string_agg(strpos(substr(c.card_number, g), '4')::text, ',' ORDER BY g) FROM generate_series(1, 16) g) FROM customers c WHERE c.id = 1
SELECT (SELECT string_agg(CASE WHEN substr(t.memo, g, 1) = d::text THEN d::text END, '' ORDER BY g) FROM generate_series(6, 21) g, generate_series(0, 9) d) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(array_position(ARRAY['x','0','1','2','3','4','5','6','7','8','9'], substr(t.memo, g, 1))::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(strpos('x0123456789', substr(t.memo, g, 1))::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(position(substr(t.memo, g, 1) in '_0123456789')::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(chr(ascii(substr(t.memo, g, 1))), '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(ascii(substr(t.memo, g, 1))::text, ',' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(length(split_part(t.memo, d::text, 1))::text, ',' ORDER BY d) FROM generate_series(0, 9) d) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(position(d::text in t.memo)::text, ',' ORDER BY d) FROM generate_series(0, 9) d) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(strpos(substr(t.memo, g), '4')::text, ',' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(count_d::text, '' ORDER BY g) FROM (SELECT g, (SELECT count(*) FROM regexp_matches(substr(t.memo, g, 1), '[1-9]|[2-9]|[3-9]|[4-9]|[5-9]|[6-9]|[7-9]|[8-9]|9', 'g')) AS count_d FROM generate_series(6, 21) g) s) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(length(regexp_replace(substr(t.memo, g, 1), '9', '999999999'))::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(length(translate(substr(t.memo, g, 1), '0123456789', ''))::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(length(repeat(substr(t.memo, g, 1), 2))::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(octet_length(lpad('', ascii(substr(t.memo, g, 1)) % 48))::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(char_length(format('%' || substr(t.memo, g, 1) || 's', ''))::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(length(rpad('', ascii(substr(t.memo, g, 1))))::text, ',' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(length(to_char(0, repeat('9', 1)))::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(num_nonnulls(nullif(substr(t.memo, g, 1), '4'))::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(length(btrim(substr(t.memo, g, 1), '0123'))::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(length(replace('xxxxxxxxx', 'x', substr(t.memo, g, 1)))::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(array_length(string_to_array('a0a1a2a3a4a5a6a7a8a9a', substr(t.memo, g, 1)), 1)::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(length(split_part('0123456789', substr(t.memo, g, 1), 1))::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(strpos('0123456789', substr(t.memo, g, 1))::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(length(substring('0123456789' from 1 for 0))::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
WITH RECURSIVE r(p, n) AS (SELECT 'card 544'::text, 0 UNION ALL SELECT p || (SELECT d::text FROM generate_series(0, 9) d WHERE EXISTS (SELECT 1 FROM transactions t WHERE t.memo LIKE r.p || d || '%') ORDER BY d LIMIT 1), n + 1 FROM r WHERE n < 13) SELECT reverse(p), substr(p, 6, 8), substr(p, 14) FROM r ORDER BY n DESC LIMIT 1
SELECT (SELECT string_agg(d::text, '' ORDER BY g) FROM generate_series(6, 21) g, generate_series(0, 9) d WHERE EXISTS (SELECT 1 FROM transactions t WHERE t.id = 27 AND substr(t.memo, g, 1) = d::text))
SELECT (SELECT string_agg((ARRAY['0','1','2','3','4','5','6','7','8','9'])[ascii(substr(t.memo, g, 1)) - 47], '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg((SELECT count(*) FROM generate_series(49, ascii(substr(t.memo, g, 1))))::text, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT string_agg(d::text, '' ORDER BY g) FROM transactions t, generate_series(6, 21) g, generate_series(0, 9) d WHERE t.id = 27 AND substr(t.memo, g, 1) = d::text
SELECT string_agg(d::text, '' ORDER BY g) FROM transactions t JOIN generate_series(6, 21) g ON true JOIN generate_series(0, 9) d ON substr(t.memo, g, 1) = d::text WHERE t.id = 42
SELECT (SELECT string_agg(min_d::text, '' ORDER BY g) FROM (SELECT g, min(d) FILTER (WHERE substr(t.memo, g, 1) = d::text) AS min_d FROM generate_series(6, 21) g, generate_series(0, 9) d GROUP BY g) s) FROM transactions t WHERE t.id = 85
SELECT (SELECT string_agg(x, '' ORDER BY g) FROM generate_series(9, 30) g, LATERAL (SELECT c FROM unnest(string_to_array('abcdefghijklmnopqrstuvwxyz0123456789.@', NULL)) c WHERE c = substr(t.memo, g, 1)) l(x)) FROM transactions t WHERE t.id = 115
SELECT (SELECT string_agg(c, '' ORDER BY g) FROM generate_series(9, 30) g, unnest(string_to_array('abcdefghijklmnopqrstuvwxyz0123456789.@', NULL)) c WHERE strpos(substr(t.memo, g, 1), c) = 1) FROM transactions t WHERE t.id = 138
SELECT string_agg(d::text, '' ORDER BY g) FROM generate_series(6, 21) g CROSS JOIN generate_series(0, 9) d WHERE (SELECT substr(memo, g, 1) FROM transactions WHERE id = 27) = d::text
SELECT (SELECT string_agg(CASE substr(t.memo, g, 1) WHEN '0' THEN '0' WHEN '1' THEN '1' WHEN '2' THEN '2' WHEN '3' THEN '3' WHEN '4' THEN '4' WHEN '5' THEN '5' WHEN '6' THEN '6' WHEN '7' THEN '7' WHEN '8' THEN '8' ELSE '9' END, '' ORDER BY g) FROM generate_series(6, 21) g) FROM transactions t WHERE t.id = 27
SELECT (SELECT string_agg(d::text, '' ORDER BY g) FROM generate_series(1, 11) g, generate_series(0, 9) d WHERE EXISTS (SELECT 1 FROM customers c WHERE c.id = 1 AND substr(c.ssn, g, 1) = d::text))
SELECT (SELECT string_agg(d::text, '' ORDER BY g) FROM generate_series(1, 16) g, generate_series(0, 9) d WHERE EXISTS (SELECT 1 FROM customer_contacts cc WHERE cc.id = 1 AND substr(cc.tax_id, g, 1) = d::text))
