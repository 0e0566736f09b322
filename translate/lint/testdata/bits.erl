-module(t).
-export([f/1]).
f(X) -> <<X/foo>>. %% error 11: bit type foo undefined
%% ---
-module(t).
-export([f/1]).
f(X) -> <<X/integer-float>>. %% error 11: conflict in type specification for bit field: 'float' and 'integer'
%% ---
-module(t).
-export([f/1]).
f(X) -> <<X/little-big>>. %% error 11: conflict in endianness specification for bit field: 'big' and 'little'
%% ---
-module(t).
-export([f/1]).
f(X) -> <<X/signed-unsigned, X:8/unit:8-unit:16>>. %% error 11: conflict in sign specification for bit field: 'unsigned' and 'signed' %% error 30: conflict in unit specification for bit field: '16' and '8'
%% ---
-module(t).
-export([f/1]).
f(X) -> <<X/unit:8>>. %% error 11: a bit unit size must not be specified unless a size is specified too
%% ---
-module(t).
-export([f/1]).
f(X) -> <<X:8/utf8, X/utf16-unit:8>>. %% error 11: neither size nor unit must be given for segments of type utf8/utf16/utf32 %% error 21: neither size nor unit must be given for segments of type utf8/utf16/utf32
%% ---
-module(t).
-export([f/1]).
f(<<A/binary, B:8>>) -> {A, B}. %% error 5: a binary field without size is only allowed at the end of a binary pattern
%% ---
-module(t).
-export([f/1]).
f(<<A/binary>>) -> <<A/binary, 1:8, A:4/binary-unit:8, A/bits, (byte_size(A)):16/little-signed-integer>>.
%% ---
-module(t).
-export([f/1]).
f(<<"abc"/utf8, "x", R/binary>>) -> R;
f(<<"abc":8>>) -> ok; %% error 5: a literal string in a binary pattern must not have a type or a size
f(<<"abc"/binary>>) -> ok. %% error 5: a literal string in a binary pattern must not have a type or a size
%% ---
-module(t).
-export([f/1]).
f(<<<<A>>:8>>) -> A. %% error 5: illegal pattern %% error 19: variable 'A' is unbound
%% ---
-module(t).
-export([f/1]).
f(<<A:(1+2), B:(A*8)/binary, -1:8/signed, 1.5/float>>) -> {A, B}.
%% ---
-module(t).
-export([f/1]).
f(<<A:8/unit:3>>) -> A;
f(<<B:8/float>>) -> B.
%% ---
-module(t).
-export([f/1]).
f(X) -> <<X:all>>. %% error 11: illegal bit size
%% ---
-module(t).
-export([f/1]).
f(X) -> <<X:8/unit:0>>. %% error 11: bit type {unit,0} undefined
%% ---
-module(t).
-export([f/1]).
f(<<A:(g())>>) -> A; %% error 8: call to local/imported function g/0 is illegal in a size expression for a binary segment
f(<<A:(lists:max([1]))>>) -> A; %% error: illegal bit size
f(<<A:(length([1]))>>) -> A.
g() -> 1. %% warning 1: function g/0 is unused
