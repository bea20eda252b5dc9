-E/--exclude GLOB (repeatable): names matching it are neither printed nor
entered.

  $ mkdir -p e/node_modules/pkg e/src/target && touch e/node_modules/pkg/index.js e/src/main.js e/src/target/out.js e/top.js e/top.log
  $ ffind e js
  e/top.js
  e/node_modules/pkg/index.js
  e/src/main.js
  e/src/target/out.js
  $ ffind -E node_modules e js
  e/top.js
  e/src/main.js
  e/src/target/out.js
  $ ffind -E node_modules -E target e js
  e/top.js
  e/src/main.js
  $ ffind --exclude '*.log' e top
  e/top.js
  $ ffind -E 'a[' e js
  ffind: the glob a[ is incorrect: unclosed character class; missing ']'
  [1]
