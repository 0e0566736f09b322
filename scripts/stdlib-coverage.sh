#!/bin/sh
# stdlib-coverage.sh: which of the stdlib functions that real Erlang code
# calls erl2go's runtime implements.
#
# For each exported function of the modules below (for erlang, its BIFs:
# erlang:is_builtin/3), count the calls M:F(...) with that many arguments
# in OTP's own sources (/usr/lib/erlang/lib/*/src/*.erl, scanned as tokens;
# auto-imported BIFs called without erlang: count too), then ask a program
# built by erl2go whether it has the function (erlang:function_exported/3,
# which consults rt's module registry). Prints the top-N coverage and the
# missing functions, most called first. Needs erl, escript and go.
# Usage: scripts/stdlib-coverage.sh [N...]   (default: 50 100 200 300)
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mods="lists maps string proplists math io io_lib orddict ordsets dict sets gb_trees gb_sets queue array
unicode binary erlang timer calendar re filename"

cat > "$tmp/count.escript" <<'ERL'
#!/usr/bin/env escript
main(Mods0) ->
    Mods = [list_to_atom(M) || M <- Mods0],
    Files = filelib:wildcard("/usr/lib/erlang/lib/*/src/*.erl"),
    Counts = lists:foldl(fun(F, Acc) -> count_file(F, Mods, Acc) end, #{}, Files),
    [io:format("~w ~w ~w ~w~n", [maps:get({M, F, A}, Counts, 0), M, F, A])
     || M <- Mods, {F, A} <- exports(M)],
    ok.

exports(erlang) ->
    lists:usort([{F, A} || {F, A} <- erlang:module_info(exports), erlang:is_builtin(erlang, F, A),
                           not erl_internal:arith_op(F, A), not erl_internal:bool_op(F, A),
                           not erl_internal:comp_op(F, A), not erl_internal:list_op(F, A),
                           not erl_internal:send_op(F, A)]);
exports(M) ->
    lists:usort([FA || {F, _} = FA <- M:module_info(exports), F =/= module_info]).

count_file(File, Mods, Acc) ->
    {ok, Bin} = file:read_file(File),
    case erl_scan:string(unicode:characters_to_list(Bin, latin1), 1, []) of
        {ok, Toks, _} -> calls(Toks, Mods, Acc);
        _ -> Acc
    end.

bump(K, Acc) -> maps:update_with(K, fun(N) -> N + 1 end, 1, Acc).

calls([{atom, _, M}, {':', _}, {atom, _, F}, {'(', _} | Rest], Mods, Acc) ->
    case lists:member(M, Mods) of
        true -> calls(Rest, Mods, bump({M, F, arity(Rest)}, Acc));
        false -> calls(Rest, Mods, Acc)
    end;
calls([{':', _}, {atom, _, _} | Rest], Mods, Acc) -> calls(Rest, Mods, Acc);
calls([{atom, _, F}, {'(', _} | Rest], Mods, Acc) ->
    A = arity(Rest),
    case lists:member(erlang, Mods) andalso erl_internal:bif(F, A) of
        true -> calls(Rest, Mods, bump({erlang, F, A}, Acc));
        false -> calls(Rest, Mods, Acc)
    end;
calls([_ | Rest], Mods, Acc) -> calls(Rest, Mods, Acc);
calls([], _, Acc) -> Acc.

%% arity: the arguments after the opening parenthesis, commas counted at
%% depth 0 (parentheses, brackets, binaries and fun/case/... end nest).
arity([{')', _} | _]) -> 0;
arity(Toks) -> arity(Toks, 0, 1).

arity([], _, N) -> N;
arity([{')', _} | _], 0, N) -> N;
arity([{',', _} | T], 0, N) -> arity(T, 0, N + 1);
arity([{'fun', _}, {'(', _} | T], D, N) -> arity(T, D + 2, N);
arity([{'fun', _}, {var, _, _}, {'(', _} | T], D, N) -> arity(T, D + 2, N);
arity([{T0, _} | T], D, N) when T0 =:= '('; T0 =:= '['; T0 =:= '{'; T0 =:= '<<';
                                T0 =:= 'case'; T0 =:= 'if'; T0 =:= 'receive'; T0 =:= 'try';
                                T0 =:= 'begin'; T0 =:= 'maybe' -> arity(T, D + 1, N);
arity([{T0, _} | T], D, N) when T0 =:= ')'; T0 =:= ']'; T0 =:= '}'; T0 =:= '>>';
                                T0 =:= 'end' -> arity(T, D - 1, N);
arity([_ | T], D, N) -> arity(T, D, N).
ERL
# shellcheck disable=SC2086
escript "$tmp/count.escript" $mods | sort -k1,1nr -k2,2 -k3,3 -s > "$tmp/counts.txt"

{
	echo "-module(cov_check)."
	echo "-export([main/0])."
	echo "main() ->"
	echo "    lists:foreach(fun({M, F, A}) -> io:format(\"~w:~w/~w ~w~n\", [M, F, A, erlang:function_exported(M, F, A)]) end, ["
	awk '{printf "%s{%s,'\''%s'\'',%s}\n", (NR > 1 ? "," : ""), $2, $3, $4}' "$tmp/counts.txt"
	echo "])."
} > "$tmp/cov_check.erl"
go run "$root/cmd/erl2go" run "$tmp/cov_check.erl" > "$tmp/have.txt"

awk 'NR == FNR { have[$1] = $2; next } { mfa = $2 ":" $3 "/" $4; print $1, mfa, have[mfa] }' \
	"$tmp/have.txt" "$tmp/counts.txt" > "$tmp/joined.txt"
total=$(wc -l < "$tmp/joined.txt")
echo "functions: $total, implemented: $(grep -c ' true$' "$tmp/joined.txt")"
[ $# -eq 0 ] && set -- 50 100 200 300
for n in "$@"; do
	echo "top $n most called: $(head -n "$n" "$tmp/joined.txt" | grep -c ' true$') implemented"
done
echo "missing, most called first (calls in OTP's sources, function):"
grep ' false$' "$tmp/joined.txt" | awk '$1 > 0 { print "  " $1, $2 }'
