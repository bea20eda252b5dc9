"""ffind's Python bridge for --module and --command.

Run once per ffind call as `python -c BOOTSTRAP CHAN MODE SPEC`, where CHAN
is a socket's file descriptor (Unix) or `READ,WRITE`, the handles of two
pipes (Windows). Makes the channel non-inheritable (so no process an action
starts holds it), greets ffind with b"ffind-bridge 1" and a newline, then
reads NUL-terminated paths from it and, for each, runs the module or program
exactly as ffind 1.6.1 did in its own interpreter, then answers: one byte,
a 4-byte big-endian length and that many bytes of text.

- b"0": it went well; b"1": it failed;
- b"2": it failed with an exception whose text (the original's `print(e)`)
  ffind prints on standard output, escaped on a terminal;
- b"3": standard output is a closed pipe; the bridge ends quietly;
- b"4": the bridge itself failed, for the reason in the text; it ends.

A SystemExit from --command is not caught, as in the original: it ends the
interpreter, and ffind with it.
"""
import os
import runpy
import sys


def run_module(invocation, path):
    """Whether the module failed, and the text of its exception if any."""
    args = invocation.split()
    name, args = args[0], args[1:]
    args = [arg.replace("{}", path) for arg in args] if args else [path]
    old_argv = sys.argv
    sys.argv = [name] + args
    result, said = 0, None
    try:
        runpy.run_module(name, run_name="__main__")
    except SystemExit as e:
        result = e.code
    except Exception as e:
        result, said = 1, str(e)
    sys.argv = old_argv
    return bool(result), said


def run_command(program, filename):
    """Whether the program failed, and the text of its exception if any."""
    try:
        exec(compiled(program), {}, {"filename": filename})
    except Exception as e:
        return True, str(e)
    return False, None


_compiled = {}


def compiled(program):
    """The program compiled once (the original compiled it for every match;
    a syntax error still raises on every match, as there)."""
    if program not in _compiled:
        _compiled[program] = compile(program, "<string>", "exec")
    return _compiled[program]


def flush():
    """Flushes what the action printed; False when standard output is a
    closed pipe, which is then pointed at the null device so that the
    interpreter's own flush at exit is quiet."""
    try:
        sys.stderr.flush()
    except Exception:
        pass
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
        return False
    except Exception:
        pass
    return True


def open_channel(arg):
    """The descriptors to read from and to write to ffind."""
    if os.name == "nt":
        import msvcrt

        read, write = (int(handle) for handle in arg.split(","))
        os.set_handle_inheritable(read, False)
        os.set_handle_inheritable(write, False)
        return (
            msvcrt.open_osfhandle(read, os.O_RDONLY | os.O_BINARY),
            msvcrt.open_osfhandle(write, os.O_WRONLY | os.O_BINARY),
        )
    chan = int(arg)
    os.set_inheritable(chan, False)
    return chan, chan


def answer(chan_out, kind, text=""):
    """Sends one answer; a name in `text` goes back as its own bytes."""
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = text.encode("utf-8", "backslashreplace")
    message = kind + len(data).to_bytes(4, "big") + data
    while message:
        message = message[os.write(chan_out, message):]


def serve(chan_in, chan_out, mode, spec):
    run = run_module if mode == "module" else run_command
    pending = b""
    while True:
        while b"\0" not in pending:
            chunk = os.read(chan_in, 65536)
            if not chunk:
                return
            pending += chunk
        raw, _, pending = pending.partition(b"\0")
        failed, said = run(spec, os.fsdecode(raw))
        if not flush():
            answer(chan_out, b"3")
            return
        if said is not None:
            answer(chan_out, b"2", said)
        else:
            answer(chan_out, b"1" if failed else b"0")


def main():
    chan_in, chan_out = open_channel(sys.argv[1])
    os.write(chan_out, b"ffind-bridge 1\n")
    mode, spec = sys.argv[2], sys.argv[3]
    sys.argv = sys.argv[:1]
    try:
        serve(chan_in, chan_out, mode, spec)
    except SystemExit:
        flush()
        raise
    except Exception as e:
        # The bridge's own failure: one line, said by ffind.
        try:
            reason = "%s: %s" % (type(e).__name__, e)
            answer(chan_out, b"4", " ".join(reason.splitlines()))
        except OSError:
            pass
        flush()
        sys.exit(1)


main()
