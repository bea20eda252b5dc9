A folder with 1,000,000 entries is listed, sorted and searched. Run with
`cargo test --test cram -- --ignored`.

  $ python3 -c '
  > import os
  > os.mkdir("wide")
  > for i in range(1000000):
  >     open("wide/f%07d" % (999999 - i), "w").close()
  > '
  $ ffind wide '' | wc -l
  1000000
  $ ffind wide '' | head -2
  wide/f0000000
  wide/f0000001
  $ ffind wide '' | tail -1
  wide/f0999999
  $ ffind wide '99999$'
  wide/f0099999
  wide/f0199999
  wide/f0299999
  wide/f0399999
  wide/f0499999
  wide/f0599999
  wide/f0699999
  wide/f0799999
  wide/f0899999
  wide/f0999999
