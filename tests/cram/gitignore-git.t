--gitignore as git means it, checked against git itself (`git status
--ignored`, `git ls-files`) in a real repository: the rules from the
repository's top down to the root of the search apply, also when searching
from a subfolder; a nested repository starts afresh; outside any
repository `.gitignore` files are not read, `.ignore` files are.

  $ git init -q repo && cd repo
  $ printf '*.log\n/top.txt\n' > .gitignore
  $ mkdir -p sub/deep nested
  $ printf '*.tmp\n!keep.tmp\n' > sub/.gitignore
  $ touch a.log top.txt sub/b.log sub/c.tmp sub/keep.tmp sub/deep/d.log sub/top.txt sub/ok.txt
  $ git -C nested init -q && printf '*.txt\n' > nested/.gitignore && touch nested/n.log nested/n.txt
  $ git status --ignored --porcelain --untracked-files=all
  ?? .gitignore
  ?? nested/
  ?? sub/.gitignore
  ?? sub/keep.tmp
  ?? sub/ok.txt
  ?? sub/top.txt
  !! a.log
  !! sub/b.log
  !! sub/c.tmp
  !! sub/deep/d.log
  !! top.txt
  $ git -C nested status --ignored --porcelain --untracked-files=all
  ?? .gitignore
  ?? n.log
  !! n.txt

ffind keeps exactly the files git does not ignore (hidden names aside),
from the top, from a subfolder (the top's `*.log` and the subfolder's own
rules apply), and in the nested repository (the outer `*.log` does not).

  $ ffind --gitignore -t f ''
  ./nested/n.log
  ./sub/keep.tmp
  ./sub/ok.txt
  ./sub/top.txt
  $ git ls-files --others --exclude-standard | grep -v '^\.\|/\.' | grep -v '^nested/'
  sub/keep.tmp
  sub/ok.txt
  sub/top.txt
  $ cd sub && ffind --gitignore -t f '' && cd ..
  ./keep.tmp
  ./ok.txt
  ./top.txt
  $ ffind --gitignore sub -t f ''
  sub/keep.tmp
  sub/ok.txt
  sub/top.txt
  $ cd nested && ffind --gitignore -t f '' && git ls-files --others --exclude-standard | grep -v '^\.' && cd ..
  ./n.log
  n.log

Folders ignored by git are not entered.

  $ printf 'deep/\n' >> sub/.gitignore && git status --ignored --porcelain sub | grep deep
  !! sub/deep/
  $ ffind --gitignore d.log
  $ ffind -t f d.log
  ./sub/deep/d.log

Outside any repository a `.gitignore` is not read (as git, fd and rg do);
an `.ignore` file applies everywhere, above the root of the search too.

  $ cd .. && mkdir -p plain/in && cd plain
  $ printf '*.log\n' > .gitignore && printf 'x.txt\n' > .ignore
  $ touch a.log x.txt y.txt in/b.log in/x.txt
  $ git status 2>&1 | head -1
  fatal: not a git repository (or any of the parent directories): .git
  $ ffind --gitignore -t f ''
  ./a.log
  ./y.txt
  ./in/b.log
  $ cd in && ffind --gitignore ''
  ./b.log
