#!/bin/sh
set -eu
echo "hardening $PACKER_BUILD_NAME"
