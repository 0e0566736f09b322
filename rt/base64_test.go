package rt

import "testing"

// The expected values were printed by BEAM (OTP 25) with ~w; where OTP
// fails with an error of its helpers, rt's reason is given (see base64.go).
func TestBase64AgainstBEAM(t *testing.T) {
	for _, c := range []struct{ expr, want string }{
		{`base64:encode("")`, "<<>>"},
		{`base64:encode([255, 0])`, "<<47,119,65,61>>"},
		{`base64:encode_to_string("hello world")`, "[97,71,86,115,98,71,56,103,100,50,57,121,98,71,81,61]"},
		{`base64:encode_to_string(erlang:list_to_binary([255, 254, 253, 0]))`, "[47,47,55,57,65,65,61,61]"},
		{`base64:encode([256])`, "error:badarg"},
		{`base64:encode(foo)`, "error:function_clause"},
		{`base64:decode("Zm9vYg==")`, "<<102,111,111,98>>"},
		{`base64:decode("Z g = =")`, "<<102>>"},
		{`base64:decode("Zh==")`, "<<102>>"},
		{`base64:decode("Zm9vYmF=")`, "<<102,111,111,98,97>>"},
		{`base64:decode("Zm9vYg")`, "error:function_clause"},
		{`base64:decode("Zm9v=")`, "error:function_clause"},
		{`base64:decode("Zm9v!mE=")`, "error:badarg"},
		{`base64:decode([90, 109, 11, 57, 118])`, "error:badarg"},
		{`base64:decode_to_string("aGVsbG8=")`, "[104,101,108,108,111]"},
		{`base64:mime_decode("Zm9v!Ym E=")`, "<<102,111,111,98,97>>"},
		{`base64:mime_decode("Zm9vYg=x=")`, "<<102,111,111,98,12>>"},
		{`base64:mime_decode("Zm8=x")`, "<<102,111,49>>"},
		{`base64:mime_decode("Zg=")`, "<<102>>"},
		{`base64:mime_decode("====")`, "<<>>"},
		{`base64:mime_decode("Zm8=Zg==")`, "error:function_clause"},
		{`base64:mime_decode("Zg")`, "error:function_clause"},
		{`base64:mime_decode_to_string("aGVs\nbG8=")`, "[104,101,108,108,111]"},
	} {
		if got := evalForTest(c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}
