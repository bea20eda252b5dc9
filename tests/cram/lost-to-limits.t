A folder the walk cannot read for want of a resource (no descriptor left,
no memory, a path too long to open) is always said on standard error, and
the status is 1. A folder it may not read (permission denied) stays quiet
without --show-errors, as in the original (show_errors.t).

A tree 300 folders deep, five matches in each: its paths go past PATH_MAX
(4096 bytes), so its deepest folders are opened piece by piece, two
descriptors at a time. Under `ulimit -n 4` only one is free (0, 1 and 2 are
taken), so the first folder past 4,000 bytes cannot be opened (with the
portable reader, which needs one more to list, not even the root), nor can
anything below it: waiting for descriptors does not help when no other
read could close one, and the walk says so at once. Every match is either
printed or below the one folder said.

  $ python3 -c "
  > import os
  > os.mkdir('deep'); os.chdir('deep')
  > for i in range(300):
  >     os.mkdir('d' * 20); os.chdir('d' * 20)
  >     for j in range(5): open('m%d.txt' % j, 'w').close()
  > "
  $ ffind deep 'm.\.txt' | wc -l
  1500
  $ for j in 1 4; do
  >   (ulimit -n 4 && timeout 60 ffind -j$j deep 'm.\.txt' > out 2> err); echo "j$j: status $?"
  >   sed -E 's#deep(/d{20})*#FOLDER#' err
  >   depth=$(grep -o 'd\{20\}' err | wc -l); [ "$depth" -gt 0 ] || depth=1
  >   echo "$(( $(wc -l < out) + 5 * (301 - depth) )) of 1500 printed or below it"
  > done
  j1: status 1
  ffind: FOLDER: Too many open files
  1500 of 1500 printed or below it
  j4: status 1
  ffind: FOLDER: Too many open files
  1500 of 1500 printed or below it

With more descriptors nothing is lost, and nothing is said:

  $ (ulimit -n 16 && ffind -j4 deep 'm.\.txt' > out 2> err); echo "status $?"; wc -l < out; cat err
  status 0
  1500
