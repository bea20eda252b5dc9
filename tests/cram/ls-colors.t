--ls-colors (FFIND_LS_COLORS; undone by --no-ls-colors): each
path coloured as ls colours it from LS_COLORS (the lscolors crate): the
folder part in `di`, the name by its type (`di`, `ln`, `ex`, `pi`) or its
extension (`*.rs`); the matched part stays red on top. Off by default (the
original's look), and only when colour is on.

  $ mkdir -p src/sub && touch src/main.rs src/sub/lib.rs notes.txt
  $ printf '#!/bin/sh\n' > run.sh && chmod +x run.sh
  $ ln -s src link && mkfifo pipe
  $ export LS_COLORS='di=34:ln=36:ex=32:pi=33:*.rs=35'

  $ ffind --color=always --ls-colors -d 1 -H ''
  \x1b[34m./\x1b[0mnotes.txt (esc)
  \x1b[34m./\x1b[0m\x1b[33mpipe\x1b[0m (esc)
  \x1b[34m./\x1b[0m\x1b[32mrun.sh\x1b[0m (esc)
  \x1b[34m./\x1b[0m\x1b[36mlink\x1b[0m (esc)
  \x1b[34m./\x1b[0m\x1b[34msrc\x1b[0m (esc)
  $ ffind --color=always --ls-colors src 'i'
  \x1b[34msrc/\x1b[0m\x1b[35mma\x1b[0m\x1b[31mi\x1b[0m\x1b[35mn.rs\x1b[0m (esc)
  \x1b[34msrc/sub/\x1b[0m\x1b[35ml\x1b[0m\x1b[31mi\x1b[0m\x1b[35mb.rs\x1b[0m (esc)
  $ script -qec 'ffind --ls-colors --no-follow "^(run|link)"' /dev/null
  \x1b[34m./\x1b[0m\x1b[31mrun\x1b[0m\x1b[32m.sh\x1b[0m\r (esc)
  \x1b[34m./\x1b[0m\x1b[31mlink\x1b[0m\r (esc)

The variable turns it on, --no-ls-colors off again (the last word
wins); without it, or without colour, the original's look.

  $ FFIND_LS_COLORS=1 ffind --color=always '^run'
  \x1b[34m./\x1b[0m\x1b[31mrun\x1b[0m\x1b[32m.sh\x1b[0m (esc)
  $ FFIND_LS_COLORS=1 ffind --color=always --no-ls-colors '^run'
  ./\x1b[31mrun\x1b[0m.sh (esc)
  $ ffind --no-ls-colors --ls-colors --color=always '^run'
  \x1b[34m./\x1b[0m\x1b[31mrun\x1b[0m\x1b[32m.sh\x1b[0m (esc)
  $ ffind --color=always '^run'
  ./\x1b[31mrun\x1b[0m.sh (esc)
  $ ffind --ls-colors '^run'
  ./run.sh
  $ ffind --ls-colors --color=never '^run'
  ./run.sh
