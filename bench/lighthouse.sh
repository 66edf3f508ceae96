# Figure 6 (sourced by bench/run.sh): Lighthouse (default mobile settings, simulated throttling) in Debian's headless
# Chromium on the event list, an event page, the seat page of a numbered performance (its plan and the list view are
# one page) and the checkout page. The checkout needs a cart: a visitor adds a ticket over HTTP and its cookies go to
# Lighthouse as an extra Cookie header. BENCH_EVENT_PATH (event/1001) names the event; its seat page is that path + /seats.

lighthouse_page() { # name url [extra-headers file]
  local out="$RAW/lighthouse-$1.json"
  local args=("$2" --quiet "--chrome-flags=$CHROME_FLAGS" --only-categories=performance,accessibility
    --output=json "--output-path=$out")
  if [ -n "${3:-}" ]; then args+=("--extra-headers=$3"); fi
  echo "==> lighthouse $2"
  "$TOOLS/node_modules/.bin/lighthouse" "${args[@]}"
  node "$BENCH/lighthouse-report.js" "$out" "$1" >>"$WORK/lighthouse.md"
  read -r LH_PERFORMANCE LH_ACCESSIBILITY < <(node "$BENCH/lighthouse-report.js" "$out" --scores)
}

lighthouse_verdict() { # performance accessibility
  local misses=()
  [ "$1" -ge 95 ] || misses+=("performance by $((95 - $1))")
  [ "$2" -ge 100 ] || misses+=("accessibility by $((100 - $2))")
  if [ "${#misses[@]}" -eq 0 ]; then echo "met"; else echo "**missed**: $(IFS=,; echo "${misses[*]}" | sed 's/,/, /g')"; fi
}

lighthouse_figure() { # label (after "6. Lighthouse, "), from the last lighthouse_page
  figure "6. Lighthouse, $1" "performance $LH_PERFORMANCE, accessibility $LH_ACCESSIBILITY" \
    "performance ≥ 95, accessibility 100" "$(lighthouse_verdict "$LH_PERFORMANCE" "$LH_ACCESSIBILITY")"
}

lighthouse_pages() {
  local cookie headers="$WORK/lighthouse-headers.json" event="${BENCH_EVENT_PATH:-event/1001}"
  : >"$WORK/lighthouse.md"

  lighthouse_page "event-list" "$APP_URL/"
  lighthouse_figure "event list \`/\`"

  lighthouse_page "event" "$APP_URL/$event"
  lighthouse_figure "event page \`/$event\`"

  # A numbered performance of the sandbox's hall: the server-drawn plan (SVG) with the list view below it, one URL.
  lighthouse_page "seats" "$APP_URL/$event/seats"
  lighthouse_figure "seat page \`/$event/seats\` (plan and list)"

  cookie="$(bench_tool cart-cookie --count 5)"
  node -e 'process.stdout.write(JSON.stringify({ Cookie: process.argv[1] }))' "$cookie" >"$headers"
  lighthouse_page "checkout" "$APP_URL/checkout" "$headers"
  lighthouse_figure "checkout \`/checkout\` (with a cart)"

  details <<EOF
### 6. Lighthouse

Lighthouse $LIGHTHOUSE_VERSION with its default settings (mobile form factor, simulated slow-4G and 4× CPU throttling)
in Debian's headless Chromium (\`$CHROME_FLAGS\`), on the programme, an event page, the seat page of that numbered
performance (the plan drawn on the server as SVG, with the list view on the same page) and the checkout. The checkout
page is opened with the cookies of a visitor who added one ticket over HTTP (\`--extra-headers\`). Full reports:
\`bench/results/raw/lighthouse-*.json\`.

$(cat "$WORK/lighthouse.md")
EOF
}
