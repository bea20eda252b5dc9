--exec passes each value as a separate argument and writes a reference to
it where the placeholder stands, quoted for that place: bare, inside '…'
or inside "…" (users of the original wrote all three), so the command
receives exactly the path and a name never runs as code. `-x` is short for
--exec.

  $ mkdir n && cd n
  $ touch -- 'a;touch PWNED;b.txt' '$(touch PWNED).txt' '`touch PWNED`.txt' "it's.txt" 'say "hi".txt' 'two  spaces.txt' "$(printf 'new\nline.txt')" '\back\slash.txt' "x'; touch PWNED; '.txt" 'x"; touch PWNED; ".txt' '-rf.txt'
  $ cd ..

Bare:

  $ ffind -x "printf '[%s]\n' {}" n txt | sed -n l
  [n/$(touch PWNED).txt]$
  [n/-rf.txt]$
  [n/\\back\\slash.txt]$
  [n/`touch PWNED`.txt]$
  [n/a;touch PWNED;b.txt]$
  [n/it's.txt]$
  [n/new$
  line.txt]$
  [n/say "hi".txt]$
  [n/two  spaces.txt]$
  [n/x"; touch PWNED; ".txt]$
  [n/x'; touch PWNED; '.txt]$

Inside single quotes:

  $ ffind -x "printf '[%s]\n' '{}'" n txt | sed -n l
  [n/$(touch PWNED).txt]$
  [n/-rf.txt]$
  [n/\\back\\slash.txt]$
  [n/`touch PWNED`.txt]$
  [n/a;touch PWNED;b.txt]$
  [n/it's.txt]$
  [n/new$
  line.txt]$
  [n/say "hi".txt]$
  [n/two  spaces.txt]$
  [n/x"; touch PWNED; ".txt]$
  [n/x'; touch PWNED; '.txt]$

Inside double quotes, with text around the placeholder:

  $ ffind --exec 'printf "%s\n" "<{}>"' n txt | sed -n l
  <n/$(touch PWNED).txt>$
  <n/-rf.txt>$
  <n/\\back\\slash.txt>$
  <n/`touch PWNED`.txt>$
  <n/a;touch PWNED;b.txt>$
  <n/it's.txt>$
  <n/new$
  line.txt>$
  <n/say "hi".txt>$
  <n/two  spaces.txt>$
  <n/x"; touch PWNED; ".txt>$
  <n/x'; touch PWNED; '.txt>$

Inside a command substitution, itself inside double quotes:

  $ ffind --exec 'echo "name: $(basename {})"' n 'PWNED|it' | sed -n l
  name: $(touch PWNED).txt$
  name: `touch PWNED`.txt$
  name: a;touch PWNED;b.txt$
  name: it's.txt$
  name: x"; touch PWNED; ".txt$
  name: x'; touch PWNED; '.txt$

The same names through --exec-batch, the word holding the placeholder
repeated in the line for each (alone, or with text around it):

  $ ffind -X "printf '[%s]\n'" n 'PWNED|it|new' | sed -n l
  [n/$(touch PWNED).txt]$
  [n/`touch PWNED`.txt]$
  [n/a;touch PWNED;b.txt]$
  [n/it's.txt]$
  [n/new$
  line.txt]$
  [n/x"; touch PWNED; ".txt]$
  [n/x'; touch PWNED; '.txt]$
  $ ffind -X "printf '%s\n' \"<{/}>\" end" n 'PWNED|it|new' | sed -n l
  <$(touch PWNED).txt>$
  <`touch PWNED`.txt>$
  <a;touch PWNED;b.txt>$
  <it's.txt>$
  <new$
  line.txt>$
  <x"; touch PWNED; ".txt>$
  <x'; touch PWNED; '.txt>$
  end$

No name ran as code, in any of them:

  $ ls PWNED n/PWNED 2>&1
  ls: cannot access 'PWNED': No such file or directory
  ls: cannot access 'n/PWNED': No such file or directory
  [2]

The commands of the report: `wc -c '{}'` and `ls -l "{}"` get the name.

  $ ffind --exec "wc -c '{}'" n 'a;t'
  0 n/a;touch PWNED;b.txt
  $ ffind --exec 'ls "{}"' n two
  n/two  spaces.txt
  $ test -e PWNED || echo 'still no PWNED'
  still no PWNED

A placeholder in a shell comment, and an empty command, are usage errors;
one in a here-document is a value like any other.

  $ ffind --exec 'echo hi # {}' n x 2>&1
  error: invalid value 'echo hi # {}' for '--exec <COMMAND>': a placeholder inside a shell comment
  
  For more information, try '--help'.
  [2]
  $ ffind --exec '' n x 2>&1 | head -1
  error: invalid value '' for '--exec <COMMAND>': the command is empty
  $ ffind -x ' ' n x 2>/dev/null
  [2]
  $ ffind -x 'cat <<EOF
  > <{}>
  > EOF' n 'PWNED'
  <n/$(touch PWNED).txt>
  <n/`touch PWNED`.txt>
  <n/a;touch PWNED;b.txt>
  <n/x"; touch PWNED; ".txt>
  <n/x'; touch PWNED; '.txt>
  $ test -e PWNED || echo 'still no PWNED'
  still no PWNED
