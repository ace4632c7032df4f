package gdbstub

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"testing"

	"graftlab/profile"
	"graftlab/user"
)

// FuzzReadEvent feeds arbitrary bytes to the packet reader: it must never
// panic, and a well-framed packet must come back as it was sent.
func FuzzReadEvent(f *testing.F) {
	for _, s := range []string{"$qSupported#37", "+$g#67", "-\x03$m0,4#fd", "$X0,1:}]#00", "$#00", "$abc", "$$g#67", "x$g#zz"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		r := bufio.NewReader(bytes.NewReader(in))
		for i := 0; i <= len(in); i++ {
			ev := readEvent(r)
			if ev.kind == evClosed {
				break
			}
			if ev.kind == evPacket && checksum(ev.data) != checksum(ev.data) {
				t.Fatal("unreachable")
			}
		}
		if bytes.IndexAny(in, "$#") < 0 {
			ev := readEvent(bufio.NewReader(bytes.NewReader(frame(in))))
			if ev.kind != evPacket || !bytes.Equal(ev.data, in) {
				t.Fatalf("frame(%q) read back as %v %q", in, ev.kind, ev.data)
			}
		}
		if u, err := unescape(escape(in)); err != nil || !bytes.Equal(u, in) {
			t.Fatalf("unescape(escape(%q)) = %q, %v", in, u, err)
		}
	})
}

// FuzzServe runs a session on arbitrary client bytes: whatever gdb sends,
// the stub answers or refuses, and the session ends when the client goes
// away, without a panic or a hang.
func FuzzServe(f *testing.F) {
	for _, s := range []string{
		"$qSupported:swbreak+#d0$g#67$p25#d7$c#63",
		"$QStartNoAckMode#b0$Z0,400c48,4#00$vCont;c#a8$s#73$m411820,4#00",
		"$Z2,411820,4#00$c#63$s#73$z2,411820,4#00$c#63$?#3f",
		"$X411820,4:}]}]}]}]#00$M411820,2:0102#00$G00#00$P25=00004000#00",
		"$c#63\x03$k#6b",
		"$qXfer:features:read:target.xml:0,fff#00$qRcmd,7374617473#00$D#44",
	} {
		f.Add([]byte(s))
	}
	prof, err := profile.Lookup("dec5000")
	if err != nil {
		f.Fatal(err)
	}
	x := readExe(f, sumELF)
	f.Fuzz(func(t *testing.T, in []byte) {
		proc, err := user.New(user.Config{Profile: prof, Executable: x, RAMSize: 1 << 20})
		if err != nil {
			t.Fatal(err)
		}
		a, b := net.Pipe()
		go io.Copy(io.Discard, a)
		done := make(chan error, 1)
		go func() {
			_, err := NewServer(NewUserTarget(proc), Options{MaxInstructions: 5000}).Serve(context.Background(), b)
			b.Close()
			done <- err
		}()
		a.Write(in)
		a.Close()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	})
}
