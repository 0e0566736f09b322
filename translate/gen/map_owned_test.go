package gen_test

import (
	"strings"
	"testing"
)

// Map updates change their map in place (rt.MapPutIn, rt.MapUpdateIn) only
// where the loop alone holds the map: each function here says by its name
// whether it may.
func TestOwnedMapUpdates(t *testing.T) {
	files, errs := translateSrc(t, `-module(m).
-export([own_case/2, own_get/2, own_chain/2, own_pass/2, own_guard/2,
         no_put/2, no_alias/2, no_other_arg/3, no_value/2, no_try/2, no_case_var/2,
         no_fun/2, no_body/2, no_match_head/2, own_with/2, own_puts/2, no_put_self/2,
         own_fold/1, own_mfold/1, no_fold_var/1, no_fold_leak/1, no_fold_try/1, no_last/1, own_drop/2]).
own_case([], M) -> M;
own_case([W | T], M) ->
    case M of
        #{W := C} -> own_case(T, M#{W := C + 1});
        _ -> own_case(T, M#{W => 1})
    end.
own_get([], M) -> map_size(M);
own_get([K | T], M) -> C = maps:get(K, M, 0), own_get(T, M#{K => C + 1}).
own_chain([], M) -> M;
own_chain([K | T], M) -> own_chain(T, M#{K => 1}#{{K} => 2}).
own_pass([], M) -> M;
own_pass([skip | T], M) -> own_pass(T, M);
own_pass([K | T], _M) when K > 100 -> own_pass(T, #{});
own_pass([K | T], M) -> own_pass(T, M#{K => K}).
own_guard([K | T], M) when is_map_key(K, M) -> own_guard(T, M);
own_guard([K | T], M) -> own_guard(T, M#{K => 0});
own_guard([], M) -> M.
no_put([], M) -> M;
no_put([K | T], M) -> put(k, M), no_put(T, M#{K => 1}).
no_alias([], M) -> M;
no_alias([K | T], M) -> N = M, no_alias(T, N#{K => 1}).
no_other_arg([], M, _) -> M;
no_other_arg([K | T], M, _) -> no_other_arg(T, M#{K => 1}, M).
no_value([], M) -> M;
no_value([K | T], M) -> no_value(T, M#{K => 1}#{x => maps:get(K, M, 0)}).
no_try([], M) -> M;
no_try([K | T], M) -> try ok catch _:_ -> ok end, no_try(T, M#{K => 1}).
no_case_var([], M) -> M;
no_case_var([K | T], M) -> case M of X -> no_case_var(T, X#{K => 1}) end.
no_fun([], M) -> M;
no_fun([K | T], M) -> F = fun() -> M end, F(), no_fun(T, M#{K => 1}).
no_body([], M) -> M;
no_body([K | T], M) -> {no_body(T, M#{K => 1})}.
no_match_head([], M) -> M;
no_match_head([K | T], #{} = M) -> no_match_head(T, M#{K => 1}).
own_with([], M) -> M;
own_with([K | T], M) -> own_with(T, maps:update_with(K, fun(C) -> C + 1 end, 1, M)).
own_puts([], M) -> M;
own_puts([K | T], M) -> own_puts(T, maps:put(K, 1, maps:update(K, 0, M))).
no_put_self([], M) -> M;
no_put_self([K | T], M) -> no_put_self(T, maps:put(K, M, M)).
own_fold(L) -> X = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{}, L), X.
own_mfold(M) -> Y = maps:fold(fun(K, V, A) -> A#{V => K} end, #{}, M), Y.
no_fold_var(L) -> F = fun(W, M) -> M#{W => 1} end, lists:foldl(F, #{}, L).
no_fold_leak(L) -> lists:foldl(fun(W, M) -> put(W, M), M#{W => 1} end, #{}, L).
no_fold_try(L) -> lists:foldl(fun(W, M) -> catch 1, M#{W => 1} end, #{}, L).
own_drop([], M) -> M;
own_drop([K | T], M) -> own_drop(T, maps:remove(K, M)).
no_last([]) -> #{};
no_last([K | T]) -> M = no_last(T), own_last(T, M#{K => 1}).
own_last([], M) -> M#{done => true};
own_last([K | T], M) -> own_last(T, maps:put(K, 2, M)).
`)
	if errs.HasErrors() {
		t.Fatal(errs)
	}
	src := string(files[0].Src)
	seen := 0
	for _, part := range strings.Split(src, "\n// ")[1:] {
		name, _, _ := strings.Cut(part, "/")
		if strings.HasPrefix(name, "own_") || strings.HasPrefix(name, "no_") {
			seen++
		}
		owned := strings.Contains(part, "In(&mapOwner") || strings.Contains(part, "In(p, &mapOwner")
		declared := strings.Contains(part, "var mapOwner")
		if want := strings.HasPrefix(name, "own_"); owned != want || declared != want {
			t.Errorf("%s: in-place updates %v (owner declared %v), want %v:\n%s", name, owned, declared, want, part)
		}
	}
	if seen != 25 {
		t.Errorf("found %d of the 25 functions in:\n%s", seen, src)
	}
}

// A map comprehension builds its map through an owner of its own, fresh
// each time the comprehension runs.
func TestMapCompOwner(t *testing.T) {
	files, errs := translateSrc(t, `-module(m).
-export([f/1]).
f(L) -> [#{K => I || K <- L} || I <- L].
`)
	if errs.HasErrors() {
		t.Fatal(errs)
	}
	src := string(files[0].Src)
	decl := strings.Index(src, "var compOwner1 rt.MapOwner")
	loop := strings.Index(src, "for c1 := ")
	if decl < 0 || !strings.Contains(src, "acc2 = acc2.PutIn(&compOwner1, K, I)") || loop < 0 || decl < loop {
		t.Errorf("the comprehension's owner is not declared in the outer loop's body:\n%s", src)
	}
}
