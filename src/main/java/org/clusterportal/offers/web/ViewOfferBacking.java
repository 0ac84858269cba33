package org.clusterportal.offers.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.offers.Cooperation;
import org.clusterportal.offers.ExpressionOfInterest;
import org.clusterportal.offers.InterestForm;
import org.clusterportal.offers.InterestService;
import org.clusterportal.offers.InterestState;
import org.clusterportal.offers.Offer;
import org.clusterportal.offers.OfferAttachment;
import org.clusterportal.offers.OfferAttachmentService;
import org.clusterportal.offers.OfferCoProvider;
import org.clusterportal.offers.OfferCoProviderService;
import org.clusterportal.offers.OfferLifecycleService;
import org.clusterportal.offers.OfferReviewService;
import org.clusterportal.offers.OfferService;
import org.clusterportal.offers.OfferStatus;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.platform.text.RichText;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

/**
 * offers/view.xhtml?id=…: one offer with all its providers. Its organisation's people publish, withdraw and renew
 * it and answer the interests it received; coordinators who review it approve or return it; administrators of a
 * named co-provider confirm or decline; other participants send their interest and follow its state.
 * <p>
 * View-scoped for the discussion's ajax, but it keeps only the offer's id and what was typed (and the version of
 * each interest the owner saw): what the page shows is read once per request, whoever may answer what included,
 * and kept in the request, never in the view.
 */
@Named
@ViewScoped
public class ViewOfferBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String SHOWN = ViewOfferBacking.class.getName() + ".shown";

    @Inject
    private OfferService offerService;

    @Inject
    private OfferLifecycleService lifecycleService;

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

    private Long id;
    private final InterestForm interestForm = new InterestForm();
    private final Map<Long, InterestState> nextStates = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, Long> versionsShown = new HashMap<>();
    private String reviewComment;
    private transient UploadedFile attachmentFile;

    /** What the page shows of the offer to this viewer, read once per request. */
    private record Shown(Offer offer, boolean editor, boolean reviewer, List<Organisation> providers, List<OfferCoProvider> coProviders,
            Set<Long> answerable, List<ExpressionOfInterest> interests, List<OfferAttachment> attachments,
            ExpressionOfInterest myInterest, boolean interestPossible) {
    }

    /** 404 for an offer that is missing or not the viewer's to see; the interests' notes and versions as shown. */
    public void load() {
        for (ExpressionOfInterest interest : shown().interests()) {
            notes.put(interest.getId(), interest.getNotes());
            versionsShown.put(interest.getId(), interest.getVersion());
        }
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

    public String publish() {
        return act(() -> lifecycleService.publish(currentPerson.viewer(), id), "offer.submitted", "offerActions");
    }

    public String withdraw() {
        return act(() -> lifecycleService.withdraw(currentPerson.viewer(), id), "offer.withdrawn", "offerActions");
    }

    public String renew() {
        return act(() -> lifecycleService.renew(currentPerson.viewer(), id), "offer.renewed", "offerActions");
    }

    /** Back to the review queue: a returned draft is no longer the coordinator's to see. */
    public String approve() {
        String outcome = act(() -> reviewService.approve(currentPerson.viewer(), id), "offer.approved", "reviewForm");
        return outcome == null ? null : "/offers/review?faces-redirect=true";
    }

    public String returnToDraft() {
        String outcome = act(() -> reviewService.returnToDraft(currentPerson.viewer(), id, reviewComment), "offer.returned", "reviewForm");
        return outcome == null ? null : "/offers/review?faces-redirect=true";
    }

    public String answerCoProvision(Long coProviderId, boolean confirm) {
        return act(() -> coProviderService.answer(currentPerson.viewer(), coProviderId, confirm),
                confirm ? "offer.coProvider.confirmed" : "offer.coProvider.declined", "coProvidersForm");
    }

    /** Attaches the chosen file; a refusal (type by content, size) shows next to the field. */
    public String attach() {
        try {
            if (attachmentFile == null || attachmentFile.getFileName() == null || attachmentFile.getFileName().isBlank()) {
                attachmentService.attach(currentPerson.viewer(), id, null, null);
            }
            else {
                try (InputStream content = attachmentFile.getInputStream()) {
                    attachmentService.attach(currentPerson.viewer(), id, attachmentFile.getFileName(), content);
                }
            }
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "attachmentForm");
            return null;
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        finally {
            attachmentFile = null;
        }
        Feedback.info("offer.attachment.added");
        return "/offers/view?faces-redirect=true&id=" + id;
    }

    public String detach(Long attachmentId) {
        return act(() -> attachmentService.detach(currentPerson.viewer(), attachmentId), "offer.attachment.removed", "attachmentsForm");
    }

    /** A second click (or a second tab) that finds the first interest gets the same answer as the first. */
    public String expressInterest() {
        try {
            interestService.expressInterest(currentPerson.viewer(), id, interestForm);
        }
        catch (BusinessException refusal) {
            if (!"interest.already".equals(refusal.getMessageKey())) {
                Feedback.show(refusal, "interestForm");
                return null;
            }
        }
        Feedback.info("interest.sent");
        return "/offers/view?faces-redirect=true&id=" + id;
    }

    public String moveInterest(Long interestId) {
        InterestState next = nextStates.get(interestId);
        if (next == null) {
            return null;
        }
        return act(() -> interestService.moveInterest(currentPerson.viewer(), interestId, next, notes.get(interestId),
                versionsShown.get(interestId)), "interest.moved", "interestsForm");
    }

    private String act(Runnable action, String message, String formId) {
        try {
            action.run();
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, formId);
            return null;
        }
        Feedback.info(message);
        return "/offers/view?faces-redirect=true&id=" + id;
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

    /** The states the owner may move this interest to. */
    public List<InterestState> nextStatesOf(ExpressionOfInterest interest) {
        return Arrays.stream(InterestState.values()).filter(interest.getState()::canMoveTo).toList();
    }

    public OfferStatus getStatus() {
        return shown().offer().statusOn(LocalDate.now());
    }

    public Cooperation[] getCooperations() {
        return Cooperation.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public InterestForm getInterestForm() {
        return interestForm;
    }

    public List<OfferAttachment> getAttachments() {
        return shown().attachments();
    }

    public UploadedFile getAttachmentFile() {
        return attachmentFile;
    }

    public void setAttachmentFile(UploadedFile attachmentFile) {
        this.attachmentFile = attachmentFile;
    }

    public Map<Long, InterestState> getNextStates() {
        return nextStates;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }
}
