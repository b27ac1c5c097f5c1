package org.aigov.kg.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads durations such as {@code 10s}, {@code 1500ms}, {@code 2m}, {@code 10} (seconds) or ISO {@code PT10S}. */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("pt")) return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
        Matcher m = SIMPLE.matcher(v);
        if (!m.matches()) throw new CommandLine.TypeConversionException("not a duration: '" + value + "' (try 10s, 500ms, 2m)");
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> n;
            case "m" -> n * 60_000;
            case "h" -> n * 3_600_000;
            default -> n * 1000;
        };
        if (millis < 1) throw new CommandLine.TypeConversionException("duration must be at least 1 ms: '" + value + "'");
        return Duration.ofMillis(Math.round(millis));
    }
}
