A symlink to a folder is listed with the folders and entered; a broken
symlink is listed with the files. --nosymlinks lists but does not enter.

  $ mkdir -p s/real/sub && touch s/real/sub/file.txt s/real/top.txt
  $ ln -s real s/link
  $ ln -s nowhere s/broken
  $ ffind s ''
  s/broken
  s/link
  s/real
  s/link/top.txt
  s/link/sub
  s/link/sub/file.txt
  s/real/top.txt
  s/real/sub
  s/real/sub/file.txt
  $ ffind --nosymlinks s ''
  s/broken
  s/link
  s/real
  s/real/top.txt
  s/real/sub
  s/real/sub/file.txt
  $ ffind --no-follow s file
  s/real/sub/file.txt
  $ FFIND_NO_SYMLINK=1 ffind s file
  s/real/sub/file.txt
  $ FFIND_NO_SYMLINK=0 ffind s file
  s/link/sub/file.txt
  s/real/sub/file.txt

A symlink to a file is a file.

  $ ln -s real/top.txt s/filelink
  $ ffind s filelink
  s/filelink
