#!/bin/sh
rm -rf /var/lib/apt/lists/*
exit 2
