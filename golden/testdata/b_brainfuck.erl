-module(b_brainfuck).
-export([main/0]).

%% A brainfuck interpreter. The program is compiled to a tuple of
%% instructions with precomputed jump targets (and runs of +-<> folded);
%% the tape is a tuple of 300 cells updated with setelement, or, in the
%% second interpreter, a zipper of two lists. Output is collected.

compile(Src) ->
    Ops = fold([C || C <- Src, lists:member(C, "+-<>[].,")]),
    {Code, []} = link(Ops, 1, [], []),
    list_to_tuple(Code).

fold([]) -> [];
fold([C | Rest]) when C =:= $+; C =:= $-; C =:= $<; C =:= $> ->
    {Same, More} = lists:splitwith(fun(X) -> X =:= C end, Rest),
    N = length(Same) + 1,
    Op = case C of $+ -> {add, N}; $- -> {add, -N}; $> -> {move, N}; $< -> {move, -N} end,
    [Op | fold(More)];
fold([$. | Rest]) -> [out | fold(Rest)];
fold([$, | Rest]) -> [in | fold(Rest)];
fold([$[ | Rest]) -> [open | fold(Rest)];
fold([$] | Rest]) -> [close | fold(Rest)].

%% Resolve brackets: the stack holds the positions of unmatched opens.
link([], _, Acc, Stack) -> {lists:reverse(Acc), Stack};
link([open | Ops], Pc, Acc, Stack) -> link(Ops, Pc + 1, [open | Acc], [Pc | Stack]);
link([close | Ops], Pc, Acc, [Open | Stack]) ->
    Acc1 = replace_nth(Pc - Open, Acc, {jz, Pc + 1}),
    link(Ops, Pc + 1, [{jnz, Open + 1} | Acc1], Stack);
link([Op | Ops], Pc, Acc, Stack) -> link(Ops, Pc + 1, [Op | Acc], Stack).

replace_nth(1, [_ | T], X) -> [X | T];
replace_nth(N, [H | T], X) -> [H | replace_nth(N - 1, T, X)].

run(Code, Input) ->
    exec(Code, 1, erlang:make_tuple(300, 0), 1, Input, [], 0).

exec(Code, Pc, _, _, _, Out, Steps) when Pc > tuple_size(Code) ->
    {lists:reverse(Out), Steps};
exec(Code, Pc, Tape, P, In, Out, Steps) ->
    S = Steps + 1,
    case element(Pc, Code) of
        {add, N} -> exec(Code, Pc + 1, setelement(P, Tape, (element(P, Tape) + N) band 255), P, In, Out, S);
        {move, N} -> exec(Code, Pc + 1, Tape, P + N, In, Out, S);
        out -> exec(Code, Pc + 1, Tape, P, In, [element(P, Tape) | Out], S);
        in ->
            {V, In1} = case In of [] -> {0, []}; [H | T] -> {H, T} end,
            exec(Code, Pc + 1, setelement(P, Tape, V), P, In1, Out, S);
        {jz, T} when element(P, Tape) =:= 0 -> exec(Code, T, Tape, P, In, Out, S);
        {jz, _} -> exec(Code, Pc + 1, Tape, P, In, Out, S);
        {jnz, T} when element(P, Tape) =/= 0 -> exec(Code, T, Tape, P, In, Out, S);
        {jnz, _} -> exec(Code, Pc + 1, Tape, P, In, Out, S)
    end.

%% The same machine with a zipper tape: {Left (reversed), Current, Right}.
zrun(Code, Input) -> zexec(Code, 1, {[], 0, []}, Input, []).

zexec(Code, Pc, _, _, Out) when Pc > tuple_size(Code) -> lists:reverse(Out);
zexec(Code, Pc, {L, C, R} = Tape, In, Out) ->
    case element(Pc, Code) of
        {add, N} -> zexec(Code, Pc + 1, {L, (C + N) band 255, R}, In, Out);
        {move, N} -> zexec(Code, Pc + 1, move(N, Tape), In, Out);
        out -> zexec(Code, Pc + 1, Tape, In, [C | Out]);
        in ->
            {V, In1} = case In of [] -> {0, []}; [H | T] -> {H, T} end,
            zexec(Code, Pc + 1, {L, V, R}, In1, Out);
        {jz, T} when C =:= 0 -> zexec(Code, T, Tape, In, Out);
        {jnz, T} when C =/= 0 -> zexec(Code, T, Tape, In, Out);
        _ -> zexec(Code, Pc + 1, Tape, In, Out)
    end.

move(0, T) -> T;
move(N, {L, C, []}) when N > 0 -> move(N - 1, {[C | L], 0, []});
move(N, {L, C, [R | Rs]}) when N > 0 -> move(N - 1, {[C | L], R, Rs});
move(N, {[], C, R}) when N < 0 -> move(N + 1, {[], 0, [C | R]});
move(N, {[L | Ls], C, R}) when N < 0 -> move(N + 1, {Ls, L, [C | R]}).

hello() ->
    "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.".

main() ->
    Code = compile(hello()),
    io:format("~w instructions, first ~w~n", [tuple_size(Code), lists:sublist(tuple_to_list(Code), 6)]),
    {Out, Steps} = run(Code, []),
    io:format("output ~p in ~w steps~n", [Out, Steps]),
    io:format("zipper agrees: ~w~n", [zrun(Code, []) =:= Out]),
    Rev = compile(">,[>,]<[.<]"),
    {R, _} = run(Rev, "stressed"),
    io:format("reverse: ~s~n", [R]),
    Add = compile(",>,[<+>-]<."),
    {[Sum], _} = run(Add, [200, 100]),
    io:format("200+100 mod 256 = ~w~n", [Sum]),
    Squares = compile("++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]"),
    {Sq, SqSteps} = run(Squares, []),
    Lines = string:lexemes(Sq, "\n"),
    io:format("squares program: ~w lines in ~w steps, last ~s~n", [length(Lines), SqSteps, lists:last(Lines)]),
    io:format("tape cells after hello: ~w~n", [tuple_size(erlang:make_tuple(300, 0))]),
    ok.
