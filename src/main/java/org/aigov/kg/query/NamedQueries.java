package org.aigov.kg.query;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aigov.kg.BadInputException;

/**
 * The analysts' query library: every {@code .rq} file of a directory, found by name.
 *
 * <pre>
 * NamedQueries library = NamedQueries.standard();          // the copy bundled in the jar
 * NamedQuery forums = library.resolve("forums");           // or a path: library.resolve("my.rq")
 * </pre>
 */
public final class NamedQueries {
    /** Where the jar carries its copy of queries/ (see the resources section of pom.xml). */
    public static final String BUNDLED = "queries";

    private final Map<String, NamedQuery> byName;
    private final String origin;

    private NamedQueries(Map<String, NamedQuery> byName, String origin) {
        this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
        this.origin = origin;
    }

    /** The queries bundled in the jar (queries/ of the source tree), wherever the tool runs. */
    public static NamedQueries standard() {
        return bundled();
    }

    /** Every {@code *.rq} file directly in {@code dir}, by file name without the extension. */
    public static NamedQueries fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) throw new BadInputException(dir, "no such query directory");
        try (Stream<Path> files = Files.list(dir)) {
            Map<String, NamedQuery> map = new TreeMap<>();
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                NamedQuery q = load(f, f.toString());
                map.put(q.name(), q);
            }
            return new NamedQueries(map, dir.toString());
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list queries: " + e.getMessage());
        }
    }

    /** The copy of queries/ packaged on the class path (in the jar, or target/classes in a build). */
    public static NamedQueries bundled() {
        Map<String, NamedQuery> map = new TreeMap<>();
        try {
            // several class-path entries may have a "queries" folder (tests have one): merge those holding .rq files
            var urls = NamedQueries.class.getClassLoader().getResources(BUNDLED);
            while (urls.hasMoreElements()) {
                URI uri = urls.nextElement().toURI();
                Path dir;
                if ("jar".equals(uri.getScheme())) {
                    FileSystem fs;
                    try {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException e) {
                        fs = FileSystems.getFileSystem(uri);
                    }
                    dir = fs.getPath("/" + BUNDLED);
                } else {
                    dir = Path.of(uri);
                }
                read(dir, "bundled:" + BUNDLED + "/").forEach(map::putIfAbsent);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the bundled queries", e);
        }
        return new NamedQueries(map, "bundled:" + BUNDLED + "/");
    }

    private static Map<String, NamedQuery> read(Path dir, String sourcePrefix) throws IOException {
        Map<String, NamedQuery> map = new TreeMap<>();
        if (!Files.isDirectory(dir)) return map;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                NamedQuery q = load(f, sourcePrefix + f.getFileName());
                map.put(q.name(), q);
            }
        }
        return map;
    }

    /** One {@code .rq} file, wherever it is; its name is the file name without {@code .rq}. */
    public static NamedQuery load(Path file) {
        return load(file, file.toString());
    }

    private static NamedQuery load(Path file, String source) {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return QueryHeader.read(name, readUtf8(file, source), source);
    }

    private static String readUtf8(Path file, String source) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString()
                    .replaceFirst("^\uFEFF", ""); // a byte-order mark would hide the header
        } catch (NoSuchFileException e) {
            throw new BadInputException(source, "no such query file");
        } catch (CharacterCodingException e) {
            throw new BadInputException(source, "not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException(source, "cannot read: " + e.getMessage());
        }
    }

    /** All queries, by name. */
    public List<NamedQuery> all() {
        return new ArrayList<>(byName.values());
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** Where the queries were read from (a directory, or {@code bundled:queries/}). */
    public String origin() {
        return origin;
    }

    /** A query by name; an unknown name is bad input that suggests the closest names. */
    public NamedQuery get(String name) {
        NamedQuery q = byName.get(name);
        if (q != null) return q;
        List<String> close = closeNames(name);
        String hint = close.isEmpty()
                ? "; 'aigov query --list' shows them all"
                : "; did you mean " + close.stream().map(s -> "'" + s + "'").collect(Collectors.joining(" or ")) + "?";
        throw new BadInputException(name, "no query of this name in " + origin + hint);
    }

    /** A file path when the argument names an existing file or ends in {@code .rq}, else a query name. */
    public NamedQuery resolve(String nameOrFile) {
        if (nameOrFile.endsWith(".rq") || nameOrFile.contains("/") || nameOrFile.contains("\\")) {
            Path file = Path.of(nameOrFile);
            if (Files.isRegularFile(file) || nameOrFile.endsWith(".rq")) return load(file);
        }
        return get(nameOrFile);
    }

    /** Names within a small edit distance, or that contain the text asked for, closest first. */
    List<String> closeNames(String wanted) {
        String w = wanted.toLowerCase(java.util.Locale.ROOT);
        return byName.keySet().stream()
                .map(n -> Map.entry(n, n.contains(w) || w.contains(n) ? 0 : distance(w, n)))
                .filter(e -> e.getValue() <= Math.max(2, w.length() / 3))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Levenshtein distance: enough to catch typos like "forum" or "agreemnts". */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
