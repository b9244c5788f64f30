-- rule quiet_key_account
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 2 AS shown)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       s.potential AS priority,
       (SELECT MAX(t1.date) FROM activities t1 WHERE (t1.account_id = s.id)) AS let_1,
       s.name AS hole_1,
       (SELECT MAX(t1.date) FROM activities t1 WHERE (t1.account_id = s.id)) AS hole_2
FROM run CROSS JOIN accounts s
WHERE (COALESCE(s.tier = 'key', FALSE) AND (((SELECT MAX(t1.date) FROM activities t1 WHERE (t1.account_id = s.id)) IS NULL) OR COALESCE((SELECT MAX(t1.date) FROM activities t1 WHERE (t1.account_id = s.id)) < (run.today + -90), FALSE)))
ORDER BY subject_id;
