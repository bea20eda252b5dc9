--ignore-vcs skips version-control names (the original's ignore_vcs.t).

  $ . $TESTDIR/setup.sh

  $ ffind --hidden lib
  ./test_dir/.git/library
  ./test_dir/.venv/library
  $ ffind --hidden --ignore-vcs lib
  ./test_dir/.venv/library
  $ ffind lib
  $ ffind --hidden gitignore
  ./test_dir/.gitignore
  $ ffind --ignore-vcs gitignore
  $ ffind --hidden --ignore-vcs gitignore
  $ touch test_dir/_darcs && ffind darcs
  ./test_dir/_darcs
  $ ffind --ignore-vcs darcs
  $ FFIND_SEARCH_HIDDEN=1 ffind lib
  ./test_dir/.git/library
  ./test_dir/.venv/library
  $ FFIND_SEARCH_HIDDEN=1 FFIND_IGNORE_VCS=1 ffind lib
  ./test_dir/.venv/library
  $ FFIND_SEARCH_HIDDEN=1 ffind gitignore
  ./test_dir/.gitignore
  $ FFIND_IGNORE_VCS=1 ffind gitignore
  $ FFIND_IGNORE_VCS=1 ffind darcs

A deliberate change: an entry of either kind whose name is in either list is
skipped. The original skips a file named CVS only when it is a folder; the
port skips it as a file too, and a folder named .gitignore as well.

  $ ffind CVS
  ./test_dir/second_level/CVS
  $ ffind --ignore-vcs CVS
  $ mkdir -p d/.hgignore d/keep && touch d/keep/.hgignore.txt
  $ ffind --hidden --ignore-vcs d hgignore
  d/keep/.hgignore.txt
