-module(forms).
%% Errors that erl_parse finds after parsing, in its words.
f(X) -> X;
  f(X, Y) -> Y; %@ 3: head mismatch
  g(Z) -> Z.
g(X) -> X;
  h(X) -> X. %@ 3: head mismatch
a() -> fun X() -> 1; Y() -> 2 end. %@ 22: head mismatch
b() -> fun X() -> 1; () -> 2 end. %@ 22: head mismatch
-export(foo). %@ 9: bad Name/Arity
-export([f/a]). %@ 12: bad function arity
-export([F/1]). %@ 10: bad function name
-import(lists, a). %@ 16: bad Name/Arity
-record(r). %@ 9: bad record declaration
-record(r, a). %@ 12: bad record declaration
-record(r, {f(), b}). %@ 13: bad record field
-record(r, {a, "b"}). %@ 16: bad record field
-type t(a) :: x. %@ 9: bad type variable
-type T :: x. %@ 2: bad type declaration
-foo(a, b). %@ 9: bad attribute
-foo f() -> ok. %@ 6: bad attribute
-foo t() :: a. %@ 2: bad attribute
-foo X. %@ 6: bad attribute
-vsn(1 + 2). %@ 6: bad attribute
-compile(fun f/1). %@ 10: bad attribute
-compile(#{a := 1}). %@ 10: bad attribute
-compile(<<X:8>>). %@ 10: bad attribute
-compile(-a). %@ 10: bad attribute
-compile(a/b). %@ 10: bad attribute
-file(a, b). %@ 7: badly formed 'file'
-spec f(X) -> ok when foo(X, a). %@ 23: unsupported constraint foo
-spec f(X) -> ok when is_subtype(X, a, b). %@ 23: unsupported constraint is_subtype
-spec f(X) -> ok when is_subtype(a, X). %@ 34: bad type variable
-type t3() :: <<A:8>>. %@ 17: Bad binary type
-export_type([t/0, o/x]). %@ 14: bad attribute
