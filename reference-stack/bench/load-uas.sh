#!/usr/bin/env bash
# Load benchmark of the transaction layer (issue: transport and transaction layer).
#
# SIPp's built-in "uac" scenario (INVITE -> 180 -> 200, ACK, BYE -> 200) calls a UAS over UDP on 127.0.0.1 at rising
# rates, DURATION seconds each. The UAS is, in the same run, first SIPp's own "-sn uas" (the baseline, which keeps no
# transaction state), then sipspec's LoadUas (src/jmh/java/io/sipspec/bench/LoadUas.java: the stack's transport and
# transaction layers plus the §13.3.1.4 2xx retransmission). Per rate it reports calls completed and failed, SIPp's
# retransmissions, and the CPU seconds of each process. Then it runs LEAK_CALLS calls through LoadUas, waits for every
# timer to expire, and reports the live transactions and the heap after a full GC against the heap before the calls.
#
# Usage (as root, from the repository root): reference-stack/bench/load-uas.sh
#   RATES="1000 2000 4000 8000 12000 16000" DURATION=10 LEAK_CALLS=100000 LEAK_RATE=4000 reference-stack/bench/load-uas.sh
# Needs: sipp (Debian package sip-tester), a JDK (jcmd), Maven. Results: reference-stack/target/load/results.md
set -euo pipefail
cd "$(dirname "$0")/../.."
RATES=${RATES:-"1000 2000 4000 8000 12000 16000"}
DURATION=${DURATION:-10}
LEAK_CALLS=${LEAK_CALLS:-100000}
LEAK_RATE=${LEAK_RATE:-4000}
PORT=${PORT:-5070}
UAC_PORT=${UAC_PORT:-5071}
OUT=reference-stack/target/load
mkdir -p "$OUT"
rm -f "$OUT"/*.csv "$OUT"/*.log

command -v sipp >/dev/null || { echo "sipp not found: apt-get install -y sip-tester" >&2; exit 2; }
# SIPp's own limit must not be the kernel's: raise the UDP buffer limits (interop notes: clean up to 12,000 calls/s).
sysctl -q -w net.core.rmem_max=8388608 net.core.wmem_max=8388608 || echo "warning: could not raise UDP buffer limits" >&2

mvn -q -B -pl reference-stack test-compile dependency:build-classpath -Dmdep.outputFile=target/load-classpath.txt \
    -Dmdep.includeScope=test >/dev/null
CP="reference-stack/target/classes:reference-stack/target/test-classes:$(cat reference-stack/target/load-classpath.txt)"
CLK=$(getconf CLK_TCK)

cpu_seconds() { # utime+stime of a pid, in seconds
  awk -v clk="$CLK" '{ printf "%.2f", ($14 + $15) / clk }' "/proc/$1/stat"
}

wait_port() { # wait (bounded) until something answers OPTIONS on the UAS port
  for _ in $(seq 1 100); do
    if timeout -s KILL 3 sipp -sn uac 127.0.0.1:"$PORT" -i 127.0.0.1 -p $((UAC_PORT + 1)) -m 1 -nostdin >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  echo "UAS on port $PORT did not come up" >&2; return 1
}

run_rate() { # $1 label, $2 uas pid, $3 rate -> one markdown row
  local label=$1 pid=$2 rate=$3 calls=$(( $3 * DURATION ))
  local uas_before sipp_cpu stat
  uas_before=$(cpu_seconds "$pid")
  stat="$OUT/$label-$rate"
  # SIPp's built-in uac has no receive timeouts, so a lost message leaves a call open forever (and -timeout does not
  # end such a run): bound it from outside. Statistics are written every second, so the last row survives the kill.
  /usr/bin/time -f "%U %S" -o "$stat.time" \
    timeout -s KILL $((DURATION * 2 + 20)) \
    sipp -sn uac 127.0.0.1:"$PORT" -i 127.0.0.1 -p "$UAC_PORT" -r "$rate" -m "$calls" -l $((rate * 8)) \
      -buff_size 4194304 -nostdin -deadcall_wait 0 \
      -trace_stat -stf "$stat.csv" -fd 1 >"$stat.log" 2>&1 || true
  local uas_cpu
  uas_cpu=$(awk -v a="$uas_before" -v b="$(cpu_seconds "$pid")" 'BEGIN { printf "%.2f", b - a }')
  # /usr/bin/time writes "Command terminated by signal 9" first when the run was bounded: the times are the last line.
  sipp_cpu=$(grep -E '^[0-9.]+ [0-9.]+$' "$stat.time" 2>/dev/null | tail -1 | awk '{ printf "%.2f", $1 + $2 }')
  # The last row of SIPp's statistics: cumulative successful and failed calls, retransmissions.
  python3 - "$stat.csv" "$label" "$rate" "$calls" "$uas_cpu" "$sipp_cpu" <<'PY'
import csv, sys
path, label, rate, calls, uas_cpu, sipp_cpu = sys.argv[1:]
try:
    rows = list(csv.DictReader(open(path), delimiter=';'))
    last = rows[-1]
    ok, retrans = last["SuccessfulCall(C)"], last["Retransmissions(C)"]
    # A call SIPp never completed (still open when it was stopped) failed as much as one it counted as failed.
    failed = str(int(calls) - int(ok))
except Exception as e:  # no statistics: SIPp could not run
    ok, failed, retrans = "0", calls, "?"
print(f"| {label} | {rate} | {calls} | {ok} | {failed} | {retrans} | {uas_cpu} | {sipp_cpu} |")
PY
}

header() {
  echo "| UAS | calls/s | attempted | completed | failed | SIPp retransmissions | UAS CPU s | SIPp uac CPU s |"
  echo "|---|---|---|---|---|---|---|---|"
}

{
  echo "# Load benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores"
  echo
  echo "SIPp -sn uac over UDP on 127.0.0.1, $DURATION s per rate, -buff_size 4194304."
  echo
  header
} > "$OUT/results.md"

# 1. The baseline: SIPp's own UAS.
sipp -sn uas -i 127.0.0.1 -p "$PORT" -nostdin -buff_size 4194304 -deadcall_wait 0 >"$OUT/sipp-uas.log" 2>&1 &
SIPP_UAS=$!
trap 'kill $SIPP_UAS 2>/dev/null || true; [ -n "${OURS:-}" ] && kill $OURS 2>/dev/null || true' EXIT
wait_port
for r in $RATES; do run_rate sipp-uas "$SIPP_UAS" "$r" | tee -a "$OUT/results.md"; done
kill "$SIPP_UAS"; wait "$SIPP_UAS" 2>/dev/null || true

# 2. sipspec's LoadUas.
java -Xms4g -Xmx4g -XX:+UseParallelGC -cp "$CP" io.sipspec.bench.LoadUas 127.0.0.1 "$PORT" >"$OUT/loaduas.log" 2>&1 &
OURS=$!
wait_port
# A JVM compiles its hot code in its first seconds; SIPp is native. Warm up (not reported) before measuring.
timeout -s KILL 40 sipp -sn uac 127.0.0.1:"$PORT" -i 127.0.0.1 -p "$UAC_PORT" -r 2000 -m 20000 -l 16000 \
  -buff_size 4194304 -nostdin -deadcall_wait 0 >/dev/null 2>&1 || true
for r in $RATES; do run_rate sipspec "$OURS" "$r" | tee -a "$OUT/results.md"; done

# 3. Leak check: LEAK_CALLS calls, then wait for every timer (64*T1 = 32 s, plus margin) and compare the heap after GC.
last_status() { grep '^status' "$OUT/loaduas.log" | tail -1; }
settle() { sleep 40; jcmd "$OURS" GC.run >/dev/null; sleep 2; last_status; }
before=$(settle)
timeout -s KILL $((LEAK_CALLS / LEAK_RATE * 2 + 30)) \
  sipp -sn uac 127.0.0.1:"$PORT" -i 127.0.0.1 -p "$UAC_PORT" -r "$LEAK_RATE" -m "$LEAK_CALLS" -l $((LEAK_RATE * 8)) \
  -buff_size 4194304 -nostdin -deadcall_wait 0 -trace_stat -stf "$OUT/leak.csv" -fd 1 >"$OUT/leak.log" 2>&1 || true
after=$(settle)
{
  echo
  echo "Leak check, $LEAK_CALLS calls at $LEAK_RATE calls/s, then all timers expired and a full GC:"
  echo
  echo "- before: \`$before\`"
  echo "- after:  \`$after\`"
} | tee -a "$OUT/results.md"
echo "results: $OUT/results.md"
