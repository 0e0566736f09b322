#!/bin/sh
# run.sh: time each benchmark on BEAM and through erl2go (and the plain Go
# baseline where there is one), 3 runs each, and print the medians and the
# ratio BEAM/erl2go (above 1 means erl2go is faster). Wall-clock times of
# whole runs, so BEAM's start-up (~0.3 s) counts against it: compare large
# ratios only. Needs Erlang/OTP and Go.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/bench"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/erl2go" "$root/cmd/erl2go"
go build -o "$tmp/fib_go" ./go/fib
median() { sort -n | sed -n 2p; }
now() { date +%s.%N; }
timeit() { # prints the median wall time of 3 runs of "$@"
	for i in 1 2 3; do
		s=$(now); "$@" > /dev/null; e=$(now)
		echo "$e - $s" | bc
	done | median
}
printf "%-10s %10s %10s %10s %8s\n" bench beam erl2go go beam/erl2go
for f in *.erl; do
	m=${f%.erl}
	erlc -o "$tmp" "$f"
	"$tmp/erl2go" build -o "$tmp/$m" "$f"
	b=$(timeit erl -noshell -pa "$tmp" -eval "$m:main(), init:stop().")
	g=$(timeit "$tmp/$m")
	h=-
	[ -x "$tmp/${m}_go" ] && h=$(timeit "$tmp/${m}_go")
	printf "%-10s %10.3f %10.3f %10s %8.2f\n" "$m" "$b" "$g" "$(printf %.3f "$h" 2>/dev/null || echo -)" "$(echo "$b / $g" | bc -l)"
done
