fd's placeholders: {} the path, {/} its name, {//} its folder, {.} the path
without extension, {/.} the name without extension. A template without any
gets the path appended.

  $ mkdir -p src/sub && touch src/main.rs src/sub/lib.tar.gz src/.hidden.rs src/sub/noext
  $ ffind -x 'echo {} {/} {//} {.} {/.}' src 'rs$|gz$|noext'
  src/main.rs main.rs src src/main main
  src/sub/lib.tar.gz lib.tar.gz src/sub src/sub/lib.tar lib.tar
  src/sub/noext noext src/sub src/sub/noext noext
  $ ffind --hidden -x 'echo {/.} {.}' src hidden
  .hidden src/.hidden
  $ ffind -x 'echo' src main
  src/main.rs
  $ ffind -x 'echo "[{//}]"' / '^tmp$' -d 1
  [/]

A value starting with `-` that begins a word gets `./`, so no command takes
it for an option.

  $ mkdir -- -d && touch -- -d/-rf
  $ ffind -x 'echo {} {/} x{/}' -- -d rf
  ./-d/-rf ./-rf x-rf
