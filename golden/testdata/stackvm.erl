-module(stackvm).
-export([main/0]).

-record(vm, {pc = 1, stack = [], vars = #{}, out = []}).

%% A tiny stack machine: programs are tuples of instructions.
run(Prog) -> run(Prog, #vm{}).

run(Prog, #vm{pc = PC} = VM) when PC > tuple_size(Prog) ->
    lists:reverse(VM#vm.out);
run(Prog, #vm{pc = PC, stack = S, vars = V} = VM) ->
    Next = VM#vm{pc = PC + 1},
    case element(PC, Prog) of
        {push, N} -> run(Prog, Next#vm{stack = [N | S]});
        {load, X} -> run(Prog, Next#vm{stack = [maps:get(X, V) | S]});
        {store, X} -> [Top | Rest] = S, run(Prog, Next#vm{stack = Rest, vars = V#{X => Top}});
        add -> [A, B | Rest] = S, run(Prog, Next#vm{stack = [B + A | Rest]});
        sub -> [A, B | Rest] = S, run(Prog, Next#vm{stack = [B - A | Rest]});
        mul -> [A, B | Rest] = S, run(Prog, Next#vm{stack = [B * A | Rest]});
        print -> [Top | _] = S, run(Prog, Next#vm{out = [Top | VM#vm.out]});
        {jz, T} ->
            [Top | Rest] = S,
            if Top =:= 0 -> run(Prog, VM#vm{pc = T, stack = Rest});
               true -> run(Prog, Next#vm{stack = Rest})
            end;
        {jmp, T} -> run(Prog, VM#vm{pc = T});
        Bad -> erlang:error({bad_instruction, PC, Bad})
    end.

main() ->
    %% factorial of 10 with a loop
    Fact = {{push, 10}, {store, n}, {push, 1}, {store, acc},
            {load, n}, {jz, 16},
            {load, acc}, {load, n}, mul, {store, acc},
            {load, n}, {push, 1}, sub, {store, n},
            {jmp, 5},
            {load, acc}, print},
    io:format("~p~n", [run(Fact)]),
    Count = {{push, 3}, {store, i}, {load, i}, {jz, 12}, {load, i}, print,
             {push, 1}, sub, {store, i}, {jmp, 3}, nop, {push, 0}, print},
    io:format("~p~n", [catch run(Count)]),
    {'EXIT', {Why, _}} = (catch run({{push, 1}, frobnicate})),
    io:format("~p~n", [Why]),
    ok.
