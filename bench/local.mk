# Benchmarks (make bench).  The extraction benchmarks, with their peers run
# side by side, arrive with the gazetteer; this folder is their home.
