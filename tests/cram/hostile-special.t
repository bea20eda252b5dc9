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

Searching /proc and /sys ends: symlinks on procfs (/proc/*/cwd,
/proc/*/root, /proc/*/fd/*) are listed, never followed; on sysfs only those
directly in a search root are followed (/sys/class/net/eth0), not the cross
links below them (device, subsystem, driver), which multiply routes without
end. The root itself may be such a link.

  $ timeout 60 ffind -j1 /proc/self '^status$'
  /proc/self/status
  /proc/self/task/*/status (glob)
  $ timeout 120 ffind /proc '^cwd$' > /dev/null; echo "status $?"
  status 0
  $ timeout 120 ffind /sys '^uevent$' > /dev/null; echo "status $?"
  status 0
  $ ffind /sys/class/net '^operstate$' | sed 's|/sys/class/net/[^/]*/|NET/|' | sort -u
  NET/operstate
  $ [ "$(ffind /sys/class/net '^operstate$' | wc -l)" = "$(ls /sys/class/net | wc -l)" ] && echo "one per interface, as find -L"
  one per interface, as find -L

Under --show-errors each link not followed is reported, and the status is 1.

  $ ffind --show-errors /sys/class/net/lo '^operstate$' 2>&1 >/dev/null | grep -c 'symlink on procfs or sysfs not followed'; ffind --show-errors /sys/class/net/lo '^operstate$' >/dev/null 2>&1; echo "status $?"
  [1-9][0-9]* (re)
  status 1
