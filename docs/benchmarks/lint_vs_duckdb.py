#!/usr/bin/env python3
"""Lint benchmark: Rapport's release build against DuckDB SQL versions of five rules.

Usage: python3 docs/benchmarks/lint_vs_duckdb.py [--sizes 10000,100000,1000000] [--runs 3]
                                                 [--duckdb-memory 16GB] [--timeout 600]

Installs DuckDB from PyPI when missing, builds Rapport in release mode, generates portfolios
(seed 1; kept in $RAPPORT_BENCH_DIR, default /tmp/rapport-bench, so later runs reuse them), then
runs these commands per size, alternated, `--runs` times each, and prints the medians:
  rapport (5 rules)  `rapport lint --select ...` the five rules DuckDB also runs
  rapport (pack)     `rapport lint` with the whole shipped pack (26 rules)
  duckdb (5 rules)   docs/benchmarks/duckdb_rules.sql through DuckDB's Python client
Rapport reads files of 64 MB or more in parts (`--streaming auto`). Each run is a separate
process writing its report (`--format json`) to /dev/null; peak RSS is read from /usr/bin/time.
Before each timed run the portfolio is read once (untimed), so every command, Rapport's and
DuckDB's alike, starts with the file in the page cache: a DuckDB run holds gigabytes and pushes
the file out of the cache, which would otherwise charge the disk to whichever command follows it.
A DuckDB run that fails (for example out of memory under --duckdb-memory) or exceeds --timeout
is shown as such instead of a time.
"""
import os, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RULES = ["key_account_without_growth_plan", "single_threaded_key_account", "going_dark",
         "proposal_in_isolation", "unnurtured_lead"]


def ensure_duckdb():
    try:
        import duckdb  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "duckdb"], check=True)


def warm(path):
    """Reads the file once so that it is in the page cache."""
    with open(path, "rb") as f:
        while f.read(16 << 20):
            pass


def timed(command, timeout):
    """Wall seconds and peak RSS (MB) of one process, or (None, reason) when it failed."""
    start = time.perf_counter()
    try:
        result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"over {timeout} s"
    elapsed = time.perf_counter() - start
    lines = result.stderr.strip().splitlines()
    if result.returncode not in (0, 1):
        reason = next((l for l in lines if "Out of Memory" in l or "OutOfMemory" in l), None)
        return None, "out of memory" if reason else f"exit {result.returncode}: {lines[-2:] if lines else ''}"
    return elapsed, int(lines[-1]) / 1024


def main():
    sizes, runs, duckdb_memory, timeout = [10_000, 100_000, 1_000_000], 3, "16GB", 600
    args = sys.argv[1:]
    while args:
        option, value = args[0], args[1]
        args = args[2:]
        if option == "--sizes":
            sizes = [int(s) for s in value.split(",")]
        elif option == "--runs":
            runs = int(value)
        elif option == "--duckdb-memory":
            duckdb_memory = value
        elif option == "--timeout":
            timeout = int(value)
    ensure_duckdb()
    subprocess.run(["swift", "build", "-c", "release", "--product", "rapport"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    rapport = os.path.join(ROOT, ".build", "release", "rapport")
    sql = open(os.path.join(HERE, "duckdb_rules.sql")).read()
    select = sum((["--select", r] for r in RULES), [])
    folder = os.environ.get("RAPPORT_BENCH_DIR", "/tmp/rapport-bench")
    os.makedirs(folder, exist_ok=True)
    print(f"{'accounts':>9} {'MB':>6}  {'command':<18} {'median s':>9} {'MB/s':>7} {'peak RSS MB':>12}  (each run, s)")
    for size in sizes:
        path = os.path.join(folder, f"p{size}.json")
        if not os.path.exists(path):
            subprocess.run([rapport, "generate", "--accounts", str(size), "--seed", "1", "-o", path], check=True)
        script = os.path.join(folder, f"q{size}.py")
        with open(script, "w") as f:
            f.write("import duckdb\ncon = duckdb.connect()\n")
            f.write(f"con.execute(\"SET memory_limit = '{duckdb_memory}'\")\n")
            f.write(f"sql = {sql.replace('PORTFOLIO', path).replace('AS_OF', '2026-11-27')!r}\n")
            f.write("for statement in [s for s in sql.split(';') if s.strip()]:\n    con.execute(statement).fetchall()\n")
        commands = {
            "rapport (5 rules)": [rapport, "lint", "--format", "json", "-o", "/dev/null", *select, path],
            "rapport (pack)": [rapport, "lint", "--format", "json", "-o", "/dev/null", path],
            "duckdb (5 rules)": [sys.executable, script],
        }
        results = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                warm(path)
                results[name].append(timed(command, timeout))
        megabytes = os.path.getsize(path) / 1_048_576
        medians = {}
        for name, samples in results.items():
            good = [(s, r) for s, r in samples if s is not None]
            if len(good) < len(samples):
                reasons = sorted({r for s, r in samples if s is None})
                print(f"{size:>9} {megabytes:>6.0f}  {name:<18} {'failed: ' + ', '.join(reasons):>30}")
                continue
            seconds = statistics.median(s for s, _ in good)
            medians[name] = seconds
            rss = max(r for _, r in good)
            each = ", ".join(f"{s:.2f}" for s, _ in good)
            print(f"{size:>9} {megabytes:>6.0f}  {name:<18} {seconds:>9.2f} {megabytes / seconds:>7.0f} {rss:>12.0f}  ({each})")
        if "duckdb (5 rules)" in medians:
            for name in ["rapport (5 rules)", "rapport (pack)"]:
                if name in medians:
                    ratio = medians[name] / medians["duckdb (5 rules)"]
                    print(f"{'':>17}  {name}/DuckDB: {ratio:.2f}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
