package org.clusterportal.figures;

import java.time.Instant;
import java.util.List;

import org.clusterportal.agreements.Audience;
import org.clusterportal.agreements.AudienceType;
import org.clusterportal.offers.CoProviderAnswer;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.proposals.PartnerState;

/**
 * The conditions every figure query starts from: what the viewer may see (the one rule, {@link Audience#restrict}, its grantees asked once),
 * what belongs to the scope, and the period on the date that counts. One instance per scope and period.
 */
final class Subjects {

    private static final String OFFER_OF_AGREEMENT = "exists (select sa.id from Offer so join so.agreements sa where so = %s and sa.id = :scopeAgreement)";
    private static final String EVENT_OF_AGREEMENT = "exists (select sa.id from Event se join se.agreements sa where se = %s and sa.id = :scopeAgreement)";
    private static final String PROPOSAL_OF_AGREEMENT = "exists (select sa.id from ProjectProposal sp join sp.agreements sa where sp = %s and sa.id = :scopeAgreement)";

    private final Audience.Sight sight;
    private final Scope scope;
    /** The organisations of an organisation's scope (the cluster and its members, or the member); empty otherwise. */
    private final List<Long> organisations;
    private final Instant from;
    private final Instant until;

    Subjects(Audience.Sight sight, Scope scope, List<Long> organisations, Period period) {
        this.sight = sight;
        this.scope = scope;
        this.organisations = Where.idsOrNone(organisations);
        this.from = period.from();
        this.until = period.until();
    }

    private Where visible(AudienceType type, String idPath) {
        return sight.restrict(new Where(), type, idPath);
    }

    private Where inPeriod(Where where, String path) {
        return where.and(path + " >= :periodFrom and " + path + " < :periodUntil").bind("periodFrom", from).bind("periodUntil", until);
    }

    private Where inScope(Where where, String agreementCondition, String organisationCondition) {
        return switch (scope.kind()) {
            case AGREEMENT -> where.and(agreementCondition, "scopeAgreement", scope.id());
            case ORGANISATION -> where.and(organisationCondition, "scopeOrganisations", organisations);
            case PORTAL -> where;
        };
    }

    /** Offers aliased {@code o} (or at {@code path}) published in the period: the offer's organisation or a confirmed co-provider is in scope. */
    Where offers(String path, String datePath) {
        Where where = inScope(visible(AudienceType.OFFER, path + ".id"), OFFER_OF_AGREEMENT.formatted(path),
                "(" + path + ".owner.id in :scopeOrganisations or exists (select sc.id from OfferCoProvider sc where sc.offer = " + path
                        + " and sc.answer = :scopeConfirmed and sc.organisation.id in :scopeOrganisations))");
        if (scope.kind() == Scope.Kind.ORGANISATION) {
            where.bind("scopeConfirmed", CoProviderAnswer.CONFIRMED);
        }
        return inPeriod(where, datePath);
    }

    /** Expressions of interest aliased {@code i} sent in the period on offers of the scope; for an organisation the ones it sent or received. */
    Where interests() {
        return inPeriod(inScope(visible(AudienceType.OFFER, "i.offer.id"), OFFER_OF_AGREEMENT.formatted("i.offer"),
                "(i.organisation.id in :scopeOrganisations or i.offer.owner.id in :scopeOrganisations)"), "i.created");
    }

    /** Events at {@code path} that start in the period, organised by the scope's organisations. */
    Where events(String path) {
        Where where = inScope(visible(AudienceType.EVENT, path + ".id"), EVENT_OF_AGREEMENT.formatted(path),
                path + ".organiser.id in :scopeOrganisations");
        return inPeriod(where, path + ".startsAt");
    }

    /** Proposals aliased {@code p}, by the date at {@code datePath}; for an organisation, those it leads or is an accepted partner of. */
    Where proposals(String datePath) {
        Where where = inScope(visible(AudienceType.PROPOSAL, "p.id"), PROPOSAL_OF_AGREEMENT.formatted("p"),
                "(p.lead.id in :scopeOrganisations or exists (select sq.id from Partner sq where sq.proposal = p"
                        + " and sq.state = :scopeAccepted and sq.organisation.id in :scopeOrganisations))");
        if (scope.kind() == Scope.Kind.ORGANISATION) {
            where.bind("scopeAccepted", PartnerState.ACCEPTED);
        }
        return datePath == null ? where : inPeriod(where, datePath);
    }

    /** Proposals aliased {@code p} alive in the period: begun before its end, last changed after its start. */
    Where proposalsAlive() {
        return proposals(null).and("p.created < :periodUntil and p.statusChanged >= :periodFrom")
                .bind("periodFrom", from).bind("periodUntil", until);
    }

    Scope scope() {
        return scope;
    }

    /** Whether the organisation is one of an organisation scope's (the cluster or one of its members). */
    boolean ofScope(long organisation) {
        return organisations.contains(organisation);
    }
}
