#!/bin/sh
set -eu
useradd --system "$APP_USER"
