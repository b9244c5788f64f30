-- Rapport's relational layout of a portfolio (rapport-portfolio/1), for DuckDB.
-- Generated from the schema by `rapport schema --dialect duckdb` (docs/fields.md, docs/warehouse.md).

-- portfolio: the portfolio's own values: one row
CREATE TABLE portfolio (
  as_of DATE NOT NULL,
  currency VARCHAR,
  fiscal_year_start BIGINT,
  team_name VARCHAR NOT NULL,
  manager VARCHAR
);

-- reps: one row per rep
CREATE TABLE reps (
  id VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  email VARCHAR,
  region VARCHAR,
  quota DOUBLE,
  hired DATE,
  ordinal BIGINT,
  PRIMARY KEY (id)
);

-- accounts: one row per account
CREATE TABLE accounts (
  id VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  owner_id VARCHAR NOT NULL REFERENCES reps (id),
  industry VARCHAR,
  tier VARCHAR CHECK (tier IN ('key', 'growth', 'core', 'transactional')),
  since DATE,
  employees BIGINT,
  potential DOUBLE,
  ordinal BIGINT,
  PRIMARY KEY (id)
);

-- custom_fields: the team's own fields of accounts: the value in the column of its kind
CREATE TABLE custom_fields (
  account_id VARCHAR NOT NULL REFERENCES accounts (id),
  name VARCHAR NOT NULL,
  text_value VARCHAR,
  number_value DOUBLE,
  boolean_value BOOLEAN,
  PRIMARY KEY (account_id, name)
);

-- revenue: one row per revenue
CREATE TABLE revenue (
  account_id VARCHAR NOT NULL REFERENCES accounts (id),
  position BIGINT NOT NULL,
  period VARCHAR NOT NULL,
  amount DOUBLE NOT NULL,
  PRIMARY KEY (account_id, position)
);

-- growth_plans: one row per growth plan
CREATE TABLE growth_plans (
  account_id VARCHAR NOT NULL REFERENCES accounts (id),
  status VARCHAR NOT NULL CHECK (status IN ('draft', 'active', 'archived')),
  updated DATE NOT NULL,
  next_review DATE,
  target DOUBLE,
  PRIMARY KEY (account_id)
);

-- objectives: what the plan wants to achieve (growth_plan.objectives)
CREATE TABLE objectives (
  account_id VARCHAR NOT NULL REFERENCES accounts (id),
  position BIGINT NOT NULL,
  value VARCHAR NOT NULL,
  PRIMARY KEY (account_id, position)
);

-- actions: one row per action
CREATE TABLE actions (
  account_id VARCHAR NOT NULL REFERENCES accounts (id),
  position BIGINT NOT NULL,
  what VARCHAR NOT NULL,
  due DATE NOT NULL,
  done BOOLEAN,
  PRIMARY KEY (account_id, position)
);

-- contacts: one row per contact
CREATE TABLE contacts (
  account_id VARCHAR NOT NULL REFERENCES accounts (id),
  id VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  title VARCHAR,
  department VARCHAR,
  level VARCHAR CHECK (level IN ('executive', 'senior', 'manager', 'staff')),
  role VARCHAR CHECK (role IN ('decision_maker', 'champion', 'influencer', 'user', 'blocker')),
  last_contact DATE,
  ordinal BIGINT,
  PRIMARY KEY (id)
);

-- activities: one row per activity
CREATE TABLE activities (
  account_id VARCHAR NOT NULL REFERENCES accounts (id),
  id VARCHAR NOT NULL,
  date DATE NOT NULL,
  kind VARCHAR NOT NULL CHECK (kind IN ('meeting', 'call', 'email', 'demo', 'proposal', 'qbr', 'workshop', 'social')),
  rep_id VARCHAR REFERENCES reps (id),
  summary VARCHAR,
  ordinal BIGINT,
  PRIMARY KEY (id)
);

-- activity_contacts: who from the customer took part (activity.contacts)
CREATE TABLE activity_contacts (
  activity_id VARCHAR NOT NULL REFERENCES activities (id),
  contact_id VARCHAR NOT NULL REFERENCES contacts (id),
  PRIMARY KEY (activity_id, contact_id)
);

-- opportunities: one row per opportunity
CREATE TABLE opportunities (
  account_id VARCHAR NOT NULL REFERENCES accounts (id),
  id VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  kind VARCHAR CHECK (kind IN ('new_business', 'expansion', 'renewal')),
  owner_id VARCHAR REFERENCES reps (id),
  stage VARCHAR NOT NULL CHECK (stage IN ('prospecting', 'qualification', 'discovery', 'proposal', 'negotiation', 'won', 'lost')),
  stage_since DATE,
  amount DOUBLE,
  slips BIGINT,
  created DATE,
  close_date DATE,
  ordinal BIGINT,
  PRIMARY KEY (id)
);

-- opportunity_contacts: the customer's people in the deal (opportunity.contacts)
CREATE TABLE opportunity_contacts (
  opportunity_id VARCHAR NOT NULL REFERENCES opportunities (id),
  contact_id VARCHAR NOT NULL REFERENCES contacts (id),
  PRIMARY KEY (opportunity_id, contact_id)
);

-- proposals: one row per proposal
CREATE TABLE proposals (
  opportunity_id VARCHAR NOT NULL REFERENCES opportunities (id),
  sent DATE NOT NULL,
  co_created BOOLEAN,
  PRIMARY KEY (opportunity_id)
);

-- leads: one row per lead
CREATE TABLE leads (
  id VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  company VARCHAR,
  source VARCHAR,
  owner_id VARCHAR NOT NULL REFERENCES reps (id),
  created DATE NOT NULL,
  status VARCHAR NOT NULL CHECK (status IN ('new', 'nurturing', 'qualified', 'converted', 'disqualified')),
  converted DATE,
  ordinal BIGINT,
  PRIMARY KEY (id)
);

-- lead_touches: each contact made with the lead (lead.touches)
CREATE TABLE lead_touches (
  lead_id VARCHAR NOT NULL REFERENCES leads (id),
  position BIGINT NOT NULL,
  value DATE NOT NULL,
  PRIMARY KEY (lead_id, position)
);
