package org.clusterportal.offers.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.offers.ExpressionOfInterest;
import org.clusterportal.offers.InterestService;
import org.clusterportal.offers.Offer;
import org.clusterportal.offers.OfferAttachment;
import org.clusterportal.offers.OfferAttachmentService;
import org.clusterportal.offers.OfferCoProvider;
import org.clusterportal.offers.OfferCoProviderService;
import org.clusterportal.offers.OfferReviewService;
import org.clusterportal.offers.OfferService;
import org.clusterportal.offers.OfferStatus;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;
import org.clusterportal.platform.faces.ViewId;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.platform.text.RichText;
import org.omnifaces.util.Faces;

/**
 * offers/view.xhtml?id=…: one offer with all its providers, and what this viewer may do with it. Each of the
 * page's forms has its own bean: the owner's actions ({@link OfferActionsBacking}), the review decision
 * ({@link OfferReviewDecisionBacking}), a co-provider's answer ({@link CoProviderAnswerBacking}), the attachments
 * ({@link OfferAttachmentsBacking}), the interest sent ({@link ExpressInterestBacking}) and the answers to the
 * interests received ({@link InterestAnswersBacking}).
 * <p>
 * View-scoped for the discussion's ajax and the forms' postbacks, but it keeps only the offer's id: what the page
 * shows is read once per request, whoever may answer what included, and kept in the request, never in the view.
 */
@Named
@ViewScoped
public class ViewOfferBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String SHOWN = ViewOfferBacking.class.getName() + ".shown";

    @Inject
    private OfferService offerService;

    @Inject
    private OfferReviewService reviewService;

    @Inject
    private OfferCoProviderService coProviderService;

    @Inject
    private OfferAttachmentService attachmentService;

    @Inject
    private InterestService interestService;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private AuditLog auditLog;

    private Long id;

    /** What the page shows of the offer to this viewer, read once per request. */
    private record Shown(Offer offer, boolean editor, boolean reviewer, List<Organisation> providers, List<OfferCoProvider> coProviders,
            Set<Long> answerable, List<ExpressionOfInterest> interests, List<OfferAttachment> attachments,
            ExpressionOfInterest myInterest, boolean interestPossible) {
    }

    /** 404 for an offer that is missing or not the viewer's to see. */
    public void load() {
        shown();
    }

    private Shown shown() {
        return Faces.getRequestAttribute(SHOWN, () -> {
            Viewer viewer = currentPerson.viewer();
            Offer offer = NotFoundException.unless(id, offerId -> offerService.find(viewer, offerId));
            ExpressionOfInterest myInterest = interestService.findInterest(viewer, offer).orElse(null);
            return new Shown(offer, offerService.canEdit(viewer, offer), reviewService.canReview(viewer, offer),
                    coProviderService.providersOf(offer), coProviderService.coProvidersOf(offer),
                    coProviderService.answerableBy(viewer, offer), interestService.interestsIn(viewer, offer),
                    attachmentService.attachmentsOf(offer), myInterest,
                    myInterest == null && interestService.canExpressInterest(viewer, offer));
        });
    }

    /** The page again after an action of one of its forms, or the refusal shown in that form. */
    static String act(Long offerId, Runnable action, String doneKey, String formId) {
        return said(offerId, () -> {
            action.run();
            return new Done(doneKey);
        }, formId);
    }

    /** An action whose message depends on what it did (a renewal up to the limit, a publication sent to review). */
    static String said(Long offerId, Supplier<Done> action, String formId) {
        Done done;
        try {
            done = action.get();
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, formId);
            return null;
        }
        Feedback.info(done.key(), done.arguments());
        return again(offerId);
    }

    /** The message key that says what an action did, and its arguments. */
    record Done(String key, Object... arguments) {
    }

    static String again(Long offerId) {
        return "/offers/view?faces-redirect=true&id=" + offerId;
    }

    /** The stored description is sanitised when saved; sanitised again here, so rows written otherwise are safe too. */
    public String getSafeDescription() {
        return RichText.sanitise(shown().offer().getDescription());
    }

    /** Whether the viewer administers one of the named co-providers, and so answers for it. */
    public boolean isCoProviderAnswerer() {
        return !shown().answerable().isEmpty();
    }

    /** Whether the viewer answers for this co-provider: asked of the set read with the page, not of the database per row. */
    public boolean canAnswer(OfferCoProvider coProvider) {
        return shown().answerable().contains(coProvider.getId());
    }

    public OfferStatus getStatus() {
        return shown().offer().statusOn(LocalDate.now());
    }

    public Long getId() {
        return id;
    }

    /** The view's {@link ViewId}: a postback naming another offer is refused here, before any action runs. */
    public void setId(Long id) {
        Long shown = this.id;
        this.id = ViewId.keep(shown, id, () -> auditLog.refusal(currentPerson.viewer(),
                "Offer " + id + " posted from the page of offer " + shown));
    }

    public Offer getOffer() {
        return shown().offer();
    }

    public boolean isEditor() {
        return shown().editor();
    }

    public boolean isReviewer() {
        return shown().reviewer();
    }

    public boolean isInterestPossible() {
        return shown().interestPossible();
    }

    public List<Organisation> getProviders() {
        return shown().providers();
    }

    public List<OfferCoProvider> getCoProviders() {
        return shown().coProviders();
    }

    public List<ExpressionOfInterest> getInterests() {
        return shown().interests();
    }

    public ExpressionOfInterest getMyInterest() {
        return shown().myInterest();
    }

    public List<OfferAttachment> getAttachments() {
        return shown().attachments();
    }
}
