package parse

import (
	"math/big"
	"strings"
	"testing"
)

// Expected values come from erl_scan (OTP 25); each case names the expression run as
//	erl_scan:string(Text)  =>  the token value or error shown in the comment.

func TestDecodeString(t *testing.T) {
	tests := []struct {
		text string
		want []rune // nil with err set for an error
		err  string
	}{
		{`"abc"`, []rune("abc"), ""},
		{`""`, []rune{}, ""},
		{`"\n\t\s\e\d\b\f\v\r"`, []rune{10, 9, 32, 27, 127, 8, 12, 11, 13}, ""},
		{`"\\\"\'"`, []rune{'\\', '"', '\''}, ""},
		{`"\z"`, []rune{122}, ""},                    // {string,_,[122]}
		{`"\X41"`, []rune{88, 52, 49}, ""},           // \X is just X
		{`"\1234"`, []rune{83, 52}, ""},              // three octal digits at most
		{`"\0"`, []rune{0}, ""},                      //
		{`"\08"`, []rune{0, 56}, ""},                 // 8 is not octal
		{`"\777"`, []rune{511}, ""},                  //
		{`"\8"`, []rune{56}, ""},                     //
		{`"\x41"`, []rune{65}, ""},                   //
		{`"\x{0041}"`, []rune{65}, ""},               //
		{`"\x{000000041}"`, []rune{65}, ""},          //
		{`"\x{1F600}"`, []rune{0x1F600}, ""},         //
		{`"\^a"`, []rune{1}, ""},                     //
		{`"\^?"`, []rune{31}, ""},                    //
		{`"\^""`, []rune{2}, ""},                     // \^" does not end the string
		{`"\x4"`, nil, "1:illegal character"},        // {error,{{1,2},erl_scan,{illegal,character}}}
		{`"\x{}"`, nil, "1:illegal character"},       //
		{`"\x{110000}"`, nil, "1:illegal character"}, //
		{`"\x{D800}"`, nil, "1:illegal character"},   // surrogates are not characters
		{`"\xg"`, nil, "1:illegal character"},        //
		{`"\x{4g}"`, nil, "1:illegal character"},     //
		{`"ab\x4"`, nil, "3:illegal character"},      // the offset is the backslash's
		{`"é😀"`, []rune("é😀"), ""},                   //
	}
	for _, tt := range tests {
		got, err := decodeString(tt.text)
		checkLit(t, tt.text, string(got), err, string(tt.want), tt.err)
	}
}

func checkLit(t *testing.T, text, got string, err *litError, want, wantErr string) {
	t.Helper()
	if wantErr != "" {
		if err == nil {
			t.Errorf("%s: got %q, want error %s", text, got, wantErr)
		} else if g := strings.TrimSpace(itoa(err.Offset) + ":" + err.Msg); g != wantErr {
			t.Errorf("%s: error %s, want %s", text, g, wantErr)
		}
		return
	}
	if err != nil {
		t.Errorf("%s: unexpected error %s", text, err.Msg)
	} else if got != want {
		t.Errorf("%s: got %q, want %q", text, got, want)
	}
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }

func TestDecodeChar(t *testing.T) {
	tests := []struct {
		text string
		want rune
		err  string
	}{
		{`$a`, 'a', ""},
		{`$ `, 32, ""},                            // {char,_,32}
		{"$\n", 10, ""},                           //
		{`$\n`, 10, ""},                           //
		{`$\s`, 32, ""},                           //
		{`$\e`, 27, ""},                           //
		{`$\d`, 127, ""},                          //
		{`$\\`, '\\', ""},                         //
		{`$\101`, 65, ""},                         //
		{`$\400`, 256, ""},                        //
		{`$\x41`, 65, ""},                         //
		{`$\x{1F600}`, 128512, ""},                //
		{`$\^A`, 1, ""},                           //
		{`$\^?`, 31, ""},                          //
		{`$é`, 'é', ""},                           //
		{`$\x{D800}`, 0, "0:illegal character"},   // {error,{{1,1},erl_scan,{illegal,character}}}
		{`$\x{110000}`, 0, "0:illegal character"}, //
		{`$\x{}`, 0, "0:illegal character"},       //
		{`$\x`, 0, "0:illegal character"},         // $\xg: the lexer stops at the g
		{`$\`, 0, "0:unterminated character"},     // {error,{{1,1},erl_scan,char}}
	}
	for _, tt := range tests {
		got, err := decodeChar(tt.text)
		checkLit(t, tt.text, string(got), err, string(tt.want), tt.err)
	}
}

func TestDecodeAtom(t *testing.T) {
	long := strings.Repeat("a", 255)
	tests := []struct {
		text, want, err string
	}{
		{`ok`, "ok", ""},
		{`'ok'`, "ok", ""},
		{`'hello\nworld'`, "hello\nworld", ""},
		{`'a\x{100}b\nc'`, "a\u0100b\nc", ""}, // {atom,_,'a\x{100}b\nc'}
		{`'it''s'`, "it''s", ""},              // only possible as two tokens; decoded as given
		{`''`, "", ""},
		{long, long, ""},
		{"'" + long + "'", long, ""},
		{long + "a", "", "0:illegal atom"},        // erlc: x.erl:2:8: illegal atom
		{"'" + long + "a'", "", "0:illegal atom"}, //
		{"'" + strings.Repeat("é", 255) + "'", strings.Repeat("é", 255), ""}, // characters, not bytes
		{`'\x4'`, "", "1:illegal character"},
	}
	for _, tt := range tests {
		got, err := decodeAtom(tt.text)
		checkLit(t, tt.text, got, err, tt.want, tt.err)
	}
}

func TestDecodeInteger(t *testing.T) {
	tests := []struct {
		text, want, err string
	}{
		{"0", "0", ""},
		{"42", "42", ""},
		{"00012", "12", ""},   // {integer,_,12}
		{"01_2", "12", ""},    //
		{"1_000", "1000", ""}, //
		{"16#ff", "255", ""},
		{"16#fF", "255", ""},
		{"16#FF_FF", "65535", ""},
		{"2#1_0_1", "5", ""},
		{"36#zz", "1295", ""},
		{"36#ZZ", "1295", ""},
		{"9223372036854775807", "9223372036854775807", ""},
		{"9223372036854775808", "big:9223372036854775808", ""},
		{"99999999999999999999", "big:99999999999999999999", ""},
		{"16#FFFFFFFFFFFFFFFFFFFF", "big:1208925819614629174706175", ""},
		{"37#1", "", "0:illegal base '37'"}, // erlc: illegal base '37'
		{"1#1", "", "0:illegal base '1'"},   // {base,1}
		{"16#zz", "", "0:illegal integer"},  // {illegal,integer}
		{"2#102", "", "0:illegal integer"},  // erl_scan splits this into 2#10 and 2: a syntax error there
	}
	for _, tt := range tests {
		v, b, err := decodeInteger(tt.text)
		got := itoa(0)
		if b != nil {
			got = "big:" + b.String()
		} else {
			got = big.NewInt(v).String()
		}
		checkLit(t, tt.text, got, err, tt.want, tt.err)
	}
}

func TestDecodeFloat(t *testing.T) {
	tests := []struct {
		text string
		want float64
		err  string
	}{
		{"1.5", 1.5, ""},
		{"0.5e+3", 500, ""},               // {float,_,500.0}
		{"1.5E3", 1500, ""},               //
		{"1_000.0_1e1_0", 1.00001e13, ""}, //
		{"1.0e-1_0", 1e-10, ""},           //
		{"1.0e-310", 1e-310, ""},          // subnormal
		{"1.0e-400", 0, ""},               // {float,_,0.0}
		{"1.7976931348623157e308", 1.7976931348623157e308, ""},
		{"1.0e400", 0, "0:illegal float"}, // {illegal,float}
	}
	for _, tt := range tests {
		got, err := decodeFloat(tt.text)
		if tt.err != "" || err != nil {
			checkLit(t, tt.text, "", err, "", tt.err)
			continue
		}
		if got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.text, got, tt.want)
		}
	}
}
