--exec never puts a name's bytes into the shell's text: the `sh -c` line
holds the template and references to the values, which travel as separate
arguments. So a name runs as code under no shell syntax around the
placeholder, whatever the template reader makes of that syntax. Each
template below ran hostile names as code when the names were pasted into
the line, quoted for what the reader thought was their context.

  $ mkdir n && cd n
  $ touch -- '$(touch PWNED)' 'a;touch PWNED;b' 'a[$(touch PWNED)]' '`touch PWNED`' "x'\`touch PWNED\`'" 'say "hi"'
  $ cd ..

Under dash (the /bin/sh here), then under bash as /bin/sh (Fedora, Arch,
macOS), bound over /bin/sh in a private mount namespace:

  $ as_bash() { unshare -m sh -c 'mount --make-rprivate / && mount --bind /bin/bash /bin/sh && exec "$@"' sh "$@"; }
  $ as_bash /bin/sh -c 'test -n "$BASH_VERSION" && echo bash'
  bash

`both` runs a command under each and shows dash's output once, with what
bash did differently:

  $ both() { "$@" > dash.out 2>&1; as_bash "$@" > bash.out 2>&1; cat dash.out; diff dash.out bash.out && echo '(the same under bash)'; rm dash.out bash.out; }

Backquotes inside double quotes, the value quoted with `\"` (POSIX's way):

  $ both ffind -x 'printf "[%s]\n" "`printf %s \"{}\"`"' n ''
  [n/$(touch PWNED)]
  [n/`touch PWNED`]
  [n/a;touch PWNED;b]
  [n/a[$(touch PWNED)]]
  [n/say "hi"]
  [n/x'`touch PWNED`']
  (the same under bash)
  $ ls
  n

A `case` inside `$( )`, whose pattern ends in `)`:

  $ both ffind -x 'printf "[%s]\n" "$(case a in a) printf %s {};; esac)"' n ''
  [n/$(touch PWNED)]
  [n/`touch PWNED`]
  [n/a;touch PWNED;b]
  [n/a[$(touch PWNED)]]
  [n/say "hi"]
  [n/x'`touch PWNED`']
  (the same under bash)
  $ ls
  n

Nested, escaped backquotes:

  $ both ffind -x 'echo `echo "\`echo {}\`"`' n ''
  n/$(touch PWNED)
  n/`touch PWNED`
  n/a;touch PWNED;b
  n/a[$(touch PWNED)]
  n/say "hi"
  n/x'`touch PWNED`'
  (the same under bash)
  $ ls
  n

bash's `$'…'`, where a backslash escapes a quote: bash passes the exact
name; dash, which has no `$'…'`, keeps the `$`s (the reference closes and
reopens the quotes) — an argument changed, nothing run. The second
command runs under whichever shell is /bin/sh, so either answer is right:

  $ as_bash ffind -x "printf '[%s]\n' \$'{}'" n ''
  [n/$(touch PWNED)]
  [n/`touch PWNED`]
  [n/a;touch PWNED;b]
  [n/a[$(touch PWNED)]]
  [n/say "hi"]
  [n/x'`touch PWNED`']
  $ ffind -x "printf '[%s]\n' \$'{}'" n 'hi'
  \[(\$n/say "hi"\$|n/say "hi")\] (re)
  $ ls
  n

The same templates through --exec-batch (the word holding the placeholder
is repeated, here inside the substitution, whose `printf %s` joins them):

  $ ffind -X 'printf "[%s]\n" "`printf %s \"{}\"`"' n 'touch'
  [n/$(touch PWNED)n/`touch PWNED`n/a;touch PWNED;bn/a[$(touch PWNED)]n/x'`touch PWNED`']
  $ as_bash ffind -X 'printf "[%s]\n" "$(case a in a) printf %s {};; esac)"' n 'touch'
  [n/$(touch PWNED)n/`touch PWNED`n/a;touch PWNED;bn/a[$(touch PWNED)]n/x'`touch PWNED`']
  $ as_bash ffind -X 'echo `echo "\`echo {}\`"`' n 'touch'
  n/$(touch PWNED) n/`touch PWNED` n/a;touch PWNED;b n/a[$(touch PWNED)] n/x'`touch PWNED`'
  $ as_bash ffind -X "printf '[%s]\n' \$'{}'" n 'touch'
  [n/$(touch PWNED)]
  [n/`touch PWNED`]
  [n/a;touch PWNED;b]
  [n/a[$(touch PWNED)]]
  [n/x'`touch PWNED`']
  $ ls
  n

Arithmetic reads its text as code in bash (`a[$(touch PWNED)]` runs the
command when evaluated), so a placeholder inside it is a usage error, under
any shell:

  $ ffind -x 'echo $(( {/} ))' n 'a\['
  error: invalid value 'echo $(( {/} ))' for '--exec <COMMAND>': a placeholder in arithmetic ($(( )), (( )), $[ ]) is refused: the shell evaluates it, so a name could run as code
  
  For more information, try '--help'.
  [2]

So are the other places where the shell evaluates a word: commands that
run their operands as code, array subscripts and offsets, name references,
prompt strings, a shell's script:

  $ for t in 'eval echo {}' "trap 'echo {}' EXIT" 'alias x={}' '. {}' 'source {}' 'sh -c "echo {}"' '(( {} ))' 'let x={}' '[[ {} -eq 1 ]]' 'a[{}]=1' 'echo ${a[{}]}' 'echo ${x:{}}' 'echo ${!{}}' 'declare -n r={}' 'printf -v {} x' 'read {}' 'unset {}' 'test -v {}' 'PS4={} sh -x' 'bash <<< {}' 'eval'; do
  >   ffind -x "$t" n x 2>&1 | head -1 | sed 's/.* is refused: .*/refused/'
  > done
  refused
  refused
  refused
  refused
  refused
  refused
  refused
  refused
  refused
  refused
  refused
  refused
  refused
  refused
  refused
  refused
  refused
  refused
  refused
  refused
  refused

A value the template itself hands on to such a construct cannot be caught
(here it is only printed):

  $ ffind -x 'x={}; echo "$x"' n 'a\['
  n/a[$(touch PWNED)]

The values sit in variables of their own (`__ffind_1`, …), set before the
template runs: its own `$1`, `set --`, `shift` and functions do not change
what a placeholder stands for, and the template sees no parameters.

  $ ffind -x 'echo "$#"; set -- a b; shift; f() { echo "[{}] [$1]"; }; f x' n 'hi'
  0
  [n/say "hi"] [x]
