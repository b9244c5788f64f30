// Generated from Rules/*.rapport by ShippedRulesTests (RAPPORT_UPDATE_GOLDENS=1 swift test).
// Do not edit: edit Rules/ and regenerate.

/// The coaching rule pack built into the binary, so `rapport lint` works outside the repository.
enum ShippedRules {
    /// The folder name shown in messages about the shipped rules.
    static let root = "<shipped rules>"

    /// File name → text.
    static let files: [String: String] = [
        "common.rapport": #"""
# Shared definitions for the shipped coaching pack.

# An account counts as key when the team tiers it so, or when its booked revenue is in the
# top tenth of the portfolio.
param key_percentile = 90%

# How long a key relationship may go without a face-to-face conversation.
param dark_after = 90 days

define account.lifetime = sum(revenue.amount)

define account.is_key =
  tier == "key" or lifetime >= percentile(accounts.lifetime, key_percentile)

define account.last_meeting =
  max((activities where kind in ["meeting", "qbr", "workshop"]).date)

define account.senior_contacts = contacts where level in ["executive", "senior"]

define share(part, whole) = if whole == 0 then 0 else part / whole
"""#,
        "key_accounts.rapport": #"""
import "common"

rule key_account_without_growth_plan
  title    "Key account handled with no growth plan"
  severity warning
  tags     key_accounts, growth
  for each account a
  when     a.is_key and a.growth_plan is missing
  advise   "{a.name} is one of {a.owner.name}'s key accounts ({a.lifetime as money} so far) but has no growth plan. Book a planning session with the customer this month."
  because  "Growing a key account takes a plan made with the customer, not a bigger quota."
  priority a.lifetime
end

rule single_threaded_key_account
  title    "Key account hanging on fewer than two senior contacts"
  severity warning
  tags     key_accounts, relationships
  for each account a
  let      senior = a.senior_contacts
  when     a.is_key and count(senior) < 2
  advise   "{a.name} depends on {count(senior)} senior contact(s). Ask {a.owner.name} to map the buying group and win an executive sponsor."
  because  "A key account that rests on one person is lost when that person moves on."
end

rule going_dark
  title    "Key account gone quiet"
  severity suggestion
  tags     key_accounts, relationships
  for each account a
  let      last = a.last_meeting
  when     a.is_key and (last is missing or not (last within last dark_after))
  advise   "No meeting with {a.name} since {last as date}. Ask {a.owner.name} to book a visit before the next proposal."
  because  "Key relationships need regular face time, not only email."
end

rule multi_threaded_growth
  title    "Key account run as a relationship"
  severity praise
  tags     key_accounts, praise
  for each account a
  when     a.is_key
           and count(a.contacts where level == "executive") >= 2
           and a.growth_plan.status == "active"
  advise   "{a.owner.name} runs {a.name} as a relationship: two executives engaged and an active growth plan. Say so in the team meeting."
  because  "Praise the behaviour you want the whole team to copy."
end

test key_account_without_growth_plan
  given "fixtures/key_accounts.json"
  expect finding on "a-2"
  expect no finding on "a-1"
  expect 1 finding
end

test multi_threaded_growth
  given "fixtures/key_accounts.json"
  expect finding on "a-1"
  expect no finding on "a-2"
end
"""#,
        "leads_and_reps.rapport": #"""
import "common"

param nurture_gap = 30 days

rule unnurtured_lead
  title    "Lead left waiting"
  severity suggestion
  tags     leads
  for each lead l
  let      last_touch = max(l.touches) ?? l.created
  when     l.status in ["new", "nurturing"] and today - last_touch > nurture_gap
  advise   "{l.name} at {l.company} has heard nothing for {days(today - last_touch)} days. Send something useful, not a price list."
  because  "Leads become customers through patient nurturing, not one call."
end

rule numbers_only
  title    "Chasing this quarter's number, not relationships"
  severity warning
  tags     reps, relationships
  for each rep r
  let      meetings  = count(r.activities where kind in ["meeting", "qbr", "workshop"] and date within last 90 days)
  let      proposals = count(r.activities where kind == "proposal" and date within last 90 days)
  when     proposals >= 3 and share(meetings, meetings + proposals) < 25%
  advise   "{r.name} sent {proposals} proposals but held {meetings} meetings in 90 days. Talk about the relationships behind the deals, not only the number."
  because  "Proposals written without meeting the customer rarely win, and never grow the account."
end

rule team_has_no_key_account_process
  title    "No key-account process in the team"
  severity critical
  tags     team, key_accounts
  for each team t
  let      keys    = accounts where is_key
  let      planned = keys where growth_plan.status == "active"
  when     count(keys) > 0 and share(count(planned), count(keys)) < 50%
  advise   "Only {count(planned)} of {count(keys)} key accounts have an active growth plan. Agree a key-account routine with the team: a plan per key account, reviewed each quarter."
  because  "Key accounts picked by turnover and then treated like the rest do not grow."
end
"""#,
    ]
}
