// Generated from Rules/*.rapport by ShippedRulesTests (RAPPORT_UPDATE_GOLDENS=1 swift test).
// Do not edit: edit Rules/ and regenerate.

/// The coaching rule pack built into the binary, so `rapport lint` works outside the repository.
package enum ShippedRules {
    /// The folder name shown in messages about the shipped rules.
    package static let root = "<shipped rules>"

    /// File name → text.
    package static let files: [String: String] = [
        "common.rapport": #"""
# Shared definitions for the shipped coaching pack.
# An account counts as key when the team tiers it so, or when its booked revenue is in the
# top tenth of the portfolio (an account the team has not tiered counts by its revenue alone).
# Transactional accounts are never treated as key: they are served, not grown, and the pack
# does not ask for relationship work on them.
param key_percentile = 90%

# How long a key relationship may go without a face-to-face conversation.
param dark_after = 90 days

define account.lifetime = sum(revenue.amount)

define account.is_key =
  tier == "key" or (tier ?? "core" != "transactional" and lifetime >= percentile(accounts.lifetime, key_percentile))

define account.last_meeting = max((activities where kind in ["meeting", "qbr", "workshop"]).date)
define account.senior_contacts = contacts where level in ["executive", "senior"]

# Revenue of the last two booked quarters against the two before them.
define account.recent_revenue = sum(take(revenue by period desc, 2).amount)
define account.earlier_revenue = sum(take(take(revenue by period desc, 4) by period, 2).amount)

# Revenue of the last four booked quarters against the four before them: the same period last year.
define account.last_year_revenue = sum(take(revenue by period desc, 4).amount)
define account.year_before_revenue = sum(take(take(revenue by period desc, 8) by period, 4).amount)
define account.open_opportunities = opportunities where stage not in ["won", "lost"]
define share(part, whole) = if whole == 0 then 0 else part / whole
"""#,
        "deals.rapport": #"""
import "common"

param follow_up_within = 14 days
param stalled_after = 90 days
param slips_allowed = 2

rule proposal_in_isolation
  title    "Proposal written without meeting the customer"
  severity suggestion
  tags     proposals, relationships
  for each opportunity o
  when     o.stage in ["proposal", "negotiation"]
           and o.proposal is present
           and not o.proposal.co_created
           and no x in o.account.activities: x.kind in ["meeting", "workshop"] and x.date after o.created
  advise   "The proposal for {o.name} ({o.amount as money}) was written without meeting {o.account.name}. Build the next version with the customer in a workshop."
  because  "Proposals written alone answer the questions the seller imagines, not the customer's."
  priority o.amount ?? 0
end

rule proposal_without_follow_up
  title    "Proposal sent and left"
  severity suggestion
  tags     proposals
  for each opportunity o
  let      sent = o.proposal.sent
  when     o.stage == "proposal"
           and sent before today - follow_up_within
           and no x in o.account.activities: x.date after sent
  advise   "The proposal for {o.name} went to {o.account.name} on {sent as date} and nothing has happened since. Ask {o.owner.name} to call and walk the customer through it."
  because  "A proposal without follow-up is a price list."
  priority o.amount ?? 0
end

rule stalled_deal
  title    "Deal stuck in one stage"
  severity suggestion
  tags     deals
  for each opportunity o
  let      stuck = today - o.stage_since
  when     o.stage not in ["won", "lost"] and stuck > stalled_after
  advise   "{o.name} at {o.account.name} has been in {o.stage} for {days(stuck)} days. Agree with {o.owner.name} the one step that would move it, or close it."
  because  "Deals that sit still hide the real pipeline and the real problem."
  priority o.amount ?? 0
end

rule slipping_close_date
  title    "Close date slipping again and again"
  severity warning
  tags     deals
  for each opportunity o
  when     o.stage not in ["won", "lost"] and o.slips > slips_allowed
  advise   "The close date of {o.name} at {o.account.name} has moved {o.slips} times. Ask {o.owner.name} what the customer actually needs to decide."
  because  "A date that keeps slipping is a date the customer never agreed to."
  priority o.amount ?? 0
end

rule co_created_proposal_won
  title    "Won with a proposal written together"
  severity praise
  tags     proposals, praise
  for each opportunity o
  when     o.stage == "won" and o.proposal.co_created
  advise   "{o.owner.name} won {o.name} at {o.account.name} with a proposal built together with the customer. Share how in the next team meeting."
  because  "Praise the way of selling you want more of."
end

rule close_date_passed
  title    "Close date already past"
  severity suggestion
  tags     deals
  for each opportunity o
  let      late = today - o.close_date
  when     o.stage not in ["won", "lost"] and o.close_date before today
  advise   "{o.name} at {o.account.name} was to close on {o.close_date as date}, {days(late)} day(s) ago, and is still open. Ask {o.owner.name} for a date the customer has agreed to, or close it."
  because  "A forecast with dates in the past is a wish list, and it hides where the deal really stands."
  priority o.amount ?? 0
end

test proposal_in_isolation
  given "fixtures/deals.json"
  expect finding on "o-1"
  expect no finding on "o-2"
  expect no finding on "o-3"
end

test proposal_without_follow_up
  given "fixtures/deals.json"
  expect finding on "o-1"
  expect no finding on "o-2"
  expect 1 finding
end

test stalled_deal
  given "fixtures/deals.json"
  expect finding on "o-4"
  expect no finding on "o-2"
  expect no finding on "o-3"
end

test slipping_close_date
  given "fixtures/deals.json"
  expect finding on "o-4"
  expect no finding on "o-1"
  expect 1 finding
end

test co_created_proposal_won
  given "fixtures/deals.json"
  expect finding on "o-3"
  expect no finding on "o-5"
  expect 1 finding
end

test close_date_passed
  given "fixtures/deals.json"
  expect finding on "o-4"
  expect no finding on "o-1"
  expect no finding on "o-3"
  expect 1 finding
end
"""#,
        "key_accounts.rapport": #"""
import "common"

param plan_stale_after = 6 months
param hidden_key_percentile = 90%
param long_standing = 2 years

# How far a relationship account's last four quarters may fall below the four before them.
param decline_share = 15%

# A core or growth account is large when its booked revenue is at or above this percentile:
# its decline is a warning, a smaller account's a suggestion.
param large_account_percentile = 75%

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

rule stale_growth_plan
  title    "Growth plan left to go stale"
  severity suggestion
  tags     key_accounts, growth
  for each account a
  let      plan = a.growth_plan
  when     a.is_key
           and plan.status == "active"
           and (plan.updated before today - plan_stale_after or plan.next_review before today)
  advise   "The growth plan for {a.name} was last updated on {plan.updated as date}. Ask {a.owner.name} to review it with the customer before the next quarter."
  because  "A plan nobody revisits stops steering the relationship."
  priority a.lifetime
end

rule overdue_plan_actions
  title    "Growth plan actions overdue"
  severity suggestion
  tags     key_accounts, growth
  for each account a
  let      overdue = a.growth_plan.actions where not done and due before today
  when     a.is_key and count(overdue) > 0
  advise   "{count(overdue)} overdue action(s) in the plan for {a.name}: {overdue.what as list}. Agree new dates with {a.owner.name} or drop them."
  because  "Overdue actions tell the customer the plan is not real."
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
  priority a.lifetime
end

rule going_dark
  title    "Key account gone quiet"
  severity suggestion
  tags     key_accounts, relationships
  for each account a
  let      last = a.last_meeting
  when     a.is_key and (last is missing or not (last within last dark_after))
  advise   "No meeting with {a.name} in the last {days(dark_after)} days (last meeting: {last as date}). Ask {a.owner.name} to book a visit before the next proposal."
  because  "Key relationships need regular face time, not only email."
  priority a.lifetime
end

rule key_account_in_one_department
  title    "All contacts in one department"
  severity suggestion
  tags     key_accounts, relationships
  for each account a
  let      departments = a.contacts.department
  when     a.is_key and count(a.contacts) >= 2 and all d in departments: d == first(departments)
  advise   "Everyone {a.owner.name} knows at {a.name} works in {first(departments)}. Ask for an introduction to operations or finance."
  because  "Relationships in one department see one side of the customer's needs."
end

rule no_executive_relationship
  title    "No executive relationship"
  severity warning
  tags     key_accounts, relationships
  for each account a
  when     a.is_key and no c in a.contacts: c.level == "executive"
  advise   "Nobody at executive level knows us at {a.name}. Plan with {a.owner.name} how to reach the leadership team, for example through a business review."
  because  "Key accounts are won and kept at executive level."
  priority a.lifetime
end

rule key_account_shrinking
  title    "Key account revenue flat or shrinking"
  severity warning
  tags     key_accounts, growth
  for each account a
  let      recent = a.recent_revenue
  let      earlier = a.earlier_revenue
  let      this_year = a.last_year_revenue
  let      year_before = a.year_before_revenue
  let      down_on_last_year = count(a.revenue) >= 8 and this_year < year_before * (1 - decline_share)
  when     a.is_key and count(a.revenue) >= 4 and (recent <= earlier or down_on_last_year)
  advise   "{if recent <= earlier then "{a.name} booked {recent as money} in the last two quarters against {earlier as money} before." else "{a.name} booked {this_year as money} in its last four quarters against {year_before as money} in the four before."} Ask {a.owner.name} what changed at the customer and what the plan is."
  because  "A key account that stops growing is usually drifting to a competitor; against last year a slow decline shows even when the last quarter picked up."
  priority if recent <= earlier then earlier - recent else year_before - this_year
end

rule large_account_declining
  title    "Large account down on last year"
  severity warning
  tags     growth, relationships
  for each account a
  let      this_year = a.last_year_revenue
  let      year_before = a.year_before_revenue
  when     a.tier in ["growth", "core"]
           and not a.is_key
           and a.lifetime >= percentile(accounts.lifetime, large_account_percentile)
           and count(a.revenue) >= 8
           and this_year < year_before * (1 - decline_share)
  advise   "{a.name}, one of the team's largest accounts, booked {this_year as money} in its last four quarters against {year_before as money} in the four before. Ask {a.owner.name} what changed at the customer and agree a plan to win it back."
  because  "The larger the account, the more a decline costs: it deserves the attention a key account gets."
  priority year_before - this_year
end

rule relationship_account_declining
  title    "Account down on last year"
  severity suggestion
  tags     growth, relationships
  for each account a
  let      this_year = a.last_year_revenue
  let      year_before = a.year_before_revenue
  when     a.tier in ["growth", "core"]
           and not a.is_key
           and a.lifetime < percentile(accounts.lifetime, large_account_percentile)
           and count(a.revenue) >= 8
           and this_year < year_before * (1 - decline_share)
  advise   "{a.name} booked {this_year as money} in its last four quarters against {year_before as money} in the four before. Ask {a.owner.name} what changed at the customer before the decline becomes a loss."
  because  "Judged only quarter on quarter, a slow decline hides in the noise; against last year it shows."
  priority year_before - this_year
end

rule hidden_key_account
  title    "Large account not treated as key"
  severity suggestion
  tags     key_accounts, growth
  for each account a
  when     a.tier in ["growth", "core"]
           and a.potential >= percentile(accounts.potential, hidden_key_percentile)
  advise   "{a.name} could spend {a.potential as money} a year with us but is tiered {a.tier}. Discuss with {a.owner.name} whether it should be run as a key account."
  because  "Key accounts are chosen by potential, not only by past turnover."
  priority a.potential
end

rule key_by_turnover_only
  title    "Key account by turnover only"
  severity info
  tags     key_accounts
  for each account a
  when     a.tier == "key"
           and count(a.revenue) >= 4
           and a.recent_revenue < a.earlier_revenue
           and a.potential < median(accounts.potential)
  advise   "{a.name} is tiered key but is shrinking and has little potential left ({a.potential as money}). Review with {a.owner.name} whether the key-account effort belongs elsewhere."
  because  "Key-account time is scarce; spend it where the customer can grow."
end

rule no_expansion_opportunity
  title    "Long-standing customer with nothing open"
  severity suggestion
  tags     key_accounts, growth
  for each account a
  when     a.is_key
           and a.since before today - long_standing
           and no o in a.open_opportunities: o.kind in ["expansion", "renewal"]
  advise   "{a.name} has been a customer since {a.since as date} and has no expansion or renewal open. Ask {a.owner.name} where the next piece of business is."
  because  "Growth in existing customers is planned, not waited for."
  priority a.lifetime
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

rule hollow_growth_plan
  title    "Growth plan with nothing in it"
  severity suggestion
  tags     key_accounts, growth
  for each account a
  let      plan = a.growth_plan
  when     a.is_key
           and plan.status in ["draft", "active"]
           and plan.target is missing
           and empty(plan.objectives)
           and empty(plan.actions)
  advise   "The growth plan for {a.name} has no target, no objectives and no actions. Fill it in with {a.owner.name} and the customer: what to grow, by how much, and the next step."
  because  "A plan without a target or a next step is a name on a list, not a plan."
  priority a.lifetime
end

test key_account_without_growth_plan
  given "fixtures/key_accounts.json"
  expect finding on "a-2"
  expect no finding on "a-1"
  expect no finding on "a-3"
  expect 1 finding
end

test stale_growth_plan
  given "fixtures/key_accounts.json"
  expect finding on "a-4"
  expect no finding on "a-1"
  expect 1 finding
end

test overdue_plan_actions
  given "fixtures/key_accounts.json"
  expect finding on "a-4"
  expect no finding on "a-1"
  expect 1 finding
end

test single_threaded_key_account
  given "fixtures/key_accounts.json"
  expect finding on "a-2"
  expect no finding on "a-1"
  expect no finding on "a-3"
end

test going_dark
  given "fixtures/key_accounts.json"
  expect finding on "a-2"
  expect no finding on "a-1"
  expect no finding on "a-3"
  expect 1 finding
end

test key_account_in_one_department
  given "fixtures/key_accounts.json"
  expect finding on "a-4"
  expect no finding on "a-1"
  expect 1 finding
end

test no_executive_relationship
  given "fixtures/key_accounts.json"
  expect finding on "a-2"
  expect no finding on "a-1"
  expect no finding on "a-3"
end

test key_account_shrinking
  given "fixtures/key_accounts.json"
  expect finding on "a-4"
  expect no finding on "a-1"
  expect 1 finding
end

test hidden_key_account
  given "fixtures/key_accounts.json"
  expect finding on "a-5"
  expect no finding on "a-3"
  expect 1 finding
end

test key_by_turnover_only
  given "fixtures/key_accounts.json"
  expect finding on "a-4"
  expect no finding on "a-1"
  expect 1 finding
end

test no_expansion_opportunity
  given "fixtures/key_accounts.json"
  expect finding on "a-2"
  expect no finding on "a-1"
end

test multi_threaded_growth
  given "fixtures/key_accounts.json"
  expect finding on "a-1"
  expect no finding on "a-2"
  expect 1 finding
end

test hollow_growth_plan
  given "fixtures/plans.json"
  expect finding on "p-1"
  expect no finding on "p-2"
  expect no finding on "p-3"
  expect no finding on "p-4"
  expect 1 finding
end

test relationship_account_declining
  given "fixtures/trends.json"
  expect finding on "g-1"
  expect finding on "c-1"
  expect no finding on "g-2"
  expect no finding on "g-3"
  expect no finding on "g-4"
  expect no finding on "k-1"
  expect 2 findings
end

test large_account_declining
  given "fixtures/trends.json"
  expect finding on "g-4"
  expect no finding on "g-1"
  expect no finding on "c-1"
  expect no finding on "k-2"
  expect 1 finding
end

test key_account_shrinking
  given "fixtures/trends.json"
  expect finding on "k-2"
  expect no finding on "k-1"
  expect no finding on "g-1"
  expect no finding on "g-4"
  expect 1 finding
end
"""#,
        "leads.rapport": #"""
import "common"

param nurture_gap = 30 days
param first_response_within = 2 days
param touches_before_dropping = 3
param patient_touches = 4

# A lead never answered for longer than nurture_gap is "left waiting" (unnurtured_lead), said
# there once rather than here too.
rule slow_first_response
  title    "Lead waited for a first answer"
  severity suggestion
  tags     leads
  for each lead l
  let      first_touch = min(l.touches)
  when     l.status != "disqualified"
           and if first_touch is present then first_touch - l.created > first_response_within else today - l.created > first_response_within and not (l.status in ["new", "nurturing"] and today - l.created > nurture_gap)
  advise   "{l.name} at {l.company ?? "an unnamed company"} waited {days((first_touch ?? today) - l.created)} days for a first answer. Agree with {l.owner.name} to answer new leads within two days."
  because  "Interest cools fast; the first answer decides whether a conversation starts."
end

rule unnurtured_lead
  title    "Lead left waiting"
  severity suggestion
  tags     leads
  for each lead l
  let      last_touch = max(l.touches) ?? l.created
  when     l.status in ["new", "nurturing"] and today - last_touch > nurture_gap
  advise   "{l.name} at {l.company ?? "an unnamed company"} has heard nothing for {days(today - last_touch)} days. Send something useful, not a price list."
  because  "Leads become customers through patient nurturing, not one call."
  priority days(today - last_touch)
end

rule dropped_too_early
  title    "Lead dropped after too few touches"
  severity info
  tags     leads
  for each lead l
  when     l.status == "disqualified" and count(l.touches) < touches_before_dropping
  advise   "{l.name} was disqualified after {count(l.touches)} touch(es). Ask {l.owner.name} what the lead said before giving up."
  because  "Most buyers need several conversations before they are ready."
end

rule patient_nurturing_converted
  title    "Patient nurturing that converted"
  severity praise
  tags     leads, praise
  for each lead l
  when     l.status == "converted" and count(l.touches) >= patient_touches
  advise   "{l.owner.name} stayed in touch with {l.name} {count(l.touches)} times and the lead converted. Tell the team how."
  because  "Praise patience; it is what turns leads into customers."
end

test slow_first_response
  given "fixtures/leads.json"
  expect finding on "l-2"
  expect finding on "l-3"
  expect no finding on "l-1"
  expect no finding on "l-4"
end

test unnurtured_lead
  given "fixtures/leads.json"
  expect finding on "l-2"
  expect no finding on "l-1"
  expect no finding on "l-5"
end

test dropped_too_early
  given "fixtures/leads.json"
  expect finding on "l-4"
  expect 1 finding
end

test patient_nurturing_converted
  given "fixtures/leads.json"
  expect finding on "l-5"
  expect no finding on "l-1"
  expect 1 finding
end
"""#,
        "reps_and_team.rapport": #"""
import "common"

param recent = 90 days

# A deal is big when it is among the team's largest open deals: at or above this percentile of their amounts.
param big_deal_percentile = 90%
param nurtured_share = 50%
param tunnel_share = 80%

define rep.meetings_recently =
  count(activities where kind in ["meeting", "qbr", "workshop"] and date within last recent)

define account.meetings_recently =
  count(activities where kind in ["meeting", "qbr", "workshop"] and date within last recent)

rule numbers_only
  title    "Chasing this quarter's number, not relationships"
  severity warning
  tags     reps, relationships
  for each rep r
  let      meetings = r.meetings_recently
  let      proposals = count(r.activities where kind == "proposal" and date within last recent)
  when     proposals >= 3 and share(meetings, meetings + proposals) < 25%
  advise   "{r.name} sent {proposals} proposals but held {meetings} meetings in 90 days. Talk about the relationships behind the deals, not only the number."
  because  "Proposals written without meeting the customer rarely win, and never grow the account."
end

rule key_accounts_like_the_rest
  title    "Key accounts handled like the rest"
  severity warning
  tags     reps, key_accounts
  for each rep r
  let      keys = r.accounts where is_key
  let      others = r.accounts where not is_key and tier != "transactional"
  when     count(keys) > 0
           and count(others) > 0
           and avg(keys.meetings_recently) <= avg(others.meetings_recently)
  advise   "{r.name}'s key accounts ({keys.name as list}) got no more meetings in 90 days than the other accounts. Plan the key-account calendar together."
  because  "Key accounts need more attention than the rest, not the same attention at a larger size."
end

rule big_deals_on_one_contact
  title    "Big deals hanging on one contact"
  severity warning
  tags     reps, deals, relationships
  for each rep r
  let      big = percentile((opportunities where stage not in ["won", "lost"]).amount, big_deal_percentile)
  let      fragile = r.opportunities where stage not in ["won", "lost"] and amount >= big and count(contacts) <= 1
  when     count(fragile) >= 2
  advise   "{count(fragile)} of the team's largest open deals ({big as money} or more) belong to {r.name} and each depend on a single contact: {fragile.name as list}. Map the other people who decide."
  because  "One contact can stall or kill a deal; several can carry it."
  priority sum(fragile.amount)
end

rule quarter_tunnel_vision
  title    "Recent time all on this quarter's deals"
  severity suggestion
  tags     reps, relationships
  for each rep r
  let      recent_work = r.activities where date within last recent
  let      closing = recent_work where any o in account.opportunities: o.stage not in ["won", "lost"] and quarter(o.close_date) == this_quarter
  when     count(recent_work) >= 5 and count(closing) >= tunnel_share * count(recent_work)
  advise   "{count(closing)} of {r.name}'s {count(recent_work)} activities in the last {days(recent)} days went to accounts with a deal closing this quarter. Agree a relationship conversation each week with an account that is not buying now."
  because  "Time spent only on this quarter's deals leaves no relationships, and no pipeline, for the next."
  priority count(recent_work)
end

rule relationship_practice
  title    "Every key account run as a relationship"
  severity praise
  tags     reps, key_accounts, praise
  for each rep r
  let      keys = r.accounts where is_key
  when     count(keys) >= 2
           and all a in keys: a.growth_plan.status == "active" and a.growth_plan.updated within last 6 months and not (a.growth_plan.next_review before today) and count(a.contacts where level in ["executive", "senior"]) >= 2
  advise   "Every one of {r.name}'s {count(keys)} key accounts has a growth plan kept up to date and at least two senior contacts. Ask {r.name} to show the team how."
  because  "Praise the way of working, not only the deal: it is what the team should copy."
end

rule team_has_no_key_account_process
  title    "No key-account process in the team"
  severity critical
  tags     team, key_accounts
  for each team t
  let      keys = accounts where is_key
  let      planned = keys where growth_plan.status == "active"
  when     count(keys) > 0 and share(count(planned), count(keys)) < 50%
  advise   "Only {count(planned)} of {count(keys)} key accounts have an active growth plan. Agree a key-account routine with the team: a plan per key account, reviewed each quarter."
  because  "Key accounts picked by turnover and then treated like the rest do not grow."
end

rule team_has_no_lead_nurturing
  title    "No lead-nurturing routine in the team"
  severity warning
  tags     team, leads
  for each team t
  let      open_leads = leads where status in ["new", "nurturing"]
  let      nurtured = open_leads where exists(touches where it within last 30 days)
  when     count(open_leads) >= 3 and share(count(nurtured), count(open_leads)) < nurtured_share
  advise   "In the last 30 days only {count(nurtured)} of {count(open_leads)} open leads had a touch. Agree a nurturing routine: who follows up, how often, with what."
  because  "Without a routine, leads are worked when there is time, which is never."
end

test numbers_only
  given "fixtures/reps.json"
  expect finding on "r-1"
  expect no finding on "r-2"
  expect 1 finding
end

test key_accounts_like_the_rest
  given "fixtures/reps.json"
  expect finding on "r-1"
  expect no finding on "r-2"
  expect 1 finding
end

test big_deals_on_one_contact
  given "fixtures/big_deals.json"
  expect finding on "r-1"
  expect no finding on "r-2"
  expect no finding on "r-3"
  expect 1 finding
end

test team_has_no_key_account_process
  given "fixtures/reps.json"
  expect 1 finding
end

test team_has_no_key_account_process
  given "fixtures/key_accounts.json"
  expect 0 findings
end

test team_has_no_lead_nurturing
  given "fixtures/leads.json"
  expect 1 finding
end

test team_has_no_lead_nurturing
  given "fixtures/reps.json"
  expect 0 findings
end

test quarter_tunnel_vision
  given "fixtures/reps.json"
  expect finding on "r-1"
  expect no finding on "r-2"
  expect 1 finding
end

test relationship_practice
  given "fixtures/practice.json"
  expect finding on "r-1"
  expect no finding on "r-2"
  expect 1 finding
end
"""#,
    ]
}
