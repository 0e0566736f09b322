-module(c_crypto).
-export([main/0]).

%% crypto at work: a content-addressed store keyed by SHA-256, chunks
%% streamed through hash_init/update/final, HMAC-signed session tokens
%% checked in constant time, checksums of file parts combined, and the
%% errors crypto raises for bad algorithms, states and data.

hex(Bin) -> string:lowercase(binary:encode_hex(Bin)).

%% The store: a map from the hex digest of a blob to the blob.
store_put(Blob, Store) ->
    Key = hex(crypto:hash(sha256, Blob)),
    {Key, Store#{Key => Blob}}.

store_get(Key, Store) ->
    case maps:find(Key, Store) of
        {ok, Blob} ->
            case hex(crypto:hash(sha256, Blob)) of
                Key -> {ok, Blob};
                _ -> {error, corrupt}
            end;
        error -> {error, missing}
    end.

%% A digest of chunks, fed one at a time; each state stays usable.
stream_digest(Alg, Chunks) ->
    Final = lists:foldl(fun(C, S) -> crypto:hash_update(S, C) end,
                        crypto:hash_init(Alg), Chunks),
    crypto:hash_final(Final).

%% Tokens: User:Expiry:Signature, the signature an HMAC of the rest.
sign(Secret, User, Expiry) ->
    Payload = iolist_to_binary([User, $:, integer_to_list(Expiry)]),
    Mac = crypto:macN(hmac, sha256, Secret, Payload, 16),
    <<Payload/binary, $:, (hex(Mac))/binary>>.

verify(Secret, Token, Now) ->
    case binary:split(Token, <<":">>, [global]) of
        [User, Exp, Sig] ->
            Payload = <<User/binary, $:, Exp/binary>>,
            Want = hex(crypto:macN(hmac, sha256, Secret, Payload, 16)),
            Expiry = binary_to_integer(Exp),
            case crypto:hash_equals(Want, Sig) of
                true when Now =< Expiry -> {ok, User};
                true -> {error, expired};
                false -> {error, bad_signature}
            end;
        _ -> {error, malformed}
    end.

catching(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:St -> {C, R, lists:sublist(St, 2)}
    end.

main() ->
    io:format("~p ~p ~p~n", [application:ensure_all_started(crypto), crypto:start(), crypto:version()]),
    %% Digests of every algorithm over the same text.
    Text = <<"The quick brown fox jumps over the lazy dog">>,
    [io:format("~-8s ~s~n", [A, hex(crypto:hash(A, Text))])
     || A <- [md4, md5, sha, sha224, sha256, sha384, sha512,
              sha3_224, sha3_256, sha3_384, sha3_512, blake2b, blake2s]],
    io:format("~p~n", [[{A, crypto:hash_info(A)} || A <- [md5, sha256, sha3_512, blake2s]]]),
    io:format("~p~n~p~n", [crypto:supports(macs), crypto:supports(hashs)]),

    %% The store.
    {K1, S1} = store_put(<<"hello">>, #{}),
    {K2, S2} = store_put(["iolist ", [<<"data">>, $!]], S1),
    {K1, S3} = store_put(<<"hello">>, S2),
    io:format("~s~n~s~n~p~n", [K1, K2, maps:size(S3)]),
    io:format("~p~n", [store_get(K2, S3)]),
    io:format("~p~n", [store_get(hex(crypto:hash(sha256, "nothing")), S3)]),
    io:format("~p~n", [store_get(K1, S3#{K1 := <<"tampered">>})]),

    %% Streaming equals one shot, and a state can be forked.
    Chunks = [<<"alpha ">>, "beta ", [<<"gam">>, "ma"]],
    [io:format("~p ~p~n", [A, stream_digest(A, Chunks) =:= crypto:hash(A, Chunks)])
     || A <- [md5, sha, sha512, sha3_256, blake2b]],
    S0 = crypto:hash_update(crypto:hash_init(sha), <<"common prefix ">>),
    ForkA = crypto:hash_final(crypto:hash_update(S0, <<"a">>)),
    ForkB = crypto:hash_final(crypto:hash_update(S0, <<"b">>)),
    io:format("~s~n~s~n~s~n", [hex(ForkA), hex(ForkB), hex(crypto:hash_final(S0))]),

    %% Tokens.
    Secret = <<"s3cr3t-key">>,
    Tok = sign(Secret, "alice", 1700000000),
    io:format("~s~n", [Tok]),
    io:format("~p~n", [verify(Secret, Tok, 1600000000)]),
    io:format("~p~n", [verify(Secret, Tok, 1800000000)]),
    io:format("~p~n", [verify(<<"other">>, Tok, 1600000000)]),
    io:format("~p~n", [verify(Secret, <<"garbage">>, 0)]),
    io:format("~p~n", [catching(fun() -> verify(Secret, <<"bob:1:", (binary:copy(<<"0">>, 31))/binary>>, 0) end)]),
    io:format("~p~n", [[hex(crypto:mac(hmac, A, "key", "The message")) || A <- [md5, sha, sha3_224, blake2s]]]),
    io:format("~p~n", [crypto:macN(hmac, sha, <<"k">>, <<"d">>, 0)]),
    %% A request body signed as it streams in, then checked in one go.
    Sig = crypto:mac_init(hmac, sha256, Secret),
    Sig = crypto:mac_update(Sig, <<"POST /upload\n">>),
    _ = [crypto:mac_update(Sig, Part) || Part <- [<<"part one,">>, "part two,", [<<"part">>, " three"]]],
    Tag = crypto:mac_finalN(Sig, 12),
    io:format("~s ~p~n", [hex(Tag), Tag =:= crypto:macN(hmac, sha256, Secret, <<"POST /upload\npart one,part two,part three">>, 12)]),
    %% Passwords stored as PBKDF2 hashes with their salt.
    Salt = <<"NaCl-and-pepper!">>,
    Stored = crypto:pbkdf2_hmac(sha256, <<"hunter2">>, Salt, 500, 32),
    io:format("~s~n", [hex(Stored)]),
    io:format("~p~n", [[crypto:hash_equals(Stored, crypto:pbkdf2_hmac(sha256, Pw, Salt, 500, 32))
                        || Pw <- [<<"hunter2">>, <<"hunter3">>]]]),
    io:format("~p~n", [catching(fun() -> crypto:pbkdf2_hmac(sha256, "hunter2", Salt, 500, 32) end)]),
    io:format("~p~n", [catching(fun() -> crypto:pbkdf2_hmac(md5, <<"hunter2">>, Salt, 0, 32) end)]),
    %% CMAC over AES (RFC 4493's key) and DES, and a Poly1305 tag.
    AesKey = <<16#2b7e151628aed2a6abf7158809cf4f3c:128>>,
    io:format("~p~n", [[hex(crypto:mac(cmac, C, K, M))
                        || {C, K} <- [{aes_128_cbc, AesKey}, {aes_cbc, <<AesKey/binary, AesKey/binary>>},
                                      {des_ede3_cbc, binary:copy(<<"8bytekey">>, 3)}],
                           M <- [<<>>, <<"sixteen bytes!!!">>, Text]]]),
    io:format("~s~n", [hex(crypto:macN(poly1305, binary:copy(<<"0123456789abcdef">>, 2), Text, 8))]),

    %% Checksums of two parts combined, and erlang's md5 context.
    P1 = <<"first part of the file, ">>,
    P2 = <<"and the second part">>,
    Whole = <<P1/binary, P2/binary>>,
    io:format("~p~n", [{erlang:crc32(Whole),
                        erlang:crc32_combine(erlang:crc32(P1), erlang:crc32(P2), byte_size(P2)),
                        erlang:adler32(Whole),
                        erlang:adler32_combine(erlang:adler32(P1), erlang:adler32(P2), byte_size(P2))}]),
    Ctx = lists:foldl(fun(P, C) -> erlang:md5_update(C, P) end, erlang:md5_init(),
                      [binary:copy(<<"0123456789">>, 7), P1, P2]),
    io:format("~p~n~p~n", [Ctx, erlang:md5_final(Ctx)]),

    %% Small helpers.
    io:format("~p~n", [crypto:exor(<<1, 2, 3, 255>>, [<<15>>, 15, 15, 15])]),
    io:format("~p~n", [[crypto:bytes_to_integer(B) || B <- [<<>>, <<1>>, <<1, 0>>, binary:copy(<<255>>, 12)]]]),
    R = crypto:strong_rand_bytes(24),
    io:format("~p ~p~n", [byte_size(R), byte_size(crypto:strong_rand_bytes(0))]),

    %% Errors, as crypto raises them.
    Errs = [fun() -> crypto:hash(sha257, "x") end,
            fun() -> crypto:hash(sha256, [1, 2 | three]) end,
            fun() -> crypto:hash_init(<<"md5">>) end,
            fun() -> crypto:hash_update({fake_state}, "x") end,
            fun() -> crypto:hash_update(crypto:hash_init(md5), {x}) end,
            fun() -> crypto:hash_final(not_a_state) end,
            fun() -> crypto:hash_info(whirlpool) end,
            fun() -> crypto:mac(hmac, sha999, "k", "d") end,
            fun() -> crypto:mac(hmac, sha, "k", [d]) end,
            fun() -> crypto:mac(hmac, sha, k, "d") end,
            fun() -> crypto:mac(hmak, sha, "k", "d") end,
            fun() -> crypto:mac(hmac, sha, "k") end,
            fun() -> crypto:mac(cmac, aes_128_cbc, <<0:192>>, "d") end,
            fun() -> crypto:mac_init(hmac, sha1, "k") end,
            fun() -> crypto:mac_update(not_a_state, [x]) end,
            fun() -> crypto:mac_final(not_a_state) end,
            fun() -> crypto:mac(cmac, aes_cbc, <<0:72>>, "d") end,
            fun() -> crypto:mac(poly1305, <<"short key">>, "d") end,
            fun() -> crypto:macN(hmac, sha, "k", "d", 21) end,
            fun() -> crypto:macN(hmac, nope, "k", "d", 2) end,
            fun() -> crypto:strong_rand_bytes(-3) end,
            fun() -> crypto:exor(<<1, 2>>, <<1>>) end,
            fun() -> crypto:bytes_to_integer("12") end,
            fun() -> crypto:hash_equals(<<1>>, <<1, 2>>) end,
            fun() -> crypto:supports(everything) end,
            fun() -> erlang:md5_update(<<"short">>, "x") end,
            fun() -> erlang:crc32_combine(1, 2, -1) end],
    [io:format("~p~n", [catching(F)]) || F <- Errs],
    ok.
