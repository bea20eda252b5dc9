Symlink loops end (a deliberate change: the original has no loop
protection). A folder that is its own ancestor is listed but not entered
again: here `up` is `l/a`, an ancestor of itself.

  $ mkdir -p l/a/b && touch l/a/b/f.txt
  $ ln -s .. l/a/b/up
  $ ffind l ''
  l/a
  l/a/b
  l/a/b/f.txt
  l/a/b/up

A link to the root itself, and two folders linking to each other.

  $ mkdir r && ln -s ../r r/self
  $ ffind r ''
  r/self
  $ mkdir -p m/x m/y && ln -s ../y m/x/to_y && ln -s ../x m/y/to_x
  $ ffind m ''
  m/x
  m/y
  m/x/to_y
  m/x/to_y/to_x
  m/y/to_x
  m/y/to_x/to_y
