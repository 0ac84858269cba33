package org.clusterportal.proposals;

/** The role of an organisation in a consortium; the coordinator is the lead organisation. */
public enum PartnerRole {
    COORDINATOR,
    RESEARCH_PARTNER,
    TECHNOLOGY_PROVIDER,
    END_USER,
    INDUSTRIAL_PARTNER,
    PILOT_SITE,
    DISSEMINATION,
    OTHER;

    /** The roles a partner search may seek: all but the coordinator, which the lead organisation is. */
    public static PartnerRole[] sought() {
        return java.util.Arrays.stream(values()).filter(role -> role != COORDINATOR).toArray(PartnerRole[]::new);
    }
}
