"""Benchmarks: `python -m tests.bench [NAME]`; each prints `name: value unit` lines."""
