Symlink mazes end. Four folders, each linking to all four (itself
included): every route is printed once, no folder is entered twice on one
route, and --show-errors reports each loop it cut.

  $ mkdir maze && cd maze && for a in A B C D; do mkdir $a; done && for a in A B C D; do for b in A B C D; do ln -s ../$b $a/to$b; done; done && cd ..
  $ ffind maze '' | wc -l
  260
  $ ffind maze '' | sort | uniq -d | wc -l
  0
  $ ffind maze 'toA$' | head -4
  maze/A/toA
  maze/A/toB/toA
  maze/A/toB/toC/toA
  maze/A/toB/toC/toD/toA
  $ ffind --show-errors maze '' 2>&1 >/dev/null | grep -c 'symlink loop'
  196
  $ ffind --show-errors maze '' >/dev/null 2>&1
  [1]

With --no-follow the links are listed, not entered.

  $ ffind --no-follow maze '' | wc -l
  20
