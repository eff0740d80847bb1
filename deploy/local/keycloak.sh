# shellcheck shell=bash
# Keycloak for the local Motiv launcher (no Docker). Source this file; do not execute it.
#
#   kc_fetch          download and unpack keycloak-quarkus-dist (once)
#   kc_start          import deploy/keycloak/realm-motiv.json and start Keycloak in dev mode, in the background
#   kc_wait [SECS]    wait until realm "motiv" answers (default 300 s)
#   kc_stop [SECS]    stop the whole process group: TERM, then KILL after SECS (default 30 s)
#   kc_status         print state; exit 0 if running
#   kc_reset          (stopped) drop Keycloak's data, so the next kc_start imports the realm file again
#   kc_token NAME     print an access token: "partner" -> client credentials of partner-demo,
#                     anything else -> password grant of user NAME (password NAME-demo) on client frontend
#
# Configuration (read at call time, so it can be set after sourcing):
#   MOTIV_HOME            state directory                default <repo>/.motiv
#   MOTIV_KEYCLOAK_PORT   HTTP port on 127.0.0.1         default 8180
#   KEYCLOAK_VERSION      keycloak-quarkus-dist version  default 26.7.3
#   MOTIV_KEYCLOAK_COPY_FROM  an installed Keycloak of that version to copy (without its data) instead of
#                         downloading one      default <repo>/.motiv/dist/keycloak-$KEYCLOAK_VERSION when MOTIV_HOME
#                         is elsewhere (e.g. the e2e suite's state directory); its build step is reused, so the
#                         copy's first start is a restart (about 25 s) plus the realm import
#   JAVA_HOME             JDK used by Keycloak and by the Maven wrapper (set by the caller)
#   KC_WAIT_TIMEOUT       default timeout of kc_wait     default 300
#   KC_STOP_TIMEOUT       default timeout of kc_stop     default 30
#
# Everything here is for local use only: the bootstrap admin is admin/admin, the realm has demo users with
# known passwords and a client secret in clear text, and start-dev runs over plain HTTP with an H2 database.

_KC_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# repository root: this file lives in <repo>/deploy/local
_KC_REPO="$(cd "$_KC_LIB_DIR/../.." && pwd)"

_kc_config() {
  REPO="${REPO:-$_KC_REPO}"
  MOTIV_HOME="${MOTIV_HOME:-$REPO/.motiv}"
  MOTIV_KEYCLOAK_PORT="${MOTIV_KEYCLOAK_PORT:-8180}"
  KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
  KC_HOME="$MOTIV_HOME/dist/keycloak-$KEYCLOAK_VERSION"
  KC_LOG="$MOTIV_HOME/logs/keycloak.log"
  KC_PIDFILE="$MOTIV_HOME/run/keycloak.pid"
  KC_REALM_FILE="$REPO/deploy/keycloak/realm-motiv.json"
  KC_URL="http://127.0.0.1:$MOTIV_KEYCLOAK_PORT"
  KC_REALM_URL="$KC_URL/realms/motiv"
  MOTIV_KEYCLOAK_COPY_FROM="${MOTIV_KEYCLOAK_COPY_FROM:-$REPO/.motiv/dist/keycloak-$KEYCLOAK_VERSION}"
}

_kc_log() { printf '[keycloak] %s\n' "$*" >&2; }
_kc_die() { printf '[keycloak] ERROR: %s\n' "$*" >&2; return 1; }

_kc_require_java() {
  [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] ||
    { _kc_die "JAVA_HOME is not set to a JDK (need JDK >= 21, the project uses 25)"; return 1; }
}

# pgid of the running Keycloak process group, empty if none is alive
_kc_running_pgid() {
  local pgid
  [ -f "$KC_PIDFILE" ] || return 1
  pgid="$(cat "$KC_PIDFILE" 2>/dev/null)"
  [[ "$pgid" =~ ^[0-9]+$ ]] || return 1
  kill -0 -- "-$pgid" 2>/dev/null || return 1
  printf '%s\n' "$pgid"
}

# true if something listens on 127.0.0.1:PORT (or on all interfaces)
_kc_port_busy() {
  local port="$1"
  if command -v ss >/dev/null 2>&1; then
    [ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

# extract a top-level string field from a JSON document on stdin
_kc_json_field() {
  local field="$1"
  if command -v jq >/dev/null 2>&1; then
    jq -r --arg f "$field" '.[$f] // empty'
  elif command -v python3 >/dev/null 2>&1; then
    python3 -c 'import json,sys; v=json.load(sys.stdin).get(sys.argv[1]); print(v if v is not None else "")' "$field"
  else
    tr -d '\n' | sed -n "s/.*\"$field\"[[:space:]]*:[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p"
  fi
}

kc_fetch() {
  _kc_config
  if [ -x "$KC_HOME/bin/kc.sh" ]; then
    _kc_log "Keycloak $KEYCLOAK_VERSION present in $KC_HOME"
    return 0
  fi
  _kc_require_java || return 1
  local source="$MOTIV_KEYCLOAK_COPY_FROM"
  if [ -x "$source/bin/kc.sh" ] && [ "$(realpath -m "$source")" != "$(realpath -m "$KC_HOME")" ]; then
    # another state directory has this version installed: copy it (binaries and build step), not its data
    _kc_log "copying Keycloak $KEYCLOAK_VERSION from $source (without its data) into $KC_HOME"
    local part="$KC_HOME.copying"
    rm -rf "$part" "$KC_HOME" && mkdir -p "$part" || return 1
    (cd "$source" && tar --exclude=./data -cf - .) | (cd "$part" && tar -xf -) || { rm -rf "$part"; _kc_die "could not copy $source"; return 1; }
    mv "$part" "$KC_HOME" || return 1
    return 0
  fi
  local dist="$MOTIV_HOME/dist" dl="$MOTIV_HOME/dist/.download-keycloak-$KEYCLOAK_VERSION"
  local artifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz"
  rm -rf "$dl" && mkdir -p "$dl/unpack" || return 1
  _kc_log "fetching $artifact (about 180 MB) ..."
  # run from a directory without pom.xml, so Maven does not load the project's reactor
  if ! (cd "$dl" && "$REPO/mvnw" -q -B \
        org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact="$artifact" -DoutputDirectory="$dl" -Dmdep.overWriteIfNewer=true); then
    _kc_die "could not fetch $artifact from Maven Central"; return 1
  fi
  local tgz="$dl/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz"
  [ -s "$tgz" ] || { _kc_die "download did not produce $tgz"; return 1; }
  _kc_log "unpacking into $KC_HOME"
  tar -xzf "$tgz" -C "$dl/unpack" || { _kc_die "could not unpack $tgz"; return 1; }
  local top
  top="$(find "$dl/unpack" -mindepth 1 -maxdepth 1 -type d | head -n 1)"
  [ -n "$top" ] && [ -x "$top/bin/kc.sh" ] || { _kc_die "unexpected layout in $tgz (no bin/kc.sh)"; return 1; }
  mv "$top" "$KC_HOME" || return 1
  rm -rf "$dl"
  _kc_log "Keycloak $KEYCLOAK_VERSION installed in $KC_HOME"
}

kc_start() {
  _kc_config
  local pgid
  if pgid="$(_kc_running_pgid)"; then
    _kc_log "already running (process group $pgid) on $KC_URL"
    return 0
  fi
  _kc_require_java || return 1
  [ -x "$KC_HOME/bin/kc.sh" ] || { _kc_die "Keycloak not installed in $KC_HOME: run kc_fetch first"; return 1; }
  [ -f "$KC_REALM_FILE" ] || { _kc_die "realm file $KC_REALM_FILE not found"; return 1; }
  if _kc_port_busy "$MOTIV_KEYCLOAK_PORT"; then
    _kc_die "port $MOTIV_KEYCLOAK_PORT is already in use; stop whatever listens there or set MOTIV_KEYCLOAK_PORT"
    return 1
  fi
  mkdir -p "$KC_HOME/data/import" "$(dirname "$KC_LOG")" "$(dirname "$KC_PIDFILE")" || return 1
  # --import-realm imports data/import/*.json and skips a realm that already exists (data kept in data/h2)
  if [ -d "$KC_HOME/data/h2" ] && [ -f "$KC_HOME/data/import/realm-motiv.json" ] &&
     ! cmp -s "$KC_REALM_FILE" "$KC_HOME/data/import/realm-motiv.json"; then
    _kc_log "WARNING: $KC_REALM_FILE changed since it was imported; the existing realm is kept."
    _kc_log "WARNING: run kc_stop; kc_reset; kc_start to import it again (drops all Keycloak data)."
  fi
  cp "$KC_REALM_FILE" "$KC_HOME/data/import/realm-motiv.json" || return 1
  rm -f "$KC_PIDFILE"
  _kc_log "starting Keycloak $KEYCLOAK_VERSION on $KC_URL (log: $KC_LOG)"
  # setsid: Keycloak gets its own session and process group (pgid = pid of the inner shell, which execs kc.sh);
  # kc_stop signals the whole group, so the augmentation JVM and the server JVM both go.
  (
    cd "$KC_HOME" || exit 1
    export JAVA_HOME
    export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin
    exec setsid bash -c 'echo $$ > "$1"; shift; exec "$@"' kc-launch "$KC_PIDFILE" \
      "$KC_HOME/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 --http-port="$MOTIV_KEYCLOAK_PORT" --import-realm \
      </dev/null >>"$KC_LOG" 2>&1
  ) &
  local i
  for i in $(seq 1 50); do
    [ -s "$KC_PIDFILE" ] && break
    sleep 0.1
  done
  if ! pgid="$(_kc_running_pgid)"; then
    _kc_die "Keycloak did not start; last lines of $KC_LOG:"
    tail -n 20 "$KC_LOG" >&2
    return 1
  fi
  _kc_log "started, process group $pgid"
}

kc_wait() {
  _kc_config
  local timeout="${1:-${KC_WAIT_TIMEOUT:-300}}" start now elapsed last=0 code
  start="$(date +%s)"
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$KC_REALM_URL/.well-known/openid-configuration" || true)"
    now="$(date +%s)"; elapsed=$((now - start))
    if [ "$code" = 200 ]; then
      _kc_log "realm motiv ready at $KC_REALM_URL after ${elapsed}s"
      return 0
    fi
    if ! _kc_running_pgid >/dev/null; then
      _kc_die "Keycloak is not running (exited?); last lines of $KC_LOG:"
      tail -n 30 "$KC_LOG" >&2
      return 1
    fi
    if [ "$elapsed" -ge "$timeout" ]; then
      _kc_die "realm motiv not ready after ${timeout}s (last HTTP status $code); see $KC_LOG"
      return 1
    fi
    if [ $((elapsed - last)) -ge 10 ]; then
      _kc_log "waiting for Keycloak ... ${elapsed}s"
      last=$elapsed
    fi
    sleep 2
  done
}

kc_stop() {
  _kc_config
  local timeout="${1:-${KC_STOP_TIMEOUT:-30}}" pgid i
  if ! pgid="$(_kc_running_pgid)"; then
    _kc_log "not running"
    rm -f "$KC_PIDFILE"
    return 0
  fi
  _kc_log "stopping process group $pgid"
  kill -TERM -- "-$pgid" 2>/dev/null || true
  for ((i = 0; i < timeout * 2; i++)); do
    kill -0 -- "-$pgid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 -- "-$pgid" 2>/dev/null; then
    _kc_log "still alive after ${timeout}s, sending KILL"
    kill -KILL -- "-$pgid" 2>/dev/null || true
    for ((i = 0; i < 20; i++)); do
      kill -0 -- "-$pgid" 2>/dev/null || break
      sleep 0.25
    done
  fi
  if kill -0 -- "-$pgid" 2>/dev/null; then
    _kc_die "process group $pgid survived KILL"
    return 1
  fi
  rm -f "$KC_PIDFILE"
  _kc_log "stopped"
}

# drop Keycloak's database (realm, users, sessions) so the next kc_start imports the realm file again
kc_reset() {
  _kc_config
  if _kc_running_pgid >/dev/null; then
    _kc_die "Keycloak is running: kc_stop first"; return 1
  fi
  rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/import/realm-motiv.json"
  _kc_log "Keycloak data removed; the next kc_start imports $KC_REALM_FILE again"
}

kc_status() {
  _kc_config
  local pgid code
  if pgid="$(_kc_running_pgid)"; then
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$KC_REALM_URL/.well-known/openid-configuration" || true)"
    if [ "$code" = 200 ]; then
      echo "keycloak: running (process group $pgid), realm motiv ready at $KC_REALM_URL"
    else
      echo "keycloak: running (process group $pgid), not ready yet (HTTP $code) at $KC_REALM_URL"
    fi
    return 0
  fi
  echo "keycloak: stopped"
  return 1
}

kc_token() {
  _kc_config
  local name="${1:-}" response token
  [ -n "$name" ] || { _kc_die "usage: kc_token viewer|analyst|steward|admin|partner|<user>"; return 1; }
  if [ "$name" = partner ] || [ "$name" = partner-demo ]; then
    response="$(curl -s --max-time 20 -X POST "$KC_REALM_URL/protocol/openid-connect/token" \
      -d grant_type=client_credentials \
      -d client_id=partner-demo -d client_secret=partner-demo-secret || true)"
  else
    response="$(curl -s --max-time 20 -X POST "$KC_REALM_URL/protocol/openid-connect/token" \
      -d grant_type=password -d client_id=frontend -d scope=openid \
      --data-urlencode "username=$name" --data-urlencode "password=${KC_PASSWORD:-$name-demo}" || true)"
  fi
  token="$(printf '%s' "$response" | _kc_json_field access_token 2>/dev/null || true)"
  if [ -z "$token" ]; then
    _kc_die "no token for '$name': ${response:-no answer from $KC_URL}"
    return 1
  fi
  printf '%s\n' "$token"
}
