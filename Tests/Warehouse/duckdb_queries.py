"""Runs compiled rules on DuckDB for the differential tests (SQLDifferentialTests.swift).

usage: python3 duckdb_queries.py FOLDER
FOLDER holds schema.sql (rapport schema --dialect duckdb), one CSV per table (rapport export
--tables) and queries.sql (rapport sql --dialect duckdb). Prints one line of JSON per query:
its rows as objects (dates as YYYY-MM-DD, lists as arrays, NULL as null).
"""
import datetime
import json
import pathlib
import re
import sys

import duckdb

folder = pathlib.Path(sys.argv[1])
con = duckdb.connect()
schema = (folder / "schema.sql").read_text()
con.execute(schema)
for table in re.findall(r"CREATE TABLE (\w+) \(", schema):
    con.execute(f"COPY {table} FROM '{folder / (table + '.csv')}' (HEADER, QUOTE '\"', ESCAPE '\"')")


def plain(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, list):
        return [plain(v) for v in value]
    if hasattr(value, "is_integer") or isinstance(value, (int, str, bool)) or value is None:
        return value
    return float(value)  # DECIMAL


for query in (folder / "queries.sql").read_text().split(";\n"):
    if not query.strip():
        continue
    cursor = con.execute(query)
    names = [column[0] for column in cursor.description]
    print(json.dumps([{name: plain(value) for name, value in zip(names, row)} for row in cursor.fetchall()]), flush=True)
