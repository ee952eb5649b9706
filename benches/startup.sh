#!/usr/bin/env bash
# Start-up cost of `permq can`: the embedded matrix (prepared at build time,
# no YAML at run time) against the same matrix read with --matrix (parsed and
# validated at run time). Counts instructions with callgrind, which is
# repeatable on a shared, noisy machine; prints both and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/permq
question=(can --role standard --tool rfi --action edit --creator)
count() {
  local out
  out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$out" "$@" >/dev/null 2>"$out.log" || true
  grep -m1 -o 'Collected : [0-9]*' "$out.log" | grep -o '[0-9]*'
  rm -f "$out" "$out.log"
}
embedded=$(count "$bin" "${question[@]}")
loaded=$(count "$bin" --matrix matrix "${question[@]}")
help=$(count "$bin" --version)
echo "instructions, permq --version:          $help"
echo "instructions, can (embedded matrix):    $embedded"
echo "instructions, can (--matrix matrix):    $loaded"
awk -v a="$loaded" -v b="$embedded" 'BEGIN { printf "ratio --matrix / embedded:              %.1fx\n", a / b }'
# A whole-template audit decodes every tool of the scope: its cost grows with
# the matrix, as it must, while the single question above does not.
audit=(what --template examples/templates/subcontractor.yaml --format csv)
audit_embedded=$(count "$bin" "${audit[@]}")
audit_loaded=$(count "$bin" --matrix matrix "${audit[@]}")
echo "instructions, what --template (embedded):  $audit_embedded"
echo "instructions, what --template (--matrix):  $audit_loaded"
awk -v a="$audit_embedded" -v b="$embedded" 'BEGIN { printf "ratio audit / one question (embedded):    %.1fx\n", a / b }'
