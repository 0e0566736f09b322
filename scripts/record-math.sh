#!/bin/sh
# record-math.sh: record what BEAM's math:exp/log/log2/log10/pow give for
# pseudo-random arguments (rt/testdata/math/cr.txt, which
# TestMathCorrectlyRounded replays), as "fun Arg... Result" lines printed
# with ~w (every bit). A line of exp, log, log2 or pow where glibc's value
# is not the correctly rounded one (computed with python3's decimal at 60
# digits) is marked " glibc-misrounds"; log10 is glibc's own algorithm,
# not correctly rounded, and rt copies its rounding. Needs erl and python3.
set -eu
out="$(dirname "$0")/../rt/testdata/math/cr.txt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/mathrec.erl" <<'ERL'
-module(mathrec).
-export([main/0]).
main() ->
    rand:seed(exsss, {1, 2, 3}),
    [begin
         X = case F of
                 exp -> rand:uniform() * 100 - 50;
                 _ -> rand:uniform() * 1000
             end,
         io:format("~s ~w ~w~n", [F, X, math:F(X)])
     end || F <- [exp, log, log2, log10], _ <- lists:seq(1, 2000)],
    [begin
         X = rand:uniform() * 10, Y = rand:uniform() * 20 - 10,
         io:format("pow ~w ~w ~w~n", [X, Y, math:pow(X, Y)])
     end || _ <- lists:seq(1, 2000)],
    ok.
ERL
erlc -o "$tmp" "$tmp/mathrec.erl"
{
	echo "# exp, log, log2, log10 and pow of pseudo-random arguments as BEAM (OTP 25,"
	echo "# glibc 2.36, x86_64) printed them with ~w; recorded by scripts/record-math.sh."
	echo "# A line that ends in glibc-misrounds is one where glibc's value is not the"
	echo "# correctly rounded one (checked with 60-digit decimal arithmetic)."
	erl -noshell -pa "$tmp" -eval 'mathrec:main(), init:stop().' | python3 -c '
import sys
from decimal import Decimal, getcontext
getcontext().prec = 60
for line in sys.stdin:
    f = line.split()
    a = [Decimal(float(v)) for v in f[1:-1]]
    if f[0] == "exp": v = a[0].exp()
    elif f[0] == "log": v = a[0].ln()
    elif f[0] == "log2": v = a[0].ln() / Decimal(2).ln()
    elif f[0] == "pow": v = (a[1] * a[0].ln()).exp()
    else: v = None
    mark = " glibc-misrounds" if v is not None and float(v) != float(f[-1]) else ""
    print(line.rstrip() + mark)
'
} > "$out"
echo "recorded $out"
