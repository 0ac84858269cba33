package org.clusterportal.agreements;

/**
 * Who an audience row lets in, as a short key: the subject's side names organisations and agreements (never
 * the people of an organisation one by one), so that a membership approved or revoked, or an organisation
 * joining or leaving a cluster, changes what a person sees without rewriting any row. The viewer's side is
 * computed per question by {@link Audience#granteesOf}.
 */
public final class Grantee {

    /** Everybody, visitors too. */
    public static final String EVERYBODY = "*";

    private Grantee() {
    }

    /** Whoever may see the agreement (its participants, its coordinators, admins; everybody when it is public). */
    public static String participantsOf(long agreementId) {
        return "A:" + agreementId;
    }

    /** The coordinators of the agreement. */
    public static String coordinatorsOf(long agreementId) {
        return "C:" + agreementId;
    }

    /** The coordinators of the agreement while it asks for the review of offers. */
    public static String reviewersOf(long agreementId) {
        return "R:" + agreementId;
    }

    /** The people of the organisation (approved memberships). */
    public static String peopleOf(long organisationId) {
        return "O:" + organisationId;
    }

    /** One person. */
    public static String person(long personId) {
        return "P:" + personId;
    }
}
