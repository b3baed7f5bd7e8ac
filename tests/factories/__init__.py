"""Builders of test data shared by the tests and the benchmarks (bench/ imports them; tests never import bench/)."""
