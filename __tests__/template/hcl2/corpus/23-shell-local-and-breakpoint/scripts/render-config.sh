#!/bin/bash
set -euo pipefail
mkdir -p build-output
echo "target=$TARGET" > build-output/config
