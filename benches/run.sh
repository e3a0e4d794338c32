#!/usr/bin/env bash
# Every performance measurement of astreinte, in one run, with each figure and ratio printed
# at the end against its target. Never part of the tests: speed is measured here, not asserted.
#
#   bash benches/run.sh              # measure (about ten minutes: two builds of the shipped binary, the Python peer)
#   bash benches/run.sh --install    # first install what is missing (apt-get and pip), then measure
#   CASES=20000 bash benches/run.sh  # a smaller portfolio, for a quick look
#
# Needs: cargo, python3 (3.11+, for tomllib) with python-dateutil and holidays, hyperfine, and
# dateutils.ddiff (Debian package dateutils); llvm-tools (`rustup component add llvm-tools`)
# for the shipped binary's profile. Builds two binaries: the plain `cargo build --release` one,
# and the one a release ships (scripts/build-static; see README, "Performance"), on which the
# targets are measured.
set -euo pipefail
cd "$(dirname "$0")/.."

CASES=${CASES:-100000}
SPAN_CASES=${SPAN_CASES:-10000}
# After the last liquidation of the portfolio (benches/generate.py: decided up to 2029-12,
# liquidations up to 920 days after notification): a liquidation ending after the as-of date
# is refused (exit status 2), which the earlier 2030-01-01 met in 13% of the cases.
AS_OF=2033-01-01
WORK=${BENCH_DIR:-$(mktemp -d -t astreinte-bench.XXXXXX)}
mkdir -p "$WORK"
STATIC_TARGET=x86_64-unknown-linux-gnu

missing=()
command -v cargo >/dev/null || missing+=("cargo (https://rustup.rs)")
command -v hyperfine >/dev/null || missing+=("hyperfine (apt-get install hyperfine)")
command -v dateutils.ddiff >/dev/null || missing+=("dateutils.ddiff (apt-get install dateutils)")
if ! python3 -c 'import tomllib' 2>/dev/null; then
    missing+=("python3 3.11 or later (for tomllib)")
elif ! python3 -c 'import dateutil, holidays' 2>/dev/null; then
    missing+=("python-dateutil and holidays (pip install python-dateutil holidays)")
fi
if ((${#missing[@]})) && [[ ${1:-} == --install ]]; then
    echo "installing what is missing: ${missing[*]}"
    apt-get update -qq && apt-get install -y -qq hyperfine dateutils
    python3 -m pip install -q python-dateutil holidays
    missing=()
    command -v hyperfine >/dev/null || missing+=(hyperfine)
    command -v dateutils.ddiff >/dev/null || missing+=(dateutils.ddiff)
    python3 -c 'import dateutil, holidays' 2>/dev/null || missing+=("python-dateutil holidays")
fi
if ((${#missing[@]})); then
    echo "benches/run.sh needs, and could not find:" >&2
    printf '  - %s\n' "${missing[@]}" >&2
    echo "install them, or run: bash benches/run.sh --install" >&2
    exit 2
fi

echo "== building (release profile: lto, one codegen unit)"
cargo build --release --quiet
PLAIN=target/release/astreinte
# The binary a release ships (scripts/build-static): statically linked and not
# position-independent (no dynamic loader, no relocation at start), the functions of a one-case
# run side by side, the code optimised with a profile of the repository's case files. Built for
# the one platform where we measured it; elsewhere the plain build is measured alone.
STATIC=""
if [[ $(uname -sm) == "Linux x86_64" ]] && [[ -e /usr/lib/x86_64-linux-gnu/libc.a ]]; then
    scripts/build-static "$STATIC_TARGET" >"$WORK/build-static.log" 2>&1 ||
        { cat "$WORK/build-static.log" >&2; exit 1; }
    grep -F 'without a profile' "$WORK/build-static.log" >&2 || true
    # Timed as a user runs it: stripped and installed as scripts/release's tarball and .deb
    # install it. The file the linker wrote starts slower (about 15% here): written through a
    # memory map, it sits in the page cache in single pages, and each page fault maps fewer of
    # them at once (docs/performance/2026-12-03-startup-order.md).
    STATIC=$WORK/astreinte-static
    install -m 755 -s "target/static/$STATIC_TARGET/release/astreinte" "$STATIC"
fi
# What the targets are measured on: the shipped binary where there is one.
BIN=${STATIC:-$PLAIN}

echo "== generating case files in $WORK"
python3 benches/generate.py portfolio "$CASES" >"$WORK/portfolio.toml"
python3 benches/generate.py span-short "$SPAN_CASES" >"$WORK/span-short.toml"
python3 benches/generate.py span-long "$SPAN_CASES" >"$WORK/span-long.toml"
for kind in escalation breach; do
    python3 benches/generate.py "$kind-short" "$SPAN_CASES" >"$WORK/$kind-short.toml"
    python3 benches/generate.py "$kind-long" "$SPAN_CASES" >"$WORK/$kind-long.toml"
done

echo "== checking that the peer and astreinte agree, case by case"
"$BIN" compute "$WORK/portfolio.toml" --format ndjson --as-of "$AS_OF" >"$WORK/astreinte.ndjson"
"$BIN" compute "$WORK/portfolio.toml" --format summary --as-of "$AS_OF" >"$WORK/astreinte-summary.ndjson"
# The shipped binary writes the plain build's bytes: its flags and profile change no result.
"$PLAIN" compute "$WORK/portfolio.toml" --format ndjson --as-of "$AS_OF" | cmp - "$WORK/astreinte.ndjson"
"$PLAIN" compute "$WORK/portfolio.toml" --format summary --as-of "$AS_OF" | cmp - "$WORK/astreinte-summary.ndjson"
python3 benches/peer.py "$WORK/portfolio.toml" "$AS_OF" >"$WORK/peer.ndjson"
python3 benches/report.py agree "$WORK/astreinte.ndjson" "$WORK/peer.ndjson"
python3 benches/report.py agree "$WORK/astreinte-summary.ndjson" "$WORK/peer.ndjson"

echo "== 1. one case, end to end, beside dateutils.ddiff"
# Five rounds, each running all three side by side: the ratio is taken per round (medians), so
# that other work on the machine weighs on both sides alike.
ONE=examples/cnil-clearview-2023.toml
for round in 1 2 3 4 5; do
    hyperfine -N --warmup 20 --runs 300 --style basic --export-json "$WORK/one-$round.json" \
        "dateutils.ddiff 2022-12-19 2023-02-09" \
        "$BIN compute $ONE --as-of 2023-02-09" \
        ${STATIC:+"$PLAIN compute $ONE --as-of 2023-02-09"} | grep -E "^(Benchmark|  Time)"
done

echo "== 2. $CASES cases to NDJSON, full and summary (output discarded), and the Python peer"
# Both formats side by side in one run: the full one (every derivation step and segment) and
# the summary (only the figures, about what the peer writes).
# The plain `cargo build --release` beside it, for reference (what `cargo install` builds).
hyperfine --warmup 1 --runs 10 --export-json "$WORK/batch.json" \
    "$BIN compute $WORK/portfolio.toml --format ndjson --as-of $AS_OF" \
    "$BIN compute $WORK/portfolio.toml --format summary --as-of $AS_OF" \
    ${STATIC:+"$PLAIN compute $WORK/portfolio.toml --format ndjson --as-of $AS_OF"} \
    ${STATIC:+"$PLAIN compute $WORK/portfolio.toml --format summary --as-of $AS_OF"}
hyperfine --runs 3 --export-json "$WORK/peer.json" \
    "python3 benches/peer.py $WORK/portfolio.toml $AS_OF"
python3 benches/report.py rss "$WORK/rss.txt" \
    "$BIN" compute "$WORK/portfolio.toml" --format ndjson --as-of "$AS_OF"

echo "== 3. the same case liquidated over 1 day, and over 5,000 years ($SPAN_CASES cases each)"
# Each as of its liquidation's last day (a liquidation ending after the as-of date is refused):
# nothing accrues beyond it, and its span is all that differs between the two files.
hyperfine --warmup 2 --runs 20 --export-json "$WORK/span.json" \
    "$BIN compute $WORK/span-short.toml --format ndjson --as-of 2000-05-06" \
    "$BIN compute $WORK/span-long.toml --format ndjson --as-of 7000-01-01"
# The same with an escalating rate (doubling monthly to a maximum) and with days of breach
# (issue 15): the rate steps and the breach periods are arithmetic too, never days walked.
for kind in escalation breach; do
    hyperfine --warmup 2 --runs 20 --export-json "$WORK/span-$kind.json" \
        "$BIN compute $WORK/$kind-short.toml --format ndjson --as-of 2000-05-06" \
        "$BIN compute $WORK/$kind-long.toml --format ndjson --as-of 7000-01-01"
done

echo
python3 benches/report.py summary "$WORK" "$CASES" "$(nproc)"
