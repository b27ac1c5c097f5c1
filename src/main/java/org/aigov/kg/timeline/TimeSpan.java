package org.aigov.kg.timeline;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stretch of time a date literal names, with its precision: 2026 is the whole year, 2026-04 the month, 2026-04-15 the day. */
public record TimeSpan(LocalDate start, LocalDate end, String precision) {
    private static final Pattern DATE = Pattern.compile("(-?\\d{4,})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*|Z|[+-]\\d{2}:\\d{2})?");

    /** The span of an xsd:date, gYearMonth, gYear or dateTime lexical form (or a plain year); null when it is none of these. */
    public static TimeSpan parse(String lexical) {
        Matcher m = DATE.matcher(lexical.strip());
        if (!m.matches()) return null;
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return new TimeSpan(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), "year");
            LocalDate month = LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
            if (m.group(3) == null) return new TimeSpan(month, month.plusMonths(1), "month");
            LocalDate day = month.withDayOfMonth(Integer.parseInt(m.group(3)));
            return new TimeSpan(day, day.plusDays(1), "day");
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
