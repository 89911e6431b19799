#!/bin/sh
set -eu
apt-get update
apt-get -y upgrade
