x "abc.
y.
