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

What ls tells from the metadata, it tells the same way (each checked
against GNU ls 9.1's `ls --color=always -d *` on these names): set-user-
and set-group-id files (`su`, `sg`, before `ex`), folders that are
sticky and writable by others (`tw`), writable by others (`ow`), sticky
(`st`), and a symlink to nothing (`or`).

  $ mkdir ids && cd ids
  $ touch suid sgid && chmod 4755 suid && chmod 2755 sgid
  $ mkdir tmp open sticky && chmod 1777 tmp && chmod 777 open && chmod 1755 sticky
  $ ln -s nowhere orphan
  $ LS_COLORS='di=34:ln=36:or=46:ex=32:su=41:sg=43:tw=42:ow=45:st=44' ffind --color=always --ls-colors ''
  \x1b[34m./\x1b[0m\x1b[46morphan\x1b[0m (esc)
  \x1b[34m./\x1b[0m\x1b[43msgid\x1b[0m (esc)
  \x1b[34m./\x1b[0m\x1b[41msuid\x1b[0m (esc)
  \x1b[34m./\x1b[0m\x1b[45mopen\x1b[0m (esc)
  \x1b[34m./\x1b[0m\x1b[44msticky\x1b[0m (esc)
  \x1b[34m./\x1b[0m\x1b[42mtmp\x1b[0m (esc)
