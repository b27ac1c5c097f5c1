package org.aigov.kg.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The model files the tool carries inside itself (see the resources section of pom.xml): the
 * ontology with its shapes and SKOS schemes, the gazetteer and the named queries, as directories
 * readable with {@link java.nio.file.Files} whether the tool runs from its jar or from target/classes.
 *
 * <pre>Path ontology = Bundled.ontology();   // jar:file:/…/aigov-kg.jar!/bundled/ontology</pre>
 */
public final class Bundled {
    private static volatile Path root;

    private Bundled() {}

    /** ontology/*.ttl as packaged. */
    public static Path ontology() { return dir("bundled/ontology"); }

    /** data/gazetteer/*.ttl as packaged. */
    public static Path gazetteer() { return dir("bundled/gazetteer"); }

    /** queries/*.rq as packaged. */
    public static Path queries() { return dir("queries"); }

    /** A packaged directory by its path inside the jar; fails when the build did not package it. */
    public static Path dir(String name) {
        Path dir = root().resolve(name);
        if (!Files.isDirectory(dir)) throw new IllegalStateException("this build of aigov-kg carries no " + name + "/ (" + dir + ")");
        return dir;
    }

    /** True when {@code dir} is one of the packaged directories rather than a folder the user named. */
    public static boolean isBundled(Path dir) {
        return dir.getFileSystem() == root().getFileSystem() && dir.startsWith(root());
    }

    private static Path root() {
        Path r = root;
        if (r == null) {
            r = open();
            root = r;
        }
        return r;
    }

    /** The root of the jar (a zip file system, opened once) or of the classes directory the tool runs from. */
    private static Path open() {
        try {
            URI location = Bundled.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path where = Path.of(location);
            if (Files.isDirectory(where)) return where;
            URI jar = URI.create("jar:" + where.toUri());
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(jar, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(jar);
            }
            return fs.getPath("/");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the aigov-kg jar", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the aigov-kg jar", e);
        }
    }
}
