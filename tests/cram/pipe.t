A closed pipe ends ffind quietly: no message, no panic, status 0.

  $ mkdir -p big && for i in $(seq 200); do mkdir big/d$i && touch big/d$i/f1 big/d$i/f2 big/d$i/f3; done
  $ ffind big '' | head -2
  big/d1
  big/d10
  $ ffind big '' 2>err | head -1 >/dev/null; echo "status ${PIPESTATUS[0]}"; cat err
  status 0
  $ ffind --color=always big f 2>err | head -c 10 >/dev/null; echo "status ${PIPESTATUS[0]}"; cat err
  status 0
