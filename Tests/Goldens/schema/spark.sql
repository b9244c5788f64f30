-- Rapport's relational layout of a portfolio (rapport-portfolio/1), for Spark SQL.
-- Generated from the schema by `rapport schema --dialect spark` (docs/fields.md, docs/warehouse.md).

-- portfolio: the portfolio's own values: one row
CREATE TABLE portfolio (
  as_of DATE COMMENT 'required',
  currency STRING,
  fiscal_year_start BIGINT,
  team_name STRING COMMENT 'required',
  manager STRING
) USING parquet;

-- reps: one row per rep
CREATE TABLE reps (
  id STRING COMMENT 'required',
  name STRING COMMENT 'required',
  email STRING,
  region STRING,
  quota DOUBLE,
  hired DATE,
  ordinal BIGINT
) USING parquet;

-- accounts: one row per account
CREATE TABLE accounts (
  id STRING COMMENT 'required',
  name STRING COMMENT 'required',
  owner_id STRING COMMENT 'required; refers to reps.id',
  industry STRING,
  tier STRING COMMENT 'one of: key, growth, core, transactional',
  since DATE,
  employees BIGINT,
  potential DOUBLE,
  ordinal BIGINT
) USING parquet;

-- custom_fields: the team's own fields of accounts: the value in the column of its kind
CREATE TABLE custom_fields (
  account_id STRING COMMENT 'required; refers to accounts.id',
  name STRING COMMENT 'required',
  text_value STRING,
  number_value DOUBLE,
  boolean_value BOOLEAN
) USING parquet;

-- revenue: one row per revenue
CREATE TABLE revenue (
  account_id STRING COMMENT 'required; refers to accounts.id',
  position BIGINT COMMENT 'required',
  period STRING COMMENT 'required',
  amount DOUBLE COMMENT 'required'
) USING parquet;

-- growth_plans: one row per growth plan
CREATE TABLE growth_plans (
  account_id STRING COMMENT 'required; refers to accounts.id',
  status STRING COMMENT 'required; one of: draft, active, archived',
  updated DATE COMMENT 'required',
  next_review DATE,
  target DOUBLE
) USING parquet;

-- objectives: what the plan wants to achieve (growth_plan.objectives)
CREATE TABLE objectives (
  account_id STRING COMMENT 'required; refers to accounts.id',
  position BIGINT COMMENT 'required',
  value STRING COMMENT 'required'
) USING parquet;

-- actions: one row per action
CREATE TABLE actions (
  account_id STRING COMMENT 'required; refers to accounts.id',
  position BIGINT COMMENT 'required',
  what STRING COMMENT 'required',
  due DATE COMMENT 'required',
  done BOOLEAN
) USING parquet;

-- contacts: one row per contact
CREATE TABLE contacts (
  account_id STRING COMMENT 'required; refers to accounts.id',
  id STRING COMMENT 'required',
  name STRING COMMENT 'required',
  title STRING,
  department STRING,
  level STRING COMMENT 'one of: executive, senior, manager, staff',
  role STRING COMMENT 'one of: decision_maker, champion, influencer, user, blocker',
  last_contact DATE,
  ordinal BIGINT
) USING parquet;

-- activities: one row per activity
CREATE TABLE activities (
  account_id STRING COMMENT 'required; refers to accounts.id',
  id STRING COMMENT 'required',
  date DATE COMMENT 'required',
  kind STRING COMMENT 'required; one of: meeting, call, email, demo, proposal, qbr, workshop, social',
  rep_id STRING COMMENT 'refers to reps.id',
  summary STRING,
  ordinal BIGINT
) USING parquet;

-- activity_contacts: who from the customer took part (activity.contacts)
CREATE TABLE activity_contacts (
  activity_id STRING COMMENT 'required; refers to activities.id',
  contact_id STRING COMMENT 'required; refers to contacts.id'
) USING parquet;

-- opportunities: one row per opportunity
CREATE TABLE opportunities (
  account_id STRING COMMENT 'required; refers to accounts.id',
  id STRING COMMENT 'required',
  name STRING COMMENT 'required',
  kind STRING COMMENT 'one of: new_business, expansion, renewal',
  owner_id STRING COMMENT 'refers to reps.id',
  stage STRING COMMENT 'required; one of: prospecting, qualification, discovery, proposal, negotiation, won, lost',
  stage_since DATE,
  amount DOUBLE,
  slips BIGINT,
  created DATE,
  close_date DATE,
  ordinal BIGINT
) USING parquet;

-- opportunity_contacts: the customer's people in the deal (opportunity.contacts)
CREATE TABLE opportunity_contacts (
  opportunity_id STRING COMMENT 'required; refers to opportunities.id',
  contact_id STRING COMMENT 'required; refers to contacts.id'
) USING parquet;

-- proposals: one row per proposal
CREATE TABLE proposals (
  opportunity_id STRING COMMENT 'required; refers to opportunities.id',
  sent DATE COMMENT 'required',
  co_created BOOLEAN
) USING parquet;

-- leads: one row per lead
CREATE TABLE leads (
  id STRING COMMENT 'required',
  name STRING COMMENT 'required',
  company STRING,
  source STRING,
  owner_id STRING COMMENT 'required; refers to reps.id',
  created DATE COMMENT 'required',
  status STRING COMMENT 'required; one of: new, nurturing, qualified, converted, disqualified',
  converted DATE,
  ordinal BIGINT
) USING parquet;

-- lead_touches: each contact made with the lead (lead.touches)
CREATE TABLE lead_touches (
  lead_id STRING COMMENT 'required; refers to leads.id',
  position BIGINT COMMENT 'required',
  value DATE COMMENT 'required'
) USING parquet;
