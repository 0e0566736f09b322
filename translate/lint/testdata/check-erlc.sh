#!/bin/sh
# Checks the inline expectations of the lint tests against erlc: every chunk
# of every testdata/*.erl file (chunks are separated by "%% ---") is compiled
# on its own, with the lines outside it blanked so that line numbers agree,
# and the errors erlc prints (first line of each message) and its warnings
# that lint also gives (variables unused, shadowed or exported; functions
# and records unused; obsolete guards; overridden BIFs) are compared with the "%% error[ COL]: message"
# and "%% warning[ COL]: message" comments.
# Usage: translate/lint/testdata/check-erlc.sh [file.erl ...]
set -u
cd "$(dirname "$0")"
tmp=$(mktemp -d /tmp/lint-check.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
status=0
for f in ${@:-*.erl}; do
    n=$(grep -c '^%% ---' "$f")
    i=0
    while [ "$i" -le "$n" ]; do
        # The chunk, blanked outside.
        awk -v k="$i" '/^%% ---/ { c++; print ""; next } { print (c == k ? $0 : "") }' "$f" >"$tmp/t.erl"
        # What erlc says: LINE:COL: message (errors and the warnings lint
        # gives, first lines only).
        (cd "$tmp" && erlc -o "$tmp" t.erl >"$tmp/out" 2>&1)
        sed -n 's/^t\.erl:\([0-9]*:[0-9]*\): \(.*\)$/\1: \2/p' "$tmp/out" | grep -v ': Warning: ' >"$tmp/errs"
        sed -n 's/^t\.erl:\([0-9]*:[0-9]*\): \(Warning: \(variable .*\|function .* is unused\|record .* is unused\|.* obsolete (use .*)\|ambiguous call of overridden auto-imported BIF .*\|import directive overrides auto-imported BIF .*\)\)$/\1: \2/p' "$tmp/out" >>"$tmp/errs"
        sed 's/ *$//' "$tmp/errs" | sort >"$tmp/got"
        # What the chunk expects; an expectation without a column takes erlc's.
        awk '{
            line = $0
            while (match(line, /%% (error|warning)/) > 0) {
                warn = substr(line, RSTART + 3, 1) == "w"
                line = substr(line, RSTART + RLENGTH)
                col = 0
                if (match(line, /^ [0-9]+/)) { col = substr(line, 2, RLENGTH - 1); line = substr(line, RLENGTH + 1) }
                sub(/^: /, "", line)
                msg = line
                if (match(msg, /%% (error|warning)/) > 0) msg = substr(msg, 1, RSTART - 1)
                sub(/[ \t]+$/, "", msg)
                if (warn) msg = "Warning: " msg
                print NR ":" col ": " msg
            }
        }' "$tmp/t.erl" >"$tmp/want0"
        awk 'FILENAME == ARGV[1] { split($0, a, ": "); split(a[1], lc, ":"); key = lc[1] ": " substr($0, length(a[1]) + 3); got[key] = lc[2]; next }
             { split($0, a, ": "); split(a[1], lc, ":"); msg = substr($0, length(a[1]) + 3)
               if (lc[2] == 0 && ((lc[1] ": " msg) in got)) lc[2] = got[lc[1] ": " msg]
               print lc[1] ":" lc[2] ": " msg }' "$tmp/got" "$tmp/want0" | sort >"$tmp/want"
        if ! diff -u "$tmp/want" "$tmp/got" >"$tmp/diff"; then
            echo "== $f chunk $i (- expected, + erlc)"
            tail -n +3 "$tmp/diff"
            status=1
        fi
        i=$((i + 1))
    done
done
[ $status = 0 ] && echo "all expectations agree with erlc"
exit $status
