#!/usr/bin/env bash
# Summarises a soak.csv of bench/soak.sh (see bench/README.md "Soak").
#
#   bench/soak-summary.sh DIR/soak.csv [--from MIN]
#
# Prints the samples' span, the breaks seen, RSS/PSS at the first sample after the first break and
# at the last one, their least-squares slope in MB per hour over the samples from the first break
# on (or from --from minutes on), the same slope over the samples taken between breaks only (those
# with the fewest AWT windows in the X tree: no notice or break window open), and the range of
# threads and of AWT windows.
set -euo pipefail
csv=${1:?usage: bench/soak-summary.sh soak.csv [--from MIN]}
from=-1
[[ "${2:-}" == "--from" ]] && from=$3
awk -F, -v from="$from" '
  NR == 1 { next }
  { t = $2 / 60; rss = $3 / 1024; pss = $4 / 1024; thr = $6; br = $7; xw = $8
    if (NR == 2) { t0 = t; rss0 = rss; pss0 = pss }
    tl = t; rssl = rss; pssl = pss; brl = br
    use = (from >= 0) ? (t >= from) : (br >= 1)
    if (use) {
      if (!n) { tf = t; rssf = rss; pssf = pss }
      n++; sx += t; sy += rss; sxx += t * t; sxy += t * rss; sp += pss; sxp += t * pss
      if (thr < tmin || tmin == "") tmin = thr; if (thr > tmax) tmax = thr
      if (xw < xmin || xmin == "") xmin = xw; if (xw > xmax) xmax = xw
      if (pss < pmin || pmin == "") pmin = pss; if (pss > pmax) pmax = pss
      bt[n] = t; brss[n] = rss; bxw[n] = xw
    } }
  END {
    printf "samples %d over %.0f min; %d breaks seen\n", NR - 1, tl - t0, brl
    printf "start:            RSS %6.1f MB  PSS %6.1f MB\n", rss0, pss0
    if (n < 2) { print "fewer than 2 samples after the first break"; exit }
    d = n * sxx - sx * sx
    slope = (n * sxy - sx * sy) / d * 60; pslope = (n * sxp - sx * sp) / d * 60
    printf "from minute %.0f:   RSS %6.1f MB  PSS %6.1f MB\n", tf, rssf, pssf
    printf "last (minute %.0f): RSS %6.1f MB  PSS %6.1f MB\n", tl, rssl, pssl
    printf "slope from minute %.0f on: RSS %+.2f MB/h, PSS %+.2f MB/h (least squares, %d samples)\n", tf, slope, pslope, n
    for (i = 1; i <= n; i++) if (bxw[i] == xmin) { m++; qx += bt[i]; qy += brss[i]; qxx += bt[i] * bt[i]; qxy += bt[i] * brss[i]; ql = brss[i] }
    if (m >= 2) printf "between breaks only: RSS %+.2f MB/h (%d samples, last %.1f MB)\n", (m * qxy - qx * qy) / (m * qxx - qx * qx) * 60, m, ql
    printf "PSS range %.1f-%.1f MB; threads %d-%d; AWT windows in the X tree %d-%d\n", pmin, pmax, tmin, tmax, xmin, xmax
  }' "$csv"
