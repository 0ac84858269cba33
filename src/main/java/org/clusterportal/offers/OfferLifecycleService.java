package org.clusterportal.offers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.agreements.AccessPolicy;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.Reach;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.security.Viewer;

/**
 * An offer's life in its organisation's hands: written as a draft (with the co-providers it names), changed,
 * published or sent to review, withdrawn, renewed. Every change goes through {@link OfferService#editable} and
 * keeps the audience ({@link OfferAudience}).
 */
@Stateless
public class OfferLifecycleService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private OfferService offers;

    @Inject
    private OfferCoProviderService coProviders;

    @Inject
    private AccessPolicy accessPolicy;

    @Inject
    private OfferAudience audience;

    @Inject
    private OfferNotices notices;

    @Inject
    private AuditLog auditLog;

    /** A new draft for one of the viewer's organisations, with the viewer as its contact. */
    public Offer create(@NotNull Viewer viewer, @NotNull @Valid OfferForm form) {
        Organisation owner = Optional.ofNullable(entityManager.find(Organisation.class, form.getOwnerId()))
                .filter(organisation -> accessPolicy.worksFor(viewer, organisation))
                .orElseThrow(() -> auditLog.refusal(viewer, "Offer for organisation " + form.getOwnerId()));
        Offer offer = new Offer(owner, entityManager.find(Person.class, viewer.personId()));
        describe(offer, form);
        entityManager.persist(offer);
        nameCoProviders(viewer, offer, form.getCoProviderIds());
        audience.keep(offer);
        return offer;
    }

    public Offer update(@NotNull Viewer viewer, @NotNull Long id, @NotNull @Valid OfferForm form) {
        Offer offer = offers.editable(viewer, id);
        offer.checkVersion(form.getVersion());
        describe(offer, form);
        nameCoProviders(viewer, offer, form.getCoProviderIds());
        audience.keep(offer);
        return offer;
    }

    /**
     * Publishes the offer, or sends it to review when one of its agreements asks for it: its reviewers are
     * told.
     */
    public Offer publish(@NotNull Viewer viewer, @NotNull Long id) {
        Offer offer = offers.editable(viewer, id);
        OfferStatus before = offer.getStatus();
        offer.publish(LocalDate.now(), offer.asksForReview(), Instant.now());
        if (before != OfferStatus.IN_REVIEW && offer.getStatus() == OfferStatus.IN_REVIEW) {
            notices.tell(NoticeKind.OFFER_IN_REVIEW, offer.reviewerIds(), offer, viewer, null);
        }
        audience.keep(offer);
        return offer;
    }

    public Offer withdraw(@NotNull Viewer viewer, @NotNull Long id) {
        Offer offer = offers.editable(viewer, id);
        offer.withdraw();
        audience.keep(offer);
        return offer;
    }

    /**
     * Valid six months longer (at most 24 from today), in one click; who sees it does not change. Returns what
     * happened: extended, extended only up to the limit, or already at the limit.
     */
    public Renewal renew(@NotNull Viewer viewer, @NotNull Long id) {
        Offer offer = offers.editable(viewer, id);
        return offer.renew(LocalDate.now());
    }

    private void describe(Offer offer, OfferForm form) {
        Set<Agreement> agreements = form.getReach() == Reach.PARTICIPANTS
                ? accessPolicy.chosenAgreementsOf(offer.getOwner(), form.getAgreementIds(), "offer.agreements.notTakingPart")
                : Set.of();
        offer.describe(form.getKind(), form.getCategory(), form.getTitle().strip(), form.getSummary().strip(),
                OfferForm.blankToNull(form.getDescription()), OfferForm.blankToNull(form.getKeywords()), form.getReach(),
                agreements, form.getValidUntil(), LocalDate.now());
    }

    /**
     * Names exactly these co-providers: those no longer wanted are removed, new ones must take part in one of the
     * offer's agreements and their administrators are asked.
     */
    private void nameCoProviders(Viewer viewer, Offer offer, List<Long> organisationIds) {
        Set<Long> wanted = new HashSet<>(organisationIds);
        for (OfferCoProvider coProvider : coProviders.coProvidersOf(offer)) {
            if (!wanted.remove(coProvider.getOrganisation().getId())) {
                entityManager.remove(coProvider);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        List<Long> agreementIds = offer.getAgreements().stream().map(Agreement::getId).toList();
        Map<Long, Organisation> allowed = coProviders.candidatesAmong(offer.getOwner(), agreementIds, wanted).stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity()));
        for (Long organisationId : wanted) {
            Organisation organisation = allowed.get(organisationId);
            if (organisation == null) {
                throw BusinessException.onField("coProviders", "offer.coProvider.notTakingPart");
            }
            entityManager.persist(new OfferCoProvider(offer, organisation));
            notices.tell(NoticeKind.CO_PROVIDER_ASKED, notices.administratorsOf(organisation), offer, viewer, null);
        }
    }
}
