package org.clusterportal.figures;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Adds up the grouped rows of the link queries (kind, one organisation, the other, how many) into one entry per
 * unordered pair of organisations from different clusters: a pair met as (a, b) and as (b, a) is one link.
 */
final class LinkTally {

    /** A pair, the smaller id first. */
    record Pair(long first, long second) {
        static Pair of(long one, long other) {
            return one < other ? new Pair(one, other) : new Pair(other, one);
        }
    }

    static final class Entry {
        private final Set<LinkKind> kinds = EnumSet.noneOf(LinkKind.class);
        private long weight;

        Set<LinkKind> kinds() {
            return kinds;
        }

        long weight() {
            return weight;
        }
    }

    private final ClusterFamilies families;
    private final Map<Pair, Entry> entries = new LinkedHashMap<>();

    LinkTally(ClusterFamilies families) {
        this.families = families;
    }

    /** Counts {@code times} things of the kind between the two; pairs within one cluster, or of one organisation, are no link. */
    void add(LinkKind kind, long one, long other, long times) {
        if (times <= 0 || !families.differentClusters(one, other)) {
            return;
        }
        Entry entry = entries.computeIfAbsent(Pair.of(one, other), key -> new Entry());
        entry.kinds.add(kind);
        entry.weight += times;
    }

    Map<Pair, Entry> entries() {
        return entries;
    }
}
