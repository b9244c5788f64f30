-- rule proposal_in_isolation
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       COALESCE(s.amount, 0) AS priority,
       s.name AS hole_1,
       s.amount AS hole_2,
       j1.name AS hole_3
FROM run CROSS JOIN opportunities s
  LEFT JOIN accounts j1 ON j1.id = s.account_id
  LEFT JOIN proposals j2 ON j2.opportunity_id = s.id
WHERE (COALESCE(s.stage IN ('proposal', 'negotiation'), FALSE) AND (j2.opportunity_id IS NOT NULL) AND (NOT j2.co_created) AND (NOT EXISTS (SELECT 1 FROM activities t3 WHERE (t3.account_id = j1.id) AND ((COALESCE(t3.kind IN ('meeting', 'workshop'), FALSE) AND COALESCE(t3.date > s.created, FALSE))))))
ORDER BY subject_id;

-- rule proposal_without_follow_up
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       COALESCE(s.amount, 0) AS priority,
       j1.sent AS let_1,
       s.name AS hole_1,
       j2.name AS hole_2,
       j1.sent AS hole_3,
       j3.name AS hole_4
FROM run CROSS JOIN opportunities s
  LEFT JOIN proposals j1 ON j1.opportunity_id = s.id
  LEFT JOIN accounts j2 ON j2.id = s.account_id
  LEFT JOIN reps j3 ON j3.id = s.owner_id
WHERE (COALESCE(s.stage = 'proposal', FALSE) AND COALESCE(j1.sent < (run.today + -14), FALSE) AND (NOT EXISTS (SELECT 1 FROM activities t4 WHERE (t4.account_id = j2.id) AND (COALESCE(t4.date > j1.sent, FALSE)))))
ORDER BY subject_id;

-- rule stalled_deal
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       COALESCE(s.amount, 0) AS priority,
       (run.today - s.stage_since) AS let_1,
       s.name AS hole_1,
       j1.name AS hole_2,
       s.stage AS hole_3,
       (run.today - s.stage_since) AS hole_4,
       j2.name AS hole_5
FROM run CROSS JOIN opportunities s
  LEFT JOIN accounts j1 ON j1.id = s.account_id
  LEFT JOIN reps j2 ON j2.id = s.owner_id
WHERE (COALESCE(s.stage NOT IN ('won', 'lost'), FALSE) AND COALESCE((run.today - s.stage_since) > 90, FALSE))
ORDER BY subject_id;

-- rule slipping_close_date
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       COALESCE(s.amount, 0) AS priority,
       s.name AS hole_1,
       j1.name AS hole_2,
       s.slips AS hole_3,
       j2.name AS hole_4
FROM run CROSS JOIN opportunities s
  LEFT JOIN accounts j1 ON j1.id = s.account_id
  LEFT JOIN reps j2 ON j2.id = s.owner_id
WHERE (COALESCE(s.stage NOT IN ('won', 'lost'), FALSE) AND COALESCE(s.slips > 2, FALSE))
ORDER BY subject_id;

-- rule co_created_proposal_won
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       NULL AS priority,
       j1.name AS hole_1,
       s.name AS hole_2,
       j2.name AS hole_3
FROM run CROSS JOIN opportunities s
  LEFT JOIN reps j1 ON j1.id = s.owner_id
  LEFT JOIN accounts j2 ON j2.id = s.account_id
  LEFT JOIN proposals j3 ON j3.opportunity_id = s.id
WHERE (COALESCE(s.stage = 'won', FALSE) AND j3.co_created)
ORDER BY subject_id;

-- rule close_date_passed
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       COALESCE(s.amount, 0) AS priority,
       (run.today - s.close_date) AS let_1,
       s.name AS hole_1,
       j1.name AS hole_2,
       s.close_date AS hole_3,
       (run.today - s.close_date) AS hole_4,
       j2.name AS hole_5
FROM run CROSS JOIN opportunities s
  LEFT JOIN accounts j1 ON j1.id = s.account_id
  LEFT JOIN reps j2 ON j2.id = s.owner_id
WHERE (COALESCE(s.stage NOT IN ('won', 'lost'), FALSE) AND COALESCE(s.close_date < run.today, FALSE))
ORDER BY subject_id;

-- rule key_account_without_growth_plan
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       COALESCE((SELECT SUM(t1.amount) FROM revenue t1 WHERE (t1.account_id = s.id)), 0) AS priority,
       s.name AS hole_1,
       j2.name AS hole_2,
       COALESCE((SELECT SUM(t3.amount) FROM revenue t3 WHERE (t3.account_id = s.id)), 0) AS hole_3
FROM run CROSS JOIN accounts s
  LEFT JOIN reps j2 ON j2.id = s.owner_id
  LEFT JOIN growth_plans j8 ON j8.account_id = s.id
WHERE ((COALESCE(s.tier = 'key', FALSE) OR (COALESCE(COALESCE(s.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = s.id)), 0) >= (SELECT quantile_cont(t7.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t6.amount) FROM revenue t6 WHERE (t6.account_id = t5.id)), 0) AS v FROM accounts t5) t7), FALSE))) AND (NOT j8.account_id IS NOT NULL))
ORDER BY subject_id;

-- rule stale_growth_plan
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = s.id)), 0) AS priority,
       'the growth plan of ' || (SELECT n.name FROM accounts n WHERE n.id = j1.account_id) AS let_1,
       s.name AS hole_1,
       j1.updated AS hole_2,
       j3.name AS hole_3
FROM run CROSS JOIN accounts s
  LEFT JOIN growth_plans j1 ON j1.account_id = s.id
  LEFT JOIN reps j3 ON j3.id = s.owner_id
WHERE ((COALESCE(s.tier = 'key', FALSE) OR (COALESCE(COALESCE(s.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = s.id)), 0) >= (SELECT quantile_cont(t7.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t6.amount) FROM revenue t6 WHERE (t6.account_id = t5.id)), 0) AS v FROM accounts t5) t7), FALSE))) AND COALESCE(j1.status = 'active', FALSE) AND (COALESCE(j1.updated < CAST(run.today + INTERVAL (-6) MONTH AS DATE), FALSE) OR COALESCE(j1.next_review < run.today, FALSE)))
ORDER BY subject_id;

-- rule overdue_plan_actions
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       NULL AS priority,
       (SELECT COALESCE(list(t2.what ORDER BY t2.position NULLS LAST), []) FROM actions t2 WHERE (t2.account_id = j1.account_id) AND (((NOT t2.done) AND COALESCE(t2.due < run.today, FALSE)))) AS let_1,
       (SELECT COUNT(*) FROM actions t2 WHERE (t2.account_id = j1.account_id) AND (((NOT t2.done) AND COALESCE(t2.due < run.today, FALSE)))) AS hole_1,
       s.name AS hole_2,
       (SELECT COALESCE(list(t2.what ORDER BY t2.position NULLS LAST), []) FROM actions t2 WHERE (t2.account_id = j1.account_id) AND (((NOT t2.done) AND COALESCE(t2.due < run.today, FALSE)))) AS hole_3,
       j3.name AS hole_4
FROM run CROSS JOIN accounts s
  LEFT JOIN growth_plans j1 ON j1.account_id = s.id
  LEFT JOIN reps j3 ON j3.id = s.owner_id
WHERE ((COALESCE(s.tier = 'key', FALSE) OR (COALESCE(COALESCE(s.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = s.id)), 0) >= (SELECT quantile_cont(t7.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t6.amount) FROM revenue t6 WHERE (t6.account_id = t5.id)), 0) AS v FROM accounts t5) t7), FALSE))) AND COALESCE((SELECT COUNT(*) FROM actions t2 WHERE (t2.account_id = j1.account_id) AND (((NOT t2.done) AND COALESCE(t2.due < run.today, FALSE)))) > 0, FALSE))
ORDER BY subject_id;

-- rule single_threaded_key_account
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = s.id)), 0) AS priority,
       (SELECT COALESCE(list(t1.name ORDER BY t1.ordinal NULLS LAST, t1.id NULLS LAST), []) FROM contacts t1 WHERE (t1.account_id = s.id) AND (COALESCE(t1.level IN ('executive', 'senior'), FALSE))) AS let_1,
       s.name AS hole_1,
       (SELECT COUNT(*) FROM contacts t1 WHERE (t1.account_id = s.id) AND (COALESCE(t1.level IN ('executive', 'senior'), FALSE))) AS hole_2,
       j3.name AS hole_3
FROM run CROSS JOIN accounts s
  LEFT JOIN reps j3 ON j3.id = s.owner_id
WHERE ((COALESCE(s.tier = 'key', FALSE) OR (COALESCE(COALESCE(s.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = s.id)), 0) >= (SELECT quantile_cont(t7.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t6.amount) FROM revenue t6 WHERE (t6.account_id = t5.id)), 0) AS v FROM accounts t5) t7), FALSE))) AND COALESCE((SELECT COUNT(*) FROM contacts t1 WHERE (t1.account_id = s.id) AND (COALESCE(t1.level IN ('executive', 'senior'), FALSE))) < 2, FALSE))
ORDER BY subject_id;

-- rule going_dark
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = s.id)), 0) AS priority,
       (SELECT MAX(t1.date) FROM activities t1 WHERE (t1.account_id = s.id) AND (COALESCE(t1.kind IN ('meeting', 'qbr', 'workshop'), FALSE))) AS let_1,
       s.name AS hole_1,
       (run.today - (run.today + -90)) AS hole_2,
       CASE WHEN ((SELECT MAX(t1.date) FROM activities t1 WHERE (t1.account_id = s.id) AND (COALESCE(t1.kind IN ('meeting', 'qbr', 'workshop'), FALSE))) IS NULL) THEN TRUE ELSE FALSE END AS hole_3,
       'none on record' AS hole_4,
       (SELECT MAX(t1.date) FROM activities t1 WHERE (t1.account_id = s.id) AND (COALESCE(t1.kind IN ('meeting', 'qbr', 'workshop'), FALSE))) AS hole_5,
       j3.name AS hole_6
FROM run CROSS JOIN accounts s
  LEFT JOIN reps j3 ON j3.id = s.owner_id
WHERE ((COALESCE(s.tier = 'key', FALSE) OR (COALESCE(COALESCE(s.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = s.id)), 0) >= (SELECT quantile_cont(t7.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t6.amount) FROM revenue t6 WHERE (t6.account_id = t5.id)), 0) AS v FROM accounts t5) t7), FALSE))) AND (((SELECT MAX(t1.date) FROM activities t1 WHERE (t1.account_id = s.id) AND (COALESCE(t1.kind IN ('meeting', 'qbr', 'workshop'), FALSE))) IS NULL) OR (NOT COALESCE((SELECT MAX(t1.date) FROM activities t1 WHERE (t1.account_id = s.id) AND (COALESCE(t1.kind IN ('meeting', 'qbr', 'workshop'), FALSE))) BETWEEN (run.today + -90) AND run.today, FALSE))))
ORDER BY subject_id;

-- rule key_account_in_one_department
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       NULL AS priority,
       (SELECT COALESCE(list(t1.department ORDER BY t1.ordinal NULLS LAST, t1.id NULLS LAST), []) FROM contacts t1 WHERE (t1.account_id = s.id)) AS let_1,
       j2.name AS hole_1,
       s.name AS hole_2,
       (SELECT t1.department FROM contacts t1 WHERE (t1.account_id = s.id) ORDER BY t1.ordinal NULLS LAST, t1.id NULLS LAST LIMIT 1) AS hole_3
FROM run CROSS JOIN accounts s
  LEFT JOIN reps j2 ON j2.id = s.owner_id
WHERE ((COALESCE(s.tier = 'key', FALSE) OR (COALESCE(COALESCE(s.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t3.amount) FROM revenue t3 WHERE (t3.account_id = s.id)), 0) >= (SELECT quantile_cont(t6.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t5.amount) FROM revenue t5 WHERE (t5.account_id = t4.id)), 0) AS v FROM accounts t4) t6), FALSE))) AND COALESCE((SELECT COUNT(*) FROM contacts t7 WHERE (t7.account_id = s.id)) >= 2, FALSE) AND (NOT EXISTS (SELECT 1 FROM contacts t1 WHERE (t1.account_id = s.id) AND (NOT COALESCE(COALESCE(t1.department = (SELECT t1.department FROM contacts t1 WHERE (t1.account_id = s.id) ORDER BY t1.ordinal NULLS LAST, t1.id NULLS LAST LIMIT 1), FALSE), FALSE)))))
ORDER BY subject_id;

-- rule no_executive_relationship
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       COALESCE((SELECT SUM(t1.amount) FROM revenue t1 WHERE (t1.account_id = s.id)), 0) AS priority,
       s.name AS hole_1,
       j2.name AS hole_2
FROM run CROSS JOIN accounts s
  LEFT JOIN reps j2 ON j2.id = s.owner_id
WHERE ((COALESCE(s.tier = 'key', FALSE) OR (COALESCE(COALESCE(s.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t3.amount) FROM revenue t3 WHERE (t3.account_id = s.id)), 0) >= (SELECT quantile_cont(t6.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t5.amount) FROM revenue t5 WHERE (t5.account_id = t4.id)), 0) AS v FROM accounts t4) t6), FALSE))) AND (NOT EXISTS (SELECT 1 FROM contacts t7 WHERE (t7.account_id = s.id) AND (COALESCE(t7.level = 'executive', FALSE)))))
ORDER BY subject_id;

-- rule key_account_shrinking
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       CASE WHEN COALESCE(COALESCE((SELECT SUM(t2.amount) FROM (SELECT t1.*, t1.period AS rapport_order_0, t1.position AS rapport_order_1 FROM revenue t1 WHERE (t1.account_id = s.id) ORDER BY t1.period DESC NULLS LAST, t1.position NULLS LAST LIMIT 2) t2), 0) <= COALESCE((SELECT SUM(t5.amount) FROM (SELECT t4.*, t4.period AS rapport_order_0, t4.rapport_order_0 AS rapport_order_1, t4.rapport_order_1 AS rapport_order_2 FROM (SELECT t3.*, t3.period AS rapport_order_0, t3.position AS rapport_order_1 FROM revenue t3 WHERE (t3.account_id = s.id) ORDER BY t3.period DESC NULLS LAST, t3.position NULLS LAST LIMIT 4) t4 ORDER BY t4.period NULLS LAST, t4.rapport_order_0 DESC NULLS LAST, t4.rapport_order_1 NULLS LAST LIMIT 2) t5), 0), FALSE) THEN (COALESCE((SELECT SUM(t5.amount) FROM (SELECT t4.*, t4.period AS rapport_order_0, t4.rapport_order_0 AS rapport_order_1, t4.rapport_order_1 AS rapport_order_2 FROM (SELECT t3.*, t3.period AS rapport_order_0, t3.position AS rapport_order_1 FROM revenue t3 WHERE (t3.account_id = s.id) ORDER BY t3.period DESC NULLS LAST, t3.position NULLS LAST LIMIT 4) t4 ORDER BY t4.period NULLS LAST, t4.rapport_order_0 DESC NULLS LAST, t4.rapport_order_1 NULLS LAST LIMIT 2) t5), 0) - COALESCE((SELECT SUM(t2.amount) FROM (SELECT t1.*, t1.period AS rapport_order_0, t1.position AS rapport_order_1 FROM revenue t1 WHERE (t1.account_id = s.id) ORDER BY t1.period DESC NULLS LAST, t1.position NULLS LAST LIMIT 2) t2), 0)) ELSE (COALESCE((SELECT SUM(t10.amount) FROM (SELECT t9.*, t9.period AS rapport_order_0, t9.rapport_order_0 AS rapport_order_1, t9.rapport_order_1 AS rapport_order_2 FROM (SELECT t8.*, t8.period AS rapport_order_0, t8.position AS rapport_order_1 FROM revenue t8 WHERE (t8.account_id = s.id) ORDER BY t8.period DESC NULLS LAST, t8.position NULLS LAST LIMIT 8) t9 ORDER BY t9.period NULLS LAST, t9.rapport_order_0 DESC NULLS LAST, t9.rapport_order_1 NULLS LAST LIMIT 4) t10), 0) - COALESCE((SELECT SUM(t7.amount) FROM (SELECT t6.*, t6.period AS rapport_order_0, t6.position AS rapport_order_1 FROM revenue t6 WHERE (t6.account_id = s.id) ORDER BY t6.period DESC NULLS LAST, t6.position NULLS LAST LIMIT 4) t7), 0)) END AS priority,
       COALESCE((SELECT SUM(t2.amount) FROM (SELECT t1.*, t1.period AS rapport_order_0, t1.position AS rapport_order_1 FROM revenue t1 WHERE (t1.account_id = s.id) ORDER BY t1.period DESC NULLS LAST, t1.position NULLS LAST LIMIT 2) t2), 0) AS let_1,
       COALESCE((SELECT SUM(t5.amount) FROM (SELECT t4.*, t4.period AS rapport_order_0, t4.rapport_order_0 AS rapport_order_1, t4.rapport_order_1 AS rapport_order_2 FROM (SELECT t3.*, t3.period AS rapport_order_0, t3.position AS rapport_order_1 FROM revenue t3 WHERE (t3.account_id = s.id) ORDER BY t3.period DESC NULLS LAST, t3.position NULLS LAST LIMIT 4) t4 ORDER BY t4.period NULLS LAST, t4.rapport_order_0 DESC NULLS LAST, t4.rapport_order_1 NULLS LAST LIMIT 2) t5), 0) AS let_2,
       COALESCE((SELECT SUM(t7.amount) FROM (SELECT t6.*, t6.period AS rapport_order_0, t6.position AS rapport_order_1 FROM revenue t6 WHERE (t6.account_id = s.id) ORDER BY t6.period DESC NULLS LAST, t6.position NULLS LAST LIMIT 4) t7), 0) AS let_3,
       COALESCE((SELECT SUM(t10.amount) FROM (SELECT t9.*, t9.period AS rapport_order_0, t9.rapport_order_0 AS rapport_order_1, t9.rapport_order_1 AS rapport_order_2 FROM (SELECT t8.*, t8.period AS rapport_order_0, t8.position AS rapport_order_1 FROM revenue t8 WHERE (t8.account_id = s.id) ORDER BY t8.period DESC NULLS LAST, t8.position NULLS LAST LIMIT 8) t9 ORDER BY t9.period NULLS LAST, t9.rapport_order_0 DESC NULLS LAST, t9.rapport_order_1 NULLS LAST LIMIT 4) t10), 0) AS let_4,
       CASE WHEN COALESCE(COALESCE((SELECT SUM(t2.amount) FROM (SELECT t1.*, t1.period AS rapport_order_0, t1.position AS rapport_order_1 FROM revenue t1 WHERE (t1.account_id = s.id) ORDER BY t1.period DESC NULLS LAST, t1.position NULLS LAST LIMIT 2) t2), 0) <= COALESCE((SELECT SUM(t5.amount) FROM (SELECT t4.*, t4.period AS rapport_order_0, t4.rapport_order_0 AS rapport_order_1, t4.rapport_order_1 AS rapport_order_2 FROM (SELECT t3.*, t3.period AS rapport_order_0, t3.position AS rapport_order_1 FROM revenue t3 WHERE (t3.account_id = s.id) ORDER BY t3.period DESC NULLS LAST, t3.position NULLS LAST LIMIT 4) t4 ORDER BY t4.period NULLS LAST, t4.rapport_order_0 DESC NULLS LAST, t4.rapport_order_1 NULLS LAST LIMIT 2) t5), 0), FALSE) THEN TRUE ELSE FALSE END AS hole_1,
       s.name AS hole_2,
       COALESCE((SELECT SUM(t2.amount) FROM (SELECT t1.*, t1.period AS rapport_order_0, t1.position AS rapport_order_1 FROM revenue t1 WHERE (t1.account_id = s.id) ORDER BY t1.period DESC NULLS LAST, t1.position NULLS LAST LIMIT 2) t2), 0) AS hole_3,
       COALESCE((SELECT SUM(t5.amount) FROM (SELECT t4.*, t4.period AS rapport_order_0, t4.rapport_order_0 AS rapport_order_1, t4.rapport_order_1 AS rapport_order_2 FROM (SELECT t3.*, t3.period AS rapport_order_0, t3.position AS rapport_order_1 FROM revenue t3 WHERE (t3.account_id = s.id) ORDER BY t3.period DESC NULLS LAST, t3.position NULLS LAST LIMIT 4) t4 ORDER BY t4.period NULLS LAST, t4.rapport_order_0 DESC NULLS LAST, t4.rapport_order_1 NULLS LAST LIMIT 2) t5), 0) AS hole_4,
       s.name AS hole_5,
       COALESCE((SELECT SUM(t7.amount) FROM (SELECT t6.*, t6.period AS rapport_order_0, t6.position AS rapport_order_1 FROM revenue t6 WHERE (t6.account_id = s.id) ORDER BY t6.period DESC NULLS LAST, t6.position NULLS LAST LIMIT 4) t7), 0) AS hole_6,
       COALESCE((SELECT SUM(t10.amount) FROM (SELECT t9.*, t9.period AS rapport_order_0, t9.rapport_order_0 AS rapport_order_1, t9.rapport_order_1 AS rapport_order_2 FROM (SELECT t8.*, t8.period AS rapport_order_0, t8.position AS rapport_order_1 FROM revenue t8 WHERE (t8.account_id = s.id) ORDER BY t8.period DESC NULLS LAST, t8.position NULLS LAST LIMIT 8) t9 ORDER BY t9.period NULLS LAST, t9.rapport_order_0 DESC NULLS LAST, t9.rapport_order_1 NULLS LAST LIMIT 4) t10), 0) AS hole_7,
       j11.name AS hole_8
FROM run CROSS JOIN accounts s
  LEFT JOIN reps j11 ON j11.id = s.owner_id
WHERE ((COALESCE(s.tier = 'key', FALSE) OR (COALESCE(COALESCE(s.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t12.amount) FROM revenue t12 WHERE (t12.account_id = s.id)), 0) >= (SELECT quantile_cont(t15.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t14.amount) FROM revenue t14 WHERE (t14.account_id = t13.id)), 0) AS v FROM accounts t13) t15), FALSE))) AND COALESCE((SELECT COUNT(*) FROM revenue t16 WHERE (t16.account_id = s.id)) >= 4, FALSE) AND (COALESCE(COALESCE((SELECT SUM(t2.amount) FROM (SELECT t1.*, t1.period AS rapport_order_0, t1.position AS rapport_order_1 FROM revenue t1 WHERE (t1.account_id = s.id) ORDER BY t1.period DESC NULLS LAST, t1.position NULLS LAST LIMIT 2) t2), 0) <= COALESCE((SELECT SUM(t5.amount) FROM (SELECT t4.*, t4.period AS rapport_order_0, t4.rapport_order_0 AS rapport_order_1, t4.rapport_order_1 AS rapport_order_2 FROM (SELECT t3.*, t3.period AS rapport_order_0, t3.position AS rapport_order_1 FROM revenue t3 WHERE (t3.account_id = s.id) ORDER BY t3.period DESC NULLS LAST, t3.position NULLS LAST LIMIT 4) t4 ORDER BY t4.period NULLS LAST, t4.rapport_order_0 DESC NULLS LAST, t4.rapport_order_1 NULLS LAST LIMIT 2) t5), 0), FALSE) OR (COALESCE((SELECT COUNT(*) FROM revenue t17 WHERE (t17.account_id = s.id)) >= 8, FALSE) AND COALESCE(COALESCE((SELECT SUM(t19.amount) FROM (SELECT t18.*, t18.period AS rapport_order_0, t18.position AS rapport_order_1 FROM revenue t18 WHERE (t18.account_id = s.id) ORDER BY t18.period DESC NULLS LAST, t18.position NULLS LAST LIMIT 4) t19), 0) < (COALESCE((SELECT SUM(t22.amount) FROM (SELECT t21.*, t21.period AS rapport_order_0, t21.rapport_order_0 AS rapport_order_1, t21.rapport_order_1 AS rapport_order_2 FROM (SELECT t20.*, t20.period AS rapport_order_0, t20.position AS rapport_order_1 FROM revenue t20 WHERE (t20.account_id = s.id) ORDER BY t20.period DESC NULLS LAST, t20.position NULLS LAST LIMIT 8) t21 ORDER BY t21.period NULLS LAST, t21.rapport_order_0 DESC NULLS LAST, t21.rapport_order_1 NULLS LAST LIMIT 4) t22), 0) * (1 - 0.15)), FALSE))))
ORDER BY subject_id;

-- rule large_account_declining
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       (COALESCE((SELECT SUM(t5.amount) FROM (SELECT t4.*, t4.period AS rapport_order_0, t4.rapport_order_0 AS rapport_order_1, t4.rapport_order_1 AS rapport_order_2 FROM (SELECT t3.*, t3.period AS rapport_order_0, t3.position AS rapport_order_1 FROM revenue t3 WHERE (t3.account_id = s.id) ORDER BY t3.period DESC NULLS LAST, t3.position NULLS LAST LIMIT 8) t4 ORDER BY t4.period NULLS LAST, t4.rapport_order_0 DESC NULLS LAST, t4.rapport_order_1 NULLS LAST LIMIT 4) t5), 0) - COALESCE((SELECT SUM(t2.amount) FROM (SELECT t1.*, t1.period AS rapport_order_0, t1.position AS rapport_order_1 FROM revenue t1 WHERE (t1.account_id = s.id) ORDER BY t1.period DESC NULLS LAST, t1.position NULLS LAST LIMIT 4) t2), 0)) AS priority,
       COALESCE((SELECT SUM(t2.amount) FROM (SELECT t1.*, t1.period AS rapport_order_0, t1.position AS rapport_order_1 FROM revenue t1 WHERE (t1.account_id = s.id) ORDER BY t1.period DESC NULLS LAST, t1.position NULLS LAST LIMIT 4) t2), 0) AS let_1,
       COALESCE((SELECT SUM(t5.amount) FROM (SELECT t4.*, t4.period AS rapport_order_0, t4.rapport_order_0 AS rapport_order_1, t4.rapport_order_1 AS rapport_order_2 FROM (SELECT t3.*, t3.period AS rapport_order_0, t3.position AS rapport_order_1 FROM revenue t3 WHERE (t3.account_id = s.id) ORDER BY t3.period DESC NULLS LAST, t3.position NULLS LAST LIMIT 8) t4 ORDER BY t4.period NULLS LAST, t4.rapport_order_0 DESC NULLS LAST, t4.rapport_order_1 NULLS LAST LIMIT 4) t5), 0) AS let_2,
       s.name AS hole_1,
       COALESCE((SELECT SUM(t2.amount) FROM (SELECT t1.*, t1.period AS rapport_order_0, t1.position AS rapport_order_1 FROM revenue t1 WHERE (t1.account_id = s.id) ORDER BY t1.period DESC NULLS LAST, t1.position NULLS LAST LIMIT 4) t2), 0) AS hole_2,
       COALESCE((SELECT SUM(t5.amount) FROM (SELECT t4.*, t4.period AS rapport_order_0, t4.rapport_order_0 AS rapport_order_1, t4.rapport_order_1 AS rapport_order_2 FROM (SELECT t3.*, t3.period AS rapport_order_0, t3.position AS rapport_order_1 FROM revenue t3 WHERE (t3.account_id = s.id) ORDER BY t3.period DESC NULLS LAST, t3.position NULLS LAST LIMIT 8) t4 ORDER BY t4.period NULLS LAST, t4.rapport_order_0 DESC NULLS LAST, t4.rapport_order_1 NULLS LAST LIMIT 4) t5), 0) AS hole_3,
       j6.name AS hole_4
FROM run CROSS JOIN accounts s
  LEFT JOIN reps j6 ON j6.id = s.owner_id
WHERE (COALESCE(s.tier IN ('growth', 'core'), FALSE) AND (NOT (COALESCE(s.tier = 'key', FALSE) OR (COALESCE(COALESCE(s.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t7.amount) FROM revenue t7 WHERE (t7.account_id = s.id)), 0) >= (SELECT quantile_cont(t10.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t9.amount) FROM revenue t9 WHERE (t9.account_id = t8.id)), 0) AS v FROM accounts t8) t10), FALSE)))) AND COALESCE(COALESCE((SELECT SUM(t11.amount) FROM revenue t11 WHERE (t11.account_id = s.id)), 0) >= (SELECT quantile_cont(t14.v, LEAST(GREATEST(0.75, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t13.amount) FROM revenue t13 WHERE (t13.account_id = t12.id)), 0) AS v FROM accounts t12) t14), FALSE) AND (COALESCE((SELECT COUNT(*) FROM revenue t15 WHERE (t15.account_id = s.id)) >= 8, FALSE) AND COALESCE(COALESCE((SELECT SUM(t17.amount) FROM (SELECT t16.*, t16.period AS rapport_order_0, t16.position AS rapport_order_1 FROM revenue t16 WHERE (t16.account_id = s.id) ORDER BY t16.period DESC NULLS LAST, t16.position NULLS LAST LIMIT 4) t17), 0) < (COALESCE((SELECT SUM(t20.amount) FROM (SELECT t19.*, t19.period AS rapport_order_0, t19.rapport_order_0 AS rapport_order_1, t19.rapport_order_1 AS rapport_order_2 FROM (SELECT t18.*, t18.period AS rapport_order_0, t18.position AS rapport_order_1 FROM revenue t18 WHERE (t18.account_id = s.id) ORDER BY t18.period DESC NULLS LAST, t18.position NULLS LAST LIMIT 8) t19 ORDER BY t19.period NULLS LAST, t19.rapport_order_0 DESC NULLS LAST, t19.rapport_order_1 NULLS LAST LIMIT 4) t20), 0) * (1 - 0.15)), FALSE)))
ORDER BY subject_id;

-- rule relationship_account_declining
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       (COALESCE((SELECT SUM(t5.amount) FROM (SELECT t4.*, t4.period AS rapport_order_0, t4.rapport_order_0 AS rapport_order_1, t4.rapport_order_1 AS rapport_order_2 FROM (SELECT t3.*, t3.period AS rapport_order_0, t3.position AS rapport_order_1 FROM revenue t3 WHERE (t3.account_id = s.id) ORDER BY t3.period DESC NULLS LAST, t3.position NULLS LAST LIMIT 8) t4 ORDER BY t4.period NULLS LAST, t4.rapport_order_0 DESC NULLS LAST, t4.rapport_order_1 NULLS LAST LIMIT 4) t5), 0) - COALESCE((SELECT SUM(t2.amount) FROM (SELECT t1.*, t1.period AS rapport_order_0, t1.position AS rapport_order_1 FROM revenue t1 WHERE (t1.account_id = s.id) ORDER BY t1.period DESC NULLS LAST, t1.position NULLS LAST LIMIT 4) t2), 0)) AS priority,
       COALESCE((SELECT SUM(t2.amount) FROM (SELECT t1.*, t1.period AS rapport_order_0, t1.position AS rapport_order_1 FROM revenue t1 WHERE (t1.account_id = s.id) ORDER BY t1.period DESC NULLS LAST, t1.position NULLS LAST LIMIT 4) t2), 0) AS let_1,
       COALESCE((SELECT SUM(t5.amount) FROM (SELECT t4.*, t4.period AS rapport_order_0, t4.rapport_order_0 AS rapport_order_1, t4.rapport_order_1 AS rapport_order_2 FROM (SELECT t3.*, t3.period AS rapport_order_0, t3.position AS rapport_order_1 FROM revenue t3 WHERE (t3.account_id = s.id) ORDER BY t3.period DESC NULLS LAST, t3.position NULLS LAST LIMIT 8) t4 ORDER BY t4.period NULLS LAST, t4.rapport_order_0 DESC NULLS LAST, t4.rapport_order_1 NULLS LAST LIMIT 4) t5), 0) AS let_2,
       s.name AS hole_1,
       COALESCE((SELECT SUM(t2.amount) FROM (SELECT t1.*, t1.period AS rapport_order_0, t1.position AS rapport_order_1 FROM revenue t1 WHERE (t1.account_id = s.id) ORDER BY t1.period DESC NULLS LAST, t1.position NULLS LAST LIMIT 4) t2), 0) AS hole_2,
       COALESCE((SELECT SUM(t5.amount) FROM (SELECT t4.*, t4.period AS rapport_order_0, t4.rapport_order_0 AS rapport_order_1, t4.rapport_order_1 AS rapport_order_2 FROM (SELECT t3.*, t3.period AS rapport_order_0, t3.position AS rapport_order_1 FROM revenue t3 WHERE (t3.account_id = s.id) ORDER BY t3.period DESC NULLS LAST, t3.position NULLS LAST LIMIT 8) t4 ORDER BY t4.period NULLS LAST, t4.rapport_order_0 DESC NULLS LAST, t4.rapport_order_1 NULLS LAST LIMIT 4) t5), 0) AS hole_3,
       j6.name AS hole_4
FROM run CROSS JOIN accounts s
  LEFT JOIN reps j6 ON j6.id = s.owner_id
WHERE (COALESCE(s.tier IN ('growth', 'core'), FALSE) AND (NOT (COALESCE(s.tier = 'key', FALSE) OR (COALESCE(COALESCE(s.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t7.amount) FROM revenue t7 WHERE (t7.account_id = s.id)), 0) >= (SELECT quantile_cont(t10.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t9.amount) FROM revenue t9 WHERE (t9.account_id = t8.id)), 0) AS v FROM accounts t8) t10), FALSE)))) AND (NOT COALESCE(COALESCE((SELECT SUM(t11.amount) FROM revenue t11 WHERE (t11.account_id = s.id)), 0) >= (SELECT quantile_cont(t14.v, LEAST(GREATEST(0.75, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t13.amount) FROM revenue t13 WHERE (t13.account_id = t12.id)), 0) AS v FROM accounts t12) t14), FALSE)) AND (COALESCE((SELECT COUNT(*) FROM revenue t15 WHERE (t15.account_id = s.id)) >= 8, FALSE) AND COALESCE(COALESCE((SELECT SUM(t17.amount) FROM (SELECT t16.*, t16.period AS rapport_order_0, t16.position AS rapport_order_1 FROM revenue t16 WHERE (t16.account_id = s.id) ORDER BY t16.period DESC NULLS LAST, t16.position NULLS LAST LIMIT 4) t17), 0) < (COALESCE((SELECT SUM(t20.amount) FROM (SELECT t19.*, t19.period AS rapport_order_0, t19.rapport_order_0 AS rapport_order_1, t19.rapport_order_1 AS rapport_order_2 FROM (SELECT t18.*, t18.period AS rapport_order_0, t18.position AS rapport_order_1 FROM revenue t18 WHERE (t18.account_id = s.id) ORDER BY t18.period DESC NULLS LAST, t18.position NULLS LAST LIMIT 8) t19 ORDER BY t19.period NULLS LAST, t19.rapport_order_0 DESC NULLS LAST, t19.rapport_order_1 NULLS LAST LIMIT 4) t20), 0) * (1 - 0.15)), FALSE)))
ORDER BY subject_id;

-- rule hidden_key_account
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       s.potential AS priority,
       s.name AS hole_1,
       s.potential AS hole_2,
       s.tier AS hole_3,
       j1.name AS hole_4
FROM run CROSS JOIN accounts s
  LEFT JOIN reps j1 ON j1.id = s.owner_id
WHERE (COALESCE(s.tier IN ('growth', 'core'), FALSE) AND COALESCE(s.potential >= (SELECT quantile_cont(t2.potential, LEAST(GREATEST(0.9, 0), 1)) FROM accounts t2), FALSE))
ORDER BY subject_id;

-- rule key_by_turnover_only
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       NULL AS priority,
       s.name AS hole_1,
       s.potential AS hole_2,
       j1.name AS hole_3
FROM run CROSS JOIN accounts s
  LEFT JOIN reps j1 ON j1.id = s.owner_id
WHERE (COALESCE(s.tier = 'key', FALSE) AND COALESCE((SELECT COUNT(*) FROM revenue t2 WHERE (t2.account_id = s.id)) >= 4, FALSE) AND COALESCE(COALESCE((SELECT SUM(t4.amount) FROM (SELECT t3.*, t3.period AS rapport_order_0, t3.position AS rapport_order_1 FROM revenue t3 WHERE (t3.account_id = s.id) ORDER BY t3.period DESC NULLS LAST, t3.position NULLS LAST LIMIT 2) t4), 0) < COALESCE((SELECT SUM(t7.amount) FROM (SELECT t6.*, t6.period AS rapport_order_0, t6.rapport_order_0 AS rapport_order_1, t6.rapport_order_1 AS rapport_order_2 FROM (SELECT t5.*, t5.period AS rapport_order_0, t5.position AS rapport_order_1 FROM revenue t5 WHERE (t5.account_id = s.id) ORDER BY t5.period DESC NULLS LAST, t5.position NULLS LAST LIMIT 4) t6 ORDER BY t6.period NULLS LAST, t6.rapport_order_0 DESC NULLS LAST, t6.rapport_order_1 NULLS LAST LIMIT 2) t7), 0), FALSE) AND COALESCE(s.potential < (SELECT quantile_cont(t8.potential, 0.5) FROM accounts t8), FALSE))
ORDER BY subject_id;

-- rule no_expansion_opportunity
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       COALESCE((SELECT SUM(t1.amount) FROM revenue t1 WHERE (t1.account_id = s.id)), 0) AS priority,
       s.name AS hole_1,
       s.since AS hole_2,
       j2.name AS hole_3
FROM run CROSS JOIN accounts s
  LEFT JOIN reps j2 ON j2.id = s.owner_id
WHERE ((COALESCE(s.tier = 'key', FALSE) OR (COALESCE(COALESCE(s.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t3.amount) FROM revenue t3 WHERE (t3.account_id = s.id)), 0) >= (SELECT quantile_cont(t6.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t5.amount) FROM revenue t5 WHERE (t5.account_id = t4.id)), 0) AS v FROM accounts t4) t6), FALSE))) AND COALESCE(s.since < CAST(run.today + INTERVAL (-24) MONTH AS DATE), FALSE) AND (NOT EXISTS (SELECT 1 FROM opportunities t7 WHERE (t7.account_id = s.id) AND (COALESCE(t7.stage NOT IN ('won', 'lost'), FALSE)) AND (COALESCE(t7.kind IN ('expansion', 'renewal'), FALSE)))))
ORDER BY subject_id;

-- rule multi_threaded_growth
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       NULL AS priority,
       j1.name AS hole_1,
       s.name AS hole_2
FROM run CROSS JOIN accounts s
  LEFT JOIN reps j1 ON j1.id = s.owner_id
  LEFT JOIN growth_plans j7 ON j7.account_id = s.id
WHERE ((COALESCE(s.tier = 'key', FALSE) OR (COALESCE(COALESCE(s.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = s.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE))) AND COALESCE((SELECT COUNT(*) FROM contacts t6 WHERE (t6.account_id = s.id) AND (COALESCE(t6.level = 'executive', FALSE))) >= 2, FALSE) AND COALESCE(j7.status = 'active', FALSE))
ORDER BY subject_id;

-- rule hollow_growth_plan
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = s.id)), 0) AS priority,
       'the growth plan of ' || (SELECT n.name FROM accounts n WHERE n.id = j1.account_id) AS let_1,
       s.name AS hole_1,
       j3.name AS hole_2
FROM run CROSS JOIN accounts s
  LEFT JOIN growth_plans j1 ON j1.account_id = s.id
  LEFT JOIN reps j3 ON j3.id = s.owner_id
WHERE ((COALESCE(s.tier = 'key', FALSE) OR (COALESCE(COALESCE(s.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = s.id)), 0) >= (SELECT quantile_cont(t7.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t6.amount) FROM revenue t6 WHERE (t6.account_id = t5.id)), 0) AS v FROM accounts t5) t7), FALSE))) AND COALESCE(j1.status IN ('draft', 'active'), FALSE) AND (j1.target IS NULL) AND (NOT EXISTS (SELECT 1 FROM objectives t8 WHERE (t8.account_id = j1.account_id))) AND (NOT EXISTS (SELECT 1 FROM actions t9 WHERE (t9.account_id = j1.account_id))))
ORDER BY subject_id;

-- rule slow_first_response
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       NULL AS priority,
       (SELECT MIN(t1.value) FROM lead_touches t1 WHERE (t1.lead_id = s.id)) AS let_1,
       s.name AS hole_1,
       COALESCE(s.company, 'an unnamed company') AS hole_2,
       (COALESCE((SELECT MIN(t1.value) FROM lead_touches t1 WHERE (t1.lead_id = s.id)), run.today) - s.created) AS hole_3,
       j2.name AS hole_4
FROM run CROSS JOIN leads s
  LEFT JOIN reps j2 ON j2.id = s.owner_id
WHERE (COALESCE(s.status <> 'disqualified', FALSE) AND CASE WHEN ((SELECT MIN(t1.value) FROM lead_touches t1 WHERE (t1.lead_id = s.id)) IS NOT NULL) THEN COALESCE(((SELECT MIN(t1.value) FROM lead_touches t1 WHERE (t1.lead_id = s.id)) - s.created) > 2, FALSE) ELSE (COALESCE((run.today - s.created) > 2, FALSE) AND (NOT (COALESCE(s.status IN ('new', 'nurturing'), FALSE) AND COALESCE((run.today - s.created) > 30, FALSE)))) END)
ORDER BY subject_id;

-- rule unnurtured_lead
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       (run.today - COALESCE((SELECT MAX(t1.value) FROM lead_touches t1 WHERE (t1.lead_id = s.id)), s.created)) AS priority,
       COALESCE((SELECT MAX(t1.value) FROM lead_touches t1 WHERE (t1.lead_id = s.id)), s.created) AS let_1,
       s.name AS hole_1,
       COALESCE(s.company, 'an unnamed company') AS hole_2,
       (run.today - COALESCE((SELECT MAX(t1.value) FROM lead_touches t1 WHERE (t1.lead_id = s.id)), s.created)) AS hole_3
FROM run CROSS JOIN leads s
WHERE (COALESCE(s.status IN ('new', 'nurturing'), FALSE) AND COALESCE((run.today - COALESCE((SELECT MAX(t1.value) FROM lead_touches t1 WHERE (t1.lead_id = s.id)), s.created)) > 30, FALSE))
ORDER BY subject_id;

-- rule dropped_too_early
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       NULL AS priority,
       s.name AS hole_1,
       (SELECT COUNT(*) FROM lead_touches t1 WHERE (t1.lead_id = s.id)) AS hole_2,
       j2.name AS hole_3
FROM run CROSS JOIN leads s
  LEFT JOIN reps j2 ON j2.id = s.owner_id
WHERE (COALESCE(s.status = 'disqualified', FALSE) AND COALESCE((SELECT COUNT(*) FROM lead_touches t3 WHERE (t3.lead_id = s.id)) < 3, FALSE))
ORDER BY subject_id;

-- rule patient_nurturing_converted
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.owner_id AS rep_id,
       NULL AS priority,
       j1.name AS hole_1,
       s.name AS hole_2,
       (SELECT COUNT(*) FROM lead_touches t2 WHERE (t2.lead_id = s.id)) AS hole_3
FROM run CROSS JOIN leads s
  LEFT JOIN reps j1 ON j1.id = s.owner_id
WHERE (COALESCE(s.status = 'converted', FALSE) AND COALESCE((SELECT COUNT(*) FROM lead_touches t3 WHERE (t3.lead_id = s.id)) >= 4, FALSE))
ORDER BY subject_id;

-- rule numbers_only
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.id AS rep_id,
       NULL AS priority,
       (SELECT COUNT(*) FROM activities t1 WHERE (t1.rep_id = s.id) AND ((COALESCE(t1.kind IN ('meeting', 'qbr', 'workshop'), FALSE) AND COALESCE(t1.date BETWEEN (run.today + -90) AND run.today, FALSE)))) AS let_1,
       (SELECT COUNT(*) FROM activities t2 WHERE (t2.rep_id = s.id) AND ((COALESCE(t2.kind = 'proposal', FALSE) AND COALESCE(t2.date BETWEEN (run.today + -90) AND run.today, FALSE)))) AS let_2,
       s.name AS hole_1,
       (SELECT COUNT(*) FROM activities t2 WHERE (t2.rep_id = s.id) AND ((COALESCE(t2.kind = 'proposal', FALSE) AND COALESCE(t2.date BETWEEN (run.today + -90) AND run.today, FALSE)))) AS hole_2,
       (SELECT COUNT(*) FROM activities t1 WHERE (t1.rep_id = s.id) AND ((COALESCE(t1.kind IN ('meeting', 'qbr', 'workshop'), FALSE) AND COALESCE(t1.date BETWEEN (run.today + -90) AND run.today, FALSE)))) AS hole_3
FROM run CROSS JOIN reps s
WHERE (COALESCE((SELECT COUNT(*) FROM activities t2 WHERE (t2.rep_id = s.id) AND ((COALESCE(t2.kind = 'proposal', FALSE) AND COALESCE(t2.date BETWEEN (run.today + -90) AND run.today, FALSE)))) >= 3, FALSE) AND COALESCE(CASE WHEN COALESCE(((SELECT COUNT(*) FROM activities t1 WHERE (t1.rep_id = s.id) AND ((COALESCE(t1.kind IN ('meeting', 'qbr', 'workshop'), FALSE) AND COALESCE(t1.date BETWEEN (run.today + -90) AND run.today, FALSE)))) + (SELECT COUNT(*) FROM activities t2 WHERE (t2.rep_id = s.id) AND ((COALESCE(t2.kind = 'proposal', FALSE) AND COALESCE(t2.date BETWEEN (run.today + -90) AND run.today, FALSE))))) = 0, FALSE) THEN 0 ELSE (CAST((SELECT COUNT(*) FROM activities t1 WHERE (t1.rep_id = s.id) AND ((COALESCE(t1.kind IN ('meeting', 'qbr', 'workshop'), FALSE) AND COALESCE(t1.date BETWEEN (run.today + -90) AND run.today, FALSE)))) AS DOUBLE) / NULLIF(CAST(((SELECT COUNT(*) FROM activities t1 WHERE (t1.rep_id = s.id) AND ((COALESCE(t1.kind IN ('meeting', 'qbr', 'workshop'), FALSE) AND COALESCE(t1.date BETWEEN (run.today + -90) AND run.today, FALSE)))) + (SELECT COUNT(*) FROM activities t2 WHERE (t2.rep_id = s.id) AND ((COALESCE(t2.kind = 'proposal', FALSE) AND COALESCE(t2.date BETWEEN (run.today + -90) AND run.today, FALSE))))) AS DOUBLE), 0)) END < 0.25, FALSE))
ORDER BY subject_id;

-- rule key_accounts_like_the_rest
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.id AS rep_id,
       NULL AS priority,
       (SELECT COALESCE(list(t1.name ORDER BY t1.ordinal NULLS LAST, t1.id NULLS LAST), []) FROM accounts t1 WHERE (t1.owner_id = s.id) AND ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE))))) AS let_1,
       (SELECT COALESCE(list(t6.name ORDER BY t6.ordinal NULLS LAST, t6.id NULLS LAST), []) FROM accounts t6 WHERE (t6.owner_id = s.id) AND (((NOT (COALESCE(t6.tier = 'key', FALSE) OR (COALESCE(COALESCE(t6.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t7.amount) FROM revenue t7 WHERE (t7.account_id = t6.id)), 0) >= (SELECT quantile_cont(t10.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t9.amount) FROM revenue t9 WHERE (t9.account_id = t8.id)), 0) AS v FROM accounts t8) t10), FALSE)))) AND COALESCE(t6.tier <> 'transactional', FALSE)))) AS let_2,
       s.name AS hole_1,
       (SELECT COALESCE(list(t1.name ORDER BY t1.ordinal NULLS LAST, t1.id NULLS LAST), []) FROM accounts t1 WHERE (t1.owner_id = s.id) AND ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE))))) AS hole_2
FROM run CROSS JOIN reps s
WHERE (COALESCE((SELECT COUNT(*) FROM accounts t1 WHERE (t1.owner_id = s.id) AND ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE))))) > 0, FALSE) AND COALESCE((SELECT COUNT(*) FROM accounts t6 WHERE (t6.owner_id = s.id) AND (((NOT (COALESCE(t6.tier = 'key', FALSE) OR (COALESCE(COALESCE(t6.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t7.amount) FROM revenue t7 WHERE (t7.account_id = t6.id)), 0) >= (SELECT quantile_cont(t10.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t9.amount) FROM revenue t9 WHERE (t9.account_id = t8.id)), 0) AS v FROM accounts t8) t10), FALSE)))) AND COALESCE(t6.tier <> 'transactional', FALSE)))) > 0, FALSE) AND COALESCE((SELECT AVG(CAST(t12.v AS DOUBLE)) FROM (SELECT (SELECT COUNT(*) FROM activities t11 WHERE (t11.account_id = t1.id) AND ((COALESCE(t11.kind IN ('meeting', 'qbr', 'workshop'), FALSE) AND COALESCE(t11.date BETWEEN (run.today + -90) AND run.today, FALSE)))) AS v FROM accounts t1 WHERE (t1.owner_id = s.id) AND ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE))))) t12) <= (SELECT AVG(CAST(t14.v AS DOUBLE)) FROM (SELECT (SELECT COUNT(*) FROM activities t13 WHERE (t13.account_id = t6.id) AND ((COALESCE(t13.kind IN ('meeting', 'qbr', 'workshop'), FALSE) AND COALESCE(t13.date BETWEEN (run.today + -90) AND run.today, FALSE)))) AS v FROM accounts t6 WHERE (t6.owner_id = s.id) AND (((NOT (COALESCE(t6.tier = 'key', FALSE) OR (COALESCE(COALESCE(t6.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t7.amount) FROM revenue t7 WHERE (t7.account_id = t6.id)), 0) >= (SELECT quantile_cont(t10.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t9.amount) FROM revenue t9 WHERE (t9.account_id = t8.id)), 0) AS v FROM accounts t8) t10), FALSE)))) AND COALESCE(t6.tier <> 'transactional', FALSE)))) t14), FALSE))
ORDER BY subject_id;

-- rule big_deals_on_one_contact
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.id AS rep_id,
       COALESCE((SELECT SUM(t2.amount) FROM opportunities t2 WHERE (t2.owner_id = s.id) AND ((COALESCE(t2.stage NOT IN ('won', 'lost'), FALSE) AND COALESCE(t2.amount >= (SELECT quantile_cont(t1.amount, LEAST(GREATEST(0.9, 0), 1)) FROM opportunities t1 WHERE (COALESCE(t1.stage NOT IN ('won', 'lost'), FALSE))), FALSE) AND COALESCE((SELECT COUNT(*) FROM opportunity_contacts t3 JOIN contacts t4 ON t4.id = t3.contact_id WHERE (t3.opportunity_id = t2.id)) <= 1, FALSE)))), 0) AS priority,
       (SELECT quantile_cont(t1.amount, LEAST(GREATEST(0.9, 0), 1)) FROM opportunities t1 WHERE (COALESCE(t1.stage NOT IN ('won', 'lost'), FALSE))) AS let_1,
       (SELECT COALESCE(list(t2.name ORDER BY t2.ordinal NULLS LAST, t2.id NULLS LAST), []) FROM opportunities t2 WHERE (t2.owner_id = s.id) AND ((COALESCE(t2.stage NOT IN ('won', 'lost'), FALSE) AND COALESCE(t2.amount >= (SELECT quantile_cont(t1.amount, LEAST(GREATEST(0.9, 0), 1)) FROM opportunities t1 WHERE (COALESCE(t1.stage NOT IN ('won', 'lost'), FALSE))), FALSE) AND COALESCE((SELECT COUNT(*) FROM opportunity_contacts t3 JOIN contacts t4 ON t4.id = t3.contact_id WHERE (t3.opportunity_id = t2.id)) <= 1, FALSE)))) AS let_2,
       (SELECT COUNT(*) FROM opportunities t2 WHERE (t2.owner_id = s.id) AND ((COALESCE(t2.stage NOT IN ('won', 'lost'), FALSE) AND COALESCE(t2.amount >= (SELECT quantile_cont(t1.amount, LEAST(GREATEST(0.9, 0), 1)) FROM opportunities t1 WHERE (COALESCE(t1.stage NOT IN ('won', 'lost'), FALSE))), FALSE) AND COALESCE((SELECT COUNT(*) FROM opportunity_contacts t3 JOIN contacts t4 ON t4.id = t3.contact_id WHERE (t3.opportunity_id = t2.id)) <= 1, FALSE)))) AS hole_1,
       (SELECT quantile_cont(t1.amount, LEAST(GREATEST(0.9, 0), 1)) FROM opportunities t1 WHERE (COALESCE(t1.stage NOT IN ('won', 'lost'), FALSE))) AS hole_2,
       s.name AS hole_3,
       (SELECT COALESCE(list(t2.name ORDER BY t2.ordinal NULLS LAST, t2.id NULLS LAST), []) FROM opportunities t2 WHERE (t2.owner_id = s.id) AND ((COALESCE(t2.stage NOT IN ('won', 'lost'), FALSE) AND COALESCE(t2.amount >= (SELECT quantile_cont(t1.amount, LEAST(GREATEST(0.9, 0), 1)) FROM opportunities t1 WHERE (COALESCE(t1.stage NOT IN ('won', 'lost'), FALSE))), FALSE) AND COALESCE((SELECT COUNT(*) FROM opportunity_contacts t3 JOIN contacts t4 ON t4.id = t3.contact_id WHERE (t3.opportunity_id = t2.id)) <= 1, FALSE)))) AS hole_4
FROM run CROSS JOIN reps s
WHERE COALESCE((SELECT COUNT(*) FROM opportunities t2 WHERE (t2.owner_id = s.id) AND ((COALESCE(t2.stage NOT IN ('won', 'lost'), FALSE) AND COALESCE(t2.amount >= (SELECT quantile_cont(t1.amount, LEAST(GREATEST(0.9, 0), 1)) FROM opportunities t1 WHERE (COALESCE(t1.stage NOT IN ('won', 'lost'), FALSE))), FALSE) AND COALESCE((SELECT COUNT(*) FROM opportunity_contacts t3 JOIN contacts t4 ON t4.id = t3.contact_id WHERE (t3.opportunity_id = t2.id)) <= 1, FALSE)))) >= 2, FALSE)
ORDER BY subject_id;

-- rule quarter_tunnel_vision
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.id AS rep_id,
       (SELECT COUNT(*) FROM activities t1 WHERE (t1.rep_id = s.id) AND (COALESCE(t1.date BETWEEN (run.today + -90) AND run.today, FALSE))) AS priority,
       (SELECT COALESCE(list(COALESCE(t1.summary, t1.kind || ' on ' || strftime(t1.date, '%-d %b %Y')) ORDER BY t1.ordinal NULLS LAST, t1.id NULLS LAST), []) FROM activities t1 WHERE (t1.rep_id = s.id) AND (COALESCE(t1.date BETWEEN (run.today + -90) AND run.today, FALSE))) AS let_1,
       (SELECT COALESCE(list(COALESCE(t1.summary, t1.kind || ' on ' || strftime(t1.date, '%-d %b %Y')) ORDER BY t1.ordinal NULLS LAST, t1.id NULLS LAST), []) FROM activities t1 WHERE (t1.rep_id = s.id) AND (COALESCE(t1.date BETWEEN (run.today + -90) AND run.today, FALSE)) AND (EXISTS (SELECT 1 FROM opportunities t2 WHERE (t2.account_id = t1.account_id) AND ((COALESCE(t2.stage NOT IN ('won', 'lost'), FALSE) AND COALESCE(CASE WHEN t2.close_date IS NULL THEN NULL ELSE LPAD(CAST((year(t2.close_date) + CASE WHEN month(t2.close_date) >= run.fiscal_start AND run.fiscal_start <> 1 THEN 1 ELSE 0 END) AS VARCHAR), 4, '0') || '-Q' || CAST((((month(t2.close_date) - run.fiscal_start + 12) % 12)//3 + 1) AS VARCHAR) END = CASE WHEN run.today IS NULL THEN NULL ELSE LPAD(CAST((year(run.today) + CASE WHEN month(run.today) >= run.fiscal_start AND run.fiscal_start <> 1 THEN 1 ELSE 0 END) AS VARCHAR), 4, '0') || '-Q' || CAST((((month(run.today) - run.fiscal_start + 12) % 12)//3 + 1) AS VARCHAR) END, FALSE)))))) AS let_2,
       (SELECT COUNT(*) FROM activities t1 WHERE (t1.rep_id = s.id) AND (COALESCE(t1.date BETWEEN (run.today + -90) AND run.today, FALSE)) AND (EXISTS (SELECT 1 FROM opportunities t2 WHERE (t2.account_id = t1.account_id) AND ((COALESCE(t2.stage NOT IN ('won', 'lost'), FALSE) AND COALESCE(CASE WHEN t2.close_date IS NULL THEN NULL ELSE LPAD(CAST((year(t2.close_date) + CASE WHEN month(t2.close_date) >= run.fiscal_start AND run.fiscal_start <> 1 THEN 1 ELSE 0 END) AS VARCHAR), 4, '0') || '-Q' || CAST((((month(t2.close_date) - run.fiscal_start + 12) % 12)//3 + 1) AS VARCHAR) END = CASE WHEN run.today IS NULL THEN NULL ELSE LPAD(CAST((year(run.today) + CASE WHEN month(run.today) >= run.fiscal_start AND run.fiscal_start <> 1 THEN 1 ELSE 0 END) AS VARCHAR), 4, '0') || '-Q' || CAST((((month(run.today) - run.fiscal_start + 12) % 12)//3 + 1) AS VARCHAR) END, FALSE)))))) AS hole_1,
       s.name AS hole_2,
       (SELECT COUNT(*) FROM activities t1 WHERE (t1.rep_id = s.id) AND (COALESCE(t1.date BETWEEN (run.today + -90) AND run.today, FALSE))) AS hole_3,
       (run.today - (run.today + -90)) AS hole_4
FROM run CROSS JOIN reps s
WHERE (COALESCE((SELECT COUNT(*) FROM activities t1 WHERE (t1.rep_id = s.id) AND (COALESCE(t1.date BETWEEN (run.today + -90) AND run.today, FALSE))) >= 5, FALSE) AND COALESCE((SELECT COUNT(*) FROM activities t1 WHERE (t1.rep_id = s.id) AND (COALESCE(t1.date BETWEEN (run.today + -90) AND run.today, FALSE)) AND (EXISTS (SELECT 1 FROM opportunities t2 WHERE (t2.account_id = t1.account_id) AND ((COALESCE(t2.stage NOT IN ('won', 'lost'), FALSE) AND COALESCE(CASE WHEN t2.close_date IS NULL THEN NULL ELSE LPAD(CAST((year(t2.close_date) + CASE WHEN month(t2.close_date) >= run.fiscal_start AND run.fiscal_start <> 1 THEN 1 ELSE 0 END) AS VARCHAR), 4, '0') || '-Q' || CAST((((month(t2.close_date) - run.fiscal_start + 12) % 12)//3 + 1) AS VARCHAR) END = CASE WHEN run.today IS NULL THEN NULL ELSE LPAD(CAST((year(run.today) + CASE WHEN month(run.today) >= run.fiscal_start AND run.fiscal_start <> 1 THEN 1 ELSE 0 END) AS VARCHAR), 4, '0') || '-Q' || CAST((((month(run.today) - run.fiscal_start + 12) % 12)//3 + 1) AS VARCHAR) END, FALSE)))))) >= (0.8 * (SELECT COUNT(*) FROM activities t1 WHERE (t1.rep_id = s.id) AND (COALESCE(t1.date BETWEEN (run.today + -90) AND run.today, FALSE)))), FALSE))
ORDER BY subject_id;

-- rule relationship_practice
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.id AS subject_id,
       s.name AS subject_name,
       s.ordinal AS subject_ordinal,
       s.id AS rep_id,
       NULL AS priority,
       (SELECT COALESCE(list(t1.name ORDER BY t1.ordinal NULLS LAST, t1.id NULLS LAST), []) FROM accounts t1 WHERE (t1.owner_id = s.id) AND ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE))))) AS let_1,
       s.name AS hole_1,
       (SELECT COUNT(*) FROM accounts t1 WHERE (t1.owner_id = s.id) AND ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE))))) AS hole_2,
       s.name AS hole_3
FROM run CROSS JOIN reps s
WHERE (COALESCE((SELECT COUNT(*) FROM accounts t1 WHERE (t1.owner_id = s.id) AND ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE))))) >= 2, FALSE) AND (NOT EXISTS (SELECT 1 FROM accounts t1 WHERE (t1.owner_id = s.id) AND ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE)))) AND (NOT COALESCE((COALESCE((SELECT k.status FROM growth_plans k WHERE k.account_id = t1.id) = 'active', FALSE) AND COALESCE((SELECT k.updated FROM growth_plans k WHERE k.account_id = t1.id) BETWEEN CAST(run.today + INTERVAL (-6) MONTH AS DATE) AND run.today, FALSE) AND (NOT COALESCE((SELECT k.next_review FROM growth_plans k WHERE k.account_id = t1.id) < run.today, FALSE)) AND COALESCE((SELECT COUNT(*) FROM contacts t6 WHERE (t6.account_id = t1.id) AND (COALESCE(t6.level IN ('executive', 'senior'), FALSE))) >= 2, FALSE)), FALSE)))))
ORDER BY subject_id;

-- rule team_has_no_key_account_process
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.team_name AS subject_id,
       (SELECT team_name FROM portfolio) AS subject_name,
       NULL AS subject_ordinal,
       NULL AS rep_id,
       NULL AS priority,
       (SELECT COALESCE(list(t1.name ORDER BY t1.ordinal NULLS LAST, t1.id NULLS LAST), []) FROM accounts t1 WHERE ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE))))) AS let_1,
       (SELECT COALESCE(list(t1.name ORDER BY t1.ordinal NULLS LAST, t1.id NULLS LAST), []) FROM accounts t1 WHERE ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE)))) AND (COALESCE((SELECT k.status FROM growth_plans k WHERE k.account_id = t1.id) = 'active', FALSE))) AS let_2,
       (SELECT COUNT(*) FROM accounts t1 WHERE ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE)))) AND (COALESCE((SELECT k.status FROM growth_plans k WHERE k.account_id = t1.id) = 'active', FALSE))) AS hole_1,
       (SELECT COUNT(*) FROM accounts t1 WHERE ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE))))) AS hole_2
FROM run CROSS JOIN portfolio s
WHERE (COALESCE((SELECT COUNT(*) FROM accounts t1 WHERE ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE))))) > 0, FALSE) AND COALESCE(CASE WHEN COALESCE((SELECT COUNT(*) FROM accounts t1 WHERE ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE))))) = 0, FALSE) THEN 0 ELSE (CAST((SELECT COUNT(*) FROM accounts t1 WHERE ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE)))) AND (COALESCE((SELECT k.status FROM growth_plans k WHERE k.account_id = t1.id) = 'active', FALSE))) AS DOUBLE) / NULLIF(CAST((SELECT COUNT(*) FROM accounts t1 WHERE ((COALESCE(t1.tier = 'key', FALSE) OR (COALESCE(COALESCE(t1.tier, 'core') <> 'transactional', FALSE) AND COALESCE(COALESCE((SELECT SUM(t2.amount) FROM revenue t2 WHERE (t2.account_id = t1.id)), 0) >= (SELECT quantile_cont(t5.v, LEAST(GREATEST(0.9, 0), 1)) FROM (SELECT COALESCE((SELECT SUM(t4.amount) FROM revenue t4 WHERE (t4.account_id = t3.id)), 0) AS v FROM accounts t3) t5), FALSE))))) AS DOUBLE), 0)) END < 0.5, FALSE))
ORDER BY subject_id;

-- rule team_has_no_lead_nurturing
WITH run AS (SELECT (SELECT as_of FROM portfolio) AS today, COALESCE((SELECT fiscal_year_start FROM portfolio), 1) AS fiscal_start, 0.9 AS key_percentile, 2 AS slips_allowed, 0.9 AS hidden_key_percentile, 0.15 AS decline_share, 0.75 AS large_account_percentile, 3 AS touches_before_dropping, 4 AS patient_touches, 0.9 AS big_deal_percentile, 0.5 AS nurtured_share, 0.8 AS tunnel_share)
SELECT s.team_name AS subject_id,
       (SELECT team_name FROM portfolio) AS subject_name,
       NULL AS subject_ordinal,
       NULL AS rep_id,
       NULL AS priority,
       (SELECT COALESCE(list(t1.name ORDER BY t1.ordinal NULLS LAST, t1.id NULLS LAST), []) FROM leads t1 WHERE (COALESCE(t1.status IN ('new', 'nurturing'), FALSE))) AS let_1,
       (SELECT COALESCE(list(t1.name ORDER BY t1.ordinal NULLS LAST, t1.id NULLS LAST), []) FROM leads t1 WHERE (COALESCE(t1.status IN ('new', 'nurturing'), FALSE)) AND ((EXISTS (SELECT 1 FROM lead_touches t2 WHERE (t2.lead_id = t1.id) AND (COALESCE(t2.value BETWEEN (run.today + -30) AND run.today, FALSE)))))) AS let_2,
       (SELECT COUNT(*) FROM leads t1 WHERE (COALESCE(t1.status IN ('new', 'nurturing'), FALSE)) AND ((EXISTS (SELECT 1 FROM lead_touches t2 WHERE (t2.lead_id = t1.id) AND (COALESCE(t2.value BETWEEN (run.today + -30) AND run.today, FALSE)))))) AS hole_1,
       (SELECT COUNT(*) FROM leads t1 WHERE (COALESCE(t1.status IN ('new', 'nurturing'), FALSE))) AS hole_2
FROM run CROSS JOIN portfolio s
WHERE (COALESCE((SELECT COUNT(*) FROM leads t1 WHERE (COALESCE(t1.status IN ('new', 'nurturing'), FALSE))) >= 3, FALSE) AND COALESCE(CASE WHEN COALESCE((SELECT COUNT(*) FROM leads t1 WHERE (COALESCE(t1.status IN ('new', 'nurturing'), FALSE))) = 0, FALSE) THEN 0 ELSE (CAST((SELECT COUNT(*) FROM leads t1 WHERE (COALESCE(t1.status IN ('new', 'nurturing'), FALSE)) AND ((EXISTS (SELECT 1 FROM lead_touches t2 WHERE (t2.lead_id = t1.id) AND (COALESCE(t2.value BETWEEN (run.today + -30) AND run.today, FALSE)))))) AS DOUBLE) / NULLIF(CAST((SELECT COUNT(*) FROM leads t1 WHERE (COALESCE(t1.status IN ('new', 'nurturing'), FALSE))) AS DOUBLE), 0)) END < 0.5, FALSE))
ORDER BY subject_id;
