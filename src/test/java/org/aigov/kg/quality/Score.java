package org.aigov.kg.quality;

import java.util.List;

/** Counts of one category of one statement, with the reasons for every error, and precision/recall/F1. */
record Score(String category, int tp, int fp, int fn, List<String> misses) {

    /** Share of predictions that are right; with no predictions, 1 if nothing was expected, else 0. */
    double precision() {
        if (tp + fp == 0) {
            return fn == 0 ? 1.0 : 0.0;
        }
        return (double) tp / (tp + fp);
    }

    /** Share of the gold that was found; 1 when there was nothing to find. */
    double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    int gold() { return tp + fn; }

    boolean exact() { return fp == 0 && fn == 0; }
}
