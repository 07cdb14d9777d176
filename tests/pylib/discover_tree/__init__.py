# Test files for unittest_discover.py to discover; a package, so the corpus runner does not run
# them itself. Each folder holds one module a given pattern matches, so the output does not
# depend on the order the file system lists entries in.
