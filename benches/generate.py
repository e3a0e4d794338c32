#!/usr/bin/env python3
"""Generates large case files for the benchmarks (deterministic: the same arguments give the
same file).

    python3 benches/generate.py portfolio 100000 > /tmp/portfolio.toml
    python3 benches/generate.py span-short 10000 > /tmp/span-short.toml
    python3 benches/generate.py span-long 10000 > /tmp/span-long.toml

`portfolio`: varied French civil cases (fr-cpc, notification, 1-3 months and/or days, weekends
and holidays in play, integer and decimal rates, 0-2 liquidations, some complied).
`span-short` / `span-long`: the same case repeated, its liquidation covering 1 day or 5,000
years (holidays in play through the fr-cpc deadline), to show the engine's cost does not grow
with the span.
`escalation-short` / `escalation-long`, `breach-short` / `breach-long`: the same with a rate
doubling every month up to a maximum (issue 15, `[penalty.escalation]`), and with days of
breach (`[[penalty.breach]]`, the last period running to the end of the span).
"""
import datetime as dt
import random
import sys

AS_OF = dt.date(2030, 1, 1)
LIMITS = ["15 days", "1 month", "2 months", "3 months", "1 month 15 days", "10 days"]


def portfolio(n, out):
    rng = random.Random(20221219)
    base = dt.date(2000, 1, 1)
    for i in range(n):
        decided = base + dt.timedelta(days=rng.randrange(0, 30 * 365))
        notified = decided + dt.timedelta(days=rng.randrange(0, 20))
        limit = rng.choice(LIMITS)
        rate = rng.choice(["100", "150", "500", "1000", '"125.50"', '"99.99"', "100000"])
        out.write(f'[[case]]\ntitle = "Case {i:06d}"\ncurrency = "EUR"\nrules = "fr-cpc"\ncalendar = "FR"\n')
        out.write(f"[case.order]\ndecided = {decided}\nnotified = {notified}\ncomply_within = \"{limit}\"\n")
        out.write(f'[case.penalty]\namount = {rate}\nper = "day"\n')
        start_guess = notified + dt.timedelta(days=120)
        if rng.random() < 0.3:
            out.write(f"complied = {start_guess + dt.timedelta(days=rng.randrange(30, 900))}\n")
        through = start_guess
        for _ in range(rng.randrange(0, 3)):
            through = through + dt.timedelta(days=rng.randrange(30, 400))
            # A liquidation cannot end after the as-of date of the benchmarks (2030-01-01):
            # its days would not have happened (README, How days are counted).
            if through < AS_OF:
                out.write(f"[[case.liquidation]]\nthrough = {through}\n")
        out.write("\n")


def span(n, years, out):
    through = dt.date(2000 + years, 1, 1) if years else dt.date(2000, 5, 6)
    for i in range(n):
        out.write(
            f'[[case]]\ntitle = "Span {i:06d}"\ncurrency = "EUR"\nrules = "fr-cpc"\ncalendar = "FR"\n'
            f'[case.order]\ndecided = 2000-01-03\nnotified = 2000-01-05\ncomply_within = "4 months"\n'
            f'[case.penalty]\namount = "1000.25"\nper = "day"\n'
            f"[[case.liquidation]]\nthrough = {through}\n\n"
        )


def orders(n, years, kind, out):
    through = dt.date(2000 + years, 1, 1) if years else dt.date(2000, 5, 6)
    for i in range(n):
        out.write(
            f'[[case]]\ntitle = "{kind.capitalize()} {i:06d}"\ncurrency = "EUR"\nrules = "fr-cpc"\ncalendar = "FR"\n'
            f'[case.order]\ndecided = 2000-01-03\nnotified = 2000-01-05\ncomply_within = "4 months"\n'
            f'[case.penalty]\namount = "1000.25"\nper = "day"\n'
        )
        if kind == "escalation":
            out.write('[case.penalty.escalation]\nfactor = 2\nevery = "1 month"\nmax_rate = 8002\n')
        else:
            out.write(
                "[[case.penalty.breach]]\ndates = [2000-05-06]\n"
                # The same breach days in both files: only the liquidation's span differs.
                "[[case.penalty.breach]]\nfrom = 2000-05-08\nthrough = 7000-01-01\n"
            )
        out.write(f"[[case.liquidation]]\nthrough = {through}\n\n")


def main():
    kind, n = sys.argv[1], int(sys.argv[2])
    out = sys.stdout
    if kind == "portfolio":
        portfolio(n, out)
    elif kind == "span-short":
        span(n, 0, out)
    elif kind == "span-long":
        span(n, 5000, out)
    elif kind in ("escalation-short", "breach-short"):
        orders(n, 0, kind.split("-")[0], out)
    elif kind in ("escalation-long", "breach-long"):
        orders(n, 5000, kind.split("-")[0], out)
    else:
        sys.exit(f"unknown kind {kind}: portfolio | span-short | span-long | escalation-short | escalation-long | breach-short | breach-long")


if __name__ == "__main__":
    main()
