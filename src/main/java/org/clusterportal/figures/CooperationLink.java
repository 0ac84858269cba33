package org.clusterportal.figures;

import java.util.Set;

/**
 * Two organisations of different clusters that did something together in the period: what they did and how
 * often (the weight). The network graph draws one edge per link. The getters are for the pages (EL reads no
 * record components).
 */
public record CooperationLink(long orgAId, String orgAName, String orgACluster, long orgBId, String orgBName, String orgBCluster,
        Set<LinkKind> kinds, long weight) {

    public long getOrgAId() {
        return orgAId;
    }

    public String getOrgAName() {
        return orgAName;
    }

    public String getOrgACluster() {
        return orgACluster;
    }

    public long getOrgBId() {
        return orgBId;
    }

    public String getOrgBName() {
        return orgBName;
    }

    public String getOrgBCluster() {
        return orgBCluster;
    }

    public Set<LinkKind> getKinds() {
        return kinds;
    }

    public long getWeight() {
        return weight;
    }
}
