# as_nobody CMD...: runs CMD as the user nobody (uid and gid 65534, no
# supplementary groups) when the transcripts run as root, so that folders
# with mode 000 are really closed; as the current user otherwise.
# Sourced by the transcripts that need it: `. $TESTDIR/nobody.sh`.
as_nobody() {
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
  else
    "$@"
  fi
}
