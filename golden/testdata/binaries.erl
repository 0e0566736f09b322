-module(binaries).
-export([main/0]).

%% A length-prefixed packet format: <<Type:8, Len:16, Payload:Len/binary, Rest/binary>>.
encode(Type, Payload) when is_binary(Payload) ->
    <<Type:8, (byte_size(Payload)):16, Payload/binary>>.

decode(<<Type:8, Len:16, Payload:Len/binary, Rest/binary>>) ->
    {ok, Type, Payload, Rest};
decode(<<_/binary>>) ->
    incomplete.

decode_all(Bin) ->
    case decode(Bin) of
        {ok, T, P, Rest} -> [{T, P} | decode_all(Rest)];
        incomplete -> []
    end.

sum_bytes(<<X, Rest/binary>>, Acc) -> sum_bytes(Rest, Acc + X);
sum_bytes(<<>>, Acc) -> Acc.

header(<<"GET ", Path/binary>>) -> {get, Path};
header(<<"PUT ", Path/binary>>) -> {put, Path};
header(_) -> unknown.

main() ->
    P1 = encode(1, <<"hello">>),
    P2 = encode(2, <<1, 2, 3>>),
    io:format("~p~n", [P1]),
    io:format("~p~n", [decode_all(<<P1/binary, P2/binary, 9>>)]),
    io:format("~p~n", [sum_bytes(list_to_binary(lists:seq(1, 100)), 0)]),
    io:format("~p ~p ~p~n", [header(<<"GET /index">>), header(<<"PUT /x">>), header(<<"POST">>)]),
    <<A:4, B:4, C:16/little, D/float>> = <<16#12, 1, 2, 1.5/float>>,
    io:format("~p ~p ~p ~p~n", [A, B, C, D]),
    <<S:8/signed>> = <<255>>,
    io:format("~p ~p~n", [S, <<-1:16/signed>>]),
    U = <<"héllo"/utf8>>,
    <<H/utf8, _/binary>> = U,
    io:format("~p ~p ~p~n", [byte_size(U), H, binary_to_list(U)]),
    io:format("~p~n", [<<1:1, 0:3, 15:4>>]),
    io:format("~p~n", [bit_size(<<1:3>>)]),
    ok.
