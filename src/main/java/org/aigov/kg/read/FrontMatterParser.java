package org.aigov.kg.read;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aigov.kg.BadInputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Splits optional YAML front matter ("---" … "---") off a statement and reads its known keys. */
public final class FrontMatterParser {
    private static final Set<String> KNOWN = Set.of("id", "title", "date", "place", "source", "language", "parties");

    /** The parsed front matter and where the Markdown body begins. */
    public record Result(FrontMatter meta, int bodyStart, List<String> warnings) {}

    private FrontMatterParser() {}

    public static Result parse(Path file, String text) {
        if (!(text.startsWith("---\n") || text.startsWith("---\r\n"))) return new Result(FrontMatter.NONE, 0, List.of());
        int yamlStart = text.indexOf('\n') + 1;
        int close = findClosingLine(text, yamlStart);
        if (close < 0) {
            throw new BadInputException(file, 1, "front matter opened with '---' is never closed by a '---' line");
        }
        String yaml = text.substring(yamlStart, close);
        int bodyStart = text.indexOf('\n', close);
        bodyStart = bodyStart < 0 ? text.length() : bodyStart + 1;
        Object parsed = load(file, yaml);
        if (parsed == null) return new Result(FrontMatter.NONE, bodyStart, List.of());
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new BadInputException(file, 2, "front matter must be a YAML mapping of keys (title, date, place, source, language, parties)");
        }
        List<String> warnings = new ArrayList<>();
        Map<String, Object> unknown = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!KNOWN.contains(key)) {
                unknown.put(key, e.getValue());
                warnings.add(file + ":" + lineOfKey(text, yamlStart, close, key) + ": unknown front-matter key '" + key
                        + "' ignored (known: " + String.join(", ", KNOWN.stream().sorted().toList()) + ")");
            }
        }
        FrontMatter meta = new FrontMatter(str(file, map, "id"), str(file, map, "title"), date(file, map.get("date")),
                str(file, map, "place"), str(file, map, "source"), str(file, map, "language"),
                list(file, map.get("parties")), unknown);
        return new Result(meta, bodyStart, warnings);
    }

    private static int findClosingLine(String text, int from) {
        int pos = from;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            String line = (eol < 0 ? text.substring(pos) : text.substring(pos, eol)).stripTrailing();
            if (line.equals("---") || line.equals("...")) return pos;
            if (eol < 0) return -1;
            pos = eol + 1;
        }
        return -1;
    }

    private static Object load(Path file, String yaml) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 2; // +1 for 1-based, +1 for the opening '---'
            throw new BadInputException(file, line, "malformed front matter: " + firstLine(e.getProblem()));
        } catch (YAMLException e) {
            throw new BadInputException(file, 1, "malformed front matter: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable YAML";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static int lineOfKey(String text, int from, int to, String key) {
        int at = text.substring(from, to).indexOf(key + ":");
        return SourceText.lineAt(text, at < 0 ? from : from + at);
    }

    private static String str(Path file, Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v == null) return null;
        if (v instanceof Map || v instanceof List) {
            throw new BadInputException(file, "front-matter key '" + key + "' must be a single value, not a list or mapping");
        }
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? null : s;
    }

    private static String date(Path file, Object v) {
        if (v == null) return null;
        if (v instanceof Date d) return DateTimeFormatter.ISO_LOCAL_DATE.format(d.toInstant().atZone(ZoneOffset.UTC));
        String s = String.valueOf(v).strip();
        if (!s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new BadInputException(file, "front-matter date '" + s + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return s;
    }

    private static List<String> list(Path file, Object v) {
        if (v == null) return List.of();
        if (v instanceof List<?> l) return l.stream().map(x -> String.valueOf(x).strip()).filter(x -> !x.isEmpty()).toList();
        if (v instanceof Map) throw new BadInputException(file, "front-matter key 'parties' must be a list of names");
        return Arrays.stream(String.valueOf(v).split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
