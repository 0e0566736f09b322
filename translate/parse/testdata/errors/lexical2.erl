-module(lexical2).
%% A bad escape: erl_scan loses track of the string after it, so this case
%% has a file of its own.
i() -> "\x4". %@ 9: illegal character
