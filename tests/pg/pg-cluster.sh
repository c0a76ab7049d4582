#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL 15 cluster on a free loopback port, for the test run.
#
#   pg-cluster.sh start DIR          initdb under DIR, start, create role and database "keydesk";
#                                    writes DIR/url (postgresql://keydesk@127.0.0.1:PORT/keydesk,
#                                    trusted on loopback), DIR/password-url and DIR/password (a role
#                                    that needs a password, for the password tests)
#   pg-cluster.sh stop DIR           stop the cluster and delete DIR
#   pg-cluster.sh pause DIR          stop the server, keep DIR (the outage test)
#   pg-cluster.sh resume DIR         start it again on the same port
#   pg-cluster.sh run DIR CMD...     start, run CMD with KEYDESK_TEST_PG_URL_FILE=DIR/url, stop
#                                    (also on failure or Ctrl-C)
#
# As root the server runs as the "postgres" user (runuser); otherwise as the calling user.
# A DIR left behind by a killed run is stopped and deleted by the next start.
set -euo pipefail
export PATH="/usr/bin:/bin:/usr/sbin:/sbin:${PATH}"

PG_BIN="${KEYDESK_PG_BIN:-/usr/lib/postgresql/15/bin}"

die() { echo "pg-cluster: $*" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    if [ -x /usr/bin/python3 ]; then
        /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
        return
    fi
    local port # no python3: a random port nobody answers on (start retries if it is taken)
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    return 1
}

# Where the server's own files live: DIR, or (as root, when the postgres user cannot reach DIR,
# e.g. a build tree under /root) a private directory under /tmp named in DIR/home.
home_dir() {
    if [ -f "$1/home" ]; then cat "$1/home"; else echo "$1"; fi
}

data_dir() { echo "$(home_dir "$1")/data"; }

is_running() {
    [ -f "$(data_dir "$1")/postmaster.pid" ] && as_owner "$PG_BIN/pg_ctl" status -D "$(data_dir "$1")" >/dev/null 2>&1
}

server_stop() {
    local dir="$1"
    [ -d "$(data_dir "$dir")" ] || return 0
    if is_running "$dir"; then
        as_owner "$PG_BIN/pg_ctl" stop -D "$(data_dir "$dir")" -m fast -w -t 30 >/dev/null 2>&1 ||
            as_owner "$PG_BIN/pg_ctl" stop -D "$(data_dir "$dir")" -m immediate -w -t 30 >/dev/null 2>&1 ||
            true
    fi
}

server_start() {
    local dir="$1" log
    log="$(home_dir "$1")/server.log"
    as_owner "$PG_BIN/pg_ctl" start -D "$(data_dir "$dir")" -l "$log" -w -t 60 >/dev/null ||
        { tail -n 20 "$log" >&2 || true; return 1; }
}

psql_admin() {
    local dir="$1"; shift
    as_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(cat "$dir/port")" -U postgres \
        -d postgres "$@" >/dev/null
}

remove_dir() {
    server_stop "$1"
    if [ -f "$1/home" ]; then
        rm -rf -- "$(cat "$1/home")"
    fi
    rm -rf -- "$1"
}

configure() {
    local dir="$1" port="$2" sockets
    sockets="$(home_dir "$1")"
    [ ${#sockets} -le 80 ] || sockets="" # a socket path has at most 107 bytes; TCP is enough
    cat >>"$(data_dir "$dir")/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$sockets'
max_connections = 150
fsync = off
synchronous_commit = off
full_page_writes = off
# failed statements carry bound values (digests, sealed secrets): keep them out of the log
log_min_error_statement = panic
EOF
    cat >"$(data_dir "$dir")/pg_hba.conf" <<EOF
local all all trust
host all keydesk_pw 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
EOF
    echo "$port" >"$dir/port"
}

create_database() {
    local dir="$1" port password
    port="$(cat "$dir/port")"
    password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
    # An ICU (linguistic) default collation, as production databases have: the store must still
    # sort byte-wise, as SQLite does.
    psql_admin "$dir" -c "CREATE ROLE keydesk LOGIN" \
        -c "CREATE DATABASE keydesk OWNER keydesk TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US'"
    psql_admin "$dir" -v "pw=$password" <<'EOF'
CREATE ROLE keydesk_pw LOGIN PASSWORD :'pw';
GRANT CREATE, CONNECT ON DATABASE keydesk TO keydesk_pw;
EOF
    (umask 077 && echo "$password" >"$dir/password")
    echo "postgresql://keydesk@127.0.0.1:$port/keydesk" >"$dir/url"
    echo "postgresql://keydesk_pw@127.0.0.1:$port/keydesk" >"$dir/password-url"
}

cmd_start() {
    local dir="$1"
    [ -x "$PG_BIN/initdb" ] || die "PostgreSQL 15 is not installed ($PG_BIN/initdb); apt-get install postgresql"
    if [ -e "$dir" ]; then
        remove_dir "$dir" # a stale cluster of a killed run
    fi
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    started=""
    trap '[ -n "$started" ] || remove_dir "$dir"' EXIT # nothing left running when start fails
    chmod 700 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
        if ! runuser -u postgres -- test -w "$dir"; then
            mktemp -d /tmp/keydesk-pg.XXXXXX >"$dir/home"
            chown postgres: "$(cat "$dir/home")"
        fi
    fi
    as_owner "$PG_BIN/initdb" -D "$(data_dir "$dir")" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; false; }
    local tries=0
    until configure "$dir" "$(free_port)" && server_start "$dir"; do
        tries=$((tries + 1))
        [ "$tries" -lt 3 ] || die "the server did not start; see $dir/server.log"
    done
    as_owner "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$(cat "$dir/port")" -t 30
    create_database "$dir"
    started=1
    trap - EXIT
    echo "PostgreSQL 15 on 127.0.0.1:$(cat "$dir/port"), url in $dir/url"
}

cmd_run() {
    local dir="$1"; shift
    [ $# -gt 0 ] || die "run needs a command"
    cmd_start "$dir"
    trap 'remove_dir "$dir"' EXIT
    # In the background, so that a signal is handled at once, not when the command ends.
    KEYDESK_TEST_PG_URL_FILE="$(cd "$dir" && pwd)/url" "$@" &
    child=$!
    trap 'kill -INT "$child" 2>/dev/null; wait "$child"; exit 130' INT
    trap 'kill -TERM "$child" 2>/dev/null; wait "$child"; exit 143' TERM
    local rc=0
    wait "$child" || rc=$?
    exit "$rc"
}

[ $# -ge 2 ] || die "usage: $0 start|stop|pause|resume DIR, or $0 run DIR CMD..."
command="$1"; dir="$2"; shift 2
case "$command" in
    start) cmd_start "$dir" ;;
    stop) remove_dir "$dir" ;;
    pause) server_stop "$dir" ;;
    resume) is_running "$dir" || server_start "$dir" ;;
    run) cmd_run "$dir" "$@" ;;
    *) die "unknown command $command" ;;
esac
