package org.aigov.kg.security;

import org.apache.jena.query.QueryCancelledException;

/**
 * Text that stops being readable at a deadline: a backtracking regex reads characters all the
 * time, so this is the one place where a runaway match (REGEX(?x, "(.*a){12}x")) can be cut off.
 */
final class DeadlineCharSequence implements CharSequence {
    private final String text;
    private final long deadlineNanos;
    private int reads;

    DeadlineCharSequence(String text, long deadlineNanos) {
        this.text = text;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        // Look at the clock every 4096 reads only: charAt is the regex engine's inner loop.
        if ((++reads & 0xFFF) == 0 && System.nanoTime() - deadlineNanos > 0) {
            throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() { return text.length(); }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineCharSequence(text.substring(start, end), deadlineNanos);
    }

    @Override
    public String toString() { return text; }
}
