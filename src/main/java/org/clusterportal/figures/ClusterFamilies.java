package org.clusterportal.figures;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which cluster each organisation belongs to, for the question "are these two from different clusters": a
 * cluster is its own family; a member's family is the clusters it belongs to; an organisation in no cluster is a
 * family of its own. Two organisations are from different clusters when their families do not meet.
 */
final class ClusterFamilies {

    private final Set<Long> clusters;
    private final Map<Long, Set<Long>> clustersOfMember = new HashMap<>();

    /** {@code clusters}: the ids that are clusters; {@code memberships}: rows of (member id, cluster id). */
    ClusterFamilies(Set<Long> clusters, Iterable<long[]> memberships) {
        this.clusters = Set.copyOf(clusters);
        for (long[] membership : memberships) {
            clustersOfMember.computeIfAbsent(membership[0], key -> new HashSet<>()).add(membership[1]);
        }
    }

    Set<Long> familyOf(long organisation) {
        if (clusters.contains(organisation)) {
            return Set.of(organisation);
        }
        return clustersOfMember.getOrDefault(organisation, Set.of(organisation));
    }

    boolean differentClusters(long one, long other) {
        if (one == other) {
            return false;
        }
        Set<Long> family = familyOf(one);
        return familyOf(other).stream().noneMatch(family::contains);
    }
}
