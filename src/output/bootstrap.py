"""ffind's Python bridge for --module and --command.

Run once per ffind call as `python -c BOOTSTRAP CHAN MODE SPEC`, where CHAN
is a socket's file descriptor (Unix) or `READ,WRITE`, the handles of two
pipes (Windows). Makes the channel non-inheritable (so no process an action
starts holds it), greets ffind with b"ffind-bridge 1" and a newline, then
reads NUL-terminated paths from it and, for each, runs the module or program
exactly as ffind 1.6.1 did
in its own interpreter, then answers one byte: b"0" when it went well, b"1"
when it failed. A SystemExit from --command is not caught, as in the
original: it ends the interpreter, and ffind with it.
"""
import os
import runpy
import sys


def run_module(invocation, path):
    args = invocation.split()
    name, args = args[0], args[1:]
    args = [arg.replace("{}", path) for arg in args] if args else [path]
    old_argv = sys.argv
    sys.argv = [name] + args
    result = 0
    try:
        runpy.run_module(name, run_name="__main__")
    except SystemExit as e:
        result = e.code
    except Exception as e:
        print(e)
        result = 1
    sys.argv = old_argv
    return bool(result)


def run_command(program, filename):
    try:
        exec(compiled(program), {}, {"filename": filename})
    except Exception as e:
        print(e)
        return True
    return False


_compiled = {}


def compiled(program):
    """The program compiled once (the original compiled it for every match;
    a syntax error still raises on every match, as there)."""
    if program not in _compiled:
        _compiled[program] = compile(program, "<string>", "exec")
    return _compiled[program]


def flush():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


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


def main():
    chan_in, chan_out = open_channel(sys.argv[1])
    os.write(chan_out, b"ffind-bridge 1\n")
    mode, spec = sys.argv[2], sys.argv[3]
    sys.argv = sys.argv[:1]
    run = run_module if mode == "module" else run_command
    pending = b""
    while True:
        while b"\0" not in pending:
            chunk = os.read(chan_in, 65536)
            if not chunk:
                return
            pending += chunk
        raw, _, pending = pending.partition(b"\0")
        failed = run(spec, os.fsdecode(raw))
        flush()
        os.write(chan_out, b"1" if failed else b"0")


main()
