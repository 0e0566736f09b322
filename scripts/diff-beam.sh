#!/bin/sh
# diff-beam.sh: run every golden program on BEAM and through erl2go, and
# report every difference in standard output (warnings and error reports on
# stderr are left out, as in the golden test). Needs Erlang/OTP and Go.
# Usage: scripts/diff-beam.sh [NAME...]   (default: every golden program)
set -u
# OTP 25 runs `maybe` only with the feature enabled in the runtime too;
# the flag changes nothing for programs that do not use it.
features="-enable-feature maybe_expr"
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/golden/testdata"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/erl2go" "$root/cmd/erl2go" || exit 2
erlc -o "$tmp" *.erl > "$tmp/erlc.log" 2>&1 || { cat "$tmp/erlc.log"; exit 2; }
names=${*:-$(grep -l 'main/0' *.erl | sed 's/\.erl$//')}
all=$(ls *.erl)
fail=0
for m in $names; do
	erl -noshell $features -pa "$tmp" -eval "$m:main(), init:stop()." > "$tmp/$m.beam.out" 2>/dev/null
	# The program's own module first (its main/0 is the entry), then the
	# modules it names, and those they name, and so on.
	mods=$m
	while :; do
		more=$(for f in $all; do
			o=${f%.erl}
			case " $mods " in *" $o "*) continue ;; esac
			for n in $mods; do
				if grep -qw "$o" "$n.erl"; then echo "$o"; break; fi
			done
		done)
		[ -z "$more" ] && break
		mods="$mods $(echo $more)"
	done
	files=$(for n in $mods; do echo "$n.erl"; done)
	"$tmp/erl2go" run $files > "$tmp/$m.go.out" 2>"$tmp/$m.go.err"
	if cmp -s "$tmp/$m.beam.out" "$tmp/$m.go.out"; then
		echo "same     $m"
	else
		echo "DIFFERS  $m"
		diff "$tmp/$m.beam.out" "$tmp/$m.go.out" | sed 's/^/    /'
		fail=1
	fi
done
exit $fail
