package org.aigov.kg.server;

/**
 * One line of plain text from an error message: Fuseki's parse errors span several lines (the
 * error, then "Was expecting one of:" and every token); a refusal should be one readable line.
 */
final class PlainReason {
    static final int MAX_CHARS = 300;

    private PlainReason() {}

    static String oneLine(String message) {
        if (message == null) return "Bad request.";
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\\R")) {
            if (line.strip().startsWith("Was expecting")) break;
            if (!line.isBlank()) out.append(out.length() == 0 ? "" : " ").append(line.strip());
        }
        String s = out.toString().replaceAll("\\s+", " ");
        return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS - 1) + "…";
    }
}
