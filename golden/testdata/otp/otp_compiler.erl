-module(otp_compiler).
-export([main/0]).

%% OTP's compiler, translated to Go with the parts of stdlib it calls,
%% compiles three modules from source text: erl_scan reads them, erl_parse
%% makes the forms, compile:forms runs erl_lint, the Core, SSA and BEAM
%% passes and beam_asm. The BEAM code and the .beam file must be those that
%% BEAM's own compiler makes, to the byte. (A module with literals, whose
%% table beam_asm compresses with zlib, is compiled to BEAM code only: rt
%% has no zlib yet.)
%%
%% otp: stdlib-4.2/src/erl_scan.erl stdlib-4.2/src/erl_parse.erl stdlib-4.2/src/erl_anno.erl
%% otp: stdlib-4.2/src/erl_features.erl stdlib-4.2/src/erl_lint.erl stdlib-4.2/src/erl_expand_records.erl
%% otp: stdlib-4.2/src/erl_internal.erl stdlib-4.2/src/erl_bits.erl stdlib-4.2/src/epp.erl
%% otp: stdlib-4.2/src/otp_internal.erl stdlib-4.2/src/erl_eval.erl stdlib-4.2/src/sofs.erl
%% otp: stdlib-4.2/src/filename.erl stdlib-4.2/src/erl_error.erl stdlib-4.2/src/eval_bits.erl
%% otp: compiler-8.2.3/src/*.erl
%% otp-define: COMPILER_VSN="8.2.3"

shapes() ->
    "-module(shapes).\n"
    "-export([area/1, summary/1]).\n"
    "-record(circle, {r = 1 :: number()}).\n"
    "-record(rect, {w, h}).\n"
    "area(#circle{r = R}) -> 3 * R * R;\n"
    "area(#rect{w = W, h = H}) when W > 0, H > 0 -> W * H;\n"
    "area({square, S}) -> S * S.\n"
    "summary(Shapes) ->\n"
    "    Areas = [area(S) || S <- Shapes],\n"
    "    {length(Areas), lists:sum(Areas), lists:max(Areas)}.\n".

proto() ->
    "-module(proto).\n"
    "-export([decode/1, encode/1, loop/1, safe/1]).\n"
    "decode(<<1, Len:16, Payload:Len/binary, Rest/binary>>) -> {msg, Payload, Rest};\n"
    "decode(<<2, N:64/signed>>) -> {int, N};\n"
    "decode(<<0:1, _:7, _/binary>> = B) -> {other, byte_size(B)};\n"
    "decode(_) -> error.\n"
    "encode({msg, P}) when is_binary(P) -> <<1, (byte_size(P)):16, P/binary>>;\n"
    "encode({int, N}) -> <<2, N:64/signed>>.\n"
    "loop(State) ->\n"
    "    receive\n"
    "        {get, From} -> From ! {state, State}, loop(State);\n"
    "        {put, K, V} -> loop(State#{K => V});\n"
    "        stop -> ok\n"
    "    after 1000 -> {timeout, maps:size(State)}\n"
    "    end.\n"
    "safe(F) ->\n"
    "    try F() of\n"
    "        V -> {ok, V}\n"
    "    catch\n"
    "        throw:T -> {thrown, T};\n"
    "        error:E:St -> {error, E, length(St)}\n"
    "    after\n"
    "        erlang:yield()\n"
    "    end.\n".

%% Literals: a float, a string, a bignum, a constant tuple and map.
literals() ->
    "-module(literals).\n"
    "-export([consts/0, scale/1]).\n"
    "consts() -> {2.5, \"text\", 123456789012345678901234567890, {a, [1, 2]}, #{k => v}}.\n"
    "scale(X) -> X * 0.5 + length(\"abc\").\n".

%% Warnings: an unused variable, a function never called, a clause that
%% cannot match.
sloppy() ->
    "-module(sloppy).\n"
    "-export([f/1]).\n"
    "f(X) -> Y = X + 1, case X of _ -> a; 1 -> b end.\n"
    "g() -> ok.\n".

%% Errors: an unbound variable and an undefined function.
broken() ->
    "-module(broken).\n"
    "-export([f/0]).\n"
    "f() -> Z + h().\n".

%% On BEAM the boot records the features the command line enables; an
%% erl2go program has no such flags, so it records that none is.
init_features() ->
    persistent_term:put({erl_features, enabled_features}, []),
    persistent_term:put({erl_features, keywords}, []),
    persistent_term:put({erl_features, init_done}, true).

forms(Src) ->
    {ok, Toks, _} = erl_scan:string(Src, 1),
    split(Toks, []).

split([], []) -> [];
split([{dot, _} = Dot | Rest], Acc) ->
    {ok, Form} = erl_parse:parse_form(lists:reverse([Dot | Acc])),
    [Form | split(Rest, [])];
split([Tok | Rest], Acc) ->
    split(Rest, [Tok | Acc]).

asm(Src) ->
    {ok, _Mod, Asm, _} = compile:forms(forms(Src), [to_asm, binary, return]),
    io:format("~p~n", [Asm]).

beam(Src) ->
    {ok, Mod, Bin, Ws} = compile:forms(forms(Src), [binary, deterministic, return]),
    io:format("~p: ~p bytes, md5 ~p~nwarnings ~p~n", [Mod, byte_size(Bin), erlang:md5(Bin), Ws]).

main() ->
    init_features(),
    asm(shapes()),
    beam(shapes()),
    asm(proto()),
    beam(proto()),
    asm(literals()),
    beam(sloppy()),
    io:format("~p~n", [compile:forms(forms(broken()), [binary, return])]).
