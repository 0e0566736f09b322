module github.com/erl2go/erl2go

go 1.26.8

require (
	github.com/antlr4-go/antlr/v4 v4.13.1 // indirect
	github.com/dave/jennifer v1.7.1 // indirect
	golang.org/x/exp v0.0.0-20240506185415-9bf2ced13842 // indirect
	golang.org/x/tools v0.52.0 // indirect
)
