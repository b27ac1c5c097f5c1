package org.aigov.kg.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Compares groups of entities by name: each gold entity must pair with its own predicted entity. */
final class NameSets {
    private NameSets() {}

    /** True when the two groups pair off one-to-one by name (same size, every member matched). */
    static boolean sameSet(List<Set<String>> gold, List<Set<String>> predicted) {
        List<Set<String>> distinctPredicted = distinct(predicted);
        if (gold.size() != distinctPredicted.size()) {
            return false;
        }
        return pairs(gold, distinctPredicted, 0, new boolean[distinctPredicted.size()]);
    }

    /** True when every gold member pairs with a distinct predicted member (predicted may have more). */
    static boolean covers(List<Set<String>> predicted, List<Set<String>> gold) {
        List<Set<String>> p = distinct(predicted);
        return gold.size() <= p.size() && pairs(gold, p, 0, new boolean[p.size()]);
    }

    // Backtracking is fine: agreements and actors have a handful of members.
    private static boolean pairs(List<Set<String>> gold, List<Set<String>> predicted, int i, boolean[] used) {
        if (i == gold.size()) {
            return true;
        }
        for (int j = 0; j < predicted.size(); j++) {
            if (!used[j] && Names.sameEntity(gold.get(i), predicted.get(j))) {
                used[j] = true;
                if (pairs(gold, predicted, i + 1, used)) {
                    return true;
                }
                used[j] = false;
            }
        }
        return false;
    }

    private static List<Set<String>> distinct(List<Set<String>> sets) {
        List<Set<String>> out = new ArrayList<>();
        for (Set<String> s : sets) {
            if (out.stream().noneMatch(o -> o.equals(s))) {
                out.add(s);
            }
        }
        return out;
    }

    static String show(Collection<Set<String>> sets) {
        List<String> parts = new ArrayList<>();
        for (Set<String> s : sets) {
            parts.add(s.isEmpty() ? "(unnamed)" : Names.show(s).split(" \\| ")[0]);
        }
        return parts.isEmpty() ? "(none)" : String.join(", ", parts);
    }
}
