package org.aigov.kg.server;

import java.util.Locale;

/**
 * How much heap the server's queries may hold: in total, how many queries run at once, and so
 * each query's share ({@code total / maxConcurrent}).
 */
public record MemoryBudget(long totalBytes, int maxConcurrent) {
    /** Without {@code --max-heap}, queries may hold this fraction of the JVM's maximum heap (the rest is the data and the server). */
    public static final double DEFAULT_FRACTION = 0.5;
    public static final int DEFAULT_MAX_CONCURRENT = 16;

    public MemoryBudget {
        if (totalBytes <= 0) throw new IllegalArgumentException("the heap budget must be positive: " + totalBytes);
        if (maxConcurrent <= 0) throw new IllegalArgumentException("the number of concurrent queries must be positive: " + maxConcurrent);
    }

    /** The budget for this JVM: {@code explicitBytes} when positive, else {@value #DEFAULT_FRACTION} of the maximum heap. */
    public static MemoryBudget forThisJvm(long explicitBytes, int maxConcurrent) {
        long total = explicitBytes > 0 ? explicitBytes : (long) (Runtime.getRuntime().maxMemory() * DEFAULT_FRACTION);
        return new MemoryBudget(total, maxConcurrent);
    }

    public long perQueryBytes() { return Math.max(1, totalBytes / maxConcurrent); }

    /** One line for the startup banner. */
    public String describe() {
        return String.format(Locale.ROOT, "Heap budget: queries may hold %s in total (JVM maximum heap %s), %d at once, %s each",
                mb(totalBytes), mb(Runtime.getRuntime().maxMemory()), maxConcurrent, mb(perQueryBytes()));
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
