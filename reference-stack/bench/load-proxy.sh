#!/usr/bin/env bash
# Load benchmark of the reference proxy (issue 9), side by side with Kamailio 5.6 in the same run.
#
# The chain is SIPp uac -> proxy -> SIPp uas, over UDP on 127.0.0.1. SIPp's built-in "uac" scenario (INVITE -> 180 ->
# 200, ACK, BYE -> 200) sends every message to the proxy (-rsa) with the UAS's address in the Request-URI, so the
# proxy relays the INVITE and BYE transactions statefully and the ACK statelessly to the UAS (the proxy is not
# responsible for that URI: RFC 3261 §16.5). Neither proxy record-routes (SIPp's built-in scenarios ignore
# Record-Route). The proxies:
#   - sipspec: ReferenceServer --role=proxy (stateful, one event loop thread), JVM warmed up first (not reported);
#   - kamailio: kamailio -m 2048 -x tlsf -X tlsf with one UDP worker, config reference-stack/bench/kamailio-proxy.cfg.
# For each rate, Kamailio then sipspec carry DURATION seconds of calls. Per run: calls completed and failed, SIPp's
# retransmissions, the CPU seconds of the proxy. Then the highest rate with 0 failed calls of each, and their ratio.
#
# Usage (as root, from the repository root, on an otherwise quiet machine): reference-stack/bench/load-proxy.sh
#   RATES="500 1000 2000 3000 4000 5000 6000" DURATION=10 reference-stack/bench/load-proxy.sh
#   MVN="mvn -o" uses Maven offline.
# Needs: sipp (Debian package sip-tester), kamailio (5.6), a JDK, Maven. Results: reference-stack/target/load-proxy/results.md
set -euo pipefail
cd "$(dirname "$0")/../.."
RATES=${RATES:-"500 1000 2000 3000 4000 5000 6000"}
DURATION=${DURATION:-10}
MVN=${MVN:-mvn}
UAS_PORT=${UAS_PORT:-5070}
UAC_PORT=${UAC_PORT:-5071}
OURS_PORT=${OURS_PORT:-5080}
KAM_PORT=${KAM_PORT:-5090}
OUT=reference-stack/target/load-proxy
mkdir -p "$OUT"
rm -f "$OUT"/*.csv "$OUT"/*.log "$OUT"/*.time

command -v sipp >/dev/null || { echo "sipp not found: apt-get install -y sip-tester" >&2; exit 2; }
command -v kamailio >/dev/null || { echo "kamailio not found: apt-get install -y kamailio" >&2; exit 2; }
# SIPp's own limit must not be the kernel's: raise the UDP buffer limits (interop notes: clean up to 12,000 calls/s).
sysctl -q -w net.core.rmem_max=8388608 net.core.wmem_max=8388608 || echo "warning: could not raise UDP buffer limits" >&2

$MVN -q -B -pl reference-stack compile dependency:build-classpath -Dmdep.outputFile=target/load-classpath.txt \
    -Dmdep.includeScope=runtime >/dev/null
CP="reference-stack/target/classes:$(cat reference-stack/target/load-classpath.txt)"
CLK=$(getconf CLK_TCK)

cpu_seconds() { # utime+stime of a pid and its threads, in seconds
  awk -v clk="$CLK" '{ printf "%.2f", ($14 + $15) / clk }' "/proc/$1/stat"
}

kam_cpu_seconds() { # every Kamailio process (main, UDP worker, timers)
  local total=0 p
  for p in $(pgrep -x kamailio); do total=$(awk -v a="$total" -v b="$(cpu_seconds "$p")" 'BEGIN { printf "%.2f", a + b }'); done
  echo "$total"
}

one_call() { # $1 proxy port: one call through the chain, bounded
  timeout -s KILL 5 sipp -sn uac 127.0.0.1:"$UAS_PORT" -rsa 127.0.0.1:"$1" -i 127.0.0.1 -p "$UAC_PORT" -m 1 -nostdin \
    -deadcall_wait 0 >/dev/null 2>&1
}

wait_proxy() { # $1 proxy port: wait (bounded) until a call goes through
  for _ in $(seq 1 100); do
    if one_call "$1"; then return 0; fi
    sleep 0.2
  done
  echo "no call went through the proxy on port $1" >&2; return 1
}

run_rate() { # $1 label, $2 proxy port, $3 rate -> one markdown row
  local label=$1 port=$2 rate=$3 calls=$(( $3 * DURATION ))
  local before after stat
  if [ "$label" = kamailio ]; then before=$(kam_cpu_seconds); else before=$(cpu_seconds "$OURS"); fi
  stat="$OUT/$label-$rate"
  # SIPp's built-in uac has no receive timeouts, so a lost message leaves a call open forever: bound it from outside.
  timeout -s KILL $((DURATION * 2 + 20)) \
    sipp -sn uac 127.0.0.1:"$UAS_PORT" -rsa 127.0.0.1:"$port" -i 127.0.0.1 -p "$UAC_PORT" -r "$rate" -m "$calls" \
      -l $((rate * 8)) -buff_size 4194304 -nostdin -deadcall_wait 0 \
      -trace_stat -stf "$stat.csv" -fd 1 >"$stat.log" 2>&1 || true
  if [ "$label" = kamailio ]; then after=$(kam_cpu_seconds); else after=$(cpu_seconds "$OURS"); fi
  python3 - "$stat.csv" "$label" "$rate" "$calls" "$before" "$after" <<'PY'
import csv, sys
path, label, rate, calls, before, after = sys.argv[1:]
try:
    last = list(csv.DictReader(open(path), delimiter=';'))[-1]
    ok, retrans = last["SuccessfulCall(C)"], last["Retransmissions(C)"]
    # A call SIPp never completed (still open when it was stopped) failed as much as one it counted as failed.
    failed = str(int(calls) - int(ok))
except Exception:  # no statistics: SIPp could not run
    ok, failed, retrans = "0", calls, "?"
print(f"| {label} | {rate} | {calls} | {ok} | {failed} | {retrans} | {float(after) - float(before):.2f} |")
PY
  sleep 2 # let the last calls' timers and retransmissions settle between runs
}

{
  echo "# Proxy load benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "SIPp uac -> proxy -> SIPp uas over UDP on 127.0.0.1, $DURATION s per rate, -buff_size 4194304."
  echo
  echo "| proxy | calls/s | attempted | completed | failed | SIPp retransmissions | proxy CPU s |"
  echo "|---|---|---|---|---|---|---|"
} > "$OUT/results.md"

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

sipp -sn uas -i 127.0.0.1 -p "$UAS_PORT" -nostdin -buff_size 4194304 -deadcall_wait 0 >"$OUT/sipp-uas.log" 2>&1 &
PIDS+=($!)

RUNDIR=$(mktemp -d)
kamailio -f reference-stack/bench/kamailio-proxy.cfg -DD -E -m 2048 -x tlsf -X tlsf \
  -A "PORT=$KAM_PORT" -A "RUNDIR=\"$RUNDIR\"" >"$OUT/kamailio.log" 2>&1 &
PIDS+=($!)

java -Xms4g -Xmx4g -XX:+UseG1GC -XX:MaxGCPauseMillis=50 -cp "$CP" io.sipspec.server.ReferenceServer --role=proxy \
  --listen=udp:127.0.0.1:"$OURS_PORT" --record-route=off --log=warn >"$OUT/sipspec.log" 2>&1 &
OURS=$!
PIDS+=($OURS)

wait_proxy "$KAM_PORT"
wait_proxy "$OURS_PORT"
# A JVM compiles its hot code in its first seconds; SIPp and Kamailio are native. Warm up (not reported) first.
# A cold JVM at 1,000 calls/s loses calls while it compiles, so the rate rises in steps.
for warm in 300 1000 2000; do
  timeout -s KILL 40 sipp -sn uac 127.0.0.1:"$UAS_PORT" -rsa 127.0.0.1:"$OURS_PORT" -i 127.0.0.1 -p "$UAC_PORT" -r "$warm" \
    -m $((warm * 10)) -l $((warm * 8)) -buff_size 4194304 -nostdin -deadcall_wait 0 >/dev/null 2>&1 || true
  sleep 2
done

for r in $RATES; do
  run_rate kamailio "$KAM_PORT" "$r" | tee -a "$OUT/results.md"
  run_rate sipspec "$OURS_PORT" "$r" | tee -a "$OUT/results.md"
done

python3 - "$OUT/results.md" <<'PY' | tee -a "$OUT/results.md"
import sys
best = {}
for line in open(sys.argv[1]):
    cells = [c.strip() for c in line.strip().strip('|').split('|')]
    if len(cells) == 7 and cells[1].isdigit() and cells[4] == "0":
        best[cells[0]] = max(best.get(cells[0], 0), int(cells[1]))
k, s = best.get("kamailio", 0), best.get("sipspec", 0)
print()
print(f"Highest rate with 0 failed calls: Kamailio {k} calls/s, sipspec {s} calls/s; ratio sipspec/Kamailio "
      + (f"{s / k:.2f}" if k else "n/a") + ".")
PY
echo "results: $OUT/results.md"
