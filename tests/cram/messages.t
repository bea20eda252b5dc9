Every error says what failed, without Rust's "(os error N)" text, and
ends with status 1.

  $ mkdir d && touch d/x1
  $ ffind d x > /dev/full
  ffind: writing results: No space left on device
  [1]
  $ ffind --color=always d x > /dev/full
  ffind: writing results: No space left on device
  [1]
