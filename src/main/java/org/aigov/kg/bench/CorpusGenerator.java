package org.aigov.kg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a synthetic corpus of joint statements in Markdown, recombining the seed's sentence
 * patterns with varied parties, forums, initiatives, numbers and dates; the same seed gives the
 * same bytes on every machine.
 *
 * <pre>new CorpusGenerator(42).write(1000, Path.of("target/bench/corpus-1000"));</pre>
 */
public final class CorpusGenerator {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private final long seed;
    private final CorpusPatterns patterns;

    public CorpusGenerator(long seed) {
        this(seed, CorpusPatterns.load());
    }

    public CorpusGenerator(long seed, CorpusPatterns patterns) {
        this.seed = seed;
        this.patterns = patterns;
    }

    /** File name of statement number i (1-based). */
    public static String fileName(int i) {
        return String.format(Locale.ROOT, "synthetic-%05d.md", i);
    }

    /** Writes statements 1..count into dir (created if needed); returns the total bytes written. */
    public long write(int count, Path dir) throws IOException {
        Files.createDirectories(dir);
        long bytes = 0;
        for (int i = 1; i <= count; i++) {
            byte[] text = statement(i).getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(fileName(i)), text);
            bytes += text.length;
        }
        return bytes;
    }

    /** The Markdown text of statement number i; depends only on the seed and i. */
    public String statement(int i) {
        // Each statement has its own generator, so statement i is the same whatever the count.
        Random random = new Random(seed * 1_000_003L + i);
        return new StatementWriter(random).write();
    }

    /** Draws the entities of one statement and fills its sentence patterns. */
    private final class StatementWriter {
        private final Random random;
        private final String[] partyA;
        private final String[] partyB;
        private final List<NamedThing> initiatives = new ArrayList<>();
        private final List<NamedThing> frameworks = new ArrayList<>();
        private final List<String> summits = new ArrayList<>();
        private final List<String> institutes = new ArrayList<>();
        private final int year;
        private final String ordinal;

        StatementWriter(Random random) {
            this.random = random;
            List<String> countries = patterns.list("country");
            int a = random.nextInt(countries.size());
            int b = (a + 1 + random.nextInt(countries.size() - 1)) % countries.size();
            partyA = countries.get(a).split("\\|");
            partyB = countries.get(b).split("\\|");
            year = 2024 + random.nextInt(7);
            // One ordinal per statement: "the first X Dialogue" and "the third X Dialogue" in one text
            // would be two events under one name, which the loader (rightly) rejects as contradictory.
            ordinal = pick("ordinal");
            int n = 2 + random.nextInt(3);
            for (int k = 0; k < n; k++) initiatives.add(new NamedThing(initiativeName()));
            for (int k = 0; k < n; k++) frameworks.add(new NamedThing(frameworkName()));
            for (int k = 0; k < 2; k++) summits.add(pick("city") + " " + pick("event-kind"));
            for (int k = 0; k < 2; k++) institutes.add(instituteName());
        }

        String write() {
            StringBuilder md = new StringBuilder(6000);
            md.append("\n\n## **").append(bare(partyA[0])).append(" \u2013 ").append(bare(partyB[0]))
              .append(" Joint Statement on cooperation in ").append(pick("topic")).append("**\n\n");
            List<String> intro = new ArrayList<>(patterns.list("intro"));
            String opening = intro.remove(0); // names both parties, as real statements open
            md.append(fill(opening)).append(' ');
            for (int p = 0; p < 2; p++) paragraph(md, intro, 2 + random.nextInt(2));
            int sections = 2 + random.nextInt(2);
            List<String> areas = new ArrayList<>(patterns.list("area"));
            for (int s = 1; s <= sections; s++) {
                md.append("### **").append(s).append(". ").append(takeRandom(areas)).append("**\n\n");
                List<String> body = new ArrayList<>(patterns.list("body"));
                int paragraphs = 2 + random.nextInt(2);
                for (int p = 0; p < paragraphs; p++) paragraph(md, body, 2 + random.nextInt(2));
            }
            paragraph(md, new ArrayList<>(patterns.list("closing")), 1);
            md.append("\\*\\*\\*\\*\\*");
            return md.toString();
        }

        private void paragraph(StringBuilder md, List<String> pool, int sentences) {
            for (int k = 0; k < sentences && !pool.isEmpty(); k++) {
                if (k > 0) md.append(' ');
                md.append(fill(takeRandom(pool)));
            }
            md.append("\n\n");
        }

        private String fill(String pattern) {
            String actors = pick("actors");
            List<String> forums = distinct("forum", 3);
            List<String> topics = distinct("topic", 3);
            List<String> regions = distinct("region", 2);
            List<String> companies = distinct("company", 2);
            Matcher m = PLACEHOLDER.matcher(pattern);
            StringBuilder out = new StringBuilder(pattern.length() + 100);
            while (m.find()) {
                String value = switch (m.group(1)) {
                    case "A" -> partyA[0];
                    case "B" -> partyB[0];
                    case "adjA" -> partyA[1];
                    case "adjB" -> partyB[1];
                    case "actors" -> actors;
                    case "actorsLower" -> Character.toLowerCase(actors.charAt(0)) + actors.substring(1);
                    case "strong" -> pick("strong");
                    case "endorse" -> pick("endorse");
                    case "ack" -> pick("ack");
                    case "encourage" -> pick("encourage");
                    case "agree" -> pick("agree");
                    case "forum" -> forums.get(0);
                    case "forum2" -> forums.get(1);
                    case "forum3" -> forums.get(2);
                    case "topic" -> topics.get(0);
                    case "topic2" -> topics.get(1);
                    case "topic3" -> topics.get(2);
                    case "region" -> regions.get(0);
                    case "region2" -> regions.get(1);
                    case "company" -> companies.get(0);
                    case "company2" -> companies.get(1);
                    case "initiative" -> mention(initiatives);
                    case "framework" -> mention(frameworks);
                    case "summit" -> summits.get(random.nextInt(summits.size()));
                    case "dialogue" -> pick("event-kind");
                    case "institute" -> institutes.get(0);
                    case "institute2" -> institutes.get(1);
                    case "month" -> pick("month");
                    case "year" -> Integer.toString(year - random.nextInt(2));
                    case "targetYear" -> Integer.toString(year + 3 + random.nextInt(5));
                    case "number" -> Integer.toString((1 + random.nextInt(40)) * 25);
                    case "ordinal" -> ordinal;
                    case "personA", "personB" -> pick("given-name") + " " + pick("family-name");
                    default -> throw new IllegalStateException("unknown placeholder " + m.group());
                };
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            String s = out.toString();
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        /** First mention defines "Full Name (ACR)"; later ones use the full name or the acronym. */
        private String mention(List<NamedThing> things) {
            NamedThing t = things.get(random.nextInt(things.size()));
            if (!t.defined) {
                t.defined = true;
                return t.name + " (" + t.acronym + ")";
            }
            return random.nextBoolean() ? t.acronym : t.name;
        }

        private String initiativeName() {
            String prefix = random.nextInt(3) == 0 ? bare(partyA[0]) + "-" + bare(partyB[0]) + " " : "";
            return prefix + pick("adjective") + " " + pick("subject") + " " + pick("initiative-head");
        }

        private String frameworkName() {
            return pick("adjective") + " " + pick("subject") + " " + pick("framework-head");
        }

        private String instituteName() {
            return partyA[1] + " " + pick("institute-field") + " " + pick("institute-head");
        }

        private String pick(String section) {
            List<String> l = patterns.list(section);
            return l.get(random.nextInt(l.size()));
        }

        private List<String> distinct(String section, int n) {
            List<String> pool = new ArrayList<>(patterns.list(section));
            List<String> out = new ArrayList<>(n);
            for (int k = 0; k < n; k++) out.add(takeRandom(pool));
            return out;
        }

        private String takeRandom(List<String> pool) {
            return pool.remove(random.nextInt(pool.size()));
        }
    }

    /** "the Netherlands" → "Netherlands" where a title or compound name needs the bare name. */
    private static String bare(String country) {
        return country.startsWith("the ") ? country.substring(4) : country;
    }

    /** A discovered entity of one statement: its full name, acronym and whether it was defined yet. */
    private static final class NamedThing {
        final String name;
        final String acronym;
        boolean defined;

        NamedThing(String name) {
            this.name = name;
            StringBuilder a = new StringBuilder();
            for (String word : name.split("[ -]+")) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) a.append(word.charAt(0));
            }
            this.acronym = a.toString();
        }
    }
}
