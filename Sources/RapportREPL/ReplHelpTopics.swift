// Generated from REPL/help/*.txt by ReplHelpTopicsTests (RAPPORT_UPDATE_GOLDENS=1 swift test).
// Do not edit: edit REPL/help/ and regenerate.

/// The REPL's help topics, built into the binary.
enum ReplHelpTopics {
    /// Name (the file name without its order prefix) and text, in file order.
    static let topics: [(name: String, text: String)] = [
        ("expressions", #"""
Expressions — anything the rule language can compute, evaluated over the whole portfolio.

  count(accounts where is_key and growth_plan is missing)
  sum(accounts.lifetime)                     the team's revenue so far
  accounts where industry == "Retail" by lifetime desc
  max(activities.date)                       the last thing anyone did
  any a in accounts: a.growth_plan is missing

The collections are accounts, reps, leads, contacts, activities, opportunities and team.
Inside `where` and `by`, the element's fields are in scope by name and `it` is the element.
Computed fields and functions of the rules (is_key, lifetime, …) work as in rule files.
`today` is the portfolio's as_of (`:as-of DATE` moves it). Errors show like `rapport check`.

"""#),
        ("tables", #"""
Tables — a list of accounts, reps, leads, … prints as a table with the usual columns.

  accounts where is_key by lifetime desc
  accounts where is_key by lifetime desc show name, owner.name, lifetime as money
  leads where status == "nurturing" show name, company, created as date, count(touches)

`show` (only at the prompt) chooses the columns: each is an expression over the element,
like a `where` condition, with an optional format (as money, percent, number, date, list).
The column heading is the expression as typed. Order with `by EXPR [desc]` before `show`.
Long tables stop after 20 rows with "… N more" (`:set rows N` changes it).
`:mode csv` and `:mode json` print every row, for a spreadsheet or a script;
`:mode line` prints one field per line; `:mode table` goes back.

"""#),
        ("session", #"""
The session — what you type can extend the rules until you leave.

  let quiet = accounts where is_key and last_meeting before today - 90 days
  count(quiet)
  param huge_deal = 250000
  define account.at_risk = is_key and count(opportunities where stage == "negotiation") == 0
  rule my_check
    severity suggestion
    for each account a
    when a.at_risk
    advise "{a.name} has no deal in negotiation"
  end

`let` keeps a value (computed once); `param`, `define` and `rule … end` join the rule set and
are checked with it (a rule says how many findings it gives). A block goes on over several
lines (prompt `...>`) until it is complete; an empty line ends it; Ctrl-C drops it.
`:set PARAM VALUE` overrides a param of the rules (`:set` shows them all); `:reload` reads
the rules and the portfolio again and keeps the session's definitions that still check.

"""#),
        ("coaching", #"""
Coaching — from findings to the next 1:1.

  :run                     every rule over the portfolio: findings per rep
  :coach Dave Carter       Dave's agenda: the top corrections (by severity, then priority;
                           findings about one subject merged) and what to praise
  :set top 5               five corrections per agenda instead of three
  :why key_account_without_growth_plan a-002
                           why the rule fired or not for that subject, part by part,
                           with the value of each part in the rule's own words
  :rules key_accounts      the rules with a tag

Reps can be named by id or name, in any case; subjects by id or name.

"""#),
        ("keys", #"""
Keys — line editing is GNU readline (Emacs keys by default; ~/.inputrc applies).

  TAB        complete: commands after `:`, keywords, collections, fields after `x.` by the
             type of x (computed fields too), rule ids after `:why`, reps after `:coach`,
             params after `:set`, files after `:load`
  Up/Down    history (kept in $XDG_STATE_HOME/rapport/history, or $RAPPORT_HISTORY;
             a line starting with a space is not recorded)
  Ctrl-C     clear the line, drop an unfinished block, or stop a running evaluation
  Ctrl-D     leave, on an empty line

With standard input or output not a terminal (a pipe, a file), no prompt or escape code is
written, so `rapport repl team.json < questions.txt` works as a script.

"""#),
    ]
}
