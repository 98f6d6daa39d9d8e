"""Benchmarks for circleci-api (``make bench``): a script, not timed tests.

Every benchmark compares contenders side by side in one run, interleaving them round by round so
that the noise of a shared machine hits all of them alike, and reports medians.  ``python -m bench``
prints a table and writes ``docs/benchmarks.md``.
"""
