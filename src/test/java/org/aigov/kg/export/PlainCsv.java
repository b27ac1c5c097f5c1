package org.aigov.kg.export;

import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader for tests, written from the RFC and not from our writer. */
final class PlainCsv {
    private PlainCsv() {}

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(field.toString()); field.setLength(0); any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(field.toString()); field.setLength(0);
                rows.add(row); row = new ArrayList<>(); any = false;
            } else {
                field.append(c); any = true;
            }
        }
        if (any || field.length() > 0) { row.add(field.toString()); rows.add(row); }
        return rows;
    }
}
