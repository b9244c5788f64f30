-- Five rules of the shipped pack in DuckDB SQL, over a portfolio JSON file, for the lint
-- benchmark (docs/benchmarks/lint_vs_duckdb.py sets the file and the date).
-- Each query returns the subjects the rule fires on.

CREATE TEMP TABLE doc AS
  SELECT * FROM read_json('PORTFOLIO', maximum_object_size = 2000000000);
CREATE TEMP TABLE acc AS SELECT unnest(accounts, max_depth := 2) FROM doc;
CREATE TEMP TABLE lifetimes AS
  SELECT id, coalesce(list_sum(list_transform(revenue, lambda r: r.amount)), 0) AS lifetime, tier FROM acc;
CREATE TEMP TABLE key_accounts AS
  SELECT l.id FROM lifetimes l
  WHERE l.tier = 'key'
     OR (coalesce(l.tier, 'core') <> 'transactional'  -- an untiered account counts by revenue, as in Rapport
         AND l.lifetime >= (SELECT quantile_cont(lifetime, 0.9) FROM lifetimes));

-- key_account_without_growth_plan
SELECT count(*) AS key_account_without_growth_plan FROM acc JOIN key_accounts k USING (id) WHERE acc.growth_plan IS NULL;

-- single_threaded_key_account
SELECT count(*) AS single_threaded_key_account FROM acc JOIN key_accounts k USING (id)
WHERE len(list_filter(coalesce(contacts, []), lambda c: c.level IN ('executive', 'senior'))) < 2;

-- going_dark
SELECT count(*) AS going_dark FROM acc JOIN key_accounts k USING (id)
WHERE coalesce(list_max(list_transform(list_filter(coalesce(activities, []), lambda x: x.kind IN ('meeting', 'qbr', 'workshop')),
                                       lambda x: CAST(x.date AS DATE))), DATE '1900-01-01') < DATE 'AS_OF' - INTERVAL 90 DAY;

-- proposal_in_isolation
WITH opps AS (SELECT acc.id AS account, unnest(opportunities) AS o, acc.activities FROM acc)
SELECT count(*) AS proposal_in_isolation FROM opps
WHERE o.stage IN ('proposal', 'negotiation') AND o.proposal IS NOT NULL AND NOT coalesce(o.proposal.co_created, false)
  AND len(list_filter(coalesce(activities, []),
          lambda x: x.kind IN ('meeting', 'workshop') AND CAST(x.date AS DATE) > CAST(o.created AS DATE))) = 0;

-- unnurtured_lead
WITH l AS (SELECT unnest(leads, max_depth := 2) FROM doc)
SELECT count(*) AS unnurtured_lead FROM l
WHERE status IN ('new', 'nurturing')
  AND DATE 'AS_OF' - coalesce(CAST(list_max(touches) AS DATE), CAST(created AS DATE)) > 30;
