#!/usr/bin/env escript
%% -*- erlang -*-
%%! +pc latin1
%%
%% Records the shape of what each case of golden.txt returns on BEAM:
%% io_lib:format and the io_lib calls return deep lists, and golden.txt
%% holds them flattened. For each case, in golden.txt's order, one line:
%% the MD5 (hex) of the result written with ~w, or "-" for a case whose
%% result is not a character list (a {call, ..., term} case, an error).
%% rt/format_golden_test.go compares our results' shapes with these.
%%
%% usage (from the repository root, with Erlang/OTP 25 installed):
%%     escript rt/testdata/format/shapes.escript rt/testdata/format/golden.txt \
%%         > rt/testdata/format/shapes.txt
-mode(compile).

main([Golden]) ->
    {ok, Bin} = file:read_file(Golden),
    Lines = string:split(Bin, "\n", all),
    [shape(binary_to_term(binary:decode_hex(Hex))) || <<"in ", Hex/binary>> <- Lines],
    ok.

shape(Case) ->
    try run(Case) of
        none -> io:format("-~n");
        R -> io:format("~s~n", [hex(erlang:md5(io_lib:format("~w", [R])))])
    catch
        _:_ -> io:format("-~n")
    end.

run({call, _M, _F, _Args, term}) -> none;
run({call, M, F, Args, chars}) -> apply(M, F, Args);
run({Format, Args}) -> io_lib:format(Format, Args).

hex(B) -> string:lowercase(binary_to_list(binary:encode_hex(B))).
