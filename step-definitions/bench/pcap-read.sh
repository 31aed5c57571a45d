#!/usr/bin/env bash
# Benchmark of the pcap reader (a script, not a timed test): generates captures of 100,000 and 1,000,000 SIP messages
# (not committed), reads each with io.sipspec.pcap.PcapReader.stream (streaming; memory must stay flat), and
# runs, in the same session, tshark on the 100,000-message file and tcpdump on the 1,000,000-message file.
# Figures: wall-clock seconds and CPU seconds (user+sys) of each process, messages (or packets) per second, peak RSS.
# Needs java 17, maven, tshark and tcpdump. Usage: step-definitions/bench/pcap-read.sh [WORKDIR]
# MVN_FLAGS (e.g. -o) is passed to Maven. READER_JAVA_OPTS are the reader's JVM options: by default a 64 MB heap (the
# reader streams: memory must not grow with the file), the serial collector and the C1 compiler only, which suit a
# short-lived command on a busy machine (C2 compiles cost more CPU than they save on 100,000 messages, and are even on
# 1,000,000); READER_JAVA_OPTS=-Xmx64m measures the default JIT.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
work="${1:-$(mktemp -d -t sipspec-pcap-bench.XXXXXX)}"
mkdir -p "$work"
bench=step-definitions/bench

mvn ${MVN_FLAGS:-} -q -B -pl step-definitions -am compile
mvn ${MVN_FLAGS:-} -q -B -pl step-definitions dependency:build-classpath -DexcludeArtifactIds=reference-stack \
  -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="step-definitions/target/classes:reference-stack/target/classes:$(cat "$work/cp.txt")"

mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$cp" "$bench/GenerateCapture.java" "$bench/PcapReadBench.java"
for n in 100000 1000000; do
  [ -s "$work/$n.pcap" ] || java -cp "$work/classes" GenerateCapture "$work/$n.pcap" "$n"
done

# One line per run: tool, file, count, wall s, cpu s, per wall s, per cpu s, peak RSS MB.
measure() { # tool file count command...
  local tool=$1 file=$2 count=$3; shift 3
  local t0 t1 stats
  t0=$(date +%s.%N)
  stats=$( { /usr/bin/time -f "%U %S %M" "$@" >"$work/$tool-$count.out"; } 2>&1 | tail -1)
  t1=$(date +%s.%N)
  awk -v tool="$tool" -v file="$(basename "$file")" -v n="$count" -v t0="$t0" -v t1="$t1" -v s="$stats" 'BEGIN {
    split(s, a, " "); wall = t1 - t0; cpu = a[1] + a[2];
    printf "%-8s %-13s %9d %8.2f %8.2f %10.0f %10.0f %8.0f\n", tool, file, n, wall, cpu, n / wall, n / cpu, a[3] / 1024 }'
}

java_read() { java $READER_JAVA_OPTS -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$work/classes:$cp" PcapReadBench "$1"; }
tshark_read() { tshark -r "$1" -Y sip -T fields -e sip.Call-ID; }
tcpdump_read() { tcpdump -r "$1" -nn; }
export -f java_read tshark_read tcpdump_read
READER_JAVA_OPTS="${READER_JAVA_OPTS:--Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
export cp bench work READER_JAVA_OPTS

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; reader JVM: $READER_JAVA_OPTS"
printf "%-8s %-13s %9s %8s %8s %10s %10s %8s\n" tool file count "wall s" "cpu s" "/wall s" "/cpu s" "RSS MB"
r100=$(measure ours 100000.pcap 100000 bash -c 'java_read "$0"' "$work/100000.pcap"); echo "$r100"
r1m=$(measure ours 1000000.pcap 1000000 bash -c 'java_read "$0"' "$work/1000000.pcap"); echo "$r1m"
measure tshark 100000.pcap 100000 bash -c 'tshark_read "$0" 2>/dev/null' "$work/100000.pcap"
measure tcpdump 1000000.pcap 1000000 bash -c 'tcpdump_read "$0" 2>/dev/null' "$work/1000000.pcap"
# Every reader's count is checked: ours extracts every message, tshark prints a line per SIP frame, tcpdump per packet.
for f in ours-100000:100000 ours-1000000:1000000; do
  got=$(awk '{print $2}' "$work/${f%%:*}.out")
  [ "$got" = "${f##*:}" ] || { echo "our reader found $got messages in ${f##*:}" >&2; exit 1; }
done
for n in 100000 1000000; do
  awk -v n="$n" '{ printf "ours, timed inside the JVM (no start-up): %d messages in %.2f s wall (%.0f/s), %.2f s cpu of the reading thread (%.0f/s)\n", n, $3, $4, $6, n / $6 }' "$work/ours-$n.out"
done
echo "counts: tshark $(wc -l < "$work/tshark-100000.out") lines, tcpdump $(wc -l < "$work/tcpdump-1000000.out") lines"
awk -v a="$r100" -v b="$r1m" 'BEGIN { split(a, x, " "); split(b, y, " ");
  printf "ours, 1M vs 100k: %.1fx the wall time, %.1fx the cpu time (linear: 10x; the limit is 12x)\n", y[4] / x[4], y[5] / x[5] }'
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at end; captures in $work"
