package rt

// gen_server:send_request and the response functions (OTP 23+): the
// request id is the monitor reference Ref, and the call's tag [alias|Ref],
// as in OTP 25.

// GenServerSendRequest2 is gen_server:send_request(Server, Request). A
// server that cannot be found gets the request id a 'DOWN' of its own,
// naming the server as it was given, as OTP's gen does.
func GenServerSendRequest2(p *Process, server, req Term) Term {
	pid, ok := resolveServer(server)
	if !ok {
		switch server.(type) {
		case Atom, *Tuple:
			ref := MakeRef()
			p.deliver(NewTuple(atomDOWN, ref, atomProcess, server, AtomNoproc))
			return ref
		}
		return BIFBadarg("monitor", atomProcess, server)
	}
	ref := p.monitorAlias(pid)
	Send(p, pid, NewTuple(atomGenCall, NewTuple(p.self, callTag(ref)), req))
	return ref
}

// responseOf reads msg as the response to the request ref: {reply, R},
// {error, {Reason, Server}} with the server's pid (or the name that was
// not found), or nil when it is not one.
func responseOf(p *Process, msg Term, ref Ref) Term {
	if isCallReply(msg, ref) {
		p.Demonitor(ref, true)
		return NewTuple(atomReply, msg.(*Tuple).Elems[1])
	}
	if isDown(msg, ref) {
		x := msg.(*Tuple)
		return NewTuple(AtomError, NewTuple(x.Elems[4], x.Elems[3]))
	}
	return nil
}

func waitResponse(p *Process, reqID, timeout Term, abandon bool) Term {
	ref, ok := reqID.(Ref)
	if !ok {
		return Badarg()
	}
	msg, ok := p.Receive(timeout, func(t Term) bool { return isCallReply(t, ref) || isDown(t, ref) })
	if !ok {
		if abandon {
			p.Demonitor(ref, true)
		}
		return AtomTimeout
	}
	return responseOf(p, msg, ref)
}

// GenServerWaitResponse2 is gen_server:wait_response(ReqId, Timeout).
func GenServerWaitResponse2(p *Process, reqID, timeout Term) Term {
	return waitResponse(p, reqID, timeout, false)
}

// GenServerReceiveResponse2 is gen_server:receive_response(ReqId, Timeout):
// on timeout the request is abandoned and a late reply dropped.
func GenServerReceiveResponse2(p *Process, reqID, timeout Term) Term {
	return waitResponse(p, reqID, timeout, true)
}

// GenServerCheckResponse2 is gen_server:check_response(Msg, ReqId).
func GenServerCheckResponse2(p *Process, msg, reqID Term) Term {
	ref, ok := reqID.(Ref)
	if !ok {
		return Badarg()
	}
	if r := responseOf(p, msg, ref); r != nil {
		return r
	}
	return Intern("no_reply")
}

func init() {
	registerModule("gen_server", true, []Func{
		Export("send_request", 2, GenServerSendRequest2),
		Export("wait_response", 2, GenServerWaitResponse2),
		Export("receive_response", 2, GenServerReceiveResponse2),
		Export("check_response", 2, GenServerCheckResponse2),
	})
}
