Special files are listed like any file and never opened: FIFOs (opening one
would hang), sockets, device nodes.

  $ mkdir s && mkfifo s/fifo && python3 -c 'import socket; socket.socket(socket.AF_UNIX).bind("s/sock")' && ln -s /dev/null s/devnull
  $ ffind s ''
  s/devnull
  s/fifo
  s/sock
  $ ffind -t f s ''
  $ ffind /dev '^null$'
  /dev/null

Searching /proc ends: symlinks on procfs and sysfs (/proc/*/cwd, /proc/*/root,
/proc/*/fd/*, the cross links of /sys) are listed, never followed. The root
itself may be such a link.

  $ timeout 60 ffind -j1 /proc/self '^status$'
  /proc/self/status
  /proc/self/task/*/status (glob)
  $ timeout 120 ffind /proc '^cwd$' > /dev/null; echo "status $?"
  status 0
  $ timeout 120 ffind /sys '^uevent$' > /dev/null; echo "status $?"
  status 0
