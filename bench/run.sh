#!/bin/sh
# run.sh: run each benchmark on BEAM and through erl2go (and the plain-Go
# baseline where there is one, go/NAME), 3 times each, and print the median
# CPU time (user+system seconds, from /usr/bin/time), the ratio BEAM/erl2go
# (above 1 means erl2go is faster), the ratio erl2go/Go (how far from the
# plain-Go program) and the peak RSS of erl2go's median run in MB (the
# runner trades memory for collector time: rt/main.go). CPU time rather than wall
# time, so that a busy machine skews the figures less; BEAM runs with one
# scheduler (+S 1) and its start-up (~0.2 s of CPU) counts against it, so
# read small ratios with care. Needs Erlang/OTP, Go and GNU time.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/bench"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/erl2go" "$root/cmd/erl2go"
for d in go/*/; do
	n=$(basename "$d")
	go build -o "$tmp/${n}_go" "./go/$n"
done
cpu() { # median user+sys seconds of 3 runs of "$@"; its peak RSS (MB) goes to $tmp/rss
	for i in 1 2 3; do
		/usr/bin/time -f "%U %S %M" -o "$tmp/time" "$@" > /dev/null
		awk '{ printf "%.2f %d\n", $1 + $2, $3 / 1024 }' "$tmp/time"
	done | sort -n | sed -n 2p > "$tmp/median"
	cut -d' ' -f2 "$tmp/median" > "$tmp/rss"
	cut -d' ' -f1 "$tmp/median"
}
ratio() { # $1 / $2, or - when either is missing
	case "$1$2" in *-*) echo - ;; *) printf "%.2f" "$(echo "$1 / ($2 + 0.005)" | bc -l)" ;; esac
}
printf "%-10s %8s %8s %8s %12s %10s %8s\n" bench beam erl2go go beam/erl2go erl2go/go rss-MB
for f in *.erl; do
	m=${f%.erl}
	erlc -o "$tmp" "$f"
	"$tmp/erl2go" build -o "$tmp/$m" "$f"
	b=$(cpu erl +S 1 -noshell -pa "$tmp" -eval "$m:main(), init:stop().")
	g=$(cpu "$tmp/$m")
	r=$(cat "$tmp/rss")
	h=-
	if [ -x "$tmp/${m}_go" ]; then h=$(cpu "$tmp/${m}_go"); fi
	printf "%-10s %8.2f %8.2f %8s %12s %10s %8s\n" "$m" "$b" "$g" "$h" "$(ratio "$b" "$g")" "$(ratio "$g" "$h")" "$r"
done

# The process benchmarks again with Go on one thread (GOMAXPROCS=1), as BEAM
# runs with one scheduler: with two, the Go scheduler spins an idle thread
# up at every wake-up, CPU time that BEAM's +S 1 never spends.
for m in ring spawn gencall; do
	b=$(cpu erl +S 1 -noshell -pa "$tmp" -eval "$m:main(), init:stop().")
	g=$(cpu env GOMAXPROCS=1 "$tmp/$m")
	r=$(cat "$tmp/rss")
	printf "%-10s %8.2f %8.2f %8s %12s %10s %8s\n" "$m@1" "$b" "$g" - "$(ratio "$b" "$g")" - "$r"
done

# The memory of 1,000,000 idle processes beside BEAM's (procmem.sh).
sh "$root/bench/procmem.sh"
