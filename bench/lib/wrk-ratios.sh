# Sourced by the REST benchmarks: each path measured under wrk right after /q/health/live, ROUNDS times, and the
# median of those ratios printed with the service's CPU per request (utime + stime of its JVM over the run), which the
# machine's drift disturbs far less than req/s. The caller sets: seconds, rounds, warmup, token, pid (the service's
# JVM; empty if unknown) and health_url, and calls: measure_paths "NAME URL GOAL LABEL" ...
wrk_run() { # URL -> "req/s cpu-µs-per-request" (2 threads, 32 connections; a JIT-cold search can take > wrk's 2 s)
  local before after out
  before="$(wrk_cpu)"
  out="$(wrk -t2 -c32 -d"${seconds}s" --timeout 10s -H "Authorization: Bearer $token" "$1")"
  after="$(wrk_cpu)"
  echo "$out" | awk -v ticks="$((after - before))" -v hz="$(getconf CLK_TCK)" \
    '/requests in/ {n = $1} /Requests\/sec/ {r = $2} END {printf "%s %.0f\n", r + 0, n ? ticks * 1e6 / hz / n : 0}'
}
wrk_cpu() { { [ -n "$pid" ] && awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null; } || echo 0; }

measure_paths() { # each argument: "NAME URL GOAL LABEL..." (GOAL: the ratio to health to reach)
  local spec name url results="" goals=""
  if [ "$warmup" -gt 0 ]; then # each path compiled by the JIT before it is measured
    for spec in "$@"; do
      read -r name url _ <<<"$spec"
      wrk -t2 -c32 -d"$((warmup / ($# + 1) + 1))s" -H "Authorization: Bearer $token" "$url" > /dev/null
    done
    wrk -t2 -c32 -d"$((warmup / ($# + 1) + 1))s" "$health_url" > /dev/null
  fi
  for round in $(seq 1 "$rounds"); do
    for spec in "$@"; do
      read -r name url _ <<<"$spec"
      results+="$round $name health $(wrk_run "$health_url")"$'\n'
      results+="$round $name path $(wrk_run "$url")"$'\n'
    done
  done
  for spec in "$@"; do
    read -r name _ goal label <<<"$spec"
    goals+="$name $goal $label"$'\n'
  done
  RESULTS="$results" GOALS="$goals" python3 - <<'PY'
import os, statistics
rows = [line.split() for line in os.environ["RESULTS"].strip().splitlines()]
for name, goal, label in (line.split(None, 2) for line in os.environ["GOALS"].strip().splitlines()):
    goal = float(goal)
    pairs = {}
    for r, n, kind, rate, cpu in rows:
        if n == name:
            pairs.setdefault(r, {})[kind] = (float(rate), float(cpu))
    ratios = sorted(p["path"][0] / p["health"][0] for p in pairs.values())
    ratio = statistics.median(ratios)
    cpu_path = statistics.median(p["path"][1] for p in pairs.values())
    cpu_health = statistics.median(p["health"][1] for p in pairs.values())
    print("%-9s %6.0f req/s  %.2f x health (rounds: %s; goal >= %.2f: %s)  CPU %4.0f us/request (health %3.0f)" % (
        label, statistics.median(p["path"][0] for p in pairs.values()), ratio, " ".join("%.2f" % x for x in ratios),
        goal, "met" if ratio >= goal else "not met", cpu_path, cpu_health))
print("health    %6.0f req/s  (median of the %d runs)" % (
    statistics.median(float(r[3]) for r in rows if r[2] == "health"), sum(1 for r in rows if r[2] == "health")))
PY
}
