A closed pipe ends ffind quietly: no message, no panic, status 0.

  $ python3 -c "
  > import os
  > for i in range(1, 1001):
  >     os.makedirs('big/d%d' % i)
  >     for j in range(4): open('big/d%d/a_long_enough_file_name_%d' % (i, j), 'w').close()
  > "
  $ echo "more than a pipe buffer: $(( $(ffind big '' | wc -c) > 131072 ))"
  more than a pipe buffer: 1
  $ ffind big '' | head -2
  big/d1
  big/d10
  $ ffind big '' 2>err | head -1 >/dev/null; echo "status ${PIPESTATUS[0]}"; cat err
  status 0
  $ ffind --color=always big f 2>err | head -c 10 >/dev/null; echo "status ${PIPESTATUS[0]}"; cat err
  status 0
