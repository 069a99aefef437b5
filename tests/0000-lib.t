#!/bin/sh
# C unit tests of the shared library (tests/unit/libtest.c).
exec "$(dirname "$0")/unit/libtest"
