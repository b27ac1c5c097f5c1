package org.aigov.kg.ontology;

import java.nio.file.Path;
import java.util.List;
import org.aigov.kg.check.OntologyFiles;

/** Where the project's files are, for tests run from Maven or an IDE. */
final class OntologyDir {
    private OntologyDir() {}

    static Path project() { return Path.of(System.getProperty("aigov.project.dir", ".")).toAbsolutePath(); }

    static Path dir() { return project().resolve("ontology"); }

    static Path ontology() { return dir().resolve("aigov.ttl"); }

    /** The ontology and the SKOS schemes (shapes.ttl is a check, not part of the ontology). */
    static List<Path> knowledgeFiles() { return OntologyFiles.files(dir()); }
}
