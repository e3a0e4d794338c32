#!/usr/bin/env python3
"""An independent computation of the décomptes of examples/*-decompte.toml (issue 16).

Written apart from the engine (src/balance, src/interest): it walks the days one by one, with
its own copy of the rates typed from the published figures (helpers' research notes, rows
with their arrêté / Besluit), and prints the figures the examples' [expected] tables carry.
Run: python3 tests/oracle/decompte.py  (no dependency beyond the standard library).

The rules it applies (README, "The décompte"):
- interest from the first day of interest through the day before the as-of date;
- a period ends where the rate changes, at the CMF L313-3 date, at a capitalisation day and at
  a payment; each period's interest = base x days x rate / 36500, rounded once to the cent,
  half up; act/365;
- fr-legal: +5 points from the day after enforceable + 2 months (month-end clamp);
- capitalisation on each anniversary of the first day of interest (fr when ordered, nl always);
- payments: the oldest sum first; within a sum costs (with the oldest sum), interest, principal;
  a payment on the as-of date is applied after the last day of interest.
"""

from datetime import date, timedelta
from decimal import Decimal as D, ROUND_HALF_UP
import calendar

# fr-legal, semester rates from 2015 (CMF L313-2): (first day, individual %, other %).
FR = [
    (date(2023, 1, 1), "4.47", "2.06"),  # arrêté du 26 décembre 2022
    (date(2023, 7, 1), "6.82", "4.22"),  # arrêté du 27 juin 2023
    (date(2024, 1, 1), "8.01", "5.07"),  # arrêté of December 2023
    (date(2024, 7, 1), "8.16", "4.92"),  # arrêté du 26 juin 2024
    (date(2025, 1, 1), "7.21", "3.71"),  # arrêté du 17 décembre 2024
    (date(2025, 7, 1), "6.65", "2.76"),  # arrêté du 19 juin 2025
    (date(2026, 1, 1), "6.67", "2.62"),  # arrêté du 15 décembre 2025
    (date(2026, 7, 1), None, None),      # not published when written
]
# nl-legal (BW 6:119, 6:120 lid 1): (first day, %).
NL = [
    (date(2023, 1, 1), "4"),   # Stb. 2022, 520
    (date(2023, 7, 1), "6"),   # Stb. 2023, 235
    (date(2024, 1, 1), "7"),   # Stb. 2023, 484
    (date(2025, 1, 1), None),
]


def fr_rate(day, creditor):
    rate = None
    for first, individual, other in FR:
        if day >= first:
            rate = individual if creditor == "individual" else other
    assert rate is not None, day
    return D(rate)


def nl_rate(day):
    rate = None
    for first, r in NL:
        if day >= first:
            rate = r
    assert rate is not None, day
    return D(rate)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def cents(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def one_sum(amount, start, as_of, rate_of, majoration_from, capitalise, payments, costs):
    """The interest on one sum; `payments` a list of [date, remaining] (consumed in place);
    `costs` a list of [date, amount, paid] (None when the sum does not carry them).
    Returns (interest accrued, principal left, interest left)."""
    principal, interest, total = D(amount), D(0), D(0)
    anniversaries = {add_months(start, 12 * k) for k in range(1, 40)}
    last = as_of - timedelta(days=1)

    def rate(day):
        r = rate_of(day)
        if majoration_from and day >= majoration_from:
            r += 5
        return r

    def events(day):
        nonlocal principal, interest
        if capitalise and day in anniversaries and interest:
            principal += interest
            interest = D(0)
        for p in payments:
            if p[0] == day and p[1] > 0:
                rest = p[1]
                if costs is not None:
                    for c in costs:
                        if c[0] <= day:
                            take = min(rest, c[1] - c[2])
                            c[2] += take
                            rest -= take
                take = min(rest, interest)
                interest -= take
                rest -= take
                take = min(rest, principal)
                principal -= take
                rest -= take
                p[1] = rest

    day, days, period_rate, base = start, 0, None, None

    def close():
        nonlocal total, interest, days
        if days and base:
            part = cents(base * days * period_rate / D(36500))
            total += part
            interest += part
        days = 0

    while day <= last:
        boundary = (
            day == start
            or rate(day) != period_rate
            or (capitalise and day in anniversaries)
            or any(p[0] == day for p in payments)
        )
        if boundary:
            close()
            events(day)
            period_rate, base = rate(day), principal
        days += 1
        day += timedelta(days=1)
    close()
    events(as_of)
    return total, principal, interest


def decompte(sums, as_of, rate_of, capitalise, payments, costs):
    """sums: [(decided, first day of interest, amount, majoration_from)], oldest first."""
    payments = [[d, D(a)] for d, a in payments]
    costs = [[d, D(a), D(0)] for d, a in costs if d <= as_of]
    total_interest, due = D(0), D(0)
    for i, (decided, start, amount, majoration) in enumerate(sums):
        principal = D(amount)
        for p in payments:  # paid after the decision, before interest runs
            if decided <= p[0] < start and p[1] > 0:
                take = min(p[1], principal)
                principal -= take
                p[1] -= take
        later = [p for p in payments if p[0] >= start]
        interest, principal, unpaid = one_sum(
            principal, start, as_of, rate_of, majoration, capitalise, later, costs if i == 0 else None
        )
        total_interest += interest
        due += principal + unpaid
    due += sum(c[1] - c[2] for c in costs)
    return total_interest, due


def cnil():
    # Liquidated on 13 April 2023, €5,200,000; interest from 14 April; other creditor; no
    # majoration (the CNIL is not a court: CMF L313-3 concerns a "décision de justice").
    return decompte(
        sums=[(date(2023, 4, 13), date(2023, 4, 14), "5200000", None)],
        as_of=date(2025, 12, 31),
        rate_of=lambda d: fr_rate(d, "other"),
        capitalise=False,
        payments=[(date(2024, 3, 15), "1000000")],
        costs=[(date(2023, 9, 1), "1234.56")],
    )


def dupont():
    # Two liquidations served on 27 June and 17 October 2024: interest from the next day, the
    # majoration from the day after service + 2 months; capitalisation ordered.
    def majoration(served):
        return add_months(served, 2) + timedelta(days=1)

    sums = [
        (date(2024, 6, 20), date(2024, 6, 28), "8000", majoration(date(2024, 6, 27))),
        (date(2024, 10, 10), date(2024, 10, 18), "18300", majoration(date(2024, 10, 17))),
    ]
    return decompte(
        sums=sums,
        as_of=date(2026, 6, 30),
        rate_of=lambda d: fr_rate(d, "individual"),
        capitalise=True,
        payments=[(date(2024, 9, 2), "3000"), (date(2025, 3, 3), "12000")],
        costs=[(date(2024, 6, 20), "1500"), (date(2024, 6, 27), "89.52")],
    )


def dutch():
    # Two sums of a civil dwangsom established by decisions of 1 June 2023 and 1 February 2024,
    # interest from the day after each; nl-legal, compounded yearly; one payment.
    sums = [
        (date(2023, 6, 1), date(2023, 6, 2), "30000", None),
        (date(2024, 2, 1), date(2024, 2, 2), "15000", None),
    ]
    return decompte(
        sums=sums,
        as_of=date(2024, 12, 31),
        rate_of=nl_rate,
        capitalise=True,
        payments=[(date(2024, 3, 1), "20000")],
        costs=[(date(2023, 6, 15), "450")],
    )


if __name__ == "__main__":
    for name, figures in [("cnil", cnil()), ("dupont", dupont()), ("dutch", dutch())]:
        interest, due = figures
        print(f"{name}: balance_interest = \"{cents(interest)}\"  balance_due = \"{cents(due)}\"")
