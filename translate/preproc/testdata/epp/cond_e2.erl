-module(a).
foo @ bar.
x.
