package lint

import "strings"

// Tables from OTP 25's erl_internal: which functions are auto-imported BIFs,
// which of them may be called in guards, which were auto-imported before R14
// (calling a local function that overrides one of those is an error rather
// than a warning), and the built-in types.

type fa struct {
	name  string
	arity int
}

func table(s string) map[fa]bool {
	m := map[fa]bool{}
	for _, w := range strings.Fields(s) {
		i := strings.LastIndexByte(w, '/')
		n := 0
		for _, c := range w[i+1:] {
			n = n*10 + int(c-'0')
		}
		m[fa{w[:i], n}] = true
	}
	return m
}

var autoBIFs = table(`abs/1 alias/0 alias/1 apply/2 apply/3 atom_to_binary/1 atom_to_binary/2
atom_to_list/1 binary_part/2 binary_part/3 binary_to_atom/1 binary_to_atom/2
binary_to_existing_atom/1 binary_to_existing_atom/2 binary_to_float/1 binary_to_integer/1
binary_to_integer/2 binary_to_list/1 binary_to_list/3 binary_to_term/1 binary_to_term/2
bit_size/1 bitstring_to_list/1 byte_size/1 ceil/1 check_old_code/1 check_process_code/2
check_process_code/3 date/0 delete_module/1 demonitor/1 demonitor/2 disconnect_node/1
element/2 erase/0 erase/1 error/1 error/2 error/3 exit/1 exit/2 float/1 float_to_binary/1
float_to_binary/2 float_to_list/1 float_to_list/2 floor/1 garbage_collect/0
garbage_collect/1 garbage_collect/2 get/0 get/1 get_keys/0 get_keys/1 group_leader/0
group_leader/2 halt/0 halt/1 halt/2 hd/1 integer_to_binary/1 integer_to_binary/2
integer_to_list/1 integer_to_list/2 iolist_size/1 iolist_to_binary/1 is_alive/0 is_atom/1
is_binary/1 is_bitstring/1 is_boolean/1 is_float/1 is_function/1 is_function/2
is_integer/1 is_list/1 is_map/1 is_map_key/2 is_number/1 is_pid/1 is_port/1
is_process_alive/1 is_record/2 is_record/3 is_reference/1 is_tuple/1 length/1 link/1
list_to_atom/1 list_to_binary/1 list_to_bitstring/1 list_to_existing_atom/1
list_to_float/1 list_to_integer/1 list_to_integer/2 list_to_pid/1 list_to_port/1
list_to_ref/1 list_to_tuple/1 load_module/2 make_ref/0 map_get/2 map_size/1 max/2 min/2
module_loaded/1 monitor/2 monitor/3 monitor_node/2 node/0 node/1 nodes/0 nodes/1 nodes/2
now/0 open_port/2 pid_to_list/1 port_close/1 port_command/2 port_command/3
port_connect/2 port_control/3 port_to_list/1 pre_loaded/0 process_flag/2
process_flag/3 process_info/1 process_info/2 processes/0 purge_module/1 put/2
ref_to_list/1 register/2 registered/0 round/1 self/0 setelement/3 size/1 spawn/1
spawn/2 spawn/3 spawn/4 spawn_link/1 spawn_link/2 spawn_link/3 spawn_link/4
spawn_monitor/1 spawn_monitor/2 spawn_monitor/3 spawn_monitor/4 spawn_opt/2
spawn_opt/3 spawn_opt/4 spawn_opt/5 spawn_request/1 spawn_request/2 spawn_request/3
spawn_request/4 spawn_request/5 spawn_request_abandon/1 split_binary/2 statistics/1
term_to_binary/1 term_to_binary/2 term_to_iovec/1 term_to_iovec/2 throw/1 time/0
tl/1 trunc/1 tuple_size/1 tuple_to_list/1 unalias/1 unlink/1 unregister/1 whereis/1`)

var guardBIFs = table(`abs/1 binary_part/2 binary_part/3 bit_size/1 byte_size/1 ceil/1
element/2 float/1 floor/1 hd/1 is_atom/1 is_binary/1 is_bitstring/1 is_boolean/1
is_float/1 is_function/1 is_function/2 is_integer/1 is_list/1 is_map/1 is_map_key/2
is_number/1 is_pid/1 is_port/1 is_record/2 is_record/3 is_reference/1 is_tuple/1
length/1 map_get/2 map_size/1 node/0 node/1 round/1 self/0 size/1 tl/1 trunc/1
tuple_size/1`)

var oldBIFs = table(`abs/1 apply/2 apply/3 atom_to_binary/2 atom_to_list/1
binary_to_atom/2 binary_to_existing_atom/2 binary_to_list/1 binary_to_list/3
binary_to_term/1 bit_size/1 bitstring_to_list/1 byte_size/1 check_process_code/2
date/0 delete_module/1 disconnect_node/1 element/2 erase/0 erase/1 exit/1 exit/2
float/1 float_to_list/1 garbage_collect/0 garbage_collect/1 get/0 get/1 get_keys/1
group_leader/0 group_leader/2 halt/0 halt/1 hd/1 integer_to_list/1 iolist_size/1
iolist_to_binary/1 is_alive/0 is_atom/1 is_binary/1 is_bitstring/1 is_boolean/1
is_float/1 is_function/1 is_function/2 is_integer/1 is_list/1 is_number/1 is_pid/1
is_port/1 is_process_alive/1 is_record/2 is_record/3 is_reference/1 is_tuple/1
length/1 link/1 list_to_atom/1 list_to_binary/1 list_to_bitstring/1
list_to_existing_atom/1 list_to_float/1 list_to_integer/1 list_to_pid/1
list_to_tuple/1 load_module/2 make_ref/0 module_loaded/1 monitor_node/2 node/0
node/1 nodes/0 nodes/1 now/0 open_port/2 pid_to_list/1 port_close/1 port_command/2
port_connect/2 port_control/3 pre_loaded/0 process_flag/2 process_flag/3
process_info/1 process_info/2 processes/0 purge_module/1 put/2 register/2
registered/0 round/1 self/0 setelement/3 size/1 spawn/1 spawn/2 spawn/3 spawn/4
spawn_link/1 spawn_link/2 spawn_link/3 spawn_link/4 spawn_monitor/1 spawn_monitor/3
spawn_opt/2 spawn_opt/3 spawn_opt/4 spawn_opt/5 split_binary/2 statistics/1
term_to_binary/1 term_to_binary/2 throw/1 time/0 tl/1 trunc/1 tuple_size/1
tuple_to_list/1 unlink/1 unregister/1 whereis/1`)

// typeTests are the type tests allowed as whole guard tests, among them the
// obsolete ones (oldTypeTests) that are not BIFs.
var typeTests = table(`integer/1 number/1 atom/1 list/1 tuple/1 pid/1 reference/1
port/1 binary/1 record/2 function/1 float/1 is_atom/1 is_binary/1 is_bitstring/1 is_boolean/1
is_float/1 is_function/1 is_function/2 is_integer/1 is_list/1 is_map/1 is_number/1
is_pid/1 is_port/1 is_record/2 is_record/3 is_reference/1 is_tuple/1`)

var builtinTypes = table(`any/0 arity/0 atom/0 binary/0 bitstring/0 bool/0 boolean/0
byte/0 char/0 float/0 function/0 identifier/0 integer/0 iodata/0 iolist/0 list/0
list/1 map/0 maybe_improper_list/0 maybe_improper_list/2 mfa/0 module/0
neg_integer/0 nil/0 no_return/0 node/0 non_neg_integer/0 none/0 nonempty_binary/0
nonempty_bitstring/0 nonempty_improper_list/2 nonempty_list/0 nonempty_list/1
nonempty_maybe_improper_list/0 nonempty_maybe_improper_list/2 nonempty_string/0
number/0 pid/0 port/0 pos_integer/0 reference/0 string/0 term/0 timeout/0 tuple/0`)

var oldTypeTests = table(`integer/1 float/1 number/1 atom/1 list/1 tuple/1 pid/1
reference/1 port/1 binary/1 record/2 function/1`)

// guardOps are the operators allowed in guards, by arity.
var guardOps = map[string]int{
	"+": 3, "-": 3, "bnot": 1, "not": 1, // 3: both unary and binary
	"*": 2, "/": 2, "div": 2, "rem": 2, "band": 2, "bor": 2, "bxor": 2, "bsl": 2, "bsr": 2,
	"and": 2, "or": 2, "xor": 2, "andalso": 2, "orelse": 2,
	"==": 2, "/=": 2, "=<": 2, "<": 2, ">=": 2, ">": 2, "=:=": 2, "=/=": 2,
}

func isGuardOp(op string, arity int) bool {
	n := guardOps[op]
	return n == arity || n == 3
}

// reserved are Erlang's reserved words, which print quoted.
var reserved = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`after and andalso band begin bnot bor bsl bsr bxor
case catch cond div end fun if let not of or orelse receive rem try when xor`) {
		reserved[w] = true
	}
}
