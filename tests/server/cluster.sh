#!/bin/sh
# The throwaway PostgreSQL cluster of the server tests (CTest fixture "server"): `start DIR` makes a
# cluster in DIR/data with initdb (as the `postgres` user when run as root), listening on a Unix
# socket in DIR only, trust authentication, no fsync; `stop DIR` stops it and removes DIR;
# `restart DIR` restarts it, `halt DIR` stops the server keeping the cluster and `resume DIR` starts it
# again (the reconnect tests). Debian's postgresql package provides the programs.
set -eu
command=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
    echo "cluster.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 1
fi
as_server() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
serve() {
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c max_connections=60" start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
}
stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true; fi
}
case $command in
start)
    stop
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    as_server "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    serve
    ;;
restart)
    as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w restart >/dev/null
    ;;
halt)
    as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    serve
    ;;
stop)
    stop
    rm -rf "$dir"
    ;;
*)
    echo "usage: cluster.sh start|restart|halt|resume|stop DIR" >&2
    exit 2
    ;;
esac
