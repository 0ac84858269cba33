package org.clusterportal.offers;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.agreements.Reach;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.agreements.AccessPolicy;
import org.clusterportal.agreements.Audience;
import org.clusterportal.agreements.AudienceType;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.OfferReview;
import org.clusterportal.notifications.Notice;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.notifications.Subject;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.MembershipRole;
import org.clusterportal.organisations.MembershipStatus;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.SearchWords;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.platform.files.AcceptedFiles;
import org.clusterportal.platform.files.Download;
import org.clusterportal.platform.files.FileNames;
import org.clusterportal.platform.files.FileStore;
import org.clusterportal.platform.files.StoredFile;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * Offers and requests. A published offer is seen by everybody when it is public, else by whoever may see one
 * of its agreements ({@link AccessPolicy}); drafts, offers in review and withdrawn offers only by the people of
 * the owning organisation, of the organisations named as its co-providers (who have not declined) and admins.
 * Only the owning organisation's people and admins change an offer; the coordinators of an agreement that asks
 * for review approve or return it. Lists apply this in their query. Notable happenings are fired as
 * {@link Notice}s inside the transaction of the change.
 */
@Stateless
public class OfferService {

    /** Relevance ranks only this many of the newest matches: ranking every match of a common word is slow. */
    static final int RANK_WINDOW = 200;

    /** Days before its date when the owner is reminded that an offer expires. */
    static final int EXPIRY_NOTICE_DAYS = 7;

    /**
     * PostgreSQL's full-text match on the stored column (V8_2) with the prefix query of {@link OfferSearch#prefixQuery}.
     * Written as a comparison with true, which JPQL needs and PostgreSQL's planner folds away, so the GIN index is used.
     */
    private static final String FULL_TEXT_MATCH =
            "SQL('search_vector @@ to_tsquery(''simple'', portal_unaccent(?))', :fullText) = SQL('true')";

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AccessPolicy accessPolicy;

    @Inject
    private Audience audience;

    @Inject
    private OfferSearch search;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Event<Notice> notices;

    @Inject
    private FileStore fileStore;

    /** The offers the viewer may see that match the filter, most recently changed first, a page at a time. */
    public List<Offer> list(@NotNull Viewer viewer, @NotNull @Valid OfferFilter filter, @Min(0) int first,
            @Min(1) @Max(500) int pageSize) {
        String typed = OfferSearch.prefixQuery(OfferSearch.input(filter.getWords()));
        if (filter.getOrder() == OfferOrder.RELEVANCE && typed != null && search.isFullText() && first < RANK_WINDOW) {
            return byRelevance(viewer, filter, typed, first, pageSize);
        }
        return query(viewer, filter, "select o", " order by o.modified desc, o.id desc", Offer.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    /**
     * The newest {@link #RANK_WINDOW} matches, ranked by {@code ts_rank}; later pages continue in date order
     * (they hold older matches anyway). Only the window is ranked, never the whole table.
     */
    private List<Offer> byRelevance(Viewer viewer, OfferFilter filter, String typed, int first, int pageSize) {
        List<Long> candidates = query(viewer, filter, "select o.id", " order by o.modified desc, o.id desc", Long.class)
                .setMaxResults(RANK_WINDOW)
                .getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ranked = entityManager.createNativeQuery("""
                select id from offer where id = any(cast(?1 as bigint[]))
                order by ts_rank(search_vector, to_tsquery('simple', portal_unaccent(?2))) desc, modified desc, id desc
                offset ?3 limit ?4""")
                .setParameter(1, candidates.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .setParameter(2, typed)
                .setParameter(3, first)
                .setParameter(4, pageSize)
                .getResultList();
        List<Long> ids = ranked.stream().map(Number::longValue).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Offer> byId = entityManager.createQuery("select o from Offer o where o.id in :rankedIds", Offer.class)
                .setParameter("rankedIds", ids)
                .getResultStream()
                .collect(Collectors.toMap(Offer::getId, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    public long count(@NotNull Viewer viewer, @NotNull @Valid OfferFilter filter) {
        return query(viewer, filter, "select count(o)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Viewer viewer, OfferFilter filter, String select, String order, Class<T> type) {
        Where where = audience.restrict(new Where(), viewer, AudienceType.OFFER, "o.id");
        String typed = OfferSearch.input(filter.getWords());
        if (typed != null && search.isFullText()) {
            where.andIf(OfferSearch.prefixQuery(typed), FULL_TEXT_MATCH, "fullText");
        }
        else {
            where.containsWords(SearchWords.of(typed), "o.title", "o.summary", "o.descriptionText", "o.keywords");
        }
        where.andIf(filter.getKind(), "o.kind = :kind", "kind")
                .andIf(filter.getCategory(), "o.category = :category", "category")
                .andIf(filter.getAgreementId(), "exists (select fa.id from Offer fo join fo.agreements fa where fo = o and fa.id = :agreementId)",
                        "agreementId")
                .andIf(filter.getOrganisationId(), "o.owner.id = :organisationId", "organisationId")
                .andIf(filter.getRegion(), "o.owner.region = :region", "region")
                .andIf(filter.getSectorId(), "exists (select so.id from Organisation so join so.sectors ss where so = o.owner and ss.id = :sectorId)",
                        "sectorId");
        if (filter.isMine()) {
            // The viewer's organisation ids, bound: o.owner inside a second subquery makes EclipseLink reuse the
            // first one's join alias.
            List<Long> mine = Where.idsOrNone(accessPolicy.organisationIdsOf(viewer));
            where.and("(o.owner.id in :mine or exists (select mc.id from OfferCoProvider mc where mc.offer = o"
                    + " and mc.organisation.id in :mine and mc.answer = :mineConfirmed))")
                    .bind("mine", mine).bind("mineConfirmed", CoProviderAnswer.CONFIRMED);
        }
        if (filter.isOnlyOpen()) {
            where.and("o.status = :openStatus and o.validUntil >= :today").bind("openStatus", OfferStatus.PUBLISHED)
                    .bind("today", LocalDate.now());
        }
        return where.query(entityManager, select + " from Offer o", order, type);
    }

    /** The ids among {@code ids} of the offers the viewer may see, in one query (for notifications and discussions). */
    public Set<Long> visibleAmong(@NotNull Viewer viewer, @NotNull Collection<Long> ids) {
        return audience.visibleAmong(viewer, AudienceType.OFFER, ids);
    }

    /** The offer, if the viewer may see it: to anyone else it does not exist. */
    public Optional<Offer> find(@NotNull Viewer viewer, @NotNull Long id) {
        return audience.find(viewer, AudienceType.OFFER, Offer.class, id);
    }

    private boolean canSee(Viewer viewer, Offer offer) {
        return audience.canSee(viewer, AudienceType.OFFER, offer.getId());
    }

    /** The people of the owning organisation and admins. */
    public boolean canEdit(@NotNull Viewer viewer, @NotNull Offer offer) {
        return viewer.admin() || accessPolicy.worksFor(viewer, offer.getOwner());
    }

    /** The organisations the viewer may publish offers for: those of their approved memberships. */
    public List<Organisation> ownersFor(@NotNull Viewer viewer) {
        return accessPolicy.organisationsOf(viewer);
    }

    /** The agreements an organisation takes part in: it signed, or a cluster it belongs to did. */
    public List<Agreement> agreementsOf(@NotNull List<Organisation> organisations) {
        return accessPolicy.agreementsOf(organisations);
    }

    /** A new draft for one of the viewer's organisations, with the viewer as its contact. */
    public Offer create(@NotNull Viewer viewer, @NotNull @Valid OfferForm form) {
        Organisation owner = Optional.ofNullable(entityManager.find(Organisation.class, form.getOwnerId()))
                .filter(organisation -> accessPolicy.worksFor(viewer, organisation))
                .orElseThrow(() -> refused(viewer, "Offer for organisation " + form.getOwnerId()));
        Offer offer = new Offer(owner, entityManager.find(Person.class, viewer.personId()));
        describe(offer, form);
        entityManager.persist(offer);
        nameCoProviders(viewer, offer, form.getCoProviderIds());
        keepAudience(offer);
        return offer;
    }

    public Offer update(@NotNull Viewer viewer, @NotNull Long id, @NotNull @Valid OfferForm form) {
        Offer offer = editable(viewer, id);
        offer.checkVersion(form.getVersion());
        describe(offer, form);
        nameCoProviders(viewer, offer, form.getCoProviderIds());
        keepAudience(offer);
        return offer;
    }

    /**
     * Publishes the offer, or sends it to review when one of its agreements asks for it: its coordinators are
     * told.
     */
    public Offer publish(@NotNull Viewer viewer, @NotNull Long id) {
        Offer offer = editable(viewer, id);
        OfferStatus before = offer.getStatus();
        offer.publish(LocalDate.now(), offer.getReach() == Reach.PARTICIPANTS && hasReview(offer), Instant.now());
        if (before != OfferStatus.IN_REVIEW && offer.getStatus() == OfferStatus.IN_REVIEW) {
            Set<Long> reviewers = reviewersOf(offer);
            fire(NoticeKind.OFFER_IN_REVIEW, reviewers, offer, viewer, null);
        }
        keepAudience(offer);
        return offer;
    }

    public Offer withdraw(@NotNull Viewer viewer, @NotNull Long id) {
        Offer offer = editable(viewer, id);
        offer.withdraw();
        keepAudience(offer);
        return offer;
    }

    /** Valid six months longer (at most 24 from today), in one click. */
    public Offer renew(@NotNull Viewer viewer, @NotNull Long id) {
        Offer offer = editable(viewer, id);
        offer.renew(LocalDate.now());
        return offer;
    }

    // Review

    private static boolean hasReview(Offer offer) {
        return offer.getAgreements().stream().anyMatch(Agreement::isOfferReviewRequired);
    }

    private static Set<Long> reviewersOf(Offer offer) {
        Set<Long> reviewers = new HashSet<>();
        offer.getAgreements().stream().filter(Agreement::isOfferReviewRequired)
                .forEach(agreement -> agreement.getCoordinators().forEach(person -> reviewers.add(person.getId())));
        return reviewers;
    }

    /** Admins and the coordinators of one of its agreements that asks for review, while it is in review. */
    public boolean canReview(@NotNull Viewer viewer, @NotNull Offer offer) {
        if (offer.getStatus() != OfferStatus.IN_REVIEW || viewer.isVisitor()) {
            return false;
        }
        return viewer.admin() || reviewersOf(offer).contains(viewer.personId());
    }

    public Offer approve(@NotNull Viewer viewer, @NotNull Long id) {
        Offer offer = reviewable(viewer, id);
        offer.approve(LocalDate.now(), Instant.now());
        keepAudience(offer);
        fire(NoticeKind.OFFER_APPROVED, ownerRecipients(offer), offer, viewer, null);
        return offer;
    }

    /** Back to its organisation as a draft, with the coordinator's comment (required). */
    public Offer returnToDraft(@NotNull Viewer viewer, @NotNull Long id, String comment) {
        Offer offer = reviewable(viewer, id);
        offer.returnToDraft(comment);
        keepAudience(offer);
        fire(NoticeKind.OFFER_RETURNED, ownerRecipients(offer), offer, viewer, offer.getReviewComment());
        return offer;
    }

    private Offer reviewable(Viewer viewer, Long id) {
        Offer offer = entityManager.find(Offer.class, id);
        if (offer == null) {
            throw refused(viewer, "Review of offer " + id);
        }
        if (offer.getStatus() != OfferStatus.IN_REVIEW) {
            throw new BusinessException("offer.notInReview");
        }
        if (!canReview(viewer, offer)) {
            throw refused(viewer, "Review of offer " + id);
        }
        return offer;
    }

    /** The offers waiting for this viewer's review, oldest first: all for admins, else those of agreements they coordinate. */
    public List<Offer> reviewQueue(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        String coordinated = viewer.admin() ? "" : " and exists (select ro.id from Offer ro join ro.agreements ra join ra.coordinators rc"
                + " where ro = o and ra.offerReview = :reviewRequired and rc.id = :reviewer)";
        TypedQuery<Offer> query = entityManager.createQuery(
                "select o from Offer o where o.status = :inReview" + coordinated + " order by o.modified, o.id", Offer.class)
                .setParameter("inReview", OfferStatus.IN_REVIEW)
                .setMaxResults(500);
        if (!viewer.admin()) {
            query.setParameter("reviewRequired", OfferReview.REQUIRED)
                    .setParameter("reviewer", viewer.personId());
        }
        return query.getResultList();
    }

    // Co-providers of joint offers

    /** The organisations named on the offer, with their answers, by name. */
    public List<OfferCoProvider> coProvidersOf(@NotNull Offer offer) {
        return entityManager.createQuery(
                "select c from OfferCoProvider c where c.offer = :offer order by c.organisation.name", OfferCoProvider.class)
                .setParameter("offer", offer)
                .getResultList();
    }

    /** The providers people see: the owner and the co-providers who confirmed. */
    public List<Organisation> providersOf(@NotNull Offer offer) {
        List<Organisation> providers = new ArrayList<>(List.of(offer.getOwner()));
        coProvidersOf(offer).stream().filter(OfferCoProvider::isConfirmed).map(OfferCoProvider::getOrganisation)
                .forEach(providers::add);
        return providers;
    }

    /** Organisations that may be named as co-providers: those taking part in one of the agreements, not the owner. */
    public List<Organisation> coProviderCandidates(@NotNull Organisation owner, @NotNull Collection<Long> agreementIds) {
        if (agreementIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select distinct po from Organisation po, Signatory s
                where s.agreement.id in :candidateAgreements and po.id <> :candidateOwner
                  and (s.organisation = po or exists (select pc.id from Organisation pm join pm.clusters pc where pm = po and pc = s.organisation))
                order by po.name""", Organisation.class)
                .setParameter("candidateAgreements", List.copyOf(agreementIds))
                .setParameter("candidateOwner", owner.getId())
                .getResultList();
    }

    private void nameCoProviders(Viewer viewer, Offer offer, List<Long> organisationIds) {
        Set<Long> wanted = new HashSet<>(organisationIds);
        List<OfferCoProvider> named = coProvidersOf(offer);
        for (OfferCoProvider coProvider : named) {
            if (!wanted.remove(coProvider.getOrganisation().getId())) {
                entityManager.remove(coProvider);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        List<Long> agreementIds = offer.getAgreements().stream().map(Agreement::getId).toList();
        Map<Long, Organisation> allowed = coProviderCandidates(offer.getOwner(), agreementIds).stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity()));
        for (Long organisationId : wanted) {
            Organisation organisation = allowed.get(organisationId);
            if (organisation == null) {
                throw BusinessException.onField("coProviders", "offer.coProvider.notTakingPart");
            }
            entityManager.persist(new OfferCoProvider(offer, organisation));
            fire(NoticeKind.CO_PROVIDER_ASKED, administratorsOf(organisation), offer, viewer, null);
        }
    }

    /** The co-provider requests the viewer, as administrator of the named organisation, may answer. */
    public List<OfferCoProvider> coProviderRequests(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select c from OfferCoProvider c, Membership m
                where m.organisation = c.organisation and m.person.id = :administrator and m.status = :approved
                  and m.role = :administratorRole and c.answer = :asked
                order by c.created""", OfferCoProvider.class)
                .setParameter("administrator", viewer.personId())
                .setParameter("approved", MembershipStatus.APPROVED)
                .setParameter("administratorRole", MembershipRole.ADMINISTRATOR)
                .setParameter("asked", CoProviderAnswer.ASKED)
                .setMaxResults(100)
                .getResultList();
    }

    public boolean canAnswerCoProvision(@NotNull Viewer viewer, @NotNull OfferCoProvider coProvider) {
        return !viewer.isVisitor() && administratorsOf(coProvider.getOrganisation()).contains(viewer.personId());
    }

    /** An administrator of the named organisation confirms (its name then appears on the offer) or declines. */
    public OfferCoProvider answerCoProvision(@NotNull Viewer viewer, @NotNull Long coProviderId, boolean confirm) {
        OfferCoProvider coProvider = entityManager.find(OfferCoProvider.class, coProviderId);
        if (coProvider == null || !canAnswerCoProvision(viewer, coProvider)) {
            throw refused(viewer, "Co-provision " + coProviderId);
        }
        coProvider.answer(confirm, entityManager.find(Person.class, viewer.personId()));
        keepAudience(coProvider.getOffer());
        fire(NoticeKind.CO_PROVIDER_ANSWERED, ownerRecipients(coProvider.getOffer()), coProvider.getOffer(), viewer, null);
        return coProvider;
    }

    // Attachments

    /**
     * PDF, images and office documents (OLE2 and OOXML containers, OpenDocument), by their content, at most
     * 10 MB each; at most {@link #MAX_ATTACHMENTS} per offer.
     */
    static final AcceptedFiles ATTACHMENTS = new AcceptedFiles(List.of("application/pdf", "image/png", "image/jpeg",
            "image/webp", "application/x-tika-msoffice", "application/x-tika-ooxml", "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation"),
            10L * 1024 * 1024, "offer.attachment.wrongType");

    static final int MAX_ATTACHMENTS = 10;

    public List<OfferAttachment> attachmentsOf(@NotNull Offer offer) {
        return entityManager.createQuery("select f from OfferAttachment f where f.offer = :offer order by f.created, f.id",
                OfferAttachment.class).setParameter("offer", offer).getResultList();
    }

    /** Attaches a file (checked by its content) to an offer of the viewer's organisation. */
    public OfferAttachment attach(@NotNull Viewer viewer, @NotNull Long offerId, String fileName, InputStream content) {
        Offer offer = editable(viewer, offerId);
        if (content == null) {
            throw BusinessException.onField("file", "file.required");
        }
        if (attachmentsOf(offer).size() >= MAX_ATTACHMENTS) {
            throw BusinessException.onField("file", "offer.attachment.tooMany", MAX_ATTACHMENTS);
        }
        StoredFile file = fileStore.store(content, ATTACHMENTS, "file");
        OfferAttachment attachment = new OfferAttachment(offer, FileNames.clean(fileName, "attachment"), file,
                entityManager.find(Person.class, viewer.personId()));
        entityManager.persist(attachment);
        return attachment;
    }

    public void detach(@NotNull Viewer viewer, @NotNull Long attachmentId) {
        OfferAttachment attachment = entityManager.find(OfferAttachment.class, attachmentId);
        if (attachment == null || !canEdit(viewer, attachment.getOffer())) {
            throw refused(viewer, "Offer attachment " + attachmentId);
        }
        entityManager.remove(attachment);
        fileStore.deleteAfterCommit(attachment.storedFile().key());
    }

    /** The attachment as the viewer may download it: only if they may see its offer; never cached publicly. */
    public Optional<Download> download(@NotNull Viewer viewer, @NotNull Long attachmentId) {
        return Optional.ofNullable(entityManager.find(OfferAttachment.class, attachmentId))
                .filter(attachment -> canSee(viewer, attachment.getOffer()))
                .map(attachment -> new Download(attachment.storedFile(), attachment.getFileName(), false));
    }

    // Expressions of interest

    /**
     * Whether the viewer may send interest: they see the published offer and neither work for its organisation
     * nor administer the portal (admins answer interests, they do not send them).
     */
    public boolean canExpressInterest(@NotNull Viewer viewer, @NotNull Offer offer) {
        return !viewer.isVisitor() && offer.statusOn(LocalDate.now()) == OfferStatus.PUBLISHED && !canEdit(viewer, offer)
                && canSee(viewer, offer);
    }

    /**
     * Sends the viewer's interest; one per person and offer. A second one (a double click that raced past the
     * look-up too) gets the normal answer, never an error page.
     */
    public ExpressionOfInterest expressInterest(@NotNull Viewer viewer, @NotNull Long offerId, @NotNull @Valid InterestForm form) {
        Offer offer = find(viewer, offerId).orElseThrow(() -> refused(viewer, "Interest in offer " + offerId));
        if (!canExpressInterest(viewer, offer)) {
            throw new BusinessException("interest.notPossible");
        }
        if (findInterest(viewer, offer).isPresent()) {
            throw new BusinessException("interest.already");
        }
        List<Organisation> own = ownersFor(viewer);
        ExpressionOfInterest interest = new ExpressionOfInterest(offer, entityManager.find(Person.class, viewer.personId()),
                own.isEmpty() ? null : own.get(0), form.getCooperation(), form.getMessage().strip());
        try {
            entityManager.persist(interest);
            entityManager.flush();
        }
        catch (PersistenceException sameInterestAtOnce) {
            throw new BusinessException("interest.already");
        }
        fire(NoticeKind.INTEREST_RECEIVED, ownerRecipients(offer), offer, viewer, null);
        return interest;
    }

    /** The viewer's own interest in the offer, if they sent one. */
    public Optional<ExpressionOfInterest> findInterest(@NotNull Viewer viewer, @NotNull Offer offer) {
        if (viewer.isVisitor()) {
            return Optional.empty();
        }
        return entityManager.createQuery(
                "select i from ExpressionOfInterest i where i.offer = :offer and i.person.id = :sender", ExpressionOfInterest.class)
                .setParameter("offer", offer)
                .setParameter("sender", viewer.personId())
                .getResultStream().findFirst();
    }

    /** The interests the offer received, newest first: for its organisation's people and admins only. */
    public List<ExpressionOfInterest> interestsIn(@NotNull Viewer viewer, @NotNull Offer offer) {
        if (!canEdit(viewer, offer)) {
            return List.of();
        }
        return entityManager.createQuery(
                "select i from ExpressionOfInterest i where i.offer = :offer order by i.created desc, i.id desc", ExpressionOfInterest.class)
                .setParameter("offer", offer)
                .getResultList();
    }

    /** The owner moves an interest on (with notes both sides read); the sender is told. */
    public ExpressionOfInterest moveInterest(@NotNull Viewer viewer, @NotNull Long interestId, @NotNull InterestState state,
            String notes, long versionShown) {
        ExpressionOfInterest interest = entityManager.find(ExpressionOfInterest.class, interestId);
        if (interest == null || !canEdit(viewer, interest.getOffer())) {
            throw refused(viewer, "Interest " + interestId);
        }
        interest.checkVersion(versionShown);
        interest.moveTo(state, notes, LocalDate.now());
        fire(NoticeKind.INTEREST_ANSWERED, Set.of(interest.getPerson().getId()), interest.getOffer(), viewer, null);
        return interest;
    }

    /** New interests in the offers of the viewer's organisations, oldest first (the home page's panel). */
    public List<ExpressionOfInterest> interestsWaiting(@NotNull Viewer viewer, @Min(1) @Max(100) int limit) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select i from ExpressionOfInterest i
                where i.state = :newState and exists (select wm.id from Membership wm
                      where wm.organisation = i.offer.owner and wm.person.id = :waiting and wm.status = :approved)
                order by i.created, i.id""", ExpressionOfInterest.class)
                .setParameter("newState", InterestState.NEW)
                .setParameter("waiting", viewer.personId())
                .setParameter("approved", MembershipStatus.APPROVED)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Published offers to the agreements the viewer takes part in, not their own, newest first (the home page's panel). */
    public List<Offer> newInMyAgreements(@NotNull Viewer viewer, @Min(1) @Max(100) int limit) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select o from Offer o
                where o.status = :published and o.validUntil >= :today
                  and exists (select no.id from Offer no join no.agreements na where no = o and na.id in :myAgreements)
                  and not exists (select nm.id from Membership nm where nm.organisation = o.owner and nm.person.id = :me and nm.status = :approved)
                order by o.publishedAt desc, o.id desc""", Offer.class)
                .setParameter("published", OfferStatus.PUBLISHED)
                .setParameter("today", LocalDate.now())
                .setParameter("myAgreements", participatedAgreements(viewer))
                .setParameter("me", viewer.personId())
                .setParameter("approved", MembershipStatus.APPROVED)
                .setMaxResults(limit)
                .getResultList();
    }

    private List<Long> participatedAgreements(Viewer viewer) {
        return Where.idsOrNone(agreementsOf(ownersFor(viewer)).stream().map(Agreement::getId).toList());
    }

    // Reminders (run daily by OfferReminders)

    /** Reminds the owners of published offers expiring within a week, once per date; returns how many. */
    public int remindOfExpiry(@NotNull LocalDate today) {
        List<Offer> expiring = entityManager.createQuery("""
                select o from Offer o where o.status = :published and o.validUntil between :today and :horizon
                  and (o.remindedFor is null or o.remindedFor <> o.validUntil)""", Offer.class)
                .setParameter("published", OfferStatus.PUBLISHED)
                .setParameter("today", today)
                .setParameter("horizon", today.plusDays(EXPIRY_NOTICE_DAYS))
                .getResultList();
        int reminded = 0;
        for (Offer offer : expiring) {
            if (offer.remindOfExpiry(today, EXPIRY_NOTICE_DAYS)) {
                fire(NoticeKind.OFFER_EXPIRING, ownerRecipients(offer), offer, null, null);
                reminded++;
            }
        }
        return reminded;
    }

    /**
     * Asks the owners to confirm the outcome of interests that reached a meeting or an agreement 3 and 6 months
     * ago, and records that it asked; returns how many it asked about.
     */
    public int followUpOutcomes(@NotNull LocalDate today) {
        List<ExpressionOfInterest> due = entityManager.createQuery("""
                select i from ExpressionOfInterest i where i.state in :outcomes and i.followUps < :maxFollowUps
                  and i.outcomeSince <= :threeMonthsAgo""", ExpressionOfInterest.class)
                .setParameter("outcomes", List.of(InterestState.MEETING_ARRANGED, InterestState.AGREEMENT_REACHED))
                .setParameter("maxFollowUps", ExpressionOfInterest.FOLLOW_UP_MONTHS.length)
                .setParameter("threeMonthsAgo", today.minusMonths(ExpressionOfInterest.FOLLOW_UP_MONTHS[0]))
                .getResultList();
        int asked = 0;
        for (ExpressionOfInterest interest : due) {
            if (interest.followUpDue(today)) {
                fire(NoticeKind.OUTCOME_FOLLOW_UP, ownerRecipients(interest.getOffer()), interest.getOffer(), null, null);
                asked++;
            }
        }
        return asked;
    }

    // Figures for reports

    /**
     * Per agreement: its offers, the interests they received and their outcomes. Admins get every agreement,
     * coordinators theirs, others none.
     */
    public List<OfferFigures> figuresByAgreement(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        String scope = viewer.admin() ? "" : " where exists (select fc.id from Agreement fa join fa.coordinators fc where fa = a and fc.id = :figuresViewer)";
        TypedQuery<Object[]> offersQuery = entityManager.createQuery(
                "select a.id, a.title, count(o) from Offer o join o.agreements a" + scope + " group by a.id, a.title", Object[].class);
        TypedQuery<Object[]> interestsQuery = entityManager.createQuery(
                "select a.id, i.state, count(i) from ExpressionOfInterest i join i.offer o join o.agreements a" + scope
                        + " group by a.id, i.state", Object[].class);
        if (!viewer.admin()) {
            offersQuery.setParameter("figuresViewer", viewer.personId());
            interestsQuery.setParameter("figuresViewer", viewer.personId());
        }
        return figures(offersQuery.getResultList(), interestsQuery.getResultList());
    }

    /** Per owning organisation: admins get all, others the organisations they work for. */
    public List<OfferFigures> figuresByOrganisation(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        String scope = viewer.admin() ? "" : " where exists (select fm.id from Membership fm where fm.organisation = org and fm.person.id = :figuresViewer and fm.status = :figuresApproved)";
        TypedQuery<Object[]> offersQuery = entityManager.createQuery(
                "select org.id, org.name, count(o) from Offer o join o.owner org" + scope + " group by org.id, org.name", Object[].class);
        TypedQuery<Object[]> interestsQuery = entityManager.createQuery(
                "select org.id, i.state, count(i) from ExpressionOfInterest i join i.offer o join o.owner org" + scope
                        + " group by org.id, i.state", Object[].class);
        if (!viewer.admin()) {
            for (TypedQuery<Object[]> query : List.of(offersQuery, interestsQuery)) {
                query.setParameter("figuresViewer", viewer.personId()).setParameter("figuresApproved", MembershipStatus.APPROVED);
            }
        }
        return figures(offersQuery.getResultList(), interestsQuery.getResultList());
    }

    private static List<OfferFigures> figures(List<Object[]> offerCounts, List<Object[]> interestCounts) {
        Map<Long, OfferFigures> byId = new HashMap<>();
        for (Object[] row : offerCounts) {
            byId.put((Long) row[0], new OfferFigures((Long) row[0], (String) row[1], ((Number) row[2]).longValue()));
        }
        for (Object[] row : interestCounts) {
            OfferFigures figures = byId.get((Long) row[0]);
            if (figures != null) {
                figures.add((InterestState) row[1], ((Number) row[2]).longValue());
            }
        }
        return byId.values().stream().sorted(Comparator.comparing(OfferFigures::getName)).toList();
    }

    // Helpers

    private void describe(Offer offer, OfferForm form) {
        Set<Agreement> agreements = form.getReach() == Reach.PARTICIPANTS
                ? accessPolicy.chosenAgreementsOf(offer.getOwner(), form.getAgreementIds(), "offer.agreements.notTakingPart")
                : Set.of();
        offer.describe(form.getKind(), form.getCategory(), form.getTitle().strip(), form.getSummary().strip(),
                OfferForm.blankToNull(form.getDescription()), OfferForm.blankToNull(form.getKeywords()), form.getReach(),
                agreements, form.getValidUntil(), LocalDate.now());
    }

    /** Keeps who may see the offer in step with the change just made (in its transaction). */
    private void keepAudience(Offer offer) {
        audience.keep(AudienceType.OFFER, offer.getId(), offer.audience(coProvidersOf(offer).stream()
                .filter(coProvider -> coProvider.getAnswer() != CoProviderAnswer.DECLINED).map(OfferCoProvider::getOrganisation).toList()));
    }

    private boolean isNamedCoProvider(Viewer viewer, Offer offer) {
        if (viewer.isVisitor() || offer.isNew()) {
            return false;
        }
        return entityManager.createQuery("""
                select count(c) from OfferCoProvider c, Membership m
                where c.offer = :offer and m.organisation = c.organisation and m.person.id = :person
                  and m.status = :approved and c.answer <> :declined""", Long.class)
                .setParameter("offer", offer)
                .setParameter("person", viewer.personId())
                .setParameter("approved", MembershipStatus.APPROVED)
                .setParameter("declined", CoProviderAnswer.DECLINED)
                .getSingleResult() > 0;
    }

    /** The approved administrators of the organisation. */
    private Set<Long> administratorsOf(Organisation organisation) {
        return new HashSet<>(entityManager.createQuery("""
                select m.person.id from Membership m
                where m.organisation = :organisation and m.status = :approved and m.role = :administratorRole""", Long.class)
                .setParameter("organisation", organisation)
                .setParameter("approved", MembershipStatus.APPROVED)
                .setParameter("administratorRole", MembershipRole.ADMINISTRATOR)
                .getResultList());
    }

    /** Who hears about an offer on its organisation's side: its contact person and the organisation's administrators. */
    private Set<Long> ownerRecipients(Offer offer) {
        Set<Long> recipients = administratorsOf(offer.getOwner());
        recipients.add(offer.getContact().getId());
        return recipients;
    }

    private void fire(NoticeKind kind, Set<Long> recipients, Offer offer, Viewer actor, String text) {
        Long actorId = actor == null ? null : actor.personId();
        Set<Long> others = new HashSet<>(recipients);
        others.remove(actorId);
        if (!others.isEmpty()) {
            notices.fire(new Notice(kind, others, new Subject(SubjectType.OFFER, offer.getId(), offer.getTitle()), actorId, text));
        }
    }

    /** The offer to change: refused (and audited as a refusal) to whoever does not work for its organisation. */
    private Offer editable(Viewer viewer, Long id) {
        Offer offer = entityManager.find(Offer.class, id);
        if (offer == null || !canEdit(viewer, offer)) {
            throw refused(viewer, "Offer " + id);
        }
        return offer;
    }

    private AccessDeniedException refused(Viewer viewer, String what) {
        return auditLog.refusal(viewer, what);
    }
}
