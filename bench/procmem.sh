#!/bin/sh
# procmem.sh [N]: the memory of N idle processes (default 1,000,000), each
# spawned with spawn(procmem, wait, []) and waiting in receive, on BEAM and
# through erl2go; then the same with processes waiting in a receive with an
# after clause (timed/0, a timer each). It prints the peak RSS (GNU time's %M) of a run with N
# processes minus that of a run with none, divided by N: KB per idle
# process, and the ratio erl2go/BEAM (above 1: erl2go needs more). BEAM
# runs with one scheduler (+S 1) and +P big enough for N processes. Needs
# Erlang/OTP, Go and GNU time.
set -eu
n=${1:-1000000}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/procmem.erl" <<'ERL'
-module(procmem).
-export([main/1, wait/0, timed/0]).

%% Spawn N processes that each wait in receive; once the last has started
%% (a message from a process spawned after them has come back), stop them.
main([Arg, Fun]) ->
    N = list_to_integer(Arg),
    Pids = spawn_all(N, list_to_atom(Fun), []),
    Self = self(),
    spawn(fun() -> Self ! ready end),
    receive ready -> ok end,
    [Pid ! stop || Pid <- Pids],
    io:format("~p idle processes~n", [N]).

spawn_all(0, _, Acc) -> Acc;
spawn_all(N, F, Acc) -> spawn_all(N - 1, F, [spawn(?MODULE, F, []) | Acc]).

wait() -> receive stop -> ok end.

timed() -> receive stop -> ok after 600000 -> timeout end.
ERL
go build -o "$tmp/erl2go" "$root/cmd/erl2go"
"$tmp/erl2go" build -o "$tmp/procmem" "$tmp/procmem.erl"
erlc -o "$tmp" "$tmp/procmem.erl"
rss() { # peak RSS in KB of "$@"
	/usr/bin/time -f "%M" -o "$tmp/rss" "$@" > /dev/null
	cat "$tmp/rss"
}
maxp=$((2 * n + 32768)) # the same +P in both runs: BEAM sizes its process table by it
beam() { rss erl +S 1 +P $maxp -noshell -pa "$tmp" -eval "procmem:main([\"$1\", \"$2\"]), init:stop()."; }
kb() { echo "($2 - $1) / $n" | bc -l; }
printf "\n%-16s %10s %10s %12s\n" "procmem $n" "beam KB" "erl2go KB" erl2go/beam
for f in wait timed; do
	b=$(kb "$(beam 0 $f)" "$(beam "$n" $f)")
	g=$(kb "$(rss "$tmp/procmem" 0 $f)" "$(rss "$tmp/procmem" "$n" $f)")
	printf "%-16s %10.2f %10.2f %12.2f\n" "$f" "$b" "$g" "$(echo "$g / $b" | bc -l)"
done
