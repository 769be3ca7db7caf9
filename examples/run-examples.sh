#!/usr/bin/env bash
# Runs both example projects (examples/junit5-calculator and examples/cucumber-calculator) and shows what
# Xray received. Run it from anywhere; it needs Java 17+ and Maven Central (./mvnw fetches Maven itself).
#
#   ./examples/run-examples.sh                  # run, print what Xray received, stop the sandbox
#   ./examples/run-examples.sh --keep-sandbox   # the same, then keep the sandbox (and its web page) up
#
# By default the examples publish to the Xray sandbox (examples/xray-sandbox), started on a free loopback
# port for this run and stopped at the end. With Xray credentials in the environment (XRAY_URL with
# XRAY_TOKEN, or with XRAY_USERNAME and XRAY_PASSWORD; or XRAY_CLIENT_ID and XRAY_CLIENT_SECRET for Xray
# Cloud) they publish to that Xray instead, and no sandbox is started. The project (XRAY_PROJECT_KEY,
# default CALC) must then have the Tests the examples name: CALC-1..CALC-17, as in the sandbox's default seed;
# on the first run Xray also creates one Test per example for its test without a key (found again later).
#
# Some example tests fail ON PURPOSE, to show what failures look like in Xray: this command still succeeds.
set -euo pipefail

keep_sandbox=false
case "${1:-}" in
  "") ;;
  --keep-sandbox) keep_sandbox=true ;;
  *) echo "Usage: $0 [--keep-sandbox]" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$root/examples/target/run-examples"
rm -rf "$work"
mkdir -p "$work"
maven_log="$work/maven.log"

step() { printf '\n==> %s\n' "$*"; }
java="${JAVA_HOME:+$JAVA_HOME/bin/}java" # the Java that ./mvnw uses

sandbox_pid=""
stop_sandbox() {
  if [[ -n "$sandbox_pid" ]]; then
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
    sandbox_pid=""
  fi
}
trap stop_sandbox EXIT

step "Building xray4j and installing it into the local Maven repository (the first run downloads Maven and the dependencies)"
./mvnw -B -q install -DskipTests

xray_args=()
maven_env=()
if [[ ( -n "${XRAY_URL:-}" && ( -n "${XRAY_TOKEN:-}" || ( -n "${XRAY_USERNAME:-}" && -n "${XRAY_PASSWORD:-}" ) ) ) \
      || ( -n "${XRAY_CLIENT_ID:-}" && -n "${XRAY_CLIENT_SECRET:-}" ) ]]; then
  target="real"
  step "Publishing to ${XRAY_URL:-Xray Cloud} (Xray credentials are set in the environment; no sandbox)"
else
  target="sandbox"
  step "Starting the Xray sandbox"
  "$java" -jar examples/xray-sandbox/target/xray-sandbox.jar --port 0 >"$work/sandbox.log" 2>&1 &
  sandbox_pid=$!
  sandbox_url=""
  for _ in $(seq 1 150); do
    sandbox_url="$(sed -n 's/^Xray sandbox listening on \(http[^ ]*\).*/\1/p' "$work/sandbox.log")"
    [[ -n "$sandbox_url" ]] && break
    if ! kill -0 "$sandbox_pid" 2>/dev/null; then
      cat "$work/sandbox.log" >&2
      echo "The Xray sandbox did not start (its output is above)." >&2
      exit 1
    fi
    sleep 0.2
  done
  if [[ -z "$sandbox_url" ]]; then
    echo "The Xray sandbox did not say where it listens within 30 s; its output is in $work/sandbox.log" >&2
    exit 1
  fi
  echo "Xray sandbox: $sandbox_url"
  # The sandbox's fixed demo credentials (io.github.xray4j.sandbox.SandboxCredentials): not secrets.
  xray_args=("-Dxray.url=$sandbox_url" "-Dxray.username=sandbox" "-Dxray.password=sandbox")
  # Leave out any Xray settings of the environment that would send the results elsewhere.
  maven_env=(env -u XRAY_TOKEN -u XRAY_CLIENT_ID -u XRAY_CLIENT_SECRET -u XRAY_TEST_EXECUTION_KEY -u XRAY_TEST_PLAN_KEY)
fi

step "Running the example projects' tests (Maven output: $maven_log)"
# -Dexamples.run=true: the examples' tests are skipped in the normal build because some fail on purpose.
# -Dmaven.test.failure.ignore=true: those intentional failures must not stop this command.
if ! ${maven_env[@]+"${maven_env[@]}"} ./mvnw -B -pl examples/junit5-calculator,examples/cucumber-calculator test \
    -Dexamples.run=true -Dmaven.test.failure.ignore=true -Dxray.enabled=true ${xray_args[@]+"${xray_args[@]}"} \
    >"$maven_log" 2>&1; then
  tail -n 60 "$maven_log" >&2
  echo "The example projects did not build or run (the end of the Maven output is above)." >&2
  exit 1
fi

# What JUnit and Cucumber said, module by module, and the one line each xray4j reporter logged at the end.
awk '/-< io\.github\.xray4j:[a-z0-9-]+ >-/ { match($0, /io\.github\.xray4j:[a-z0-9-]+/); module = substr($0, RSTART + 17, RLENGTH - 17) }
     /Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$/ { sub(/^.*Tests run/, "Tests run"); print module ": " $0 }' \
  "$maven_log"
grep -E 'Xray: ' "$maven_log" | sed 's/^.*\(Xray: \)/\1/' || true

published="$(grep -c 'Xray: .* published to ' "$maven_log" || true)"
if [[ "$published" -ne 2 ]]; then
  echo "Expected both example projects to publish one Test Execution each, but $published did; the 'Xray:' lines" >&2
  echo "above say what went wrong, and the Maven output is in $maven_log" >&2
  exit 1
fi

step "What Xray received"
if [[ "$target" == "sandbox" ]]; then
  "$java" -cp examples/xray-sandbox/target/xray-sandbox.jar io.github.xray4j.sandbox.SandboxReport "$sandbox_url"
  echo
  echo "The sandbox's seed ends at CALC-24: keys above it are new, the two Test Executions and the Tests Xray"
  echo "created for the test and the scenario that have no key (xray.report-unannotated=true)."
else
  echo "Open the two Test Executions named in the 'Xray:' lines above in Jira."
fi

cat <<'EOF'

The failures are INTENTIONAL: the examples fail CALC-3 (junit5-calculator) and the second example row of
CALC-14 (cucumber-calculator) on purpose, abort CALC-10 (an assumption) and disable CALC-6, to show how
each outcome looks in Xray. Everything worked.
EOF

if [[ "$target" == "sandbox" && "$keep_sandbox" == true ]]; then
  echo
  echo "The Xray sandbox keeps running at $sandbox_url (a web page of what it received); Ctrl-C stops it."
  trap 'exit 0' INT TERM # stopping it is how this ends: still a success (the EXIT trap stops the sandbox)
  wait "$sandbox_pid" || true
fi
