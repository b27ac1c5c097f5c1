package org.aigov.kg.bench;

import java.nio.file.Path;

/** Our TDB2 build path as the benchmark sees it: load an N-Quads file into a fresh store directory. */
@FunctionalInterface
public interface StoreLoad {
    /** Loads nquads into a new database under dir; returns the quads stored. */
    long load(Path dir, Path nquads);
}
