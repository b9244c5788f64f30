-- Rapport's relational layout of a portfolio (rapport-portfolio/1), for PostgreSQL.
-- Generated from the schema by `rapport schema --dialect postgres` (docs/fields.md, docs/warehouse.md).

-- portfolio: the portfolio's own values: one row
CREATE TABLE portfolio (
  as_of DATE NOT NULL,
  currency TEXT,
  fiscal_year_start BIGINT,
  team_name TEXT NOT NULL,
  manager TEXT
);

-- reps: one row per rep
CREATE TABLE reps (
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  email TEXT,
  region TEXT,
  quota DOUBLE PRECISION,
  hired DATE,
  ordinal BIGINT,
  PRIMARY KEY (id)
);

-- accounts: one row per account
CREATE TABLE accounts (
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  owner_id TEXT NOT NULL REFERENCES reps (id),
  industry TEXT,
  tier TEXT CHECK (tier IN ('key', 'growth', 'core', 'transactional')),
  since DATE,
  employees BIGINT,
  potential DOUBLE PRECISION,
  ordinal BIGINT,
  PRIMARY KEY (id)
);
CREATE INDEX accounts_owner_id ON accounts (owner_id);

-- custom_fields: the team's own fields of accounts: the value in the column of its kind
CREATE TABLE custom_fields (
  account_id TEXT NOT NULL REFERENCES accounts (id),
  name TEXT NOT NULL,
  text_value TEXT,
  number_value DOUBLE PRECISION,
  boolean_value BOOLEAN,
  PRIMARY KEY (account_id, name)
);

-- revenue: one row per revenue
CREATE TABLE revenue (
  account_id TEXT NOT NULL REFERENCES accounts (id),
  position BIGINT NOT NULL,
  period TEXT NOT NULL,
  amount DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (account_id, position)
);

-- growth_plans: one row per growth plan
CREATE TABLE growth_plans (
  account_id TEXT NOT NULL REFERENCES accounts (id),
  status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'archived')),
  updated DATE NOT NULL,
  next_review DATE,
  target DOUBLE PRECISION,
  PRIMARY KEY (account_id)
);

-- objectives: what the plan wants to achieve (growth_plan.objectives)
CREATE TABLE objectives (
  account_id TEXT NOT NULL REFERENCES accounts (id),
  position BIGINT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (account_id, position)
);

-- actions: one row per action
CREATE TABLE actions (
  account_id TEXT NOT NULL REFERENCES accounts (id),
  position BIGINT NOT NULL,
  what TEXT NOT NULL,
  due DATE NOT NULL,
  done BOOLEAN,
  PRIMARY KEY (account_id, position)
);

-- contacts: one row per contact
CREATE TABLE contacts (
  account_id TEXT NOT NULL REFERENCES accounts (id),
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  title TEXT,
  department TEXT,
  level TEXT CHECK (level IN ('executive', 'senior', 'manager', 'staff')),
  role TEXT CHECK (role IN ('decision_maker', 'champion', 'influencer', 'user', 'blocker')),
  last_contact DATE,
  ordinal BIGINT,
  PRIMARY KEY (id)
);
CREATE INDEX contacts_account_id ON contacts (account_id);

-- activities: one row per activity
CREATE TABLE activities (
  account_id TEXT NOT NULL REFERENCES accounts (id),
  id TEXT NOT NULL,
  date DATE NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'email', 'demo', 'proposal', 'qbr', 'workshop', 'social')),
  rep_id TEXT REFERENCES reps (id),
  summary TEXT,
  ordinal BIGINT,
  PRIMARY KEY (id)
);
CREATE INDEX activities_account_id ON activities (account_id);
CREATE INDEX activities_rep_id ON activities (rep_id);

-- activity_contacts: who from the customer took part (activity.contacts)
CREATE TABLE activity_contacts (
  activity_id TEXT NOT NULL REFERENCES activities (id),
  contact_id TEXT NOT NULL REFERENCES contacts (id),
  PRIMARY KEY (activity_id, contact_id)
);
CREATE INDEX activity_contacts_contact_id ON activity_contacts (contact_id);

-- opportunities: one row per opportunity
CREATE TABLE opportunities (
  account_id TEXT NOT NULL REFERENCES accounts (id),
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT CHECK (kind IN ('new_business', 'expansion', 'renewal')),
  owner_id TEXT REFERENCES reps (id),
  stage TEXT NOT NULL CHECK (stage IN ('prospecting', 'qualification', 'discovery', 'proposal', 'negotiation', 'won', 'lost')),
  stage_since DATE,
  amount DOUBLE PRECISION,
  slips BIGINT,
  created DATE,
  close_date DATE,
  ordinal BIGINT,
  PRIMARY KEY (id)
);
CREATE INDEX opportunities_account_id ON opportunities (account_id);
CREATE INDEX opportunities_owner_id ON opportunities (owner_id);

-- opportunity_contacts: the customer's people in the deal (opportunity.contacts)
CREATE TABLE opportunity_contacts (
  opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
  contact_id TEXT NOT NULL REFERENCES contacts (id),
  PRIMARY KEY (opportunity_id, contact_id)
);
CREATE INDEX opportunity_contacts_contact_id ON opportunity_contacts (contact_id);

-- proposals: one row per proposal
CREATE TABLE proposals (
  opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
  sent DATE NOT NULL,
  co_created BOOLEAN,
  PRIMARY KEY (opportunity_id)
);

-- leads: one row per lead
CREATE TABLE leads (
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  company TEXT,
  source TEXT,
  owner_id TEXT NOT NULL REFERENCES reps (id),
  created DATE NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('new', 'nurturing', 'qualified', 'converted', 'disqualified')),
  converted DATE,
  ordinal BIGINT,
  PRIMARY KEY (id)
);
CREATE INDEX leads_owner_id ON leads (owner_id);

-- lead_touches: each contact made with the lead (lead.touches)
CREATE TABLE lead_touches (
  lead_id TEXT NOT NULL REFERENCES leads (id),
  position BIGINT NOT NULL,
  value DATE NOT NULL,
  PRIMARY KEY (lead_id, position)
);
