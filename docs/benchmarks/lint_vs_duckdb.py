#!/usr/bin/env python3
"""Lint benchmark: Rapport's release build against DuckDB SQL versions of five rules.

Usage: python3 docs/benchmarks/lint_vs_duckdb.py [--sizes 10000,100000] [--runs 3]

Installs DuckDB from PyPI when missing, builds Rapport in release mode, generates portfolios
(seed 1), then runs, alternating, three commands per size and prints the medians:
  rapport (5 rules)  `rapport lint --select ...` the five rules DuckDB also runs
  rapport (pack)     `rapport lint` with the whole shipped pack
  duckdb (5 rules)   docs/benchmarks/duckdb_rules.sql through DuckDB's Python client
Each run is a separate process; peak RSS is read from /usr/bin/time.
"""
import os, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RULES = ["key_account_without_growth_plan", "single_threaded_key_account", "going_dark",
         "proposal_in_isolation", "unnurtured_lead"]


def ensure_duckdb():
    try:
        import duckdb  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "duckdb"], check=True)


def timed(command):
    """Wall seconds and peak RSS (MB) of one process."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr}")
    return elapsed, int(result.stderr.strip().splitlines()[-1]) / 1024


def main():
    sizes, runs = [10_000, 100_000], 3
    args = sys.argv[1:]
    while args:
        option, value = args[0], args[1]
        args = args[2:]
        if option == "--sizes":
            sizes = [int(s) for s in value.split(",")]
        elif option == "--runs":
            runs = int(value)
    ensure_duckdb()
    subprocess.run(["swift", "build", "-c", "release", "--product", "rapport"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    rapport = os.path.join(ROOT, ".build", "release", "rapport")
    sql = open(os.path.join(HERE, "duckdb_rules.sql")).read()
    select = sum((["--select", r] for r in RULES), [])
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'accounts':>9} {'MB':>6}  {'command':<18} {'median s':>9} {'MB/s':>7} {'peak RSS MB':>12}")
        for size in sizes:
            path = os.path.join(folder, f"p{size}.json")
            subprocess.run([rapport, "generate", "--accounts", str(size), "--seed", "1", "-o", path], check=True)
            script = os.path.join(folder, f"q{size}.py")
            with open(script, "w") as f:
                f.write("import duckdb\ncon = duckdb.connect()\n")
                f.write(f"sql = {sql.replace('PORTFOLIO', path).replace('AS_OF', '2026-11-27')!r}\n")
                f.write("for statement in [s for s in sql.split(';') if s.strip()]:\n    con.execute(statement).fetchall()\n")
            commands = {
                "rapport (5 rules)": [rapport, "lint", "--format", "json", *select, path],
                "rapport (pack)": [rapport, "lint", "--format", "json", path],
                "duckdb (5 rules)": [sys.executable, script],
            }
            results = {name: [] for name in commands}
            for _ in range(runs):
                for name, command in commands.items():
                    results[name].append(timed(command))
            megabytes = os.path.getsize(path) / 1_048_576
            medians = {}
            for name, samples in results.items():
                seconds = statistics.median(s for s, _ in samples)
                medians[name] = seconds
                rss = max(r for _, r in samples)
                print(f"{size:>9} {megabytes:>6.0f}  {name:<18} {seconds:>9.2f} {megabytes / seconds:>7.0f} {rss:>12.0f}")
            ratio = medians["rapport (5 rules)"] / medians["duckdb (5 rules)"]
            print(f"{'':>17}  Rapport/DuckDB on the same five rules: {ratio:.2f}")


if __name__ == "__main__":
    main()
