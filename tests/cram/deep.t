A path longer than PATH_MAX (4096 bytes) is still searched: folders are
opened a piece at a time.

  $ name=$(printf 'd%.0s' $(seq 200))
  $ mkdir deep && cd deep && for i in $(seq 25); do mkdir "$name" && cd "$name" || exit 1; done && touch needle.txt && cd "$TMPDIR"
  $ ffind deep needle | wc -c
  5041
  $ ffind deep needle | tail -c 20
  dddddddd/needle.txt
  $ ffind -p deep 'needle' | wc -l
  1
