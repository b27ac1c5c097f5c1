package org.aigov.kg.check;

import java.nio.file.Path;

/** Paths of the project and of the check fixtures, for tests run from Maven or an IDE. */
final class Fixtures {
    private Fixtures() {}

    static Path project() { return Path.of(System.getProperty("aigov.project.dir", ".")).toAbsolutePath(); }

    static Path ontologyDir() { return project().resolve("ontology"); }

    static Path shapes() { return ontologyDir().resolve("shapes.ttl"); }

    static Path file(String name) { return project().resolve("src/test/resources/check").resolve(name); }
}
