#!/usr/bin/env python3
"""The comparison peer: the same computation as `astreinte compute --format ndjson`, written as a
straightforward Python script with python-dateutil and holidays, as an office would write it.

    pip install python-dateutil holidays
    python3 benches/peer.py /tmp/portfolio.toml 2033-01-01 > /tmp/peer.ndjson

For each case: the deadline under CPC art. 641-642 (months with relativedelta, which clamps to
the month's end, then days, then the weekend/holiday extension with holidays.France), the first
day of delay, each liquidation's days and amount (Decimal), and what has accrued since, as of
the date given. It reads the same TOML file (tomllib). It handles only what the generator
writes (rules fr-cpc, per day).
"""
import datetime as dt
import json
import re
import sys
import tomllib
from decimal import Decimal

import holidays
from dateutil.relativedelta import relativedelta

FR = holidays.France(years=range(1990, 2100))
UNITS = {"day": "days", "days": "days", "month": "months", "months": "months"}


def parse_limit(text):
    parts = re.findall(r"(\d+)\s+(\w+)", text)
    months = sum(int(n) for n, u in parts if UNITS[u] == "months")
    days = sum(int(n) for n, u in parts if UNITS[u] == "days")
    return months, days


def deadline(trigger, limit):
    months, days = parse_limit(limit)
    end = trigger + relativedelta(months=months) + dt.timedelta(days=days)
    while end.weekday() >= 5 or end in FR:
        end += dt.timedelta(days=1)
    return end


def days_of_delay(start, last, frm, through):
    lo = max(frm, start)
    hi = through if last is None else min(through, last)
    return max(0, (hi - lo).days + 1)


def compute(case, as_of):
    order, penalty = case["order"], case["penalty"]
    trigger = order.get("notified", order["decided"])
    end = deadline(trigger, order["comply_within"])
    start = end + dt.timedelta(days=1)
    rate = Decimal(str(penalty["amount"]))
    complied = penalty.get("complied")
    last = complied - dt.timedelta(days=1) if complied else None
    liquidations, next_day = [], start
    for liq in case.get("liquidation", []):
        frm = liq.get("from", next_day)
        days = days_of_delay(start, last, frm, liq["through"])
        liquidations.append({"from": str(frm), "through": str(liq["through"]), "days": days, "amount": str(rate * days)})
        next_day = liq["through"] + dt.timedelta(days=1)
    accrued_days = days_of_delay(start, last, next_day, as_of) if as_of >= next_day else 0
    return {
        "title": case["title"],
        "deadline": str(end),
        "accrual_start": str(start),
        "liquidations": liquidations,
        "accrued": {"days": accrued_days, "amount": str(rate * accrued_days)},
    }


def main():
    path, as_of = sys.argv[1], dt.date.fromisoformat(sys.argv[2])
    with open(path, "rb") as f:
        doc = tomllib.load(f)
    out = sys.stdout
    for case in doc["case"]:
        out.write(json.dumps(compute(case, as_of)) + "\n")


if __name__ == "__main__":
    main()
