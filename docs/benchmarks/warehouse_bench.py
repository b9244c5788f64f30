#!/usr/bin/env python3
"""The shipped pack in process against the same rules compiled to SQL on PostgreSQL and on Spark
(local mode): load time, time to findings (the queries alone), and `rapport lint --engine` end to
end (connect, run, rows back, findings, the JSON report). Prints a Markdown table.

Usage: python3 docs/benchmarks/warehouse_bench.py [--sizes 10000,100000] [--engines inprocess,postgres,spark]
Needs a release build (swift build -c release --product rapport), psql and a PostgreSQL server
named by RAPPORT_BENCH_POSTGRES (a libpq connection string), and pyspark (or SPARK_HOME) with Java.
Portfolios are generated once into /tmp/rapport-bench (seed 1).
"""
import argparse
import os
import pathlib
import re
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
RAPPORT = str(ROOT / ".build" / "release" / "rapport")
CACHE = pathlib.Path("/tmp/rapport-bench")


def timed(command, **kwargs):
    started = time.monotonic()
    subprocess.run(command, check=True, **kwargs)
    return time.monotonic() - started


def portfolio(size):
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"p{size // 1000}k.json"
    if not path.exists():
        subprocess.run([RAPPORT, "generate", "--accounts", str(size), "--seed", "1", "-o", str(path)], check=True)
    return path


def tables(size, path):
    folder = CACHE / f"tables-{size // 1000}k"
    if not (folder / "accounts.csv").exists():
        folder.mkdir(exist_ok=True)
        subprocess.run([RAPPORT, "export", "--tables", str(folder), str(path)], check=True, capture_output=True)
    return folder


def inprocess(path):
    with tempfile.TemporaryDirectory() as out:
        started = time.monotonic()
        subprocess.run([RAPPORT, "lint", "--format", "json", "-o", out + "/report.json", str(path)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return None, time.monotonic() - started, None


def engine_lint(arguments):
    """`rapport lint --engine …` writing the JSON report, end to end."""
    with tempfile.TemporaryDirectory() as out:
        started = time.monotonic()
        result = subprocess.run([RAPPORT, "lint"] + arguments + ["--format", "json", "-o", out + "/report.json"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if result.returncode not in (0, 1):
            raise SystemExit(result.stderr[-2000:])
        return time.monotonic() - started


def url(connection, schema):
    """A libpq `key=value` connection string as the `postgres://` URL `--engine` reads."""
    settings = dict(pair.split("=", 1) for pair in connection.split())
    query = [f"{key}={settings[key]}" for key in ("host", "port") if key in settings] + [f"schema={schema}"]
    return f"postgres://{settings.get('user', 'postgres')}@/{settings.get('dbname', 'postgres')}?" + "&".join(query)


def postgres(folder):
    connection = os.environ["RAPPORT_BENCH_POSTGRES"]
    schema = "rapport_bench"
    ddl = subprocess.run([RAPPORT, "schema", "--dialect", "postgres"], check=True, capture_output=True, text=True).stdout
    names = re.findall(r"CREATE TABLE (\w+) \(", ddl)
    load = f"DROP SCHEMA IF EXISTS {schema} CASCADE;\nCREATE SCHEMA {schema};\nSET search_path TO {schema};\n" + ddl
    load += "".join(f"\\copy {name} FROM '{folder / (name + '.csv')}' WITH (FORMAT csv, HEADER true)\n" for name in names)
    load += "ANALYZE;\n"
    psql = ["psql", "-d", connection, "-v", "ON_ERROR_STOP=1", "-q", "-X"]
    load_seconds = timed(psql, input=load, text=True, stdout=subprocess.DEVNULL)
    sql = subprocess.run([RAPPORT, "sql", "--dialect", "postgres"], check=True, capture_output=True, text=True).stdout
    run = f"SET search_path TO {schema};\n\\o /dev/null\n" + sql
    query_seconds = timed(psql, input=run, text=True, stdout=subprocess.DEVNULL)
    engine_seconds = engine_lint(["--engine", url(connection, schema)])
    subprocess.run(psql, input=f"DROP SCHEMA {schema} CASCADE;", text=True, check=True)
    return load_seconds, query_seconds, engine_seconds


def spark(folder):
    home = os.environ.get("SPARK_HOME")
    if not home:
        import pyspark
        home = os.path.dirname(pyspark.__file__)
    ddl = subprocess.run([RAPPORT, "schema", "--dialect", "spark"], check=True, capture_output=True, text=True).stdout
    load = ""
    for name, columns in re.findall(r"CREATE TABLE (\w+) \((.*?)\n\) USING parquet;", ddl, re.S):
        columns = re.sub(r" COMMENT '[^']*'", "", columns)
        load += (f"CREATE TEMPORARY VIEW {name}_csv ({columns}) USING csv OPTIONS (path '{folder / (name + '.csv')}', "
                 "header 'true', escape '\"', multiLine 'true');\n"
                 f"CREATE TABLE {name} USING parquet AS SELECT * FROM {name}_csv;\n")
    sql = subprocess.run([RAPPORT, "sql", "--dialect", "spark"], check=True, capture_output=True, text=True).stdout
    queries = [q for q in sql.split(";\n") if q.strip()]
    script = load + "".join(f"SELECT count(*) FROM ({chr(10).join(q.strip().splitlines()[1:])}) q;\n" for q in queries)
    with tempfile.TemporaryDirectory() as work:
        pathlib.Path(work, "bench.sql").write_text(script)
        result = subprocess.run([home + "/bin/spark-sql", "--master", "local[2]", "--driver-memory", "8g",
                                 "--conf", "spark.ui.enabled=false", "--conf", f"spark.sql.warehouse.dir={work}/warehouse",
                                 "-f", work + "/bench.sql"], cwd=work, capture_output=True, text=True,
                                env={**os.environ, "SPARK_HOME": home})
    if result.returncode != 0:
        raise SystemExit(result.stderr[-2000:])
    taken = [float(x) for x in re.findall(r"Time taken: ([0-9.]+) seconds", result.stderr)]
    loads = 2 * len(re.findall(r"CREATE TABLE ", ddl))
    # End to end over the CSV files themselves (no Parquet copy): what `--spark-tables` reads.
    engine_seconds = engine_lint(["--engine", "spark", "--spark-tables", str(folder), "--spark-master", "local[2]",
                                  "--spark-conf", "spark.driver.memory=8g"])
    return sum(taken[:loads]), sum(taken[loads:]), engine_seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--engines", default="inprocess,postgres,spark")
    options = parser.parse_args()
    engines = options.engines.split(",")
    print("| accounts | engine | load | time to findings (32 rules) | `rapport lint --engine`, end to end |")
    print("|---|---|---|---|---|")
    for size in [int(s) for s in options.sizes.split(",")]:
        path = portfolio(size)
        folder = tables(size, path)
        for engine in engines:
            load, findings, end_to_end = {"inprocess": lambda: inprocess(path), "postgres": lambda: postgres(folder),
                              "spark": lambda: spark(folder)}[engine]()
            label = {"inprocess": "in process (`rapport lint`, reading the JSON)", "postgres": "PostgreSQL 15",
                     "spark": "Spark 4.3, local[2]"}[engine]
            print(f"| {size:,} | {label} | {'—' if load is None else f'{load:.1f} s'} | {findings:.1f} s "
                  f"| {'—' if end_to_end is None else f'{end_to_end:.1f} s'} |", flush=True)


if __name__ == "__main__":
    main()
