#!/usr/bin/env python3
"""Helpers for benches/run.sh.

    report.py agree ASTREINTE.ndjson PEER.ndjson   # the two agree on every figure they share
    report.py rss OUT.txt COMMAND...                # peak resident memory of COMMAND, in KB
    report.py summary WORKDIR CASES CORES           # every figure and ratio against its target
"""
import datetime as dt
import json
import os
import resource
import subprocess
import sys
from decimal import Decimal

from dateutil.easter import easter

# The one known difference: `holidays.France` leaves out Whit Monday in 2005-2007, when it was
# the default journée de solidarité (loi 2004-626); astreinte keeps it, as the Code du travail
# never removed it from the public holidays (see src/calendar/fr.rs). A deadline falling on it
# is extended by astreinte and not by the peer.
SOLIDARITY_WHIT_MONDAYS = {str(easter(y) + dt.timedelta(days=50)) for y in (2005, 2006, 2007)}


def agree(ours_path, peer_path):
    """Compares deadline, first day of delay, each liquidation and the accrued period."""
    mismatches, explained, count = [], 0, 0
    with open(ours_path) as ours, open(peer_path) as peer:
        for number, (a, b) in enumerate(zip(ours, peer), start=1):
            # An ndjson line wraps the case in `case`; a summary line is the case itself.
            line, theirs = json.loads(a), json.loads(b)
            case = line.get("case", line)
            count += 1
            got = figures(case)
            want = (
                theirs["title"],
                theirs["deadline"],
                theirs["accrual_start"],
                [(l["from"], l["through"], l["days"], Decimal(l["amount"])) for l in theirs["liquidations"]],
                (theirs["accrued"]["days"], Decimal(theirs["accrued"]["amount"])),
            )
            if got == want:
                continue
            if want[1] in SOLIDARITY_WHIT_MONDAYS and got[1] > want[1]:
                explained += 1
            else:
                mismatches.append((number, got, want))
        leftover = ours.readline() or peer.readline()
    if leftover:
        sys.exit("the two outputs do not have the same number of cases")
    if mismatches:
        for number, got, want in mismatches[:5]:
            print(f"case {number}: astreinte {got}\n        peer      {want}")
        sys.exit(f"{len(mismatches)} of {count} cases differ")
    print(
        f"astreinte and the peer agree on {count - explained} of {count} cases (deadline, first day, liquidations, "
        f"accrued); the other {explained} have a deadline on Whit Monday 2005-2007, a public holiday that "
        "holidays.France leaves out in those years"
    )


def figures(case):
    return (
        case["title"],
        case["deadline"],
        case["accrual_start"],
        [(l["from"], l["through"], l["days"], Decimal(l["amount"])) for l in case["liquidations"]],
        (case["accrued"]["days"], Decimal(case["accrued"]["amount"])),
    )


def rss(out_path, command):
    with open(os.devnull, "wb") as null:
        subprocess.run(command, stdout=null, check=True)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with open(out_path, "w") as f:
        f.write(str(peak_kb))
    print(f"peak resident memory: {peak_kb * 1024 / 1e6:.1f} MB")


def results(path):
    with open(path) as f:
        return json.load(f)["results"]


def ms_s(r):
    return f"mean {r['mean']:.3f} s ± {r['stddev']:.3f}"


def median(values):
    values = sorted(values)
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def verdict(ok):
    return "met" if ok else "NOT met"


def summary(work, cases, cores):
    rounds = [results(os.path.join(work, name)) for name in sorted(os.listdir(work)) if name.startswith("one-")]
    # The binary measured (the shipped one where built), then the plain build for reference.
    batch, brief, *plain = results(os.path.join(work, "batch.json"))
    peer = results(os.path.join(work, "peer.json"))[0]
    short, long_ = results(os.path.join(work, "span.json"))
    with open(os.path.join(work, "rss.txt")) as f:
        peak = int(f.read()) * 1024
    size = os.path.getsize(os.path.join(work, "portfolio.toml"))
    out_size = os.path.getsize(os.path.join(work, "astreinte.ndjson"))
    brief_size = os.path.getsize(os.path.join(work, "astreinte-summary.ndjson"))
    peer_size = os.path.getsize(os.path.join(work, "peer.ndjson"))

    rows = []
    for i in range(1, len(rounds[0])):
        # Per round, median against median; then the median of the rounds.
        ratio = median([r[i]["median"] / r[0]["median"] for r in rounds])
        ours = median([r[i]["median"] for r in rounds]) * 1000
        ddiff = median([r[0]["median"] for r in rounds]) * 1000
        rows.append((f"one case: {rounds[0][i]['command']}", f"median {ours:.2f} ms, ddiff {ddiff:.2f} ms",
                     f"{ratio:.2f}x ddiff ({len(rounds)} rounds)", f"<= 1.5x: {verdict(ratio <= 1.5)}"))
    rows.append((f"{cases} cases to NDJSON on {cores} cores", f"median {batch['median']:.3f} s ({ms_s(batch)})",
                 f"{cases / batch['median']:,.0f} cases/s, {out_size / 1e6:.0f} MB out",
                 f"< 1 s: {verdict(batch['median'] < 1)}"))
    rows.append((f"{cases} cases, --format summary", f"median {brief['median']:.3f} s ({ms_s(brief)})",
                 f"{cases / brief['median']:,.0f} cases/s, {brief_size / 1e6:.0f} MB out", ""))
    rows.append(("peak memory, same run", f"{peak / 1e6:.1f} MB", f"{peak / size:.2f}x the {size / 1e6:.1f} MB file",
                 f"< 3x: {verdict(peak < 3 * size)}"))
    speedup = peer["median"] / batch["median"]
    # The target is on the summary, which writes what the peer writes; NDJSON writes every
    # derivation step and segment besides.
    rows.append((f"Python peer, same cases ({peer_size / 1e6:.0f} MB out)", f"median {peer['median']:.2f} s ({ms_s(peer)})",
                 f"{speedup:.1f}x astreinte's time (ndjson)", "(reference)"))
    speedup = peer["median"] / brief["median"]
    rows.append(("Python peer, same cases", "", f"{speedup:.1f}x astreinte's time (summary)",
                 f">= 50x: {verdict(speedup >= 50)}"))
    for r, format in zip(plain, ("NDJSON", "summary")):
        rows.append((f"the same, {format}, plain `cargo build --release`", f"median {r['median']:.3f} s ({ms_s(r)})",
                     f"peer {peer['median'] / r['median']:.1f}x its time", "(reference)"))
    span = long_["median"] / short["median"]
    rows.append(("span: 1 day vs 5,000 years", f"median {short['median'] * 1000:.1f} vs {long_['median'] * 1000:.1f} ms",
                 f"{span:.3f}x", f"<= 1.2x: {verdict(span <= 1.2)}"))
    for kind in ("escalation", "breach"):
        path = os.path.join(work, f"span-{kind}.json")
        if not os.path.exists(path):
            continue
        short, long_ = results(path)
        span = long_["median"] / short["median"]
        rows.append((f"span, {kind}: 1 day vs 5,000 years",
                     f"median {short['median'] * 1000:.1f} vs {long_['median'] * 1000:.1f} ms",
                     f"{span:.3f}x", f"<= 1.2x: {verdict(span <= 1.2)}"))

    with open("/proc/loadavg") as f:
        load = f.read().split()[:3]
    print(f"machine: {cores} cores, load average {' '.join(load)} (other work on the machine slows every figure)")
    width = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, width)).rstrip())


def main():
    what, args = sys.argv[1], sys.argv[2:]
    if what == "agree":
        agree(*args)
    elif what == "rss":
        rss(args[0], args[1:])
    elif what == "summary":
        summary(args[0], int(args[1]), int(args[2]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
